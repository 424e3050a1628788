package org.externship.portal.report.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.report.boundary.ExternshipFunnel;
import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.HospitalReports;
import org.externship.portal.report.boundary.ReportRange;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * coordinator/reports.xhtml: the hospital's reports for the rotation periods starting in a range (the last twelve
 * months at first): the funnel and seats per externship and per period, evaluation and letter completion, hours on
 * site; two charts with their numbers as tables; each table downloads as CSV ({@link ReportDownload}).
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HospitalReports reports;

    @Inject
    Feedback feedback;

    private LocalDate from;
    private LocalDate to;
    private ReportRange shown;
    private transient HospitalReport report;

    @PostConstruct
    void load() {
        shown = reports.lastYear();
        from = shown.from();
        to = shown.to();
        report = reports.report(shown);
    }

    /** Shows the reports for the range typed; a range the boundary refuses keeps the one shown. */
    public void show() {
        try {
            ReportRange asked = new ReportRange(from, to);
            report = reports.report(asked);
            shown = asked;
        } catch (InvalidInputException e) {
            // "to" shows a range in the wrong order or too long; a missing date shows on its own field
            feedback.error(e, "range", violation -> violation.getPropertyPath().toString().endsWith("ordered")
                    ? "range:to" : null);
        }
    }

    public HospitalReport getReport() {
        if (report == null) {
            report = reports.report(shown);
        }
        return report;
    }

    public ExternshipFunnel getTotal() {
        return getReport().total();
    }

    /** The hospital's funnel: submitted, offered, accepted, completed. */
    public Map<String, Number> getFunnel() {
        ExternshipFunnel total = getTotal();
        Map<String, Number> steps = new LinkedHashMap<>();
        steps.put(feedback.text("report.column.submitted"), total.submitted());
        steps.put(feedback.text("report.column.offered"), total.offered());
        steps.put(feedback.text("report.column.accepted"), total.accepted());
        steps.put(feedback.text("report.column.completed"), total.completed());
        return steps;
    }

    public String getFunnelChart() {
        Map<String, Number> steps = getFunnel();
        return ReportCharts.bars(List.copyOf(steps.keySet()), List.copyOf(steps.values()),
                feedback.text("report.applications"), false, null);
    }

    /** Each externship's seat fill rate in percent (an externship without seats in the range has none). */
    public Map<String, Number> getFill() {
        Map<String, Number> fill = new LinkedHashMap<>();
        for (ExternshipFunnel e : getReport().externships()) {
            String label = fill.containsKey(e.externshipTitle()) ? e.externshipTitle() + " (" + e.externshipId() + ")"
                    : e.externshipTitle();
            fill.put(label, e.fillRate() == null ? 0 : e.fillRate());
        }
        return fill;
    }

    /** The fill rates as the chart's table shows them: "75 %". */
    public Map<String, String> getFillTable() {
        Map<String, String> rows = new LinkedHashMap<>();
        getFill().forEach((title, rate) -> rows.put(title, percent(rate.intValue())));
        return rows;
    }

    public String getFillChart() {
        Map<String, Number> fill = getFill();
        return ReportCharts.bars(List.copyOf(fill.keySet()), List.copyOf(fill.values()),
                feedback.text("report.column.fillRate"), true, 100);
    }

    /** A rate as the page shows it: "75 %", or a dash where there was nothing to divide by. */
    public String percent(Integer rate) {
        return rate == null ? feedback.text("report.noRate") : feedback.text("report.percent", rate);
    }

    /** The address of {@code table}'s CSV file for the range shown. */
    public String csv(String table) {
        return "/coordinator/report.csv?table=" + URLEncoder.encode(table, StandardCharsets.UTF_8)
                + "&from=" + shown.from() + "&to=" + shown.to();
    }

    public ReportRange getShown() {
        return shown;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
