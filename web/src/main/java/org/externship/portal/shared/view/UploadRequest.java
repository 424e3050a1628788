package org.externship.portal.shared.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.apache.commons.fileupload2.core.DiskFileItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multipart request as {@link UploadRequestFilter} parsed it: the form fields are request parameters (beside the
 * query string's), every part is a {@link Part}, so Faces and PrimeFaces read it as they read the container's own.
 */
final class UploadRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    private final List<Part> parts;

    UploadRequest(HttpServletRequest request, List<DiskFileItem> items) {
        super(request);
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, new ArrayList<>(List.of(values))));
        List<Part> all = new ArrayList<>();
        for (DiskFileItem item : items) {
            all.add(new UploadedPart(item));
            if (item.isFormField()) {
                fields.computeIfAbsent(item.getFieldName(), name -> new ArrayList<>()).add(text(item, charset));
            }
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        fields.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(map);
        this.parts = List.copyOf(all);
    }

    private static String text(DiskFileItem item, Charset charset) {
        try {
            return item.getString(charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Collection<Part> getParts() {
        return parts;
    }

    @Override
    public Part getPart(String name) {
        return parts.stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
    }
}
