package org.clientela.sales.web;

import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.targeting.TargetingChanges;
import org.clientela.sales.internal.targeting.TargetingRule;

/** A cell of the targeting matrix on its page: a new one, or an existing rule being edited. */
public class TargetingRuleForm {

    private Long id;
    private Long version;
    private Strategy strategy = Strategy.TOP_DOWN;
    private String sectorCode = TargetingRule.ANY;
    private String sizeBandCode = TargetingRule.ANY;
    private String titleEs;
    private String titleEn;

    static TargetingRuleForm of(TargetingRule rule) {
        TargetingRuleForm form = new TargetingRuleForm();
        form.id = rule.id();
        form.version = rule.version();
        form.strategy = rule.strategy();
        form.sectorCode = rule.sectorCode();
        form.sizeBandCode = rule.sizeBandCode();
        form.titleEs = rule.titleEs();
        form.titleEn = rule.titleEn();
        return form;
    }

    TargetingChanges.Cell cell() {
        return new TargetingChanges.Cell(id, version, strategy, sectorCode, sizeBandCode, titleEs, titleEn);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public void setStrategy(Strategy strategy) {
        this.strategy = strategy;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getSizeBandCode() {
        return sizeBandCode;
    }

    public void setSizeBandCode(String sizeBandCode) {
        this.sizeBandCode = sizeBandCode;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }
}
