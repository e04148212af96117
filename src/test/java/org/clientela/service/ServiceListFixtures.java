package org.clientela.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clientela.platform.ListLinks;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.CaseRow;
import org.clientela.service.internal.letters.LetterList;
import org.clientela.service.internal.promises.Promise;
import org.clientela.service.internal.promises.PromiseList;
import org.springframework.beans.factory.BeanFactory;

/** The customers the service lists show, for other modules' tests (a blocked customer must be in none). */
public final class ServiceListFixtures {

    private final BeanFactory beans;

    public ServiceListFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /** Each list by name ({@code owner}'s day and letters): the customer ids on its first 500 rows. */
    public Map<String, Supplier<List<Long>>> lists(String owner) {
        return Map.of(
                "service cases",
                () ->
                        beans
                                .getBean(CaseList.class)
                                .list(CaseList.Filter.none(), CaseList.Sort.NEWEST, 0, 500)
                                .items()
                                .stream()
                                .map(CaseRow::customerId)
                                .toList(),
                "my day's cases due news",
                () -> beans
                        .getBean(CaseList.class)
                        .updatesDue(owner, Instant.now().plusSeconds(3600), 500)
                        .stream()
                        .map(CaseRow::customerId)
                        .toList(),
                "promises",
                () -> beans.getBean(PromiseList.class).list(null, null, 0, 500).items().stream()
                        .map(Promise::customerId)
                        .toList(),
                "letters sent",
                () -> beans
                        .getBean(LetterList.class)
                        .list(LetterList.View.SENT, owner, null, ListLinks.Direction.DESC, 0, 500)
                        .items()
                        .stream()
                        .map(LetterList.Row::customerId)
                        .toList());
    }

    /** How many cases the list of all cases counts. */
    public long casesCounted() {
        return beans.getBean(CaseList.class).count(CaseList.Filter.none()).count();
    }

    /** How many cases the page of customer {@code customerId} lists. */
    public int casesOfCustomer(long customerId) {
        return beans.getBean(CaseList.class)
                .list(new CaseList.Filter(null, null, null, null, null, customerId), CaseList.Sort.NEWEST, 0, 50)
                .items()
                .size();
    }
}
