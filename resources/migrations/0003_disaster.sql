-- SPDX-FileCopyrightText: 2026 Jiuzhu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: whether a household was hit by a natural disaster recently (the disaster
-- relief policies need it); NULL while intake has not asked.
ALTER TABLE households ADD COLUMN disaster_affected INTEGER;
