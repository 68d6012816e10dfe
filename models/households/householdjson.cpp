// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdjson.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include "core/money.h"
#include "households/vocabulary.h"

namespace Jiuzhu {

QString describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        lines << (error.field.isEmpty() ? error.message
                                        : QStringLiteral("%1: %2").arg(error.field, error.message));
    }
    return lines.join(QLatin1Char('\n'));
}

namespace HouseholdJson {

namespace {

struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Reads fields of one JSON object, recording a FieldError for each wrong type or code.
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix, FieldErrors *errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {
    }

    QString field(const QString &key) const
    {
        return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
    }

    void error(const QString &key, const QString &message) const
    {
        m_errors->append({field(key), message});
    }

    bool has(const QString &key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }

    QString string(const QString &key, bool required = false) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                error(key, Validation::tr("This field is required"));
            }
            return QString();
        }
        if (!value.isString()) {
            error(key, Validation::tr("Expected text"));
            return QString();
        }
        const QString text = value.toString().trimmed();
        if (required && text.isEmpty()) {
            error(key, Validation::tr("This field is required"));
        }
        return text;
    }

    // A record id: a UUID in its usual text form, normalised to lower case.
    QString uuid(const QString &key) const
    {
        const QString text = string(key);
        if (text.isEmpty()) {
            return text;
        }
        const QUuid uuid = QUuid::fromString(text);
        if (uuid.isNull() || text.size() != 36) {
            error(key,
                  Validation::tr("Expected an id such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
            return QString();
        }
        return uuid.toString(QUuid::WithoutBraces);
    }

    QString code(const QString &key, Vocabulary::List list, const QString &fallback) const
    {
        const QString text = string(key);
        if (text.isEmpty()) {
            return fallback;
        }
        if (!Vocabulary::contains(list, text)) {
            error(key, Validation::tr("Unknown code \"%1\"").arg(text));
            return fallback;
        }
        return text;
    }

    bool boolean(const QString &key, bool fallback = false) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return fallback;
        }
        if (!value.isBool()) {
            error(key, Validation::tr("Expected true or false"));
            return fallback;
        }
        return value.toBool();
    }

    std::optional<bool> optionalBoolean(const QString &key) const
    {
        if (!has(key)) {
            return std::nullopt;
        }
        return boolean(key);
    }

    std::optional<int> optionalInteger(const QString &key, int minimum, int maximum) const
    {
        if (!has(key)) {
            return std::nullopt;
        }
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(number) != number || number < minimum ||
            number > maximum) {
            error(
                key,
                Validation::tr("Expected a whole number from %1 to %2").arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return int(number);
    }

    std::optional<double> optionalDecimal(const QString &key, double minimum, double maximum) const
    {
        if (!has(key)) {
            return std::nullopt;
        }
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum) {
            error(key, Validation::tr("Expected a number from %1 to %2").arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return value.toDouble();
    }

    // Yuan as a JSON string ("1200.50") or number; returned in fen.
    std::optional<qint64> optionalMoney(const QString &key) const
    {
        if (!has(key)) {
            return std::nullopt;
        }
        const QJsonValue value = m_object.value(key);
        QString text;
        if (value.isString()) {
            text = value.toString();
        } else if (value.isDouble()) {
            text = QString::number(value.toDouble(), 'f', 6);
            while (text.endsWith(QLatin1Char('0'))) {
                text.chop(1);
            }
            if (text.endsWith(QLatin1Char('.'))) {
                text.chop(1);
            }
        } else {
            error(key, Validation::tr("Expected an amount in yuan"));
            return std::nullopt;
        }
        const Result<qint64> fen = Money::parseYuanC(text);
        if (!fen) {
            error(key, fen.error());
            return std::nullopt;
        }
        if (*fen < 0) {
            error(key, Validation::tr("An amount cannot be negative"));
            return std::nullopt;
        }
        return *fen;
    }

    qint64 money(const QString &key) const { return optionalMoney(key).value_or(0); }

    QDate date(const QString &key) const
    {
        const QString text = string(key);
        if (text.isEmpty()) {
            return QDate();
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            error(key, Validation::tr("Expected a date as YYYY-MM-DD"));
        }
        return date;
    }

    // Fields this format does not know are errors, so that a typo ("hasSuporter") is not
    // silently dropped.
    void expectOnly(std::initializer_list<const char *> known) const
    {
        const QStringList keys = m_object.keys();
        for (const QString &key : keys) {
            if (std::none_of(known.begin(), known.end(),
                             [&key](const char *name) { return key == QLatin1String(name); })) {
                error(key, Validation::tr("Unknown field"));
            }
        }
    }

    QJsonObject object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject()) {
            error(key, Validation::tr("Expected an object"));
        }
        return value.toObject();
    }

    QJsonArray array(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isArray()) {
            error(key, Validation::tr("Expected a list"));
        }
        return value.toArray();
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    FieldErrors *m_errors;
};

