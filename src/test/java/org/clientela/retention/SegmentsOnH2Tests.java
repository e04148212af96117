package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SegmentsOnH2Tests extends SegmentsTests {}
