package org.clientela.retention.internal.calls;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CallPlanOnH2Tests extends CallPlanTests {}
