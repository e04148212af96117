package org.clientela.sales;

import java.time.Instant;

/**
 * A visitor of the public form ticked the box that lets us send them news and offers by e-mail and
 * phone; they are (or joined) the prospect {@code prospectId}, and {@code shownText} is exactly what
 * they read next to the box. An unticked box publishes nothing: a prospect never asked is sent
 * nothing anyway.
 */
public record LeadConsentGiven(long prospectId, String shownText, Instant at) {}
