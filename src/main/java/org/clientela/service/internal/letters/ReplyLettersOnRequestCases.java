package org.clientela.service.internal.letters;

import org.clientela.service.CaseId;
import org.clientela.service.CaseType;
import org.clientela.service.ReplyLetters;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.cases.ServiceCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ReplyLetters}: a request case opened like the case pages open one, and a draft on it. */
@Component
class ReplyLettersOnRequestCases implements ReplyLetters {

    private final Cases cases;
    private final Letters letters;

    ReplyLettersOnRequestCases(Cases cases, Letters letters) {
        this.cases = cases;
        this.letters = letters;
    }

    @Override
    @Transactional
    public Drafted draftOnNewRequest(
            long customerId,
            String channel,
            String owner,
            String caseSubject,
            String caseDescription,
            String language,
            String subject,
            String text,
            String author) {
        Letter.checkWords(language, subject, text);
        ServiceCase opened = cases.open(new CaseCommands.OpenCase(
                customerId,
                CaseType.REQUEST,
                Channel.valueOf(channel),
                null,
                Priority.NORMAL,
                owner,
                caseSubject,
                caseDescription));
        Letter letter = letters.draft(opened.getId(), null, language, subject, text, author);
        return new Drafted(new CaseId(opened.getId()), opened.getReference(), letter.getId());
    }
}
