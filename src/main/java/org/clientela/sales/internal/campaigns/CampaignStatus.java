package org.clientela.sales.internal.campaigns;

/** Where a campaign stands: being prepared, running, or over. */
public enum CampaignStatus {
    PLANNED,
    ACTIVE,
    FINISHED
}
