package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ProspectDataOnH2Tests extends ProspectDataTests {}
