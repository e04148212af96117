package org.clientela.platform.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The guard for words built at run time. A template or a class that writes
 * {@code #{'customers.status.' + ${s}}} or {@code "customers.timeline." + action} asks for a key no
 * plain text search finds, so {@link WordsTests} cannot see it. This test lists every enum of the
 * application, says which key patterns show each one to people, and resolves every value in Spanish
 * and in English through the application's own bundles; it does the same for every action the
 * audit log records (its name, its sentence on the audit page and, for customers, its line on the
 * customer page's timeline).
 * <p>
 * A new enum fails {@link #everyEnumIsShownThroughKeysOrDeclaredUnseen} until it is added to
 * {@link #SHOWN} or {@link #UNSEEN}; a new audit action fails until its keys exist.
 */
class EveryCodeHasWordsTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    /** Enums people see, with the key patterns that show them ({@code *} is the value's name). */
    static final Map<String, List<String>> SHOWN = Map.ofEntries(
            entry("org.clientela.platform.Role", List.of("role.*")),
            entry(
                    "org.clientela.privacy.internal.erasure.ErasureStep",
                    List.of("privacy.erasure.state.*", "privacy.erasure.state.*.help")),
            entry("org.clientela.backups.internal.BackupReason", List.of("backups.reason.*")),
            entry("org.clientela.backups.internal.BackupRefused$Reason", List.of("backups.refused.*")),
            entry("org.clientela.customers.CustomerKind", List.of("customers.kind.*")),
            entry("org.clientela.customers.LifecycleStatus", List.of("customers.status.*")),
            entry("org.clientela.customers.internal.DecisionLevel", List.of("customers.decision.*")),
            entry("org.clientela.customers.internal.CustomerSearch$Sort", List.of("customers.sort.*")),
            entry("org.clientela.orders.internal.OrderSort", List.of("orders.sort.*")),
            entry("org.clientela.imports.internal.ImportKind", List.of("imports.kind.*", "imports.done.*")),
            entry("org.clientela.imports.internal.ImportStatus", List.of("imports.status.*")),
            entry("org.clientela.retention.SignalKind", List.of("retention.kind.*")),
            entry("org.clientela.retention.CallOutcome", List.of("retention.outcome.*")),
            entry("org.clientela.retention.LossReason", List.of("retention.reason.*")),
            entry(
                    "org.clientela.retention.internal.letdowns.LetDownKind",
                    List.of("retention.form.reason.suggested.*")),
            entry("org.clientela.retention.internal.segments.WhatElse$Kind", List.of("retention.whatElse.kind.*")),
            entry(
                    "org.clientela.retention.internal.plan.IdeaStatus",
                    List.of("retention.plan.status.*", "retention.plan.status.to.*")),
            entry(
                    "org.clientela.retention.internal.segments.RfmSegment",
                    List.of("retention.segment.*", "retention.segment.*.means", "retention.segment.*.today")),
            entry("org.clientela.retention.internal.risk.RiskRanking$Method", List.of("retention.ranking.method.*")),
            entry("org.clientela.retention.internal.radar.SignalView$TaskStatus", List.of("retention.taskStatus.*")),
            entry("org.clientela.retention.internal.segments.SegmentReport$Sort", List.of("retention.segments.sort.*")),
            entry("org.clientela.retention.internal.losses.LossList$Filter$State", List.of("retention.losses.state.*")),
            entry("org.clientela.service.CaseType", List.of("service.case.type.*")),
            entry("org.clientela.service.ComplaintReason", List.of("service.case.reason.*")),
            entry(
                    "org.clientela.service.Resolution",
                    List.of("service.case.resolution.*", "service.timeline.caseResolved.*")),
            entry(
                    "org.clientela.service.PromiseKind",
                    List.of(
                            "service.promise.kind.*",
                            "service.timeline.promise.PENDING.*",
                            "service.timeline.promise.KEPT.*",
                            "service.timeline.promise.BROKEN.*")),
            entry(
                    "org.clientela.service.internal.promises.PromiseStatus",
                    List.of("service.promise.status.*", "service.promise.state.*")),
            entry("org.clientela.service.internal.cases.Channel", List.of("service.case.channel.*")),
            entry("org.clientela.service.internal.cases.Priority", List.of("service.case.priority.*")),
            entry("org.clientela.service.internal.cases.CaseStatus", List.of("service.case.status.*")),
            entry("org.clientela.service.internal.cases.CaseList$Sort", List.of("service.cases.sort.*")),
            entry("org.clientela.service.internal.cases.NoteKind", List.of("service.case.note.*")),
            entry("org.clientela.service.internal.cases.ConcessionKind", List.of("service.concession.kind.*")),
            entry("org.clientela.service.internal.investigations.RootCause", List.of("service.investigation.cause.*")),
            entry("org.clientela.service.internal.keep.KeepOrLetGo$Decision", List.of("service.keep.decision.*")),
            entry(
                    "org.clientela.service.internal.responsetimes.ResponseTimes$State",
                    List.of("service.times.first.*", "service.times.resolution.*")),
            entry(
                    "org.clientela.service.internal.publicpromises.PublishedIn",
                    List.of("service.publicPromise.published.*")),
            entry(
                    "org.clientela.service.internal.publicpromises.PublicPromiseKind",
                    List.of("service.publicPromise.kind.*")),
            entry(
                    "org.clientela.service.internal.publicpromises.TargetUnit",
                    List.of("service.publicPromise.unit.*", "service.publicPromise.amount.*")),
            entry("org.clientela.service.internal.letters.LetterKind", List.of("service.letters.kind.*")),
            entry(
                    "org.clientela.service.internal.letters.LetterStatus",
                    List.of("service.letters.status.*", "service.letters.pdf.view.*")),
            entry("org.clientela.service.internal.letters.LetterStep", List.of("service.letters.step.*")),
            entry(
                    "org.clientela.service.internal.letters.LetterList$View",
                    List.of("service.letters.view.*", "service.letters.empty.*")),
            entry("org.clientela.platform.Trend$Direction", List.of("home.trend.*", "home.trend.arrow.*")),
            entry(
                    "org.clientela.customers.internal.PossibleDuplicates$MatchedOn",
                    List.of("customers.duplicates.on.*")),
            entry(
                    "org.clientela.customers.web.CustomerBulkPages$Action",
                    List.of("customers.bulk.confirm.*", "customers.bulk.done.*")),
            entry("org.clientela.service.internal.cases.CaseBulk$Move", List.of("service.cases.bulk.move.*")),
            entry(
                    "org.clientela.service.web.CaseBulkPages$Action",
                    List.of("service.cases.bulk.confirm.*", "service.cases.bulk.done.*")),
            entry("org.clientela.sales.internal.activities.ActivityKind", List.of("sales.activity.kind.*")),
            entry("org.clientela.sales.internal.activities.LostReason", List.of("sales.activity.reason.*")),
            entry("org.clientela.sales.internal.prospects.Stage", List.of("sales.stage.*")),
            entry("org.clientela.sales.internal.campaigns.Strategy", List.of("sales.strategy.*")),
            entry("org.clientela.sales.internal.prospects.ProspectSource", List.of("sales.source.*")),
            entry("org.clientela.sales.internal.campaigns.CampaignStatus", List.of("sales.campaign.status.*")),
            entry(
                    "org.clientela.sales.internal.businesscase.InternalRate$Missing",
                    List.of("sales.businessCase.irr.missing.*")),
            // Satisfaction: each part of the module adds its enums below this line.
            entry(
                    "org.clientela.satisfaction.internal.requests.RequestStatus",
                    List.of("satisfaction.internal.status.*")),
            entry(
                    "org.clientela.satisfaction.internal.requests.RequestPriority",
                    List.of("satisfaction.internal.priority.*")),
            entry(
                    "org.clientela.satisfaction.internal.requests.InternalRequestList$Box",
                    List.of("satisfaction.internal.box.*")),
            entry(
                    "org.clientela.satisfaction.internal.requests.RequestMessage$Kind",
                    List.of("satisfaction.internal.message.kind.*")),
            entry("org.clientela.satisfaction.internal.reviews.ReviewStatus", List.of("satisfaction.review.status.*")),
            entry(
                    "org.clientela.satisfaction.internal.reviews.ActionStatus",
                    List.of("satisfaction.review.action.status.*")),
            entry("org.clientela.satisfaction.internal.loyalty.TierBasis", List.of("satisfaction.loyalty.basis.*")),
            entry("org.clientela.satisfaction.internal.loyalty.JoinChannel", List.of("satisfaction.loyalty.channel.*")),
            entry("org.clientela.satisfaction.internal.loyalty.TierMove", List.of("satisfaction.loyalty.move.*")),
            entry("org.clientela.satisfaction.internal.ideas.IdeaStatus", List.of("satisfaction.ideas.status.*")),
            entry("org.clientela.satisfaction.internal.ideas.IdeaArea", List.of("satisfaction.ideas.area.*")),
            entry("org.clientela.satisfaction.internal.ideas.IdeaChannel", List.of("satisfaction.ideas.channel.*")),
            entry("org.clientela.satisfaction.internal.gestures.GestureKind", List.of("satisfaction.gestures.kind.*")),
            entry("org.clientela.satisfaction.internal.gestures.GestureType", List.of("satisfaction.gestures.type.*")),
            entry("org.clientela.satisfaction.internal.surveys.SurveyMode", List.of("satisfaction.survey.mode.*")),
            entry(
                    "org.clientela.satisfaction.internal.surveys.SurveyKind",
                    List.of(
                            "satisfaction.survey.kind.*",
                            "satisfaction.surveys.mail.subject.*",
                            "satisfaction.surveys.mail.text.*",
                            "satisfaction.surveys.answer.question.*",
                            "satisfaction.surveys.answer.lowest.*",
                            "satisfaction.surveys.answer.highest.*")),
            entry(
                    "org.clientela.satisfaction.internal.surveys.SurveyStatus",
                    List.of("satisfaction.survey.state.*", "satisfaction.survey.status.*")),
            entry(
                    "org.clientela.satisfaction.internal.surveys.SkipReason",
                    List.of("satisfaction.survey.skipReason.*")),
            entry(
                    "org.clientela.satisfaction.internal.surveys.SurveyFigures$GroupBy",
                    List.of("satisfaction.surveys.groupBy.*")),
            entry(
                    "org.clientela.satisfaction.internal.followups.FollowUpOutcome",
                    List.of("satisfaction.followUps.outcome.*", "satisfaction.followUps.recorded.*")),
            entry(
                    "org.clientela.satisfaction.internal.followups.FollowUpStatus",
                    List.of("satisfaction.followUps.state.*")),
            entry(
                    "org.clientela.satisfaction.internal.followups.FollowUpReason",
                    List.of("satisfaction.followUps.reason.*")),
            entry(
                    "org.clientela.platform.ContactPermission$Channel",
                    List.of("privacy.consent.channel.*", "privacy.unsubscribe.channel.*")),
            entry(
                    "org.clientela.platform.ContactPermission$Purpose",
                    List.of("privacy.consent.purpose.*", "privacy.unsubscribe.purpose.*")),
            entry(
                    "org.clientela.platform.ContactPermission$Person$Kind",
                    List.of("privacy.consent.person.caption.*", "privacy.consent.person.rule.*")),
            entry("org.clientela.privacy.internal.consents.ConsentStatus", List.of("privacy.consent.status.*")),
            entry("org.clientela.privacy.internal.consents.ConsentSource", List.of("privacy.consent.source.*")),
            entry("org.clientela.privacy.internal.consents.LegalBasis", List.of("privacy.consent.basis.*")),
            entry(
                    "org.clientela.privacy.internal.requests.RequestKind",
                    List.of(
                            "privacy.request.kind.*",
                            "privacy.request.letter.subject.*",
                            "privacy.request.letter.body.*")),
            entry("org.clientela.privacy.internal.requests.RequestChannel", List.of("privacy.request.channel.*")),
            entry(
                    "org.clientela.privacy.internal.requests.RequestStatus",
                    List.of("privacy.request.status.*", "privacy.request.outcome.*")));

    /** Enums people never read as words, each with the reason. */
    static final Map<String, String> UNSEEN = Map.ofEntries(
            entry(
                    "org.clientela.privacy.web.ConsentSubjects$People",
                    "the part of a consents page's path that names the kind of person, never shown"),
            entry(
                    "org.clientela.platform.PersonalColumns$Treatment",
                    "what anonymising does to a column, never shown (the dry run names the column and counts rows)"),
            entry(
                    "org.clientela.satisfaction.internal.surveys.SurveyCounts$Split",
                    "the column a day count is kept by; the figures show the groupBy's words"),
            entry(
                    "org.clientela.satisfaction.internal.requests.RatingRefusedException$Reason",
                    "picks which of two sentences a refused rating says, never shown itself"),
            entry("org.clientela.demo.DemoProspects$Fate", "how far a made-up prospect goes, never shown"),
            entry(
                    "org.clientela.satisfaction.internal.ideas.IdeaQuery$Sort",
                    "the ideas list's sort column, shown by its column header"),
            entry(
                    "org.clientela.backups.internal.DatabaseKind",
                    "the database an archive came from, in the manifest only"),
            entry("org.clientela.backups.internal.PortableType", "a column's type in an archive's header, never shown"),
            entry(
                    "org.clientela.sales.internal.prospects.ProspectSort",
                    "a list's sort column, shown by its column header"),
            entry(
                    "org.clientela.sales.internal.prospects.DuplicateOf$Type",
                    "the API's kind of duplicate; pages say it in a sentence"),
            entry(
                    "org.clientela.sales.internal.figures.GroupBy",
                    "shown through its API parameter name, sales.groupBy.<parameter>"),
            entry("org.clientela.platform.ImportProgress$Phase", "a progress bar's phase, shown as a percentage"),
            entry("org.clientela.customers.CustomerPanel$Slot", "where a panel sits on the customer page"),
            entry(
                    "org.clientela.privacy.internal.requests.RequestQuery$Show",
                    "shown through its URL parameter, privacy.request.show.<parameter>"),
            entry(
                    "org.clientela.privacy.internal.requests.RequestQuery$Sort",
                    "the rights-request list's sort column, shown by its column header"),
            entry("org.clientela.retention.internal.radar.RadarRun$Status", "chooses which radar message shows"),
            entry("org.clientela.retention.internal.fits.StoredFit$Purpose", "which stored fit a figure uses"),
            entry(
                    "org.clientela.retention.internal.losses.LossStatus",
                    "a loss reads as its dates (lost on, won back on)"),
            entry(
                    "org.clientela.service.internal.contact.ContactGate$Verdict",
                    "the contact form's spam check, never shown"),
            entry(
                    "org.clientela.service.PublicFormGate$Verdict",
                    "the same spam check offered to other modules' public forms, never shown"),
            entry(
                    "org.clientela.service.internal.publicpromises.PublicPromiseVerdict$Category",
                    "chooses service.publicPromise.verdict.<category>.<kind> keys,"
                            + " checked in publicPromiseVerdictsHaveWords"),
            entry("org.clientela.service.internal.letters.LetterRefused$Reason", "carries its own messageKey()"),
            entry("org.clientela.demo.Archetype", "how the demo generator invents a customer"),
            entry("org.clientela.platform.ListLinks$Direction", "a sort direction: a header's ▲ or ▼ and aria-sort"),
            entry(
                    "org.clientela.orders.internal.OrderColumn",
                    "the column the order list sorts by; its header's" + " words are the template's orders.col.* keys"),
            entry(
                    "org.clientela.service.internal.cases.CaseList$Column",
                    "the column the case list sorts by; its"
                            + " header's words are the template's service.case.col.* keys"),
            entry(
                    "org.clientela.service.internal.letters.LetterList$Column",
                    "the column the letter list sorts by;"
                            + " its header's words are the template's service.letters.col.* keys"),
            entry(
                    "org.clientela.platform.SettingDefinition$Kind",
                    "how a setting is checked and which input it gets;"
                            + " its words are settings.<key>.label and .help, checked in SettingsPageTests"),
            entry(
                    "org.clientela.service.internal.letters.LetterChannel",
                    "chooses between the service.letters.sentByPost and" + " service.letters.sentInfo sentences"),
            entry(
                    "org.clientela.service.internal.letters.LetterPdf$Mark",
                    "stamped on a PDF as"
                            + " service.letters.pdf.mark.<mark>, every mark but NONE (no stamp), checked in letterMarksHaveWords"));

    /**
     * Prefixes of keys built at run time from something other than an enum (a language code, a
     * question number, the sign of a number, a weekday), or from an enum through a longer pattern.
     */
    static final Set<String> NOT_ENUM_PREFIXES = Set.of(
            "lang.",
            // the rights-request list's choices by URL parameter (open, overdue, all), and the three
            // outcomes of a request's page by their path (answer, refusal, extension)
            "privacy.request.show.",
            "privacy.request.outcome.label.",
            "privacy.request.outcome.button.",
            "privacy.request.outcome.saved.",
            // the sales figures: a KPI's name (sales.kpi.<kpi>, sales.verdict.<kpi>,
            // sales.verdict.needed.<kpi>), a grouping's API name, a comparison side (a, b), and the
            // funnel's seven stages and the two strategies in the figures' own words; the figures'
            // page tests render them in both languages
            "sales.kpi.",
            "sales.verdict.",
            "sales.verdict.needed.",
            "sales.groupBy.",
            "sales.comparison.side.",
            "sales.funnel.stage.",
            // a business case's period length in months (1 or 12)
            "sales.businessCase.periodsPerYear.",
            "sales.figures.strategy.",
            "sales.figures.group.strategy.",
            "service.keep.q.",
            "service.times.",
            "service.times.figures.",
            "retention.plan.result.verdict.",
            "service.publicPromise.day.",
            "service.publicPromise.verdict.",
            "service.publicPromise.verdict.tooLittle.",
            "service.publicPromise.verdict.head.",
            "service.publicPromise.verdict.unmeasured.",
            "service.case.moved.",
            "customers.timeline.",
            "service.timeline.promise.",
            "audit.action.",
            "audit.entry.",
            "problemDetail.",
            // an action's name in lower case: customers.bulk.<owner|tag|status>.required, checked in
            // customerBulkRefusalsHaveWords
            "customers.bulk.",
            // every mark but NONE, checked in letterMarksHaveWords
            "service.letters.pdf.mark.",
            // settings.<key>.label and .help, settings.group.<name>: keys and groups are beans, so
            // SettingsPageTests checks that the page shows no missing words in either language
            "settings.",
            "settings.group.");

    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{\\s*'([A-Za-z0-9_.]+\\.)'\\s*\\+");
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\"\\s*\\+");
    private static final Pattern AUDIT_CALL =
            Pattern.compile("audit\\.record(?:As\\(\\s*[^,]+,|\\()\\s*([^,]+),\\s*\"([a-z_]+)\"");
    private static final Pattern ACTION_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    private final ResourceBundleMessageSource messages = applicationMessages();

    @Test
    void everyEnumIsShownThroughKeysOrDeclaredUnseen() throws IOException {
        Set<String> undecided = new TreeSet<>(enums());
        undecided.removeAll(SHOWN.keySet());
        undecided.removeAll(UNSEEN.keySet());
        assertThat(undecided)
                .as("enums neither listed in SHOWN (with their keys) nor in UNSEEN")
                .isEmpty();
        assertThat(enums())
                .as("the lists name only enums that exist")
                .containsAll(SHOWN.keySet())
                .containsAll(UNSEEN.keySet());
    }

    @Test
    void everyValueOfEveryShownEnumHasWordsInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> shown : SHOWN.entrySet()) {
            for (Object value : Class.forName(shown.getKey()).getEnumConstants()) {
                for (String pattern : shown.getValue()) {
                    missing.addAll(missing(pattern.replace("*", ((Enum<?>) value).name())));
                }
            }
        }
        for (String name : enums()) {
            Class<?> type = Class.forName(name);
            Method messageKey = messageKeyMethod(type);
            if (messageKey != null) {
                for (Object value : type.getEnumConstants()) {
                    missing.addAll(missing((String) messageKey.invoke(value)));
                }
            }
        }
        assertThat(missing).as("enum values without words").isEmpty();
    }

    @Test
    void publicPromiseVerdictsHaveWords() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Object kind : Class.forName("org.clientela.service.internal.publicpromises.PublicPromiseKind")
                .getEnumConstants()) {
            missing.addAll(missing("service.publicPromise.verdict.head." + kind));
            missing.addAll(missing("service.publicPromise.verdict.tooLittle." + kind));
            boolean openingHours = kind.toString().equals("OPENING_HOURS");
            for (String category : List.of("KEPT", "MOSTLY", "BROKEN")) {
                // A kept promise reads the same whatever it promised, except opening hours.
                missing.addAll(missing(
                        category.equals("KEPT") && !openingHours
                                ? "service.publicPromise.verdict.KEPT"
                                : "service.publicPromise.verdict." + category + "." + kind));
            }
            if (!openingHours) {
                missing.addAll(missing("service.publicPromise.verdict.unmeasured." + kind));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void letterMarksHaveWords() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Object mark : Class.forName("org.clientela.service.internal.letters.LetterPdf$Mark")
                .getEnumConstants()) {
            if (!mark.toString().equals("NONE")) {
                missing.addAll(missing("service.letters.pdf.mark." + mark));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void customerBulkRefusalsHaveWords() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Object action : Class.forName("org.clientela.customers.web.CustomerBulkPages$Action")
                .getEnumConstants()) {
            missing.addAll(missing("customers.bulk." + action.toString().toLowerCase(Locale.ROOT) + ".required"));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeComesFromAKnownPattern() throws IOException {
        Set<String> covered = new TreeSet<>(NOT_ENUM_PREFIXES);
        SHOWN.values().forEach(patterns -> patterns.forEach(p -> covered.add(p.substring(0, p.indexOf('*')))));
        Map<String, String> unknown = new TreeMap<>();
        for (Path file : files(TEMPLATES, ".html")) {
            prefixes(TEMPLATE_PREFIX, file).forEach(p -> unknown.putIfAbsent(p, file.toString()));
        }
        for (Path file : files(SOURCES, ".java")) {
            prefixes(JAVA_PREFIX, file).forEach(p -> unknown.putIfAbsent(p, file.toString()));
        }
        unknown.keySet().removeAll(covered);
        assertThat(unknown)
                .as("key prefixes built at run time that this guard does not check: add the enum to SHOWN")
                .isEmpty();
    }

    @Test
    void everyAuditActionReadsAsASentenceInBothLanguages() throws IOException {
        Map<String, Set<String>> actions = auditActions();
        assertThat(actions)
                .as("actions found in the code")
                .containsKeys(
                        "CUSTOMER_CREATED",
                        "CUSTOMER_MARKED_LOST",
                        "CUSTOMER_STATUS_CHANGED",
                        "CASE_OPENED",
                        "LETTER_SENT",
                        "CUSTOMERS_IMPORTED");
        List<String> missing = new ArrayList<>();
        actions.forEach((action, entityTypes) -> {
            missing.addAll(missing("audit.action." + action));
            missing.addAll(missing("audit.entry." + action));
            if (entityTypes.contains("customer")) {
                missing.addAll(missing("customers.timeline." + action));
            }
        });
        assertThat(missing).as("audit actions without words").isEmpty();
    }

    @Test
    void theGuardSeesAMissingKey() {
        assertThat(missing("customers.status.LOST")).isEmpty();
        assertThat(missing("customers.status.NO_SUCH_STATUS")).hasSize(2);
    }

    /**
     * Actions passed to {@code audit.record}, with the entity types they are recorded against. An
     * action in a variable is found among the upper-case literals of the same file.
     */
    static Map<String, Set<String>> auditActions() throws IOException {
        Map<String, Set<String>> actions = new TreeMap<>();
        for (Path file : files(SOURCES, ".java")) {
            String source = Files.readString(file);
            Matcher call = AUDIT_CALL.matcher(source);
            while (call.find()) {
                String expression = call.group(1).strip();
                Matcher literal = ACTION_LITERAL.matcher(expression);
                boolean found = false;
                while (literal.find()) {
                    actions.computeIfAbsent(literal.group(1), a -> new TreeSet<>())
                            .add(call.group(2));
                    found = true;
                }
                if (!found) {
                    Matcher any = ACTION_LITERAL.matcher(source);
                    while (any.find()) {
                        actions.computeIfAbsent(any.group(1), a -> new TreeSet<>())
                                .add(call.group(2));
                    }
                }
            }
        }
        return actions;
    }

    private List<String> missing(String key) {
        List<String> missing = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            try {
                messages.getMessage(key, null, language);
            } catch (NoSuchMessageException e) {
                missing.add(key + " (" + language + ")");
            }
        }
        return missing;
    }

    private static Method messageKeyMethod(Class<?> type) {
        try {
            Method method = type.getDeclaredMethod("messageKey");
            method.setAccessible(true);
            return method.getReturnType() == String.class ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Every enum compiled from the application's sources. */
    static Set<String> enums() throws IOException {
        Set<String> enums = new TreeSet<>();
        for (Path file : files(CLASSES, ".class")) {
            String name = CLASSES.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), ".")
                    .replaceAll("\\.class$", "");
            if (name.endsWith("package-info")) {
                continue;
            }
            try {
                if (Class.forName(name, false, EveryCodeHasWordsTests.class.getClassLoader())
                        .isEnum()) {
                    enums.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
        }
        return enums;
    }

    private static Set<String> prefixes(Pattern pattern, Path file) throws IOException {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The application's bundles as application.properties lists them, without falling back to the code. */
    private static ResourceBundleMessageSource applicationMessages() {
        Properties application = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            application.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(
                Stream.of(application.getProperty("spring.messages.basename").split(","))
                        .map(String::strip)
                        .toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
