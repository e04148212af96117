package org.clientela.service.web;

import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.investigations.Investigation;
import org.clientela.service.internal.investigations.Investigations;
import org.clientela.service.internal.investigations.RootCause;
import org.clientela.service.internal.investigations.RootCauseReport;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "We dropped the ball": the investigation card of a case (loaded into the case page), its form,
 * and the report of recurring root causes with the fixes recorded.
 */
@Controller
class InvestigationPages {

    private static final int PAGE_SIZE = 25;
    private static final int MONTHS = 12;

    private final Investigations investigations;
    private final RootCauseReport report;
    private final Cases cases;

    InvestigationPages(Investigations investigations, RootCauseReport report, Cases cases) {
        this.investigations = investigations;
        this.report = report;
        this.cases = cases;
    }

    /** The form's fields; {@code version} is the investigation's version read (empty when there was none). */
    public static class Form {
        private Long version;
        private String promised;
        private String expected;
        private String received;
        private String errorAdmitted;
        private String admissionNote;
        private String rootCause;
        private String rootCauseNote;
        private String fix;

        static Form of(Investigation i) {
            Form f = new Form();
            f.version = i.version();
            f.promised = i.promised();
            f.expected = i.expected();
            f.received = i.received();
            f.errorAdmitted = String.valueOf(i.errorAdmitted());
            f.admissionNote = i.admissionNote();
            f.rootCause = i.rootCause().name();
            f.rootCauseNote = i.rootCauseNote();
            f.fix = i.fix();
            return f;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getPromised() {
            return promised;
        }

        public void setPromised(String promised) {
            this.promised = promised;
        }

        public String getExpected() {
            return expected;
        }

        public void setExpected(String expected) {
            this.expected = expected;
        }

        public String getReceived() {
            return received;
        }

        public void setReceived(String received) {
            this.received = received;
        }

        public String getErrorAdmitted() {
            return errorAdmitted;
        }

        public void setErrorAdmitted(String errorAdmitted) {
            this.errorAdmitted = errorAdmitted;
        }

        public String getAdmissionNote() {
            return admissionNote;
        }

        public void setAdmissionNote(String admissionNote) {
            this.admissionNote = admissionNote;
        }

        public String getRootCause() {
            return rootCause;
        }

        public void setRootCause(String rootCause) {
            this.rootCause = rootCause;
        }

        public String getRootCauseNote() {
            return rootCauseNote;
        }

        public void setRootCauseNote(String rootCauseNote) {
            this.rootCauseNote = rootCauseNote;
        }

        public String getFix() {
            return fix;
        }

        public void setFix(String fix) {
            this.fix = fix;
        }
    }

    /** The card on the case page (htmx). */
    @GetMapping("/service/cases/{id}/investigation/card")
    @PreAuthorize(ServiceRoles.READERS)
    String card(@PathVariable long id, Model model) {
        prepare(id, model);
        model.addAttribute("unfold", false);
        return "service/investigation :: card";
    }

    /**
     * The same card on a page of its own, its form unfolded: where a refused save is shown with what
     * was typed and the errors by the fields (on the case page the form stays folded until asked for).
     */
    @GetMapping("/service/cases/{id}/investigation")
    @PreAuthorize(ServiceRoles.READERS)
    String page(@PathVariable long id, Model model) {
        prepare(id, model);
        model.addAttribute("unfold", true);
        return "service/investigation";
    }

    private void prepare(long id, Model model) {
        ServiceCase c = cases.get(id);
        var found = investigations.of(id);
        model.addAttribute("c", c);
        model.addAttribute("investigation", found.orElse(null));
        model.addAttribute("rootCauses", RootCause.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", found.map(Form::of).orElseGet(Form::new));
        }
    }

    @PostMapping("/service/cases/{id}/investigation")
    @PreAuthorize(ServiceRoles.WRITERS)
    String save(
            @PathVariable long id,
            @ModelAttribute("form") Form form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        RootCause cause = choices.parse(RootCause.class, form.getRootCause(), "rootCause", false);
        Boolean admitted =
                form.getErrorAdmitted() == null || form.getErrorAdmitted().isBlank()
                        ? null
                        : Boolean.valueOf(form.getErrorAdmitted().strip());
        try {
            choices.throwIfAny();
            investigations.save(
                    id,
                    form.getVersion(),
                    new Investigations.Record(
                            form.getPromised(),
                            form.getExpected(),
                            form.getReceived(),
                            admitted,
                            form.getAdmissionNote(),
                            cause,
                            form.getRootCauseNote(),
                            form.getFix()));
            redirect.addFlashAttribute("flash", "service.investigation.saved");
            return "redirect:/service/cases/" + id + "#investigation";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return page(id, model);
        } catch (OptimisticLockingFailureException ex) {
            // Show what the other person saved, keep what was typed, and let a second save overwrite knowingly.
            investigations.of(id).ifPresent(current -> form.setVersion(current.version()));
            model.addAttribute("conflict", true);
            return page(id, model);
        }
    }

    /** Recurring root causes of the last 12 months and the fixes recorded for them. */
    @GetMapping("/service/root-causes")
    @PreAuthorize(ServiceRoles.READERS)
    String rootCauses(
            @RequestParam(required = false) RootCause cause, @RequestParam(defaultValue = "0") int page, Model model) {
        var since = report.since(MONTHS);
        model.addAttribute("months", MONTHS);
        model.addAttribute("since", since);
        model.addAttribute("cause", cause);
        model.addAttribute("counts", report.recurringCauses(since));
        model.addAttribute("fixes", report.fixes(since, cause, Math.max(0, page), PAGE_SIZE));
        return "service/root-causes";
    }
}
