package org.clientela.service.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class LetterPrintOnH2Tests extends LetterPrintTests {}
