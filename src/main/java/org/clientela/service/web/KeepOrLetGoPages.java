package org.clientela.service.web;

import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.service.internal.keep.KeepOrLetGo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Keep or let go: a customer's worth against their cost to serve, the four questions, the decision. */
@Controller
class KeepOrLetGoPages {

    private final KeepOrLetGo keep;
    private final CustomerDirectory directory;

    KeepOrLetGoPages(KeepOrLetGo keep, CustomerDirectory directory) {
        this.keep = keep;
        this.directory = directory;
    }

    /** The form's fields (yes/no answers come as "true"/"false"). */
    public static class Form {
        private String worthKeeping,
                worthNote,
                lossHurts,
                lossNote,
                cheapFix,
                cheapNote,
                dignityHurt,
                dignityNote,
                decision,
                reasoning;

        public String getWorthKeeping() {
            return worthKeeping;
        }

        public void setWorthKeeping(String v) {
            worthKeeping = v;
        }

        public String getWorthNote() {
            return worthNote;
        }

        public void setWorthNote(String v) {
            worthNote = v;
        }

        public String getLossHurts() {
            return lossHurts;
        }

        public void setLossHurts(String v) {
            lossHurts = v;
        }

        public String getLossNote() {
            return lossNote;
        }

        public void setLossNote(String v) {
            lossNote = v;
        }

        public String getCheapFix() {
            return cheapFix;
        }

        public void setCheapFix(String v) {
            cheapFix = v;
        }

        public String getCheapNote() {
            return cheapNote;
        }

        public void setCheapNote(String v) {
            cheapNote = v;
        }

        public String getDignityHurt() {
            return dignityHurt;
        }

        public void setDignityHurt(String v) {
            dignityHurt = v;
        }

        public String getDignityNote() {
            return dignityNote;
        }

        public void setDignityNote(String v) {
            dignityNote = v;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String v) {
            decision = v;
        }

        public String getReasoning() {
            return reasoning;
        }

        public void setReasoning(String v) {
            reasoning = v;
        }
    }

    @GetMapping("/service/customers/{id}/keep-or-let-go")
    @PreAuthorize(ServiceRoles.READERS)
    String page(@PathVariable long id, Model model) {
        var customer = directory.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        model.addAttribute("customer", customer);
        model.addAttribute("figures", keep.figures(id));
        model.addAttribute("history", keep.history(id, 50));
        model.addAttribute("decisions", KeepOrLetGo.Decision.values());
        model.addAttribute("questions", java.util.List.of("worth", "loss", "cheap", "dignity"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form());
        }
        return "service/keep-or-let-go";
    }

    @PostMapping("/service/customers/{id}/keep-or-let-go")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    String decide(
            @PathVariable long id,
            @ModelAttribute("form") Form form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ChoiceParser choices = new ChoiceParser();
        KeepOrLetGo.Decision decision =
                choices.parse(KeepOrLetGo.Decision.class, form.getDecision(), "decision", false);
        try {
            choices.throwIfAny();
            keep.decide(
                    id,
                    new KeepOrLetGo.Answers(
                            yesNo(form.getWorthKeeping()),
                            form.getWorthNote(),
                            yesNo(form.getLossHurts()),
                            form.getLossNote(),
                            yesNo(form.getCheapFix()),
                            form.getCheapNote(),
                            yesNo(form.getDignityHurt()),
                            form.getDignityNote(),
                            decision,
                            form.getReasoning()));
            redirect.addFlashAttribute("flash", "service.keep.saved");
            return "redirect:/service/customers/" + id + "/keep-or-let-go";
        } catch (InvalidInputException ex) {
            PageErrors.reject(ex, errors);
            return page(id, model);
        }
    }

    private static Boolean yesNo(String v) {
        return v == null || v.isBlank() ? null : Boolean.valueOf(v.strip());
    }
}
