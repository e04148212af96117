package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SurveyApiOnH2Tests extends SurveyApiTests {}
