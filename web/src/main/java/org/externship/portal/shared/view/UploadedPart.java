package org.externship.portal.shared.view;

import jakarta.servlet.http.Part;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.FileItemHeaders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** One part of an {@link UploadRequest}, as the Servlet API's {@link Part}. */
final class UploadedPart implements Part {

    private final DiskFileItem item;

    UploadedPart(DiskFileItem item) {
        this.item = item;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return item.getInputStream();
    }

    @Override
    public String getContentType() {
        return item.getContentType();
    }

    @Override
    public String getName() {
        return item.getFieldName();
    }

    @Override
    public String getSubmittedFileName() {
        return item.isFormField() ? null : item.getName();
    }

    @Override
    public long getSize() {
        return item.getSize();
    }

    /** Copies the part to the given file (an absolute path, or the name of a file in the upload folder). */
    @Override
    public void write(String fileName) throws IOException {
        Path target = Path.of(fileName);
        if (!target.isAbsolute() && item.getPath() != null) {
            target = item.getPath().resolveSibling(fileName);
        }
        try (InputStream in = item.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete() throws IOException {
        item.delete();
    }

    @Override
    public String getHeader(String name) {
        FileItemHeaders headers = item.getHeaders();
        return headers == null ? null : headers.getHeader(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        FileItemHeaders headers = item.getHeaders();
        List<String> values = new ArrayList<>();
        if (headers != null) {
            headers.getHeaders(name).forEachRemaining(values::add);
        }
        return values;
    }

    @Override
    public Collection<String> getHeaderNames() {
        FileItemHeaders headers = item.getHeaders();
        List<String> names = new ArrayList<>();
        if (headers != null) {
            headers.getHeaderNames().forEachRemaining(names::add);
        }
        return names;
    }
}
