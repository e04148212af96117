package org.clientela.satisfaction;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class SurveyFiguresApiOnPostgresTests extends SurveyFiguresApiTests {}