Member readMember(const QJsonObject &object, const QString &prefix, FieldErrors *errors)
{
    const Reader in(object, prefix, errors);
    in.expectOnly({"id", "name", "idNumber", "birthDate", "sex", "relation", "hukou",
                   "maritalStatus", "education", "employment", "unemploymentRegistered",
                   "employmentDifficulty", "conditions", "healthNote", "disability", "incomes",
                   "medicalOutOfPocket12m"});
    Member member;
    member.sync.uuid = in.uuid(QStringLiteral("id"));
    member.name = in.string(QStringLiteral("name"), true);
    member.idNumber = in.string(QStringLiteral("idNumber"), true);
    member.birthDate = in.date(QStringLiteral("birthDate"));
    member.sex = in.code(QStringLiteral("sex"), Vocabulary::List::Sex, QString());
    member.relation = in.code(QStringLiteral("relation"), Vocabulary::List::Relation, QString());
    if (member.relation.isEmpty() && !in.has(QStringLiteral("relation"))) {
        in.error(QStringLiteral("relation"), Validation::tr("This field is required"));
    }
    member.hukou = in.code(QStringLiteral("hukou"), Vocabulary::List::Hukou, QString());
    member.maritalStatus =
        in.code(QStringLiteral("maritalStatus"), Vocabulary::List::MaritalStatus, QString());
    member.education = in.code(QStringLiteral("education"), Vocabulary::List::Education, QString());
    member.employment =
        in.code(QStringLiteral("employment"), Vocabulary::List::Employment, QString());
    member.isUnemploymentRegistered = in.boolean(QStringLiteral("unemploymentRegistered"));
    member.isEmploymentDifficultyRecognised = in.boolean(QStringLiteral("employmentDifficulty"));
    member.healthNote = in.string(QStringLiteral("healthNote"));
    member.medicalOutOfPocket12mFen = in.money(QStringLiteral("medicalOutOfPocket12m"));

    const QJsonArray conditions = in.array(QStringLiteral("conditions"));
    for (int i = 0; i < conditions.size(); ++i) {
        const QString code = conditions.at(i).toString();
        if (!Vocabulary::condition(code)) {
            errors->append({in.field(QStringLiteral("conditions[%1]").arg(i)),
                            Validation::tr("Unknown code \"%1\"").arg(code)});
        } else if (!member.conditions.contains(code)) {
            member.conditions << code;
        }
    }

    const Reader disability(in.object(QStringLiteral("disability")),
                            in.field(QStringLiteral("disability")), errors);
    disability.expectOnly({"type", "grade"});
    member.disabilityType = disability.code(
        QStringLiteral("type"), Vocabulary::List::DisabilityType, QStringLiteral("none"));
    member.disabilityGrade = disability.optionalInteger(QStringLiteral("grade"), 0, 4).value_or(0);

    const QJsonArray incomes = in.array(QStringLiteral("incomes"));
    for (int i = 0; i < incomes.size(); ++i) {
        const Reader income(incomes.at(i).toObject(),
                            in.field(QStringLiteral("incomes[%1]").arg(i)), errors);
        income.expectOnly({"kind", "monthly"});
        Income entry;
        entry.kind = income.code(QStringLiteral("kind"), Vocabulary::List::IncomeKind,
                                 QStringLiteral("other"));
        entry.monthlyFen = income.money(QStringLiteral("monthly"));
        member.incomes << entry;
    }
    return member;
}

