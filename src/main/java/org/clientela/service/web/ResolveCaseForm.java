package org.clientela.service.web;

/** Resolving a case read at {@code version}. */
class ResolveCaseForm {
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
