package org.clientela.sales.internal.leads;

/**
 * What a visitor sent through the public form, with what they were shown next to the consent box
 * ({@code shownText}, in {@code language}) and the page they sent it from.
 */
public record NewLead(
        String company,
        String name,
        String email,
        String phone,
        String message,
        boolean marketingConsent,
        String language,
        String shownText,
        String page) {

    public static final int COMPANY_MAX = 200;
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 320;
    public static final int PHONE_MAX = 40;
    public static final int MESSAGE_MAX = 4000;
    public static final int PAGE_MAX = 500;
}
