package org.clientela.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.clientela.platform.ClientelaSettings;
import org.springframework.stereotype.Component;

/**
 * Uploaded files are copied to the data folder before they are read: an import reads its file
 * twice (check, then write) and never holds it in memory.
 */
@Component
public class SpooledFile {

    private final Path folder;

    SpooledFile(ClientelaSettings settings) {
        this.folder = settings.dataDir().resolve("imports");
    }

    /** Copies {@code in} to a new file and returns its path. */
    public Path store(InputStream in) {
        return store(in, null);
    }

    /**
     * Copies {@code in} to a new file named as the person's file was, in a folder of its own, so
     * whatever reports on the file (the audit log) names the file the person chose, not a random
     * name.
     */
    public Path store(InputStream in, String originalName) {
        try {
            Path own = Files.createDirectories(folder.resolve(UUID.randomUUID().toString()));
            Path file = own.resolve(safeName(originalName));
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Path own = file.getParent();
            if (own != null && !own.equals(folder) && own.startsWith(folder)) {
                Files.deleteIfExists(own);
            }
        } catch (IOException e) {
            // A leftover temporary file harms nobody; the folder can be emptied at any time.
        }
    }

    /** The last part of the name a browser sent, with only letters, digits, spaces and {@code . _ -}. */
    static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .strip();
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.isEmpty() || name.startsWith(".") ? "upload.csv" : name;
    }
}
