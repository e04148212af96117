package org.clientela.service.internal.publicpromises;

/** Where a public promise is made: what a customer may have read before holding us to it. */
public enum PublishedIn {
    WEB,
    SHOP_WINDOW,
    CATALOGUE,
    ADVERTISING,
    SOCIAL_MEDIA,
    CONTRACT,
    OTHER
}
