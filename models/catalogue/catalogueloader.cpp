// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "core/logging.h"
#include "rulevariables.h"

namespace Jiuzhu {

namespace {

const QStringList &confidenceLevels()
{
    static const QStringList levels = {QStringLiteral("stated"), QStringLiteral("stated-secondary"),
                                       QStringLiteral("inferred"), QStringLiteral("assumed")};
    return levels;
}

// Only the strict calendar form is accepted: QDate's ISO parser alone would also take
// "2021-7-1" style strings that a district editor should be told about.
QDate parseDate(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = value.toString();
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

LocalizedText readText(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QLatin1String("zh")).toString().trimmed(),
            object.value(QLatin1String("en")).toString().trimmed()};
}

QList<LocalizedText> readTexts(const QJsonValue &value)
{
    QList<LocalizedText> texts;
    for (const QJsonValue &entry : value.toArray())
        texts.append(readText(entry));
    return texts;
}

QStringList readStrings(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &entry : value.toArray())
        strings.append(entry.toString());
    return strings;
}

// Reads and checks the two JSON documents. Each read step stops at the first problem and
// leaves a translated message naming the record and field in error().
class CatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    const QString &error() const { return m_error; }

    bool readDocuments(const QByteArray &policies, const QByteArray &facts);
    const QJsonObject &policiesRoot() const { return m_policies; }
    const QJsonObject &factsRoot() const { return m_facts; }
    bool readHeader(QString &version, QDate &effective);

    bool readFacts(const QJsonObject &root, QHash<QString, FactInfo> &facts);
    bool readSources(const QJsonArray &array, QHash<QString, SourceInfo> &sources);
    bool readParameters(const QJsonObject &object, const QHash<QString, SourceInfo> &sources,
                        QHash<QString, Parameter> &parameters);
    bool readPolicies(const QJsonArray &array, const Catalogue &catalogue, QList<Policy> &policies);

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool readValue(const Parameter &parameter, const QJsonObject &object,
                   const QHash<QString, SourceInfo> &sources, ParameterValue &value);
    bool checkOverlaps(const Parameter &parameter);
    bool readPolicy(const QJsonObject &object, const Catalogue &catalogue, Policy &policy);
    bool checkRule(const Policy &policy, const QString &field, const QJsonValue &rule,
                   const Catalogue &catalogue);

    QJsonObject m_policies;
    QJsonObject m_facts;
    QString m_error;
};

bool CatalogueReader::readDocuments(const QByteArray &policies, const QByteArray &facts)
{
    QJsonParseError parseError;
    const QJsonDocument factsDocument = QJsonDocument::fromJson(facts, &parseError);
    if (!factsDocument.isObject())
        return fail(
            tr("The fact dictionary is not a valid JSON object: %1").arg(parseError.errorString()));
    const QJsonDocument policiesDocument = QJsonDocument::fromJson(policies, &parseError);
    if (!policiesDocument.isObject())
        return fail(tr("The policy catalogue is not a valid JSON object: %1")
                        .arg(parseError.errorString()));
    m_facts = factsDocument.object();
    m_policies = policiesDocument.object();
    return true;
}

bool CatalogueReader::readHeader(QString &version, QDate &effective)
{
    version = m_policies.value(QLatin1String("version")).toString();
    if (version.isEmpty())
        return fail(tr("The policy catalogue has no version (field version)."));
    effective = parseDate(m_policies.value(QLatin1String("effective")));
    if (!effective.isValid())
        return fail(tr("The catalogue's effective date (field effective) is not a date of the "
                       "form YYYY-MM-DD."));
    return true;
}

bool CatalogueReader::readFacts(const QJsonObject &root, QHash<QString, FactInfo> &facts)
{
    for (const QJsonValue &entry : root.value(QLatin1String("facts")).toArray()) {
        const QJsonObject object = entry.toObject();
        FactInfo fact{object.value(QLatin1String("path")).toString(),
                      readText(object.value(QLatin1String("label"))),
                      object.value(QLatin1String("unit")).toString()};
        if (fact.path.isEmpty())
            return fail(tr("A fact in the fact dictionary has no path."));
        if (facts.contains(fact.path))
            return fail(tr("The fact %1 is listed twice in the fact dictionary.").arg(fact.path));
        if (fact.label.zh.isEmpty() || fact.label.en.isEmpty())
            return fail(tr("The fact %1 needs a label in Chinese and English (field label).")
                            .arg(fact.path));
        facts.insert(fact.path, fact);
    }
    if (facts.isEmpty())
        return fail(tr("The fact dictionary lists no facts."));
    return true;
}

