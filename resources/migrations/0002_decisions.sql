-- SPDX-FileCopyrightText: 2026 Jiuzhu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: decision records. Every match that is shown, printed or exported is kept
-- with the catalogue version, the rule, the inputs it saw and the result, so an advisor can
-- later see that it went stale and what changed since.

CREATE TABLE decisions (
    uuid TEXT PRIMARY KEY,
    household_uuid TEXT NOT NULL REFERENCES households(uuid) ON DELETE CASCADE,
    household_version INTEGER NOT NULL,
    policy_code TEXT NOT NULL,
    purpose TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    catalogue_version TEXT NOT NULL,
    rule TEXT NOT NULL,
    inputs TEXT NOT NULL,
    status TEXT NOT NULL,
    amount_fen INTEGER,
    station TEXT NOT NULL
);
CREATE INDEX decisions_household ON decisions(household_uuid, decided_at);
