package org.clientela.platform.web;

import java.util.List;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.SettingsStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The settings of the settings page (admins only). A change names the version it was made on:
 * when someone saved the settings since, it is refused with 409 and nothing is written.
 */
@RestController
@RequestMapping("/api/v1/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsApi {

    private final SettingsStore store;

    SettingsApi(SettingsStore store) {
        this.store = store;
    }

    /**
     * One setting.
     *
     * @param value        the value in use ({@code null} for the SMTP password, which is never shown)
     * @param defaultValue the value of application.properties, in use while nothing is stored
     * @param stored       whether a value is stored
     * @param set          for the password: whether one is in use
     */
    record SettingResponse(
            String key, String section, String kind, String value, String defaultValue, boolean stored, Boolean set) {}

    /** @param version give it back with a change */
    record SettingsResponse(long version, List<SettingResponse> settings) {}

    /**
     * @param version the version the change was made on
     * @param values  the settings to change: a value, or {@code null} to go back to the default;
     *                settings not named stay as they are
     */
    record SettingsChange(Long version, Map<String, String> values) {}

    @GetMapping
    SettingsResponse get() {
        return response(store.view());
    }

    @PutMapping
    SettingsResponse put(@RequestBody SettingsChange change) {
        if (change.version() == null) {
            throw new InvalidInputException(InputError.field("version", "settings.error.version"));
        }
        store.update(change.version(), change.values() == null ? Map.of() : change.values());
        return response(store.view());
    }

    private static SettingsResponse response(SettingsStore.View view) {
        return new SettingsResponse(
                view.version(),
                view.sections().stream()
                        .flatMap(section -> section.entries().stream()
                                .map(e -> new SettingResponse(
                                        e.definition().key(),
                                        section.name(),
                                        e.definition().kind().name(),
                                        e.value(),
                                        e.secret() ? null : e.definition().defaultValue(),
                                        e.stored(),
                                        e.secret() ? e.set() : null)))
                        .toList());
    }
}