QJsonValue moneyValue(qint64 fen)
{
    return Money::toYuanC(fen);
}

template <typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

Household fromJson(const QJsonObject &object, FieldErrors *errors)
{
    const Reader in(object, QString(), errors);
    in.expectOnly({"id", "version", "district", "street", "committee", "address", "housing",
                   "assets", "spending12m", "hukouYears", "hasSupporter", "suddenHardship",
                   "disasterAffected", "notes", "benefits", "members"});
    Household household;
    household.sync.uuid = in.uuid(QStringLiteral("id"));
    household.district = in.string(QStringLiteral("district"), true);
    household.street = in.string(QStringLiteral("street"), true);
    household.committee = in.string(QStringLiteral("committee"));
    household.address = in.string(QStringLiteral("address"), true);
    household.notes = in.string(QStringLiteral("notes"));
    household.hukouYears = in.optionalInteger(QStringLiteral("hukouYears"), 0, 150);
    household.hasSupporter = in.optionalBoolean(QStringLiteral("hasSupporter"));
    household.hasSuddenHardship = in.optionalBoolean(QStringLiteral("suddenHardship"));
    household.isDisasterAffected = in.optionalBoolean(QStringLiteral("disasterAffected"));

    const Reader housing(in.object(QStringLiteral("housing")), QStringLiteral("housing"), errors);
    housing.expectOnly({"type", "livingAreaM2"});
    household.housingType =
        housing.code(QStringLiteral("type"), Vocabulary::List::HousingType, QString());
    household.livingAreaM2 = housing.optionalDecimal(QStringLiteral("livingAreaM2"), 0, 10000);

    const Reader assets(in.object(QStringLiteral("assets")), QStringLiteral("assets"), errors);
    assets.expectOnly({"financial", "vehicles", "properties"});
    household.financialAssetsFen = assets.optionalMoney(QStringLiteral("financial"));
    household.vehicleCount = assets.optionalInteger(QStringLiteral("vehicles"), 0, 100);
    household.propertyCount = assets.optionalInteger(QStringLiteral("properties"), 0, 100);

    const Reader spending(in.object(QStringLiteral("spending12m")), QStringLiteral("spending12m"),
                          errors);
    spending.expectOnly({"education", "other"});
    household.educationSpending12mFen = spending.money(QStringLiteral("education"));
    household.otherRigidSpending12mFen = spending.money(QStringLiteral("other"));

    const QJsonArray members = in.array(QStringLiteral("members"));
    for (int i = 0; i < members.size(); ++i) {
        household.members << readMember(members.at(i).toObject(),
                                        QStringLiteral("members[%1]").arg(i), errors);
    }

    const QJsonArray benefits = in.array(QStringLiteral("benefits"));
    for (int i = 0; i < benefits.size(); ++i) {
        const Reader benefit(benefits.at(i).toObject(), QStringLiteral("benefits[%1]").arg(i),
                             errors);
        benefit.expectOnly({"policy", "member", "since", "monthly"});
        Benefit entry;
        entry.policyCode = benefit.string(QStringLiteral("policy"), true);
        entry.since = benefit.date(QStringLiteral("since"));
        entry.monthlyFen = benefit.money(QStringLiteral("monthly"));
        // Members are named by ID number in files, since their ids may not exist yet; the
        // repository resolves it to the member's uuid.
        entry.memberUuid = benefit.string(QStringLiteral("member"));
        household.benefits << entry;
    }
    return household;
}

