package org.clientela.privacy;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class ProspectContactConsentApiOnPostgresTests extends ProspectContactConsentApiTests {}
