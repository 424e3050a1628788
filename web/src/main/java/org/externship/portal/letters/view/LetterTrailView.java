package org.externship.portal.letters.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.LetterAccessDto;
import org.externship.portal.letters.boundary.LetterAudit;

import java.io.Serializable;
import java.util.List;

/** coordinator/letter-trail.xhtml: who read or tried to read the hospital's letters, when and from where. */
@Named
@ViewScoped
public class LetterTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterAudit audit;

    private transient List<LetterAccessDto> entries;

    @PostConstruct
    void load() {
        entries = audit.trail();
    }

    public List<LetterAccessDto> getEntries() {
        if (entries == null) {
            load();
        }
        return entries;
    }
}
