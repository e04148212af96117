package org.clientela.service.internal.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clientela.service.internal.letters.CheckerPhrases.Phrase;
import org.clientela.service.internal.letters.LetterCheck.StepResult;

/**
 * Marks what a reply letter still lacks, following the seven steps of a good reply (see
 * {@link LetterStep}). Plain Java: no Spring, no database; the phrase lists live in
 * {@code letters/checker_es.properties} and {@code letters/checker_en.properties}
 * (see {@link CheckerPhrases} for how phrases match).
 *
 * <p>The rules, in the order of the steps:
 * <ul>
 * <li><b>FILLED_IN</b>: no spot in square brackets is left ({@code [teléfono]},
 * {@code [explique aquí…]}): the templates leave them for the writer. The advice names the first
 * one and its line, and how many more there are. Unlike the others this one is a rule, not advice:
 * {@link Letters} refuses to approve, send or print as sent a letter that fails it.</li>
 * <li><b>PURPOSE</b>: the <em>opening</em> — the first two sentences after the salutation line
 * ("Estimada Sra. Ruiz:", "Dear Mr Hill,") — contains a phrase of the list {@code purpose}
 * ("le escribo para", "sentimos", "I am writing to", "thank you for").</li>
 * <li><b>READER_BENEFIT</b>: somewhere in the letter there is a phrase of {@code benefit}: a refund,
 * a voucher or discount, a replacement, priority next time.</li>
 * <li><b>READER_FOCUS</b>: the words of {@code reader} (usted, su, tú, te…; you, your) occur at least
 * as often as those of {@code company} (nosotros, nuestra, hemos…; we, our, us). The advice names
 * both counts. A letter with neither passes: it is not about the company either.</li>
 * <li><b>CONVERSATIONAL</b>: no phrase of {@code stiff} ("por medio de la presente", "sin otro
 * particular", "please be advised", "pursuant to"); the advice quotes the ones found.</li>
 * <li><b>CALL_TO_ACTION</b>: the <em>close</em> — the last two sentences before the sign-off
 * ("Atentamente," and the signature lines, recognised by {@code closing} or by being short lines
 * without a full stop) — contains a phrase of {@code action} ("llámeme", "use el código", "reply",
 * "let us know").</li>
 * <li><b>REVIEWED</b>: not read from the text: it passes when someone other than the author
 * approved the letter.</li>
 * </ul>
 * An empty letter fails every step that reads the text.
 */
public final class LetterChecker {

    /** The languages the checker has phrase lists for. */
    public static final List<String> LANGUAGES = List.of("es", "en");

    /** A spot left for the writer: square brackets around up to 200 characters on one line. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]\\r\\n]{0,200}\\]");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?¡¿…])\\s+|\\n");
    private static final int SHORT_LINE_WORDS = 5;
    private static final int SALUTATION_WORDS = 8;

    private final Map<String, CheckerPhrases> phrases = new ConcurrentHashMap<>();

    /**
     * Checks {@code text} written in {@code language}.
     *
     * @param approvedBy who approved the letter (not its author), or {@code null} when nobody has
     * @throws IllegalArgumentException for a language without phrase lists
     */
    public LetterCheck check(String language, String text, String approvedBy) {
        CheckerPhrases lists = phrases.computeIfAbsent(language, CheckerPhrases::load);
        Parts letter = Parts.split(text == null ? "" : text, lists);
        List<StepResult> steps = new ArrayList<>();
        steps.add(filledIn(text));
        steps.add(purpose(letter, lists));
        steps.add(benefit(letter, lists));
        steps.add(focus(letter, lists));
        steps.add(conversational(letter, lists));
        steps.add(callToAction(letter, lists));
        steps.add(
                approvedBy == null
                        ? new StepResult(LetterStep.REVIEWED, false, "service.letters.check.REVIEWED.missing")
                        : new StepResult(
                                LetterStep.REVIEWED, true, "service.letters.check.REVIEWED.passed", approvedBy));
        return new LetterCheck(steps);
    }

    /**
     * A spot in square brackets left in a text.
     *
     * @param text the spot with its brackets, as written
     * @param line its line in the text, from 1 (blank lines count, as in the editor)
     */
    public record Placeholder(String text, int line) {}

