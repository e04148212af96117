package org.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clientela.customers.CustomerDirectory;
import org.clientela.imports.internal.ImportJob;
import org.clientela.imports.internal.ImportJobs;
import org.clientela.imports.internal.ImportKind;
import org.clientela.imports.internal.ImportStatus;
import org.clientela.orders.figures.PurchaseFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The imports module with everything it uses (customers, orders, sales, platform, and the modules
 * sales itself stands on, since a prospect list is imported through sales): a job's life as a person sees it on the import page, through {@link ImportJobs}.
 * It starts RUNNING, checking its file, and ends DONE with what it wrote, or FAILED with the bad rows
 * and nothing written. Where a test must see the job before it runs, the background executor holds
 * the job until the test lets it go, instead of racing it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@WithMockUser(username = "marta", roles = "ADMIN")
class ImportsModuleTests {

    @MockitoSpyBean(name = "applicationTaskExecutor")
    TaskExecutor executor;

    @Autowired
    ImportJobs jobs;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    PurchaseFigures figures;

    /** One for the class: a module test has one instance for all its tests, each of which names its rows apart. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCustomerFileIsRunningWhileItWaitsAndDoneWithWhatItWroteOnceItRan() {
        List<Runnable> held = holdBackgroundWork();

        long id = jobs.start(ImportKind.CUSTOMERS, "clientes.csv", csv("""
                customer_number,name,kind,email,phone
                J1-%1$s,Quesería Norte %1$s,COMPANY,,
                J2-%1$s,Julia Sanz %1$s,PERSON,julia-%1$s@example.com,
                """));

        ImportJob waiting = jobs.find(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(waiting.phase()).isEqualTo("CHECKING");
        assertThat(waiting.startedBy()).isEqualTo("marta");
        assertThat(waiting.fileName()).isEqualTo("clientes.csv");
        assertThat(directory.idsByNumber(List.of("J1-" + marker)))
                .as("nothing written yet")
                .isEmpty();

        assertThat(held).hasSize(1);
        held.forEach(Runnable::run);

        ImportJob done = jobs.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.phase()).isNull();
        assertThat(done.created()).isEqualTo(2);
        assertThat(done.rowsWritten()).isEqualTo(2);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.status().canBecome(ImportStatus.FAILED))
                .as("DONE is final")
                .isFalse();
        assertThat(directory.idsByNumber(List.of("J1-" + marker, "J2-" + marker)))
                .hasSize(2);
    }

    @Test
    void aFileWithABadRowFailsNamingTheRowAndWritesNothing() {
        List<Runnable> held = holdBackgroundWork();

        long id = jobs.start(ImportKind.CUSTOMERS, "mal.csv", csv("""
                customer_number,name,kind,email,phone
                K1-%1$s,Bien %1$s,COMPANY,,
                K2-%1$s,,COMPANY,,
                """));
        assertThat(jobs.find(id).orElseThrow().running()).isTrue();
        held.forEach(Runnable::run);

        ImportJob failed = jobs.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.errors()).extracting(ImportJob.RowProblem::line).containsExactly(3L);
        assertThat(failed.created()).isNull();
        assertThat(failed.status().canBecome(ImportStatus.DONE))
                .as("FAILED is final")
                .isFalse();
        assertThat(directory.idsByNumber(List.of("K1-" + marker)))
                .as("all or nothing")
                .isEmpty();
    }

    @Test
    void customersThenTheirOrdersRunInTheBackgroundUntilDone() {
        long customers = jobs.start(ImportKind.CUSTOMERS, "clientes.csv", csv("""
                customer_number,name,kind,email,phone
                L1-%1$s,Vinos Rioja %1$s,COMPANY,,
                """));
        assertThat(finished(customers).status()).isEqualTo(ImportStatus.DONE);
        long versionBefore = figures.bookVersion();

        long orders = jobs.start(ImportKind.ORDERS, "pedidos.csv", csv("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                L1-%1$s,P1-%1$s,2013-02-01,,,,40.00
                L1-%1$s,P2-%1$s,2013-02-20,,,,60.00
                """));

        ImportJob done = finished(orders);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.created()).as("orders").isEqualTo(2);
        assertThat(figures.bookVersion()).isGreaterThan(versionBefore);
        assertThat(figures.revenue(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 1, 1), "EUR"))
                .isEqualByComparingTo("100.00");
    }

    /** The job once the background has ended it, as the progress page finds it when it stops polling. */
    private ImportJob finished(long id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(id).orElseThrow(), job -> !job.running());
    }

    /** Jobs handed to the background from now until the test ends wait in the returned list. */
    private List<Runnable> holdBackgroundWork() {
        List<Runnable> held = new CopyOnWriteArrayList<>();
        doAnswer(call -> held.add(call.getArgument(0))).when(executor).execute(any(Runnable.class));
        return held;
    }

    private ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.formatted(marker).getBytes(StandardCharsets.UTF_8));
    }
}
