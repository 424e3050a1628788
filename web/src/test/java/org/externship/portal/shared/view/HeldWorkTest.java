package org.externship.portal.shared.view;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What is kept of a postback the portal could not take: the user's fields, nothing of Faces' own. */
class HeldWorkTest {

    @Test
    void keepsTheUsersFieldsAndDropsFacesOwnParameters() {
        Map<String, String[]> postback = new LinkedHashMap<>();
        postback.put("profile", new String[]{"profile"});
        postback.put("profile:medicalSchool", new String[]{"University of Lagos"});
        postback.put("profile:state_input", new String[]{"NY"});
        postback.put("profile:state_focus", new String[]{""});
        postback.put("profile:languages", new String[]{"English", "Yoruba"});
        postback.put("jakarta.faces.ViewState", new String[]{"-123:456"});
        postback.put("jakarta.faces.source", new String[]{"profile:save"});
        postback.put("jakarta.faces.partial.ajax", new String[]{"true"});
        postback.put("primefaces.nonce", new String[]{"abc"});

        Map<String, List<String>> kept = HeldWork.formFields(postback);

        assertEquals(Map.of("profile:medicalSchool", List.of("University of Lagos"),
                "profile:state_input", List.of("NY"),
                "profile:languages", List.of("English", "Yoruba")), kept);
    }

    @Test
    void keepsNoMoreThanTheBounds() {
        Map<String, String[]> postback = new LinkedHashMap<>();
        for (int field = 0; field < HeldWork.MAX_FIELDS + 50; field++) {
            postback.put("form:f" + field, new String[]{"x"});
        }
        assertEquals(HeldWork.MAX_FIELDS, HeldWork.formFields(postback).size());

        Map<String, String[]> huge = new LinkedHashMap<>();
        huge.put("form:a", new String[]{"a".repeat(HeldWork.MAX_CHARACTERS - 100)});
        huge.put("form:b", new String[]{"b".repeat(1_000)});
        assertEquals(List.of("form:a"), List.copyOf(HeldWork.formFields(huge).keySet()));
    }

    @Test
    void menusAndDatePickersAreMatchedByTheirComponentId() {
        Map<String, List<String>> byId = HeldWorkRestorer.byComponentId(Map.of(
                "form:state_input", List.of("NY"), "form:statement", List.of("Dear Dr. Adams")));
        assertEquals(List.of("NY"), byId.get("form:state"));
        assertEquals(List.of("Dear Dr. Adams"), byId.get("form:statement"));
    }
}
