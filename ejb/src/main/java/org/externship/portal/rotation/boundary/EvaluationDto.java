package org.externship.portal.rotation.boundary;

import org.externship.portal.rotation.entity.Competency;
import org.externship.portal.rotation.entity.Evaluation;
import org.externship.portal.rotation.entity.Rating;

import java.time.Instant;
import java.util.List;

/** A sent evaluation: who wrote it, when, each competency's rating in the scale's order, the comment on the whole. */
public record EvaluationDto(long id, long placementId, String attendingName, Instant submittedAt,
                            List<Line> ratings, String overall) {

    public EvaluationDto {
        ratings = List.copyOf(ratings);
    }

    /** A competency's score (null: not observed) and comment (null: none). */
    public record Line(Competency competency, Integer score, String note) {
    }

    static EvaluationDto of(Evaluation e) {
        return new EvaluationDto(e.id(), e.placementId(), e.attendingName(), e.submittedAt(),
                e.ratings().entrySet().stream().map(r -> line(r.getKey(), r.getValue())).toList(), e.overall());
    }

    private static Line line(Competency competency, Rating rating) {
        return new Line(competency, rating.score(), rating.note());
    }
}
