package org.clientela.sales.internal.figures;

/** A campaign as a filter offers it. */
public record CampaignChoice(long id, String name, String strategy) {}
