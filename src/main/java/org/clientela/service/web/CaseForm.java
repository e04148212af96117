package org.clientela.service.web;

/**
 * What the form of a new case and the form of a changed case both say: its priority, owner,
 * subject and description, bound from the request under the same names.
 */
abstract class CaseForm {
    private String priority;
    private String owner;
    private String subject;
    private String description;

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
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
}
