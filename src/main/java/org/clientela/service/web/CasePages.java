package org.clientela.service.web;

import java.time.Clock;
import java.time.Instant;

import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerLookup;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.UserDirectory;
import org.clientela.platform.UserDirectory;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.PromiseKind;
import org.clientela.service.Resolution;
import org.clientela.service.internal.cases.CaseBulk;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.CaseQueries;
import org.clientela.service.internal.cases.CaseStateException;
import org.clientela.service.internal.cases.CaseStatus;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.ConcessionKind;
import org.clientela.service.internal.cases.NoteKind;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.promises.PromiseLedger;
import org.clientela.service.internal.promises.PromiseQueries;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list, the new-case form and the case page with everything done on a case. */
@Controller
@RequestMapping("/service/cases")
class CasePages {

    private static final int PAGE_SIZE = 25;
    static final String SHOW = "service/case";

    private final Cases cases;
    private final CaseQueries queries;
    private final PromiseLedger ledger;
    private final PromiseQueries promises;
    private final CustomerDirectory directory;
    private final CustomerLookup lookup;
    private final BusinessSettings settings;
    private final Clock clock;
    private final UserDirectory users;

    CasePages(Cases cases, CaseQueries queries, PromiseLedger ledger, PromiseQueries promises,
            CustomerDirectory directory, CustomerLookup lookup, BusinessSettings settings, Clock clock,
            UserDirectory users) {
        this.users = users;
        this.cases = cases;
        this.queries = queries;
        this.ledger = ledger;
        this.promises = promises;
        this.directory = directory;
        this.lookup = lookup;
        this.settings = settings;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", CaseType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("operationalReasons",
                java.util.Arrays.stream(ComplaintReason.values()).filter(r -> !r.isHuman()).toList());
        model.addAttribute("humanReasons",
                java.util.Arrays.stream(ComplaintReason.values()).filter(ComplaintReason::isHuman).toList());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("noteKinds", NoteKind.values());
        model.addAttribute("concessionKinds", ConcessionKind.values());
        model.addAttribute("resolutions", Resolution.values());
        model.addAttribute("promiseKinds", PromiseKind.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("people", users.activePeople());
        model.addAttribute("unassigned", CaseQueries.UNASSIGNED);
    }

