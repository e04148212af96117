package org.clientela.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The settings of the settings page, kept in {@code business_setting}: what each module declares
 * ({@link SettingGroup}), what is stored, and changes to it, each audited and guarded against a
 * second admin saving over the first.
 *
 * <p>Reading a setting costs one primary-key read of the settings' version (at most once per web
 * request): the stored values are kept with the version they were read at and read again only when
 * another instance or request has raised it, so no instance works with a stale value.
 *
 * <p>Long because reading, the page's view and the
 * guarded update all work on the same snapshot and version, and splitting them would share that cache
 * between classes; a third of the lines are the records the page and the API show.
 */
@Component
public class SettingsStore implements BusinessSettings {

    /** The request attribute that holds a {@link Memo} while a web request is served. */
    public static final String MEMO = SettingsStore.class.getName() + ".memo";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final List<SettingGroup> groups;
    private volatile Map<String, SettingDefinition> definitions;
    private volatile Snapshot cached = new Snapshot(-1, Map.of());

    /** The stored values as of {@code version}. */
    record Snapshot(long version, Map<String, String> values) {}

    /** One section of the page. */
    public record Section(String name, List<Entry> entries) {}

    /**
     * One setting as the page and the API show it.
     *
     * @param value  the value in use; {@code null} for a password
     * @param stored whether a value is stored (otherwise the default is in use)
     * @param set    for a password: whether one is in use
     */
    public record Entry(SettingDefinition definition, String value, boolean stored, boolean set) {
        public boolean secret() {
            return definition.kind() == SettingDefinition.Kind.SECRET;
        }
    }

    /**
     * The settings as first read in one web request, so that a page that formats a hundred amounts
     * reads the version once; put in the request by a filter, for that request only.
     */
    public static final class Memo {
        private Snapshot snapshot;
    }

    /** All settings, by section, at {@code version}. */
    public record View(long version, List<Section> sections) {}

    /** Another admin saved the settings after this one read them. */
    public static class Conflict extends OptimisticLockingFailureException {
        Conflict() {
            super("The settings were changed by someone else");
        }
    }

