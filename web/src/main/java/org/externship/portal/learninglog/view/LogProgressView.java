package org.externship.portal.learninglog.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.LogFilter;
import org.externship.portal.learninglog.boundary.LogProgress;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.shared.view.Formats;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * student/log-progress.xhtml: the learning log in charts, overall or for one placement: hours per week and per kind,
 * procedures by the student's part, the most frequent cases, verified or not. Each chart has its numbers as a table.
 */
@Named
@ViewScoped
public class LogProgressView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningLog log;

    @Inject
    MyPlacements placements;

    @Inject
    Feedback feedback;

    @Inject
    Formats formats;

    private List<ApplicationSummary> myPlacements = List.of();
    private Long placement;
    private LogProgress progress;

    @PostConstruct
    void load() {
        myPlacements = placements.mine();
        show();
    }

    public void show() {
        progress = log.progress(new LogFilter(null, placement, false, null, null, null, null));
    }

    public String getWeeksChart() {
        return ProgressCharts.bars(getWeeks().keySet().stream().toList(), getWeeks().values().stream().toList(),
                feedback.text("progress.hours"), false);
    }

    /** Hours per week, labelled by the week's Monday. */
    public Map<String, Number> getWeeks() {
        Map<String, Number> weeks = new LinkedHashMap<>();
        progress.hoursPerWeek().forEach((monday, hours) -> weeks.put(formats.date(monday), hours));
        return weeks;
    }

    public String getKindsChart() {
        return ProgressCharts.doughnut(getKinds().keySet().stream().toList(), getKinds().values().stream().toList());
    }

    public Map<String, Number> getKinds() {
        Map<String, Number> kinds = new LinkedHashMap<>();
        progress.hoursPerKind().forEach((kind, hours) -> kinds.put(feedback.text("log.kind." + kind), hours));
        return kinds;
    }

    public String getProceduresChart() {
        List<String> topics = List.copyOf(progress.proceduresByPart().keySet());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Involvement part : List.of(Involvement.OBSERVED, Involvement.ASSISTED, Involvement.PERFORMED)) {
            series.put(feedback.text("log.involvement." + part), topics.stream()
                    .map(topic -> progress.proceduresByPart().get(topic).getOrDefault(part, 0L)).toList());
        }
        return ProgressCharts.stackedBars(topics, series);
    }

    /** "Lumbar puncture: observed 1, assisted 2" per procedure. */
    public Map<String, String> getProcedures() {
        Map<String, String> rows = new LinkedHashMap<>();
        progress.proceduresByPart().forEach((topic, parts) -> rows.put(topic, String.join(", ", parts.entrySet()
                .stream().map(p -> feedback.text("log.involvement." + p.getKey()) + " " + p.getValue()).toList())));
        return rows;
    }

    public String getCasesChart() {
        return ProgressCharts.bars(List.copyOf(progress.casesByTopic().keySet()),
                List.copyOf(progress.casesByTopic().values()), feedback.text("progress.cases"), true);
    }

    public String getVerifiedChart() {
        return ProgressCharts.doughnut(List.of(feedback.text("log.status.VERIFIED"), feedback.text("progress.notYet")),
                List.of(progress.verified(), progress.notVerified()));
    }

    public LogProgress getProgress() {
        return progress;
    }

    public List<ApplicationSummary> getPlacements() {
        return myPlacements;
    }

    public Long getPlacement() {
        return placement;
    }

    public void setPlacement(Long placement) {
        this.placement = placement;
    }
}
