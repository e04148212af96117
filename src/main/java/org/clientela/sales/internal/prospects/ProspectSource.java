package org.clientela.sales.internal.prospects;

/** Where a prospect came from: a bought or built list, the web form, a referral, an event, a cold call. */
public enum ProspectSource {
    LIST,
    WEB_FORM,
    REFERRAL,
    EVENT,
    COLD,
    OTHER
}
