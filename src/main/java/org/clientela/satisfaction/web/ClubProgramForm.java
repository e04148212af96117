package org.clientela.satisfaction.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clientela.satisfaction.internal.loyalty.NewProgram;
import org.clientela.satisfaction.internal.loyalty.Tier;
import org.clientela.satisfaction.internal.loyalty.TierBasis;

/** The new-program form: a name, a basis and up to {@value #ROWS} tier rows (blank rows are left out). */
public class ClubProgramForm {

    static final int ROWS = 5;

    private String name;
    private TierBasis basis = TierBasis.SPEND;
    private Integer reviewMonths = 12;
    private List<TierRow> tiers = new ArrayList<>();

    public ClubProgramForm() {
        for (int i = 0; i < ROWS; i++) {
            tiers.add(new TierRow());
        }
    }

    /** One tier row of the form. */
    public static class TierRow {
        private String name;
        private BigDecimal threshold;
        private BigDecimal discountPercent;
        private Integer responseCutPercent;
        private String surprise;

        boolean blank() {
            return (name == null || name.isBlank())
                    && threshold == null
                    && discountPercent == null
                    && responseCutPercent == null
                    && (surprise == null || surprise.isBlank());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public void setThreshold(BigDecimal threshold) {
            this.threshold = threshold;
        }

        public BigDecimal getDiscountPercent() {
            return discountPercent;
        }

        public void setDiscountPercent(BigDecimal discountPercent) {
            this.discountPercent = discountPercent;
        }

        public Integer getResponseCutPercent() {
            return responseCutPercent;
        }

        public void setResponseCutPercent(Integer responseCutPercent) {
            this.responseCutPercent = responseCutPercent;
        }

        public String getSurprise() {
            return surprise;
        }

        public void setSurprise(String surprise) {
            this.surprise = surprise;
        }
    }

    /**
     * The program, with the filled rows only. Errors name {@code tiers[i]} by the position among the
     * filled rows, so the form keeps the filled rows first (see {@link #compact()}).
     */
    NewProgram program() {
        List<Tier> filled = new ArrayList<>();
        for (TierRow row : tiers) {
            if (!row.blank()) {
                filled.add(new Tier(
                        0, row.name, row.threshold, row.discountPercent, row.responseCutPercent, row.surprise));
            }
        }
        return new NewProgram(name, basis, reviewMonths, filled);
    }

    /** Moves the filled rows to the top and pads with blank ones, so row i is the i-th filled tier. */
    void compact() {
        List<TierRow> rows =
                new ArrayList<>(tiers.stream().filter(r -> !r.blank()).toList());
        while (rows.size() < ROWS) {
            rows.add(new TierRow());
        }
        tiers = rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TierBasis getBasis() {
        return basis;
    }

    public void setBasis(TierBasis basis) {
        this.basis = basis;
    }

    public Integer getReviewMonths() {
        return reviewMonths;
    }

    public void setReviewMonths(Integer reviewMonths) {
        this.reviewMonths = reviewMonths;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }

    public void setTiers(List<TierRow> tiers) {
        this.tiers = tiers;
    }
}
