package org.clientela.satisfaction;

import org.clientela.support.ApplicationTest;

@ApplicationTest
class ProjectReviewApiOnH2Tests extends ProjectReviewApiTests {}
