package org.clientela.service.internal.letters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The starting words of each {@link LetterKind} per language, kept as resource files
 * {@code letters/templates/<KIND>_<language>.txt}: the first line is the subject, then a blank line,
 * then the letter. Placeholders in braces are filled from the case: {@code {customerName}},
 * {@code {caseReference}}, {@code {caseSubject}}, {@code {businessName}} and {@code {signature}} (the
 * writer's display name and, on the next line, their role in the letter's language). Spots in
 * square brackets are for the writer to fill in: the {@link LetterChecker} fails its
 * {@link LetterStep#FILLED_IN} step until they are, and passes every other step but the review.
 */
@Component
public class LetterTemplates {

    /** A template filled in: what the editor starts with. */
    public record Draft(LetterKind kind, String language, String subject, String text) {}

    /** The template of {@code kind} in {@code language} with {@code values} put in its placeholders. */
    public Draft fill(LetterKind kind, String language, Map<String, String> values) {
        String template = read(kind, language);
        for (Map.Entry<String, String> value : values.entrySet()) {
            template = template.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        String[] parts = template.split("\\R\\R", 2);
        return new Draft(kind, language, parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
    }

    private static String read(LetterKind kind, String language) {
        String resource = "letters/templates/" + kind.name() + "_" + language + ".txt";
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
