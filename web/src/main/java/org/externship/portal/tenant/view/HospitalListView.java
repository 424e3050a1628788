package org.externship.portal.tenant.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** admin/home.xhtml: every hospital on the portal. */
@Named
@ViewScoped
public class HospitalListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    @Inject
    Hospitals hospitals;

    private List<HospitalSummary> all = List.of();

    @PostConstruct
    void load() {
        all = hospitals.all();
    }

    public List<HospitalSummary> getHospitals() {
        return all;
    }

    public String created(HospitalSummary hospital) {
        return DATE.format(hospital.createdAt());
    }
}
