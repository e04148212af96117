package org.clientela.satisfaction.internal.reviews;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.requests.Colleague;
import org.clientela.satisfaction.internal.requests.Departments;
import org.clientela.satisfaction.internal.requests.InternalServiceSettings;
import org.clientela.service.ResponseClocks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After-project reviews: planned when a project ends, due a set number of working days later (the
 * settings page's calendar, the same one cases use), held once by whoever planned it (or a
 * manager), and the actions decided there, each with an owner and a due day, shown in the owner's
 * day until done. Everybody reads reviews: learning is for the whole business.
 *
 * <p>Long because a review and the actions decided in it are one thing, with one rule of who may
 * act on it (whoever planned it, or a manager) and one calendar of working days for its due dates.
 */
@Service
public class ProjectReviews {

    /** How far from today a project's end may be, in days, either way. */
    static final int MAX_DAYS_AWAY = 366;

    /** What a review held found, as typed. */
    public record Findings(String wentWell, String wentBadly, String learnt) {}

    private static final String REVIEW_COLUMNS = """
            id, project, department, ended_on, due_on, status, held_on, went_well, went_badly, learnt,
            organiser, created_at, version""";
    private static final String ACTION_SELECT = """
            SELECT a.id, a.review_id, r.project, a.description, a.owner, a.due_on, a.status, a.done_at, a.done_by
            FROM satisfaction_review_action a JOIN satisfaction_project_review r ON r.id = a.review_id""";

    private final JdbcClient jdbc;
    private final ResponseClocks clocks;
    private final Departments departments;
    private final UserDirectory users;
    private final InternalServiceSettings settings;
    private final Clock clock;

    ProjectReviews(
            JdbcClient jdbc,
            ResponseClocks clocks,
            Departments departments,
            UserDirectory users,
            InternalServiceSettings settings,
            ClientelaSettings business,
            Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.departments = departments;
        this.users = users;
        this.settings = settings;
        this.clock = clock.withZone(business.timeZone());
    }

    /** Today in the business's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Plans the review of a project that ended on {@code endedOn}, due the set number of working
     * days later.
     */
    @Transactional
    public ProjectReview plan(String project, String department, LocalDate endedOn, Colleague who) {
        if (!who.writes()) {
            throw new AccessDeniedException("Viewers read reviews");
        }
        List<InputError> errors = new ArrayList<>();
        if (project == null || project.isBlank()) {
            errors.add(InputError.field("project", "satisfaction.review.project.required"));
        } else {
            TextInput.check(errors, "project", project, ProjectReview.PROJECT_MAX, false);
        }
        String dept = department == null || department.isBlank() ? null : department.strip();
        if (dept != null && !departments.all().contains(dept)) {
            errors.add(InputError.field("department", "satisfaction.internal.toDepartment.unknown"));
        }
        LocalDate today = today();
        if (endedOn == null) {
            errors.add(InputError.field("endedOn", "satisfaction.review.endedOn.required"));
        } else if (Math.abs(endedOn.toEpochDay() - today.toEpochDay()) > MAX_DAYS_AWAY) {
            errors.add(InputError.field("endedOn", "satisfaction.review.endedOn.far", MAX_DAYS_AWAY));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate due = clocks.workingDaysAfter(endedOn, settings.reviewWorkingDays());
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_project_review (project, department, ended_on, due_on, status,
                            organiser, created_at, version)
                        VALUES (:project, :department, :ended, :due, 'PENDING', :organiser, :now, 0)""")
                .param("project", project.strip())
                .param("department", dept)
                .param("ended", Date.valueOf(endedOn))
                .param("due", Date.valueOf(due))
                .param("organiser", who.username())
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        return find(key.getKey().longValue());
    }

    @Transactional(readOnly = true)
    public ProjectReview find(long id) {
        ProjectReview review = jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM satisfaction_project_review WHERE id = :id")
                .param("id", id)
                .query(REVIEW)
                .optional()
                .orElseThrow(() -> new NotFoundException("project review", id));
        return review.withActions(jdbc.sql(ACTION_SELECT + " WHERE a.review_id = :id ORDER BY a.due_on, a.id")
                .param("id", id)
                .query(ACTION)
                .list());
    }

    /** A page of reviews, pending ones first by due day, then the held ones newest first. */
    @Transactional(readOnly = true)
    public Slice<ProjectReview> list(int page, int size) {
        return Slice.of(
                jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM satisfaction_project_review"
                                + " ORDER BY CASE WHEN status = 'PENDING' THEN 0 ELSE 1 END,"
                                + " CASE WHEN status = 'PENDING' THEN due_on END, ended_on DESC, id DESC"
                                + " LIMIT :limit OFFSET :offset")
                        .param("limit", size + 1)
                        .param("offset", (long) page * size)
                        .query(REVIEW)
                        .list(),
                page,
                size);
    }

    /** Holds a pending review: all three findings are needed, since each is the point of it. */
    @Transactional
    public ProjectReview hold(long id, long version, Findings findings, Colleague who) {
        ProjectReview review = find(id);
        requireOrganiser(review, who);
        List<InputError> errors = new ArrayList<>();
        finding(errors, "wentWell", findings.wentWell());
        finding(errors, "wentBadly", findings.wentBadly());
        finding(errors, "learnt", findings.learnt());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!review.status().canBecome(ReviewStatus.HELD)) {
            throw new ReviewStateException("Review " + id, review.status(), ReviewStatus.HELD);
        }
        int changed = jdbc.sql("""
                        UPDATE satisfaction_project_review SET status = 'HELD', held_on = :today, went_well = :well,
                            went_badly = :badly, learnt = :learnt, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'PENDING'""")
                .param("today", Date.valueOf(today()))
                .param("well", findings.wentWell().strip())
                .param("badly", findings.wentBadly().strip())
                .param("learnt", findings.learnt().strip())
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            ProjectReview now = find(id);
            if (now.version() != version) {
                throw new OptimisticLockingFailureException("Review " + id + " changed since " + version);
            }
            throw new ReviewStateException("Review " + id, now.status(), ReviewStatus.HELD);
        }
        return find(id);
    }

    /** Adds an action to a review: an active user owns it, due today or later. */
    @Transactional
    public ReviewAction addAction(long reviewId, String description, String owner, LocalDate dueOn, Colleague who) {
        ProjectReview review = find(reviewId);
        requireOrganiser(review, who);
        List<InputError> errors = new ArrayList<>();
        if (description == null || description.isBlank()) {
            errors.add(InputError.field("description", "satisfaction.review.action.description.required"));
        } else {
            TextInput.check(errors, "description", description, ReviewAction.DESCRIPTION_MAX, false);
        }
        if (owner == null || !users.isActive(owner.strip())) {
            errors.add(InputError.field("owner", "satisfaction.review.action.owner.invalid"));
        }
        if (dueOn == null) {
            errors.add(InputError.field("dueOn", "satisfaction.review.action.dueOn.required"));
        } else if (dueOn.isBefore(today())) {
            errors.add(InputError.field("dueOn", "satisfaction.review.action.dueOn.past"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_review_action (review_id, description, owner, due_on, status, created_at)
                        VALUES (:review, :description, :owner, :due, 'OPEN', :now)""")
                .param("review", reviewId)
                .param("description", description.strip())
                .param("owner", owner.strip())
                .param("due", Date.valueOf(dueOn))
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        return action(key.getKey().longValue());
    }

