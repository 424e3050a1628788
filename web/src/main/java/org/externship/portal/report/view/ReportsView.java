package org.externship.portal.report.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.report.boundary.ExternshipFunnel;
import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.HospitalReports;
import org.externship.portal.report.boundary.ReportRange;
import org.externship.portal.report.boundary.ReportSection;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.shared.view.Formats;
import org.externship.portal.shared.view.PageLink;
import org.externship.portal.shared.view.TableRow;
import org.externship.portal.shared.view.ViewLink;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * coordinator/reports.xhtml: the hospital's reports for the rotation periods starting in a range (the last twelve
 * months at first), one section at a time ({@link ReportSection}, {@code ?show=hours}; the funnel at first): the
 * funnel and seats per externship and per period with two charts (their numbers as tables), onboarding compliance of
 * the placements not started, evaluation and letter completion, hours on site; each table downloads as CSV
 * ({@link ReportDownload}). Only the section shown is read. The range is a GET form ({@link RangeForm}), so every
 * report has its own address and the page keeps no view state (a stateless view, asked for anew by each request).
 */
@Named
@RequestScoped
public class ReportsView {

    @Inject
    HospitalReports reports;

    @Inject
    Feedback feedback;

    @Inject
    Formats formats;

    /** Rows per page of each table. */
    static final int ROWS = 25;

    private static final String PLACEHOLDER = "\u0000rate\u0000";

    private RangeForm range;
    private ReportSection section = ReportSection.FUNNEL;
    private ReportRange shown;
    private HospitalReport report;
    private List<ExternshipFunnel> externships;
    private Map<String, Number> funnel;
    private Map<String, Number> fill;
    private final Map<String, List<TableRow>> tableRows = new HashMap<>();
    private final Map<String, List<PageLink>> pagers = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();
    private String percentPattern;
    private String noRate;
    private String problem;
    private List<ViewLink> sections;

