package org.externship.portal.rotation.view;

import org.externship.portal.rotation.boundary.EvaluationCommand;
import org.externship.portal.rotation.entity.Competency;
import org.externship.portal.shared.boundary.Text;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The evaluation an attending writes at the end of a placement: a row per competency, and a comment on the whole. */
public class EvaluationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long placementId;
    private final List<Row> rows = Arrays.stream(Competency.values()).map(Row::new).toList();
    private String overall;

    public EvaluationForm(long placementId) {
        this.placementId = placementId;
    }

    /** One competency: its score (none: not observed) and comment. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Competency competency;
        private Integer score;
        private String note;

        Row(Competency competency) {
            this.competency = competency;
        }

        public Competency getCompetency() {
            return competency;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public EvaluationCommand toCommand() {
        Map<Competency, EvaluationCommand.Score> ratings = new EnumMap<>(Competency.class);
        rows.forEach(row -> ratings.put(row.competency,
                new EvaluationCommand.Score(row.score, Text.trimmed(row.note))));
        return new EvaluationCommand(placementId, ratings, overall);
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String overall) {
        this.overall = overall;
    }
}
