package org.clientela.privacy;

import org.clientela.support.PostgresApplicationTest;

@PostgresApplicationTest
class ProspectRetentionOnPostgresTests extends ProspectRetentionTests {}
