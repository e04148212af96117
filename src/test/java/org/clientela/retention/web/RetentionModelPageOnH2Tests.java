package org.clientela.retention.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class RetentionModelPageOnH2Tests extends RetentionModelPageTests {}
