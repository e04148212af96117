package org.clientela.service.internal.letters;

import java.time.Instant;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface LetterRepository extends ListCrudRepository<Letter, Long> {

    /**
     * Claims an approved letter for sending: APPROVED → SENDING in one conditional UPDATE. Of two
     * requests racing to send one letter the database lets exactly one change the row; that one
     * (row count 1) sends, the other (0) is refused. The version moves too, so an edit that read
     * the letter before the claim fails its optimistic lock instead of changing words in flight.
     *
     * @return the number of rows changed: 1 when this caller may send, 0 otherwise
     */
    @Modifying
    @Query("""
            UPDATE service_letter SET status = 'SENDING', sending_since = :now, updated_at = :now,
                   version = version + 1
             WHERE id = :id AND status = 'APPROVED'""")
    int claimForSending(long id, Instant now);

    /**
     * Records an approved letter as sent by post: APPROVED → SENT in one conditional UPDATE, the
     * same way {@link #claimForSending} guards e-mail. Of two prints at the same moment the database
     * lets exactly one change the row; that one is the original, the other a copy.
     *
     * @return 1 when this print is the one that sends the letter, 0 otherwise
     */
    @Modifying
    @Query("""
            UPDATE service_letter SET status = 'SENT', sent_channel = 'POST', sent_by = :by, sent_to = :to,
                   sent_at = :now, updated_at = :now, last_send_error = NULL, version = version + 1
             WHERE id = :id AND status = 'APPROVED'""")
    int markSentByPost(long id, String by, String to, Instant now);
}
