package org.externship.portal.report.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations (the JSON that {@code p:chart} takes) for the reports page, drawn like the learning log's
 * progress charts: the portal's teal, no animation, fitting their box; each chart has its numbers as a table beside it
 * ({@code chart-table.xhtml}).
 */
final class ReportCharts {

    /** The portal's teal (as on the progress page). */
    private static final String TEAL = "#0f6b6f";

    private ReportCharts() {
    }

    /** One series of bars, horizontal when {@code horizontal}; {@code max} fixes the value axis (null: automatic). */
    static String bars(List<String> labels, List<? extends Number> values, String seriesLabel, boolean horizontal,
                       Integer max) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v == null ? 0 : v.longValue()));
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        if (max != null) {
            options.add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                    Json.createObjectBuilder().add("min", 0).add("max", max)));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", seriesLabel)
                                .add("data", data).add("backgroundColor", TEAL))))
                .add("options", options).build().toString();
    }
}
