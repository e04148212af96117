package org.clientela.backups.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clientela.backups.internal.BackupSettings;
import org.clientela.backups.internal.Restores;
import org.springframework.stereotype.Component;

/** Where an uploaded archive waits while it is restored: the backups folder, which has room for archives. */
@Component
class RestoreUploads {

    private final BackupSettings settings;

    RestoreUploads(BackupSettings settings) {
        this.settings = settings;
    }

    Path newFile() throws IOException {
        Files.createDirectories(settings.dir());
        return Files.createTempFile(settings.dir(), "upload-", ".zip.part");
    }

    /**
     * The name as typed: HTTP headers arrive read as ISO-8859-1, so a name with accents sent as UTF-8
     * (as curl and browsers send it) is read again as UTF-8 when that is what matches.
     */
    static String typedName(String header, Restores restores) {
        if (header == null || restores.isBusinessName(header)) {
            return header;
        }
        return new String(header.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