    SettingsStore(JdbcClient jdbc, AuditLog audit, Clock clock, List<SettingGroup> groups) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.groups = groups.stream()
                .sorted(Comparator.comparingInt(SettingGroup::order))
                .toList();
    }

    @Override
    public String value(String key) {
        SettingDefinition setting = definition(key);
        String stored = snapshot().values().get(key);
        return stored != null ? stored : setting.defaultValue();
    }

    /** The declared setting {@code key}. */
    public SettingDefinition definition(String key) {
        SettingDefinition setting = definitions().get(key);
        if (setting == null) {
            throw new IllegalArgumentException("No setting " + key);
        }
        return setting;
    }

    public boolean declares(String key) {
        return definitions().containsKey(key);
    }

    /** Every setting with its value in use, by section (passwords not shown). */
    @Transactional(readOnly = true)
    public View view() {
        Snapshot now = read();
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        for (SettingGroup group : groups) {
            List<Entry> entries = sections.computeIfAbsent(group.name(), name -> new ArrayList<>());
            for (SettingDefinition setting : group.settings()) {
                String stored = now.values().get(setting.key());
                String value = stored != null ? stored : setting.defaultValue();
                boolean secret = setting.kind() == SettingDefinition.Kind.SECRET;
                entries.add(new Entry(setting, secret ? null : value, stored != null, !value.isEmpty()));
            }
        }
        return new View(
                now.version(),
                sections.entrySet().stream()
                        .map(e -> new Section(e.getKey(), List.copyOf(e.getValue())))
                        .toList());
    }

    /**
     * Saves changes made to the settings as they were at {@code version}. A value of {@code null}
     * goes back to the default; a key not in {@code changes} stays as it is. Every setting that
     * changes gets an audit entry (for a password only that it was set or removed).
     *
     * @return the version after the change
     * @throws InvalidInputException when a key is unknown or a value wrong (all of them listed)
     * @throws Conflict              when someone saved the settings since {@code version}
     */
    @Transactional
    public long update(long version, Map<String, String> changes) {
        Map<String, String> checked = new LinkedHashMap<>();
        List<InputError> errors = check(changes, checked);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Snapshot before = read();
        if (before.version() != version) {
            throw new Conflict();
        }
        Map<String, String> changed = new LinkedHashMap<>();
        checked.forEach((key, value) -> {
            if (!Objects.equals(before.values().get(key), value)) {
                changed.put(key, value);
            }
        });
        if (changed.isEmpty()) {
            return version;
        }
        int raised = jdbc.sql(
                        "UPDATE business_settings_version SET version = version + 1 WHERE id = 1 AND version = :v")
                .param("v", version)
                .update();
        if (raised == 0) {
            throw new Conflict();
        }
        changed.forEach((key, value) -> save(definition(key), before.values().get(key), value));
        forget();
        return version + 1;
    }

    /** What is wrong with {@code changes} (nothing when empty), saving nothing. */
    public List<InputError> check(Map<String, String> changes) {
        return check(changes, new LinkedHashMap<>());
    }

    /** Checks {@code changes}, putting each right one into {@code checked} as it would be stored. */
    private List<InputError> check(Map<String, String> changes, Map<String, String> checked) {
        List<InputError> errors = new ArrayList<>();
        changes.forEach((key, text) -> {
            SettingDefinition setting = definitions().get(key);
            if (setting == null) {
                errors.add(InputError.field(key, "settings.error.unknown"));
            } else if (text == null) {
                checked.put(key, null);
            } else {
                SettingCheck.Result result = SettingCheck.check(setting, text);
                if (result.error() != null) {
                    errors.add(result.error());
                } else {
                    checked.put(key, result.value().equals(setting.defaultValue()) ? null : result.value());
                }
            }
        });
        return errors;
    }

    private void save(SettingDefinition setting, String oldStored, String newStored) {
        if (newStored == null) {
            jdbc.sql("DELETE FROM business_setting WHERE setting_key = :key")
                    .param("key", setting.key())
                    .update();
        } else {
            var at = Timestamp.from(clock.instant());
            int updated = jdbc.sql("""
                    UPDATE business_setting SET setting_value = :value, changed_at = :at, changed_by = :by
                     WHERE setting_key = :key""")
                    .param("key", setting.key())
                    .param("value", newStored)
                    .param("at", at)
                    .param("by", AuditLog.currentActor())
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO business_setting (setting_key, setting_value, changed_at, changed_by)
                        VALUES (:key, :value, :at, :by)""")
                        .param("key", setting.key())
                        .param("value", newStored)
                        .param("at", at)
                        .param("by", AuditLog.currentActor())
                        .update();
            }
        }
        String oldValue = oldStored != null ? oldStored : setting.defaultValue();
        String newValue = newStored != null ? newStored : setting.defaultValue();
        if (setting.kind() == SettingDefinition.Kind.SECRET) {
            // Never the password itself: only whether one is in use.
            audit.record(
                    "SETTING_CHANGED",
                    "setting",
                    setting.key(),
                    setting.key() + ": " + (newValue.isEmpty() ? "removed" : "set"),
                    null,
                    null,
                    label(setting),
                    AuditLog.word(newValue.isEmpty() ? "audit.setting.secretRemoved" : "audit.setting.secretSet"));
        } else {
            audit.record(
                    "SETTING_CHANGED",
                    "setting",
                    setting.key(),
                    setting.key() + ": " + shown(oldValue) + " → " + shown(newValue),
                    Map.of("value", oldValue),
                    Map.of("value", newValue),
                    label(setting),
                    shown(oldValue) + " → " + shown(newValue));
        }
    }

    /** The setting's name as the settings page shows it, for the change log's sentence. */
    private static Object label(SettingDefinition setting) {
        return AuditLog.word("settings." + setting.key() + ".label");
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }

    /** The stored values, read again only when their version changed (at most once per web request). */
    private Snapshot snapshot() {
        Memo memo = memo();
        if (memo == null) {
            return read();
        }
        if (memo.snapshot == null) {
            memo.snapshot = read();
        }
        return memo.snapshot;
    }

    private static Memo memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST) instanceof Memo memo
                ? memo
                : null;
    }

    private Snapshot read() {
        long version = jdbc.sql("SELECT version FROM business_settings_version WHERE id = 1")
                .query(Long.class)
                .single();
        Snapshot known = cached;
        if (known.version() == version) {
            return known;
        }
        Map<String, String> values = new HashMap<>();
        jdbc.sql("SELECT setting_key, setting_value FROM business_setting")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        // The values may be newer than version (a change committed between the two reads): then
        // the next read sees a higher version and reads them again.
        Snapshot fresh = new Snapshot(version, Map.copyOf(values));
        cached = fresh;
        return fresh;
    }

    private void forget() {
        cached = new Snapshot(-1, Map.of());
        Memo memo = memo();
        if (memo != null) {
            memo.snapshot = null;
        }
    }

    private Map<String, SettingDefinition> definitions() {
        Map<String, SettingDefinition> known = definitions;
        if (known == null) {
            Map<String, SettingDefinition> all = new LinkedHashMap<>();
            groups.forEach(group -> group.settings().forEach(s -> all.put(s.key(), s)));
            known = Map.copyOf(all);
            definitions = known;
        }
        return known;
    }
}
