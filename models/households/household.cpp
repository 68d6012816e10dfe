// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "household.h"

namespace Jiuzhu {

qint64 Member::monthlyIncomeFen() const
{
    qint64 total = 0;
    for (const Income &income : incomes) {
        total += income.monthlyFen;
    }
    return total;
}

int Member::ageOn(const QDate &date) const
{
    if (!birthDate.isValid() || !date.isValid()) {
        return -1;
    }
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month() ||
        (date.month() == birthDate.month() && date.day() < birthDate.day())) {
        --age;
    }
    return age;
}

const Member *Household::head() const
{
    for (const Member &member : members) {
        if (member.relation == QLatin1String("head")) {
            return &member;
        }
    }
    return members.isEmpty() ? nullptr : &members.first();
}

qint64 Household::monthlyIncomeFen() const
{
    qint64 total = 0;
    for (const Member &member : members) {
        total += member.monthlyIncomeFen();
    }
    return total;
}

qint64 Household::medicalOutOfPocket12mFen() const
{
    qint64 total = 0;
    for (const Member &member : members) {
        total += member.medicalOutOfPocket12mFen;
    }
    return total;
}

bool Household::receives(const QString &policyCode) const
{
    return std::any_of(benefits.cbegin(), benefits.cend(), [&policyCode](const Benefit &benefit) {
        return benefit.policyCode == policyCode;
    });
}

} // namespace Jiuzhu
