package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * Guards the words on the page: every message exists in Spanish and English, every key a template
 * asks for exists, every bundle is registered, and no template shows words that do not come from
 * a message. Templates are parsed with attoparser, the parser Thymeleaf itself uses.
 */
class WordsTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

    /** Attributes that replace or remove an element's body, so its own text never shows. */
    private static final Set<String> BODY_REPLACING =
            Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert", "th:remove");
    /** Attributes a person sees or hears (tooltips, placeholders, screen readers). */
    private static final Set<String> WORDY_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

    private static final Set<String> NOT_VISIBLE = Set.of("script", "style", "title");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    /** {@code #{key}}, {@code #{key(args)}} or the literal start of {@code #{'prefix.' + ${x}}}. */
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{\\s*(')?([A-Za-z0-9_.-]+)(')?\\s*(\\+)?");

    @Test
    void everyBundleHasTheSameKeysInSpanishAndEnglish() throws IOException {
        Map<String, List<String>> problems = new TreeMap<>();
        for (String bundle : bundles()) {
            Set<String> spanish = keys(MESSAGES.resolve(bundle + "_es.properties"));
            Set<String> english = keys(MESSAGES.resolve(bundle + "_en.properties"));
            List<String> bundleProblems = new ArrayList<>();
            difference(spanish, english).forEach(k -> bundleProblems.add(k + " missing in " + bundle + "_en"));
            difference(english, spanish).forEach(k -> bundleProblems.add(k + " missing in " + bundle + "_es"));
            if (!bundleProblems.isEmpty()) {
                problems.put(bundle, bundleProblems);
            }
        }
        assertThat(problems).as("keys in one language only").isEmpty();
        assertThat(bundles()).contains("platform", "customers");
    }

    @Test
    void noKeyIsSaidTwiceInOneFile() throws IOException {
        Map<String, List<String>> twice = new TreeMap<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                List<String> repeated = repeatedKeys(Files.readAllLines(file, StandardCharsets.UTF_8));
                if (!repeated.isEmpty()) {
                    twice.put(file.getFileName().toString(), repeated);
                }
            }
        }
        assertThat(twice)
                .as("keys written twice in one file (only the last one counts, the other is dead)")
                .isEmpty();
    }

    /** The keys that more than one line of a properties file sets (continuation lines aside). */
    static List<String> repeatedKeys(List<String> lines) {
        Set<String> seen = new TreeSet<>();
        Set<String> repeated = new TreeSet<>();
        boolean continued = false;
        for (String line : lines) {
            String stripped = line.strip();
            boolean isContinuation = continued;
            continued = stripped.endsWith("\\") && !stripped.endsWith("\\\\");
            if (isContinuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            String key = stripped.split("\\s*[=:]", 2)[0].strip();
            if (!seen.add(key)) {
                repeated.add(key);
            }
        }
        return List.copyOf(repeated);
    }

    @Test
    void wordsLiveOnlyInLanguageFiles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<String> withoutLanguage = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.matches(".*_(es|en)\\.properties"))
                    .filter(n -> !keysUnchecked(MESSAGES.resolve(n)).isEmpty())
                    .toList();
            assertThat(withoutLanguage)
                    .as("message files with words but no language (use _es and _en)")
                    .isEmpty();
        }
    }

    @Test
    void everyBundleIsRegisteredWithSpring() throws IOException {
        Properties application = load(APPLICATION_PROPERTIES);
        Set<String> registered = Arrays.stream(
                        application.getProperty("spring.messages.basename").split(","))
                .map(String::strip)
                .collect(Collectors.toSet());
        assertThat(registered)
                .as("spring.messages.basename")
                .containsAll(bundles().stream().map(b -> "messages/" + b).toList());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> known = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            missing.addAll(missingKeys(TEMPLATES.relativize(template).toString(), Files.readString(template), known));
        }
        assertThat(missing)
                .as("message keys used in templates but defined nowhere")
                .isEmpty();
    }

    @Test
    void templatesShowNoHardCodedWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            found.addAll(hardCodedWords(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }
        assertThat(found)
                .as("visible words written into templates instead of message keys")
                .isEmpty();
    }

    @Test
    void theGuardsCatchWhatTheyAreFor() {
        assertThat(repeatedKeys(List.of("a.b=x", "# a.b=old", "c=long \\", "  a.b=continued", "a.b=y")))
                .containsExactly("a.b");
        String template = """
                <html th:replace="~{layout :: page(~{::title}, ~{::section})}"><section>
                  <h1>Clientes</h1>
                  <p th:text="#{app.name}">fine, replaced</p>
                  <span th:text="#{nope.missing}">x</span>
                  <span th:text="#{'customers.status.' + ${s}}">x</span>
                  <span th:text="#{'nope.prefix.' + ${s}}">x</span>
                  <input placeholder="Nombre">
                  <a th:href="@{/x}">Volver</a> · 12
                  <script>var words = 'not shown';</script>
                </section></html>""";
        assertThat(hardCodedWords("sample.html", template))
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("Clientes"))
                .anySatisfy(p -> assertThat(p).contains("placeholder=\"Nombre\""))
                .anySatisfy(p -> assertThat(p).contains("Volver"));
        assertThat(missingKeys("sample.html", template, Set.of("app.name", "customers.status.LOST")))
                .containsExactly("sample.html: #{nope.missing}", "sample.html: #{'nope.prefix.' + …}");
    }

    static List<String> missingKeys(String name, String template, Set<String> known) {
        List<String> missing = new ArrayList<>();
        Matcher m = MESSAGE_EXPRESSION.matcher(template);
        while (m.find()) {
            String key = m.group(2);
            boolean prefix = m.group(1) != null && m.group(4) != null;
            if (prefix ? known.stream().noneMatch(k -> k.startsWith(key)) : !known.contains(key)) {
                missing.add(name + ": " + (prefix ? "#{'" + key + "' + …}" : "#{" + key + "}"));
            }
        }
        return missing;
    }

    static List<String> hardCodedWords(String name, String template) {
        Document document;
        try {
            document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(name, template);
        } catch (ParseException e) {
            throw new IllegalStateException("cannot parse " + name, e);
        }
        List<String> found = new ArrayList<>();
        visit(name, document, found);
        return found;
    }

    private static void visit(String name, INestableNode parent, List<String> found) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Text text
                    && parent instanceof Element element
                    && LETTERS.matcher(text.getContent()).find()
                    && shows(element)) {
                found.add(name + ":" + text.getLine() + " <" + element.getElementName() + "> "
                        + text.getContent().strip());
            }
            if (node instanceof Element element) {
                for (String attribute : WORDY_ATTRIBUTES) {
                    String value = element.getAttributeValue(attribute);
                    if (value != null && LETTERS.matcher(value).find()) {
                        found.add(name + ":" + element.getLine() + " <" + element.getElementName() + " " + attribute
                                + "=\"" + value + "\">");
                    }
                }
                visit(name, element, found);
            }
        }
    }

    /**
     * Whether the text of {@code element} reaches the page: not when the element or an enclosing
     * one replaces or removes its body. The page's {@code <html th:replace="~{layout :: …}">} only
     * hands its pieces to the layout, so it does not count.
     */
    private static boolean shows(Element element) {
        if (NOT_VISIBLE.contains(element.getElementName().toLowerCase())) {
            return false;
        }
        for (INestableNode node = element; node instanceof Element e; node = e.getParent()) {
            boolean root = e.getElementName().equalsIgnoreCase("html");
            if ((!root || e == element) && BODY_REPLACING.stream().anyMatch(e::hasAttribute)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches(".+_(es|en)\\.properties"))
                    .map(n -> n.replaceAll("_(es|en)\\.properties$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : bundles()) {
            keys.addAll(keys(MESSAGES.resolve(bundle + "_es.properties")));
            keys.addAll(keys(MESSAGES.resolve(bundle + "_en.properties")));
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Set.of();
        }
        return load(file).stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keysUnchecked(Path file) {
        try {
            return keys(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
