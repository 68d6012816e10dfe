// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include "core/shanghaitime.h"
#include "households/household.h"

namespace Jiuzhu {

// A contact with a household: a home visit, a phone call or an office meeting. The moment is
// kept with its UTC offset as recorded; lists group visits by calendar day in Shanghai time.
struct Visit
{
    SyncStamp sync;
    QString householdUuid;
    QDateTime at;
    QString kind; // home, phone, office
    QString participants;
    QString findings;
    QString nextSteps;
    QDate nextVisit;

    QDate shanghaiDay() const;
};

} // namespace Jiuzhu
