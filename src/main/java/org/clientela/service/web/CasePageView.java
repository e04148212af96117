package org.clientela.service.web;

import java.time.Clock;
import org.clientela.customers.CustomerDirectory;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.promises.PromiseList;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page as one case's screen and each action on it show it: after a refused change the
 * page comes back with what was typed still in its form, every other form empty.
 */
@Component
class CasePageView {

    static final String SHOW = "service/case";

    private final Cases cases;
    private final CaseList queries;
    private final PromiseList promises;
    private final CustomerDirectory directory;
    private final Clock clock;

    CasePageView(Cases cases, CaseList queries, PromiseList promises, CustomerDirectory directory, Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.promises = promises;
        this.directory = directory;
        this.clock = clock;
    }

    String show(long id, Model model) {
        ServiceCase c = cases.get(id);
        if (!model.containsAttribute("edit")) {
            model.addAttribute("edit", editForm(c));
        }
        addIfMissing(model, "note", new CaseNoteForm());
        addIfMissing(model, "concession", new ConcessionForm());
        ResolveCaseForm resolve = new ResolveCaseForm();
        resolve.setVersion(c.getVersion());
        addIfMissing(model, "resolve", resolve);
        addIfMissing(model, "promise", new CasePromiseForm());
        model.addAttribute("c", c);
        model.addAttribute("customer", directory.find(c.getCustomerId()).orElse(null));
        model.addAttribute("promises", promises.ofCase(c.getId()));
        model.addAttribute(
                "otherCases",
                queries.latestOf(c.getCustomerId(), 10).stream()
                        .filter(r -> r.id() != c.getId())
                        .toList());
        model.addAttribute("updateOverdue", c.isUpdateOverdue(clock.instant()));
        return SHOW;
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private static EditCaseForm editForm(ServiceCase c) {
        EditCaseForm edit = new EditCaseForm();
        edit.setVersion(c.getVersion());
        edit.setPriority(c.getPriority().name());
        edit.setOwner(c.getOwnerUsername());
        edit.setSubject(c.getSubject());
        edit.setDescription(c.getDescription());
        edit.setUpdateEveryDays(c.getUpdateEveryDays());
        return edit;
    }
}
