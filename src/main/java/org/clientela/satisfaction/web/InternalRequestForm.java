package org.clientela.satisfaction.web;

import org.clientela.satisfaction.internal.requests.NewInternalRequest;

/** The new-request form, as typed. */
public class InternalRequestForm {

    private String toDepartment;
    private String type = "REQUEST";
    private String priority = "NORMAL";
    private String subject;
    private String description;
    private boolean customerAffected;
    private Long customerId;

    NewInternalRequest request() {
        return new NewInternalRequest(
                toDepartment, type, priority, subject, description, customerAffected || customerId != null, customerId);
    }

    public String getToDepartment() {
        return toDepartment;
    }

    public void setToDepartment(String toDepartment) {
        this.toDepartment = toDepartment;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isCustomerAffected() {
        return customerAffected;
    }

    public void setCustomerAffected(boolean customerAffected) {
        this.customerAffected = customerAffected;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
