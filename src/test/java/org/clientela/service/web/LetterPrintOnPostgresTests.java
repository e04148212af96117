package org.clientela.service.web;

import org.clientela.support.ApplicationTest;
import org.clientela.support.PostgresTestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ApplicationTest
@Import(TestCases.Configuration.class)
@ExtendWith(PostgresTestDatabase.class)
class LetterPrintOnPostgresTests extends LetterPrintTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
