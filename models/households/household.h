// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Jiuzhu {

// Sync bookkeeping carried by every row that travels between a station and the district:
// a global id, a version bumped on each local change, the station that made the last change
// and when (UTC with offset), and a tombstone flag instead of a physical delete.
struct SyncStamp
{
    QString uuid;
    int version = 0;
    QString station;
    QDateTime changedAt;
    bool isDeleted = false;
};

// One kind of regular income of a member, per month, in fen. Kinds are codes from
// Vocabulary::incomeKinds() (wage, pension, unemployment benefit, ...).
struct Income
{
    QString kind;
    qint64 monthlyFen = 0;
};

// One person in a household. Codes (relation, hukou, ...) come from Vocabulary; the birth date
// and sex are derived from the resident ID when it is valid.
struct Member
{
    SyncStamp sync;
    QString name;
    QString idNumber; // normalised 18-character form
    QDate birthDate;
    QString sex;      // "male" / "female"
    QString relation; // "head", "spouse", "child", ...
    QString hukou;    // "shanghai", "other"
    QString maritalStatus;
    QString education;
    QString employment; // "employed", "flexible", "unemployed", "retired", "student", ...
    bool isUnemploymentRegistered = false;
    bool isEmploymentDifficultyRecognised = false;
    QStringList conditions;  // health condition codes
    QString healthNote;      // free text, sensitive
    QString disabilityType;  // "none", "physical", "intellectual", "mental", ...
    int disabilityGrade = 0; // 1 (most severe) .. 4; 0 = none
    QList<Income> incomes;
    qint64 medicalOutOfPocket12mFen = 0; // own-paid medical costs over the last 12 months

    qint64 monthlyIncomeFen() const;
    int ageOn(const QDate &date) const;
};

// A benefit the household (or one of its members) already receives.
struct Benefit
{
    SyncStamp sync;
    QString policyCode;
    QString memberUuid; // empty when the benefit is for the whole household
    QDate since;
    qint64 monthlyFen = 0;
};

// A household as recorded at intake: where it lives, how it is housed, what it owns, what it
// had to spend over the last 12 months, what it already receives, and its members.
struct Household
{
    SyncStamp sync;
    QString district;  // six-digit area code, e.g. "310105"
    QString street;    // nine-digit town code, e.g. "310105102"
    QString committee; // neighbourhood committee name
    QString address;
    QString housingType; // Vocabulary::housingTypes()
    // Facts that intake may not have collected yet are optional: matching treats them as
    // unknown ("possibly eligible, collect X") rather than guessing.
    std::optional<double> livingAreaM2; // total living area
    std::optional<qint64> financialAssetsFen;
    std::optional<int> vehicleCount;
    std::optional<int> propertyCount; // homes owned
    qint64 educationSpending12mFen = 0;
    qint64 otherRigidSpending12mFen = 0;
    std::optional<int> hukouYears;         // consecutive years of Shanghai hukou
    std::optional<bool> hasSupporter;      // someone legally obliged and able to support
    std::optional<bool> hasSuddenHardship; // fire, accident, sudden illness in recent months
    std::optional<bool> isDisasterAffected; // hit by a natural disaster recently
    QString notes;
    QList<Benefit> benefits;
    QList<Member> members;

    const Member *head() const;
    qint64 monthlyIncomeFen() const;
    qint64 medicalOutOfPocket12mFen() const;
    bool receives(const QString &policyCode) const;
};

} // namespace Jiuzhu
