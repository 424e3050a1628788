package org.externship.portal.shared.view;

import jakarta.faces.model.SelectItem;

import java.util.List;
import java.util.function.Function;

/**
 * The choices of a long list (a hospital's hundred externships), made once by the page's view: each item's value
 * and label are read here, not by two expressions per item at every rendering of the page.
 */
public final class Choices {

    private Choices() {
    }

    public static <T> List<SelectItem> of(List<T> things, Function<T, Object> value, Function<T, String> label) {
        return things.stream().map(thing -> new SelectItem(value.apply(thing), label.apply(thing))).toList();
    }
}
