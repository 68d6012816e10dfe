// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facttable.h"

#include <cmath>
#include <limits>

#include <QJsonArray>

#include "households/household.h"
#include "households/memberreadings.h"
#include "households/vocabulary.h"

namespace Jiuzhu {

namespace {

constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

template <typename T>
double optionalNumber(const std::optional<T> &value)
{
    return value ? double(*value) : Missing;
}

qint8 optionalFlag(const std::optional<bool> &value)
{
    return value ? qint8(*value ? 1 : 0) : qint8(-1);
}

} // namespace

// Fills the columns row by row. Column positions are looked up once by path so that the
// schema's order is the only place that defines them.
class FactTable::Builder
{
public:
    explicit Builder(FactTable &table)
        : m_table(table)
        , m_schema(FactSchema::standard())
    {
    }

    void addHousehold(const Household &household);

private:
    // Looked up by the literal's address, so the path is resolved once per builder.
    int column(const std::vector<Column> &columns, const char *path)
    {
        const bool isMember = &columns == &m_table.m_member;
        QHash<const char *, int> &cache = isMember ? m_memberColumns : m_householdColumns;
        const auto it = cache.constFind(path);
        if (it != cache.constEnd())
            return it.value();
        const QString full = (isMember ? QStringLiteral("member.") : QStringLiteral("household.")) +
                             QLatin1String(path);
        const int index = m_schema.column(full);
        Q_ASSERT(index >= 0);
        cache.insert(path, m_schema.scopedIndex(index));
        return m_schema.scopedIndex(index);
    }
    void setNumber(std::vector<Column> &columns, const char *path, double value)
    {
        columns[size_t(column(columns, path))].numbers.push_back(value);
    }
    void setFlag(std::vector<Column> &columns, const char *path, qint8 value)
    {
        columns[size_t(column(columns, path))].flags.push_back(value);
    }
    void setCode(std::vector<Column> &columns, const char *path, const QString &text)
    {
        columns[size_t(column(columns, path))].codes.push_back(m_table.intern(text));
    }
    // A code that may be unknown: a null string is missing.
    void setOptionalCode(std::vector<Column> &columns, const char *path, const QString &text)
    {
        columns[size_t(column(columns, path))].codes.push_back(
            text.isNull() ? -1 : m_table.intern(text));
    }
    void setCodes(std::vector<Column> &columns, const char *path, const QStringList &codes);
    void addMember(const Household &household, const Member &member);

