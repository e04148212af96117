package org.clientela.sales.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.CleanText;
import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.campaigns.CampaignStatus;
import org.clientela.sales.internal.campaigns.Strategy;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form. */
public class CampaignForm {

    private Long version;

    @CleanText(max = Campaign.NAME_MAX)
    private String name;

    private Strategy strategy = Strategy.TOP_DOWN;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private CampaignStatus status = CampaignStatus.PLANNED;

    @CleanText(max = Campaign.NOTES_MAX, lines = true)
    private String notes;

    private List<String> sectors = new ArrayList<>();
    private List<String> sizeBands = new ArrayList<>();
    private List<String> sellers = new ArrayList<>();

    static CampaignForm of(Campaign c) {
        CampaignForm form = new CampaignForm();
        form.version = c.version();
        form.name = c.name();
        form.strategy = c.strategy();
        form.startsOn = c.startsOn();
        form.endsOn = c.endsOn();
        form.status = c.status();
        form.notes = c.notes();
        form.sectors = new ArrayList<>(c.sectors());
        form.sizeBands = new ArrayList<>(c.sizeBands());
        form.sellers = new ArrayList<>(c.sellers());
        return form;
    }

    Campaign campaign(Long id) {
        return new Campaign(
                id,
                name == null ? null : name.strip(),
                strategy,
                status,
                startsOn,
                endsOn,
                notes,
                sectors,
                sizeBands,
                sellers,
                version == null ? 0 : version);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public void setStrategy(Strategy strategy) {
        this.strategy = strategy;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors;
    }

    public List<String> getSizeBands() {
        return sizeBands;
    }

    public void setSizeBands(List<String> sizeBands) {
        this.sizeBands = sizeBands;
    }

    public List<String> getSellers() {
        return sellers;
    }

    public void setSellers(List<String> sellers) {
        this.sellers = sellers;
    }
}
