package org.clientela.platform.security;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SignInThrottleOnH2Tests extends SignInThrottleTests {}
