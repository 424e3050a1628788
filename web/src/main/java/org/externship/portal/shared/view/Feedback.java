package org.externship.portal.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns what the boundaries say into messages on the page: business exceptions become a sentence from the bundle,
 * Bean Validation violations of a command become a message on the field of the same name in the given form. Dates
 * in a message read as the pages show them ({@link Formats}).
 */
@ApplicationScoped
public class Feedback {

    static final String BUNDLE = "org.externship.portal.web.messages";

    @Inject
    Formats formats;

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, bundle.getLocale()).format(inWords(arguments));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The arguments of a message as a person reads them: a date as "Jan 31, 2027" and a moment with its time, like
     * every date on the pages, not as Java writes them ("2027-01-31").
     */
    Object[] inWords(Object... arguments) {
        return Arrays.stream(arguments).map(this::inWord).toArray();
    }

    private Object inWord(Object argument) {
        if (argument instanceof LocalDate date) {
            return formats.date(date);
        }
        if (argument instanceof Instant moment) {
            return formats.moment(moment);
        }
        return argument;
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An information message that survives the redirect to the next page (the flash). */
    public void keepForRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An error message already in words (e.g. one requirement a student misses). */
    public void errorText(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    public void error(PortalException e) {
        add(null, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.arguments()));
    }

    /** Puts each violation on the input whose id is the violated property's name, inside {@code formId}. */
    public void error(InvalidInputException e, String formId) {
        error(e, formId, violation -> null);
    }

    /**
     * Like {@link #error(InvalidInputException, String)}, but {@code clientIdOf} may name the client id of a
     * violation's input itself (for inputs in repeated rows, or a class-level constraint shown on one input);
     * where it answers null, the input is found by the violated property's name.
     */
    public void error(InvalidInputException e, String formId, Function<ConstraintViolation<?>, String> clientIdOf) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        add(null, FacesMessage.SEVERITY_ERROR, text("error.validation"));
        for (ConstraintViolation<?> violation : e.violations()) {
            String clientId = clientIdOf.apply(violation);
            if (clientId == null) {
                String field = leaf(violation.getPropertyPath());
                UIComponent input = faces.getViewRoot().findComponent(formId + ":" + field);
                clientId = input == null ? null : input.getClientId(faces);
            }
            add(clientId, FacesMessage.SEVERITY_ERROR, violation.getMessage());
        }
    }

    /**
     * An error in words above the form ({@code summary}) and, next to each field of {@code formId} named in
     * {@code textsByField}, what is wrong with it (e.g. the patient identifiers found in a text).
     */
    public void errorOnFields(String formId, String summary, Map<String, List<String>> textsByField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        add(null, FacesMessage.SEVERITY_ERROR, summary);
        textsByField.forEach((field, texts) -> {
            UIComponent input = faces.getViewRoot().findComponent(formId + ":" + field);
            String clientId = input == null ? null : input.getClientId(faces);
            // one message per field: a field shows one message (p:message), and every finding must be seen
            add(clientId, FacesMessage.SEVERITY_ERROR, String.join(" ", texts));
        });
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
