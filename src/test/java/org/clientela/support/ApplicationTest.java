package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The whole application on an in-memory H2 database, with MockMvc and a {@link TestClock}. The
 * password encoder and the resource URL provider are Mockito spies (they call the real beans) in
 * every such application, so that the classes which count their calls share the application with the
 * others: a spy declared in one class alone is a configuration of its own, and an application started
 * for that class only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@MockitoSpyBean(types = PasswordEncoder.class)
@MockitoSpyBean(name = "mvcResourceUrlProvider", types = ResourceUrlProvider.class)
public @interface ApplicationTest {}
