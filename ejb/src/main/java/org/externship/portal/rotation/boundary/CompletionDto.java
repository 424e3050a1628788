package org.externship.portal.rotation.boundary;

import java.util.List;

/**
 * What the end of a placement gave its student ({@link MyCompletion#of}): the attendings' evaluations sent, and the
 * certificate, null until the placement is completed.
 */
public record CompletionDto(List<EvaluationDto> evaluations, CertificateDto certificate) {

    public CompletionDto {
        evaluations = List.copyOf(evaluations);
    }
}
