package org.externship.portal.passport.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.shared.control.AfterTransaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The passport files on disk, outside the web root: {@code ${portal.data.dir}/documents/<random id>}, named by a
 * random key only (nothing the user typed reaches a path). Files follow the transaction of the metadata row: a
 * file written in a transaction that rolls back is deleted, and a file replaced or removed is deleted only once
 * the transaction has committed. So an upload leaves either a file and its row, or neither.
 */
@ApplicationScoped
public class DocumentStore {

    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    String dataDir;

    @Inject
    AfterTransaction afterTransaction;

    /** The folder of the files, created on first use. */
    public Path folder() {
        Path folder = Path.of(dataDir, "documents").toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return folder;
    }

    /**
     * Writes the content under a new random key, to be kept only if the current transaction commits.
     *
     * @return the key of the file
     */
    public String write(byte[] content) {
        Path folder = folder();
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = folder.resolve(key);
        Path partial = folder.resolve(key + ".partial");
        try {
            Files.write(partial, content);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("cannot store a document in " + folder, e);
        }
        afterTransaction.onRollback("delete " + target, () -> deleteQuietly(target));
        return key;
    }

    /** The content of the file {@code key}. */
    public byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + key, e);
        }
    }

    /** Deletes the file {@code key} once the current transaction has committed (kept if it rolls back). */
    public void deleteAfterCommit(String key) {
        Path path = path(key);
        afterTransaction.onCommit("delete " + path, () -> deleteQuietly(path));
    }

    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a document key: " + key);
        }
        return folder().resolve(key);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + path, e);
        }
    }
}
