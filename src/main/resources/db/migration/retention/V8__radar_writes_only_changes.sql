-- A radar run now compares each stretch of customers' findings with their active signals and
-- writes only what changed, closing the signals nothing found any more as it goes. Nothing asks
-- for "active signals not seen by run N" any more, so this index only slowed every write.
DROP INDEX retention_signal_run_idx;
