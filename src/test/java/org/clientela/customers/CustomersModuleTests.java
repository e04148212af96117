package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.Customers;
import org.clientela.platform.AuditLog;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;
import org.clientela.platform.Role;
import org.clientela.platform.UserDeactivated;
import org.clientela.platform.UserDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customers module with platform, the only module it uses, and nothing above it: what it tells
 * other modules about customers (its directory, owners and import), and what it does when platform
 * says a person was deactivated. Only the customers' and platform's tables exist here (each module
 * migrates its own).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class CustomersModuleTests {

    @Autowired
    Customers customers;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    CustomerOwners owners;

    @Autowired
    CustomerImporter importer;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditLog audit;

    /** One for the class: a module test has one instance for all its tests, each of which names its rows apart. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theCustomersOfADeactivatedPersonAreLeftWithoutOwnerAndNobodyElsesAre(Scenario scenario) {
        String ana = "ana-" + marker;
        String luis = "luis-" + marker;
        users.ensure(ana, "Ana", Role.SALES);
        users.ensure(luis, "Luis", Role.SALES);
        long first = customer("Ferretería Ana " + marker, ana);
        long second = customer("Bodega Ana " + marker, ana);
        long kept = customer("Panadería Luis " + marker, luis);

        scenario.publish(new UserDeactivated(ana))
                .andWaitForStateChange(() -> owners.customersOf(ana), List::isEmpty)
                .andVerify(none -> {
                    assertThat(owners.customersOf(null)).contains(first, second).doesNotContain(kept);
                    assertThat(owners.ownersOf(List.of(first, second, kept))).isEqualTo(Map.of(kept, luis));
                    assertThat(audit.find(new AuditLog.Filter(null, "CUSTOMERS_UNASSIGNED", null, null), 0, 50))
                            .extracting(AuditLog.Entry::summary)
                            .contains("2 customers of " + ana + " left without owner");
                });
    }

    @Test
    void otherModulesFindCustomersByNumberAndIdThroughTheDirectory() {
        long id = customers
                .create("N-" + marker, details("Droguería Centro " + marker, null))
                .getId();

        assertThat(directory.idsByNumber(List.of("N-" + marker, "missing-" + marker)))
                .isEqualTo(Map.of("N-" + marker, id));
        assertThat(directory.find(id))
                .contains(new CustomerDirectory.CustomerRef(id, "N-" + marker, "Droguería Centro " + marker));
        assertThat(directory.findAll(List.of(id, -1L))).containsOnlyKeys(id);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("customers.csv"), """
                customer_number,name,kind,email,phone
                I1-%1$s,Estanco Plaza %1$s,COMPANY,estanco-%1$s@example.com,
                I2-%1$s,Marta Gil %1$s,PERSON,,600111222
                """.formatted(marker));

        ImportResult first = importer.importCsv(file, ImportProgress.NONE);
        ImportResult again = importer.importCsv(file, ImportProgress.NONE);

        assertThat(first).isEqualTo(new ImportResult(2, 2, 0, 0));
        assertThat(again).isEqualTo(new ImportResult(2, 0, 0, 2));
        assertThat(directory.idsByNumber(List.of("I1-" + marker, "I2-" + marker)))
                .hasSize(2);
    }

    private long customer(String name, String owner) {
        return customers.create(null, details(name, owner)).getId();
    }

    private static CustomerDetails details(String name, String owner) {
        return new CustomerDetails(
                CustomerKind.COMPANY,
                name,
                null,
                null,
                null,
                null,
                null,
                null,
                owner,
                LifecycleStatus.CUSTOMER,
                null,
                List.of(),
                List.of());
    }
}
