package org.clientela.customers;

import org.clientela.customers.internal.AnonymisedNames;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real {@link CustomerNames} for a test context that holds no customers module (a web slice):
 * every module's pages show an anonymised customer's name through it
 * ({@code @anonymisedNames.shown(…)}), and it needs nothing but the messages.
 */
public final class CustomerNameFixtures {

    private CustomerNameFixtures() {}

    /** Import it to have the bean. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(AnonymisedNames.class)
    public static class Configuration {}
}
