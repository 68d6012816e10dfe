// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shanghaitime.h"

#include <QDateTime>

namespace Jiuzhu {

QTimeZone shanghaiZone()
{
    // UTC+8 all year (no daylight saving since 1991) if the zone database is missing.
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

QDate shanghaiToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(shanghaiZone()).date();
}

} // namespace Jiuzhu
