package org.clientela.satisfaction.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.BusinessSettings;
import org.clientela.satisfaction.GoodwillArchive;
import org.clientela.satisfaction.internal.gestures.GestureKind;
import org.clientela.satisfaction.internal.gestures.GestureType;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaChannel;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.Promises;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes past ideas and gestures in two batches; the codes are checked against their enums first. */
@Component
class JdbcGoodwillArchive implements GoodwillArchive {

    private final BulkInsert bulk;
    private final Promises promises;
    private final BusinessSettings business;
    private final Clock clock;

    JdbcGoodwillArchive(BulkInsert bulk, Promises promises, BusinessSettings business, Clock clock) {
        this.bulk = bulk;
        this.promises = promises;
        this.business = business;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int bringIn(List<PastIdea> ideas, List<PastGesture> gestures) {
        Timestamp now = Timestamp.from(clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(business.timeZone()));
        List<Object[]> ideaRows = new ArrayList<>();
        for (PastIdea idea : ideas) {
            IdeaStatus status = IdeaStatus.valueOf(idea.status());
            Long promise = null;
            if (!status.decided() && idea.answer() == null && !idea.followUpOn().isBefore(today)) {
                promise = promises.make(
                        PromiseParty.customer(idea.customerId()),
                        PromiseKind.UPDATE,
                        idea.followUpOn()
                                .plusDays(1)
                                .atStartOfDay(business.timeZone())
                                .toInstant()
                                .minusSeconds(60),
                        "Idea: " + idea.text(),
                        idea.owner());
            }
            ideaRows.add(new Object[] {
                idea.customerId().value(),
                idea.text(),
                IdeaArea.valueOf(idea.area()).name(),
                IdeaChannel.valueOf(idea.channel()).name(),
                idea.owner(),
                status.name(),
                idea.followUpOn(),
                idea.answer(),
                idea.answeredAt() == null ? null : Timestamp.from(idea.answeredAt()),
                promise,
                idea.decidedOn(),
                idea.owner(),
                Timestamp.from(idea.loggedAt()),
                0L
            });
        }
        bulk.insert(
                "satisfaction_idea",
                List.of(
                        "customer_id",
                        "body",
                        "area",
                        "channel",
                        "owner",
                        "status",
                        "follow_up_on",
                        "answer",
                        "answered_at",
                        "promise_id",
                        "decided_on",
                        "created_by",
                        "created_at",
                        "version"),
                ideaRows);
        List<Object[]> gestureRows = new ArrayList<>();
        for (PastGesture gesture : gestures) {
            GestureKind kind = GestureKind.valueOf(gesture.kind());
            GestureType type = gesture.type() == null ? null : GestureType.valueOf(gesture.type());
            if (type != null && type.kind() != kind) {
                throw new IllegalArgumentException(type + " is not a kind of " + kind);
            }
            gestureRows.add(new Object[] {
                gesture.customerId().value(),
                kind.name(),
                type == null ? null : type.name(),
                gesture.description(),
                gesture.reason(),
                gesture.cost().setScale(2),
                gesture.givenBy(),
                gesture.givenOn(),
                gesture.givenBy(),
                now
            });
        }
        bulk.insert(
                "satisfaction_gesture",
                List.of(
                        "customer_id",
                        "kind",
                        "type",
                        "description",
                        "reason",
                        "cost",
                        "given_by",
                        "given_on",
                        "created_by",
                        "created_at"),
                gestureRows);
        return ideaRows.size() + gestureRows.size();
    }
}
