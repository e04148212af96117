package org.clientela.service.web;

import java.util.ArrayList;
import java.util.List;
import org.clientela.service.internal.publicpromises.PublicPromise;

/** The public promise form's fields, as typed; {@code version} is the one read (empty for a new promise). */
class PublicPromiseForm {
    private Long version;
    private String kind;
    private String statement;
    private String targetAmount;
    private String targetUnit;
    private String openingHours;
    private String channel;
    private List<String> publishedIn = new ArrayList<>();
    private boolean active = true;

    static PublicPromiseForm of(PublicPromise p) {
        PublicPromiseForm f = new PublicPromiseForm();
        f.version = p.version();
        f.kind = p.kind().name();
        f.statement = p.statement();
        f.targetAmount = p.targetAmount() == null ? null : p.targetAmount().toString();
        f.targetUnit = p.targetUnit() == null ? null : p.targetUnit().name();
        f.openingHours = p.openingHours();
        f.channel = p.channel() == null ? null : p.channel().name();
        f.publishedIn = new ArrayList<>(p.publishedIn().stream().map(Enum::name).toList());
        f.active = p.active();
        return f;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getTargetAmount() {
        return targetAmount;
    }

    public void setTargetAmount(String targetAmount) {
        this.targetAmount = targetAmount;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(String targetUnit) {
        this.targetUnit = targetUnit;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public List<String> getPublishedIn() {
        return publishedIn;
    }

    public void setPublishedIn(List<String> publishedIn) {
        this.publishedIn = publishedIn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
