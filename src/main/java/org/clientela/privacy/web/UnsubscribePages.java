package org.clientela.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.clientela.privacy.internal.consents.UnsubscribeTokens;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-click unsubscribe link of our e-mails (RFC 8058), without signing in. Opening it shows a
 * button and changes nothing, since mail scanners open links; posting to it — the button, or the
 * mail client's own "unsubscribe", which posts {@code List-Unsubscribe=One-Click} without any token
 * of ours (so CSRF is not asked for on this path) — withdraws the consent the link names and says
 * so plainly. The words of the page are what is recorded as the text shown.
 */
@Controller
class UnsubscribePages {

    private static final String PAGE = "privacy/unsubscribe";

    private final UnsubscribeTokens tokens;
    private final MessageSource messages;
    private final BusinessSettings business;

    UnsubscribePages(UnsubscribeTokens tokens, MessageSource messages, BusinessSettings business) {
        this.tokens = tokens;
        this.messages = messages;
        this.business = business;
    }

    @GetMapping("/u/{token}")
    @PreAuthorize("permitAll()")
    String ask(@PathVariable String token, Model model, HttpServletResponse response) {
        return tokens.find(token)
                .map(link -> {
                    model.addAttribute("token", token);
                    model.addAttribute("question", question(link));
                    return PAGE;
                })
                .orElseGet(() -> notOurs(model, response));
    }

    @PostMapping("/u/{token}")
    @PreAuthorize("permitAll()")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        return tokens.find(token)
                .map(link -> {
                    tokens.unsubscribe(token, question(link));
                    model.addAttribute("done", true);
                    model.addAttribute("channel", link.channel());
                    model.addAttribute("purpose", link.purpose());
                    return PAGE;
                })
                .orElseGet(() -> notOurs(model, response));
    }

    /** The words the page asks with, in the reader's language: what the customer agrees to. */
    private String question(UnsubscribeTokens.Link link) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(
                "privacy.unsubscribe.question",
                new Object[] {
                    messages.getMessage("privacy.unsubscribe.purpose." + link.purpose(), null, locale),
                    messages.getMessage("privacy.unsubscribe.channel." + link.channel(), null, locale),
                    business.value("business.name")
                },
                locale);
    }

    private static String notOurs(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("unknown", true);
        return PAGE;
    }
}
