package org.externship.portal.messaging.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.messaging.boundary.ReportedMessageDto;
import org.externship.portal.messaging.boundary.ReportedMessages;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.shared.view.ViewLink;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * coordinator/reported-messages.xhtml: students' messages the hospital's staff reported, the open reports newest
 * first ({@code ?show=handled}: the handled ones). A coordinator marks a report handled, with an optional note.
 */
@Named
@ViewScoped
public class ReportedMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String HANDLED = "handled";

    @Inject
    ReportedMessages reported;

    @Inject
    Feedback feedback;

    private String show;
    private transient List<ReportedMessageDto> messages = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    /** The view action: the open reports, or the handled ones. */
    public void load() {
        try {
            messages = isHandledView() ? reported.handled() : reported.open();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void handle(ReportedMessageDto message) {
        try {
            reported.handle(message.id(), Text.trimmed(notes.get(message.id())));
            notes.remove(message.id());
            feedback.info("messages.handled", message.studentName());
            load();
        } catch (IdentifiersFoundException e) {
            feedback.errorText(PatientDetails.refused(e, "note"));
        } catch (InvalidInputException e) {
            feedback.error(e, "reports");
        } catch (PortalException e) {
            feedback.error(e);
            load();
        }
    }

    public boolean isHandledView() {
        return HANDLED.equals(show);
    }

    /** The open reports and the handled ones, as the view switch links them. */
    public List<ViewLink> getViews() {
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/coordinator/reported-messages.xhtml";
        return List.of(new ViewLink("show-open", feedback.text("messages.reportsOpen"), page, !isHandledView()),
                new ViewLink("show-handled", feedback.text("messages.reportsHandled"), page + "?show=" + HANDLED,
                        isHandledView()));
    }

    public List<ReportedMessageDto> getMessages() {
        return messages;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }
}
