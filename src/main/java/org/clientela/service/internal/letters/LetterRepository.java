package org.clientela.service.internal.letters;

import org.springframework.data.repository.ListCrudRepository;

interface LetterRepository extends ListCrudRepository<Letter, Long> {
}
