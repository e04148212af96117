package org.clientela.sales.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.clientela.sales.internal.figures.FigureScope;
import org.clientela.sales.internal.figures.GroupBy;
import org.clientela.sales.internal.figures.GroupComparison;
import org.clientela.sales.internal.figures.SalesFigures;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Reads the figures' query parameters (period, grouping, the two sides of a comparison) the same
 * way for the API and the pages, and narrows them to what the caller may see: a sales person sees
 * the figures of their own prospects and activities only.
 */
@Component
class FigureParameters {

    /** Roles that see everyone's figures. */
    static final String EVERYONE = "hasAnyRole('ADMIN','MANAGER','VIEWER')";

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','VIEWER','SALES')";

    private static final int MAX_USERNAME = 64;

    private final BusinessSettings settings;
    private final Clock clock;
    private final SalesFigures figures;
    private final MessageSource messages;

    FigureParameters(BusinessSettings settings, Clock clock, SalesFigures figures, MessageSource messages) {
        this.settings = settings;
        this.clock = clock;
        this.figures = figures;
        this.messages = messages;
    }

    /** A period of days, {@code to} excluded; by default the twelve months up to today. */
    record Period(LocalDate from, LocalDate to) {}

    Period period(String from, String to) {
        LocalDate end =
                blank(to) ? LocalDate.now(clock.withZone(settings.timeZone())).plusDays(1) : day("to", to);
        LocalDate start = blank(from) ? end.minusYears(1) : day("from", from);
        if (!start.isBefore(end)) {
            throw new FigureParameterException("to", "sales.figures.period.backwards");
        }
        if (start.plusYears(5).isBefore(end)) {
            throw new FigureParameterException("from", "sales.figures.period.tooLong");
        }
        return new Period(start, end);
    }

    /** The scope of a period for the caller, with optional filters. */
    FigureScope scope(Period period, Long campaignId, String seller, String strategy, Authentication caller) {
        ZoneId zone = settings.timeZone();
        String wantedStrategy = blank(strategy) ? null : strategy(strategy, "strategy");
        String wantedSeller = blank(seller) ? null : seller.strip();
        if (wantedSeller != null && wantedSeller.length() > MAX_USERNAME) {
            throw new FigureParameterException("seller", "sales.figures.seller.invalid");
        }
        FigureScope scope = new FigureScope(
                period.from().atStartOfDay(zone).toInstant(),
                period.to().atStartOfDay(zone).toInstant(),
                campaignId,
                wantedSeller,
                wantedStrategy);
        return narrow(scope, caller);
    }

    GroupBy groupBy(String groupBy) {
        return GroupBy.of(blank(groupBy) ? "seller" : groupBy.strip())
                .orElseThrow(() -> new FigureParameterException("groupBy", "sales.figures.groupBy.invalid"));
    }

    /**
     * One side of a comparison, {@code strategy:TOP_DOWN}, {@code campaign:ID} or
     * {@code seller:USERNAME}; a sales person may compare their own figures only, so naming another
     * seller is refused (403).
     */
    GroupComparison.Side side(String parameter, String spec, Period period, Authentication caller, Locale locale) {
        if (blank(spec) || spec.indexOf(':') < 1) {
            throw new FigureParameterException(parameter, "sales.figures.group.invalid");
        }
        String kind = spec.substring(0, spec.indexOf(':')).strip();
        String value = spec.substring(spec.indexOf(':') + 1).strip();
        String group = kind + ":" + value;
        return switch (kind) {
            case "strategy" -> {
                String strategy = strategy(value, parameter);
                yield new GroupComparison.Side(
                        group,
                        scope(period, null, null, strategy, caller),
                        messages.getMessage("sales.figures.group.strategy." + strategy, null, locale));
            }
            case "campaign" -> {
                long id = campaign(value, parameter);
                String name = figures.campaignName(id)
                        .orElseThrow(
                                () -> new FigureParameterException(parameter, "sales.figures.group.unknownCampaign"));
                yield new GroupComparison.Side(
                        group,
                        scope(period, id, null, null, caller),
                        messages.getMessage("sales.figures.group.campaign", new Object[] {name}, locale));
            }
            case "seller" -> {
                if (value.isEmpty() || value.length() > MAX_USERNAME) {
                    throw new FigureParameterException(parameter, "sales.figures.group.invalid");
                }
                if (!seesEveryone(caller) && !value.equals(caller.getName())) {
                    throw new AccessDeniedException("a sales person compares their own figures only");
                }
                yield new GroupComparison.Side(
                        group,
                        scope(period, null, value, null, caller),
                        messages.getMessage("sales.figures.group.seller", new Object[] {value}, locale));
            }
            default -> throw new FigureParameterException(parameter, "sales.figures.group.invalid");
        };
    }

    /** Whether the caller sees every seller's figures (managers, admins, viewers) or only their own. */
    static boolean seesEveryone(Authentication caller) {
        for (GrantedAuthority authority : caller.getAuthorities()) {
            String role = authority.getAuthority();
            if (role.equals("ROLE_ADMIN") || role.equals("ROLE_MANAGER") || role.equals("ROLE_VIEWER")) {
                return true;
            }
        }
        return false;
    }

    private static FigureScope narrow(FigureScope scope, Authentication caller) {
        return seesEveryone(caller) ? scope : scope.forSeller(caller.getName());
    }

    private static String strategy(String value, String parameter) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!upper.equals("TOP_DOWN") && !upper.equals("BOTTOM_UP")) {
            throw new FigureParameterException(parameter, "sales.figures.strategy.invalid");
        }
        return upper;
    }

    private static long campaign(String value, String parameter) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new FigureParameterException(parameter, "sales.figures.group.invalid");
        }
    }

    private static LocalDate day(String parameter, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FigureParameterException(parameter, "sales.figures.date.invalid");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
