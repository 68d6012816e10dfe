// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdvalidator.h"

#include <QCoreApplication>
#include <QHash>

#include "households/residentid.h"
#include "households/vocabulary.h"

namespace Jiuzhu::HouseholdValidator {

namespace {

struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString memberField(int index, const char *field)
{
    return QStringLiteral("members[%1].%2").arg(index).arg(QLatin1String(field));
}

void validateMember(Member &member, int index, const QDate &today, FieldErrors &errors)
{
    if (member.name.trimmed().isEmpty()) {
        errors.append({memberField(index, "name"), Validation::tr("Enter the member's name")});
    }
    member.name = member.name.trimmed();

    if (member.idNumber.trimmed().isEmpty()) {
        errors.append(
            {memberField(index, "idNumber"), Validation::tr("Enter the resident ID number")});
    } else {
        const ResidentId::Info info = ResidentId::validate(member.idNumber, today);
        if (!info.isValid) {
            errors.append({memberField(index, "idNumber"), info.error});
        } else {
            const QString mismatch = ResidentId::mismatch(info, member.birthDate, member.sex);
            if (!mismatch.isEmpty()) {
                errors.append({memberField(index, "idNumber"), mismatch});
            }
            member.idNumber = info.normalised;
            member.birthDate = info.birthDate;
            member.sex = info.sex;
        }
    }

    if (!Vocabulary::contains(Vocabulary::List::Relation, member.relation)) {
        errors.append(
            {memberField(index, "relation"), Validation::tr("Choose the relation to the head")});
    }
    if (member.disabilityType.isEmpty()) {
        member.disabilityType = QStringLiteral("none");
    }
    const bool hasType = member.disabilityType != QLatin1String("none");
    if (hasType && (member.disabilityGrade < 1 || member.disabilityGrade > 4)) {
        errors.append({memberField(index, "disability.grade"),
                       Validation::tr("Choose the disability grade (1 to 4)")});
    } else if (!hasType && member.disabilityGrade != 0) {
        errors.append({memberField(index, "disability.type"),
                       Validation::tr("A disability grade needs a disability type")});
    }
    for (int i = 0; i < member.incomes.size(); ++i) {
        if (member.incomes.at(i).monthlyFen < 0) {
            errors.append({QStringLiteral("members[%1].incomes[%2].monthly").arg(index).arg(i),
                           Validation::tr("An amount cannot be negative")});
        }
    }
}

} // namespace

FieldErrors validate(Household &household, const QDate &today)
{
    FieldErrors errors;
    if (household.district.isEmpty()) {
        errors.append({QStringLiteral("district"), Validation::tr("Choose the district")});
    }
    if (household.street.isEmpty()) {
        errors.append({QStringLiteral("street"), Validation::tr("Choose the street or town")});
    }
    if (household.address.trimmed().isEmpty()) {
        errors.append({QStringLiteral("address"), Validation::tr("Enter the address")});
    }
    if (household.members.isEmpty()) {
        errors.append({QStringLiteral("members"), Validation::tr("Add at least one member")});
        return errors;
    }

    int heads = 0;
    QHash<QString, int> seen;
    for (int i = 0; i < household.members.size(); ++i) {
        Member &member = household.members[i];
        validateMember(member, i, today, errors);
        if (member.relation == QLatin1String("head")) {
            ++heads;
        }
        if (!member.idNumber.isEmpty() && seen.contains(member.idNumber)) {
            errors.append(
                {memberField(i, "idNumber"),
                 Validation::tr("The same ID number is entered twice in this household")});
        }
        seen.insert(member.idNumber, i);
    }
    if (heads != 1) {
        errors.append({QStringLiteral("members"),
                       heads == 0 ? Validation::tr("Mark one member as head of household")
                                  : Validation::tr("Only one member can be head of household")});
    }
    return errors;
}

} // namespace Jiuzhu::HouseholdValidator
