package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class FollowUpApiOnH2Tests extends FollowUpApiTests {}
