package org.externship.portal.listing.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.boundary.Roles;
import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.listing.boundary.Qualifications;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.listing.boundary.StudentQualificationsSource;
import org.externship.portal.listing.boundary.VisaStatus;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.Specialty;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * externships.xhtml: the public search. The URL is the search (a GET form), so it can be bookmarked and shared;
 * the bean is request-scoped and the view stateless, so browsing needs no HTTP session. Results page lazily: each
 * page asks the boundary for the count and that page only.
 */
@Named
@RequestScoped
public class ExternshipSearchView {

    /** Rows per page of results. */
    static final int PAGE_SIZE = 10;

    @Inject
    ExternshipSearch search;

    @Inject
    Instance<StudentQualificationsSource> qualificationsSource;

    @Inject
    ListingTexts texts;

    private SearchParameters parameters;
    private SearchCriteria criteria;
    private Optional<Qualifications> qualifications;
    private LazyDataModel<ExternshipHit> results;

    @PostConstruct
    void read() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        parameters = SearchParameters.of(external.getRequestParameterMap());
        criteria = parameters.criteria();
        if (parameters.qualified()) {
            criteria = qualifications().map(criteria::withQualifiedFor).orElse(criteria);
        }
        results = new Hits(search, criteria);
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

    /** "Only externships I qualify for" is offered to a signed-in student with a passport. */
    public boolean isQualifyOffered() {
        return qualifications().isPresent();
    }

    public LazyDataModel<ExternshipHit> getResults() {
        return results;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String date(LocalDate date) {
        return texts.date(date);
    }

    public String fee(ExternshipHit hit) {
        return texts.fee(hit.feeCents());
    }

    // the form's fields, as the URL gave them

    public String getText() {
        return parameters.text();
    }

    public Specialty getSpecialty() {
        return parameters.specialty();
    }

    public ExternshipType getType() {
        return parameters.type();
    }

    public ClinicalSetting getSetting() {
        return parameters.setting();
    }

    public String getState() {
        return parameters.state();
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

    public String getMonth() {
        return parameters.month() == null ? null : parameters.month().toString();
    }

    public Integer getMaxFee() {
        return parameters.maxFeeDollars();
    }

    public VisaStatus getVisa() {
        return parameters.visa();
    }

    public boolean isQualified() {
        return parameters.qualified() && isQualifyOffered();
    }

    public SearchSort getSort() {
        return criteria.sort();
    }

    // setters are never called (the form is a GET form), but JSF inputs want writable values

    public void setText(String ignored) {
        // GET form
    }

    public void setSpecialty(Specialty ignored) {
        // GET form
    }

    public void setType(ExternshipType ignored) {
        // GET form
    }

    public void setSetting(ClinicalSetting ignored) {
        // GET form
    }

    public void setMonth(String ignored) {
        // GET form
    }

    public void setVisa(VisaStatus ignored) {
        // GET form
    }

    public void setQualified(boolean ignored) {
        // GET form
    }

    public void setSort(SearchSort ignored) {
        // GET form
    }

    public Specialty[] getSpecialties() {
        return Specialty.values();
    }

    public ExternshipType[] getTypes() {
        return ExternshipType.values();
    }

    public ClinicalSetting[] getSettings() {
        return ClinicalSetting.values();
    }

    public VisaStatus[] getVisas() {
        return VisaStatus.values();
    }

    public SearchSort[] getSorts() {
        return SearchSort.values();
    }

    /** The next twelve months, for "starts in". */
    public List<String> getMonths() {
        YearMonth now = YearMonth.now();
        return IntStream.range(0, 13).mapToObj(i -> now.plusMonths(i).toString()).toList();
    }

    /** "2027-03" as "March 2027". */
    public String monthLabel(String month) {
        YearMonth value = YearMonth.parse(month);
        return value.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + value.getYear();
    }

    /** The lazy model: the boundary counts and fetches one page at a time. */
    static final class Hits extends LazyDataModel<ExternshipHit> {

        private static final long serialVersionUID = 1L;

        private final transient ExternshipSearch search;
        private final transient SearchCriteria criteria;
        private transient List<ExternshipHit> page = List.of();

        Hits(ExternshipSearch search, SearchCriteria criteria) {
            this.search = search;
            this.criteria = criteria;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(criteria));
        }

        @Override
        public List<ExternshipHit> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            page = search.page(criteria, first, Math.min(pageSize, ExternshipSearch.MAX_PAGE_SIZE));
            return page;
        }

        @Override
        public String getRowKey(ExternshipHit hit) {
            return String.valueOf(hit.id());
        }

        @Override
        public ExternshipHit getRowData(String rowKey) {
            return page.stream().filter(hit -> String.valueOf(hit.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
