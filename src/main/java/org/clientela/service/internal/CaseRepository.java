package org.clientela.service.internal;

import org.springframework.data.repository.ListCrudRepository;

interface CaseRepository extends ListCrudRepository<ServiceCase, Long> {
}
