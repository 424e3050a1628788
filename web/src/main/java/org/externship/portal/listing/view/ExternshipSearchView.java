package org.externship.portal.listing.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.boundary.StudentQualificationsSource;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.entity.UsState;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.view.Feedback;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * externships.xhtml: the public search. The URL is the search (a GET form, and plain links to the other pages of
 * results), so it can be bookmarked and shared; the bean is request-scoped and the view stateless, so browsing needs
 * no HTTP session. Each request asks the boundary for one page of results and their count, once. The page renders
 * plain markup from rows and choices prepared here: this is the portal's busiest page, and per-row components and
 * converters cost more than the search itself.
 *
 * <p>A value of the address that cannot be searched for is left out and said so: beside its filter, which shows
 * "any" or nothing, or at the top of the form when no filter shows it (the page number, "only externships I qualify
 * for" for someone who is not offered it). Each result's link carries the search along ({@code &search=}), so that
 * the externship's page can lead back to it.
 */
@Named
@RequestScoped
public class ExternshipSearchView {

    /** Rows per page of results. */
    static final int PAGE_SIZE = 10;

    /** The parameters the form has a filter for (the id of the filter is the parameter's name). */
    private static final Set<String> FILTERS = Set.of("q", "specialty", "type", "setting", "state", "city",
            "minWeeks", "maxWeeks", "month", "maxFee", "visa", "sort");

    @Inject
    ExternshipSearch search;

    @Inject
    Instance<StudentQualificationsSource> qualificationsSource;

    @Inject
    ListingTexts texts;

    @Inject
    Feedback feedback;

    private YearMonth thisMonth;
    private SearchParameters parameters;
    private SearchCriteria criteria;
    private Optional<Qualifications> qualifications;
    private SearchPager pager;
    private List<HitRow> hits;
    private SearchProblems problems;

    /**
     * One result as the page shows it, in words; for a signed-in student with a passport, whether they meet its
     * requirements ({@code eligible}) or what they lack ({@code shortfalls}, in a sentence), in the words of the
     * externship's page.
     */
    public record HitRow(long id, String title, String hospital, String where, String specialty, String kind,
                         String nextStart, String deadline, String fee, Eligibility eligibility,
                         String shortfalls) {

        public boolean eligibilityShown() {
            return eligibility != null;
        }

        public boolean eligible() {
            return eligibility != null && eligibility.meetsAll();
        }
    }

    /** One option of a filter. */
    public record Choice(String value, String label, boolean selected) {
    }

    @PostConstruct
    void read() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        thisMonth = YearMonth.now();
        parameters = SearchParameters.of(external.getRequestParameterMap(), thisMonth);
        criteria = parameters.criteria();
        if (parameters.qualified()) {
            criteria = qualifications().map(criteria::withQualifiedFor).orElse(criteria);
        }
    }

    /** The signed-in student's qualifications, when the passport feature provides them. */
    private Optional<Qualifications> qualifications() {
        if (qualifications == null) {
            qualifications = Optional.empty();
            boolean student = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.STUDENT);
            if (student && qualificationsSource.isResolvable()) {
                qualifications = qualificationsSource.get().current();
            }
        }
        return qualifications;
    }

    /** This page of results (the last one when the URL asks for a page past it). */
    private void find() {
        int first = (parameters.page() - 1) * PAGE_SIZE;
        Page<ExternshipHit> found = search.find(criteria, first, PAGE_SIZE);
        pager = SearchPager.of(parameters.page(), PAGE_SIZE, found.total());
        if (pager.first() != first) {
            found = search.find(criteria, pager.first(), PAGE_SIZE);
        }
        Map<Long, Eligibility> measured = eligibilities(found.rows());
        hits = found.rows().stream().map(hit -> row(hit, measured.get(hit.id()))).toList();
    }

    /** The signed-in student measured against this page's hits, all at once; nothing for anyone else. */
    private Map<Long, Eligibility> eligibilities(List<ExternshipHit> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = found.stream().map(ExternshipHit::id).collect(Collectors.toSet());
        return qualifications().map(student -> search.eligibilities(ids, student)).orElse(Map.of());
    }

    private HitRow row(ExternshipHit hit, Eligibility eligibility) {
        String shortfalls = eligibility == null || eligibility.meetsAll() ? null : feedback.text("search.hit.missing",
                eligibility.shortfalls().stream().map(texts::shortfall).collect(Collectors.joining(" ")));
        return new HitRow(hit.id(), hit.title(), hit.hospitalName(), hit.city() + ", " + hit.state(),
                feedback.text("specialty." + hit.specialty().name()),
                feedback.text("externshipType." + hit.type().name()) + " · "
                        + feedback.text("setting." + hit.setting().name()),
                texts.date(hit.nextStart()), texts.date(hit.applicationDeadline()), texts.fee(hit.feeCents()),
                eligibility, shortfalls);
    }

    public List<HitRow> getHits() {
        if (hits == null) {
            find();
        }
        return hits;
    }

    public SearchPager getPager() {
        if (pager == null) {
            find();
        }
        return pager;
    }

    /** "12 externships found". */
    public String getCountText() {
        return feedback.text("search.count", getPager().total());
    }

    /** "11–20 of 87". */
    public String getPageReport() {
        SearchPager p = getPager();
        return feedback.text("search.pageReport", p.firstRow(), p.lastRow(), p.total());
    }

    /** The address of page {@code number} of this search. */
    public String pageUrl(int number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/externships.xhtml"
                + parameters.query(number);
    }

    /** The address of an externship's page, carrying this search (on this page of results) back. */
    public String externshipUrl(long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/externship.xhtml?id=" + id + parameters.carriedAlong(getPager().page());
    }

    /** A signed-in student may keep this search (student/saved-searches.xhtml, which carries it as the results do). */
    public boolean isSaveOffered() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.STUDENT);
    }

    /** The address that offers to save this search. */
    public String getSaveUrl() {
        String carried = parameters.carriedAlong(1);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/student/saved-searches.xhtml?"
                + (carried.isEmpty() ? SearchParameters.CARRIED + "=" : carried.substring(1));
    }

    /** What of the address the search left out, in words (computed once per request). */
    public SearchProblems getProblems() {
        if (problems == null) {
            problems = SearchProblems.of(parameters, FILTERS, feedback, getPager().pages(), isQualifiedRefused());
        }
        return problems;
    }

    /** The phone's button that unfolds the filters: "Filters", or "Filters (2 set)". */
    public String getFiltersToggle() {
        int set = parameters.filtersSet();
        return set == 0 ? feedback.text("search.filters.toggle") : feedback.text("search.filters.toggleSet", set);
    }

    /** On a phone the filters start folded, unless the address has a value the search left out. */
    public boolean isFiltersOpen() {
        return getProblems().isShown();
    }

    /** The address asks for "only externships I qualify for", which is not offered to this visitor. */
    private boolean isQualifiedRefused() {
        return parameters.qualified() && !isQualifyOffered();
    }

    /** "Only externships I qualify for" is offered to a signed-in student with a passport. */
    public boolean isQualifyOffered() {
        return qualifications().isPresent();
    }

    // the form's fields, as the URL gave them

    public String getText() {
        return parameters.text();
    }

    /** Every state by its name; the code is what the form sends. */
    public List<Choice> getStates() {
        return UsState.all().stream()
                .map(state -> new Choice(state.code(), state.fullName(), state == parameters.state()))
                .toList();
    }

    public String getCity() {
        return parameters.city();
    }

    public Integer getMinWeeks() {
        return parameters.minWeeks();
    }

    public Integer getMaxWeeks() {
        return parameters.maxWeeks();
    }

    public Integer getMaxFee() {
        return parameters.maxFeeDollars();
    }

    public boolean isQualified() {
        return parameters.qualified() && isQualifyOffered();
    }

    public List<Choice> getSpecialties() {
        return choices(Specialty.values(), "specialty.", parameters.specialty());
    }

    public List<Choice> getTypes() {
        return choices(ExternshipType.values(), "externshipType.", parameters.type());
    }

    public List<Choice> getSettings() {
        return choices(ClinicalSetting.values(), "setting.", parameters.setting());
    }

    public List<Choice> getVisas() {
        return choices(VisaStatus.values(), "visa.", parameters.visa());
    }

    public List<Choice> getSorts() {
        return choices(SearchSort.values(), "search.sort.", criteria.sort());
    }

    /** This month and the next twelve, for "starts in": "2027-03" as "March 2027". */
    public List<Choice> getMonths() {
        return IntStream.rangeClosed(0, SearchParameters.MONTHS_AHEAD).mapToObj(thisMonth::plusMonths)
                .map(month -> new Choice(month.toString(), SearchParameters.monthInWords(month),
                        month.equals(parameters.month())))
                .toList();
    }

    private List<Choice> choices(Enum<?>[] values, String labelPrefix, Enum<?> chosen) {
        return Stream.of(values)
                .map(value -> new Choice(value.name(), feedback.text(labelPrefix + value.name()), value == chosen))
                .toList();
    }
}
