-- SPDX-FileCopyrightText: 2026 Jiuzhu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1. Rows that sync carry uuid, version, station, changed_at (ISO 8601 with
-- offset, UTC) and deleted (tombstone). Money columns end in _fen and hold integer fen.

CREATE TABLE stations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT '',
    is_local INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE households (
    uuid TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    district TEXT NOT NULL,
    street TEXT NOT NULL,
    committee TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    housing_type TEXT NOT NULL DEFAULT '',
    living_area_m2 REAL,
    financial_assets_fen INTEGER,
    vehicle_count INTEGER,
    property_count INTEGER,
    education_spending_12m_fen INTEGER NOT NULL DEFAULT 0,
    other_rigid_spending_12m_fen INTEGER NOT NULL DEFAULT 0,
    hukou_years INTEGER,
    has_supporter INTEGER,
    has_sudden_hardship INTEGER,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE members (
    uuid TEXT PRIMARY KEY,
    household_uuid TEXT NOT NULL REFERENCES households(uuid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    id_number TEXT NOT NULL,
    birth_date TEXT,
    sex TEXT NOT NULL DEFAULT '',
    relation TEXT NOT NULL,
    hukou TEXT NOT NULL DEFAULT '',
    marital_status TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    employment TEXT NOT NULL DEFAULT '',
    unemployment_registered INTEGER NOT NULL DEFAULT 0,
    employment_difficulty INTEGER NOT NULL DEFAULT 0,
    conditions TEXT NOT NULL DEFAULT '',
    health_note TEXT NOT NULL DEFAULT '',
    disability_type TEXT NOT NULL DEFAULT 'none',
    disability_grade INTEGER NOT NULL DEFAULT 0,
    incomes TEXT NOT NULL DEFAULT '[]',
    medical_oop_12m_fen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX members_household ON members(household_uuid);
-- One live member per ID number across the whole store: duplicates are refused at intake and
-- this index is the last line of defence.
CREATE UNIQUE INDEX members_id_number ON members(id_number) WHERE deleted = 0;

CREATE TABLE benefits (
    uuid TEXT PRIMARY KEY,
    household_uuid TEXT NOT NULL REFERENCES households(uuid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    member_uuid TEXT NOT NULL DEFAULT '',
    policy_code TEXT NOT NULL,
    since TEXT,
    monthly_fen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX benefits_household ON benefits(household_uuid);

CREATE TABLE assessments (
    uuid TEXT PRIMARY KEY,
    household_uuid TEXT NOT NULL REFERENCES households(uuid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    assessed_at TEXT NOT NULL,
    assessed_by TEXT NOT NULL DEFAULT '',
    model_version TEXT NOT NULL,
    score REAL NOT NULL,
    level INTEGER NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX assessments_household ON assessments(household_uuid, assessed_at);

CREATE TABLE plans (
    uuid TEXT PRIMARY KEY,
    household_uuid TEXT NOT NULL UNIQUE REFERENCES households(uuid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    stage TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    advisor TEXT NOT NULL DEFAULT '',
    advisor_phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan_items (
    uuid TEXT PRIMARY KEY,
    plan_uuid TEXT NOT NULL REFERENCES plans(uuid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    stage TEXT NOT NULL,
    kind TEXT NOT NULL,
    goal TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    policy_code TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL
);
CREATE INDEX plan_items_plan ON plan_items(plan_uuid);

-- Every saved version of a plan as a JSON snapshot, so earlier versions can be read back.
CREATE TABLE plan_versions (
    plan_uuid TEXT NOT NULL REFERENCES plans(uuid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL,
    PRIMARY KEY (plan_uuid, version)
);

CREATE TABLE visits (
    uuid TEXT PRIMARY KEY,
    household_uuid TEXT NOT NULL REFERENCES households(uuid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    visited_at TEXT NOT NULL,
    visited_at_utc TEXT NOT NULL,
    kind TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    next_visit_date TEXT
);
CREATE INDEX visits_household ON visits(household_uuid, visited_at_utc);

-- The station's own changes, field by field, with the version each change was based on, so
-- an export sends exactly what changed and the district can detect conflicts per field.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    base_version INTEGER NOT NULL,
    new_version INTEGER NOT NULL,
    station TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    exported INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_row ON change_log(table_name, row_uuid);
