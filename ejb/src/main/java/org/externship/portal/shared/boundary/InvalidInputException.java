package org.externship.portal.shared.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.Set;

/**
 * A boundary's input broke its Bean Validation constraints. Unlike the container's
 * {@link ConstraintViolationException}, it reaches the caller as it is (not wrapped in an EJBException), in a WAR
 * and in an EAR alike, so views can put each violation on its field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends PortalException {

    private final transient Set<ConstraintViolation<?>> violations;

    public InvalidInputException(ConstraintViolationException cause) {
        super("error.validation", cause);
        this.violations = Set.copyOf(cause.getConstraintViolations());
    }

    public Set<ConstraintViolation<?>> violations() {
        return violations;
    }
}
