package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database, with MockMvc, a {@link TestClock} and a {@link
 * CountingPasswordEncoder}. Both are in every such application, so that the classes which use them
 * share the application with the others: a bean declared for one class alone is a configuration of
 * its own, and an application started for that class only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClock.Config.class, CountingPasswordEncoder.Config.class})
public @interface ApplicationTest {}
