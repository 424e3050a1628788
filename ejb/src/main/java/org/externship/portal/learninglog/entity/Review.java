package org.externship.portal.learninglog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/** Where one version of an entry stands with its supervisor, and who decided, when, with what comment. */
@Embeddable
public class Review {

    public static final int COMMENT_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "reviewer_name", length = 160)
    private String reviewerName;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = COMMENT_MAX)
    private String comment;

    protected Review() {
        // for JPA
    }

    private Review(ReviewStatus status, String reviewerName, Instant reviewedAt, String comment) {
        this.status = status;
        this.reviewerName = reviewerName;
        this.reviewedAt = reviewedAt;
        this.comment = comment;
    }

    /** A new version: awaiting its supervisor, or nobody's to sign if it has none. */
    static Review pending(boolean supervised) {
        return new Review(supervised ? ReviewStatus.AWAITING : ReviewStatus.OUTSIDE_PLACEMENT, null, null, null);
    }

    static Review verified(String reviewerName, Instant at, String comment) {
        return new Review(ReviewStatus.VERIFIED, reviewerName, at, comment);
    }

    static Review returned(String reviewerName, Instant at, String comment) {
        return new Review(ReviewStatus.RETURNED, reviewerName, at, comment);
    }

    Review copy() {
        return new Review(status, reviewerName, reviewedAt, comment);
    }

    public ReviewStatus status() {
        return status;
    }

    public String reviewerName() {
        return reviewerName;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String comment() {
        return comment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Review that && status == that.status && Objects.equals(reviewerName, that.reviewerName)
                && Objects.equals(reviewedAt, that.reviewedAt) && Objects.equals(comment, that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reviewerName, reviewedAt);
    }
}
