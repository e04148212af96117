package org.clientela.satisfaction;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class LoyaltyApiOnPostgresTests extends LoyaltyApiTests {}
