package org.clientela.platform;

import java.util.List;

/**
 * A module's settings on the admin settings page, as a section of it. Modules declare a bean of
 * this type with their settings and the property values as defaults; several beans with the same
 * {@link #name()} make one section, in {@link #order()}. Modules read the values through
 * {@link BusinessSettings}.
 */
public interface SettingGroup {

    /** The section, whose heading is the message {@code settings.group.<name>}. */
    String name();

    /** Where the section (and this bean's settings within it) go: lower first. */
    int order();

    List<SettingDefinition> settings();
}
