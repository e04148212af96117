package org.clientela.service.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class LetterApiOnH2Tests extends LetterApiTests {}
