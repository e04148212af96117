package org.clientela.service.internal.letters;

import java.util.List;

/**
 * What the {@link LetterChecker} found: one result per {@link LetterStep}, in the order of the
 * steps. Advice is a message key with its arguments, said in the letter's language by whoever shows
 * it.
 */
public record LetterCheck(List<StepResult> steps) {

    public LetterCheck {
        steps = List.copyOf(steps);
    }

    /** Whether every step passed. */
    public boolean allPassed() {
        return steps.stream().allMatch(StepResult::passed);
    }

    /** The result of one step. */
    public StepResult step(LetterStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    /**
     * @param step      which step
     * @param passed    whether the letter does it
     * @param adviceKey message key (bundle {@code service}) of the advice
     * @param args      arguments of the advice: counts, the phrases found
     */
    public record StepResult(LetterStep step, boolean passed, String adviceKey, Object... args) {}
}
