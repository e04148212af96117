package org.clientela.sales;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ProspectImportApiOnH2Tests extends ProspectImportApiTests {}
