package org.clientela.backups.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' command: {@code java -jar clientela.jar --clientela.backups.now=true
 * --spring.main.web-application-type=none} starts, backs up and verifies, prints the archive's path
 * and stops (exit code 0 when verified, 1 otherwise). On PostgreSQL it may run beside the running
 * application; the embedded H2 database is open by one process only, so there use the API.
 */
@Component
@ConditionalOnProperty(name = "clientela.backups.now", havingValue = "true")
@Order(Integer.MAX_VALUE)
class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final BackupRuns runs;
    private final Backups backups;
    private final ConfigurableApplicationContext context;

    BackupCommand(BackupRuns runs, Backups backups, ConfigurableApplicationContext context) {
        this.runs = runs;
        this.backups = backups;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        BackupRecord backup = runs.backUpAndVerify(BackupReason.MANUAL);
        log.info(
                "Backup {} {}: {} rows",
                backups.file(backup).toAbsolutePath(),
                backup.verified() ? "verified" : "NOT verified",
                backup.rows());
        System.out.println(backups.file(backup).toAbsolutePath());
        int code = backup.verified() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
