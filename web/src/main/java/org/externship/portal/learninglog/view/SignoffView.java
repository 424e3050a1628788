package org.externship.portal.learninglog.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.SignoffItem;
import org.externship.portal.learninglog.boundary.Signoffs;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * attending/signoffs.xhtml: the log entries of the attending's externs that await their sign-off; verify one, several
 * or all at once, or return one with what to change.
 */
@Named
@ViewScoped
public class SignoffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Signoffs signoffs;

    @Inject
    Feedback feedback;

    private List<SignoffItem> items = List.of();
    private List<SignoffItem> selected = new ArrayList<>();
    private Long returning;
    private String comment;

    @PostConstruct
    void load() {
        items = signoffs.awaiting();
        selected = new ArrayList<>();
    }

    public void verifySelected() {
        if (selected.isEmpty()) {
            feedback.errorText(feedback.text("signoff.noneSelected"));
            return;
        }
        try {
            int verified = signoffs.verify(selected.stream().map(item -> item.entry().id()).toList());
            feedback.info("signoff.verified", verified);
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    public void verify(long entryId) {
        try {
            signoffs.verify(List.of(entryId));
            feedback.info("signoff.verified", 1);
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    /** Opens the return form under entry {@code entryId}. */
    public void startReturn(long entryId) {
        returning = entryId;
        comment = null;
    }

    public void cancelReturn() {
        returning = null;
        comment = null;
    }

    public void sendBack() {
        try {
            signoffs.sendBack(returning, comment);
            feedback.info("signoff.returned");
            returning = null;
            comment = null;
            load();
        } catch (InvalidInputException e) {
            feedback.error(e, "signoffs", violation -> "signoffs:comment");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public boolean isReturning(long entryId) {
        return returning != null && returning == entryId;
    }

    public List<SignoffItem> getItems() {
        return items;
    }

    public List<SignoffItem> getSelected() {
        return selected;
    }

    public void setSelected(List<SignoffItem> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
