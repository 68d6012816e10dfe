// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "factschema.h"

namespace Jiuzhu {

namespace {

struct Entry
{
    const char *path;
    FactType type;
    bool isNullable;
};

// Order matters: FactTable's builder fills columns by these positions.
const Entry HouseholdEntries[] = {
    {"size", FactType::Number, false},
    {"income_monthly", FactType::Number, false},
    {"income_pc_monthly", FactType::Number, false},
    {"income_annual", FactType::Number, false},
    {"income_pc_annual", FactType::Number, false},
    {"assets_financial", FactType::Number, true},
    {"assets_pc", FactType::Number, true},
    {"vehicles", FactType::Number, true},
    {"properties", FactType::Number, true},
    {"living_area_pc", FactType::Number, true},
    {"hukou_shanghai", FactType::Bool, false},
    {"hukou_years", FactType::Number, true},
    {"has_supporter", FactType::Bool, true},
    {"able_adults", FactType::Number, false},
    {"sudden_hardship", FactType::Bool, true},
    {"disaster_affected", FactType::Bool, true},
    {"lives_alone", FactType::Bool, false},
    {"has_minor", FactType::Bool, false},
    {"has_elderly", FactType::Bool, false},
    {"medical_oop_12m", FactType::Number, false},
    {"education_spending_12m", FactType::Number, false},
    {"rigid_spending_12m", FactType::Number, false},
    {"receiving", FactType::CodeSet, false},
    {"is_dibao", FactType::Bool, false},
    {"is_lowincome", FactType::Bool, false},
    {"is_tekun", FactType::Bool, false},
    {"is_expenditure_poor", FactType::Bool, false},
};

const Entry MemberEntries[] = {
    {"age", FactType::Number, true},
    {"sex", FactType::Code, false},
    {"is_minor", FactType::Bool, false},
    {"hukou_shanghai", FactType::Bool, false},
    {"employment", FactType::Code, false},
    {"is_unemployed", FactType::Bool, false},
    {"unemployment_registered", FactType::Bool, false},
    {"employment_difficulty", FactType::Bool, false},
    {"working_age", FactType::Bool, false},
    {"is_4050", FactType::Bool, false},
    {"disability_grade", FactType::Number, false},
    {"disability_type", FactType::Code, false},
    {"has_disability", FactType::Bool, false},
    {"severe_disability", FactType::Bool, false},
    {"major_illness", FactType::Bool, false},
    {"mental_illness", FactType::Bool, false},
    {"medical_oop_12m", FactType::Number, false},
    {"income_monthly", FactType::Number, false},
    {"is_student", FactType::Bool, false},
    {"able_to_work", FactType::Bool, false},
    {"receiving", FactType::CodeSet, false},
    {"guardian_status", FactType::Code, true},
};

} // namespace

FactSchema::FactSchema()
{
    int index = 0;
    for (const Entry &entry : HouseholdEntries) {
        m_columns.append({QStringLiteral("household.") + QLatin1String(entry.path),
                          FactScope::Household, entry.type, entry.isNullable});
        m_scoped.append(index++);
    }
    index = 0;
    for (const Entry &entry : MemberEntries) {
        m_columns.append({QStringLiteral("member.") + QLatin1String(entry.path), FactScope::Member,
                          entry.type, entry.isNullable});
        m_scoped.append(index++);
    }
}

const FactSchema &FactSchema::standard()
{
    static const FactSchema schema;
    return schema;
}

int FactSchema::column(const QString &path) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).path == path)
            return i;
    }
    return -1;
}

int FactSchema::count(FactScope scope) const
{
    return int(std::count_if(m_columns.cbegin(), m_columns.cend(),
                             [scope](const FactColumn &c) { return c.scope == scope; }));
}

} // namespace Jiuzhu
