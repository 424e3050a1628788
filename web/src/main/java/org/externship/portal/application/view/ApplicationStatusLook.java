package org.externship.portal.application.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.externship.portal.application.entity.ApplicationStatus;

/** How a status looks on a page: the severity of its tag ({@code #{applicationStatusLook.severity(s)}}). */
@Named
@ApplicationScoped
public class ApplicationStatusLook {

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
