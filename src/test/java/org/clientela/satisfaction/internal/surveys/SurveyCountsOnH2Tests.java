package org.clientela.satisfaction.internal.surveys;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SurveyCountsOnH2Tests extends SurveyCountsTests {}
