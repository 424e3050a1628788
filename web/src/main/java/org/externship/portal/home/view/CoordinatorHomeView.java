package org.externship.portal.home.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.Serializable;
import java.util.List;

/** coordinator/home.xhtml: the coordinator's hospital at a glance. */
@Named
@ViewScoped
public class CoordinatorHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Hospitals hospitals;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Externships externships;

    private HospitalSummary hospital;
    private int staffCount;
    private long attendingCount;
    private long publishedCount;

    @PostConstruct
    void load() {
        try {
            hospital = hospitals.mine();
            List<StaffMemberDto> staff = staffDirectory.list();
            staffCount = staff.size();
            attendingCount = staff.stream().filter(s -> s.role() == StaffRole.ATTENDING).count();
            publishedCount = externships.countPublished();
        } catch (PortalException e) {
            hospital = null;
        }
    }

    public HospitalSummary getHospital() {
        return hospital;
    }

    public int getStaffCount() {
        return staffCount;
    }

    public long getPublishedCount() {
        return publishedCount;
    }

    public long getAttendingCount() {
        return attendingCount;
    }
}
