package org.externship.portal.learninglog.control;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ErasLength} by {@link ErasCharacterCount}. */
public class ErasLengthValidator implements ConstraintValidator<ErasLength, CharSequence> {

    private int max;

    @Override
    public void initialize(ErasLength constraint) {
        this.max = constraint.max();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return ErasCharacterCount.of(text) <= max;
    }
}
