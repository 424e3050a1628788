package org.externship.portal.home.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.Serializable;
import java.util.List;

/** attending/home.xhtml: the attending's hospital and colleagues. */
@Named
@ViewScoped
public class AttendingHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Hospitals hospitals;

    @Inject
    StaffDirectory staffDirectory;

    private HospitalSummary hospital;
    private List<StaffMemberDto> colleagues = List.of();

    @PostConstruct
    void load() {
        try {
            hospital = hospitals.mine();
            colleagues = staffDirectory.list();
        } catch (PortalException e) {
            hospital = null;
        }
    }

    public HospitalSummary getHospital() {
        return hospital;
    }

    public List<StaffMemberDto> getColleagues() {
        return colleagues;
    }
}
