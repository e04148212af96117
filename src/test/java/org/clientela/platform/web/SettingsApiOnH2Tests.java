package org.clientela.platform.web;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SettingsApiOnH2Tests extends SettingsApiTests {}
