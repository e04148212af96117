package org.clientela.customers.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.platform.CsvInput;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.RowErrors;
import org.clientela.platform.TextFolding;
import org.clientela.platform.TextInput;

/**
 * The rows of a customers file: which column is which, and each row checked into a customer or
 * into the errors that say what is wrong with it. The same rules as the customer form.
 */
final class CustomerRows {

    static final String[] REQUIRED = {"customer_number", "name", "kind", "email", "phone"};
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*");
    private static final Map<String, CustomerKind> KINDS = Map.of(
            "company",
            CustomerKind.COMPANY,
            "empresa",
            CustomerKind.COMPANY,
            "person",
            CustomerKind.PERSON,
            "persona",
            CustomerKind.PERSON,
            "particular",
            CustomerKind.PERSON);

    private final Columns columns;

    CustomerRows(CsvInput csv) {
        this.columns = new Columns(csv);
    }

    boolean hasTags() {
        return columns.tags.isPresent();
    }

    /** The row as a customer, or {@code null} after adding to {@code errors} what is wrong. */
    Parsed parse(CsvInput.Row row, RowErrors errors) {
        Columns c = columns;
        long line = row.line();
        String number = errors.required(line, "customer_number", row.get(c.number), 40);
        if (number != null && !NUMBER.matcher(number).matches()) {
            errors.add(line, "customer_number", "customers.number.pattern");
            number = null;
        }
        String name = errors.required(line, "name", row.get(c.name), 200);
        CustomerKind kind = null;
        String kindText = row.get(c.kind);
        if (kindText.isEmpty()) {
            errors.add(line, "kind", "csv.required", "kind");
        } else {
            kind = KINDS.get(TextFolding.fold(kindText));
            if (kind == null) {
                errors.add(line, "kind", "csv.notOneOf", "kind", kindText, "COMPANY, PERSON");
            }
        }
        String email = errors.optional(line, "email", row.get(c.email), 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(line, "email", "customers.import.email", email);
            email = null;
        }
        String phone = errors.optional(line, "phone", row.get(c.phone), 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(line, "phone", "customers.phone.pattern");
            phone = null;
        }
        LifecycleStatus status = LifecycleStatus.CUSTOMER;
        String statusText = row.get(c.status);
        if (!statusText.isEmpty()) {
            try {
                status = LifecycleStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(
                        line,
                        "status",
                        "csv.notOneOf",
                        "status",
                        statusText,
                        Arrays.toString(LifecycleStatus.values()));
            }
        }
        String tagsText = row.get(c.tags);
        if (TextInput.hasControl(tagsText, false)) {
            errors.add(line, "tags", TextInput.CONTROL, "tags");
            tagsText = "";
        }
        List<String> tags = Arrays.stream(tagsText.split("[|,]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > 50 ? t.substring(0, 50) : t)
                .distinct()
                .sorted()
                .toList();
        Parsed parsed = new Parsed(
                number,
                name,
                kind,
                email,
                phone,
                errors.optional(line, "tax_id", row.get(c.taxId), 40),
                errors.optional(line, "address", row.get(c.address), 300),
                errors.optional(line, "postal_code", row.get(c.postalCode), 20),
                errors.optional(line, "city", row.get(c.city), 100),
                errors.optional(line, "owner", row.get(c.owner), 64),
                status,
                tags);
        return number == null || name == null || kind == null ? null : parsed;
    }

    /** Column positions of this file. */
    private static final class Columns {
        final int number;
        final int name;
        final int kind;
        final int email;
        final int phone;
        final Optional<Integer> taxId;
        final Optional<Integer> address;
        final Optional<Integer> postalCode;
        final Optional<Integer> city;
        final Optional<Integer> owner;
        final Optional<Integer> status;
        final Optional<Integer> tags;

        Columns(CsvInput csv) {
            number = csv.required("customer_number");
            name = csv.required("name");
            kind = csv.required("kind");
            email = csv.required("email");
            phone = csv.required("phone");
            taxId = csv.column("tax_id");
            address = csv.column("address");
            postalCode = csv.column("postal_code");
            city = csv.column("city");
            owner = csv.column("owner");
            status = csv.column("status");
            tags = csv.column("tags");
        }
    }

    /** One customer as a row says it. */
    record Parsed(
            String number,
            String name,
            CustomerKind kind,
            String email,
            String phone,
            String taxId,
            String address,
            String postalCode,
            String city,
            String owner,
            LifecycleStatus status,
            List<String> tags) {

        /** This row's values, with the stored ones where the file has no such column. */
        Parsed over(Parsed stored, CustomerRows file) {
            Columns columns = file.columns;
            return new Parsed(
                    number,
                    name,
                    kind,
                    email,
                    phone,
                    columns.taxId.isPresent() ? taxId : stored.taxId,
                    columns.address.isPresent() ? address : stored.address,
                    columns.postalCode.isPresent() ? postalCode : stored.postalCode,
                    columns.city.isPresent() ? city : stored.city,
                    columns.owner.isPresent() ? owner : stored.owner,
                    columns.status.isPresent() ? status : stored.status,
                    columns.tags.isPresent() ? tags : stored.tags);
        }

        Parsed withTags(List<String> newTags) {
            return new Parsed(
                    number, name, kind, email, phone, taxId, address, postalCode, city, owner, status, newTags);
        }

        Customer searchable(Long id, List<Contact> contacts, PhoneNumbers phones) {
            Customer customer = Customer.create(
                    number,
                    new CustomerDetails(
                            kind,
                            name,
                            taxId,
                            email,
                            phone,
                            address,
                            city,
                            postalCode,
                            owner,
                            status,
                            null,
                            tags,
                            contacts),
                    Instant.EPOCH,
                    phones);
            customer.assignId(Objects.requireNonNull(id));
            return customer;
        }
    }
}
