package org.externship.portal.rotation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.rotation.entity.Certificate;

/** A certificate's links (the QR code's, with the seal; the short one to type) and its PDF. */
@Dependent
public class CertificateDocuments {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final CertificateComposer composer = new CertificateComposer();

    /** The verification page's address with the code and the seal: what the QR code holds. */
    public String verifyLink(Certificate certificate) {
        return baseUrl + "/verify.xhtml?c=" + certificate.code() + "&s=" + certificate.seal();
    }

    /** The short address to type: the code alone ("…/c/K7Q2-MX4P-9TRA"). */
    public String shortLink(Certificate certificate) {
        return baseUrl + "/c/" + CertificateCodes.shown(certificate.code());
    }

    public byte[] pdf(Certificate certificate) {
        return composer.compose(certificate.facts(), verifyLink(certificate), shortLink(certificate),
                certificate.revokedAt());
    }
}
