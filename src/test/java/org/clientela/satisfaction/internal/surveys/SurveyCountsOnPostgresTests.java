package org.clientela.satisfaction.internal.surveys;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SurveyCountsOnPostgresTests extends SurveyCountsTests {}
