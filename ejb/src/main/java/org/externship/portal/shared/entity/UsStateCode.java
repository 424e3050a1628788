package org.externship.portal.shared.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The two-letter code of one of the {@link UsState}s ("NY"); an unknown code ("XY") or a name ("New York") is
 * refused. Null is valid: add {@code @NotBlank} where a state is needed.
 */
@Documented
@Constraint(validatedBy = UsStateCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface UsStateCode {

    String message() default "{portal.state.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
