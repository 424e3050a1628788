package org.externship.portal.application.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.externship.portal.application.entity.ApplicationStatus;

import java.util.Locale;

/**
 * How a status looks on a page: the severity of its tag ({@code #{applicationStatusLook.severity(s)}}) and a colour
 * of its own ({@code #{applicationStatusLook.styleClass(s)}}, portal.css), so that draft, submitted, under review,
 * offered, accepted, declined and withdrawn differ at a glance, not only by their words.
 */
@Named
@ApplicationScoped
public class ApplicationStatusLook {

    public String styleClass(ApplicationStatus status) {
        return status == null ? "status-tag" : "status-tag " + cssName(status);
    }

    static String cssName(ApplicationStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String severity(ApplicationStatus status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case OFFERED, ACCEPTED -> "success";
            case INTERVIEW, WAITLISTED -> "warning";
            case REJECTED, DECLINED, LAPSED, WITHDRAWN -> "danger";
            case DRAFT -> "secondary";
            case SUBMITTED, UNDER_REVIEW -> "info";
        };
    }
}
