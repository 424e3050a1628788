package org.externship.portal.messaging.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.messaging.boundary.ContactDto;
import org.externship.portal.messaging.boundary.MessageTemplate;
import org.externship.portal.messaging.boundary.StartCommand;
import org.externship.portal.messaging.boundary.StudentMessages;
import org.externship.portal.messaging.boundary.ThreadDto;
import org.externship.portal.messaging.boundary.ToneAdvisedException;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * student/messages.xhtml: the student's conversations with the staff of their placements' hospitals, and a new one.
 * The tone check's advice stands next to its field and the student may send anyway (a second button); a message
 * held for the staff member's working hours says when it arrives; after a placement a new conversation may start from
 * a template. Opening the page reads the conversations (what was new stays marked on this page).
 */
@Named
@ViewScoped
public class StudentMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StudentMessages messages;

    @Inject
    Feedback feedback;

    private transient List<ContactDto> contacts = List.of();
    private transient List<ThreadDto> threads = List.of();
    private transient List<MessageTemplate> templates = List.of();
    private String to;
    private String topic;
    private String body;
    /** The tone check advised on what is in the form: the student may now send it as it is. */
    private boolean advised;
    private final Map<Long, String> replies = new HashMap<>();
    private Long advisedThread;

    @PostConstruct
    void load() {
        try {
            contacts = messages.contacts();
            threads = messages.readThreads();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    /** The student picked whom to write to: after the placement, offer the templates. */
    public void chosen() {
        advised = false;
        ContactDto contact = getContact();
        templates = contact != null && contact.afterPlacement() ? messages.templates(contact.name()) : List.of();
    }

    public void useTemplate(MessageTemplate template) {
        topic = template.topic();
        body = template.body();
        advised = false;
    }

    public void send() {
        send(false);
    }

    public void sendAnyway() {
        send(true);
    }

    private void send(boolean anyway) {
        ContactDto contact = getContact();
        try {
            ThreadDto thread = messages.start(new StartCommand(contact == null ? null : contact.applicationId(),
                    contact == null ? null : contact.staffId(), Text.trimmed(topic), Text.trimmed(body), anyway));
            feedback.info(thread.messages().get(0).held() ? "messages.sent.held" : "messages.sent",
                    contact.name());
            to = null;
            topic = null;
            body = null;
            advised = false;
            templates = List.of();
            load();
        } catch (ToneAdvisedException e) {
            advised = true;
            feedback.errorOnFields("compose", feedback.text("messages.advised"), e.findingsByField());
        } catch (IdentifiersFoundException e) {
            feedback.errorOnFields("compose", e.arguments()[0].toString(), e.findingsByField());
        } catch (InvalidInputException e) {
            feedback.error(e, "compose", v -> v.getPropertyPath().toString().endsWith("staffId")
                    ? "compose:to" : null);
        } catch (PortalException e) {
            feedback.error(e);
            load();
        }
    }

    public void reply(ThreadDto thread, boolean anyway) {
        try {
            messages.write(thread.id(), Text.trimmed(replies.get(thread.id())), anyway);
            replies.remove(thread.id());
            advisedThread = null;
            feedback.info("messages.replied");
            load();
        } catch (ToneAdvisedException e) {
            advisedThread = thread.id();
            feedback.errorText(feedback.text("messages.advised") + " "
                    + String.join(" ", e.findingsByField().getOrDefault("body", List.of())));
        } catch (IdentifiersFoundException e) {
            feedback.errorText(PatientDetails.refused(e, "body"));
        } catch (InvalidInputException e) {
            feedback.error(e, "threads");
        } catch (PortalException e) {
            feedback.error(e);
            load();
        }
    }

    public ContactDto getContact() {
        return contacts.stream().filter(c -> c.key().equals(to)).findFirst().orElse(null);
    }

    /** Whether the student may start a conversation with whom they picked (no limit reached). */
    public boolean isMayStart() {
        ContactDto contact = getContact();
        return contact == null || contact.allowed();
    }

    public boolean isAdvisedOn(ThreadDto thread) {
        return advisedThread != null && advisedThread == thread.id();
    }

    public List<ContactDto> getContacts() {
        return contacts;
    }

    public List<ThreadDto> getThreads() {
        return threads;
    }

    public List<MessageTemplate> getTemplates() {
        return templates;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public boolean isAdvised() {
        return advised;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
