package org.clientela.platform.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.SettingDefinition;
import org.clientela.platform.SettingsStore;
import org.clientela.platform.WeekHours;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin settings page: every setting a module declares, with its value in use and the default
 * of application.properties. Opening hours are a row per weekday, shares are percentages, the SMTP
 * password is never shown (left empty, it stays as it is).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsPages {

    static final String VIEW = "platform/settings";

    private final SettingsStore store;
    private final MessageSource messages;

    SettingsPages(SettingsStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/settings")
    String show(Model model) {
        SettingsStore.View view = store.view();
        return page(model, view, shown(view), Map.of());
    }

    @PostMapping("/settings")
    String save(
            @RequestParam MultiValueMap<String, String> form, Model model, Locale locale, RedirectAttributes redirect) {
        SettingsStore.View view = store.view();
        Map<String, String> entered = new HashMap<>();
        form.forEach((name, values) -> entered.put(name, values.isEmpty() ? "" : values.get(0)));
        Map<String, String> changes = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        for (SettingsStore.Section section : view.sections()) {
            for (SettingsStore.Entry entry : section.entries()) {
                read(entry.definition(), entered, changes, errors);
            }
        }
        long version;
        try {
            version = Long.parseLong(entered.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = -1;
        }
        errors.addAll(store.check(changes));
        try {
            if (errors.isEmpty()) {
                store.update(version, changes);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/settings";
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        } catch (SettingsStore.Conflict e) {
            SettingsStore.View now = store.view();
            model.addAttribute("conflict", true);
            return page(model, now, shown(now), Map.of());
        }
        Map<String, String> said = new HashMap<>();
        errors.forEach(error -> said.putIfAbsent(
                error.field(), messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale)));
        entered.keySet().removeIf(this::isSecret);
        entered.put("version", Long.toString(version));
        return page(model, view, entered, said);
    }

    private boolean isSecret(String name) {
        return store.declares(name) && store.definition(name).kind() == SettingDefinition.Kind.SECRET;
    }

    /** Reads one setting from the form into {@code changes}, or what is wrong with it into {@code errors}. */
    private void read(
            SettingDefinition setting, Map<String, String> form, Map<String, String> changes, List<InputError> errors) {
        String key = setting.key();
        switch (setting.kind()) {
            case SECRET -> {
                String secret = form.getOrDefault(key, "");
                if ("on".equals(form.get(key + ".forget"))) {
                    changes.put(key, "");
                } else if (!secret.isEmpty()) {
                    changes.put(key, secret);
                }
            }
            case WEEK_HOURS -> weekHours(key, form, changes, errors);
            case SHARE -> {
                String percent = form.get(key);
                if (percent != null) {
                    try {
                        changes.put(
                                key,
                                percent.isBlank()
                                        ? percent
                                        : new BigDecimal(percent.strip().replace(',', '.'))
                                                .movePointLeft(2)
                                                .toPlainString());
                    } catch (NumberFormatException e) {
                        changes.put(key, percent);
                    }
                }
            }
            default -> {
                if (form.containsKey(key)) {
                    changes.put(key, form.get(key));
                }
            }
        }
    }

    private void weekHours(String key, Map<String, String> form, Map<String, String> changes, List<InputError> errors) {
        if (!form.containsKey(key + "." + DayOfWeek.MONDAY + ".opens")) {
            return;
        }
        List<String> groups = new ArrayList<>();
        boolean wrong = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            String opens = form.getOrDefault(key + "." + day + ".opens", "").strip();
            String closes = form.getOrDefault(key + "." + day + ".closes", "").strip();
            if (opens.isEmpty() && closes.isEmpty()) {
                continue;
            }
            try {
                var span = new WeekHours.Span(LocalTime.parse(opens), LocalTime.parse(closes));
                groups.add(day.name().substring(0, 3) + " " + span);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                errors.add(InputError.field(key + "." + day, "settings.error.day"));
                wrong = true;
            }
        }
        if (groups.isEmpty() && !wrong) {
            errors.add(InputError.field(key, "settings.error.hours"));
        } else if (!wrong) {
            changes.put(key, String.join("; ", groups));
        }
    }

    /** The form's values for the settings in use: hours by day, shares in percent, no password. */
    private static Map<String, String> shown(SettingsStore.View view) {
        Map<String, String> values = new HashMap<>();
        values.put("version", Long.toString(view.version()));
        for (SettingsStore.Section section : view.sections()) {
            for (SettingsStore.Entry entry : section.entries()) {
                SettingDefinition setting = entry.definition();
                switch (setting.kind()) {
                    case SECRET -> {}
                    case SHARE -> values.put(setting.key(), percent(entry.value()));
                    case WEEK_HOURS -> {
                        WeekHours hours = WeekHours.parse(entry.value());
                        for (DayOfWeek day : DayOfWeek.values()) {
                            hours.on(day).ifPresent(span -> {
                                values.put(
                                        setting.key() + "." + day + ".opens",
                                        span.opens().toString());
                                values.put(
                                        setting.key() + "." + day + ".closes",
                                        span.closes().toString());
                            });
                        }
                    }
                    default -> values.put(setting.key(), entry.value());
                }
            }
        }
        return values;
    }

    static String percent(String share) {
        return new BigDecimal(share).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private String page(Model model, SettingsStore.View view, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("days", DayOfWeek.values());
        Map<String, String> defaults = new HashMap<>();
        for (SettingsStore.Section section : view.sections()) {
            for (SettingsStore.Entry entry : section.entries()) {
                SettingDefinition setting = entry.definition();
                String value = setting.defaultValue();
                defaults.put(
                        setting.key(), setting.kind() == SettingDefinition.Kind.SHARE ? percent(value) + " %" : value);
            }
        }
        model.addAttribute("defaults", defaults);
        return VIEW;
    }
}
