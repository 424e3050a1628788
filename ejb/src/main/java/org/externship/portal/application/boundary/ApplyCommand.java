package org.externship.portal.application.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A student applies for one rotation period with a short statement for the program; {@code submit} false keeps
 * it as a draft to finish later.
 */
public record ApplyCommand(
        @NotNull Long periodId,
        @NotBlank(message = "{portal.statement.required}") @Size(max = 2000) String statement,
        boolean submit) {
}
