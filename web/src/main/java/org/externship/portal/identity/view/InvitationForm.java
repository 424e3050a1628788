package org.externship.portal.identity.view;

import org.externship.portal.identity.boundary.StaffInvitation;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.shared.boundary.Text;

import java.io.Serializable;

/** The staff page's invitation: whom, as what (attending unless chosen otherwise). */
public class InvitationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private StaffRole role = StaffRole.ATTENDING;

    public StaffInvitation toInvitation() {
        return new StaffInvitation(Text.trimmed(firstName), Text.trimmed(lastName), Text.trimmed(email), role);
    }

    public StaffRole[] getRoles() {
        return new StaffRole[] {StaffRole.ATTENDING, StaffRole.COORDINATOR};
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }
}
