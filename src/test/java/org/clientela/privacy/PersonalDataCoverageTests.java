package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.clientela.platform.PersonalDataSource;
import org.clientela.privacy.internal.export.PersonalTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema walk, on H2 and PostgreSQL: every table that refers to a person (see
 * {@link PersonalTables} for the rule) is written by some module's {@link PersonalDataSource}, or
 * is in the short list of tables that hold nothing the export must give, each with its reason. A
 * module that adds a table about customers and forgets the export fails here, by the table's name.
 */
abstract class PersonalDataCoverageTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    List<PersonalDataSource> sources;

    @Autowired
    JdbcClient jdbc;

    /** The tables referring to a person that no source lists, with why each refers to a person. */
    Map<String, String> uncovered() throws Exception {
        Map<String, String> personal;
        try (Connection connection = dataSource.getConnection()) {
            personal = PersonalTables.referringToAPerson(connection);
        }
        Set<String> exported = new TreeSet<>();
        sources.forEach(s -> exported.addAll(s.tables()));
        Map<String, String> uncovered = new TreeMap<>(personal);
        uncovered.keySet().removeAll(exported);
        uncovered.keySet().removeAll(PersonalTables.NOT_PERSONAL.keySet());
        return uncovered;
    }

    @Test
    void everyTableThatRefersToAPersonIsExported() throws Exception {
        assertThat(uncovered())
                .as("tables that refer to a person but no PersonalDataSource lists (table=why it refers to"
                        + " a person): add a source in the owning module, or explain in"
                        + " PersonalTables.NOT_PERSONAL why it holds nothing personal")
                .isEmpty();
    }

    @Test
    void theWalkFindsTheTablesItShould() throws Exception {
        Map<String, String> personal;
        try (Connection connection = dataSource.getConnection()) {
            personal = PersonalTables.referringToAPerson(connection);
        }
        assertThat(personal)
                .containsKeys(
                        "customer",
                        "contact",
                        "sales_order",
                        "service_case",
                        "service_letter",
                        "satisfaction_survey",
                        "privacy_request")
                .doesNotContainKeys("order_line", "app_user", "product");
        assertThat(personal.get("customer_tag")).isEqualTo("column customer_id");
        assertThat(personal.get("contact")).isEqualTo("a person table");
    }

    @Test
    void everyTableASourceOrTheExclusionsNameExists() throws Exception {
        Set<String> tables = new TreeSet<>(
                jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'")
                        .query(String.class)
                        .list());
        Set<String> named = new TreeSet<>(PersonalTables.NOT_PERSONAL.keySet());
        sources.forEach(s -> named.addAll(s.tables()));
        assertThat(tables).containsAll(named);
        assertThat(sources)
                .extracting(PersonalDataSource::recordType)
                .doesNotHaveDuplicates()
                .allMatch(type -> type.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void aNewTableAboutCustomersWithoutASourceFailsTheWalk() throws Exception {
        jdbc.sql("CREATE TABLE privacy_scratch_note (id BIGINT PRIMARY KEY, customer_id BIGINT, body TEXT)")
                .update();
        jdbc.sql("CREATE TABLE privacy_scratch_child (id BIGINT PRIMARY KEY,"
                        + " owner BIGINT REFERENCES customer (id))")
                .update();
        try {
            assertThat(uncovered())
                    .containsEntry("privacy_scratch_note", "column customer_id")
                    .containsEntry("privacy_scratch_child", "foreign key to customer")
                    .hasSize(2);
        } finally {
            jdbc.sql("DROP TABLE privacy_scratch_child").update();
            jdbc.sql("DROP TABLE privacy_scratch_note").update();
        }
        assertThat(uncovered()).isEmpty();
    }
}
