package org.externship.portal.report.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations (the JSON that {@code p:chart} takes) for the reports page, drawn like the learning log's
 * progress charts: the portal's teal, no animation, fitting their box; each chart has its numbers as a table beside it
 * ({@code chart-table.xhtml}).
 */
final class ReportCharts {

    /** Made once: {@code Json.create...} looks its provider up anew at every call (a fifth of a report page). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** The portal's teal (as on the progress page). */
    private static final String TEAL = "#0f6b6f";

    private ReportCharts() {
    }

    /** One series of bars, horizontal when {@code horizontal}; {@code max} fixes the value axis (null: automatic). */
    static String bars(List<String> labels, List<? extends Number> values, String seriesLabel, boolean horizontal,
                       Integer max) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        values.forEach(v -> data.add(v == null ? 0 : v.longValue()));
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        if (max != null) {
            options.add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y",
                    JSON.createObjectBuilder().add("min", 0).add("max", max)));
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets",
                        JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("label", seriesLabel)
                                .add("data", data).add("backgroundColor", TEAL))))
                .add("options", options).build().toString();
    }
}
