package org.clientela.service.web;

import java.time.Clock;
import java.util.Arrays;
import org.clientela.platform.UserDirectory;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.PromiseKind;
import org.clientela.service.Resolution;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.CaseStatus;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.ConcessionKind;
import org.clientela.service.internal.cases.NoteKind;
import org.clientela.service.internal.cases.Priority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the case list, the new-case form and the case page offer: the same lists on every case screen. */
@ControllerAdvice(assignableTypes = {CaseListPages.class, CasePages.class, CaseActionPages.class})
class CaseChoices {

    private final Clock clock;
    private final UserDirectory users;

    CaseChoices(Clock clock, UserDirectory users) {
        this.clock = clock;
        this.users = users;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", CaseType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute(
                "operationalReasons",
                Arrays.stream(ComplaintReason.values())
                        .filter(r -> !r.isHuman())
                        .toList());
        model.addAttribute(
                "humanReasons",
                Arrays.stream(ComplaintReason.values())
                        .filter(ComplaintReason::isHuman)
                        .toList());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("noteKinds", NoteKind.values());
        model.addAttribute("concessionKinds", ConcessionKind.values());
        model.addAttribute("resolutions", Resolution.values());
        model.addAttribute("promiseKinds", PromiseKind.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("people", users.activePeople());
        model.addAttribute("unassigned", CaseList.UNASSIGNED);
    }
}
