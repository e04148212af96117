package org.clientela.service.web;

/** An internal note, or what the customer was told. */
class CaseNoteForm {
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
