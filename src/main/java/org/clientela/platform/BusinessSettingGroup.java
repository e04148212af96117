package org.clientela.platform;

import java.util.List;
import org.springframework.stereotype.Component;

/** The business's time zone and currency on the settings page ({@code clientela.*} as defaults). */
@Component
class BusinessSettingGroup implements SettingGroup {

    private final ClientelaSettings properties;

    BusinessSettingGroup(ClientelaSettings properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "business";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.of(
                        BusinessSettings.TIME_ZONE,
                        SettingDefinition.Kind.TIME_ZONE,
                        properties.timeZone().getId()),
                SettingDefinition.of(
                        BusinessSettings.CURRENCY,
                        SettingDefinition.Kind.CURRENCY,
                        properties.currency().getCurrencyCode()));
    }
}
