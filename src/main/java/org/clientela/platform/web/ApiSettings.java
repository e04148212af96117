package org.clientela.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the JSON API under {@code clientela.api.*}.
 *
 * @param maxJsonBytes the largest request body the API reads (CSV uploads excepted); larger ones get 413
 */
@ConfigurationProperties("clientela.api")
record ApiSettings(@DefaultValue("1MB") DataSize maxJsonBytes) {}
