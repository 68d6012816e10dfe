// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visit.h"

namespace Jiuzhu {

QTimeZone shanghaiZone()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

QDate Visit::shanghaiDay() const
{
    return at.toTimeZone(shanghaiZone()).date();
}

} // namespace Jiuzhu
