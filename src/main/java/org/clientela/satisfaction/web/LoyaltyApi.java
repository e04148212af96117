package org.clientela.satisfaction.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerOwners;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.satisfaction.internal.loyalty.ClubFigures;
import org.clientela.satisfaction.internal.loyalty.Invitations;
import org.clientela.satisfaction.internal.loyalty.JoinChannel;
import org.clientela.satisfaction.internal.loyalty.LoyaltyPrograms;
import org.clientela.satisfaction.internal.loyalty.Membership;
import org.clientela.satisfaction.internal.loyalty.Memberships;
import org.clientela.satisfaction.internal.loyalty.NewProgram;
import org.clientela.satisfaction.internal.loyalty.Program;
import org.clientela.satisfaction.internal.loyalty.Tier;
import org.clientela.satisfaction.internal.loyalty.TierBasis;
import org.clientela.satisfaction.internal.loyalty.TierRecompute;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The loyalty club over JSON: programs and their tiers, recomputing them, inviting customers, the
 * club's figures and a customer's memberships.
 */
@RestController
class LoyaltyApi {

    private final LoyaltyPrograms programs;
    private final TierRecompute recompute;
    private final Invitations invitations;
    private final Memberships memberships;
    private final ClubFigures figures;
    private final CustomerDirectory customers;
    private final CustomerOwners owners;

    LoyaltyApi(
            LoyaltyPrograms programs,
            TierRecompute recompute,
            Invitations invitations,
            Memberships memberships,
            ClubFigures figures,
            CustomerDirectory customers,
            CustomerOwners owners) {
        this.programs = programs;
        this.recompute = recompute;
        this.invitations = invitations;
        this.memberships = memberships;
        this.figures = figures;
        this.customers = customers;
        this.owners = owners;
    }

    /** A tier as the API receives it. */
    record TierRequest(
            String name,
            BigDecimal threshold,
            BigDecimal discountPercent,
            Integer responseCutPercent,
            String surprise) {}

    /** A program as the API receives it; {@code reviewMonths} defaults to 12. */
    record ProgramRequest(String name, TierBasis basis, Integer reviewMonths, List<TierRequest> tiers) {

        NewProgram program() {
            return new NewProgram(
                    name,
                    basis,
                    reviewMonths,
                    tiers == null
                            ? null
                            : tiers.stream()
                                    .map(t -> t == null
                                            ? null
                                            : new Tier(
                                                    0,
                                                    t.name(),
                                                    t.threshold(),
                                                    t.discountPercent(),
                                                    t.responseCutPercent(),
                                                    t.surprise()))
                                    .toList());
        }
    }

    record ProgramList(List<Program> items) {}

    @PostMapping("/api/v1/loyalty/programs")
    @PreAuthorize(LoyaltyRoles.MANAGERS)
    ResponseEntity<Program> create(@RequestBody ProgramRequest request) {
        Program created = programs.create(request.program());
        return ResponseEntity.created(URI.create("/api/v1/loyalty/programs/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/loyalty/programs")
    @PreAuthorize(LoyaltyRoles.READERS)
    ProgramList all() {
        return new ProgramList(programs.all());
    }

    @GetMapping("/api/v1/loyalty/programs/{id}")
    @PreAuthorize(LoyaltyRoles.READERS)
    Program get(@PathVariable long id) {
        return programs.get(id);
    }

    /** Recomputes the program's tiers now (409 while another instance is at it). */
    @PostMapping("/api/v1/loyalty/programs/{id}/recompute")
    @PreAuthorize(LoyaltyRoles.MANAGERS)
    TierRecompute.Result recompute(@PathVariable long id) {
        return recompute.recompute(id);
    }

    @GetMapping("/api/v1/loyalty/programs/{id}/figures")
    @PreAuthorize(LoyaltyRoles.READERS)
    ClubFigures.Figures figures(@PathVariable long id) {
        return figures.of(id);
    }

    /** {@code channel} EMAIL sends the join link; IN_PERSON notes that the customer said yes. */
    record InvitationRequest(Long customerId, JoinChannel channel) {}

    record InvitationResponse(long programId, long customerId, JoinChannel channel, String status) {}

    @PostMapping("/api/v1/loyalty/programs/{id}/invitations")
    @PreAuthorize(LoyaltyRoles.INVITERS)
    ResponseEntity<InvitationResponse> invite(
            @PathVariable long id,
            @RequestBody InvitationRequest request,
            Authentication authentication,
            HttpServletRequest http) {
        List<InputError> missing = new java.util.ArrayList<>();
        if (request.customerId() == null) {
            missing.add(InputError.field("customerId", "satisfaction.loyalty.required"));
        }
        if (request.channel() == null) {
            missing.add(InputError.field("channel", "satisfaction.loyalty.required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        programs.get(id);
        customers.find(request.customerId()).orElseThrow(() -> new NotFoundException("customer", request.customerId()));
        LoyaltyRoles.checkMayInvite(authentication, owners, request.customerId());
        if (request.channel() == JoinChannel.EMAIL) {
            invitations.inviteByEmail(id, request.customerId(), baseUrl(), LocaleContextHolder.getLocale());
            return ResponseEntity.status(201)
                    .body(new InvitationResponse(id, request.customerId(), JoinChannel.EMAIL, "SENT"));
        }
        invitations.recordInPerson(id, request.customerId());
        return ResponseEntity.status(201)
                .body(new InvitationResponse(id, request.customerId(), JoinChannel.IN_PERSON, "JOINED"));
    }

    record CandidateList(String segment, List<Invitations.Candidate> items) {}

    /** Customers of an RFM segment who are not members yet, to invite. */
    @GetMapping("/api/v1/loyalty/programs/{id}/candidates")
    @PreAuthorize(LoyaltyRoles.INVITERS)
    CandidateList candidates(
            @PathVariable long id,
            @RequestParam(defaultValue = "CHAMPIONS") String segment,
            @RequestParam(defaultValue = "50") int limit) {
        programs.get(id);
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException(InputError.field("limit", "satisfaction.loyalty.between", 1, 500));
        }
        return new CandidateList(segment, invitations.candidates(id, segment, limit));
    }

    record CustomerLoyalty(long customerId, boolean member, List<Membership> memberships) {}

    @GetMapping("/api/v1/customers/{id}/loyalty")
    @PreAuthorize(LoyaltyRoles.READERS)
    CustomerLoyalty ofCustomer(@PathVariable long id) {
        customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        List<Membership> found = memberships.of(id);
        return new CustomerLoyalty(id, !found.isEmpty(), found);
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
