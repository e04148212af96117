package org.clientela.retention.web;

import java.util.Map;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.retention.internal.segments.CustomerSegmentation;
import org.clientela.retention.internal.segments.RfmSegment;
import org.clientela.retention.internal.segments.SegmentReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The RFM segments: how many customers and how much revenue in each, and the customers of one. */
@Controller
@RequestMapping("/retention/segments")
class SegmentPages {

    static final int PAGE_SIZE = 25;

    private final SegmentReport report;
    private final CustomerSegmentation segmentation;
    private final CustomerDirectory customers;

    SegmentPages(SegmentReport report, CustomerSegmentation segmentation, CustomerDirectory customers) {
        this.report = report;
        this.segmentation = segmentation;
        this.customers = customers;
    }

    @GetMapping
    @PreAuthorize(RetentionRoles.READERS)
    String overview(Model model) {
        model.addAttribute("run", report.latestRun().orElse(null));
        model.addAttribute("totals", report.totals());
        return "retention/segments";
    }

    @PostMapping("/run")
    @PreAuthorize(RetentionRoles.PLANNERS)
    String run(RedirectAttributes redirect) {
        long segmented = segmentation.runNow();
        redirect.addFlashAttribute(
                "flash", segmented < 0 ? "retention.segments.run.busy" : "retention.segments.run.done");
        return "redirect:/retention/segments";
    }

    @GetMapping("/{slug}")
    @PreAuthorize(RetentionRoles.READERS)
    String segment(
            @PathVariable String slug,
            @RequestParam(defaultValue = "REVENUE") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RfmSegment segment;
        try {
            segment = RfmSegment.fromSlug(slug);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("segment", slug);
        }
        SegmentReport.Sort order = "RECENT".equals(sort) ? SegmentReport.Sort.RECENT : SegmentReport.Sort.REVENUE;
        Slice<SegmentReport.Member> members = report.members(segment, order, Math.max(0, page), PAGE_SIZE);
        Map<Long, CustomerDirectory.CustomerRef> names = customers.findAll(
                members.items().stream().map(SegmentReport.Member::customerId).toList());
        model.addAttribute("segment", segment);
        model.addAttribute("sort", order);
        model.addAttribute("sorts", SegmentReport.Sort.values());
        model.addAttribute("members", members);
        model.addAttribute("names", names);
        model.addAttribute("run", report.latestRun().orElse(null));
        return "retention/segment";
    }
}
