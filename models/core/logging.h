// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per area of the core library, named jiuzhu.models.<area>; default severity is
// Warning, so debug output is switched on with QT_LOGGING_RULES. Messages name records by id and
// never carry personal data.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcHouseholds)
Q_DECLARE_LOGGING_CATEGORY(lcCatalogue)
Q_DECLARE_LOGGING_CATEGORY(lcRules)
Q_DECLARE_LOGGING_CATEGORY(lcMatching)
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
