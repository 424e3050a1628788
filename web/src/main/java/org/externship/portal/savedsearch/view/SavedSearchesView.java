package org.externship.portal.savedsearch.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.listing.view.SearchParameters;
import org.externship.portal.savedsearch.boundary.NewSavedSearch;
import org.externship.portal.savedsearch.boundary.SavedSearchDto;
import org.externship.portal.savedsearch.boundary.SavedSearches;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * student/saved-searches.xhtml: the student's saved searches, each in words with a link that opens it, its alerts
 * switched on or off, and deleting it. Opened from the search page's "Save this search" ({@code ?search=} carries
 * that search, as the search page's links do), the page first offers to save it, named by its words.
 */
@Named
@ViewScoped
public class SavedSearchesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SavedSearches savedSearches;

    @Inject
    Feedback feedback;

    /** The search to save, as the search page carried it (its query string); null: none offered. */
    private String carried;
    private String name;
    private boolean alerts = true;
    private List<Row> rows = List.of();

    /** One saved search as the page shows it. */
    public record Row(long id, String name, String words, String url, boolean alerts) implements Serializable {
    }

    @PostConstruct
    void load() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        carried = context.getRequestParameterMap().get(SearchParameters.CARRIED);
        if (carried != null) {
            SearchParameters search = toSave();
            name = SearchInWords.name(search.criteria(), search.qualified(), feedback::text, NewSavedSearch.MAX_NAME);
        }
        rows = savedSearches.mine().stream().map(this::row).toList();
    }

    public void save() {
        SearchParameters search = toSave();
        try {
            SavedSearchDto saved = savedSearches.save(new NewSavedSearch(name, search.criteria(), search.qualified(),
                    alerts));
            feedback.info(saved.alerts() ? "savedSearches.savedWithAlerts" : "savedSearches.saved", saved.name());
            carried = null;
            reload();
        } catch (InvalidInputException e) {
            feedback.error(e, "save");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void switchAlerts(long id, boolean on) {
        try {
            SavedSearchDto changed = savedSearches.alerts(id, on);
            feedback.info(on ? "savedSearches.alertsStarted" : "savedSearches.alertsStopped", changed.name());
            reload();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void delete(long id, String deletedName) {
        try {
            savedSearches.delete(id);
            feedback.info("savedSearches.deleted", deletedName);
            reload();
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    private void reload() {
        rows = savedSearches.mine().stream().map(this::row).toList();
    }

    private SearchParameters toSave() {
        return SearchParameters.ofQuery(carried, YearMonth.now());
    }

    private Row row(SavedSearchDto s) {
        String query = SearchParameters.ofCriteria(s.criteria(), s.qualified()).query(1);
        String url = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/externships.xhtml" + query;
        return new Row(s.id(), s.name(), SearchInWords.of(s.criteria(), s.qualified(), feedback::text), url,
                s.alerts());
    }

    /** The page was opened to save a search (and it has not been saved yet). */
    public boolean isSaveOffered() {
        return carried != null;
    }

    /** What the search to save looks for, in words. */
    public String getToSaveInWords() {
        SearchParameters search = toSave();
        return SearchInWords.of(search.criteria(), search.qualified(), feedback::text);
    }

    public int getLimit() {
        return SavedSearches.LIMIT;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAlerts() {
        return alerts;
    }

    public void setAlerts(boolean alerts) {
        this.alerts = alerts;
    }
}
