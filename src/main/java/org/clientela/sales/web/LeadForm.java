package org.clientela.sales.web;

/**
 * What a visitor writes on the public form. {@code website} is the field people never see (a robot
 * fills it), {@code token} the signed moment the form was shown, {@code page} the page it was sent
 * from; the marketing consent is not given until the visitor ticks it.
 */
public class LeadForm {

    private String company;
    private String name;
    private String email;
    private String phone;
    private String message;
    private boolean marketingConsent;
    private String website;
    private String token;
    private String page;

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
