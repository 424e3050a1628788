package org.externship.portal.identity.control;

/** Keycloak refused or did not answer a provisioning call. {@link #step()} names the call, for the message. */
public class KeycloakException extends RuntimeException {

    private final String step;
    private final int status;

    public KeycloakException(String step, int status, String detail, Throwable cause) {
        super("Keycloak " + step + " failed" + (status > 0 ? " with HTTP " + status : "") + ": " + detail, cause);
        this.step = step;
        this.status = status;
    }

    public String step() {
        return step;
    }

    /** The HTTP status Keycloak answered, or 0 when it could not be reached. */
    public int status() {
        return status;
    }

    public boolean isConflict() {
        return status == 409;
    }
}
