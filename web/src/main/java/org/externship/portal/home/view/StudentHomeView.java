package org.externship.portal.home.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.PassportDto;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.LogSummary;
import org.externship.portal.passport.boundary.Passports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * student/home.xhtml: the student's next steps at a glance: whether the clinical passport is started and which
 * documents run out, offers waiting for an answer (with the day they lapse), applications still open. The unread
 * notifications come from the menu's count.
 */
@Named
@ViewScoped
public class StudentHomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INTERVIEW,
            ApplicationStatus.WAITLISTED);

    @Inject
    Passports passports;

    @Inject
    MyApplications applications;

    @Inject
    LearningLog log;

    private boolean passportStarted;
    private List<DocumentDto> documentsToRenew = List.of();
    private List<ApplicationSummary> offers = List.of();
    private List<ApplicationSummary> open = List.of();
    private LogSummary logSummary;

    @PostConstruct
    void load() {
        PassportDto passport = passports.mine();
        passportStarted = passport.profile() != null;
        LocalDate today = LocalDate.now();
        documentsToRenew = passport.documents().stream()
                .filter(d -> d.expiryStatus(today) == DocumentDto.ExpiryStatus.EXPIRED
                        || d.expiryStatus(today) == DocumentDto.ExpiryStatus.EXPIRES_SOON)
                .toList();
        List<ApplicationSummary> mine = applications.mine();
        offers = mine.stream().filter(a -> a.status() == ApplicationStatus.OFFERED)
                .sorted(Comparator.comparing(ApplicationSummary::offerExpiresAt,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        open = mine.stream().filter(a -> OPEN.contains(a.status())).toList();
        logSummary = log.summary();
    }

    /** The learning log at a glance: entries, hours, sign-offs. */
    public LogSummary getLogSummary() {
        return logSummary;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public boolean isPassportStarted() {
        return passportStarted;
    }

    /** Documents expired or running out within the warning period, to upload again. */
    public List<DocumentDto> getDocumentsToRenew() {
        return documentsToRenew;
    }

    /** Offers waiting for the student's answer, the one that lapses first first. */
    public List<ApplicationSummary> getOffers() {
        return offers;
    }

    /** Drafts and applications the hospitals have not decided yet. */
    public List<ApplicationSummary> getOpenApplications() {
        return open;
    }
}
