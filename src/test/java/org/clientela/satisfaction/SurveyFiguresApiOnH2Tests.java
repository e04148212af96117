package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SurveyFiguresApiOnH2Tests extends SurveyFiguresApiTests {}
