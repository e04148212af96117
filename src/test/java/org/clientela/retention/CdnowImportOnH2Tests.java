package org.clientela.retention;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class CdnowImportOnH2Tests extends CdnowImportTests {}
