package org.clientela.service.internal.cases;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One entry on a case: an internal note, or what the customer was told. */
@Table("service_case_note")
public record CaseNote(NoteKind kind, String body, String author, Instant writtenAt) {}
