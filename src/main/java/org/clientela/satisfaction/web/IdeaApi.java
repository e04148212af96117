package org.clientela.satisfaction.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerNames;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Slice;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas.IdeaChange;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas.NewIdea;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas.QuarterCount;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaChannel;
import org.clientela.satisfaction.internal.ideas.IdeaQuery;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers' ideas over JSON: log one, read and list them (filtered, sorted, paged), change one
 * with the version read (its status, owner, follow-up and the answer given), and the ideas adopted
 * per quarter.
 */
@RestController
@RequestMapping("/api/v1/ideas")
class IdeaApi {

    private final CustomerIdeas ideas;
    private final CustomerDirectory customers;
    private final CustomerNames customerNames;
    private final Clock clock;

    IdeaApi(CustomerIdeas ideas, CustomerDirectory customers, CustomerNames customerNames, Clock clock) {
        this.customerNames = customerNames;
        this.ideas = ideas;
        this.customers = customers;
        this.clock = clock;
    }

    /** A new idea; {@code owner} and {@code followUpOn} may be left out. */
    record IdeaRequest(
            Long customerId, String text, IdeaArea area, IdeaChannel channel, String owner, LocalDate followUpOn) {}

    /** A change: {@code version} as read; fields left out keep their value. */
    record IdeaChangeRequest(
            Long version,
            String text,
            IdeaArea area,
            IdeaChannel channel,
            String owner,
            IdeaStatus status,
            LocalDate followUpOn,
            String answer) {}

    record IdeaPage(List<IdeaResponse> items, int page, int size, boolean hasNext) {}

    record QuarterRow(String quarter, int year, int number, long adopted) {}

    record AdoptedPerQuarter(LocalDate from, LocalDate to, List<QuarterRow> rows) {}

    @PostMapping
    @PreAuthorize(IdeaRoles.WRITERS)
    ResponseEntity<IdeaResponse> log(@RequestBody IdeaRequest request) {
        Idea idea = ideas.log(new NewIdea(
                request.customerId(),
                request.text(),
                request.area(),
                request.channel(),
                request.owner(),
                request.followUpOn()));
        return ResponseEntity.created(URI.create("/api/v1/ideas/" + idea.id())).body(response(idea));
    }

    @GetMapping("/{id}")
    @PreAuthorize(IdeaRoles.READERS)
    IdeaResponse get(@PathVariable long id) {
        return response(ideas.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(IdeaRoles.WRITERS)
    IdeaResponse change(@PathVariable long id, @RequestBody IdeaChangeRequest request, Authentication authentication) {
        if (request.version() == null) {
            throw new InvalidInputException(InputError.field("version", "satisfaction.value.required"));
        }
        Idea before = ideas.get(id);
        if (!IdeaRoles.mayChange(authentication, before.owner())) {
            throw new AccessDeniedException("Only the idea's owner or a manager changes it");
        }
        Idea after = ideas.change(
                id,
                new IdeaChange(
                        request.version(),
                        request.text() == null ? before.text() : request.text(),
                        request.area() == null ? before.area() : request.area(),
                        request.channel() == null ? before.channel() : request.channel(),
                        request.owner() == null ? before.owner() : request.owner(),
                        request.status() == null ? before.status() : request.status(),
                        request.followUpOn() == null ? before.followUpOn() : request.followUpOn(),
                        request.answer() == null ? before.answer() : request.answer()));
        return response(after);
    }

    @GetMapping
    @PreAuthorize(IdeaRoles.READERS)
    IdeaPage list(
            @RequestParam(required = false) IdeaStatus status,
            @RequestParam(required = false) IdeaArea area,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        IdeaQuery.Sort sorted = IdeaQuery.Sort.of(sort);
        if (sort != null && sorted == null) {
            throw new InvalidInputException(InputError.field("sort", "satisfaction.ideas.sort.unknown", sort));
        }
        Slice<Idea> slice = ideas.search(new IdeaQuery(
                status,
                area,
                owner,
                customerId,
                from,
                to,
                sorted,
                sorted == null ? !"asc".equalsIgnoreCase(dir) : "desc".equalsIgnoreCase(dir),
                page,
                size));
        Map<Long, CustomerRef> names = customers.findAll(
                slice.items().stream().map(Idea::customerId).distinct().toList());
        return new IdeaPage(
                slice.items().stream()
                        .map(i -> IdeaResponse.of(
                                i, customerNames.shown(i.customerId(), name(names.get(i.customerId())))))
                        .toList(),
                slice.page(),
                slice.size(),
                slice.hasNext());
    }

    /** Adopted ideas per quarter; by default the last four quarters and this one. */
    @GetMapping("/adopted")
    @PreAuthorize(IdeaRoles.READERS)
    AdoptedPerQuarter adopted(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? IdeaPages.quarterStart(end).minusYears(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException(InputError.field("from", "satisfaction.period.reversed"));
        }
        return new AdoptedPerQuarter(
                start,
                end,
                ideas.adoptedPerQuarter(start, end).stream().map(IdeaApi::row).toList());
    }

    private static QuarterRow row(QuarterCount q) {
        return new QuarterRow(q.key(), q.year(), q.quarter(), q.adopted());
    }

    private IdeaResponse response(Idea idea) {
        String name = customers.find(idea.customerId()).map(CustomerRef::name).orElse(null);
        return IdeaResponse.of(idea, customerNames.shown(idea.customerId(), name));
    }

    private static String name(CustomerRef ref) {
        return ref == null ? null : ref.name();
    }
}
