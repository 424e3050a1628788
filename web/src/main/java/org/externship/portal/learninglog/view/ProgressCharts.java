package org.externship.portal.learninglog.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations (the JSON that {@code p:chart} takes) for the progress page, in the portal's colours. Every
 * chart fits its container (a phone's width too) and has a table beside it on the page for screen readers.
 */
final class ProgressCharts {

    /** The portal's teal, then colours that stay apart for the colour-blind and keep 3:1 against white. */
    static final List<String> COLOURS = List.of("#0f6b6f", "#b35c00", "#5a3fa0", "#1f5fa8", "#a12f2f", "#3d7a1d",
            "#6b5b00", "#8a1f5c", "#2f4f4f");

    private ProgressCharts() {
    }

    /** One series of bars: labels and their values. */
    static String bars(List<String> labels, List<? extends Number> values, String seriesLabel, boolean horizontal) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", seriesLabel)
                .add("data", numbers(values)).add("backgroundColor", COLOURS.get(0));
        JsonObjectBuilder options = options(false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return config("bar", labels, Json.createArrayBuilder().add(dataset), options);
    }

    /** Bars stacked by series: {@code series} maps each series' label to its values, one per label. */
    static String stackedBars(List<String> labels, Map<String, List<Long>> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<String, List<Long>> one : series.entrySet()) {
            datasets.add(Json.createObjectBuilder().add("label", one.getKey()).add("data", numbers(one.getValue()))
                    .add("backgroundColor", COLOURS.get(colour++ % COLOURS.size())));
        }
        JsonObjectBuilder options = options(true).add("indexAxis", "y").add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true)));
        return config("bar", labels, datasets, options);
    }

    /** Parts of a whole. */
    static String doughnut(List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", numbers(values))
                .add("backgroundColor", colours);
        return config("doughnut", labels, Json.createArrayBuilder().add(dataset), options(true));
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets,
                                 JsonObjectBuilder options) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder options(boolean legend) {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", legend).add("position", "bottom")));
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number value : values) {
            if (value instanceof BigDecimal decimal) {
                array.add(decimal);
            } else {
                array.add(value.longValue());
            }
        }
        return array;
    }
}
