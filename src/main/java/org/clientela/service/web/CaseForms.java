package org.clientela.service.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the case pages: plain objects bound from the request, never the aggregate itself. */
final class CaseForms {

    private CaseForms() {}

    /** A new case. */
    static class NewCase {
        private Long customerId;
        private String type = "COMPLAINT";
        private String channel = "PHONE";
        private String reason;
        private String priority = "NORMAL";
        private String owner;
        private String subject;
        private String description;

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

    /** Changing a case read at {@code version}. */
    static class EditCase {
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

    /** An internal note, or what the customer was told. */
    static class Note {
        private String kind = "TOLD_CUSTOMER";
        private String body;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /** A concession: something given to the customer to put things right. */
    static class Concession {
        private String kind = "VOUCHER";
        private BigDecimal amount;
        private String note;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** Resolving a case read at {@code version}. */
    static class Resolve {
        private Long version;
        private String resolution = "IN_FAVOUR";
        private String explanation;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getResolution() {
            return resolution;
        }

        public void setResolution(String resolution) {
            this.resolution = resolution;
        }

        public String getExplanation() {
            return explanation;
        }

        public void setExplanation(String explanation) {
            this.explanation = explanation;
        }
    }

    /** A promise made in the case; the due moment in the business's time zone. */
    static class Promise {
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
}
