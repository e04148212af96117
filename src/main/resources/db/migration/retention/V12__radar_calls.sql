-- A handful of calls (issue 14): a radar run no longer makes a call per signal; after ranking it
-- chooses, per owner, the few customers with the most money at risk (CallPlan). A call is for a
-- customer, not a signal: signal_id stays only on the calls made before, and the call keeps the
-- run that chose it, the customer's rank and money at risk then, and the codes of the signals that
-- explain it (comma-separated SignalKind names, '' for none).
ALTER TABLE retention_call_task ALTER COLUMN signal_id DROP NOT NULL;
ALTER TABLE retention_call_task ADD COLUMN run_id BIGINT;
ALTER TABLE retention_call_task ADD COLUMN risk_rank BIGINT;
ALTER TABLE retention_call_task ADD COLUMN money_at_risk NUMERIC(14, 2);
ALTER TABLE retention_call_task ADD COLUMN reasons VARCHAR(200) DEFAULT '' NOT NULL;
-- 1 while the call is OPEN, NULL once done or no longer needed: as for retention_signal, a unique key
-- ignoring NULLs allows one open call per customer and any number of closed ones.
ALTER TABLE retention_call_task ADD COLUMN open SMALLINT;

-- The calls made per signal before: keep the newest open one of each customer, with its signal's code.
UPDATE retention_call_task SET status = 'NOT_NEEDED', closed_by = 'system', closed_at = CURRENT_TIMESTAMP,
       version = version + 1
 WHERE status = 'OPEN'
   AND id < (SELECT MAX(o.id) FROM retention_call_task o WHERE o.customer_id = retention_call_task.customer_id
                AND o.status = 'OPEN');
UPDATE retention_call_task SET open = 1 WHERE status = 'OPEN';
UPDATE retention_call_task SET reasons = (SELECT s.kind FROM retention_signal s WHERE s.id = retention_call_task.signal_id)
 WHERE signal_id IS NOT NULL;
ALTER TABLE retention_call_task ADD CONSTRAINT retention_call_task_open_uq UNIQUE (customer_id, open);

-- The radar page's calls of a run, per owner.
CREATE INDEX retention_call_task_run_idx ON retention_call_task (run_id, owner_username);
