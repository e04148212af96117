package org.clientela.service;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class PromiseLedgerOnH2Tests extends PromiseLedgerTests {}