bool CatalogueReader::readSources(const QJsonArray &array, QHash<QString, SourceInfo> &sources)
{
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        SourceInfo source{object.value(QLatin1String("id")).toString(),
                          object.value(QLatin1String("title")).toString(),
                          object.value(QLatin1String("url")).toString()};
        if (source.id.isEmpty())
            return fail(tr("A source in the catalogue has no id."));
        if (sources.contains(source.id))
            return fail(tr("The source %1 is listed twice.").arg(source.id));
        if (source.title.isEmpty())
            return fail(tr("The source %1 has no title.").arg(source.id));
        sources.insert(source.id, source);
    }
    return true;
}

bool CatalogueReader::readParameters(const QJsonObject &object,
                                     const QHash<QString, SourceInfo> &sources,
                                     QHash<QString, Parameter> &parameters)
{
    static const QStringList units = {QStringLiteral("fen"), QStringLiteral("ratio"),
                                      QStringLiteral("count"), QStringLiteral("m2"),
                                      QStringLiteral("years")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject definition = it.value().toObject();
        Parameter parameter;
        parameter.name = it.key();
        parameter.label = readText(definition.value(QLatin1String("label")));
        parameter.unit = definition.value(QLatin1String("unit")).toString();
        if (parameter.label.zh.isEmpty() || parameter.label.en.isEmpty())
            return fail(tr("Parameter %1 needs a label in Chinese and English (field label).")
                            .arg(parameter.name));
        if (!units.contains(parameter.unit))
            return fail(tr("Parameter %1 has the unit \"%2\"; expected one of %3.")
                            .arg(parameter.name, parameter.unit, units.join(QLatin1String(", "))));
        for (const QJsonValue &entry : definition.value(QLatin1String("values")).toArray()) {
            ParameterValue value;
            if (!readValue(parameter, entry.toObject(), sources, value))
                return false;
            parameter.values.append(value);
        }
        std::sort(parameter.values.begin(), parameter.values.end(),
                  [](const ParameterValue &a, const ParameterValue &b) { return a.from < b.from; });
        if (!checkOverlaps(parameter))
            return false;
        parameters.insert(parameter.name, parameter);
    }
    return true;
}

bool CatalogueReader::readValue(const Parameter &parameter, const QJsonObject &object,
                                const QHash<QString, SourceInfo> &sources, ParameterValue &value)
{
    const QJsonValue from = object.value(QLatin1String("from"));
    const QJsonValue to = object.value(QLatin1String("to"));
    value.from = parseDate(from);
    if (!value.from.isValid())
        return fail(tr("Parameter %1: \"%2\" in field from is not a date of the form YYYY-MM-DD.")
                        .arg(parameter.name, from.toVariant().toString()));
    const QString where = value.from.toString(Qt::ISODate);
    if (!to.isNull() && !to.isUndefined()) {
        value.to = parseDate(to);
        if (!value.to.isValid())
            return fail(tr("Parameter %1, value from %2: \"%3\" in field to is not a date of the "
                           "form YYYY-MM-DD.")
                            .arg(parameter.name, where, to.toVariant().toString()));
        if (value.to < value.from)
            return fail(tr("Parameter %1, value from %2: the end date (field to) is before the "
                           "start date.")
                            .arg(parameter.name, where));
    }
    const QJsonValue number = object.value(QLatin1String("value"));
    if (!number.isDouble())
        return fail(tr("Parameter %1, value from %2: field value is missing or not a number.")
                        .arg(parameter.name, where));
    value.value = number.toDouble();
    if (parameter.unit == QLatin1String("fen") && value.value != std::trunc(value.value))
        return fail(tr("Parameter %1, value from %2: money must be a whole number of fen.")
                        .arg(parameter.name, where));
    value.source = object.value(QLatin1String("source")).toString();
    if (value.source.isEmpty())
        return fail(tr("Parameter %1, value from %2: field source is missing; every value must "
                       "name its source.")
                        .arg(parameter.name, where));
    if (!sources.contains(value.source))
        return fail(tr("Parameter %1, value from %2: the source %3 is not in the source list.")
                        .arg(parameter.name, where, value.source));
    value.confidence = object.value(QLatin1String("confidence")).toString();
    if (!confidenceLevels().contains(value.confidence))
        return fail(tr("Parameter %1, value from %2: the confidence \"%3\" is not one of %4.")
                        .arg(parameter.name, where, value.confidence,
                             confidenceLevels().join(QLatin1String(", "))));
    value.note = readText(object.value(QLatin1String("note")));
    return true;
}

