package org.clientela.satisfaction;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class FollowUpApiOnPostgresTests extends FollowUpApiTests {}
