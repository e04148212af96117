package org.clientela.sales.internal.history;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class SalesHistoryOnH2Tests extends SalesHistoryTests {}
