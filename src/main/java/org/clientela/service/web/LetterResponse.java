package org.clientela.service.web;

import java.time.Instant;
import java.util.List;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterAdvice.StepAdvice;

/** A letter over JSON, with what the checker says about it (in the letter's language). */
record LetterResponse(
        long id,
        long caseId,
        long customerId,
        String template,
        String language,
        String subject,
        String text,
        String status,
        String author,
        String approvedBy,
        Instant approvedAt,
        Instant sentAt,
        String sentTo,
        String sentChannel,
        String sentBy,
        String lastSendError,
        long version,
        List<CheckStep> steps) {

    /** One step of the checker: the API contract is {@code step}, {@code passed}, {@code advice}. */
    record CheckStep(String step, boolean passed, String advice) {
        static List<CheckStep> of(List<StepAdvice> advice) {
            return advice.stream()
                    .map(a -> new CheckStep(a.step().name(), a.passed(), a.advice()))
                    .toList();
        }
    }

    static LetterResponse of(Letter letter, List<StepAdvice> advice) {
        return new LetterResponse(
                letter.getId(),
                letter.getCaseId(),
                letter.getCustomerId(),
                letter.getTemplate() == null ? null : letter.getTemplate().name(),
                letter.getLanguage(),
                letter.getSubject(),
                letter.getText(),
                letter.getStatus().name(),
                letter.getAuthor(),
                letter.getApprovedBy(),
                letter.getApprovedAt(),
                letter.getSentAt(),
                letter.getSentTo(),
                letter.getSentChannel() == null ? null : letter.getSentChannel().name(),
                letter.getSentBy(),
                letter.getLastSendError(),
                letter.getVersion(),
                CheckStep.of(advice));
    }
}
