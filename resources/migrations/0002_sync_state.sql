-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync engine state beyond the first schema (issue: sync engine).

-- When a read-back first found nothing; a second read at least the spacing later must agree
-- before a non-idempotent operation is sent again (sync-design.md 5.4).
ALTER TABLE outbox ADD COLUMN not_found_at TEXT;
-- How many times the operation was sent again after a trusted NOT_FOUND.
ALTER TABLE outbox ADD COLUMN resends INTEGER NOT NULL DEFAULT 0;
-- Set when the remote refused the credentials: nothing is sent until the user fixes them.
ALTER TABLE connections ADD COLUMN paused_reason TEXT NOT NULL DEFAULT '';
-- The engine's "what is ready" question walks only the ops that can be sent, in queue order.
CREATE INDEX outbox_ready ON outbox(seq) WHERE state IN ('pending', 'retry_wait', 'in_doubt');
