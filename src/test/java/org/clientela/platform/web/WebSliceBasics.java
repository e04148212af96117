package org.clientela.platform.web;

import org.clientela.platform.Formats;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What every page and API call of a web slice needs from {@code platform.web} besides what the
 * slice finds by itself ({@link WebConfiguration}, {@link ApiProblemHandler}, {@link ControlFreeText}):
 * the API's settings (a slice binds no settings of its own) and {@code @fmt} for the templates.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSettings.class)
@Import(Formats.class)
public class WebSliceBasics {}
