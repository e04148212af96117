package org.clientela.sales.internal.prospects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.campaigns.Campaigns;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.targeting.Targeting;
import org.clientela.sales.internal.targeting.TargetingRule;
import org.clientela.sales.internal.targeting.TargetingRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of keeping prospects: what a prospect's details must be (a tax id with the right control
 * character, a known sector and campaign, an owner the person may choose), the size band its
 * employees put it in, the record it may already be, and who may see and change it — a seller only
 * their own, so another seller's prospect is "not found" to them.
 */
@Service
public class ProspectBook {

    private final Prospects prospects;
    private final ProspectDuplicates duplicates;
    private final Campaigns campaigns;
    private final TargetingRules rules;
    private final Targeting targeting;
    private final UserDirectory users;

    ProspectBook(
            Prospects prospects,
            ProspectDuplicates duplicates,
            Campaigns campaigns,
            TargetingRules rules,
            Targeting targeting,
            UserDirectory users) {
        this.prospects = prospects;
        this.duplicates = duplicates;
        this.campaigns = campaigns;
        this.rules = rules;
        this.targeting = targeting;
        this.users = users;
    }

    /** A saved prospect and the record it may already be. */
    public record Saved(Prospect prospect, Optional<DuplicateOf> duplicateOf) {}

    /**
     * Adds a prospect owned by {@code who} unless another owner is given; with {@code strict}, one
     * that is already a customer or a prospect is refused and nothing is saved.
     */
    @Transactional
    public Saved create(ProspectDetails details, SalesUser who, boolean strict) {
        ProspectDetails checked = checked(details, who);
        Optional<DuplicateOf> duplicate = duplicates.of(checked, null);
        if (strict && duplicate.isPresent()) {
            throw new ProspectDuplicateException(duplicate.get());
        }
        Prospect saved = prospects.add(prospect(null, null, checked, Research.NONE, 0));
        return new Saved(saved, duplicate);
    }

    /** Changes a prospect read at {@code version}. */
    @Transactional
    public Saved update(long id, long version, ProspectDetails details, SalesUser who) {
        Prospect current = get(id, who);
        requireWrites(who);
        ProspectDetails checked = checked(details, who);
        Prospect saved = prospects.update(prospect(id, current.externalId(), checked, current.research(), version));
        return new Saved(saved, duplicates.of(checked, id));
    }

