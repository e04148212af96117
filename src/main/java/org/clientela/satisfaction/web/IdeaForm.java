package org.clientela.satisfaction.web;

import java.time.LocalDate;
import org.clientela.platform.CleanText;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas.IdeaChange;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas.NewIdea;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaChannel;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of an idea: the short one on the customer page (text, area, channel) and the whole one
 * of its page, where its owner moves it on and records the answer given.
 */
public class IdeaForm {

    private Long customerId;

    @CleanText(max = Idea.TEXT_MAX, lines = true)
    private String text;

    private IdeaArea area = IdeaArea.PRODUCT;
    private IdeaChannel channel = IdeaChannel.PHONE;

    @CleanText(max = Idea.OWNER_MAX)
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpOn;

    private IdeaStatus status;

    @CleanText(max = Idea.ANSWER_MAX, lines = true)
    private String answer;

    private Long version;

    /** {@code customer}: go back to the customer's page once saved. */
    private String back;

    static IdeaForm of(Idea idea) {
        IdeaForm form = new IdeaForm();
        form.customerId = idea.customerId();
        form.text = idea.text();
        form.area = idea.area();
        form.channel = idea.channel();
        form.owner = idea.owner();
        form.followUpOn = idea.followUpOn();
        form.status = idea.status();
        form.answer = idea.answer();
        form.version = idea.version();
        return form;
    }

    NewIdea newIdea() {
        return new NewIdea(customerId, text, area, channel, owner, followUpOn);
    }

    IdeaChange change() {
        return new IdeaChange(version == null ? -1 : version, text, area, channel, owner, status, followUpOn, answer);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public IdeaArea getArea() {
        return area;
    }

    public void setArea(IdeaArea area) {
        this.area = area;
    }

    public IdeaChannel getChannel() {
        return channel;
    }

    public void setChannel(IdeaChannel channel) {
        this.channel = channel;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public void setStatus(IdeaStatus status) {
        this.status = status;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
