package org.clientela.retention.internal.plan;

/** Where an idea of the retention plan stands: proposed, adopted (in use) or dropped. */
public enum IdeaStatus {
    IDEA, ADOPTED, DROPPED
}
