package org.clientela.service.web;

/** A new case, as the case list binds it from the request: a plain object, never the aggregate. */
class NewCaseForm extends CaseForm {
    private Long customerId;
    private String type = "COMPLAINT";
    private String channel = "PHONE";
    private String reason;

    NewCaseForm() {
        setPriority("NORMAL");
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
