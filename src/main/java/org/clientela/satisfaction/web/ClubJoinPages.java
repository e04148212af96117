package org.clientela.satisfaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.clientela.satisfaction.internal.loyalty.Invitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public join page of an e-mailed invitation (no sign-in). A GET only shows the invitation —
 * mail scanners and link previews open links, and must not sign anyone up; the customer's own press
 * of the button (a POST) joins. A used, expired or unknown link answers 410 Gone with a clear page.
 */
@Controller
class ClubJoinPages {

    private static final String PAGE = "satisfaction/join";

    private final Invitations invitations;

    ClubJoinPages(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/join/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Invitations.Invitation> invitation = invitations.byToken(token).filter(invitations::usable);
        if (invitation.isEmpty()) {
            return gone(model, response);
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("token", token);
        model.addAttribute("gone", false);
        model.addAttribute("joined", false);
        return PAGE;
    }

    @PostMapping("/join/{token}")
    String join(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Invitations.Invitation> accepted = invitations.accept(token);
        if (accepted.isEmpty()) {
            return gone(model, response);
        }
        model.addAttribute("invitation", accepted.get());
        model.addAttribute("gone", false);
        model.addAttribute("joined", true);
        return PAGE;
    }

    private static String gone(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("gone", true);
        model.addAttribute("joined", false);
        return PAGE;
    }
}
