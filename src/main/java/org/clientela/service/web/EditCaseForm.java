package org.clientela.service.web;

/** Changing a case read at {@code version}. */
class EditCaseForm {
    private Long version;
    private String priority;
    private String owner;
    private String subject;
    private String description;
    private Integer updateEveryDays;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

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

    public Integer getUpdateEveryDays() {
        return updateEveryDays;
    }

    public void setUpdateEveryDays(Integer updateEveryDays) {
        this.updateEveryDays = updateEveryDays;
    }
}