bool CatalogueReader::checkOverlaps(const Parameter &parameter)
{
    for (qsizetype i = 1; i < parameter.values.size(); ++i) {
        const ParameterValue &earlier = parameter.values.at(i - 1);
        const ParameterValue &later = parameter.values.at(i);
        if (!earlier.to.isValid() || later.from <= earlier.to)
            return fail(tr("Parameter %1: the value from %2 overlaps the value from %3; effective "
                           "dates must not overlap.")
                            .arg(parameter.name, earlier.from.toString(Qt::ISODate),
                                 later.from.toString(Qt::ISODate)));
    }
    return true;
}

bool CatalogueReader::readPolicies(const QJsonArray &array, const Catalogue &catalogue,
                                   QList<Policy> &policies)
{
    QSet<QString> codes;
    for (const QJsonValue &entry : array) {
        Policy policy;
        if (!readPolicy(entry.toObject(), catalogue, policy))
            return false;
        if (codes.contains(policy.code))
            return fail(tr("The policy code %1 is used twice.").arg(policy.code));
        codes.insert(policy.code);
        policies.append(policy);
    }
    return true;
}

bool CatalogueReader::readPolicy(const QJsonObject &object, const Catalogue &catalogue,
                                 Policy &policy)
{
    static const QStringList categories = {
        QStringLiteral("basic"),       QStringLiteral("special"),    QStringLiteral("temporary"),
        QStringLiteral("expenditure"), QStringLiteral("medical"),    QStringLiteral("education"),
        QStringLiteral("housing"),     QStringLiteral("employment"), QStringLiteral("disability"),
        QStringLiteral("elderly"),     QStringLiteral("children")};
    static const QStringList periods = {QStringLiteral("month"), QStringLiteral("year"),
                                        QStringLiteral("once"), QStringLiteral("none")};

    policy.code = object.value(QLatin1String("code")).toString();
    if (policy.code.isEmpty())
        return fail(tr("A policy in the catalogue has no code (field code)."));
    policy.name = readText(object.value(QLatin1String("name")));
    if (policy.name.zh.isEmpty() || policy.name.en.isEmpty())
        return fail(
            tr("Policy %1 needs a name in Chinese and English (field name).").arg(policy.code));
    policy.category = object.value(QLatin1String("category")).toString();
    if (!categories.contains(policy.category))
        return fail(tr("Policy %1: the category \"%2\" (field category) is not one of %3.")
                        .arg(policy.code, policy.category, categories.join(QLatin1String(", "))));
    policy.keywords = readStrings(object.value(QLatin1String("keywords")));
    policy.target = readText(object.value(QLatin1String("target")));
    policy.summary = readText(object.value(QLatin1String("summary")));
    policy.scope = object.value(QLatin1String("scope")).toString();
    if (policy.scope != QLatin1String("household") && policy.scope != QLatin1String("member"))
        return fail(tr("Policy %1: the scope \"%2\" (field scope) is neither household nor member.")
                        .arg(policy.code, policy.scope));
    policy.eligibility = object.value(QLatin1String("eligibility"));
    if (!policy.eligibility.isObject() && !policy.eligibility.isBool())
        return fail(
            tr("Policy %1: the eligibility rule (field eligibility) is missing.").arg(policy.code));
    policy.ruleConfidence = object.value(QLatin1String("ruleConfidence")).toString();
    if (!confidenceLevels().contains(policy.ruleConfidence))
        return fail(tr("Policy %1: the confidence \"%2\" (field ruleConfidence) is not one of %3.")
                        .arg(policy.code, policy.ruleConfidence,
                             confidenceLevels().join(QLatin1String(", "))));
    policy.ruleNote = readText(object.value(QLatin1String("ruleNote")));
    policy.manualChecks = readTexts(object.value(QLatin1String("manualChecks")));

    const QJsonObject amount = object.value(QLatin1String("amount")).toObject();
    policy.amountPeriod = amount.value(QLatin1String("period")).toString();
    if (!periods.contains(policy.amountPeriod))
        return fail(tr("Policy %1: the period \"%2\" (field amount.period) is not one of %3.")
                        .arg(policy.code, policy.amountPeriod, periods.join(QLatin1String(", "))));
    policy.amountFormula = amount.value(QLatin1String("formula"));
    if (policy.amountFormula.isUndefined())
        policy.amountFormula = QJsonValue(QJsonValue::Null);
    policy.amountNote = readText(amount.value(QLatin1String("note")));

    policy.documents = readTexts(object.value(QLatin1String("documents")));
    policy.channel = readText(object.value(QLatin1String("channel")));
    policy.onlineService = object.value(QLatin1String("onlineService")).toString();
    policy.legalBasis = readText(object.value(QLatin1String("legalBasis")));
    policy.parameters = readStrings(object.value(QLatin1String("parameters")));
    policy.sources = readStrings(object.value(QLatin1String("sources")));

    for (const QString &name : std::as_const(policy.parameters)) {
        if (!catalogue.parameter(name))
            return fail(tr("Policy %1: field parameters lists \"%2\", which the catalogue does "
                           "not define.")
                            .arg(policy.code, name));
    }
    for (const QString &id : std::as_const(policy.sources)) {
        if (!catalogue.source(id))
            return fail(tr("Policy %1: field sources lists %2, which is not in the source list.")
                            .arg(policy.code, id));
    }
    return checkRule(policy, QStringLiteral("eligibility"), policy.eligibility, catalogue) &&
           checkRule(policy, QStringLiteral("amount.formula"), policy.amountFormula, catalogue);
}

