package org.clientela.privacy.web;

/**
 * Who may see rights requests and export a person's data: the admins and the managers, those who
 * answer for the business's use of personal data. Nobody else sees a request or an export.
 */
final class RightsRequestRoles {

    static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    private RightsRequestRoles() {}
}
