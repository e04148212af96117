package org.clientela.satisfaction.internal.gestures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the gestures ledger ({@code clientela.satisfaction.gestures.*}).
 *
 * @param effectWindowDays days after a gesture in which a purchase counts as a return
 */
@ConfigurationProperties("clientela.satisfaction.gestures")
public record GestureSettings(@DefaultValue("90") int effectWindowDays) {}
