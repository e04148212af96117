package org.clientela.backups.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups go and how many are kept ({@code clientela.backups.*}).
 *
 * @param dir        the folder of the archives (by default {@code <clientela.data-dir>/backups})
 * @param cron       when the scheduled backup runs, in the business's time zone ({@code -} turns it off)
 * @param keepDaily  how many of the latest daily backups are kept
 * @param keepWeekly how many weekly ones besides (the last backup of each ISO week)
 * @param staleAfter the home page warns admins when the last verified backup is older than this
 */
@ConfigurationProperties("clientela.backups")
public record BackupSettings(
        @DefaultValue("./data/backups") Path dir,
        @DefaultValue("0 0 3 * * *") String cron,
        @DefaultValue("7") int keepDaily,
        @DefaultValue("4") int keepWeekly,
        @DefaultValue("26h") Duration staleAfter) {}
