package org.clientela.service.web;

import org.clientela.support.ApplicationTest;
import org.springframework.context.annotation.Import;

@ApplicationTest
@Import(TestCases.Configuration.class)
class LetterApiOnH2Tests extends LetterApiTests {}
