package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class PersonalDataCoverageOnH2Tests extends PersonalDataCoverageTests {}
