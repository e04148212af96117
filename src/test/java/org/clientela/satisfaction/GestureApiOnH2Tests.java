package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class GestureApiOnH2Tests extends GestureApiTests {}
