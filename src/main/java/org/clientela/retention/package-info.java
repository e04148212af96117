/**
 * Retention ("fidelización"): who is drifting away and why, who we lost and what it cost, the
 * customer-base model behind those figures, and the plan to keep customers.
 */
@ApplicationModule(
        displayName = "Retention",
        allowedDependencies = {"customers", "orders", "orders :: history", "orders :: figures", "platform"})
package org.clientela.retention;

import org.springframework.modulith.ApplicationModule;
