package org.clientela.sales.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.DecimalText;
import org.clientela.platform.InputError;
import org.clientela.sales.internal.businesscase.CashFlows;

/**
 * The calculator's form: amounts and the rate as typed (text, so "abc" is told next to its field
 * instead of failing the request), the investment as a positive cost, the rate in percent.
 */
public class BusinessCaseForm {

    static final int FIRST_ROWS = 5;

    private String title;
    private Long prospectId;
    private Long activityId;
    private String investment;
    private List<String> flows = new ArrayList<>(List.of("", "", "", "", ""));
    private Integer periodsPerYear = 1;
    private String rate = "10";
    private String notes;

    /** The flows and rate read from what was typed; unreadable fields go to {@code errors}. */
    record Read(List<Double> cashFlows, Integer periodsPerYear, Double annualDiscountRate) {}

    Read read(Map<String, String> errorKeys) {
        List<Double> cashFlows = new ArrayList<>();
        BigDecimal cost = number(investment, "investment", errorKeys);
        cashFlows.add(cost == null ? 0.0 : -cost.abs().doubleValue());
        int last = flows.size() - 1;
        while (last >= 0 && (flows.get(last) == null || flows.get(last).isBlank())) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            BigDecimal amount = number(flows.get(i), "flows[" + i + "]", errorKeys);
            cashFlows.add(amount == null ? 0.0 : amount.doubleValue());
        }
        BigDecimal percent = rate == null || rate.isBlank() ? null : DecimalText.parse(rate.replace("%", ""));
        if (percent == null) {
            errorKeys.put("rate", "sales.businessCase.error.rate");
        }
        return new Read(cashFlows, periodsPerYear, percent == null ? null : percent.doubleValue() / 100);
    }

    /** The problems of the calculation, named by this form's fields. */
    static Map<String, InputError> onForm(List<InputError> errors) {
        Map<String, InputError> named = new LinkedHashMap<>();
        for (InputError e : errors) {
            String field = switch (e.field()) {
                case "cashFlows" -> "flows";
                case "cashFlows[0]" -> "investment";
                case "annualDiscountRate" -> "rate";
                default ->
                    e.field().startsWith("cashFlows[")
                            ? "flows[" + (Integer.parseInt(e.field().replaceAll("\\D", "")) - 1) + "]"
                            : e.field();
            };
            named.putIfAbsent(field, e);
        }
        return named;
    }

    private static BigDecimal number(String typed, String field, Map<String, String> errorKeys) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        BigDecimal value = DecimalText.parse(typed);
        if (value == null || value.abs().doubleValue() > CashFlows.MAX_AMOUNT) {
            errorKeys.put(field, "sales.businessCase.error.amount");
        }
        return value;
    }

    void addRow() {
        if (flows.size() < CashFlows.MAX_PERIODS) {
            flows.add("");
        }
    }

    void removeRow() {
        if (flows.size() > 1) {
            flows.remove(flows.size() - 1);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getProspectId() {
        return prospectId;
    }

    public void setProspectId(Long prospectId) {
        this.prospectId = prospectId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public String getInvestment() {
        return investment;
    }

    public void setInvestment(String investment) {
        this.investment = investment;
    }

    public List<String> getFlows() {
        return flows;
    }

    public void setFlows(List<String> flows) {
        this.flows = flows;
    }

    public Integer getPeriodsPerYear() {
        return periodsPerYear;
    }

    public void setPeriodsPerYear(Integer periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
