package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class PersonalDataExportOnH2Tests extends PersonalDataExportTests {}
