package org.clientela.sales;

/**
 * A card another module adds to the prospect page (the privacy module's consents). The page loads
 * the card's content from {@link #path(long)} after it is shown (htmx), so the sales module never
 * reads another module's tables nor waits for it. Cards appear in the order of {@link #position()}.
 */
public interface ProspectPanel {

    /** A unique id, used as the HTML id of the card ({@code panel-<id>}). */
    String id();

    /** Message key of the card's title. */
    String titleKey();

    /** The URL of the card's content (an HTML fragment) for the prospect {@code prospectId}. */
    String path(long prospectId);

    /** Lower first. */
    int position();

    /** A card whose content is at {@code pathPrefix} followed by the prospect's id. */
    static ProspectPanel of(String id, String titleKey, String pathPrefix, int position) {
        return new Simple(id, titleKey, pathPrefix, position);
    }

    /** The card {@link #of} makes. */
    record Simple(String id, String titleKey, String pathPrefix, int position) implements ProspectPanel {
        @Override
        public String path(long prospectId) {
            return pathPrefix + prospectId;
        }
    }
}
