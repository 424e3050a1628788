package org.externship.portal.shared.view;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registered for {@code PreRenderViewEvent} (faces-config.xml): when a page opens (not a postback) and
 * {@link HeldWork} holds what the user typed there earlier, each field gets its text back as the submitted value,
 * which the page shows instead of the stored one, and a message says what happened. PrimeFaces inputs that post
 * under {@code <id>_input} (menus, date pickers) are matched by their own id.
 */
public class HeldWorkRestorer implements SystemEventListener {

    /*
     * Found at the first page and kept for the application's life (Faces makes one listener): CDI.current() walks the
     * caller's stack to find the application, at every page of every user (as StudentScope keeps its own).
     */
    private volatile Instance<HeldWork> heldWork;
    private volatile Instance<HeldWorkOwner> owners;

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || faces.getExternalContext().getSession(false) == null) {
            return;
        }
        UIViewRoot root = faces.getViewRoot();
        // nearly every page has nothing kept: ask who is asking (a keyed hash) only when something is
        if (heldWork == null || owners == null) {
            CDI<Object> cdi = CDI.current();
            owners = cdi.select(HeldWorkOwner.class);
            heldWork = cdi.select(HeldWork.class);
        }
        heldWork.get().take(root.getViewId())
                .filter(form -> form.owner() == null || form.owner().equals(owners.get().current()))
                .ifPresent(form -> restore(faces, root, form));
    }

    private static void restore(FacesContext faces, UIViewRoot root, HeldWork.HeldForm form) {
        Map<String, List<String>> fields = byComponentId(form.fields());
        root.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            List<String> values = fields.get(component.getClientId(faces));
            if (values != null && component instanceof EditableValueHolder input) {
                input.setSubmittedValue(submitted(component, values));
            }
            return VisitResult.ACCEPT;
        });
        CDI.current().select(Feedback.class).get().info(form.reason() == HeldWork.Reason.SESSION_ENDED
                ? "heldWork.restoredAfterSessionEnded" : "heldWork.restored");
    }

    private static Object submitted(UIComponent component, List<String> values) {
        return component instanceof UISelectMany || values.size() > 1 ? values.toArray(String[]::new) : values.get(0);
    }

    /** {@code form:state_input} is the field of the component {@code form:state}; the plain id wins if both came. */
    static Map<String, List<String>> byComponentId(Map<String, List<String>> fields) {
        Map<String, List<String>> byId = new HashMap<>();
        fields.forEach((name, values) -> {
            if (name.endsWith("_input")) {
                byId.putIfAbsent(name.substring(0, name.length() - "_input".length()), values);
            }
        });
        byId.putAll(fields);
        return byId;
    }
}
