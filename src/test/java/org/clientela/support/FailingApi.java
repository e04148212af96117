package org.clientela.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail the ways real ones could, in the {@link ServerApplicationTest} application
 * only (never in the application itself), for the tests of what a client gets back from a failure.
 * A test component, so that component scanning leaves it out of every other application.
 */
@TestComponent
@RestController
public class FailingApi {

    /** What a database refusal says, which must never reach a client. */
    private static final String SQL =
            "ERROR: value too long for type character varying(64) in INSERT INTO service_promise";

    @GetMapping("/api/test-failures/unexpected")
    String unexpected() {
        throw new IllegalStateException("Boom at SELECT secret FROM app_user");
    }

    @GetMapping("/api/test-failures/refused-by-the-database")
    String refused() {
        throw new DataIntegrityViolationException(SQL);
    }

    @GetMapping("/api/test-failures/needs-a-parameter")
    String needsParameter(@RequestParam String owner) {
        return owner;
    }
}
