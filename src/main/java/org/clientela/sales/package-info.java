/**
 * Sales ("captación"): the prospects a business wants as customers, the campaigns that approach
 * them top-down or bottom-up, whom to ask for in a company of each size and sector, every step a
 * seller takes, and the funnel and ratios that tell — with their uncertainty — which way of
 * selling works. A won prospect becomes a customer.
 */
@ApplicationModule(
        displayName = "Sales",
        allowedDependencies = {"service", "retention", "orders :: history", "orders :: figures", "customers", "platform"
        })
package org.clientela.sales;

import org.springframework.modulith.ApplicationModule;
