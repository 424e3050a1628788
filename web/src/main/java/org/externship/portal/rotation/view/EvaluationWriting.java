package org.externship.portal.rotation.view;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.rotation.boundary.EvaluationDto;
import org.externship.portal.rotation.boundary.Evaluations;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation step of the attending's end-of-placement task (attending/wrap-up.xhtml): what they sent, or the form
 * to send it, and the sending with its messages. A comment that identifies a patient is named with its competency.
 */
@Dependent
public class EvaluationWriting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    @Inject
    Feedback feedback;

    /** The caller's evaluation of the placement, once sent. */
    public Optional<EvaluationDto> sent(long placementId) {
        return evaluations.mine(placementId);
    }

    /** Sends the evaluation in {@code form} (of form {@code formId}); false, with the reasons shown, if refused. */
    public boolean send(EvaluationForm form, String formId) {
        try {
            evaluations.submit(form.toCommand());
            feedback.info("evaluation.thanks");
            return true;
        } catch (IdentifiersFoundException e) {
            Map<String, List<String>> byField = new LinkedHashMap<>();
            e.findingsByField().forEach((field, texts) -> byField.put(field, "overall".equals(field) ? texts
                    : texts.stream().map(t -> feedback.text("evaluation.competency." + field) + ": " + t).toList()));
            feedback.errorOnFields(formId, e.arguments()[0].toString(), byField);
        } catch (InvalidInputException e) {
            feedback.error(e, formId);
        } catch (PortalException e) {
            feedback.error(e);
        }
        return false;
    }
}
