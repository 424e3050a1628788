package org.externship.portal.identity.view;

import org.externship.portal.identity.boundary.StaffInvitation;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.shared.boundary.Text;

/** The staff page's invitation: whom, as what (attending unless chosen otherwise). */
public class InvitationForm extends PersonForm {

    private static final long serialVersionUID = 1L;

    private StaffRole role = StaffRole.ATTENDING;

    public StaffInvitation toInvitation() {
        return new StaffInvitation(Text.trimmed(getFirstName()), Text.trimmed(getLastName()),
                Text.trimmed(getEmail()), role);
    }

    public StaffRole[] getRoles() {
        return new StaffRole[] {StaffRole.ATTENDING, StaffRole.COORDINATOR};
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }
}
