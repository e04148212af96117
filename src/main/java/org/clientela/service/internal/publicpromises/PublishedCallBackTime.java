package org.clientela.service.internal.publicpromises;

import java.time.Instant;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.CallBackTime;
import org.clientela.service.internal.calendar.BusinessDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call-back time the business published, counted as its public promise is measured (so a
 * promise made from it is kept exactly when the published one is); one working day while none is
 * published.
 */
@Component
class PublishedCallBackTime implements CallBackTime {

    private final PublicPromises published;
    private final PublicPromiseMeter meter;
    private final BusinessSettings settings;

    PublishedCallBackTime(PublicPromises published, PublicPromiseMeter meter, BusinessSettings settings) {
        this.published = published;
        this.meter = meter;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Instant dueAfter(Instant askedAt) {
        return published.all().stream()
                .filter(p -> p.active()
                        && p.kind() == PublicPromiseKind.CALL_BACK_TIME
                        && p.targetAmount() != null
                        && p.targetUnit() != null)
                .findFirst()
                .map(p -> meter.deadline(askedAt, p.targetAmount(), p.targetUnit()))
                .orElseGet(() -> BusinessDays.of(settings).plus(askedAt, 1));
    }
}
