/**
 * Demo: a made-up Spanish wholesale business (customers with two years of orders showing every
 * buying pattern the retention radar looks for) loaded into a new embedded database, and wiped
 * on request.
 */
@ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {
            "privacy",
            "satisfaction",
            "sales",
            "service",
            "retention",
            "imports",
            "orders",
            "orders :: history",
            "orders :: figures",
            "customers",
            "platform"
        })
package org.clientela.demo;

import org.springframework.modulith.ApplicationModule;
