package org.clientela.satisfaction;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clientela.satisfaction.internal.followups.FollowUps;
import org.clientela.satisfaction.internal.gestures.Gesture;
import org.clientela.satisfaction.internal.gestures.GestureLedger;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyRequest;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.springframework.beans.factory.BeanFactory;

/** The customers the satisfaction lists show, and surveys asked, for other modules' tests. */
public final class SatisfactionListFixtures {

    private final BeanFactory beans;

    public SatisfactionListFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /** Each list by name: the customer ids on its first rows. */
    public Map<String, Supplier<List<Long>>> lists() {
        return Map.of(
                "follow-up calls",
                () -> beans.getBean(FollowUps.class).open(null, 0, 500).stream()
                        .map(FollowUps.FollowUp::customerId)
                        .toList(),
                "gestures",
                () -> beans
                        .getBean(GestureLedger.class)
                        .search(new GestureLedger.GestureQuery(null, null, null, null, null, 0, 200))
                        .items()
                        .stream()
                        .map(Gesture::customerId)
                        .toList());
    }

    /** Asks customer {@code customerId} a CSAT survey by phone, as {@code actor}; answers the survey's id. */
    public long askByPhone(long customerId, String actor) {
        return beans.getBean(Surveys.class)
                .ask(
                        new SurveyRequest(customerId, SurveyKind.CSAT, SurveyMode.PHONE, null, null, "es"),
                        actor,
                        false,
                        null)
                .id();
    }
}
