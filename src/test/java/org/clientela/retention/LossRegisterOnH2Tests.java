package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class LossRegisterOnH2Tests extends LossRegisterTests {}
