package org.clientela.sales.web;

import org.clientela.sales.internal.targeting.SizeBand;

/** A size band's names and limits, as the targeting page edits them. */
public class SizeBandForm {

    private String code;
    private String nameEs;
    private String nameEn;
    private Integer minEmployees;
    private Integer maxEmployees;

    static SizeBandForm of(SizeBand band) {
        SizeBandForm form = new SizeBandForm();
        form.code = band.code();
        form.nameEs = band.nameEs();
        form.nameEn = band.nameEn();
        form.minEmployees = band.minEmployees();
        form.maxEmployees = band.maxEmployees();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getMinEmployees() {
        return minEmployees;
    }

    public void setMinEmployees(Integer minEmployees) {
        this.minEmployees = minEmployees;
    }

    public Integer getMaxEmployees() {
        return maxEmployees;
    }

    public void setMaxEmployees(Integer maxEmployees) {
        this.maxEmployees = maxEmployees;
    }
}
