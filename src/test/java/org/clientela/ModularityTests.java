package org.clientela;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The modules stay modules. Main code: no cycles, no dependency a module's {@code package-info.java}
 * does not allow, no type of another module outside its API (its root package or a named interface).
 * Test code: a test of one module uses another module only through that module's API or the test
 * fixtures it publishes in its root test package, so a test never pins another module's internals.
 */
class ModularityTests {

    private static final String DOCUMENTATION = "docs/modules";
    private static final Path JAVADOC = Path.of("target/generated-spring-modulith/javadoc.json");
    private static final Pattern QUOTE_OPENING = Pattern.compile("(^|[\\s(\\[{\u2014-])\"");

    private static final ApplicationModules MODULES = ApplicationModules.of(ClientelaApplication.class);

    /** Every main type another module may use: the root packages and the named interfaces. */
    private static final Set<String> API = MODULES.stream()
            .flatMap(module -> module.getNamedInterfaces().stream())
            .flatMap(NamedInterface::asJavaClasses)
            .map(JavaClass::getName)
            .collect(Collectors.toUnmodifiableSet());

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void testsUseOtherModulesOnlyThroughTheirApiOrTheirFixtures() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(ClientelaApplication.class.getPackageName());

        classes()
                .should(useOtherModulesOnlyThroughTheirApi())
                .because("a test that reaches into another module's internals breaks whenever that module "
                        + "rearranges its own rooms; use its API or the fixtures in its root test package")
                .check(tests);
    }

    /**
     * The module pictures (PlantUML) and canvases in {@code docs/modules}, regenerated on every run and
     * kept in git, so that a change of the module structure shows in the review as a change of the
     * pictures.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        readableByTheDocumenter(JAVADOC);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION)).writeDocumentation();
        try (Stream<Path> files = Files.list(Path.of(DOCUMENTATION))) {
            for (Path file : files.toList()) {
                Files.write(file, sortedLists(Files.readAllLines(file)));
            }
        }

        assertThat(Path.of(DOCUMENTATION, "components.puml")).content().contains("Customers", "Orders", "Platform");
        assertThat(Path.of(DOCUMENTATION, "module-service.adoc"))
                .content()
                .contains("Service and recovery: cases from every channel");
    }

    /**
     * The canvases take each type's description from the Javadoc that Spring Modulith's annotation
     * processor writes to {@code target/generated-spring-modulith/javadoc.json}. The Documenter reads
     * that file with Spring Boot's {@code BasicJsonParser}, which reads only a subset of JSON: it gives
     * up on an escaped quote at the start of a text and on an unbalanced bracket inside one (our
     * Javadoc has both, e.g. {@code (after, upTo]} and quoted sample phrases), and then no canvas is
     * written at all. So the texts are rewritten first with typographic quotes and full-width
     * brackets, which read the same on a canvas and which that parser passes over.
     */
    private static void readableByTheDocumenter(Path javadoc) throws IOException {
        if (!Files.exists(javadoc)) {
            return;
        }
        JsonMapper json = JsonMapper.builder().build();
        JsonNode types = json.readTree(javadoc.toFile());
        plainComments(types);
        json.writeValue(javadoc.toFile(), types);
    }

    private static void plainComments(JsonNode node) {
        JsonNode comment = node.get("comment");
        if (node instanceof ObjectNode object && comment != null && comment.isString()) {
            object.put(
                    "comment",
                    QUOTE_OPENING
                            .matcher(comment.asString())
                            .replaceAll("$1\u201c")
                            .replace('"', '\u201d')
                            .replace('[', '\uff3b')
                            .replace(']', '\uff3d'));
        }
        node.forEach(ModularityTests::plainComments);
    }

    /**
     * The Documenter writes the dependencies of a picture and the lists of a canvas in no fixed
     * order, so each run would change the files in git. Each run of {@code Rel(…)} lines and each
     * list of {@code * } items (with the lines that continue an item) is sorted.
     */
    private static List<String> sortedLists(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        boolean inCell = false;
        for (String line : lines) {
            boolean relation = line.startsWith("Rel(");
            boolean inList = !items.isEmpty() && !items.get(0).get(0).startsWith("Rel(");
            if (line.startsWith("|* ")) {
                // A list that opens a table cell: sorted like the others, the cell's bar kept in front.
                addSorted(items, sorted, inCell);
                inCell = true;
                items.add(new ArrayList<>(List.of(line.substring(1))));
            } else if (relation || line.startsWith("* ")) {
                items.add(new ArrayList<>(List.of(line)));
            } else if (inList && !line.isBlank() && !line.startsWith("|")) {
                items.get(items.size() - 1).add(line);
            } else {
                addSorted(items, sorted, inCell);
                inCell = false;
                sorted.add(line);
            }
        }
        addSorted(items, sorted, inCell);
        return sorted;
    }

    private static void addSorted(List<List<String>> items, List<String> to, boolean inCell) {
        items.sort(Comparator.comparing(item -> String.join("\n", item)));
        if (inCell && !items.isEmpty()) {
            items.get(0).set(0, "|" + items.get(0).get(0));
        }
        items.forEach(to::addAll);
        items.clear();
    }

    private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi() {
        return new ArchCondition<>("use other modules only through their API or their published test fixtures") {

            @Override
            public void check(JavaClass test, ConditionEvents events) {
                Optional<ApplicationModule> own = moduleOf(test.getPackageName());
                test.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass)
                        .map(JavaClass::getBaseComponentType)
                        .distinct()
                        .sorted(Comparator.comparing(JavaClass::getName))
                        .forEach(target -> moduleOf(target.getPackageName())
                                .filter(module -> !own.equals(Optional.of(module)))
                                .filter(module -> !isPublished(target, module))
                                .ifPresent(module -> events.add(SimpleConditionEvent.violated(
                                        test,
                                        "%s (%s) uses %s, which is not the API of module %s"
                                                .formatted(
                                                        test.getName(),
                                                                own.map(m -> m.getIdentifier()
                                                                                .toString())
                                                                        .orElse("no module"),
                                                        target.getName(), module.getIdentifier())))));
            }
        };
    }

    /**
     * A main type is published when it is in the module's API; a test type when it sits in the
     * module's root test package (its fixtures).
     */
    private static boolean isPublished(JavaClass target, ApplicationModule module) {
        String outermost = target.getName().replaceFirst("\\$.*", "");
        if (MODULES.getModuleByType(outermost).isPresent()) {
            return API.contains(outermost);
        }
        return target.getPackageName().equals(module.getBasePackage().getName());
    }

    private static Optional<ApplicationModule> moduleOf(String packageName) {
        return MODULES.stream()
                .filter(module -> {
                    String base = module.getBasePackage().getName();
                    return packageName.equals(base) || packageName.startsWith(base + ".");
                })
                .findFirst();
    }
}
