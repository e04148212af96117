package org.clientela.service.web;

/** Changing a case read at {@code version}. */
class EditCaseForm extends CaseForm {
    private Long version;
    private Integer updateEveryDays;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Integer getUpdateEveryDays() {
        return updateEveryDays;
    }

    public void setUpdateEveryDays(Integer updateEveryDays) {
        this.updateEveryDays = updateEveryDays;
    }
}
