package org.clientela.service.web;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** A promise made in the case; the due moment in the business's time zone. */
class CasePromiseForm {
    private String kind = "CALL_BACK";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime dueAt;

    private String description;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
