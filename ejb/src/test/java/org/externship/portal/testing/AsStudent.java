package org.externship.portal.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.externship.portal.shared.security.Roles;

import java.util.concurrent.Callable;

/**
 * Runs test code as a student: the boundaries it calls see the caller in role {@link Roles#STUDENT}, as the
 * principal the test glassfish-web.xml maps to that role. It has no transaction of its own, so each boundary call
 * is its own transaction, as when a view makes it; exceptions reach the test as the boundary threw them.
 */
@Stateless
@PermitAll
@RunAs(Roles.STUDENT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsStudent {

    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
