package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class IdeaApiOnH2Tests extends IdeaApiTests {}