    /**
     * The range of the address ({@code ?from=2026-01-01&to=2026-12-31}, as the form sends it), else the last twelve
     * months. A date that is missing or cannot be read, or a range the boundary refuses, is said on its field (the
     * fields keep what was asked) and above the reports, and the last twelve months are shown. The section is in the
     * address ({@code show=letters}; one that does not exist is said, and the funnel shown), as is each table's page
     * ({@code periodsPage=2}).
     */
    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        range = new RangeForm(feedback, parameters.get("from"), parameters.get("to"));
        String asked = parameters.get("show");
        section = asked == null ? ReportSection.FUNNEL : ReportSection.of(asked).orElse(ReportSection.FUNNEL);
        if (range.asked()) {
            ReportRange dates = range.range();
            if (dates == null) {
                problem = feedback.text("report.addressDates");
            } else {
                try {
                    report = reports.report(dates, section);
                    shown = dates;
                } catch (InvalidInputException e) {
                    problem = feedback.text("report.addressRange", range.refused(e));
                }
            }
        }
        if (shown == null) {
            shown = reports.lastYear();
        }
        if (problem == null) {
            range.show(shown);
            if (asked != null && !section.slug().equals(asked)) {
                problem = feedback.text("report.addressSection");
            }
        }
        for (String table : TABLES) {
            pages.put(table, page(parameters.get(table + "Page")));
        }
    }

    private static final List<String> TABLES = List.of("externships", "periods", "compliance", "evaluations",
            "letters", "hours");

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(Integer.parseInt(value), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public HospitalReport getReport() {
        if (report == null) {
            report = reports.report(shown, section);
        }
        return report;
    }

    /** The section shown: the page builds only its tables. */
    public ReportSection getSection() {
        return section;
    }

    /** The sections as links to their addresses (the range shown), the one shown marked; made once per request. */
    public List<ViewLink> getSections() {
        if (sections == null) {
            String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + "/coordinator/reports.xhtml?from=" + shown.from() + "&to=" + shown.to() + "&show=";
            sections = Arrays.stream(ReportSection.values()).map(s -> new ViewLink("show-" + s.slug(),
                    feedback.text("report.section." + s.slug()), base + s.slug(), s == section)).toList();
        }
        return sections;
    }

    /** The funnel and the seats per externship, computed once per request. */
    public List<ExternshipFunnel> getExternships() {
        if (externships == null) {
            externships = getReport().externships();
        }
        return externships;
    }

    public ExternshipFunnel getTotal() {
        return ExternshipFunnel.total(getExternships());
    }

    /**
     * The rows of {@code table} (externships, periods, compliance, evaluations, letters, hours) on its page of the address, as
     * its table shows them; each table's rows are formatted once per request, and the page writes them in one go.
     */
    public List<TableRow> rows(String table) {
        return tableRows.computeIfAbsent(table,
                name -> new ReportRows(formats, this::percent).of(name, onPage(name, all(name))));
    }

    private List<?> all(String table) {
        return switch (table) {
            case "externships" -> getExternships();
            case "periods" -> getReport().periods();
            case "compliance" -> getReport().compliance();
            case "evaluations" -> getReport().evaluations();
            case "letters" -> getReport().letters();
            case "hours" -> getReport().hours();
            default -> throw new IllegalArgumentException("No report table " + table);
        };
    }

    /** The part of {@code all} on {@code table}'s page of the address (the last page when the address asks past it). */
    private <T> List<T> onPage(String table, List<T> all) {
        int first = (pages.getOrDefault(table, 1) - 1) * ROWS;
        if (first >= all.size()) {
            first = Math.max(0, (all.size() - 1) / ROWS * ROWS);
        }
        return all.subList(first, Math.min(all.size(), first + ROWS));
    }

    /**
     * The pager of {@code table} when it has more than one page: the range shown and the other tables' pages stay;
     * made once per request (a repeat asks for it again for every link).
     */
    public List<PageLink> pager(String table) {
        return pagers.computeIfAbsent(table, name -> {
            int size = all(name).size();
            int last = (size + ROWS - 1) / ROWS;
            int current = Math.min(pages.getOrDefault(name, 1), Math.max(1, last));
            return PageLink.around(current, last, page -> address(name, page));
        });
    }

    private String address(String table, int page) {
        StringBuilder address = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append("/coordinator/reports.xhtml?from=").append(shown.from())
                .append("&to=").append(shown.to()).append("&show=").append(section.slug());
        for (String other : TABLES) {
            int number = other.equals(table) ? page : pages.getOrDefault(other, 1);
            if (number > 1) {
                address.append('&').append(other).append("Page=").append(number);
            }
        }
        return address.append('#').append(table).append("-section").toString();
    }

    /** The hospital's funnel: submitted, offered, accepted, completed. */
    public Map<String, Number> getFunnel() {
        if (funnel != null) {
            return funnel; // the chart and its table
        }
        ExternshipFunnel total = getTotal();
        Map<String, Number> steps = new LinkedHashMap<>();
        steps.put(feedback.text("report.column.submitted"), total.submitted());
        steps.put(feedback.text("report.column.offered"), total.offered());
        steps.put(feedback.text("report.column.accepted"), total.accepted());
        steps.put(feedback.text("report.column.completed"), total.completed());
        return funnel = steps;
    }

    public String getFunnelChart() {
        Map<String, Number> steps = getFunnel();
        return ReportCharts.bars(List.copyOf(steps.keySet()), List.copyOf(steps.values()),
                feedback.text("report.applications"), false, null);
    }

    /** Each externship's seat fill rate in percent (an externship without seats in the range has none). */
    public Map<String, Number> getFill() {
        if (fill != null) {
            return fill; // the chart and its table
        }
        fill = new LinkedHashMap<>();
        for (ExternshipFunnel e : getExternships()) {
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
    private String percent(Integer rate) {
        if (rate == null) {
            return noRate == null ? noRate = feedback.text("report.noRate") : noRate;
        }
        // a table has hundreds of rates: the message's pattern is read once per request, not once per cell
        if (percentPattern == null) {
            percentPattern = feedback.text("report.percent", PLACEHOLDER);
        }
        return percentPattern.replace(PLACEHOLDER, Integer.toString(rate));
    }

    /** The address of {@code table}'s CSV file for the range shown. */
    public String csv(String table) {
        return "/coordinator/report.csv?table=" + URLEncoder.encode(table, StandardCharsets.UTF_8)
                + "&from=" + shown.from() + "&to=" + shown.to();
    }

    /** What the address asked for that could not be shown, in words (the page says it above the reports). */
    public String getProblem() {
        return problem;
    }

    /** What is wrong with the field {@code from} or {@code to}, in words; null when nothing is. */
    public String fieldProblem(String field) {
        return range.problem(field);
    }

    public ReportRange getShown() {
        return shown;
    }

    /** The first day as the field shows it: the range shown, or what was asked when it could not be shown. */
    public String getFrom() {
        return range.from();
    }

    public String getTo() {
        return range.to();
    }
}
