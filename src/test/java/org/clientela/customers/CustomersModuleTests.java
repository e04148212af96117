package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.internal.Contact;
import org.clientela.customers.internal.Customer;
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

    /**
     * The saved customer answers its contacts in the order they were given, whatever the mix of known
     * and new ones: the store writes known and new contacts in separate batches whose order changes
     * from one run of the JVM to the next, so every mix is tried here, in both orders.
     */
    @Test
    void contactsComeBackInTheOrderGivenWhateverTheMixOfKnownAndNew() {
        List<String> mixes = List.of("KKN", "NKK", "KNK", "NNK", "KNN", "NKN", "KKNN", "NNKK", "KNKN", "NKNK");
        for (String mix : mixes) {
            Customer customer =
                    customers.create(null, withContacts("Mezcla " + mix + " " + marker, mix.length(), List.of()));
            List<Contact> stored = customer.getContacts();
            List<Contact> given = new java.util.ArrayList<>();
            int known = 0;
            for (int i = 0; i < mix.length(); i++) {
                Contact c = mix.charAt(i) == 'K'
                        ? stored.get(known++)
                        : new Contact("Nuevo " + i + " " + marker, null, null, null, null);
                given.add(c);
            }
            Customer saved = customers.update(
                    customer.getId(), customer.getVersion(), withContacts(customer.getName(), 0, given));
            Customer read = customers.get(customer.getId());

            assertThat(saved.getContacts())
                    .as(mix)
                    .extracting(Contact::name)
                    .containsExactlyElementsOf(given.stream().map(Contact::name).toList());
            assertThat(saved.getContacts()).as(mix + " as stored").isEqualTo(read.getContacts());
        }
    }

    private static CustomerDetails withContacts(String name, int newOnes, List<Contact> given) {
        List<Contact> contacts = new java.util.ArrayList<>(given);
        for (int i = 0; i < newOnes; i++) {
            contacts.add(new Contact("Persona " + i + " " + name, null, null, null, null));
        }
        return details(name, null, contacts);
    }

    private long customer(String name, String owner) {
        return customers.create(null, details(name, owner)).getId();
    }

    private static CustomerDetails details(String name, String owner) {
        return details(name, owner, List.of());
    }

    private static CustomerDetails details(String name, String owner, List<Contact> contacts) {
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
                contacts);
    }
}
