-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 16 item 3: every change of an operation's state is checked without building tables.
-- SQLite tests "x IN (three or more constants)" by filling a temporary b-tree with the list,
-- and in a CHECK constraint or a partial index's WHERE it does so for every row it writes:
-- each claim and each outcome built five of them (the state CHECK, and outbox_active and
-- outbox_ready for the old and the new row), about half the cost of the UPDATE. The same
-- rules written as comparisons cost a few instructions. Nothing else changes: the columns,
-- their order, every row, the sequence, the indexes' keys and the in-doubt trigger of 0003.
-- The queries that read the partial indexes name the same comparisons (opstate.cpp), which
-- is what lets SQLite use them.
-- The CHECK of a column can only change with the table, so outbox is rebuilt the way SQLite
-- documents it (https://sqlite.org/lang_altertable.html#otheralter): with foreign keys off,
-- and every key checked before the commit, which the line below asks the migration runner for.
-- invoicedesk: foreign keys are checked after the rebuild
-- Every statement may run again: tests bring files back to older schema numbers.

DROP TABLE IF EXISTS outbox_rebuilt;

CREATE TABLE outbox_rebuilt (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id             TEXT NOT NULL UNIQUE,
    connection_id     INTEGER NOT NULL REFERENCES connections(id),
    kind              TEXT NOT NULL CHECK (kind = 'create_invoice' OR kind = 'update_invoice'
                                           OR kind = 'delete_invoice' OR kind = 'add_payment'
                                           OR kind = 'void_payment'),
    entity_type       TEXT NOT NULL CHECK (entity_type IN ('invoice', 'payment')),
    entity_uuid       TEXT NOT NULL,
    lane_key          TEXT NOT NULL,          -- the invoice's uuid: order is kept per invoice
    depends_on_op_id  TEXT REFERENCES outbox(op_id),
    marker            TEXT NOT NULL,          -- client_ref, minted once, never regenerated
    payload           TEXT NOT NULL DEFAULT '{}',
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state = 'pending' OR state = 'sending' OR state = 'retry_wait'
                             OR state = 'in_doubt' OR state = 'reconciling'
                             OR state = 'needs_attention' OR state = 'conflict'
                             OR state = 'paused' OR state = 'acked' OR state = 'discarded'
                             OR state = 'superseded'),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    lease_until       TEXT,
    first_sent_at     TEXT,
    last_sent_at      TEXT,
    in_doubt_since    TEXT,
    last_error_class  TEXT NOT NULL DEFAULT '',
    last_http_status  INTEGER,
    last_error_text   TEXT NOT NULL DEFAULT '',
    result_remote_id  TEXT NOT NULL DEFAULT '',
    generation        INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    not_found_at      TEXT,
    resends           INTEGER NOT NULL DEFAULT 0,
    UNIQUE (connection_id, marker)
);

INSERT INTO outbox_rebuilt (seq, op_id, connection_id, kind, entity_type, entity_uuid, lane_key,
        depends_on_op_id, marker, payload, state, attempts, next_attempt_at, lease_until,
        first_sent_at, last_sent_at, in_doubt_since, last_error_class, last_http_status,
        last_error_text, result_remote_id, generation, created_at, updated_at, not_found_at,
        resends)
    SELECT seq, op_id, connection_id, kind, entity_type, entity_uuid, lane_key,
           depends_on_op_id, marker, payload, state, attempts, next_attempt_at, lease_until,
           first_sent_at, last_sent_at, in_doubt_since, last_error_class, last_http_status,
           last_error_text, result_remote_id, generation, created_at, updated_at, not_found_at,
           resends
      FROM outbox
     ORDER BY seq;

-- AUTOINCREMENT never gives a number twice, even one whose operation is gone: the sequence
-- moves with the table (the rename below carries it to the name outbox).
DELETE FROM sqlite_sequence WHERE name = 'outbox_rebuilt';
INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox_rebuilt', seq FROM sqlite_sequence
    WHERE name = 'outbox';

DROP TABLE outbox;

ALTER TABLE outbox_rebuilt RENAME TO outbox;

CREATE INDEX outbox_active ON outbox(state, next_attempt_at)
    WHERE state <> 'acked' AND state <> 'discarded' AND state <> 'superseded';
CREATE INDEX outbox_lane ON outbox(lane_key, seq);
CREATE INDEX outbox_ready ON outbox(seq)
    WHERE state = 'pending' OR state = 'retry_wait' OR state = 'in_doubt';

-- 0003's rule, word for word: it went with the old table.
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
