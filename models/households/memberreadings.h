// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Jiuzhu {

struct Household;
struct Member;

// How Jiuzhu reads a member's situation from intake data: one definition each, shared by the
// facts the rules see, the screening fact table and the assessment, so they cannot drift.
namespace Readings {

// 16 to 59 for men, 16 to 54 for women.
bool isWorkingAge(const Member &member, int age);
bool hasMajorIllness(const Member &member);
bool hasMentalHealthCondition(const Member &member);
// Grade 1 or 2, or grade 3 intellectual or mental disability.
bool isSevereDisability(const Member &member);
// "parents", "other" (adults), or a null string when the relations do not tell.
QString guardianStatus(const Household &household, const Member &member, int age);
// Who lives in the household, as of a date.
struct Composition
{
    bool hasMinor = false;   // under 18
    bool hasElderly = false; // 65 or older
    int ableAdults = 0;      // working age, no severe disability, no major illness
};
Composition composition(const Household &household, const QDate &asOf);

// Policy codes the member receives, or the whole household (empty memberUuid).
QStringList receivedBy(const Household &household, const QString &memberUuid);

} // namespace Readings
} // namespace Jiuzhu
