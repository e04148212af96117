package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.InputError;

/**
 * A program as a manager sets it up, checked by {@link #problems()}: a name, a basis, tiers whose
 * thresholds go strictly up (each tier asks for more than the one below), benefits within range.
 *
 * @param reviewMonths null for 12
 */
public record NewProgram(String name, TierBasis basis, Integer reviewMonths, List<Tier> tiers) {

    /** What is wrong, each naming its field ({@code tiers[1].threshold}); empty when it may be saved. */
    public List<InputError> problems() {
        List<InputError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(InputError.field("name", "satisfaction.loyalty.required"));
        } else if (name.strip().length() > Program.NAME_MAX) {
            errors.add(InputError.field("name", "satisfaction.loyalty.tooLong", Program.NAME_MAX));
        }
        if (basis == null) {
            errors.add(InputError.field("basis", "satisfaction.loyalty.required"));
        }
        if (reviewMonths != null && (reviewMonths < 1 || reviewMonths > Program.REVIEW_MONTHS_MAX)) {
            errors.add(InputError.field("reviewMonths", "satisfaction.loyalty.between", 1, Program.REVIEW_MONTHS_MAX));
        }
        if (tiers == null || tiers.isEmpty()) {
            errors.add(InputError.field("tiers", "satisfaction.loyalty.tiers.none"));
            return errors;
        }
        if (tiers.size() > Program.TIERS_MAX) {
            errors.add(InputError.field("tiers", "satisfaction.loyalty.tiers.tooMany", Program.TIERS_MAX));
            return errors;
        }
        BigDecimal previous = null;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String at = "tiers[" + i + "].";
            if (tier == null) {
                errors.add(InputError.field("tiers[" + i + "]", "satisfaction.loyalty.required"));
                continue;
            }
            if (tier.name() == null || tier.name().isBlank()) {
                errors.add(InputError.field(at + "name", "satisfaction.loyalty.required"));
            } else if (tier.name().strip().length() > Tier.NAME_MAX) {
                errors.add(InputError.field(at + "name", "satisfaction.loyalty.tooLong", Tier.NAME_MAX));
            }
            BigDecimal threshold = tier.threshold();
            if (threshold == null) {
                errors.add(InputError.field(at + "threshold", "satisfaction.loyalty.required"));
            } else if (threshold.signum() < 0 || threshold.compareTo(Tier.THRESHOLD_MAX) > 0) {
                errors.add(InputError.field(at + "threshold", "satisfaction.loyalty.between", 0, Tier.THRESHOLD_MAX));
            } else if (threshold.scale() > 2 && threshold.stripTrailingZeros().scale() > 2) {
                errors.add(InputError.field(at + "threshold", "satisfaction.loyalty.cents"));
            } else if (previous != null && threshold.compareTo(previous) <= 0) {
                errors.add(InputError.field(at + "threshold", "satisfaction.loyalty.tiers.ascending", previous));
            }
            if (threshold != null) {
                previous = threshold;
            }
            if (tier.discountPercent() != null
                    && (tier.discountPercent().signum() < 0
                            || tier.discountPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
                errors.add(InputError.field(at + "discountPercent", "satisfaction.loyalty.between", 0, 100));
            }
            if (tier.responseCutPercent() != null
                    && (tier.responseCutPercent() < 0 || tier.responseCutPercent() > 90)) {
                errors.add(InputError.field(at + "responseCutPercent", "satisfaction.loyalty.between", 0, 90));
            }
            if (tier.surprise() != null && tier.surprise().strip().length() > Tier.SURPRISE_MAX) {
                errors.add(InputError.field(at + "surprise", "satisfaction.loyalty.tooLong", Tier.SURPRISE_MAX));
            }
        }
        return errors;
    }
}
