package org.clientela.privacy.web;

/**
 * The card's small form: one answer of the customer, where it came from and the words they were
 * shown. Plain strings, so that a bad value comes back to the form with its message instead of a
 * binding error; {@link ConsentApi#consent} checks them as the API does.
 */
public class ConsentForm {

    private String channel = "EMAIL";
    private String purpose = "MARKETING";
    private String status = "GRANTED";
    private String source = "IN_PERSON";
    private String legalBasis = "CONSENT";
    private String text;

    ConsentApi.ConsentBody body() {
        return new ConsentApi.ConsentBody(channel, purpose, status, source, legalBasis, text);
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
