package org.clientela.customers.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A free label on a customer ("mayorista", "VIP"). */
@Table("customer_tag")
record CustomerTag(String tag) {}
