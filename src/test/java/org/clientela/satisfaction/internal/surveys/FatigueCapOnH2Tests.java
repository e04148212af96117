package org.clientela.satisfaction.internal.surveys;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class FatigueCapOnH2Tests extends FatigueCapTests {}
