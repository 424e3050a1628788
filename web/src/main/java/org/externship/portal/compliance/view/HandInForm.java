package org.externship.portal.compliance.view;

import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;

/** The hand-in of one checklist item on the student's page: the file, and the last day it is valid if it expires. */
public class HandInForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate expiresOn;
    private transient UploadedFile file;

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
