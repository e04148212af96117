package org.clientela.satisfaction;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class ProjectReviewApiOnPostgresTests extends ProjectReviewApiTests {}
