package org.clientela.backups.internal;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RestoreOnH2Tests extends RestoreTests {}
