package org.clientela.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of every change: who, when, what, and the state before and after. Modules call
 * {@link #record} inside the transaction of the change, so a change and its entry stand or fall
 * together. A bulk operation such as an import writes one entry with its counts.
 * <p>
 * Each entry reads as a sentence in the reader's language: the message {@code audit.entry.<ACTION>}
 * with the person as {0} and the entry's words as {1}, {2}… (a name, a number, or a
 * {@linkplain #word(String) message key} such as a loss reason). {@code audit.action.<ACTION>}
 * names the action in the page's filter. {@code EveryCodeHasWordsTests} fails on an action without
 * both keys.
 *
 * <p>Long because writing an entry and reading it
 * back store and read its words in one encoding (a text, a number or a message key), which would
 * otherwise have to be shared between two classes.
 */
@Component
public class AuditLog {

    /** Who acts when nobody is signed in: a scheduled job, a start-up task. */
    public static final String SYSTEM = "system";

    private static final String COLUMNS = """
            a.id, a.occurred_at, a.actor, u.display_name, a.action, a.entity_type, a.entity_id, a.summary, a.words
              FROM audit_entry a LEFT JOIN app_user u ON u.username = a.actor""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final RowMapper<Entry> entry = this::entry;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes one entry for the signed-in person (or {@value #SYSTEM} when nobody is signed in).
     *
     * @param action     what happened, e.g. {@code CUSTOMER_CREATED}
     * @param entityType the kind of thing changed, e.g. {@code customer}
     * @param entityId   its id, or {@code null} for bulk work
     * @param summary    one line for whoever reads the table itself (not shown on the page when there are words)
     * @param before     state before (serialised as JSON), or {@code null}
     * @param after      state after (serialised as JSON), or {@code null}
     * @param words      the words of the entry's sentence: text and numbers as they are,
     *                   {@link #word(String)} for words the reader's language chooses
     */
    public void record(
            String action,
            String entityType,
            Object entityId,
            String summary,
            Object before,
            Object after,
            Object... words) {
        recordAs(currentActor(), action, entityType, entityId, summary, before, after, words);
    }

    /**
     * Writes one entry for {@code actor}: for work done later on someone's behalf, such as a
     * listener that follows what a person did in another module.
     *
     * @see #record
     */
    public void recordAs(
            String actor,
            String action,
            String entityType,
            Object entityId,
            String summary,
            Object before,
            Object after,
            Object... words) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, summary, before_state,
                       after_state, words)
                VALUES (:at, :actor, :action, :type, :id, :summary, :before, :after, :words)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor == null || actor.isBlank() ? SYSTEM : actor)
                .param("action", action)
                .param("type", entityType)
                .param("id", entityId == null ? null : entityId.toString())
                .param("summary", summary == null ? null : summary.substring(0, Math.min(summary.length(), 1000)))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("words", words.length == 0 ? null : json.writeValueAsString(stored(words)))
                .update();
    }

    /** A word of an entry that is a message key, e.g. {@code retention.reason.NO_LONGER_VALUE}. */
    public static MessageSourceResolvable word(String messageKey, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {messageKey}, args, messageKey);
    }

    /**
     * One entry as people read it.
     *
     * @param actor     the username, or {@value #SYSTEM}
     * @param actorName the person's display name, or {@code null} when there is no such user
     * @param words     the words of its sentence, or {@code null} for an entry written without them
     */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String actorName,
            String action,
            String entityType,
            String entityId,
            String summary,
            List<Object> words) {

        /** Whether nobody in particular did it: the system, or a visitor of the public pages. */
        public boolean automatic() {
            return SYSTEM.equals(actor) || "anonymousUser".equals(actor);
        }

        /** Who did it, as a person reads it: their display name, or "automatic". */
        public Object who() {
            if (automatic()) {
                return word(SYSTEM.equals(actor) ? "audit.who.system" : "audit.who.public");
            }
            return actorName == null || actorName.isBlank() ? actor : actorName;
        }

        /**
         * The entry as one sentence: {@code <prefix><ACTION>} with who did it and its words; an
         * entry without words reads as its action's name.
         */
        public MessageSourceResolvable sentence(String prefix) {
            if (words == null) {
                return new DefaultMessageSourceResolvable(
                        new String[] {prefix + "older"},
                        new Object[] {who(), word("audit.action." + action), summary == null ? "" : summary},
                        action);
            }
            List<Object> args = new ArrayList<>(words.size() + 1);
            args.add(who());
            args.addAll(words);
            return new DefaultMessageSourceResolvable(new String[] {prefix + action}, args.toArray(), action);
        }
    }

    /** What the change log page asks for; {@code null} means any. */
    public record Filter(String actor, String action, Instant from, Instant to) {

        public static final Filter ANY = new Filter(null, null, null, null);
    }

    /** The latest entries about one thing, newest first. */
    public List<Entry> history(String entityType, Object entityId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 WHERE a.entity_type = :type AND a.entity_id = :id ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit""")
                .param("type", entityType)
                .param("id", entityId.toString())
                .param("limit", limit)
                .query(entry)
                .list();
    }

    /** One page of all entries, newest first. */
    public List<Entry> latest(int page, int size) {
        return find(Filter.ANY, (long) page * size, size);
    }

    /** The entries {@code filter} lets through, newest first, from {@code offset}, at most {@code limit}. */
    public List<Entry> find(Filter filter, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        var spec = jdbc.sql("SELECT " + COLUMNS + where
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(entry).list();
    }

    /** How many entries {@code filter} lets through. */
    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        var spec = jdbc.sql("SELECT COUNT(*) FROM audit_entry a" + where(filter, params));
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    /**
     * Every action the log holds, each found by one index seek (a loose index scan) rather than by
     * reading the whole log.
     */
    public List<String> actions() {
        List<String> actions = new ArrayList<>();
        String next = jdbc.sql("SELECT MIN(action) FROM audit_entry")
                .query(String.class)
                .optional()
                .orElse(null);
        while (next != null && actions.size() < 500) {
            actions.add(next);
            next = jdbc.sql("SELECT MIN(action) FROM audit_entry WHERE action > :last")
                    .param("last", next)
                    .query(String.class)
                    .optional()
                    .orElse(null);
        }
        return actions;
    }

    /**
     * The people who may appear in the log by their usernames, with their display names, ordered
     * by name.
     */
    public Map<String, String> people() {
        Map<String, String> people = new LinkedHashMap<>();
        jdbc.sql("SELECT username, display_name FROM app_user ORDER BY COALESCE(display_name, username), username")
                .query((rs, n) -> Map.entry(
                        rs.getString(1),
                        rs.getString(2) == null || rs.getString(2).isBlank() ? rs.getString(1) : rs.getString(2)))
                .list()
                .forEach(e -> people.put(e.getKey(), e.getValue()));
        return people;
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("a.actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("a.action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("a.occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("a.occurred_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                words(rs.getString(9)));
    }

    /** The username of whoever is acting now, or {@value #SYSTEM}. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static List<Object> stored(Object[] words) {
        return Arrays.stream(words).map(AuditLog::stored).toList();
    }

    private static Object stored(Object word) {
        if (word == null) {
            return "";
        }
        if (word instanceof MessageSourceResolvable key) {
            return key.getArguments() == null || key.getArguments().length == 0
                    ? Map.of("key", key.getCodes()[0])
                    : Map.of("key", key.getCodes()[0], "args", stored(key.getArguments()));
        }
        return word instanceof Number ? word : word.toString();
    }

    private List<Object> words(String stored) {
        if (stored == null) {
            return null;
        }
        List<?> words = json.readValue(stored, List.class);
        return words.stream().map(AuditLog::read).toList();
    }

    private static Object read(Object stored) {
        if (stored instanceof Map<?, ?> key) {
            Object[] args = key.get("args") instanceof List<?> list
                    ? list.stream().map(AuditLog::read).toArray()
                    : new Object[0];
            return word(String.valueOf(key.get("key")), args);
        }
        return stored;
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
