package org.clientela.demo;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wipe button of the demo banner (admins only). When the demo is not what the database holds,
 * a browser is sent back with a message and any other client gets a 409 problem detail; nothing is
 * deleted either way.
 */
@Controller
class DemoWipePages {

    private final DemoWipe wipe;
    private final MessageSource messages;

    DemoWipePages(DemoWipe wipe, MessageSource messages) {
        this.wipe = wipe;
        this.messages = messages;
    }

    @PostMapping("/demo/wipe")
    @PreAuthorize("hasRole('ADMIN')")
    String wipe(RedirectAttributes redirect, HttpServletRequest request) {
        try {
            wipe.wipe();
        } catch (DemoNotShowing e) {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept == null || !accept.contains("text/html")) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "demo.wipe.notShowing");
            return "redirect:/customers";
        }
        redirect.addFlashAttribute("flash", "demo.wiped");
        return "redirect:/customers";
    }

    @ExceptionHandler(DemoNotShowing.class)
    ResponseEntity<ProblemDetail> notShowing(DemoNotShowing e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("demo.wipe.notShowing", null, locale));
        problem.setTitle(messages.getMessage("demo.wipe.notShowing.title", null, locale));
        problem.setType(URI.create("https://clientela.org/problems/demo-not-loaded"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