bool CatalogueReader::checkRule(const Policy &policy, const QString &field, const QJsonValue &rule,
                                const Catalogue &catalogue)
{
    const RuleVariables found = collectRuleVariables(rule);
    if (!found.unknownOperation.isEmpty())
        return fail(tr("Policy %1: field %2 uses the operation \"%3\", which is not JsonLogic.")
                        .arg(policy.code, field, found.unknownOperation));
    if (found.computedName)
        return fail(tr("Policy %1: field %2 names a variable with a computed expression; write "
                       "the fact path as text.")
                        .arg(policy.code, field));
    const QString paramPrefix = QStringLiteral("param.");
    for (const QString &path : found.paths) {
        if (path.startsWith(paramPrefix)) {
            const QString name = path.mid(paramPrefix.size());
            if (!catalogue.parameter(name))
                return fail(tr("Policy %1: field %2 uses the parameter \"%3\", which the "
                               "catalogue does not define.")
                                .arg(policy.code, field, name));
            if (!policy.parameters.contains(name))
                return fail(tr("Policy %1: field %2 uses the parameter \"%3\" but field "
                               "parameters does not list it.")
                                .arg(policy.code, field, name));
        } else if (!catalogue.fact(path)) {
            return fail(tr("Policy %1: field %2 uses the fact \"%3\", which is not in the fact "
                           "dictionary.")
                            .arg(policy.code, field, path));
        } else if (policy.scope == QLatin1String("household") &&
                   path.startsWith(QLatin1String("member."))) {
            return fail(tr("Policy %1: field %2 uses the member fact \"%3\", but the policy has "
                           "household scope.")
                            .arg(policy.code, field, path));
        }
    }
    return true;
}

} // namespace

Result<Catalogue> Catalogue::fromJson(const QByteArray &policies, const QByteArray &facts)
{
    Catalogue catalogue;
    CatalogueReader reader;
    const QJsonObject &root = reader.policiesRoot();
    const bool ok =
        reader.readDocuments(policies, facts) &&
        reader.readHeader(catalogue.m_version, catalogue.m_effective) &&
        reader.readFacts(reader.factsRoot(), catalogue.m_facts) &&
        reader.readSources(root.value(QLatin1String("sources")).toArray(), catalogue.m_sources) &&
        reader.readParameters(root.value(QLatin1String("parameters")).toObject(),
                              catalogue.m_sources, catalogue.m_parameters) &&
        reader.readPolicies(root.value(QLatin1String("policies")).toArray(), catalogue,
                            catalogue.m_policies);
    if (!ok) {
        qCWarning(lcCatalogue) << "catalogue rejected:" << reader.error();
        return Result<Catalogue>::failure(reader.error());
    }
    qCDebug(lcCatalogue) << "catalogue" << catalogue.m_version << "loaded with"
                         << catalogue.m_policies.size() << "policies";
    return catalogue;
}

} // namespace Jiuzhu
