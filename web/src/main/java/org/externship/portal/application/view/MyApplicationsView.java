package org.externship.portal.application.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;

import java.io.Serializable;
import java.util.List;

/** student/applications.xhtml: every application of the student, in every hospital. */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyApplications applications;

    private List<ApplicationSummary> rows = List.of();

    @PostConstruct
    void load() {
        rows = applications.mine();
    }

    public List<ApplicationSummary> getRows() {
        return rows;
    }
}
