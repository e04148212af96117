package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class PlanOnH2Tests extends PlanTests {}
