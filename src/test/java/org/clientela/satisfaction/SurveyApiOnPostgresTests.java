package org.clientela.satisfaction;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SurveyApiOnPostgresTests extends SurveyApiTests {}