    @GetMapping
    @PreAuthorize(ServiceRoles.READERS)
    String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) String owner, @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CaseListQuery query = CaseListQuery.of(status, open, owner, type, overdue, customerId, sort, dir);
        var filter = query.filter();
        ListLinks links = query.links();
        model.addAttribute("filter", filter);
        model.addAttribute("links", links);
        model.addAttribute("total", queries.count(filter));
        model.addAttribute("owners", new java.util.TreeSet<>(users.activeUsernames()));
        model.addAttribute("moves", CaseBulk.Move.values());
        model.addAttribute("customer", customerId == null ? null : directory.find(customerId).orElse(null));
        model.addAttribute("results", queries.list(filter, query.column(), query.direction(), Math.max(0, page), PAGE_SIZE));
        return "service/cases";
    }

    @GetMapping("/new")
    @PreAuthorize(ServiceRoles.OPENERS)
    String newCase(@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "") String q,
            Model model) {
        CaseForms.NewCase form = new CaseForms.NewCase();
        form.setCustomerId(customerId);
        model.addAttribute("form", form);
        return newCaseView(customerId, q, model);
    }

    private String newCaseView(Long customerId, String q, Model model) {
        model.addAttribute("customer", customerId == null ? null : directory.find(customerId).orElse(null));
        model.addAttribute("q", q);
        model.addAttribute("matches", customerId == null ? lookup.search(q, 10) : java.util.List.of());
        return "service/new-case";
    }

    @PostMapping
    @PreAuthorize(ServiceRoles.OPENERS)
    String open(@ModelAttribute("form") CaseForms.NewCase form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        CaseType type = choices.parse(CaseType.class, form.getType(), "type", true);
        Channel channel = choices.parse(Channel.class, form.getChannel(), "channel", true);
        ComplaintReason reason = choices.parse(ComplaintReason.class, form.getReason(), "reason", false);
        Priority priority = choices.parse(Priority.class, form.getPriority(), "priority", false);
        if (type == CaseType.COMPLAINT && reason == null) {
            choices.add(InputError.field("reason", "case.reason.required"));
        }
        ServiceCase.subjectProblem(form.getSubject(), true).ifPresent(choices::add);
        if (form.getCustomerId() == null) {
            choices.add(InputError.field("customerId", "service.value.required"));
        }
        try {
            if (errors.hasErrors()) {
                return newCaseView(form.getCustomerId(), "", model);
            }
            choices.throwIfAny();
            ServiceCase opened = cases.open(new CaseCommands.OpenCase(form.getCustomerId(), type, channel,
                    type == CaseType.COMPLAINT ? reason : null, priority, form.getOwner(), form.getSubject(),
                    form.getDescription()));
            redirect.addFlashAttribute("flash", "case.opened");
            return "redirect:/service/cases/" + opened.getId();
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return newCaseView(form.getCustomerId(), "", model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(ServiceRoles.READERS)
    String show(@PathVariable long id, Model model) {
        ServiceCase c = cases.get(id);
        if (!model.containsAttribute("edit")) {
            model.addAttribute("edit", editForm(c));
        }
        addIfMissing(model, "note", new CaseForms.Note());
        addIfMissing(model, "concession", new CaseForms.Concession());
        CaseForms.Resolve resolve = new CaseForms.Resolve();
        resolve.setVersion(c.getVersion());
        addIfMissing(model, "resolve", resolve);
        addIfMissing(model, "promise", new CaseForms.Promise());
        return view(c, model);
    }

    private String view(ServiceCase c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("customer", directory.find(c.getCustomerId()).orElse(null));
        model.addAttribute("promises", promises.ofCase(c.getId()));
        model.addAttribute("otherCases", queries.latestOf(c.getCustomerId(), 10).stream()
                .filter(r -> r.id() != c.getId()).toList());
        model.addAttribute("updateOverdue", c.isUpdateOverdue(clock.instant()));
        return SHOW;
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private static CaseForms.EditCase editForm(ServiceCase c) {
        CaseForms.EditCase edit = new CaseForms.EditCase();
        edit.setVersion(c.getVersion());
        edit.setPriority(c.getPriority().name());
        edit.setOwner(c.getOwnerUsername());
        edit.setSubject(c.getSubject());
        edit.setDescription(c.getDescription());
        edit.setUpdateEveryDays(c.getUpdateEveryDays());
        return edit;
    }

    /** Saves a change; if someone saved the case since it was read, shows theirs and keeps what was typed. */
    @PostMapping("/{id}")
    @PreAuthorize(ServiceRoles.WRITERS)
    String edit(@PathVariable long id, @ModelAttribute("edit") CaseForms.EditCase form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        Priority priority = choices.parse(Priority.class, form.getPriority(), "priority", false);
        if (form.getSubject() == null || form.getSubject().isBlank()) {
            choices.add(InputError.field("subject", "service.value.required"));
        }
        try {
            if (errors.hasErrors()) {
                return show(id, model);
            }
            choices.throwIfAny();
            cases.change(id, form.getVersion() == null ? -1 : form.getVersion(), new CaseCommands.ChangeCase(
                    priority, form.getOwner() == null ? "" : form.getOwner(), form.getSubject(),
                    form.getDescription(), null, form.getUpdateEveryDays()));
            redirect.addFlashAttribute("flash", "case.saved");
            return "redirect:/service/cases/" + id;
        } catch (OptimisticLockingFailureException ex) {
            ServiceCase current = cases.get(id);
            form.setVersion(current.getVersion());
            model.addAttribute("conflict", true);
            return show(id, model);
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return show(id, model);
        }
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(ServiceRoles.WRITERS)
    String note(@PathVariable long id, @ModelAttribute("note") CaseForms.Note form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        NoteKind kind = choices.parse(NoteKind.class, form.getKind(), "kind", true);
        try {
            choices.throwIfAny();
            appendOnce(() -> cases.addNote(id, kind, form.getBody()));
            redirect.addFlashAttribute("flash", kind == NoteKind.TOLD_CUSTOMER ? "case.told" : "case.noted");
            return "redirect:/service/cases/" + id + "#notes";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return show(id, model);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("flashError", "case.conflict.retry");
            return show(id, model);
        }
    }

    @PostMapping("/{id}/concessions")
    @PreAuthorize(ServiceRoles.WRITERS)
    String concession(@PathVariable long id, @ModelAttribute("concession") CaseForms.Concession form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        ConcessionKind kind = choices.parse(ConcessionKind.class, form.getKind(), "kind", true);
        try {
            if (errors.hasErrors()) {
                return show(id, model);
            }
            choices.throwIfAny();
            appendOnce(() -> cases.addConcession(id, kind, form.getAmount(), form.getNote()));
            redirect.addFlashAttribute("flash", "case.concession.saved");
            return "redirect:/service/cases/" + id + "#concessions";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return show(id, model);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("flashError", "case.conflict.retry");
            return show(id, model);
        }
    }

    /**
     * Adds to the case (a note, a concession) on its latest version: such an addition overwrites
     * nobody, so when someone saved the case at the same moment it is simply tried once more on top
     * of their change. A second clash is shown, with what was typed still in the form.
     */
    private static void appendOnce(Runnable append) {
        try {
            append.run();
        } catch (OptimisticLockingFailureException clash) {
            append.run();
        }
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize(ServiceRoles.WRITERS)
    String resolve(@PathVariable long id, @ModelAttribute("resolve") CaseForms.Resolve form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        Resolution resolution = choices.parse(Resolution.class, form.getResolution(), "resolution", true);
        try {
            choices.throwIfAny();
            cases.resolve(id, form.getVersion() == null ? -1 : form.getVersion(), resolution, form.getExplanation());
            redirect.addFlashAttribute("flash", "case.resolved");
            return "redirect:/service/cases/" + id;
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return show(id, model);
        } catch (OptimisticLockingFailureException ex) {
            model.addAttribute("conflict", true);
            form.setVersion(cases.get(id).getVersion());
            return show(id, model);
        } catch (CaseStateException ex) {
            redirect.addFlashAttribute("flashError", "case.state.notNow");
            return "redirect:/service/cases/" + id;
        }
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(ServiceRoles.WRITERS)
    String status(@PathVariable long id, @RequestParam long version, @RequestParam String to,
            RedirectAttributes redirect) {
        try {
            switch (to) {
                case "start" -> cases.start(id, version);
                case "close" -> cases.close(id, version);
                case "reopen" -> cases.reopen(id, version);
                default -> throw new InvalidInputException(InputError.field("to", "service.value.unknown", to, "-"));
            }
            redirect.addFlashAttribute("flash", "case.moved." + to);
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flashError", "case.conflict");
        } catch (CaseStateException | InvalidInputException ex) {
            redirect.addFlashAttribute("flashError", "case.state.notNow");
        }
        return "redirect:/service/cases/" + id;
    }

    @PostMapping("/{id}/promises")
    @PreAuthorize(ServiceRoles.WRITERS)
    String promise(@PathVariable long id, @ModelAttribute("promise") CaseForms.Promise form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ServiceCase c = cases.get(id);
        ChoiceParser choices = new ChoiceParser();
        PromiseKind kind = choices.parse(PromiseKind.class, form.getKind(), "kind", true);
        if (form.getDueAt() == null && !errors.hasFieldErrors("dueAt")) {
            choices.add(InputError.field("dueAt", "promise.dueAt.required"));
        }
        try {
            if (errors.hasErrors()) {
                return show(id, model);
            }
            choices.throwIfAny();
            Instant due = form.getDueAt().atZone(settings.timeZone()).toInstant();
            ledger.make(c.getId(), c.getCustomerId(), kind, due, form.getDescription(), null);
            redirect.addFlashAttribute("flash", "promise.made");
            return "redirect:/service/cases/" + id + "#promises";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return show(id, model);
        }
    }
}
