package org.clientela.retention.internal.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas of the retention plan: proposed, adopted or dropped ({@link IdeaStatus} says which
 * moves are allowed). A change of status is a guarded update on the status the person saw, so of
 * two people moving the same idea at once the second is refused instead of silently overwriting.
 */
@Service
@Transactional
public class Ideas {

    private static final RowMapper<Idea> IDEA = (rs, n) -> new Idea(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getString("description"),
            rs.getString("source"),
            rs.getString("proposed_by"),
            rs.getObject("proposed_on", LocalDate.class),
            IdeaStatus.valueOf(rs.getString("status")),
            rs.getString("created_by"));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Ideas(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public long add(String title, String description, String source, String proposedBy, LocalDate proposedOn) {
        jdbc.sql("""
                        INSERT INTO retention_idea (title, description, source, proposed_by, proposed_on, status,
                                                    created_by, created_at)
                        VALUES (:title, :description, :source, :by, :on, 'IDEA', :actor, :now)""")
                .param("title", title)
                .param("description", blankToNull(description))
                .param("source", source)
                .param("by", blankToNull(proposedBy))
                .param("on", proposedOn)
                .param("actor", AuditLog.currentActor())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM retention_idea WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
        audit.record("RETENTION_IDEA_ADDED", "retention_idea", id, title, null, null, title);
        return id;
    }

    /**
     * Moves the idea to {@code status}.
     *
     * @throws IdeaStateException when the idea already stands there, or someone moved it in between
     * @throws NotFoundException  when there is no such idea
     */
    public void changeStatus(long ideaId, IdeaStatus status) {
        Idea before = idea(ideaId);
        IdeaStatus next = before.moveTo(status);
        int changed = jdbc.sql("UPDATE retention_idea SET status = :status WHERE id = :id AND status = :before")
                .param("status", next.name())
                .param("id", ideaId)
                .param("before", before.status().name())
                .update();
        if (changed != 1) {
            throw new IdeaStateException(before.title(), idea(ideaId).status(), next);
        }
        String action = switch (next) {
            case IDEA -> "RETENTION_IDEA_IDEA";
            case ADOPTED -> "RETENTION_IDEA_ADOPTED";
            case DROPPED -> "RETENTION_IDEA_DROPPED";
        };
        audit.record(
                action,
                "retention_idea",
                ideaId,
                before.title() + ": " + before.status() + " -> " + next,
                null,
                null,
                before.title());
    }

    @Transactional(readOnly = true)
    public Idea idea(long id) {
        return jdbc.sql("SELECT * FROM retention_idea WHERE id = :id")
                .param("id", id)
                .query(IDEA)
                .optional()
                .orElseThrow(() -> new NotFoundException("idea", id));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Slice<Idea> ideas(int page, int size) {
        return Slice.of(
                jdbc.sql("SELECT * FROM retention_idea ORDER BY proposed_on DESC, id DESC LIMIT :l OFFSET :o")
                        .param("l", size + 1)
                        .param("o", (long) page * size)
                        .query(IDEA)
                        .list(),
                page,
                size);
    }

    /** Ideas that may still be applied (not dropped), newest first, at most 200. */
    @Transactional(readOnly = true)
    public List<Idea> applicable() {
        return jdbc.sql("SELECT * FROM retention_idea WHERE status <> 'DROPPED' ORDER BY proposed_on DESC, id DESC "
                        + "LIMIT 200")
                .query(IDEA)
                .list();
    }

    /** The idea, if it may be applied to customers now. */
    @Transactional(readOnly = true)
    public Idea requireApplicable(long ideaId) {
        Idea idea = idea(ideaId);
        if (idea.status() == IdeaStatus.DROPPED) {
            throw new InvalidInputException(List.of(InputError.field("ideaId", "retention.plan.error.ideaDropped")));
        }
        return idea;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
