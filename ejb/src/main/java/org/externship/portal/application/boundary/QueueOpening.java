package org.externship.portal.application.boundary;

import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.shared.boundary.Page;

import java.util.List;

/**
 * What the review queue's page opens with, read in one call: the hospital's externships (to narrow the queue by, and
 * to check the address's choice against) and the page of the queue the address asks for.
 */
public record QueueOpening(List<ExternshipTitle> externships, Page<ApplicationSummary> page) {

    public QueueOpening {
        externships = List.copyOf(externships);
    }
}
