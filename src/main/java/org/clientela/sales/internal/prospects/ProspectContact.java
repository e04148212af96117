package org.clientela.sales.internal.prospects;

import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.TextInput;

/**
 * A person at a prospect, in the shape of a customer's contact.
 *
 * <p>The id is the person's row, kept when the prospect is saved again (a contact read with its id is
 * written back under it; one without is inserted; one no longer listed is deleted), so that what is
 * recorded about the person elsewhere, their consents, stays theirs. A new contact has none until saved.
 */
public record ProspectContact(Long id, String name, String jobTitle, String decisionLevel, String email, String phone) {

    public static final int NAME_MAX = 200;
    public static final int JOB_TITLE_MAX = 100;
    /** How much say the person has, as customers' contacts say it. */
    public static final List<String> DECISION_LEVELS = List.of("DECISION_MAKER", "INFLUENCER", "USER", "GATEKEEPER");

    /** A new person, without an id until saved. */
    public ProspectContact(String name, String jobTitle, String decisionLevel, String email, String phone) {
        this(null, name, jobTitle, decisionLevel, email, phone);
    }

    /** The same words under the id {@code personId} (the person they describe). */
    public ProspectContact withId(Long personId) {
        return new ProspectContact(personId, name, jobTitle, decisionLevel, email, phone);
    }

    /** Adds to {@code errors} what is wrong with this contact, each field named after {@code prefix}. */
    void check(List<InputError> errors, String prefix) {
        if (name == null || name.isBlank()) {
            errors.add(InputError.field(prefix + "name", "sales.prospect.name.required"));
        }
        TextInput.check(errors, prefix + "name", name, NAME_MAX, false);
        TextInput.check(errors, prefix + "jobTitle", jobTitle, JOB_TITLE_MAX, false);
        TextInput.check(errors, prefix + "email", email, Prospect.EMAIL_MAX, false);
        TextInput.check(errors, prefix + "phone", phone, Prospect.PHONE_MAX, false);
        if (decisionLevel != null && !DECISION_LEVELS.contains(decisionLevel)) {
            errors.add(InputError.field(prefix + "decisionLevel", "sales.prospect.contact.level.unknown"));
        }
    }
}
