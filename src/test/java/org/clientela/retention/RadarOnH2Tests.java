package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RadarOnH2Tests extends RadarTests {}
