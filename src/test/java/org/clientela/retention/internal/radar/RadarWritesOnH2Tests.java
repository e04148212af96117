package org.clientela.retention.internal.radar;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RadarWritesOnH2Tests extends RadarWritesTests {}
