/**
 * Service and recovery: cases from every channel, the promises made to customers and whether they
 * were kept, keeping customers informed, and reply letters that calm instead of inflame.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service")
package org.clientela.service;
