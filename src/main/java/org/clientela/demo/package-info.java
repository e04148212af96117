/**
 * Demo: a made-up Spanish wholesale business (customers with two years of orders showing every
 * buying pattern the retention radar looks for) loaded into a new embedded database, and wiped
 * on request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.clientela.demo;
