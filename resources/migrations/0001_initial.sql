-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- InvoiceDesk schema, version 1.
-- Money columns hold integer minor units of the invoice's currency.
-- Dates are ISO 8601 text (yyyy-MM-dd); timestamps are UTC ISO 8601 with milliseconds.

CREATE TABLE connections (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    url         TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}',   -- non-secret options as JSON; secrets never live here
    created_at  TEXT NOT NULL
);

CREATE TABLE invoices (
    id                        INTEGER PRIMARY KEY,
    uuid                      TEXT NOT NULL UNIQUE,
    number                    TEXT NOT NULL UNIQUE,
    lifecycle                 TEXT NOT NULL CHECK (lifecycle IN ('draft', 'issued', 'cancelled')),
    status                    TEXT NOT NULL,   -- derived from lifecycle and money, kept for the list
    issue_date                TEXT NOT NULL,
    due_date                  TEXT,
    subscription_start_on     TEXT,
    currency                  TEXT NOT NULL,
    contact_id                INTEGER,
    group_id                  TEXT NOT NULL DEFAULT '',
    order_id                  INTEGER,
    order_number              TEXT NOT NULL DEFAULT '',
    lead_id                   INTEGER,
    coupon_code               TEXT NOT NULL DEFAULT '',
    discount_total            INTEGER NOT NULL DEFAULT 0,
    shipping_total            INTEGER NOT NULL DEFAULT 0,
    tax_total                 INTEGER,         -- typed by hand; NULL means computed from the lines
    subtotal                  INTEGER NOT NULL,
    grand_total               INTEGER NOT NULL,
    paid_total                INTEGER NOT NULL DEFAULT 0,
    refunded_total            INTEGER NOT NULL DEFAULT 0,
    description               TEXT NOT NULL DEFAULT '',
    note                      TEXT NOT NULL DEFAULT '',
    forbidden_payment_methods INTEGER,
    customer                  TEXT NOT NULL DEFAULT '',
    connection_id             INTEGER REFERENCES connections(id),
    remote_id                 TEXT NOT NULL DEFAULT '',
    version                   INTEGER NOT NULL DEFAULT 1,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);
CREATE INDEX invoices_customer ON invoices(customer COLLATE NOCASE);
CREATE INDEX invoices_issue_date ON invoices(issue_date);
CREATE INDEX invoices_due_date ON invoices(due_date);
CREATE INDEX invoices_status ON invoices(status);

CREATE TABLE addresses (
    invoice_id    INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('billing', 'shipping')),
    first_name    TEXT NOT NULL DEFAULT '',
    last_name     TEXT NOT NULL DEFAULT '',
    company       TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    address1      TEXT NOT NULL DEFAULT '',
    address2      TEXT NOT NULL DEFAULT '',
    neighborhood  TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    zip           TEXT NOT NULL DEFAULT '',
    state_id      TEXT NOT NULL DEFAULT '',
    state_name    TEXT NOT NULL DEFAULT '',
    country_id    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (invoice_id, kind)
) WITHOUT ROWID;

CREATE TABLE invoice_lines (
    id                    INTEGER PRIMARY KEY,
    invoice_id            INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    quantity_milli        INTEGER NOT NULL,
    rate                  INTEGER NOT NULL,
    unit                  TEXT NOT NULL DEFAULT '',
    product_code          TEXT NOT NULL DEFAULT '',
    description           TEXT NOT NULL DEFAULT '',
    commissionable_amount INTEGER,
    tax_rate_e4           INTEGER,
    total                 INTEGER NOT NULL,
    UNIQUE (invoice_id, position)
);

CREATE TABLE payments (
    id                      INTEGER PRIMARY KEY,
    uuid                    TEXT NOT NULL UNIQUE,
    invoice_id              INTEGER NOT NULL REFERENCES invoices(id),
    marker                  TEXT NOT NULL UNIQUE,
    paid_on                 TEXT NOT NULL,
    amount                  INTEGER NOT NULL CHECK (amount <> 0),
    method                  TEXT NOT NULL,
    reference               TEXT NOT NULL DEFAULT '',
    notes                   TEXT NOT NULL DEFAULT '',
    cheque_number           TEXT NOT NULL DEFAULT '',
    cheque_drawer           TEXT NOT NULL DEFAULT '',
    cheque_bank_branch      TEXT NOT NULL DEFAULT '',
    card_type               TEXT,
    card_fee_percentage_e4  INTEGER,
    card_fee_amount         INTEGER,
    gateway_name            TEXT NOT NULL DEFAULT '',
    gateway_transaction_id  TEXT NOT NULL DEFAULT '',
    eft_transfer_date       TEXT,
    eft_reference           TEXT NOT NULL DEFAULT '',
    tds                     INTEGER,
    transaction_charge      INTEGER,
    reconciled_on           TEXT,
    voided_at               TEXT,
    void_reason             TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL
);
CREATE INDEX payments_invoice ON payments(invoice_id);

-- Local id <-> remote id per connection (sync-design.md "id_map"); written in the
-- same transaction as the acknowledgement that taught it.
CREATE TABLE remote_links (
    connection_id   INTEGER NOT NULL REFERENCES connections(id),
    entity_type     TEXT NOT NULL CHECK (entity_type IN ('invoice', 'payment')),
    local_uuid      TEXT NOT NULL,
    remote_id       TEXT NOT NULL,
    remote_version  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (connection_id, entity_type, local_uuid)
) WITHOUT ROWID;

-- The durable queue: the only way work reaches a remote (sync-design.md 5.2).
CREATE TABLE outbox (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id             TEXT NOT NULL UNIQUE,
    connection_id     INTEGER NOT NULL REFERENCES connections(id),
    kind              TEXT NOT NULL CHECK (kind IN ('create_invoice', 'update_invoice', 'delete_invoice',
                                                    'add_payment', 'void_payment')),
    entity_type       TEXT NOT NULL CHECK (entity_type IN ('invoice', 'payment')),
    entity_uuid       TEXT NOT NULL,
    lane_key          TEXT NOT NULL,          -- the invoice's uuid: order is kept per invoice
    depends_on_op_id  TEXT REFERENCES outbox(op_id),
    marker            TEXT NOT NULL,          -- client_ref, minted once, never regenerated
    payload           TEXT NOT NULL DEFAULT '{}',
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'sending', 'retry_wait', 'in_doubt', 'reconciling',
                                       'needs_attention', 'conflict', 'paused', 'acked', 'discarded',
                                       'superseded')),
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
    UNIQUE (connection_id, marker)
);
CREATE INDEX outbox_active ON outbox(state, next_attempt_at)
    WHERE state NOT IN ('acked', 'discarded', 'superseded');
CREATE INDEX outbox_lane ON outbox(lane_key, seq);

-- Evidence of every send, append-only: the exact request is committed before it leaves.
CREATE TABLE op_attempts (
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
    PRIMARY KEY (op_id, attempt_no)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_uuid  TEXT NOT NULL,
    action       TEXT NOT NULL,
    details      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log(entity_uuid);
