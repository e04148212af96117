package org.clientela.service.internal.cases;

import org.springframework.data.repository.ListCrudRepository;

interface CaseRepository extends ListCrudRepository<ServiceCase, Long> {}
