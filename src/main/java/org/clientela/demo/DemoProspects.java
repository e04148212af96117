package org.clientela.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.clientela.customers.CustomerId;
import org.clientela.sales.SalesHistory.ActivityRecord;
import org.clientela.sales.SalesHistory.ProspectRecord;

/**
 * Makes up one campaign's prospects and the steps taken with them. Each prospect is given its fate
 * first (how far it gets and how it ends, by the campaign's quotas, in shuffled order), then the
 * gaps between its steps, and its steps are laid out backwards from its last one: a sale a few days
 * before the customer's first order, an appointment due today or tomorrow, or any working day of
 * the campaign late enough for the whole story to fit after its start.
 *
 * <p>Long because a prospect's fate, its gaps and its steps are one backwards lay-out over the
 * campaign's working days and one random stream.
 */
final class DemoProspects {

    /** The most days a sale takes here, first call to decision, weekends skipped included. */
    static final int LONGEST_SALE_DAYS = 95;

    /** A demo customer a campaign won, and the day of their first order. */
    record Winner(CustomerId customer, LocalDate firstPurchase) {}

    private enum Fate {
        UNTOUCHED(0),
        CALLED(1),
        LOST_ON_CALL(1),
        TALKED(2),
        LOST_AFTER_TALK(2),
        APPOINTMENT_DUE(3),
        MET(4),
        LOST_AFTER_MEETING(4),
        PROPOSED(5),
        LOST_AFTER_PROPOSAL(5),
        WON(5);

        final int stages;

        Fate(int stages) {
            this.stages = stages;
        }
    }

    private final SplittableRandom random;
    private final ZoneId zone;
    private final LocalDate today;
    private final LocalDate start;
    private final Instant now;
    private final DemoCompanies companies;
    private final List<String> sellers;
    private final String prefix;
    private int sequence;

    DemoProspects(
            SplittableRandom random,
            ZoneId zone,
            LocalDate today,
            LocalDate start,
            Instant now,
            boolean topDown,
            List<String> sellers,
            String prefix) {
        this.random = random;
        this.zone = zone;
        this.today = today;
        this.start = start;
        this.now = now;
        this.companies = new DemoCompanies(random, topDown);
        this.sellers = sellers;
        this.prefix = prefix;
    }

    List<ProspectRecord> prospects(String campaign, DemoSales.Quotas q, List<Winner> winners) {
        List<Fate> fates = new ArrayList<>();
        int won = Math.min(q.won(), winners.size());
        add(fates, Fate.WON, won);
        add(fates, Fate.LOST_AFTER_PROPOSAL, q.lostAfterProposal() + q.won() - won);
        add(fates, Fate.PROPOSED, q.proposals() - q.won() - q.lostAfterProposal());
        int metOnly = q.meetings() - q.proposals();
        add(fates, Fate.LOST_AFTER_MEETING, metOnly / 2);
        add(fates, Fate.MET, metOnly - metOnly / 2);
        add(fates, Fate.APPOINTMENT_DUE, q.appointments() - q.meetings());
        add(fates, Fate.LOST_AFTER_TALK, q.lostAfterConversation());
        add(fates, Fate.TALKED, q.conversations() - q.appointments() - q.lostAfterConversation());
        add(fates, Fate.LOST_ON_CALL, q.lostBeforeConversation());
        add(fates, Fate.CALLED, q.contacted() - q.conversations() - q.lostBeforeConversation());
        add(fates, Fate.UNTOUCHED, q.prospects() - q.contacted());
        for (int i = fates.size() - 1; i > 0; i--) {
            Collections.swap(fates, i, random.nextInt(i + 1));
        }
        List<ProspectRecord> prospects = new ArrayList<>(fates.size());
        int due = 0;
        int winner = 0;
        for (int i = 0; i < fates.size(); i++) {
            Fate fate = fates.get(i);
            // Appointments due go to each seller in turn, so every seller's day has one.
            String owner =
                    fate == Fate.APPOINTMENT_DUE ? sellers.get(due % sellers.size()) : sellers.get(i % sellers.size());
            Winner customer = fate == Fate.WON ? winners.get(winner++) : null;
            prospects.add(prospect(campaign, fate, owner, customer, fate == Fate.APPOINTMENT_DUE ? due++ : 0));
        }
        return prospects;
    }

    private ProspectRecord prospect(String campaign, Fate fate, String owner, Winner winner, int due) {
        DemoCompanies.Company company = companies.next();
        List<ActivityRecord> steps = steps(fate, owner, winner, due);
        Instant firstStep = steps.isEmpty() ? null : steps.get(0).at();
        Instant created = firstStep == null
                ? at(start.plusDays(random.nextInt((int) Math.max(1, start.until(today, ChronoUnit.DAYS)))))
                : firstStep.minus(Duration.ofDays(1 + random.nextInt(10)));
        Instant opened = at(start).minus(Duration.ofDays(7));
        sequence++;
        return new ProspectRecord(
                campaign,
                String.format(Locale.ROOT, "demo-%s-%04d", prefix, sequence),
                company.name(),
                company.taxId(),
                company.sector(),
                company.employees(),
                company.phone(),
                company.email(),
                company.web(),
                company.address(),
                company.city(),
                company.postalCode(),
                company.source(),
                owner,
                company.research(),
                winner == null ? null : winner.customer(),
                created.isBefore(opened) ? opened : created,
                List.of(company.contact()),
                steps);
    }

