package org.clientela.sales.internal.prospects;

import java.util.List;
import java.util.Optional;
import org.clientela.platform.Slice;

/** The prospects as stored, with their contacts and search terms. */
public interface Prospects {

    /** Saves a new prospect (its id and version are ignored); answers it as stored. */
    Prospect add(Prospect prospect);

    /** Changes a prospect read at {@code prospect.version()}; stale is an optimistic lock failure. */
    Prospect update(Prospect prospect);

    /** Changes the research of a prospect read at {@code version}. */
    Prospect updateResearch(long id, long version, Research research);

    Optional<Prospect> find(long id);

    Slice<Prospect> search(ProspectQuery query);

    /** How many undecided prospects are ready to call, of {@code owner} or of everyone when null. */
    long countReady(String owner);

    /** Other prospects (not {@code exceptId}) with this tax id key, e-mail key or phone digits, oldest first. */
    List<Prospect> matching(String taxIdKey, String emailKey, String phoneDigits, Long exceptId);
}
