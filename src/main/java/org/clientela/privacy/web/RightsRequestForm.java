package org.clientela.privacy.web;

import java.time.LocalDate;
import org.clientela.platform.CleanText;
import org.clientela.privacy.internal.requests.RequestChannel;
import org.clientela.privacy.internal.requests.RequestKind;
import org.clientela.privacy.internal.requests.RightsRequest;
import org.clientela.privacy.internal.requests.RightsRequests;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that registers a rights request. */
public class RightsRequestForm {

    private RequestKind kind = RequestKind.ACCESS;
    private Long customerId;

    @CleanText(max = RightsRequest.MAX_NAME)
    private String requesterName;

    @CleanText(max = RightsRequest.MAX_CONTACT)
    private String contact;

    private RequestChannel channel = RequestChannel.EMAIL;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    private String handler;

    @CleanText(max = RightsRequest.MAX_TEXT, lines = true)
    private String details;

    RightsRequests.NewRequest newRequest() {
        return new RightsRequests.NewRequest(
                kind, customerId, requesterName, contact, channel, receivedOn, handler, details);
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
