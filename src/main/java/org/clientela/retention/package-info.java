/**
 * Retention ("fidelización"): who is drifting away and why, who we lost and what it cost, the
 * customer-base model behind those figures, and the plan to keep customers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.clientela.retention;
