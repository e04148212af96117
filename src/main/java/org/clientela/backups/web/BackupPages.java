package org.clientela.backups.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clientela.backups.internal.BackupReason;
import org.clientela.backups.internal.BackupRecord;
import org.clientela.backups.internal.BackupRefused;
import org.clientela.backups.internal.BackupRuns;
import org.clientela.backups.internal.BackupSettings;
import org.clientela.backups.internal.Backups;
import org.clientela.backups.internal.Restores;
import org.clientela.platform.HomeCard;
import org.clientela.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's backups page: the backups kept, "back up now", each archive to download, and a
 * restore from an uploaded archive once the business's name is typed. Also the home page's card
 * that warns when the last verified backup is too old.
 */
@Controller
@RequestMapping("/admin/backups")
@PreAuthorize("hasRole('ADMIN')")
class BackupPages {

    private final Backups backups;
    private final BackupRuns runs;
    private final Restores restores;
    private final RestoreUploads uploads;
    private final BackupSettings settings;
    private final Clock clock;

    BackupPages(
            Backups backups,
            BackupRuns runs,
            Restores restores,
            RestoreUploads uploads,
            BackupSettings settings,
            Clock clock) {
        this.backups = backups;
        this.runs = runs;
        this.restores = restores;
        this.uploads = uploads;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    static HomeCard backupsHomeCard() {
        return HomeCard.of("backups", "backups.home.title", "/admin/backups/card", 90, Role.ADMIN);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("backups", backups.list());
        model.addAttribute("stale", stale());
        model.addAttribute("folder", settings.dir().toAbsolutePath().normalize().toString());
        return "backups/list";
    }

    @PostMapping
    String backUp(RedirectAttributes redirect) {
        BackupRecord backup = runs.backUpAndVerify(BackupReason.MANUAL);
        // A copy that did not restore in its check is an error to act on, shown as one.
        redirect.addFlashAttribute(
                backup.verified() ? "flash" : "flashError", backup.verified() ? "backups.done" : "backups.notVerified");
        return "redirect:/admin/backups";
    }

    @GetMapping("/{id}/archive")
    ResponseEntity<Resource> archive(@PathVariable long id) {
        Path file = backups.archive(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.getFileName().toString())
                                .build()
                                .toString())
                .body(new FileSystemResource(file));
    }

    @PostMapping("/restore")
    String restore(
            @RequestParam(name = "archive", required = false) MultipartFile archive,
            @RequestParam(name = "business", required = false) String business,
            RedirectAttributes redirect)
            throws IOException {
        if (archive == null || archive.isEmpty()) {
            redirect.addFlashAttribute("flashError", "backups.restore.noFile");
            return "redirect:/admin/backups";
        }
        Path upload = uploads.newFile();
        try {
            try (InputStream in = archive.getInputStream()) {
                Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            Restores.Restored done = restores.restore(upload, business);
            redirect.addFlashAttribute("restored", done);
        } catch (BackupRefused refused) {
            redirect.addFlashAttribute("refusedKey", refused.messageKey());
            redirect.addFlashAttribute("refusedDetail", refused.messageArgs()[0]);
        } finally {
            Files.deleteIfExists(upload);
        }
        return "redirect:/admin/backups";
    }

    /** The home card: when the last verified backup was taken, and a warning when that is too long ago. */
    @GetMapping("/card")
    String card(Model model) {
        Optional<Instant> last = backups.lastVerifiedAt();
        model.addAttribute("last", last.orElse(null));
        model.addAttribute("stale", stale());
        model.addAttribute(
                "hours",
                last.map(at -> Duration.between(at, clock.instant()).toHours()).orElse(0L));
        return "backups/card :: card";
    }

    private boolean stale() {
        return backups.lastVerifiedAt()
                .map(at -> at.isBefore(clock.instant().minus(settings.staleAfter())))
                .orElse(true);
    }
}