    /** The steps of a prospect with this fate, oldest first. */
    private List<ActivityRecord> steps(Fate fate, String owner, Winner winner, int due) {
        if (fate == Fate.UNTOUCHED) {
            return List.of();
        }
        List<String> kinds = new ArrayList<>();
        int calls = fate.stages == 1 ? 1 + random.nextInt(4) : random.nextInt(3);
        add(kinds, "CALL", calls);
        String[] stages = {"CONVERSATION", "APPOINTMENT", "MEETING", "PROPOSAL"};
        for (int stage = 2; stage <= fate.stages; stage++) {
            kinds.add(stages[stage - 2]);
        }
        boolean lost = fate.name().startsWith("LOST");
        if (lost || fate == Fate.WON) {
            kinds.add(lost ? "LOST" : "WON");
        }
        // Moments from the last backwards.
        Instant[] moments = new Instant[kinds.size()];
        int last = kinds.size() - 1;
        LocalDate lastDay;
        if (winner != null) {
            lastDay = winner.firstPurchase().minusDays(2 + random.nextInt(5));
        } else if (fate == Fate.APPOINTMENT_DUE) {
            lastDay = today.minusDays(1 + random.nextInt(5));
        } else {
            int span = (int) start.until(today.minusDays(1), ChronoUnit.DAYS) - LONGEST_SALE_DAYS;
            lastDay = start.plusDays(LONGEST_SALE_DAYS + random.nextInt(Math.max(1, span)));
        }
        moments[last] = workingMoment(lastDay);
        for (int i = last - 1; i >= 0; i--) {
            String later = kinds.get(i + 1);
            int gap = switch (later) {
                case "APPOINTMENT" -> 0;
                case "MEETING" -> 3 + random.nextInt(10);
                case "PROPOSAL" -> 2 + random.nextInt(9);
                case "WON", "LOST" -> kinds.get(i).equals("PROPOSAL") ? 5 + random.nextInt(26) : 1 + random.nextInt(10);
                default -> 1 + random.nextInt(5);
            };
            Instant candidate = gap == 0
                    ? moments[i + 1].minus(Duration.ofMinutes(minutes(kinds.get(i)) + 1))
                    : workingMoment(LocalDate.ofInstant(moments[i + 1], zone).minusDays(gap));
            Instant latestAllowed = moments[i + 1].minus(Duration.ofMinutes(30));
            moments[i] = candidate.isAfter(latestAllowed) ? latestAllowed : candidate;
        }
        List<ActivityRecord> steps = new ArrayList<>();
        BigDecimal proposed = null;
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            Instant appointmentAt = null;
            BigDecimal amount = null;
            String reason = null;
            if (kind.equals("APPOINTMENT")) {
                appointmentAt = i + 1 < kinds.size()
                        ? moments[i + 1]
                        : today.plusDays(due % 2)
                                .atTime(due % 2 == 0 ? 17 : 10, 30)
                                .atZone(zone)
                                .toInstant();
            } else if (kind.equals("PROPOSAL")) {
                proposed = companies.proposalAmount();
                amount = proposed;
            } else if (kind.equals("WON")) {
                amount = proposed.multiply(BigDecimal.valueOf(92 + random.nextInt(9)))
                        .movePointLeft(2)
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .setScale(2);
            } else if (kind.equals("LOST")) {
                reason = companies.lostReason(fate.stages);
            }
            steps.add(new ActivityRecord(kind, moments[i], owner, minutes(kind), amount, appointmentAt, reason, null));
        }
        return steps;
    }

    /** Minutes a step takes: calls 2–5, conversations 10–20, meetings 45–90. */
    private int minutes(String kind) {
        return switch (kind) {
            case "CALL", "APPOINTMENT" -> 2 + random.nextInt(4);
            case "CONVERSATION" -> 10 + random.nextInt(11);
            case "MEETING" -> 45 + random.nextInt(46);
            case "PROPOSAL" -> 30 + random.nextInt(31);
            case "WON" -> 10 + random.nextInt(11);
            default -> 2 + random.nextInt(9);
        };
    }

    /** A moment in office hours on {@code day}, or on the Friday before when it is a weekend; never after now. */
    private Instant workingMoment(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        int hour = random.nextInt(10) < 7 ? 9 + random.nextInt(5) : 16 + random.nextInt(3);
        Instant moment = day.atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
        return moment.isAfter(now) ? now.minus(Duration.ofHours(1)) : moment;
    }

    private Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(zone).toInstant();
    }

    private static <T> void add(List<T> list, T value, int times) {
        for (int i = 0; i < times; i++) {
            list.add(value);
        }
    }
}
