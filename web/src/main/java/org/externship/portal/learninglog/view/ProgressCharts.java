package org.externship.portal.learninglog.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations (the JSON that {@code p:chart} takes) for the progress page, in the portal's colours. Every
 * chart fits its container (a phone's width too) and has a table beside it on the page for screen readers.
 */
final class ProgressCharts {

    /** Made once: {@code Json.create...} looks its provider up anew at every call (a fifth of a report page). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** The portal's teal, then colours that stay apart for the colour-blind and keep 3:1 against white. */
    static final List<String> COLOURS = List.of("#0f6b6f", "#b35c00", "#5a3fa0", "#1f5fa8", "#a12f2f", "#3d7a1d",
            "#6b5b00", "#8a1f5c", "#2f4f4f");

    private ProgressCharts() {
    }

    /** One series of bars: labels and their values. */
    static String bars(List<String> labels, List<? extends Number> values, String seriesLabel, boolean horizontal) {
        JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", seriesLabel)
                .add("data", numbers(values)).add("backgroundColor", COLOURS.get(0));
        JsonObjectBuilder options = options(false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return config("bar", labels, JSON.createArrayBuilder().add(dataset), options);
    }

    /** Bars stacked by series: {@code series} maps each series' label to its values, one per label. */
    static String stackedBars(List<String> labels, Map<String, List<Long>> series) {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<String, List<Long>> one : series.entrySet()) {
            datasets.add(JSON.createObjectBuilder().add("label", one.getKey()).add("data", numbers(one.getValue()))
                    .add("backgroundColor", COLOURS.get(colour++ % COLOURS.size())));
        }
        JsonObjectBuilder options = options(true).add("indexAxis", "y").add("scales", JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("stacked", true))
                .add("y", JSON.createObjectBuilder().add("stacked", true)));
        return config("bar", labels, datasets, options);
    }

    /** Parts of a whole. */
    static String doughnut(List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder colours = JSON.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        JsonObjectBuilder dataset = JSON.createObjectBuilder().add("data", numbers(values))
                .add("backgroundColor", colours);
        return config("doughnut", labels, JSON.createArrayBuilder().add(dataset), options(true));
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets,
                                 JsonObjectBuilder options) {
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(labelArray::add);
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder options(boolean legend) {
        return JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", legend).add("position", "bottom")));
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
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
