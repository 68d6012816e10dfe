// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visit.h"

namespace Jiuzhu {

QDate Visit::shanghaiDay() const
{
    return at.toTimeZone(shanghaiZone()).date();
}

} // namespace Jiuzhu
