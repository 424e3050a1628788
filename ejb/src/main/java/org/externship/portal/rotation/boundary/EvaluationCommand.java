package org.externship.portal.rotation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.rotation.entity.Competency;
import org.externship.portal.rotation.entity.Evaluation;
import org.externship.portal.rotation.entity.Rating;

import java.util.Map;

/**
 * An attending's evaluation of the extern of placement {@code placementId}: each competency's score (1 to 5, none:
 * not observed) and comment, and a comment on the whole.
 */
public record EvaluationCommand(
        long placementId,
        @NotNull Map<Competency, @NotNull @Valid Score> ratings,
        @NotBlank @Size(max = Evaluation.OVERALL_MAX) String overall) {

    public EvaluationCommand {
        ratings = ratings == null ? null : Map.copyOf(ratings);
    }

    /** One competency as the attending rated it. */
    public record Score(@Min(Competency.LOWEST) @Max(Competency.HIGHEST) Integer score,
                        @Size(max = Rating.NOTE_MAX) String note) {
    }
}
