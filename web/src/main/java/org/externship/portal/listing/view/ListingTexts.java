package org.externship.portal.listing.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.externship.portal.qualification.boundary.Shortfall;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.view.Feedback;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Externships in words: dates, fees, requirements and shortfalls, from the message bundle. */
@ApplicationScoped
public class ListingTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    @Inject
    Feedback feedback;

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "No fee", or the amount in US dollars. */
    public String fee(long cents) {
        if (cents == 0) {
            return feedback.text("search.noFee");
        }
        return feedback.text("search.feeAmount", cents / 100.0);
    }

    /** "1 of 4 seats left", or that the period is full and new applicants wait. */
    public String seatsLeft(int left, int total) {
        return left > 0 ? feedback.text("seats.left", left, total) : feedback.text("seats.full", total);
    }

    /** Every requirement in plain words, one sentence each. */
    public List<String> requirements(Requirements r, boolean malpracticeProvided) {
        List<String> lines = new ArrayList<>();
        lines.add(r.finalYearAccepted() ? feedback.text("requirement.finalYearAccepted")
                : feedback.text("requirement.graduatesOnly"));
        if (r.graduatedWithinYears() != null) {
            lines.add(feedback.text("requirement.graduatedWithin", r.graduatedWithinYears()));
        }
        if (r.step1()) {
            lines.add(feedback.text("requirement.step1"));
        }
        if (r.step2ck()) {
            lines.add(feedback.text("requirement.step2ck"));
        }
        if (r.minStep2ckScore() != null) {
            lines.add(feedback.text("requirement.step2ckScore", r.minStep2ckScore()));
        }
        if (r.step3()) {
            lines.add(feedback.text("requirement.step3"));
        }
        if (r.ecfmgCertified()) {
            lines.add(feedback.text("requirement.ecfmg"));
        }
        lines.add(r.acceptedVisas().isEmpty() ? feedback.text("requirement.anyVisa")
                : feedback.text("requirement.visas", visas(r.acceptedVisas())));
        if (!r.documents().isEmpty()) {
            lines.add(feedback.text("requirement.documents", documents(r.documents())));
        }
        lines.add(malpracticeProvided ? feedback.text("requirement.malpracticeProvided")
                : feedback.text("requirement.malpracticeOwn"));
        return lines;
    }

    /** One unmet requirement, with documents, visas and dates in words. */
    public String shortfall(Shortfall shortfall) {
        Object[] arguments = shortfall.arguments().stream().map(this::word).toArray();
        return feedback.text(shortfall.messageKey(), arguments);
    }

    private Object word(Object argument) {
        if (argument instanceof DocumentType document) {
            return feedback.text("document." + document.name());
        }
        if (argument instanceof VisaStatus visa) {
            return feedback.text("visa." + visa.name());
        }
        if (argument instanceof LocalDate date) {
            return date(date);
        }
        return argument;
    }

    private String visas(Collection<VisaStatus> visas) {
        return visas.stream().sorted().map(v -> feedback.text("visa." + v.name())).collect(Collectors.joining(", "));
    }

    private String documents(Collection<DocumentType> documents) {
        return documents.stream().sorted().map(d -> feedback.text("document." + d.name()))
                .collect(Collectors.joining(", "));
    }
}
