package org.clientela.service.internal.cases;

import java.util.Optional;
import org.clientela.service.CaseId;
import org.clientela.service.CaseType;
import org.clientela.service.ServiceCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ServiceCases}: a read of one case row, and opening through {@link Cases} like the pages do. */
@Component
class CasesForOtherModules implements ServiceCases {

    private final JdbcClient jdbc;
    private final Cases cases;

    CasesForOtherModules(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseSummary> find(long caseId) {
        return jdbc.sql("""
                        SELECT id, customer_id, reference, case_type, owner_username, status
                          FROM service_case WHERE id = :id""")
                .param("id", caseId)
                .query((rs, n) -> new CaseSummary(
                        new CaseId(rs.getLong("id")),
                        rs.getLong("customer_id"),
                        rs.getString("reference"),
                        CaseType.valueOf(rs.getString("case_type")),
                        rs.getString("owner_username"),
                        CaseStatus.valueOf(rs.getString("status")).isOpen()))
                .optional();
    }

    @Override
    @Transactional
    public CaseId openComplaint(long customerId, String owner, String subject, String description) {
        ServiceCase opened = cases.open(new CaseCommands.OpenCase(
                customerId, CaseType.COMPLAINT, Channel.PHONE, null, Priority.NORMAL, owner, subject, description));
        return new CaseId(opened.getId());
    }
}
