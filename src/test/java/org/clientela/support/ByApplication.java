package org.clientela.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs the test classes that share an application one after the other, so that each application
 * starts once. Spring keeps a few applications between classes and closes the least recently used
 * one when another starts; in the order of the file system (which differs from one clone to the
 * next) the shared H2, PostgreSQL and browser applications were closed and started again several
 * times in a run, the demo's with its whole business each time. Two classes share an application
 * exactly when their merged configurations are equal, as in Spring's own context cache, so that is
 * the key. Classes without Spring come first; the groups then follow in the order of their first
 * class's name, and the classes of a group in the order of their names, the same on every machine.
 * Set by {@code junit.jupiter.testclass.order.default} in {@code junit-platform.properties}. It
 * orders a run in one JVM ({@code -Dclientela.test.forks=1}); the suite's two JVMs get one class
 * at a time from Surefire, in the order of the names, and keep their applications instead
 * ({@code spring.properties}).
 */
public final class ByApplication implements ClassOrderer {

    /** The key of the classes that start no application. */
    private static final String NO_APPLICATION = "";

    /**
     * A module test's application is its own (one module and what it needs), and working out its
     * configuration means reading every class of the application: its key is its name.
     */
    private static final String MODULE_TEST = "org.springframework.modulith.test.ApplicationModuleTest";

    /**
     * The keys found so far: Surefire asks JUnit about each class on its own before it runs them
     * all, in the same JVM.
     */
    private static final Map<Class<?>, Object> KEYS = new ConcurrentHashMap<>();

    @Override
    public void orderClasses(ClassOrdererContext context) {
        if (context.getClassDescriptors().size() < 2) {
            // Two test JVMs are given one class at a time (pom.xml): nothing to order.
            return;
        }
        Map<Class<?>, Object> keys = new HashMap<>();
        Map<Object, Integer> groups = new HashMap<>();
        groups.put(NO_APPLICATION, -1);
        context.getClassDescriptors()
                .sort(Comparator.comparing(c -> c.getTestClass().getName()));
        for (ClassDescriptor descriptor : context.getClassDescriptors()) {
            Object key = KEYS.computeIfAbsent(descriptor.getTestClass(), ByApplication::key);
            keys.put(descriptor.getTestClass(), key);
            groups.putIfAbsent(key, groups.size());
        }
        // A stable sort: within a group the names' order stays.
        context.getClassDescriptors().sort(Comparator.comparing(c -> groups.get(keys.get(c.getTestClass()))));
    }

    /** The configuration Spring caches the class's application by, or {@link #NO_APPLICATION}. */
    private static Object key(Class<?> test) {
        MergedAnnotations annotations = MergedAnnotations.from(test, SearchStrategy.TYPE_HIERARCHY);
        boolean spring = annotations.stream(ExtendWith.class)
                .anyMatch(extension ->
                        Arrays.asList(extension.getClassArray("value")).contains(SpringExtension.class));
        if (!spring) {
            return NO_APPLICATION;
        }
        if (annotations.isPresent(MODULE_TEST)) {
            return test.getName();
        }
        try {
            return BootstrapUtils.resolveTestContextBootstrapper(test).buildMergedContextConfiguration();
        } catch (RuntimeException e) {
            // A configuration Spring cannot read fails in the class itself, with Spring's message.
            return test.getName();
        }
    }
}
