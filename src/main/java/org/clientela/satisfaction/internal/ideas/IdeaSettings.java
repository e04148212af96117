package org.clientela.satisfaction.internal.ideas;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of customers' ideas ({@code clientela.satisfaction.ideas.*}).
 *
 * @param followUpDays days from logging an idea to its first follow-up, when none is given
 */
@ConfigurationProperties("clientela.satisfaction.ideas")
public record IdeaSettings(@DefaultValue("14") int followUpDays) {}
