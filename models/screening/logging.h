// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// jiuzhu.models.screening: caseload screening, the synthetic caseload generator and exports.
// Default severity Warning; messages name households by id only.
Q_DECLARE_LOGGING_CATEGORY(lcScreening)
