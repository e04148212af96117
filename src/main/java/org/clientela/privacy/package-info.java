/**
 * Privacy: what a person allowed us to do (consent per channel and purpose, with the exact words
 * they were shown, and a one-click way out of every e-mail), the register of their rights requests
 * with the month the law gives to answer, everything held about them exported as one archive, and
 * erasure by anonymisation, so the person is gone while the business's figures stay exactly as
 * they were. Every module that holds personal data contributes its part through interfaces in
 * {@code platform}; this module never reads another module's tables.
 */
@ApplicationModule(
        displayName = "Privacy",
        allowedDependencies = {"customers", "sales", "service", "platform"})
package org.clientela.privacy;

import org.springframework.modulith.ApplicationModule;
