// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdvalidator.h"

#include <QCoreApplication>
#include <QHash>

#include "households/areas.h"
#include "households/residentid.h"
#include "households/vocabulary.h"

namespace Jiuzhu::HouseholdValidator {

namespace {

struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Longest text a field may hold; past it the input is almost certainly a paste gone wrong.
constexpr int NameLimit = 50;
constexpr int LineLimit = 200;
constexpr int NoteLimit = 4000;

bool isForbidden(QChar c, bool multiline)
{
    if (multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\t'))) {
        return false;
    }
    // Control characters and the bidirectional overrides that can make printed text read
    // differently from what was stored.
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

void checkText(const QString &text, const QString &field, int limit, bool multiline,
               FieldErrors &errors)
{
    if (text.size() > limit) {
        errors.append({field, Validation::tr("At most %1 characters").arg(limit)});
        return;
    }
    if (std::any_of(text.cbegin(), text.cend(),
                    [multiline](QChar c) { return isForbidden(c, multiline); })) {
        errors.append({field, Validation::tr("Contains control characters; retype the text")});
    }
}

QString memberField(int index, const char *field)
{
    return QStringLiteral("members[%1].%2").arg(index).arg(QLatin1String(field));
}

void validateMember(Member &member, int index, const QDate &today, FieldErrors &errors)
{
    checkText(member.name, memberField(index, "name"), NameLimit, false, errors);
    checkText(member.healthNote, memberField(index, "healthNote"), NoteLimit, true, errors);
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

void validateAreas(const Household &household, const Areas &areas, FieldErrors &errors)
{
    if (!household.district.isEmpty() && !areas.isCurrentDistrict(household.district)) {
        errors.append(
            {QStringLiteral("district"),
             Validation::tr("%1 is not a current Shanghai district code").arg(household.district)});
        return;
    }
    if (household.street.isEmpty()) {
        return;
    }
    const QList<Street> streets = areas.streets(household.district);
    const Street *street = areas.street(household.street);
    if (street && street->districtCode != household.district) {
        errors.append({QStringLiteral("street"),
                       Validation::tr("%1 is not in the chosen district").arg(street->name)});
    } else if (!street && (!streets.isEmpty() || !household.street.startsWith(household.district) ||
                           household.street.size() != 9)) {
        // Where the district's streets are listed, the street must be one of them; elsewhere
        // at least a nine-digit code inside the district.
        errors.append({QStringLiteral("street"),
                       Validation::tr("%1 is not a street or town of the chosen district")
                           .arg(household.street)});
    }
}

void validateBenefits(Household &household, const QStringList &policyCodes, FieldErrors &errors)
{
    for (int i = 0; i < household.benefits.size(); ++i) {
        Benefit &benefit = household.benefits[i];
        const QString field = QStringLiteral("benefits[%1]").arg(i);
        if (!policyCodes.isEmpty() && !policyCodes.contains(benefit.policyCode)) {
            errors.append({field + QStringLiteral(".policy"),
                           Validation::tr("No policy with code \"%1\" in the catalogue")
                               .arg(benefit.policyCode)});
        }
        if (benefit.memberUuid.isEmpty()) {
            continue;
        }
        // Files name the member by ID number, the store by uuid.
        const QString reference = ResidentId::normalise(benefit.memberUuid);
        const bool known =
            std::any_of(household.members.cbegin(), household.members.cend(), [&](const Member &m) {
                return m.sync.uuid == benefit.memberUuid || m.idNumber == reference;
            });
        if (!known) {
            errors.append({field + QStringLiteral(".member"),
                           Validation::tr("No member of this household has that ID number")});
        } else if (reference.size() == 18) {
            benefit.memberUuid = reference;
        }
    }
}

} // namespace

FieldErrors validate(Household &household, const QDate &today, const ReferenceData &reference)
{
    FieldErrors errors;
    checkText(household.address, QStringLiteral("address"), LineLimit, false, errors);
    checkText(household.committee, QStringLiteral("committee"), LineLimit, false, errors);
    checkText(household.notes, QStringLiteral("notes"), NoteLimit, true, errors);
    if (reference.areas) {
        validateAreas(household, *reference.areas, errors);
    }
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
    validateBenefits(household, reference.policyCodes, errors);
    if (heads != 1) {
        errors.append({QStringLiteral("members"),
                       heads == 0 ? Validation::tr("Mark one member as head of household")
                                  : Validation::tr("Only one member can be head of household")});
    }
    return errors;
}

} // namespace Jiuzhu::HouseholdValidator
