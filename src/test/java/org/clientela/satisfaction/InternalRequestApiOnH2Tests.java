package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class InternalRequestApiOnH2Tests extends InternalRequestApiTests {}
