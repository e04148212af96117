package org.clientela.sales.internal.activities;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.NewCustomers;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.sales.ProspectWon;
import org.clientela.sales.internal.callbacks.CallBacks;
import org.clientela.sales.internal.prospects.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step a seller takes with a prospect: logged by the person signed in, on the prospect's
 * campaign of the moment, keeping the prospect's first-step moments and outcome in step (see
 * {@link Milestones}). A win makes the prospect a customer — a new one, or the one already on file —
 * and is told to the other modules as {@link ProspectWon}.
 */
@Service
public class ActivityLog {

    /** The most steps shown on one prospect; a prospect with more is a data problem, not a sale. */
    public static final int TIMELINE_LIMIT = 500;

    private final JdbcActivities activities;
    private final NewCustomers customers;
    private final ApplicationEventPublisher events;
    private final CallBacks callBacks;
    private final Clock clock;

    ActivityLog(
            JdbcActivities activities,
            NewCustomers customers,
            ApplicationEventPublisher events,
            CallBacks callBacks,
            Clock clock) {
        this.activities = activities;
        this.customers = customers;
        this.events = events;
        this.callBacks = callBacks;
        this.clock = clock;
    }

    /**
     * Logs a step on a prospect the person signed in may work.
     *
     * @throws InvalidInputException naming each wrong field, and {@code kind} when the prospect is
     *     already won or lost (a step after the decision would change history, not make it)
     */
    @Transactional
    public Logged log(long prospectId, NewActivity input) {
        return log(prospectId, input, null);
    }

    /**
     * Logs a step and, when {@code next} is given, promises the call-back it schedules, owned by the
     * prospect's owner. Any call-back still pending on the prospect is kept by the step.
     *
     * @throws InvalidInputException also naming {@code nextStepAt} when it is not in the future or
     *     the step decides the prospect (nothing is left to call back about)
     */
    @Transactional
    public Logged log(long prospectId, NewActivity input, NextStep next) {
        ProspectFacts prospect = find(prospectId);
        SellerAccess.requireWork(prospect);
        Instant now = clock.instant();
        ActivityRules.CheckedActivity step = ActivityRules.check(input, now);
        if (next != null) {
            ActivityRules.checkNextStep(next, step.kind(), now);
        }
        if (prospect.decided()) {
            throw decided(prospect);
        }
        if (!activities.advance(prospectId, step, now)) {
            // Decided by someone else between the read and this step: say how it was decided.
            throw decided(find(prospectId));
        }
        long id = activities.insert(prospectId, prospect.campaignId(), SellerAccess.me(), step, now);
        Long customerId = prospect.customerId();
        if (step.kind() == ActivityKind.WON) {
            NewCustomers.Enrolment enrolment = customers.enrol(new NewCustomers.NewCustomer(
                    prospect.name(),
                    prospect.taxId(),
                    prospect.email(),
                    prospect.phone(),
                    prospect.address(),
                    prospect.city(),
                    prospect.postalCode(),
                    prospect.owner()));
            customerId = enrolment.customer().id();
            activities.customer(prospectId, customerId);
            events.publishEvent(new ProspectWon(
                    prospectId, enrolment.customerId(), prospect.campaignId(), step.amount(), SellerAccess.me()));
        }
        ProspectFacts after = find(prospectId);
        callBacks.stepTaken(prospectId, prospect.name(), after.decided());
        if (next != null) {
            callBacks.promise(prospectId, prospect.name(), prospect.owner(), next.at(), next.note());
        }
        return new Logged(activities.get(id).orElseThrow(), after.stage(), customerId);
    }

    /** The prospect as the activity section shows it, for a person who may read it. */
    @Transactional(readOnly = true)
    public ProspectFacts prospect(long prospectId) {
        ProspectFacts prospect = find(prospectId);
        SellerAccess.requireRead(prospect);
        return prospect;
    }

    /** The steps on a prospect the person signed in may read, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> timeline(long prospectId) {
        prospect(prospectId);
        return activities.of(prospectId, TIMELINE_LIMIT);
    }

    private ProspectFacts find(long prospectId) {
        return activities.prospect(prospectId).orElseThrow(() -> new NotFoundException("prospect", prospectId));
    }

    private static InvalidInputException decided(ProspectFacts prospect) {
        String key = "LOST".equals(prospect.outcome()) ? "sales.activity.decided.lost" : "sales.activity.decided.won";
        return new InvalidInputException(InputError.field("kind", key, prospect.name()));
    }

    /** A step logged, the stage its prospect now stands at, and the customer it became when won. */
    public record Logged(Activity activity, Stage stage, Long customerId) {}
}
