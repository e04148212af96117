package org.clientela.privacy;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ProspectRetentionOnH2Tests extends ProspectRetentionTests {}
