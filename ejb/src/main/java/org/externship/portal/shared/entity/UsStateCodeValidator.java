package org.externship.portal.shared.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UsStateCode}: the text is the code of one of the {@link UsState}s, or null. */
public class UsStateCodeValidator implements ConstraintValidator<UsStateCode, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || UsState.ofCode(value.toString()).isPresent();
    }
}
