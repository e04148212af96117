package org.clientela.retention.internal;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CallPlanOnH2Tests extends CallPlanTests {
}
