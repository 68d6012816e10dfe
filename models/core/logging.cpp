// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "jiuzhu.models.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHouseholds, "jiuzhu.models.households", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "jiuzhu.models.catalogue", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRules, "jiuzhu.models.rules", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMatching, "jiuzhu.models.matching", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDocuments, "jiuzhu.models.documents", QtWarningMsg)
