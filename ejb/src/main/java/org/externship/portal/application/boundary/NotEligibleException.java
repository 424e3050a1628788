package org.externship.portal.application.boundary;

import jakarta.ejb.ApplicationException;
import org.externship.portal.qualification.boundary.Shortfall;
import org.externship.portal.shared.boundary.NotAllowedException;

import java.util.List;

/** The student's clinical passport misses requirements of the externship: each one is named. */
@ApplicationException(rollback = true)
public class NotEligibleException extends NotAllowedException {

    private static final long serialVersionUID = 1L;

    private final transient List<Shortfall> shortfalls;

    public NotEligibleException(List<Shortfall> shortfalls) {
        super("application.notEligible");
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }
}
