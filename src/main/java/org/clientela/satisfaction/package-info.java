/**
 * Satisfaction and loyalty: asking customers how they feel (a follow-up call after they buy, CSAT
 * after a case, NPS now and then, by link or by phone, never too often) and closing the loop with a
 * call when they are unhappy; their advice, the surprises and apologies they get and what those do;
 * the loyalty club with its tiers and benefits; and the internal customers — one department serving
 * another — measured with the same engine as cases.
 */
@ApplicationModule(
        displayName = "Satisfaction",
        allowedDependencies = {"service", "retention", "orders :: history", "orders :: figures", "customers", "platform"
        })
package org.clientela.satisfaction;

import org.springframework.modulith.ApplicationModule;
