package org.clientela.demo;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RadarOnDemoOnH2Tests extends RadarOnDemoTests {}
