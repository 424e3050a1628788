package org.externship.portal.identity.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.identity.boundary.StaffProfile;
import org.externship.portal.identity.security.PortalUser;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * coordinator/staff.xhtml: the coordinator's staff directory; title and specialty are edited in the row; invite an
 * attending or coordinator, deactivate and reactivate them.
 */
@Named
@ViewScoped
public class StaffDirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SIGN_IN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    PortalUser user;

    @Inject
    Feedback feedback;

    private List<StaffMemberDto> members = List.of();
    private final Map<Long, Draft> drafts = new HashMap<>();
    private InvitationForm invitation = new InvitationForm();
    private boolean keycloakAnswered = true;

    /** The page opens on the directory as Keycloak has it now (the entries follow Keycloak first). */
    @PostConstruct
    void open() {
        try {
            StaffDirectory.Directory directory = staffDirectory.directory();
            members = directory.members();
            keycloakAnswered = directory.keycloakAnswered();
        } catch (PortalException e) {
            feedback.error(e);
        }
        drafts.clear();
    }

    /** The directory again after a change made here. */
    void load() {
        try {
            members = staffDirectory.list();
        } catch (PortalException e) {
            feedback.error(e);
        }
        drafts.clear();
    }

    /** Keycloak did not answer when the page opened: the statuses are as last recorded. */
    public boolean isStatusUnchecked() {
        return !keycloakAnswered;
    }

    public Draft editing(StaffMemberDto member) {
        return drafts.computeIfAbsent(member.id(), id -> new Draft(member.title(), member.specialty()));
    }

    public void onRowEdit(RowEditEvent<StaffMemberDto> event) {
        StaffMemberDto member = event.getObject();
        Draft draft = editing(member);
        try {
            StaffMemberDto saved = staffDirectory.describe(member.id(),
                    new StaffProfile(draft.getTitle(), draft.getSpecialty()));
            feedback.info("staff.saved", saved.fullName());
        } catch (InvalidInputException e) {
            feedback.error(e, "staff");
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    public void remove(StaffMemberDto member) {
        change(member, staffDirectory::remove, "staff.removed");
    }

    public void invite() {
        try {
            StaffDirectory.Invited invited = staffDirectory.invite(invitation.toInvitation());
            String said = !invited.switchedOn() ? "staff.invited"
                    : invited.passwordToChoose() ? "staff.invitedSwitchedOnToChoose" : "staff.invitedSwitchedOn";
            feedback.info(said, invited.member().fullName(), invited.member().email());
            invitation = new InvitationForm();
            load();
        } catch (InvalidInputException e) {
            feedback.error(e, "invite");
        } catch (NotAllowedException e) {
            String reason = feedback.text(e.messageKey(), e.arguments());
            feedback.errorOnFields("invite", reason, Map.of("email", List.of(reason)));
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void deactivate(StaffMemberDto member) {
        change(member, staffDirectory::deactivate, "staff.deactivated");
    }

    public void reactivate(StaffMemberDto member) {
        change(member, staffDirectory::reactivate, "staff.reactivated");
    }

    /** The invitation again, for someone who has not chosen a password yet (the first one's link lapses). */
    public void inviteAgain(StaffMemberDto member) {
        change(member, staffDirectory::inviteAgain, "staff.invitedAgain");
    }

    /** Calls {@code change} with the member's id and says what happened (or why not); the list is read again. */
    private void change(StaffMemberDto member, LongConsumer change, String done) {
        try {
            change.accept(member.id());
            feedback.info(done, member.fullName());
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    /** Active, invited (not signed in yet) or deactivated, in words. */
    public String status(StaffMemberDto member) {
        if (!member.active()) {
            return feedback.text("staff.status.deactivated");
        }
        return feedback.text(member.lastSignInAt() == null ? "staff.status.invited" : "staff.status.active");
    }

    public InvitationForm getInvitation() {
        return invitation;
    }

    public boolean isSelf(StaffMemberDto member) {
        return member.email().equalsIgnoreCase(user.getEmail());
    }

    public String removeQuestion(StaffMemberDto member) {
        return feedback.text("staff.removeConfirm", member.fullName());
    }

    public String lastSignIn(StaffMemberDto member) {
        return member.lastSignInAt() == null ? feedback.text("staff.never") : SIGN_IN.format(member.lastSignInAt());
    }

    public List<StaffMemberDto> getMembers() {
        return members;
    }

    /** The values typed into an edited row. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;
        private String title;
        private String specialty;

        Draft(String title, String specialty) {
            this.title = title;
            this.specialty = specialty;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSpecialty() {
            return specialty;
        }

        public void setSpecialty(String specialty) {
            this.specialty = specialty;
        }
    }
}