    /** Marks an action done: its owner, the review's organiser or a manager. */
    @Transactional
    public ReviewAction finish(long reviewId, long actionId, Colleague who) {
        ReviewAction action = action(actionId);
        if (action.reviewId() != reviewId) {
            throw new NotFoundException("review action", actionId);
        }
        ProjectReview review = find(reviewId);
        if (!who.writes()
                || !(who.username().equals(action.owner())
                        || who.username().equals(review.organiser())
                        || who.manages())) {
            throw new AccessDeniedException("Action " + actionId + " is someone else's");
        }
        if (!action.status().canBecome(ActionStatus.DONE)) {
            throw new ReviewStateException("Action " + actionId, action.status(), ActionStatus.DONE);
        }
        int changed = jdbc.sql("""
                        UPDATE satisfaction_review_action SET status = 'DONE', done_at = :now, done_by = :me
                        WHERE id = :id AND status = 'OPEN'""")
                .param("now", Timestamp.from(clock.instant()))
                .param("me", who.username())
                .param("id", actionId)
                .update();
        if (changed == 0) {
            throw new ReviewStateException("Action " + actionId, ActionStatus.DONE, ActionStatus.DONE);
        }
        return action(actionId);
    }

    /** {@code owner}'s open actions, the soonest due first (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<ReviewAction> openActionsOf(String owner, int limit) {
        return jdbc.sql(ACTION_SELECT + " WHERE a.owner = :owner AND a.status = 'OPEN' ORDER BY a.due_on, a.id"
                        + " LIMIT :limit")
                .param("owner", owner)
                .param("limit", limit)
                .query(ACTION)
                .list();
    }

    /** The pending reviews {@code organiser} planned, the soonest due first (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<ProjectReview> pendingOf(String organiser, int limit) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM satisfaction_project_review"
                        + " WHERE organiser = :organiser AND status = 'PENDING' ORDER BY due_on, id LIMIT :limit")
                .param("organiser", organiser)
                .param("limit", limit)
                .query(REVIEW)
                .list();
    }

    /** Whether {@code who} may hold the review and add actions to it. */
    public boolean organises(ProjectReview review, Colleague who) {
        return who.writes() && (who.username().equals(review.organiser()) || who.manages());
    }

    private ReviewAction action(long id) {
        return jdbc.sql(ACTION_SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(ACTION)
                .optional()
                .orElseThrow(() -> new NotFoundException("review action", id));
    }

    private void requireOrganiser(ProjectReview review, Colleague who) {
        if (!organises(review, who)) {
            throw new AccessDeniedException("Review " + review.id() + " is organised by " + review.organiser());
        }
    }

    private static void finding(List<InputError> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.add(InputError.field(field, "satisfaction.review.finding.required"));
        } else {
            TextInput.check(errors, field, text, ProjectReview.FINDING_MAX, true);
        }
    }

    private static final RowMapper<ProjectReview> REVIEW = (rs, n) -> new ProjectReview(
            rs.getLong("id"),
            rs.getString("project"),
            rs.getString("department"),
            rs.getDate("ended_on").toLocalDate(),
            rs.getDate("due_on").toLocalDate(),
            ReviewStatus.valueOf(rs.getString("status")),
            date(rs, "held_on"),
            rs.getString("went_well"),
            rs.getString("went_badly"),
            rs.getString("learnt"),
            rs.getString("organiser"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getLong("version"),
            List.of());

    private static final RowMapper<ReviewAction> ACTION = (rs, n) -> new ReviewAction(
            rs.getLong("id"),
            rs.getLong("review_id"),
            rs.getString("project"),
            rs.getString("description"),
            rs.getString("owner"),
            rs.getDate("due_on").toLocalDate(),
            ActionStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("done_at") == null
                    ? null
                    : rs.getTimestamp("done_at").toInstant(),
            rs.getString("done_by"));

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
