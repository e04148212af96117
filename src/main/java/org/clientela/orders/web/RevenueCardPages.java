package org.clientela.orders.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.HomeCard;
import org.clientela.platform.PeriodSoFar;
import org.clientela.platform.Trend;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The orders module's card on the home page: what was sold this month so far against the same days
 * of the same month last year (a month against last month would compare December with November).
 * Everybody signed in reads the order list it links to, so everybody sees it.
 */
@Controller
class RevenueCardPages {

    static final String PATH = "/orders/home/revenue";

    private final PurchaseFigures figures;
    private final ClientelaSettings settings;
    private final Clock clock;

    RevenueCardPages(PurchaseFigures figures, ClientelaSettings settings, Clock clock) {
        this.figures = figures;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    static HomeCard revenueHomeCard() {
        return HomeCard.of("revenue", "orders.home.revenue.title", PATH, 10, HomeCard.everyone());
    }

    @GetMapping(PATH)
    @PreAuthorize("isAuthenticated()")
    String card(Model model) {
        PeriodSoFar period = PeriodSoFar.monthAYearAgo(LocalDate.now(clock));
        String currency = settings.currency().getCurrencyCode();
        BigDecimal now = figures.revenue(period.from(), period.to(), currency);
        BigDecimal before = figures.revenue(period.previousFrom(), period.previousTo(), currency);
        model.addAttribute("noOrders", figures.bookVersion() == 0);
        model.addAttribute("period", period);
        model.addAttribute("currency", currency);
        model.addAttribute("revenue", now);
        model.addAttribute("before", before);
        model.addAttribute("trend", Trend.of(now, before, true));
        return "orders/home :: revenue";
    }
}
