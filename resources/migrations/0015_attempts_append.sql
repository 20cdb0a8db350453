-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 16 item 3: the evidence of every send is appended, not scattered. op_attempts was a
-- WITHOUT ROWID table keyed by (op_id, attempt_no). Its rows are wide (the exact request and
-- the response), and op ids are random, so every intent landed on a random leaf page, which
-- the response then rewrote: a sync pass wrote far more pages per commit than it changed.
-- As a rowid table, a batch's attempts are appended to the last pages and their responses
-- update those same pages; only the small (op_id, attempt_no) index takes random inserts.
-- The columns, their meaning and the uniqueness of (op_id, attempt_no) are unchanged.
-- Every statement may run again: tests bring files back to older schema numbers.

DROP TABLE IF EXISTS op_attempts_appended;

CREATE TABLE op_attempts_appended (
    op_id               TEXT NOT NULL REFERENCES outbox(op_id),
    attempt_no          INTEGER NOT NULL,
    request_method      TEXT NOT NULL,
    request_url         TEXT NOT NULL,
    request_headers     TEXT NOT NULL DEFAULT '',
    request_body        BLOB,
    pre_send_snapshot   TEXT,
    intent_committed_at TEXT NOT NULL,
    finished_at         TEXT,
    outcome_class       TEXT NOT NULL DEFAULT '',
    http_status         INTEGER,
    response_body       BLOB,
    transport_error     TEXT NOT NULL DEFAULT '',
    UNIQUE (op_id, attempt_no)
);

INSERT INTO op_attempts_appended (op_id, attempt_no, request_method, request_url,
        request_headers, request_body, pre_send_snapshot, intent_committed_at, finished_at,
        outcome_class, http_status, response_body, transport_error)
    SELECT op_id, attempt_no, request_method, request_url, request_headers, request_body,
           pre_send_snapshot, intent_committed_at, finished_at, outcome_class, http_status,
           response_body, transport_error
      FROM op_attempts
     ORDER BY intent_committed_at, op_id, attempt_no;

DROP TABLE op_attempts;

ALTER TABLE op_attempts_appended RENAME TO op_attempts;
