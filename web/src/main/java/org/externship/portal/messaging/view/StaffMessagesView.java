package org.externship.portal.messaging.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.messaging.boundary.MessageDto;
import org.externship.portal.messaging.boundary.StaffMessages;
import org.externship.portal.messaging.boundary.ThreadDto;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * staff/messages.xhtml: an attending's or coordinator's conversations with students in the hospital they act for,
 * students' messages from their delivery on. Opening the page reads them (what was new stays marked on this page).
 * Reply, mute a conversation, report a message to the coordinators.
 */
@Named
@ViewScoped
public class StaffMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffMessages messages;

    @Inject
    Feedback feedback;

    private transient List<ThreadDto> threads = List.of();
    private final Map<Long, String> replies = new HashMap<>();

    @PostConstruct
    void load() {
        try {
            threads = messages.readInbox();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void reply(ThreadDto thread) {
        try {
            messages.reply(thread.id(), Text.trimmed(replies.get(thread.id())));
            replies.remove(thread.id());
            feedback.info("messages.replied");
            load();
        } catch (IdentifiersFoundException e) {
            feedback.errorText(PatientDetails.refused(e, "body"));
        } catch (InvalidInputException e) {
            feedback.error(e, "inbox");
        } catch (PortalException e) {
            feedback.error(e);
            load();
        }
    }

    public void mute(ThreadDto thread) {
        try {
            messages.mute(thread.id(), !thread.muted());
            feedback.info(thread.muted() ? "messages.unmuted" : "messages.muted", thread.studentName());
            load();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void report(MessageDto message) {
        try {
            messages.report(message.id());
            feedback.info("messages.reported");
            load();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public List<ThreadDto> getThreads() {
        return threads;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }
}
