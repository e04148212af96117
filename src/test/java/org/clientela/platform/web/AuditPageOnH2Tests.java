package org.clientela.platform.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class AuditPageOnH2Tests extends AuditPageTests {}
