package org.externship.portal.shared.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;
import org.externship.portal.shared.boundary.InvalidInputException;

/**
 * Runs outside the Bean Validation interceptor (lower priority) and turns its ConstraintViolationException into
 * the application exception {@link InvalidInputException}.
 */
@ReportsInvalidInput
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class InvalidInputInterceptor {

    @AroundInvoke
    public Object report(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ConstraintViolationException e) {
            throw new InvalidInputException(e);
        }
    }
}
