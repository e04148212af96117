package org.clientela.service.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.publicpromises.ContactHours;
import org.clientela.service.internal.publicpromises.PublicPromise;
import org.clientela.service.internal.publicpromises.PublicPromiseMeter;
import org.clientela.service.internal.publicpromises.PublicPromises;
import org.clientela.service.internal.publicpromises.VerdictWords;
import org.clientela.service.internal.publicpromises.Window;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public promises over JSON: the register of public promises, each measured over a window ({@code days} up to
 * {@code until}, default the last 90 days), changed by managers against the version they read; and
 * when contacts arrive by hour of the week.
 */
@RestController
@RequestMapping("/api/v1/service")
class PublicPromiseApi {

    private final PublicPromises register;
    private final PublicPromiseMeter meter;
    private final ContactHours contactHours;
    private final VerdictWords words;
    private final MessageSource messages;

    PublicPromiseApi(
            PublicPromises register,
            PublicPromiseMeter meter,
            ContactHours contactHours,
            VerdictWords words,
            MessageSource messages) {
        this.register = register;
        this.meter = meter;
        this.contactHours = contactHours;
        this.words = words;
        this.messages = messages;
    }

    /** What a manager sends; on PUT, {@code version} is the one read. */
    record Body(
            String kind,
            String statement,
            Integer targetAmount,
            String targetUnit,
            String openingHours,
            String channel,
            List<String> publishedIn,
            Boolean active,
            Long version) {}

    @GetMapping("/public-promises")
    @PreAuthorize(ServiceRoles.READERS)
    PublicPromiseResponse.Page list(
            @RequestParam(required = false) String days, @RequestParam(required = false) String until) {
        Window window = window(days, until);
        Locale locale = LocaleContextHolder.getLocale();
        return new PublicPromiseResponse.Page(
                window.from(),
                window.to(),
                window.days(),
                register.all().stream()
                        .map(p -> PublicPromiseResponse.of(meter.measure(p, window), words, locale))
                        .toList());
    }

    @GetMapping("/public-promises/{id}")
    @PreAuthorize(ServiceRoles.READERS)
    PublicPromiseResponse get(
            @PathVariable long id,
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String until) {
        Window window = window(days, until);
        return view(register.get(id), window);
    }

    @PostMapping("/public-promises")
    @PreAuthorize(ServiceRoles.MANAGERS)
    ResponseEntity<PublicPromiseResponse> create(@RequestBody Body body) {
        PublicPromise created = register.create(draft(body));
        return ResponseEntity.created(URI.create("/api/v1/service/public-promises/" + created.id()))
                .body(view(created, meter.window(null, null)));
    }

    @PutMapping("/public-promises/{id}")
    @PreAuthorize(ServiceRoles.MANAGERS)
    PublicPromiseResponse update(@PathVariable long id, @RequestBody Body body) {
        try {
            return view(register.update(id, body.version(), draft(body)), meter.window(null, null));
        } catch (OptimisticLockingFailureException changed) {
            throw new PublicPromiseChanged(register.get(id));
        }
    }

    /** Someone saved the promise since the client read it: said with the version it has now. */
    static final class PublicPromiseChanged extends RuntimeException {
        final transient PublicPromise current;

        PublicPromiseChanged(PublicPromise current) {
            super("public promise " + current.id() + " is at version " + current.version());
            this.current = current;
        }
    }

    @ExceptionHandler(PublicPromiseChanged.class)
    ProblemDetail changed(PublicPromiseChanged ex) {
        Locale locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                messages.getMessage(
                        "service.publicPromise.conflict.api",
                        new Object[] {ex.current.updatedBy(), ex.current.version()},
                        locale));
        problem.setTitle(messages.getMessage("problem.conflict.title", null, locale));
        problem.setType(URI.create("https://clientela.org/problems/edit-conflict"));
        problem.setProperty("currentVersion", ex.current.version());
        return problem;
    }

    /** The contact-time heat map: cases opened per hour of the week (Monday first, hours 0-23) and how many while closed. */
    record ContactHoursResponse(
            LocalDate from,
            LocalDate to,
            String timeZone,
            String channel,
            String openingHours,
            long total,
            long outside,
            Integer outsidePercent,
            String summary,
            List<DayRow> days) {}

    record DayRow(String day, List<Long> contacts, List<Boolean> open) {}

    @GetMapping("/contact-hours")
    @PreAuthorize(ServiceRoles.READERS)
    ContactHoursResponse contactHours(
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String channel) {
        ChoiceParser choices = new ChoiceParser();
        Window window = PublicPromiseInput.window(meter, days, until, choices);
        Channel wanted = choices.parse(Channel.class, channel, "channel", false);
        choices.throwIfAny();
        ContactHours.HeatMap map = contactHours.heatMap(window, wanted, meter.openingHours());
        return new ContactHoursResponse(
                window.from(),
                window.to(),
                window.zone().getId(),
                wanted == null ? null : wanted.name(),
                map.openingHours(),
                map.total(),
                map.outside(),
                map.outsidePercent(),
                words.write(map.summary(), LocaleContextHolder.getLocale()),
                map.days().stream()
                        .map(d -> new DayRow(
                                d.day().name(),
                                d.cells().stream()
                                        .map(ContactHours.Cell::contacts)
                                        .toList(),
                                d.cells().stream().map(ContactHours.Cell::open).toList()))
                        .toList());
    }

    private Window window(String days, String until) {
        ChoiceParser choices = new ChoiceParser();
        Window window = PublicPromiseInput.window(meter, days, until, choices);
        choices.throwIfAny();
        return window;
    }

    private static PublicPromises.Draft draft(Body body) {
        ChoiceParser choices = new ChoiceParser();
        var draft = PublicPromiseInput.draft(
                body.kind(),
                body.statement(),
                body.targetAmount() == null ? null : body.targetAmount().toString(),
                body.targetUnit(),
                body.openingHours(),
                body.channel(),
                body.publishedIn(),
                body.active(),
                choices);
        choices.throwIfAny();
        return draft;
    }

    private PublicPromiseResponse view(PublicPromise p, Window window) {
        return PublicPromiseResponse.of(meter.measure(p, window), words, LocaleContextHolder.getLocale());
    }
}
