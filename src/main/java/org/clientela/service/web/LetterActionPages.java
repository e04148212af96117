package org.clientela.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.letters.LetterPdf;
import org.clientela.service.internal.letters.LetterRefused;
import org.clientela.service.internal.letters.LetterStateException;
import org.clientela.service.internal.letters.Letters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What is done with a written letter: approving it, sending it by e-mail, looking at it as a PDF and
 * printing it. A refusal goes back to the letter's page, next to the field it is about.
 */
@Controller
@RequestMapping("/service")
class LetterActionPages {

    /** Which print a PDF is: ORIGINAL (the one sent by post), DRAFT, PREVIEW or COPY. */
    static final String PRINT_HEADER = "Clientela-Print";

    private final Letters letters;
    private final LetterPageErrors refusals;

    LetterActionPages(Letters letters, LetterPageErrors refusals) {
        this.letters = letters;
        this.refusals = refusals;
    }

    @PostMapping("/letters/{id}/approve")
    @PreAuthorize(ServiceRoles.WRITERS)
    String approve(@PathVariable long id, Principal me, RedirectAttributes flash) {
        try {
            letters.approve(id, me.getName());
            flash.addFlashAttribute("flash", "service.letters.flash.approved");
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", refusals.text(ex.reason().messageKey(), ex.args()));
        } catch (LetterStateException ex) {
            flash.addFlashAttribute("letterError", refusals.text(ex.messageKey(), ex.messageArgs()));
        } catch (InvalidInputException ex) {
            flash.addFlashAttribute(LetterPageErrors.FIELD_ERRORS, refusals.errors(ex));
        }
        return "redirect:/service/letters/" + id;
    }

    @PostMapping("/letters/{id}/send")
    @PreAuthorize(ServiceRoles.WRITERS)
    String send(@PathVariable long id, Principal me, RedirectAttributes flash) {
        try {
            letters.send(id, me.getName());
            flash.addFlashAttribute("flash", "service.letters.flash.sent");
        } catch (LetterRefused ex) {
            flash.addFlashAttribute("letterError", refusals.text(ex.reason().messageKey(), ex.args()));
        } catch (LetterStateException ex) {
            flash.addFlashAttribute("letterError", refusals.text(ex.messageKey(), ex.messageArgs()));
        } catch (InvalidInputException ex) {
            Map<String, String> onFields = refusals.fieldErrors(ex);
            if (onFields.isEmpty()) {
                InputError error = ex.errors().get(0);
                flash.addFlashAttribute("letterError", refusals.text(error.messageKey(), error.args()));
            } else {
                flash.addFlashAttribute(LetterPageErrors.FIELD_ERRORS, onFields);
            }
        }
        return "redirect:/service/letters/" + id;
    }

    /**
     * The letter as a PDF to look at; it changes nothing, so it is never the clean original: a draft
     * says BORRADOR / DRAFT, an approved letter VISTA PREVIA / PREVIEW, a sent one COPIA / COPY.
     */
    @GetMapping("/letters/{id}.pdf")
    @PreAuthorize(ServiceRoles.READERS)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdfFile(letters.preview(id));
    }

    /**
     * Prints the letter: the first print of an approved letter sends it by post (the clean
     * original, recorded once); later prints are copies, a draft's print is marked as such. A
     * letter with spots left in brackets goes back to its page with the message next to the text.
     */
    @PostMapping("/letters/{id}/print")
    @PreAuthorize(ServiceRoles.WRITERS)
    ResponseEntity<byte[]> print(
            @PathVariable long id, Principal me, HttpServletRequest request, HttpServletResponse response) {
        try {
            return pdfFile(letters.print(id, me.getName()));
        } catch (InvalidInputException ex) {
            String page = "/service/letters/" + id;
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put(LetterPageErrors.FIELD_ERRORS, refusals.errors(ex));
            RequestContextUtils.saveOutputFlashMap(page, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(request.getContextPath() + page))
                    .build();
        }
    }

    static ResponseEntity<byte[]> pdfFile(Letters.Printed printed) {
        String name = "letter-" + printed.letter().getId()
                + (printed.mark() == LetterPdf.Mark.NONE
                        ? ""
                        : "-" + printed.mark().name().toLowerCase(Locale.ROOT))
                + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .header(
                        PRINT_HEADER,
                        printed.mark() == LetterPdf.Mark.NONE
                                ? "ORIGINAL"
                                : printed.mark().name())
                .body(printed.pdf());
    }
}
