package org.clientela.retention.internal.model;

/**
 * A fitted customer-base model: BG/NBD for purchases and Gamma-Gamma for spend.
 *
 * @param purchases         the BG/NBD parameters
 * @param logLikelihood     BG/NBD log-likelihood, total over customers
 * @param spend             the Gamma-Gamma parameters
 * @param spendLogLikelihood Gamma-Gamma log-likelihood, total over repeat buyers
 * @param customers         customers in the data
 * @param repeatPurchases   their repeat purchases
 * @param converged         whether both searches ended at a point where the gradient vanished
 */
public record CustomerBaseFit(
        BgNbdParameters purchases,
        double logLikelihood,
        GammaGammaParameters spend,
        double spendLogLikelihood,
        long customers,
        long repeatPurchases,
        boolean converged) {}
