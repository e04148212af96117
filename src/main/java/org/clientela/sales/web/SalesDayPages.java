package org.clientela.sales.web;

import org.clientela.platform.AuditLog;
import org.clientela.platform.DaySection;
import org.clientela.platform.Role;
import org.clientela.sales.internal.day.SellerDay;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sales section of "my day": the signed-in seller's appointments and call-backs due today,
 * prospects ready for a first call and the call-backs promised for later. Each call-back links to
 * its prospect to log the step, which keeps the promise (sellers have no "keep" button in service).
 */
@Controller
class SalesDayPages {

    static final String PATH = "/sales/my-day";

    private final SellerDay days;

    SalesDayPages(SellerDay days) {
        this.days = days;
    }

    @Bean
    static DaySection salesDaySection() {
        return DaySection.of("sales", "sales.myDay.name", PATH, 15, Role.SALES, Role.MANAGER, Role.ADMIN);
    }

    @GetMapping(PATH)
    @PreAuthorize(SalesRoles.WRITERS)
    String day(Model model) {
        model.addAttribute("day", days.of(AuditLog.currentActor()));
        return "sales/my-day :: day";
    }
}
