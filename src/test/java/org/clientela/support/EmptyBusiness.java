package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class starts on an empty business, as a new installation does, while it shares the
 * application (and its database) with the classes before it: for tests whose figures range over
 * the whole database (a radar run, a model fit, the register's totals). See {@link BusinessReset}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ExtendWith(BusinessReset.class)
public @interface EmptyBusiness {}
