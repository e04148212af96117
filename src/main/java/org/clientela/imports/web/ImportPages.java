package org.clientela.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.clientela.imports.internal.ImportJob;
import org.clientela.imports.internal.ImportJobs;
import org.clientela.imports.internal.ImportKind;
import org.clientela.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: choose a file, watch it being checked and written, read what went wrong. */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class ImportPages {

    private final ImportJobs jobs;
    private final Clock clock;

    ImportPages(ImportJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("jobs", jobs.latest(20));
        model.addAttribute("now", clock.instant());
        return "imports/index";
    }

    @PostMapping
    String start(@RequestParam ImportKind kind, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("fileError", "imports.file.required");
            model.addAttribute("chosenKind", kind);
            return form(model);
        }
        try (InputStream in = file.getInputStream()) {
            long id = jobs.start(kind, file.getOriginalFilename(), in);
            return "redirect:/imports/" + id;
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("job", job(id));
        model.addAttribute("now", clock.instant());
        return "imports/show";
    }

    /** The progress panel alone: htmx asks for it every second while the import runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", job(id));
        model.addAttribute("now", clock.instant());
        return "imports/show :: progress";
    }

    private ImportJob job(long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }
}
