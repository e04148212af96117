/**
 * Service and recovery: cases from every channel, the promises made to customers and whether they
 * were kept, keeping customers informed, and reply letters that calm instead of inflame.
 */
@ApplicationModule(
        displayName = "Service",
        allowedDependencies = {"retention", "orders :: history", "orders :: figures", "customers", "platform"})
package org.clientela.service;

import org.springframework.modulith.ApplicationModule;
