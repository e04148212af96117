package org.clientela.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium is installed. Without it they are skipped on a
 * developer's machine and fail in CI ({@code CI=true} or {@code -Dclientela.require-infra=true}),
 * so a missing browser can never turn a red build green.
 */
final class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        if (PostgresTestDatabase.requireInfrastructure()) {
            throw new IllegalStateException("Chromium is required (CI=true) but " + CHROMIUM + " is missing; "
                    + "install Debian's chromium package");
        }
        return ConditionEvaluationResult.disabled("Chromium not installed at " + CHROMIUM);
    }
}
