package org.externship.portal.messaging.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.messaging.boundary.ReportedMessageDto;
import org.externship.portal.messaging.boundary.ReportedMessages;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.List;

/** coordinator/reported-messages.xhtml: students' messages the hospital's staff reported, newest report first. */
@Named
@ViewScoped
public class ReportedMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportedMessages reported;

    @Inject
    Feedback feedback;

    private transient List<ReportedMessageDto> messages = List.of();

    @PostConstruct
    void load() {
        try {
            messages = reported.all();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public List<ReportedMessageDto> getMessages() {
        return messages;
    }
}
