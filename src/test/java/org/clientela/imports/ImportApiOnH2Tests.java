package org.clientela.imports;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ImportApiOnH2Tests extends ImportApiTests {}
