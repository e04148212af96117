package org.clientela.retention.internal.model;

/**
 * The data cannot support a model: too few customers, nobody bought twice, or the likelihood has
 * no finite optimum. Carries a message key (module {@code retention}) and its arguments so that
 * the page and the API can say why in the reader's language.
 */
public class ModelFitRefused extends RuntimeException {

    /** Fewer customers than {@link CustomerBaseFitter#MIN_CUSTOMERS}; argument: how many there are. */
    public static final String TOO_FEW_CUSTOMERS = "retention.model.refused.tooFewCustomers";
    /** No customer made a repeat purchase. */
    public static final String NO_REPEAT_PURCHASES = "retention.model.refused.noRepeatPurchases";
    /** No repeat buyer spent anything, so spend cannot be modelled. */
    public static final String NO_SPEND = "retention.model.refused.noSpend";
    /** No start of the search reached a finite optimum. */
    public static final String NOT_FINITE = "retention.model.refused.notFinite";

    private final String messageKey;
    private final transient Object[] args;

    public ModelFitRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
