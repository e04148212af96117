package org.clientela.sales.internal.activities;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ProspectActivityApiOnH2Tests extends ProspectActivityApiTests {}
