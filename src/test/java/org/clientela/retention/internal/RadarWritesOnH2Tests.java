package org.clientela.retention.internal;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RadarWritesOnH2Tests extends RadarWritesTests {
}
