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
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(UUID.randomUUID() + ".csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file harms nobody; the folder can be emptied at any time.
        }
    }
}
