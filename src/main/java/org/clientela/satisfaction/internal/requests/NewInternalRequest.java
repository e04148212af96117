package org.clientela.satisfaction.internal.requests;

import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.TextInput;
import org.clientela.service.CaseType;

/**
 * A request as asked: to which department, what kind and how urgent, and whether a customer waits
 * on it. Type and priority are the names of {@link CaseType} and {@link RequestPriority}, as typed.
 */
public record NewInternalRequest(
        String toDepartment,
        String type,
        String priority,
        String subject,
        String description,
        boolean customerAffected,
        Long customerId) {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    /** What is wrong with it, naming each field; empty when it may be asked. */
    List<InputError> problems() {
        List<InputError> errors = new ArrayList<>();
        if (toDepartment == null || toDepartment.isBlank()) {
            errors.add(InputError.field("toDepartment", "satisfaction.internal.toDepartment.required"));
        }
        if (parse(CaseType.class, type) == null) {
            errors.add(InputError.field("type", "satisfaction.internal.type.invalid"));
        }
        if (parse(RequestPriority.class, priority) == null) {
            errors.add(InputError.field("priority", "satisfaction.internal.priority.invalid"));
        }
        if (subject == null || subject.isBlank()) {
            errors.add(InputError.field("subject", "satisfaction.internal.subject.required"));
        } else {
            TextInput.check(errors, "subject", subject, SUBJECT_MAX, false);
        }
        TextInput.check(errors, "description", description, DESCRIPTION_MAX, true);
        if (customerId != null && !customerAffected) {
            errors.add(InputError.field("customerId", "satisfaction.internal.customer.notAffected"));
        }
        return errors;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
