package org.clientela.service.internal.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.UserDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * One change to several cases chosen on the case list: a new owner, or a move their life allows
 * (take in hand, close, reopen). Each case goes through {@link Cases} on its own, in its own
 * transaction, audited as a change made one by one would be; a case the move does not fit (a
 * closed case cannot be taken in hand) is left as it is and reported, the others are changed.
 * Resolving is not offered: it needs a resolution and, against the customer, the reasons.
 */
@Service
public class CaseBulk {

    /** Cases one bulk change takes at most. */
    public static final int MAX = 200;

    /** The moves offered in bulk, each the status it leads to. */
    public enum Move {
        START(CaseStatus.IN_PROGRESS),
        CLOSE(CaseStatus.CLOSED),
        REOPEN(CaseStatus.IN_PROGRESS);

        private final CaseStatus to;

        Move(CaseStatus to) {
            this.to = to;
        }

        public CaseStatus to() {
            return to;
        }
    }

    /** A case left as it was, and why: its reference and where it stands. */
    public record Refusal(String reference, CaseStatus status) {}

    /** How many cases changed, and those refused. */
    public record Outcome(int changed, List<Refusal> refused) {}

    private final Cases cases;
    private final UserDirectory users;

    CaseBulk(Cases cases, UserDirectory users) {
        this.cases = cases;
        this.users = users;
    }

    /** The chosen cases, as the confirmation lists them (unknown ids left out). */
    public List<ServiceCase> chosen(List<Long> ids) {
        List<ServiceCase> found = new ArrayList<>();
        for (long id : checked(ids)) {
            try {
                found.add(cases.get(id));
            } catch (NotFoundException gone) {
                // Deleted since the list was shown: nothing to change.
            }
        }
        return found;
    }

    /** Hands the cases to {@code owner}, who must be an active user. */
    public Outcome assignOwner(List<Long> ids, String owner) {
        String username = owner == null ? "" : owner.strip();
        if (username.isEmpty()) {
            throw new InvalidInputException(InputError.field("owner", "service.cases.bulk.owner.required"));
        }
        if (!users.activeUsernames().contains(username)) {
            throw new InvalidInputException(InputError.field("owner", "service.cases.bulk.owner.unknown", username));
        }
        int changed = 0;
        for (ServiceCase c : chosen(ids)) {
            if (username.equals(c.getOwnerUsername())) {
                continue;
            }
            changeOnce(
                    c,
                    x -> cases.change(
                            x.getId(),
                            x.getVersion(),
                            new CaseCommands.ChangeCase(null, username, null, null, null, null)));
            changed++;
        }
        return new Outcome(changed, List.of());
    }

    /** Moves each case where its life allows; the others are reported with where they stand. */
    public Outcome move(List<Long> ids, Move move) {
        if (move == null) {
            throw new InvalidInputException(InputError.field("move", "service.cases.bulk.move.required"));
        }
        int changed = 0;
        List<Refusal> refused = new ArrayList<>();
        for (ServiceCase c : chosen(ids)) {
            try {
                changeOnce(c, x -> {
                    switch (move) {
                        case START -> cases.start(x.getId(), x.getVersion());
                        case CLOSE -> cases.close(x.getId(), x.getVersion());
                        case REOPEN -> cases.reopen(x.getId(), x.getVersion());
                    }
                });
                changed++;
            } catch (CaseStateException ex) {
                refused.add(new Refusal(c.getReference(), ex.from()));
            }
        }
        return new Outcome(changed, refused);
    }

    /**
     * Applies a change to the case as read; if someone saved it in between, reads it again and
     * tries once more (the person asked for this change on whatever the case is now).
     */
    private void changeOnce(ServiceCase c, java.util.function.Consumer<ServiceCase> change) {
        try {
            change.accept(c);
        } catch (OptimisticLockingFailureException clash) {
            change.accept(cases.get(c.getId()));
        }
    }

    private static List<Long> checked(List<Long> ids) {
        List<Long> distinct = ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidInputException(InputError.field("ids", "service.cases.bulk.none"));
        }
        if (distinct.size() > MAX) {
            throw new InvalidInputException(InputError.field("ids", "service.cases.bulk.tooMany", MAX));
        }
        return distinct;
    }
}
