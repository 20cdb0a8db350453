-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 9: an operation in doubt leaves that state only through a read-back verdict or a
-- person's decision, whatever happens to the connection, the credentials or the process.

-- Earlier versions could move an in-doubt operation to pending, retry_wait or paused when the
-- sign-in failed or a secret was missing, and then send it again without a read-back. Such
-- operations are put back in doubt; the others that were paused wait for their connection.
UPDATE outbox SET state = 'in_doubt', next_attempt_at = NULL
    WHERE in_doubt_since IS NOT NULL AND state IN ('pending', 'retry_wait', 'paused', 'sending');
UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE state = 'paused';

-- The rule, kept by the database itself: while in_doubt_since is set, the operation may only
-- be read back (reconciling), wait for a person (needs_attention, conflict) or end (acked,
-- discarded); in_doubt_since is cleared only with a read-back's NOT_FOUND verdict
-- ('not_found') or a person's "it's not there" ('confirmed_not_landed').
CREATE TRIGGER outbox_in_doubt_is_kept BEFORE UPDATE OF state, in_doubt_since ON outbox
WHEN OLD.in_doubt_since IS NOT NULL
 AND OLD.state NOT IN ('acked', 'discarded', 'superseded')
 AND ((NEW.in_doubt_since IS NOT NULL
       AND NEW.state NOT IN ('in_doubt', 'reconciling', 'needs_attention', 'conflict', 'acked',
                             'discarded'))
      OR (NEW.in_doubt_since IS NULL AND NEW.state NOT IN ('acked', 'discarded')
          AND NEW.last_error_class NOT IN ('not_found', 'confirmed_not_landed')))
BEGIN
    SELECT RAISE(ABORT, 'an operation in doubt leaves that state only through a read-back verdict or a person''s decision');
END;

-- CRM.COM session tokens were recorded with the requests (the URL's token= and the body's
-- "token"); they are masked now, as every secret is.
UPDATE op_attempts
   SET request_url = substr(request_url, 1, instr(request_url, 'token=') + 5) || '(hidden)'
       || CASE WHEN instr(substr(request_url, instr(request_url, 'token=') + 6), '&') > 0
               THEN substr(substr(request_url, instr(request_url, 'token=') + 6),
                           instr(substr(request_url, instr(request_url, 'token=') + 6), '&'))
               ELSE '' END
 WHERE instr(request_url, 'token=') > 0;
UPDATE op_attempts
   SET request_body = CAST(json_set(CAST(request_body AS TEXT), '$.token', '(hidden)') AS BLOB)
 WHERE json_valid(CAST(request_body AS TEXT))
   AND json_type(CAST(request_body AS TEXT), '$.token') = 'text';
