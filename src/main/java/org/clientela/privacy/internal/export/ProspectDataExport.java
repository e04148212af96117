package org.clientela.privacy.internal.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.NotFoundException;
import org.clientela.sales.ProspectDirectory;
import org.clientela.sales.ProspectDirectory.ProspectRef;
import org.clientela.sales.ProspectPersonalData;
import org.springframework.stereotype.Component;

/**
 * Everything held about a prospect as one ZIP archive (issue 19), as {@link PersonalDataExport} does
 * for a customer and with the same writer ({@link PersonalDataArchive}): a JSON file per record type
 * of the sales module ({@link ProspectPersonalData}), the consent lines of the prospect and of its
 * contact people (each line saying whose), and {@code summary.html} in the reader's language.
 */
@Component
public class ProspectDataExport {

    private static final String CONSENTS = """
            SELECT e.id, e.person_kind, e.person_id, e.channel, e.purpose, e.status, e.legal_basis, e.source,
                   e.recorded_at, e.recorded_by, t.body AS text_shown
              FROM privacy_consent_event e JOIN privacy_consent_text t ON t.id = e.text_id
             WHERE e.prospect_id = :prospectId ORDER BY e.id""";

    private final ProspectDirectory prospects;
    private final ProspectPersonalData sales;
    private final PersonalDataArchive archive;

    ProspectDataExport(ProspectDirectory prospects, ProspectPersonalData sales, PersonalDataArchive archive) {
        this.prospects = prospects;
        this.sales = sales;
        this.archive = archive;
    }

    /** The prospect, or a {@link NotFoundException}. */
    public ProspectRef prospect(long prospectId) {
        return prospects.find(prospectId).orElseThrow(() -> new NotFoundException("prospect", prospectId));
    }

    /** The archive's file name: the prospect's id only. */
    public static String fileName(long prospectId) {
        return "prospect-personal-data-" + prospectId + ".zip";
    }

    /** Writes the archive of {@code prospectId} to {@code out}, its summary in {@code language}, and records the export. */
    public void write(long prospectId, Locale language, OutputStream out) {
        ProspectRef prospect = prospect(prospectId);
        Map<String, String> queries = new LinkedHashMap<>(sales.exports());
        queries.put("consents", CONSENTS);
        List<PersonalDataArchive.Part> parts = queries.entrySet().stream()
                .map(query ->
                        new PersonalDataArchive.Part(query.getKey(), sink -> sink.rows(query.getValue(), prospectId)))
                .toList();
        archive.write(
                out,
                new PersonalDataArchive.Person(
                        "prospectId",
                        prospectId,
                        "prospect",
                        "PROSPECT_PERSONAL_DATA_EXPORTED",
                        "prospect",
                        ExportSummary.PROSPECT_WORDS,
                        prospect.name(),
                        prospect.id()),
                parts,
                language);
    }
}