    /** Saves the research checklist of a prospect read at {@code version} (the current one when null). */
    @Transactional
    public Prospect research(long id, Long version, Research research, SalesUser who) {
        Prospect current = get(id, who);
        requireWrites(who);
        List<InputError> errors = new ArrayList<>();
        TextInput.check(errors, "contact", research.contact(), Research.CONTACT_MAX, false);
        TextInput.check(errors, "business", research.business(), Research.TEXT_MAX, true);
        TextInput.check(errors, "news", research.news(), Research.TEXT_MAX, true);
        TextInput.check(errors, "reason", research.reason(), Research.TEXT_MAX, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return prospects.updateResearch(id, version == null ? current.version() : version, research);
    }

    /** The prospect, if {@code who} may see it; another seller's is not found. */
    @Transactional(readOnly = true)
    public Prospect get(long id, SalesUser who) {
        return prospects
                .find(id)
                .filter(p -> who.sees(p.owner()))
                .orElseThrow(() -> new NotFoundException("Prospect", id));
    }

    /** A page of the prospects {@code who} may see. */
    @Transactional(readOnly = true)
    public Slice<Prospect> search(ProspectQuery query, SalesUser who) {
        return prospects.search(who.seesAll() ? query : query.ownedBy(who.username()));
    }

    /** How many of the prospects {@code who} may see are ready to call. */
    @Transactional(readOnly = true)
    public long readyToCall(SalesUser who) {
        return prospects.countReady(who.seesAll() ? null : who.username());
    }

    /** What the page and the API say about {@code prospect}, the titles in {@code locale}. */
    @Transactional(readOnly = true)
    public ProspectCard card(Prospect prospect, Locale locale) {
        Campaign campaign = prospect.campaignId() == null
                ? null
                : campaigns.find(prospect.campaignId()).orElse(null);
        Strategy strategy = campaign == null ? Strategy.TOP_DOWN : campaign.strategy();
        Optional<TargetingRule> rule = targeting.titleFor(strategy, prospect.sectorCode(), prospect.sizeBandCode());
        boolean known = rule.isPresent()
                && prospect.contacts().stream().anyMatch(c -> Targeting.holdsTitle(rule.get(), c.jobTitle()));
        return new ProspectCard(
                prospect, campaign, strategy, rule.map(r -> r.title(locale)).orElse(null), known);
    }

    static void requireWrites(SalesUser who) {
        if (!who.writes()) {
            throw new org.springframework.security.access.AccessDeniedException("Viewers read prospects");
        }
    }

    private Prospect prospect(Long id, String externalId, ProspectDetails d, Research research, long version) {
        String band = rules.bandFor(d.employees()).map(b -> b.code()).orElse(null);
        return new Prospect(
                id,
                externalId,
                d.name().strip(),
                blank(d.taxId()),
                blank(d.sectorCode()),
                d.employees(),
                band,
                blank(d.phone()),
                blank(d.email()),
                blank(d.web()),
                blank(d.address()),
                blank(d.city()),
                blank(d.postalCode()),
                d.source() == null ? ProspectSource.OTHER : d.source(),
                d.owner(),
                d.campaignId(),
                blank(d.notes()),
                research,
                d.contacts(),
                null,
                null,
                null,
                version);
    }

    /** The details with the owner filled in, or every error found. */
    private ProspectDetails checked(ProspectDetails d, SalesUser who) {
        List<InputError> errors = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.add(InputError.field("name", "sales.prospect.name.required"));
        }
        TextInput.check(errors, "name", d.name(), Prospect.NAME_MAX, false);
        TextInput.check(errors, "taxId", d.taxId(), Prospect.TAX_ID_MAX, false);
        TextInput.check(errors, "phone", d.phone(), Prospect.PHONE_MAX, false);
        TextInput.check(errors, "email", d.email(), Prospect.EMAIL_MAX, false);
        TextInput.check(errors, "web", d.web(), Prospect.WEB_MAX, false);
        TextInput.check(errors, "address", d.address(), Prospect.ADDRESS_MAX, false);
        TextInput.check(errors, "city", d.city(), Prospect.CITY_MAX, false);
        TextInput.check(errors, "postalCode", d.postalCode(), Prospect.POSTAL_CODE_MAX, false);
        TextInput.check(errors, "notes", d.notes(), Prospect.NOTES_MAX, true);
        if (blank(d.taxId()) != null && !TaxIds.valid(d.taxId())) {
            errors.add(InputError.field("taxId", "sales.prospect.taxId.invalid", d.taxId()));
        }
        if (d.employees() != null && (d.employees() < 0 || d.employees() > Prospect.EMPLOYEES_MAX)) {
            errors.add(InputError.field("employees", "sales.prospect.employees.range", Prospect.EMPLOYEES_MAX));
        }
        if (blank(d.sectorCode()) != null
                && rules.sectors().stream()
                        .noneMatch(s -> s.code().equals(d.sectorCode().strip()))) {
            errors.add(InputError.field("sector", "sales.prospect.sector.unknown", d.sectorCode()));
        }
        if (d.campaignId() != null && campaigns.find(d.campaignId()).isEmpty()) {
            errors.add(InputError.field("campaignId", "sales.prospect.campaign.unknown", d.campaignId()));
        }
        String owner = blank(d.owner()) == null ? who.username() : d.owner().strip();
        if (!owner.equals(who.username())) {
            if (!who.manages()) {
                errors.add(InputError.field("owner", "sales.prospect.owner.onlyYourself"));
            } else if (!users.isActive(owner)) {
                errors.add(InputError.field("owner", "sales.prospect.owner.unknown", owner));
            }
        }
        if (d.contacts().size() > Prospect.CONTACTS_MAX) {
            errors.add(InputError.field("contacts", "sales.prospect.contacts.tooMany", Prospect.CONTACTS_MAX));
        }
        for (int i = 0; i < d.contacts().size(); i++) {
            d.contacts().get(i).check(errors, "contacts[" + i + "].");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProspectDetails(
                d.name(),
                d.taxId() == null ? null : d.taxId().strip(),
                blank(d.sectorCode()),
                d.employees(),
                d.phone(),
                d.email(),
                d.web(),
                d.address(),
                d.city(),
                d.postalCode(),
                d.source(),
                owner,
                d.campaignId(),
                d.notes(),
                d.contacts());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