QJsonObject toJson(const Household &household)
{
    QJsonArray members;
    for (const Member &member : household.members) {
        QJsonArray incomes;
        for (const Income &income : member.incomes) {
            incomes.append(QJsonObject{{QStringLiteral("kind"), income.kind},
                                       {QStringLiteral("monthly"), moneyValue(income.monthlyFen)}});
        }
        members.append(QJsonObject{
            {QStringLiteral("id"), member.sync.uuid},
            {QStringLiteral("name"), member.name},
            {QStringLiteral("idNumber"), member.idNumber},
            {QStringLiteral("birthDate"), member.birthDate.toString(Qt::ISODate)},
            {QStringLiteral("sex"), member.sex},
            {QStringLiteral("relation"), member.relation},
            {QStringLiteral("hukou"), member.hukou},
            {QStringLiteral("maritalStatus"), member.maritalStatus},
            {QStringLiteral("education"), member.education},
            {QStringLiteral("employment"), member.employment},
            {QStringLiteral("unemploymentRegistered"), member.isUnemploymentRegistered},
            {QStringLiteral("employmentDifficulty"), member.isEmploymentDifficultyRecognised},
            {QStringLiteral("conditions"), QJsonArray::fromStringList(member.conditions)},
            {QStringLiteral("healthNote"), member.healthNote},
            {QStringLiteral("disability"),
             QJsonObject{{QStringLiteral("type"), member.disabilityType},
                         {QStringLiteral("grade"), member.disabilityGrade}}},
            {QStringLiteral("incomes"), incomes},
            {QStringLiteral("medicalOutOfPocket12m"), moneyValue(member.medicalOutOfPocket12mFen)},
        });
    }

    QJsonArray benefits;
    for (const Benefit &benefit : household.benefits) {
        QString memberRef;
        for (const Member &member : household.members) {
            if (!benefit.memberUuid.isEmpty() && member.sync.uuid == benefit.memberUuid) {
                memberRef = member.idNumber;
            }
        }
        benefits.append(QJsonObject{{QStringLiteral("policy"), benefit.policyCode},
                                    {QStringLiteral("member"), memberRef},
                                    {QStringLiteral("since"), benefit.since.toString(Qt::ISODate)},
                                    {QStringLiteral("monthly"), moneyValue(benefit.monthlyFen)}});
    }

    return QJsonObject{
        {QStringLiteral("id"), household.sync.uuid},
        {QStringLiteral("version"), household.sync.version},
        {QStringLiteral("district"), household.district},
        {QStringLiteral("street"), household.street},
        {QStringLiteral("committee"), household.committee},
        {QStringLiteral("address"), household.address},
        {QStringLiteral("housing"),
         QJsonObject{{QStringLiteral("type"), household.housingType},
                     {QStringLiteral("livingAreaM2"), optionalValue(household.livingAreaM2)}}},
        {QStringLiteral("assets"),
         QJsonObject{{QStringLiteral("financial"), household.financialAssetsFen
                                                       ? moneyValue(*household.financialAssetsFen)
                                                       : QJsonValue()},
                     {QStringLiteral("vehicles"), optionalValue(household.vehicleCount)},
                     {QStringLiteral("properties"), optionalValue(household.propertyCount)}}},
        {QStringLiteral("spending12m"),
         QJsonObject{{QStringLiteral("education"), moneyValue(household.educationSpending12mFen)},
                     {QStringLiteral("other"), moneyValue(household.otherRigidSpending12mFen)}}},
        {QStringLiteral("hukouYears"), optionalValue(household.hukouYears)},
        {QStringLiteral("hasSupporter"), optionalValue(household.hasSupporter)},
        {QStringLiteral("suddenHardship"), optionalValue(household.hasSuddenHardship)},
        {QStringLiteral("disasterAffected"), optionalValue(household.isDisasterAffected)},
        {QStringLiteral("notes"), household.notes},
        {QStringLiteral("benefits"), benefits},
        {QStringLiteral("members"), members},
    };
}

} // namespace HouseholdJson
} // namespace Jiuzhu