    /** The spots in square brackets left in {@code text}, in reading order. */
    public static List<Placeholder> placeholders(String text) {
        List<Placeholder> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLACEHOLDER.matcher(lines[i]);
            while (m.find()) {
                found.add(new Placeholder(m.group(), i + 1));
            }
        }
        return found;
    }

    private static StepResult filledIn(String text) {
        if (text == null || text.isBlank()) {
            return new StepResult(LetterStep.FILLED_IN, false, "service.letters.check.FILLED_IN.empty");
        }
        List<Placeholder> left = placeholders(text);
        if (left.isEmpty()) {
            return new StepResult(LetterStep.FILLED_IN, true, "service.letters.check.FILLED_IN.passed");
        }
        Placeholder first = left.get(0);
        return new StepResult(
                LetterStep.FILLED_IN,
                false,
                "service.letters.check.FILLED_IN.missing",
                first.text(),
                first.line(),
                left.size() - 1);
    }

    private static StepResult purpose(Parts letter, CheckerPhrases lists) {
        return firstFound(lists.list("purpose"), CheckerPhrases.words(letter.opening()))
                .map(p -> new StepResult(LetterStep.PURPOSE, true, "service.letters.check.PURPOSE.passed", p.text()))
                .orElseGet(() -> new StepResult(LetterStep.PURPOSE, false, "service.letters.check.PURPOSE.missing"));
    }

    private static StepResult benefit(Parts letter, CheckerPhrases lists) {
        return firstFound(lists.list("benefit"), CheckerPhrases.words(letter.body()))
                .map(p -> new StepResult(
                        LetterStep.READER_BENEFIT, true, "service.letters.check.READER_BENEFIT.passed", p.text()))
                .orElseGet(() -> new StepResult(
                        LetterStep.READER_BENEFIT, false, "service.letters.check.READER_BENEFIT.missing"));
    }

    private static StepResult focus(Parts letter, CheckerPhrases lists) {
        String words = CheckerPhrases.words(letter.body());
        int reader = lists.list("reader").stream().mapToInt(p -> p.count(words)).sum();
        int company =
                lists.list("company").stream().mapToInt(p -> p.count(words)).sum();
        if (words.isBlank()) {
            return new StepResult(LetterStep.READER_FOCUS, false, "service.letters.check.READER_FOCUS.empty");
        }
        return reader >= company
                ? new StepResult(
                        LetterStep.READER_FOCUS, true, "service.letters.check.READER_FOCUS.passed", reader, company)
                : new StepResult(
                        LetterStep.READER_FOCUS, false, "service.letters.check.READER_FOCUS.missing", reader, company);
    }

    private static StepResult conversational(Parts letter, CheckerPhrases lists) {
        String words = CheckerPhrases.words(letter.all());
        if (words.isBlank()) {
            return new StepResult(LetterStep.CONVERSATIONAL, false, "service.letters.check.CONVERSATIONAL.empty");
        }
        List<String> hits = lists.list("stiff").stream()
                .filter(p -> p.in(words))
                .map(Phrase::text)
                .toList();
        // "por medio de la presente" also holds "la presente": name the longer formula only.
        String found = hits.stream()
                .filter(h -> hits.stream()
                        .noneMatch(o -> !o.equals(h) && CheckerPhrases.words(o).contains(CheckerPhrases.words(h))))
                .map(h -> "«" + h + "»")
                .collect(Collectors.joining(", "));
        return found.isEmpty()
                ? new StepResult(LetterStep.CONVERSATIONAL, true, "service.letters.check.CONVERSATIONAL.passed")
                : new StepResult(
                        LetterStep.CONVERSATIONAL, false, "service.letters.check.CONVERSATIONAL.missing", found);
    }

    private static StepResult callToAction(Parts letter, CheckerPhrases lists) {
        return firstFound(lists.list("action"), CheckerPhrases.words(letter.close()))
                .map(p -> new StepResult(
                        LetterStep.CALL_TO_ACTION, true, "service.letters.check.CALL_TO_ACTION.passed", p.text()))
                .orElseGet(() -> new StepResult(
                        LetterStep.CALL_TO_ACTION, false, "service.letters.check.CALL_TO_ACTION.missing"));
    }

    private static java.util.Optional<Phrase> firstFound(List<Phrase> list, String words) {
        return list.stream().filter(p -> p.in(words)).findFirst();
    }

    /**
     * A letter cut into its parts: the salutation line and the sign-off lines are set aside, the
     * opening is the first two sentences of the rest, the close its last two.
     */
    private record Parts(String all, String body, String opening, String close) {

        static Parts split(String text, CheckerPhrases lists) {
            List<String> lines = new ArrayList<>(Arrays.stream(text.split("\\R"))
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList());
            if (!lines.isEmpty() && isSalutation(lines.get(0), lists)) {
                lines.remove(0);
            }
            while (!lines.isEmpty() && isSignOff(lines.get(lines.size() - 1), lists)) {
                lines.remove(lines.size() - 1);
            }
            String body = String.join("\n", lines);
            List<String> sentences = Arrays.stream(SENTENCE_END.split(body))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            String opening = String.join(" ", sentences.subList(0, Math.min(2, sentences.size())));
            String close = String.join(" ", sentences.subList(Math.max(0, sentences.size() - 2), sentences.size()));
            return new Parts(text, body, opening, close);
        }

        /** "Estimada Sra. Ruiz:", "Dear Mr Hill," — a short first line that greets. */
        private static boolean isSalutation(String line, CheckerPhrases lists) {
            String words = CheckerPhrases.words(line);
            return wordCount(words) <= SALUTATION_WORDS
                    && (line.endsWith(":")
                            || line.endsWith(",")
                            || lists.list("salutation").stream().anyMatch(p -> startsWith(words, p)));
        }

        private static boolean startsWith(String words, Phrase phrase) {
            var m = phrase.pattern().matcher(words);
            return m.find() && m.start() == 1;
        }

        /** "Atentamente,", "Kind regards", a name or a job title: the lines after the last sentence. */
        private static boolean isSignOff(String line, CheckerPhrases lists) {
            String words = CheckerPhrases.words(line);
            boolean closing = lists.list("closing").stream()
                    .anyMatch(p -> p.in(words) && wordCount(words) <= wordCount(CheckerPhrases.words(p.text())) + 2);
            boolean shortUnfinished = wordCount(words) <= SHORT_LINE_WORDS && !line.matches(".*[.!?]$");
            return closing || shortUnfinished;
        }

        private static int wordCount(String words) {
            return words.isBlank() ? 0 : words.strip().split(" ").length;
        }
    }
}
