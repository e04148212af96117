package org.clientela.platform.security;

import java.time.Instant;

/**
 * Too many wrong passwords locked {@code username} until {@code until}: whatever remembers a good
 * password check (such as a cache of HTTP Basic sign-ins) should forget it.
 */
record AccountLocked(String username, Instant until) {}
