package org.clientela.customers;

/**
 * A card another module adds to the customer page (retention figures, open cases, alerts). The
 * page loads the card's content from {@link #path(long)} after it is shown (htmx), so a slow
 * module never delays the page, and the customers module never reads another module's tables.
 * Each module offers beans of this type; cards appear in the order of {@link #position()}.
 */
public interface CustomerPanel {

    /** Where the panel goes: {@code TOP} above everything (alert banners), {@code MAIN} the column. */
    enum Slot {
        TOP,
        MAIN
    }

    /** A unique id, used as the HTML id of the card ({@code panel-<id>}). */
    String id();

    /** Message key of the card's title, or {@code null} for a card without a title (banners). */
    String titleKey();

    /** The URL of the card's content (an HTML fragment) for the customer {@code customerId}. */
    String path(long customerId);

    Slot slot();

    /** Lower first. */
    int position();

    /** A card whose content is at {@code pathPrefix} followed by the customer's id. */
    static CustomerPanel of(String id, String titleKey, String pathPrefix, Slot slot, int position) {
        return new Simple(id, titleKey, pathPrefix, slot, position);
    }

    /** The card {@link #of} makes. */
    record Simple(String id, String titleKey, String pathPrefix, Slot slot, int position) implements CustomerPanel {
        @Override
        public String path(long customerId) {
            return pathPrefix + customerId;
        }
    }
}
