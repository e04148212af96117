package org.clientela.sales.internal.businesscase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.TextInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business cases kept with a prospect (or alone, from the calculator): who may write and read
 * which. A sales person keeps cases only on their own prospects and reads only those and the
 * free ones they wrote; managers, admins and viewers read every case.
 */
@Service
public class BusinessCases {

    /** What a person asks to keep; the flows are kept to the cent and calculated as kept. */
    public record Draft(
            String title,
            Long prospectId,
            Long activityId,
            List<Double> cashFlows,
            Integer periodsPerYear,
            Double annualDiscountRate,
            String notes) {}

    private final JdbcBusinessCases store;
    private final Clock clock;

    BusinessCases(JdbcBusinessCases store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public BusinessCase keep(Draft draft, Reader reader) {
        List<InputError> errors = new ArrayList<>();
        String title = draft.title() == null ? null : draft.title().strip();
        if (title == null || title.isEmpty()) {
            errors.add(InputError.field("title", "sales.businessCase.error.title"));
        } else {
            TextInput.check(errors, "title", title, BusinessCase.TITLE_MAX, false);
        }
        String notes = draft.notes() == null || draft.notes().isBlank()
                ? null
                : draft.notes().strip();
        TextInput.check(errors, "notes", notes, BusinessCase.NOTES_MAX, true);
        List<Double> cents = toCents(draft.cashFlows());
        errors.addAll(CashFlows.problems(cents, draft.periodsPerYear(), draft.annualDiscountRate()));
        Long prospectId = draft.prospectId();
        if (draft.activityId() != null) {
            JdbcBusinessCases.ActivityRef activity =
                    store.activity(draft.activityId()).orElse(null);
            if (activity == null || (prospectId != null && prospectId != activity.prospectId())) {
                errors.add(InputError.field("activityId", "sales.businessCase.error.activity"));
            } else {
                prospectId = activity.prospectId();
            }
        }
        JdbcBusinessCases.ProspectRef prospect = null;
        if (prospectId != null) {
            prospect = store.prospect(prospectId).orElse(null);
            if (prospect == null) {
                errors.add(InputError.field("prospectId", "sales.businessCase.error.prospect"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (prospect != null) {
            mayWork(prospect, reader);
        }
        BusinessCase kept = new BusinessCase(
                0,
                title,
                prospectId,
                prospect == null ? null : prospect.name(),
                draft.activityId(),
                new CashFlows(cents, draft.periodsPerYear(), draft.annualDiscountRate()),
                notes,
                clock.instant(),
                reader.username(),
                0);
        long id = store.add(kept);
        return find(id, reader);
    }

    @Transactional(readOnly = true)
    public BusinessCase find(long id, Reader reader) {
        BusinessCase found = store.find(id).orElseThrow(() -> new NotFoundException("business case", id));
        if (!reader.seesEveryone()) {
            boolean own = found.prospectId() == null
                    ? reader.username().equals(found.createdBy())
                    : store.prospect(found.prospectId())
                            .map(p -> reader.username().equals(p.owner()))
                            .orElse(false);
            if (!own) {
                throw new AccessDeniedException("Business case " + id + " is on another seller's prospect");
            }
        }
        return found;
    }

    /** The prospect's name, for a calculator tied to it; refused for another seller's prospect. */
    @Transactional(readOnly = true)
    public String prospectName(long prospectId, Reader reader) {
        JdbcBusinessCases.ProspectRef prospect =
                store.prospect(prospectId).orElseThrow(() -> new NotFoundException("prospect", prospectId));
        mayWork(prospect, reader);
        return prospect.name();
    }

    /** The prospect of a proposal, for a calculator tied to it. */
    @Transactional(readOnly = true)
    public long prospectOfActivity(long activityId) {
        return store.activity(activityId)
                .orElseThrow(() -> new NotFoundException("activity", activityId))
                .prospectId();
    }

    private static void mayWork(JdbcBusinessCases.ProspectRef prospect, Reader reader) {
        if (!reader.seesEveryone() && !reader.username().equals(prospect.owner())) {
            throw new AccessDeniedException("Prospect " + prospect.id() + " is another seller's");
        }
    }

    private static List<Double> toCents(List<Double> flows) {
        if (flows == null) {
            return null;
        }
        List<Double> cents = new ArrayList<>(flows.size());
        for (Double flow : flows) {
            cents.add(
                    flow == null || !Double.isFinite(flow)
                            ? flow
                            : BigDecimal.valueOf(flow)
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .doubleValue());
        }
        return cents;
    }
}
