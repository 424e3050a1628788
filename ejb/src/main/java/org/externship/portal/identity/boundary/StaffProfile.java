package org.externship.portal.identity.boundary;

import jakarta.validation.constraints.Size;

/** What a coordinator may change about a staff member in the portal (the account itself lives in Keycloak). */
public record StaffProfile(@Size(max = 80) String title, @Size(max = 80) String specialty) {
}