    FactTable &m_table;
    const FactSchema &m_schema;
    QHash<const char *, int> m_householdColumns;
    QHash<const char *, int> m_memberColumns;
};

void FactTable::Builder::setCodes(std::vector<Column> &columns, const char *path,
                                  const QStringList &codes)
{
    Column &c = columns[size_t(column(columns, path))];
    const size_t words = size_t(m_table.m_setWords);
    const size_t base = c.bits.size();
    c.bits.resize(base + words, 0);
    for (const QString &code : codes) {
        const int id = m_table.intern(code);
        c.bits[base + size_t(id / 64)] |= quint64(1) << (id % 64);
        c.codes.push_back(id);
    }
    // The rows' lists, in benefit order, follow each other in `codes`.
    c.listEnds.push_back(c.codes.size());
}

void FactTable::Builder::addHousehold(const Household &h)
{
    const QDate &asOf = m_table.m_asOf;
    const int size = int(h.members.size());
    const qint64 income = h.monthlyIncomeFen();
    const double perCapita = size > 0 ? double(income) / size : 0;
    const Member *head = h.head();

    const Readings::Composition composition = Readings::composition(h, asOf);
    const bool hasMinor = composition.hasMinor;
    const bool hasElderly = composition.hasElderly;
    const int ableAdults = composition.ableAdults;

    QStringList receiving;
    for (const Benefit &benefit : h.benefits) {
        if (benefit.memberUuid.isEmpty() && !receiving.contains(benefit.policyCode))
            receiving << benefit.policyCode;
    }
    const qint64 medical = h.medicalOutOfPocket12mFen();
    const bool isTekun = h.receives(QStringLiteral("tekun"));

    std::vector<Column> &c = m_table.m_household;
    setNumber(c, "size", size);
    setNumber(c, "income_monthly", double(income));
    setNumber(c, "income_pc_monthly", perCapita);
    setNumber(c, "income_annual", double(income * 12));
    setNumber(c, "income_pc_annual", perCapita * 12);
    setNumber(c, "assets_financial", optionalNumber(h.financialAssetsFen));
    setNumber(c, "assets_pc",
              h.financialAssetsFen && size > 0 ? double(*h.financialAssetsFen) / size : Missing);
    setNumber(c, "vehicles", optionalNumber(h.vehicleCount));
    setNumber(c, "properties", optionalNumber(h.propertyCount));
    setNumber(c, "living_area_pc", h.livingAreaM2 && size > 0 ? *h.livingAreaM2 / size : Missing);
    setFlag(c, "hukou_shanghai", head && head->hukou == QLatin1String("shanghai"));
    setNumber(c, "hukou_years", optionalNumber(h.hukouYears));
    setFlag(c, "has_supporter", optionalFlag(h.hasSupporter));
    setNumber(c, "able_adults", ableAdults);
    setFlag(c, "sudden_hardship", optionalFlag(h.hasSuddenHardship));
    setFlag(c, "disaster_affected", optionalFlag(h.isDisasterAffected));
    setFlag(c, "lives_alone", size == 1);
    setFlag(c, "has_minor", hasMinor);
    setFlag(c, "has_elderly", hasElderly);
    setNumber(c, "medical_oop_12m", double(medical));
    setNumber(c, "education_spending_12m", double(h.educationSpending12mFen));
    setNumber(c, "rigid_spending_12m",
              double(medical + h.educationSpending12mFen + h.otherRigidSpending12mFen));
    setCodes(c, "receiving", receiving);
    setFlag(c, "is_dibao", isTekun || h.receives(QStringLiteral("dibao")));
    setFlag(c, "is_lowincome", h.receives(QStringLiteral("low_income")));
    setFlag(c, "is_tekun", isTekun);
    setFlag(c, "is_expenditure_poor", h.receives(QStringLiteral("expenditure_poverty")));

    const size_t words = size_t(m_table.m_setWords);
    const size_t base = m_table.m_anyReceived.size();
    m_table.m_anyReceived.resize(base + words, 0);
    for (const Benefit &benefit : h.benefits) {
        const int id = m_table.intern(benefit.policyCode);
        m_table.m_anyReceived[base + size_t(id / 64)] |= quint64(1) << (id % 64);
    }

    for (const Member &member : h.members)
        addMember(h, member);
    m_table.m_memberStart.push_back(m_table.m_memberStart.back() + size);

    m_table.m_uuids << h.sync.uuid;
    m_table.m_districts << h.district;
    m_table.m_streets << h.street;
    m_table.m_headNames << (head ? head->name : QString());
    m_table.m_addresses << h.address;
    m_table.m_versions.push_back(h.sync.version);
}

void FactTable::Builder::addMember(const Household &h, const Member &m)
{
    const int age = m.ageOn(m_table.m_asOf);
    const bool workingAge = Readings::isWorkingAge(m, age);
    const bool severe = Readings::isSevereDisability(m);
    const bool majorIllness = Readings::hasMajorIllness(m);
    const int fortyFifty = m.sex == QLatin1String("female") ? 40 : 45;

    QStringList receiving;
    for (const Benefit &benefit : h.benefits) {
        if ((benefit.memberUuid.isEmpty() || benefit.memberUuid == m.sync.uuid) &&
            !receiving.contains(benefit.policyCode)) {
            receiving << benefit.policyCode;
        }
    }

    std::vector<Column> &c = m_table.m_member;
    setNumber(c, "age", age >= 0 ? double(age) : Missing);
    setCode(c, "sex", m.sex);
    setFlag(c, "is_minor", age >= 0 && age < 18);
    setFlag(c, "hukou_shanghai", m.hukou == QLatin1String("shanghai"));
    setCode(c, "employment", m.employment);
    setFlag(c, "is_unemployed", m.employment == QLatin1String("unemployed"));
    setFlag(c, "unemployment_registered", m.isUnemploymentRegistered);
    setFlag(c, "employment_difficulty", m.isEmploymentDifficultyRecognised);
    setFlag(c, "working_age", workingAge);
    setFlag(c, "is_4050", workingAge && age >= fortyFifty);
    setNumber(c, "disability_grade", m.disabilityGrade);
    setCode(c, "disability_type", m.disabilityType);
    setFlag(c, "has_disability", m.disabilityGrade > 0);
    setFlag(c, "severe_disability", severe);
    setFlag(c, "major_illness", majorIllness);
    setFlag(c, "mental_illness", Readings::hasMentalHealthCondition(m));
    setNumber(c, "medical_oop_12m", double(m.medicalOutOfPocket12mFen));
    setNumber(c, "income_monthly", double(m.monthlyIncomeFen()));
    setFlag(c, "is_student", m.employment == QLatin1String("student"));
    setFlag(c, "able_to_work", workingAge && !severe && !majorIllness);
    setCodes(c, "receiving", receiving);
    setOptionalCode(c, "guardian_status", Readings::guardianStatus(h, m, age));

    const int row = int(m_table.m_memberUuids.size());
    const QUuid uuid = QUuid::fromString(m.sync.uuid);
    m_table.m_memberUuids.push_back(uuid);
    if (uuid.toString(QUuid::WithoutBraces) != m.sync.uuid)
        m_table.m_memberUuidTexts.insert(row, m.sync.uuid);
    auto name = m_table.m_memberNameIndex.constFind(m.name);
    if (name == m_table.m_memberNameIndex.constEnd()) {
        name = m_table.m_memberNameIndex.insert(m.name, int(m_table.m_memberNames.size()));
        m_table.m_memberNames << m.name;
    }
    m_table.m_memberNameIds.push_back(name.value());
}

FactTable FactTable::build(const QList<Household> &households, const QDate &asOf)
{
    FactTable table;
    table.m_asOf = asOf;
    const FactSchema &schema = FactSchema::standard();
    table.m_household.resize(size_t(schema.count(FactScope::Household)));
    table.m_member.resize(size_t(schema.count(FactScope::Member)));

    // Policy codes are interned first so that every code a bitset can hold has a small id and
    // the bitset width is known before the first row.
    for (const Household &household : households) {
        for (const Benefit &benefit : household.benefits)
            table.intern(benefit.policyCode);
    }
    table.m_setWords = std::max(1, int((table.m_strings.size() + 63) / 64));

    table.m_memberStart.reserve(size_t(households.size()) + 1);
    table.m_memberStart.push_back(0);
    Builder builder(table);
    for (const Household &household : households)
        builder.addHousehold(household);
    return table;
}

int FactTable::intern(const QString &text)
{
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd())
        return it.value();
    const int id = int(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

QString FactTable::memberUuid(int member) const
{
    const auto text = m_memberUuidTexts.constFind(member);
    if (text != m_memberUuidTexts.constEnd())
        return text.value();
    return m_memberUuids[size_t(member)].toString(QUuid::WithoutBraces);
}

const quint64 *FactTable::receivedByAnyone(int household) const
{
    return m_anyReceived.data() + size_t(household) * size_t(m_setWords);
}

QJsonValue FactTable::cell(FactScope scope, int index, int row) const
{
    const FactSchema &schema = FactSchema::standard();
    const auto &columns = scope == FactScope::Household ? m_household : m_member;
    const Column &c = columns[size_t(index)];
    FactType type = FactType::Number;
    for (int i = 0; i < schema.columns().size(); ++i) {
        if (schema.columns().at(i).scope == scope && schema.scopedIndex(i) == index)
            type = schema.columns().at(i).type;
    }

    switch (type) {
    case FactType::Number: {
        const double value = c.numbers[size_t(row)];
        return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    }
    case FactType::Bool: {
        const qint8 flag = c.flags[size_t(row)];
        return flag < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(flag != 0);
    }
    case FactType::Code: {
        const qint32 id = c.codes[size_t(row)];
        return id < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_strings.at(id));
    }
    case FactType::CodeSet: {
        QJsonArray items;
        const size_t begin = row == 0 ? 0 : c.listEnds[size_t(row) - 1];
        const size_t end = c.listEnds[size_t(row)];
        for (size_t i = begin; i < end; ++i)
            items.append(m_strings.at(c.codes[i]));
        return items;
    }
    }
    return QJsonValue();
}

QJsonObject FactTable::householdFacts(int household) const
{
    QJsonObject facts;
    const FactSchema &schema = FactSchema::standard();
    for (int i = 0; i < schema.columns().size(); ++i) {
        const FactColumn &column = schema.columns().at(i);
        if (column.scope == FactScope::Household) {
            facts.insert(column.path.mid(int(sizeof("household.")) - 1),
                         cell(FactScope::Household, schema.scopedIndex(i), household));
        }
    }
    return facts;
}

QJsonObject FactTable::memberFacts(int member) const
{
    QJsonObject facts;
    const FactSchema &schema = FactSchema::standard();
    for (int i = 0; i < schema.columns().size(); ++i) {
        const FactColumn &column = schema.columns().at(i);
        if (column.scope == FactScope::Member) {
            facts.insert(column.path.mid(int(sizeof("member.")) - 1),
                         cell(FactScope::Member, schema.scopedIndex(i), member));
        }
    }
    return facts;
}

} // namespace Jiuzhu
