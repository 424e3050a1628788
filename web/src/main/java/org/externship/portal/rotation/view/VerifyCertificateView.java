package org.externship.portal.rotation.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.rotation.boundary.CertificateCheck;
import org.externship.portal.rotation.boundary.CertificateCheckDto;

/**
 * verify.xhtml: the public verification of a certificate, for anyone (a residency program, an employer), signed in
 * or not: from the QR code's link (code and seal), the short link, or a code typed into the page's form. Says
 * whether it is genuine, revoked or not confirmed, and shows only the facts printed on a genuine or revoked one.
 */
@Named
@RequestScoped
public class VerifyCertificateView {

    @Inject
    CertificateCheck check;

    private String code;
    private String seal;
    private CertificateCheckDto result;

    /** The view action: checks the code in the address, if any. */
    public void load() {
        if (code != null && !code.isBlank()) {
            result = check.verify(code, seal);
        }
    }

    /** Checks the code typed into the form (without a seal: the facts shown are the portal's). */
    public void verify() {
        seal = null;
        result = check.verify(code, null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSeal() {
        return seal;
    }

    public void setSeal(String seal) {
        this.seal = seal;
    }

    /** The answer; null until a code was given. */
    public CertificateCheckDto getResult() {
        return result;
    }
}
