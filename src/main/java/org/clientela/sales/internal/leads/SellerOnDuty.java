package org.clientela.sales.internal.leads;

import java.util.List;
import java.util.Optional;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.Role;
import org.clientela.platform.SettingDefinition;
import org.clientela.platform.SettingGroup;
import org.clientela.platform.UserDirectory;
import org.clientela.platform.UserProfiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who gets the leads of the public form: the seller on duty of the settings page when that is an
 * active user; else the first active seller by name; else the admin created first, so that a lead
 * always has someone to call it back.
 */
@Configuration
public class SellerOnDuty {

    static final String SETTING = "sales.lead.seller-on-duty";

    private final BusinessSettings settings;
    private final UserDirectory users;
    private final UserProfiles profiles;

    SellerOnDuty(BusinessSettings settings, UserDirectory users, UserProfiles profiles) {
        this.settings = settings;
        this.users = users;
        this.profiles = profiles;
    }

    @Bean
    static SettingGroup leadSettingGroup() {
        return SettingDefinition.group(
                "leads", 60, List.of(SettingDefinition.of(SETTING, SettingDefinition.Kind.LOGIN, "")));
    }

    /** The username of the seller on duty now, or empty when the business has no active seller nor admin. */
    public Optional<String> now() {
        String chosen = settings.value(SETTING).strip();
        if (!chosen.isEmpty() && users.isActive(chosen)) {
            return Optional.of(chosen);
        }
        return users.activePeople().stream()
                .map(UserDirectory.Person::username)
                .filter(username -> profiles.find(username)
                        .map(p -> p.roles().contains(Role.SALES))
                        .orElse(false))
                .findFirst()
                .or(users::firstActiveAdmin);
    }
}
