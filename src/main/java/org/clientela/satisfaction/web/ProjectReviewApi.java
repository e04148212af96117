package org.clientela.satisfaction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.clientela.platform.CleanText;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.satisfaction.internal.requests.Colleague;
import org.clientela.satisfaction.internal.reviews.ProjectReview;
import org.clientela.satisfaction.internal.reviews.ProjectReviews;
import org.clientela.satisfaction.internal.reviews.ReviewAction;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * After-project reviews over JSON: plan one when a project ends (due ten working days later), hold
 * it with its findings, add actions with an owner and a due day, mark them done. Dates are ISO
 * ({@code 2026-03-02}).
 */
@RestController
@Tag(
        name = "Satisfaction: project reviews",
        description = "What went well, badly, what we learnt, and the actions decided")
class ProjectReviewApi {

    private final ProjectReviews reviews;

    ProjectReviewApi(ProjectReviews reviews) {
        this.reviews = reviews;
    }

    record NewReviewBody(
            @CleanText(max = ProjectReview.PROJECT_MAX) String project,
            @CleanText(max = 64) String department,
            @CleanText(max = 10) String endedOn) {}

    record FindingsBody(
            Long version,

            @CleanText(max = ProjectReview.FINDING_MAX, lines = true)
            String wentWell,

            @CleanText(max = ProjectReview.FINDING_MAX, lines = true)
            String wentBadly,

            @CleanText(max = ProjectReview.FINDING_MAX, lines = true)
            String learnt) {}

    record NewActionBody(
            @CleanText(max = ReviewAction.DESCRIPTION_MAX) String description,
            @CleanText(max = 64) String owner,
            @CleanText(max = 10) String dueOn) {}

    record ReviewPage(List<ProjectReview> items, int page, int size, boolean hasNext) {}

    @PostMapping("/api/v1/project-reviews")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(summary = "Plan the review of a project that ended on endedOn; 201 with its dueOn (working days later)")
    ResponseEntity<ProjectReview> plan(@RequestBody NewReviewBody body, Authentication authentication) {
        ProjectReview planned = reviews.plan(
                body.project(), body.department(), date("endedOn", body.endedOn()), Colleague.of(authentication));
        return ResponseEntity.created(URI.create("/api/v1/project-reviews/" + planned.id()))
                .body(planned);
    }

    @GetMapping("/api/v1/project-reviews")
    @PreAuthorize(InternalRequestRoles.READERS)
    @Operation(summary = "Reviews, pending first by due day, then held ones newest first; page from 0")
    ReviewPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidInputException(InputError.field("page", "satisfaction.internal.page.invalid"));
        }
        if (size < 1 || size > InternalRequestApi.MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    InputError.field("size", "satisfaction.internal.size.invalid", InternalRequestApi.MAX_PAGE_SIZE));
        }
        var slice = reviews.list(page, size);
        return new ReviewPage(slice.items(), page, size, slice.hasNext());
    }

    @GetMapping("/api/v1/project-reviews/{id}")
    @PreAuthorize(InternalRequestRoles.READERS)
    @Operation(summary = "A review with its actions")
    ProjectReview get(@PathVariable long id) {
        return reviews.find(id);
    }

    @PutMapping("/api/v1/project-reviews/{id}/findings")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(
            summary = "Hold the review (its organiser or a manager): wentWell, wentBadly and learnt all required; "
                    + "409 when held already or changed since version")
    ProjectReview hold(@PathVariable long id, @RequestBody FindingsBody body, Authentication authentication) {
        if (body.version() == null) {
            throw new InvalidInputException(InputError.field("version", "satisfaction.internal.version.required"));
        }
        return reviews.hold(
                id,
                body.version(),
                new ProjectReviews.Findings(body.wentWell(), body.wentBadly(), body.learnt()),
                Colleague.of(authentication));
    }

    @PostMapping("/api/v1/project-reviews/{id}/actions")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(summary = "Add an action: an active user owns it, due on dueOn (today or later); it shows in their day")
    ResponseEntity<ReviewAction> addAction(
            @PathVariable long id, @RequestBody NewActionBody body, Authentication authentication) {
        ReviewAction added = reviews.addAction(
                id, body.description(), body.owner(), date("dueOn", body.dueOn()), Colleague.of(authentication));
        return ResponseEntity.created(URI.create("/api/v1/project-reviews/" + id))
                .body(added);
    }

    @PostMapping("/api/v1/project-reviews/{id}/actions/{actionId}/done")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(summary = "Mark an action done (its owner, the organiser or a manager); 409 when done already")
    ReviewAction finish(@PathVariable long id, @PathVariable long actionId, Authentication authentication) {
        return reviews.finish(id, actionId, Colleague.of(authentication));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(InputError.field(field, "satisfaction.review.date.invalid"));
        }
    }
}
