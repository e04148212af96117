package org.clientela.backups.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clientela.backups.internal.BackupReason;
import org.clientela.backups.internal.BackupRecord;
import org.clientela.backups.internal.BackupRuns;
import org.clientela.backups.internal.Backups;
import org.clientela.backups.internal.Restores;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backups and restores over the API, for admins only. A backup is verified before the answer (it
 * is restored into a scratch database), so {@code verified} says whether it will restore. A restore
 * takes the archive as the request body ({@code application/zip}) and the business's name in
 * {@code X-Confirm-Business}; it answers 409 with the reason when it refuses, having changed nothing.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('ADMIN')")
class BackupApi {

    static final String CONFIRM_HEADER = "X-Confirm-Business";
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final BackupRuns runs;
    private final Backups backups;
    private final Restores restores;
    private final RestoreUploads uploads;

    BackupApi(BackupRuns runs, Backups backups, Restores restores, RestoreUploads uploads) {
        this.runs = runs;
        this.backups = backups;
        this.restores = restores;
        this.uploads = uploads;
    }

    /** A backup as the API shows it; {@code rows} counts the rows of every table in it. */
    record BackupView(long id, Instant createdAt, boolean verified, long rows, long sizeBytes, BackupReason reason) {

        static BackupView of(BackupRecord b) {
            return new BackupView(b.id(), b.createdAt(), b.verified(), b.rows(), b.sizeBytes(), b.reason());
        }
    }

    /** What a restore did: rows per table, the backup it took first, erasures applied again. */
    record RestoreView(
            Map<String, Long> rows,
            long totalRows,
            long backupBefore,
            Instant archiveCreatedAt,
            int erasuresReapplied,
            Map<String, String> migratedFrom) {}

    @PostMapping("/backups")
    @ResponseStatus(HttpStatus.CREATED)
    BackupView backUp() {
        return BackupView.of(runs.backUpAndVerify(BackupReason.MANUAL));
    }

    @GetMapping("/backups")
    List<BackupView> list() {
        return backups.list().stream().map(BackupView::of).toList();
    }

    @GetMapping(path = "/backups/{id}/archive", produces = "application/zip")
    ResponseEntity<Resource> archive(@PathVariable long id) {
        Path file = backups.archive(id);
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.getFileName().toString())
                                .build()
                                .toString())
                .body(new FileSystemResource(file));
    }

    @PostMapping(path = "/restores", consumes = "application/zip")
    RestoreView restore(
            HttpServletRequest request, @RequestHeader(name = CONFIRM_HEADER, required = false) String business)
            throws IOException {
        Path upload = uploads.newFile();
        try {
            try (InputStream body = request.getInputStream()) {
                Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            Restores.Restored done = restores.restore(upload, RestoreUploads.typedName(business, restores));
            return new RestoreView(
                    done.rows(),
                    done.totalRows(),
                    done.before(),
                    done.archiveCreatedAt(),
                    done.reapplied(),
                    done.migratedFrom());
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
