package org.clientela.sales.internal.prospects;

/** A person at a prospect, in the shape of a customer's contact. */
public record ProspectContact(String name, String jobTitle, String decisionLevel, String email, String phone) {

    public static final int NAME_MAX = 200;
    public static final int JOB_TITLE_MAX = 100;
    /** How much say the person has, as customers' contacts say it. */
    public static final java.util.List<String> DECISION_LEVELS =
            java.util.List.of("DECISION_MAKER", "INFLUENCER", "USER", "GATEKEEPER");
}
