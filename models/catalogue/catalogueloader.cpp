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

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

LocalizedText readText(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QLatin1String("zh")).toString().trimmed(),
            object.value(QLatin1String("en")).toString().trimmed()};
}

bool isComplete(const LocalizedText &text)
{
    return !text.zh.isEmpty() && !text.en.isEmpty();
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

// Reads and checks the two JSON documents. Each step records every problem it finds, naming
// the record and the field, and goes on with what it could read, so that one run of the
// checker shows a district editor all the mistakes at once.
class CatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    explicit CatalogueReader(QList<CatalogueProblem> &problems)
        : m_problems(problems)
    {
    }

    bool readDocuments(const QByteArray &policies, const QByteArray &facts);
    const QJsonObject &policiesRoot() const { return m_policies; }
    const QJsonObject &factsRoot() const { return m_facts; }
    void readHeader(QString &version, QDate &effective);

    void readFacts(const QJsonObject &root, QHash<QString, FactInfo> &facts);
    void readSources(const QJsonArray &array, QHash<QString, SourceInfo> &sources);
    void readTargetGroups(const QJsonValue &value, QList<TargetGroup> &groups);
    void readParameters(const QJsonObject &object, const QHash<QString, SourceInfo> &sources,
                        QHash<QString, Parameter> &parameters);
    void readPolicies(const QJsonArray &array, const Catalogue &catalogue, QList<Policy> &policies);

private:
    void report(const QString &subject, const QString &field, const QString &message)
    {
        m_problems.append({subject, field, message});
    }

    Parameter readParameter(const QString &name, const QJsonObject &definition,
                            const QHash<QString, SourceInfo> &sources);
    bool readValue(const Parameter &parameter, int index, const QJsonObject &object,
                   const QHash<QString, SourceInfo> &sources, ParameterValue &value);
    void checkDates(const Parameter &parameter);
    void readPolicy(const QJsonObject &object, const QString &subject, Policy &policy);
    void readPolicyTexts(const QJsonObject &object, const QString &subject, Policy &policy);
    void readAmount(const QJsonObject &object, const QString &subject, Policy &policy);
    void checkReferences(const Policy &policy, const QString &subject, const Catalogue &catalogue);
    void checkTargetGroups(const Policy &policy, const QString &subject,
                           const Catalogue &catalogue);
    void checkRule(const Policy &policy, const QString &subject, const QString &field,
                   const QJsonValue &rule, const Catalogue &catalogue);
    static QString arityMessage(const QString &name, const QString &field,
                                const RuleArityProblem &arity);
    void checkRulePath(const Policy &policy, const QString &subject, const QString &field,
                       const QString &path, const Catalogue &catalogue);

    QList<CatalogueProblem> &m_problems;
    QJsonObject m_policies;
    QJsonObject m_facts;
};

bool CatalogueReader::readDocuments(const QByteArray &policies, const QByteArray &facts)
{
    QJsonParseError parseError;
    const QJsonDocument factsDocument = QJsonDocument::fromJson(facts, &parseError);
    if (!factsDocument.isObject()) {
        report(QStringLiteral("fact dictionary"), QString(),
               tr("The fact dictionary is not a valid JSON object: %1 (at byte %2)")
                   .arg(parseError.errorString())
                   .arg(parseError.offset));
    }
    const QJsonDocument policiesDocument = QJsonDocument::fromJson(policies, &parseError);
    if (!policiesDocument.isObject()) {
        report(QStringLiteral("catalogue"), QString(),
               tr("The policy catalogue is not a valid JSON object: %1 (at byte %2)")
                   .arg(parseError.errorString())
                   .arg(parseError.offset));
    }
    m_facts = factsDocument.object();
    m_policies = policiesDocument.object();
    return factsDocument.isObject() && policiesDocument.isObject();
}

void CatalogueReader::readHeader(QString &version, QDate &effective)
{
    const QString subject = QStringLiteral("catalogue");
    version = m_policies.value(QLatin1String("version")).toString();
    if (version.isEmpty())
        report(subject, QStringLiteral("version"),
               tr("The policy catalogue has no version (field version)."));
    effective = parseDate(m_policies.value(QLatin1String("effective")));
    if (!effective.isValid())
        report(subject, QStringLiteral("effective"),
               tr("The catalogue's effective date (field effective) is not a date of the form "
                  "YYYY-MM-DD."));
    if (!m_policies.value(QLatin1String("policies")).isArray())
        report(subject, QStringLiteral("policies"),
               tr("The policy catalogue has no list of policies (field policies)."));
}

void CatalogueReader::readFacts(const QJsonObject &root, QHash<QString, FactInfo> &facts)
{
    const QJsonArray entries = root.value(QLatin1String("facts")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        FactInfo fact{object.value(QLatin1String("path")).toString(),
                      readText(object.value(QLatin1String("label"))),
                      object.value(QLatin1String("unit")).toString()};
        if (fact.path.isEmpty()) {
            report(
                QStringLiteral("fact dictionary"), QStringLiteral("facts[%1].path").arg(i),
                tr("Fact number %1 in the fact dictionary has no path (field path).").arg(i + 1));
            continue;
        }
        const QString subject = QStringLiteral("fact ") + fact.path;
        if (facts.contains(fact.path)) {
            report(subject, QStringLiteral("path"),
                   tr("The fact %1 is listed twice in the fact dictionary.").arg(fact.path));
            continue;
        }
        if (!isComplete(fact.label))
            report(subject, QStringLiteral("label"),
                   tr("The fact %1 needs a label in Chinese and English (field label).")
                       .arg(fact.path));
        const QJsonObject values = object.value(QLatin1String("values")).toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const LocalizedText label = readText(it.value());
            if (!isComplete(label)) {
                report(subject, QStringLiteral("values.") + it.key(),
                       tr("The value %1 of the fact %2 needs a label in Chinese and English.")
                           .arg(it.key(), fact.path));
            }
            fact.values.insert(it.key(), label);
        }
        facts.insert(fact.path, fact);
    }
    if (entries.isEmpty())
        report(QStringLiteral("fact dictionary"), QStringLiteral("facts"),
               tr("The fact dictionary lists no facts."));
}

void CatalogueReader::readSources(const QJsonArray &array, QHash<QString, SourceInfo> &sources)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        SourceInfo source{object.value(QLatin1String("id")).toString(),
                          object.value(QLatin1String("title")).toString(),
                          object.value(QLatin1String("url")).toString()};
        if (source.id.isEmpty()) {
            report(QStringLiteral("catalogue"), QStringLiteral("sources[%1].id").arg(i),
                   tr("Source number %1 in the catalogue has no id (field id).").arg(i + 1));
            continue;
        }
        const QString subject = QStringLiteral("source ") + source.id;
        if (sources.contains(source.id)) {
            report(subject, QStringLiteral("id"),
                   tr("The source %1 is listed twice.").arg(source.id));
            continue;
        }
        if (source.title.isEmpty())
            report(subject, QStringLiteral("title"),
                   tr("The source %1 has no title (field title).").arg(source.id));
        sources.insert(source.id, source);
    }
}

// The groups are a closed list so that the browser can offer them in a picker: a policy may
// only name codes defined here, and every group needs a label in both languages.
void CatalogueReader::readTargetGroups(const QJsonValue &value, QList<TargetGroup> &groups)
{
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        report(QStringLiteral("catalogue"), QStringLiteral("targetGroups"),
               tr("The policy catalogue has no list of target groups (field targetGroups)."));
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        TargetGroup group{object.value(QLatin1String("code")).toString(),
                          readText(object.value(QLatin1String("label")))};
        if (group.code.isEmpty()) {
            report(
                QStringLiteral("catalogue"), QStringLiteral("targetGroups[%1].code").arg(i),
                tr("Target group number %1 in the catalogue has no code (field code).").arg(i + 1));
            continue;
        }
        const QString subject = QStringLiteral("target group ") + group.code;
        const auto sameCode = [&group](const TargetGroup &other) {
            return other.code == group.code;
        };
        if (std::any_of(groups.cbegin(), groups.cend(), sameCode)) {
            report(subject, QStringLiteral("code"),
                   tr("The target group %1 (field code) is listed twice.").arg(group.code));
            continue;
        }
        if (!isComplete(group.label))
            report(subject, QStringLiteral("label"),
                   tr("The target group %1 needs a label in Chinese and English (field label).")
                       .arg(group.code));
        groups.append(group);
    }
}

void CatalogueReader::readParameters(const QJsonObject &object,
                                     const QHash<QString, SourceInfo> &sources,
                                     QHash<QString, Parameter> &parameters)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        parameters.insert(it.key(), readParameter(it.key(), it.value().toObject(), sources));
}

Parameter CatalogueReader::readParameter(const QString &name, const QJsonObject &definition,
                                         const QHash<QString, SourceInfo> &sources)
{
    static const QStringList units = {QStringLiteral("fen"), QStringLiteral("ratio"),
                                      QStringLiteral("count"), QStringLiteral("m2"),
                                      QStringLiteral("years")};
    const QString subject = QStringLiteral("parameter ") + name;
    Parameter parameter;
    parameter.name = name;
    parameter.label = readText(definition.value(QLatin1String("label")));
    parameter.unit = definition.value(QLatin1String("unit")).toString();
    if (!isComplete(parameter.label))
        report(subject, QStringLiteral("label"),
               tr("Parameter %1 needs a label in Chinese and English (field label).").arg(name));
    if (!units.contains(parameter.unit))
        report(subject, QStringLiteral("unit"),
               tr("Parameter %1 has the unit \"%2\" (field unit); expected one of %3.")
                   .arg(name, parameter.unit, units.join(QLatin1String(", "))));

    const QJsonValue gaps = definition.value(QLatin1String("gapsAllowed"));
    if (!gaps.isUndefined() && !gaps.isBool())
        report(subject, QStringLiteral("gapsAllowed"),
               tr("Parameter %1: field gapsAllowed must be true or false.").arg(name));
    parameter.gapsAllowed = gaps.toBool();
    parameter.gapNote = readText(definition.value(QLatin1String("gapNote")));
    if (parameter.gapsAllowed && !isComplete(parameter.gapNote))
        report(subject, QStringLiteral("gapNote"),
               tr("Parameter %1 allows gaps but does not say why in Chinese and English (field "
                  "gapNote).")
                   .arg(name));

    const QJsonValue values = definition.value(QLatin1String("values"));
    if (!values.isUndefined() && !values.isArray())
        report(subject, QStringLiteral("values"),
               tr("Parameter %1: field values must be a list.").arg(name));
    const QJsonArray entries = values.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ParameterValue value;
        if (readValue(parameter, int(i), entries.at(i).toObject(), sources, value))
            parameter.values.append(value);
    }
    std::sort(parameter.values.begin(), parameter.values.end(),
              [](const ParameterValue &a, const ParameterValue &b) { return a.from < b.from; });
    checkDates(parameter);
    return parameter;
}

// A value with a bad date is left out so that the date checks only see real dates; every
// other problem is reported and the value kept.
bool CatalogueReader::readValue(const Parameter &parameter, int index, const QJsonObject &object,
                                const QHash<QString, SourceInfo> &sources, ParameterValue &value)
{
    const QString subject = QStringLiteral("parameter ") + parameter.name;
    const auto field = [index](const char *name) {
        return QStringLiteral("values[%1].%2").arg(index).arg(QLatin1String(name));
    };
    const QJsonValue from = object.value(QLatin1String("from"));
    const QJsonValue to = object.value(QLatin1String("to"));
    value.from = parseDate(from);
    if (!value.from.isValid()) {
        report(subject, field("from"),
               tr("Parameter %1: \"%2\" in field from is not a date of the form YYYY-MM-DD.")
                   .arg(parameter.name, from.toVariant().toString()));
        return false;
    }
    const QString where = isoDate(value.from);
    if (!to.isNull() && !to.isUndefined()) {
        value.to = parseDate(to);
        if (!value.to.isValid()) {
            report(subject, field("to"),
                   tr("Parameter %1, value from %2: \"%3\" in field to is not a date of the form "
                      "YYYY-MM-DD.")
                       .arg(parameter.name, where, to.toVariant().toString()));
            return false;
        }
        if (value.to < value.from) {
            report(subject, field("to"),
                   tr("Parameter %1, value from %2: the end date (field to) is before the start "
                      "date.")
                       .arg(parameter.name, where));
            return false;
        }
    }

    const QJsonValue number = object.value(QLatin1String("value"));
    value.value = number.toDouble();
    if (!number.isDouble())
        report(subject, field("value"),
               tr("Parameter %1, value from %2: field value is missing or not a number.")
                   .arg(parameter.name, where));
    else if (parameter.unit == QLatin1String("fen") && value.value != std::trunc(value.value))
        report(subject, field("value"),
               tr("Parameter %1, value from %2: money must be a whole number of fen (field "
                  "value).")
                   .arg(parameter.name, where));

    value.source = object.value(QLatin1String("source")).toString();
    if (value.source.isEmpty())
        report(subject, field("source"),
               tr("Parameter %1, value from %2: field source is missing; every value must name "
                  "its source.")
                   .arg(parameter.name, where));
    else if (!sources.contains(value.source))
        report(subject, field("source"),
               tr("Parameter %1, value from %2: the source %3 (field source) is not in the "
                  "source list.")
                   .arg(parameter.name, where, value.source));

    value.confidence = object.value(QLatin1String("confidence")).toString();
    value.note = readText(object.value(QLatin1String("note")));
    if (!confidenceLevels().contains(value.confidence))
        report(subject, field("confidence"),
               tr("Parameter %1, value from %2: the confidence \"%3\" (field confidence) is not "
                  "one of %4.")
                   .arg(parameter.name, where, value.confidence,
                        confidenceLevels().join(QLatin1String(", "))));
    else if (!value.isConfirmed() && !isComplete(value.note))
        report(subject, field("note"),
               tr("Parameter %1, value from %2: a value that is %3 must say why in Chinese and "
                  "English (field note).")
                   .arg(parameter.name, where, value.confidence));
    return true;
}

// Values must not overlap; a stretch between two values that none covers is an error unless
// the parameter declares gapsAllowed (for a year whose figure could not be found).
void CatalogueReader::checkDates(const Parameter &parameter)
{
    const QString subject = QStringLiteral("parameter ") + parameter.name;
    bool hasGap = false;
    for (qsizetype i = 1; i < parameter.values.size(); ++i) {
        const ParameterValue &earlier = parameter.values.at(i - 1);
        const ParameterValue &later = parameter.values.at(i);
        if (!earlier.to.isValid() || later.from <= earlier.to) {
            report(subject, QStringLiteral("values"),
                   tr("Parameter %1: the value from %2 overlaps the value from %3; effective "
                      "dates must not overlap (field values).")
                       .arg(parameter.name, isoDate(earlier.from), isoDate(later.from)));
        } else if (earlier.to.addDays(1) < later.from) {
            hasGap = true;
            if (!parameter.gapsAllowed)
                report(subject, QStringLiteral("values"),
                       tr("Parameter %1: no value covers %2 to %3, between the value from %4 and "
                          "the value from %5 (field values). Close the gap, or set gapsAllowed "
                          "with a gapNote saying why nothing is known there.")
                           .arg(parameter.name, isoDate(earlier.to.addDays(1)),
                                isoDate(later.from.addDays(-1)), isoDate(earlier.from),
                                isoDate(later.from)));
        }
    }
    if (parameter.gapsAllowed && !hasGap && parameter.values.size() > 1)
        report(subject, QStringLiteral("gapsAllowed"),
               tr("Parameter %1 sets gapsAllowed but its values leave no gap; remove gapsAllowed "
                  "and gapNote.")
                   .arg(parameter.name));
}

void CatalogueReader::readPolicies(const QJsonArray &array, const Catalogue &catalogue,
                                   QList<Policy> &policies)
{
    QSet<QString> codes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString code = object.value(QLatin1String("code")).toString();
        // A policy without a code is still checked, under its position in the list.
        const QString subject = code.isEmpty() ? QStringLiteral("policy #%1").arg(i + 1)
                                               : QStringLiteral("policy ") + code;
        if (code.isEmpty())
            report(subject, QStringLiteral("code"),
                   tr("Policy number %1 in the catalogue has no code (field code).").arg(i + 1));
        else if (codes.contains(code))
            report(subject, QStringLiteral("code"),
                   tr("The policy code %1 (field code) is used twice.").arg(code));
        codes.insert(code);

        Policy policy;
        readPolicy(object, subject, policy);
        checkReferences(policy, subject, catalogue);
        checkTargetGroups(policy, subject, catalogue);
        checkRule(policy, subject, QStringLiteral("eligibility"), policy.eligibility, catalogue);
        checkRule(policy, subject, QStringLiteral("amount.formula"), policy.amountFormula,
                  catalogue);
        policies.append(policy);
    }
}

void CatalogueReader::readPolicy(const QJsonObject &object, const QString &subject, Policy &policy)
{
    static const QStringList categories = {
        QStringLiteral("basic"),     QStringLiteral("special"),    QStringLiteral("expenditure"),
        QStringLiteral("disaster"),  QStringLiteral("temporary"),  QStringLiteral("medical"),
        QStringLiteral("education"), QStringLiteral("housing"),    QStringLiteral("employment"),
        QStringLiteral("social"),    QStringLiteral("disability"), QStringLiteral("elderly"),
        QStringLiteral("children")};

    policy.code = object.value(QLatin1String("code")).toString();
    const QString name = policy.code.isEmpty() ? subject : policy.code;
    policy.category = object.value(QLatin1String("category")).toString();
    if (!categories.contains(policy.category))
        report(subject, QStringLiteral("category"),
               tr("Policy %1: the category \"%2\" (field category) is not one of %3.")
                   .arg(name, policy.category, categories.join(QLatin1String(", "))));
    policy.keywords = readStrings(object.value(QLatin1String("keywords")));
    policy.targetGroups = readStrings(object.value(QLatin1String("targetGroups")));
    policy.scope = object.value(QLatin1String("scope")).toString();
    if (policy.scope != QLatin1String("household") && policy.scope != QLatin1String("member"))
        report(subject, QStringLiteral("scope"),
               tr("Policy %1: the scope \"%2\" (field scope) is neither household nor member.")
                   .arg(name, policy.scope));
    policy.eligibility = object.value(QLatin1String("eligibility"));
    if (!policy.eligibility.isObject() && !policy.eligibility.isBool())
        report(subject, QStringLiteral("eligibility"),
               tr("Policy %1: the eligibility rule (field eligibility) is missing.").arg(name));
    policy.ruleConfidence = object.value(QLatin1String("ruleConfidence")).toString();
    if (!confidenceLevels().contains(policy.ruleConfidence))
        report(subject, QStringLiteral("ruleConfidence"),
               tr("Policy %1: the confidence \"%2\" (field ruleConfidence) is not one of %3.")
                   .arg(name, policy.ruleConfidence, confidenceLevels().join(QLatin1String(", "))));
    policy.manualChecks = readTexts(object.value(QLatin1String("manualChecks")));
    policy.onlineService = object.value(QLatin1String("onlineService")).toString();
    policy.parameters = readStrings(object.value(QLatin1String("parameters")));
    policy.sources = readStrings(object.value(QLatin1String("sources")));
    readPolicyTexts(object, subject, policy);
    readAmount(object, subject, policy);
}

// What an advisor reads and prints must exist in both languages; the documents and the
// channel are what the family is told to bring and where to go.
void CatalogueReader::readPolicyTexts(const QJsonObject &object, const QString &subject,
                                      Policy &policy)
{
    const QString name = policy.code.isEmpty() ? subject : policy.code;
    const auto required = [&](const char *key, LocalizedText &text) {
        text = readText(object.value(QLatin1String(key)));
        if (!isComplete(text))
            report(subject, QLatin1String(key),
                   tr("Policy %1 needs field %2 in Chinese and English.")
                       .arg(name, QLatin1String(key)));
    };
    required("name", policy.name);
    required("target", policy.target);
    required("summary", policy.summary);
    required("ruleNote", policy.ruleNote);
    required("channel", policy.channel);
    required("legalBasis", policy.legalBasis);

    policy.documents = readTexts(object.value(QLatin1String("documents")));
    if (policy.documents.isEmpty())
        report(subject, QStringLiteral("documents"),
               tr("Policy %1 lists no documents to bring (field documents).").arg(name));
    const auto incomplete = [](const QList<LocalizedText> &texts) {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [](const LocalizedText &text) { return !isComplete(text); });
    };
    if (incomplete(policy.documents))
        report(
            subject, QStringLiteral("documents"),
            tr("Policy %1: every entry of field documents needs Chinese and English.").arg(name));
    if (incomplete(policy.manualChecks))
        report(subject, QStringLiteral("manualChecks"),
               tr("Policy %1: every entry of field manualChecks needs Chinese and English.")
                   .arg(name));
    if (policy.sources.isEmpty())
        report(subject, QStringLiteral("sources"),
               tr("Policy %1 names no sources (field sources).").arg(name));
}

void CatalogueReader::readAmount(const QJsonObject &object, const QString &subject, Policy &policy)
{
    static const QStringList periods = {QStringLiteral("month"), QStringLiteral("year"),
                                        QStringLiteral("once"), QStringLiteral("none")};
    const QString name = policy.code.isEmpty() ? subject : policy.code;
    const QJsonObject amount = object.value(QLatin1String("amount")).toObject();
    policy.amountPeriod = amount.value(QLatin1String("period")).toString();
    if (!periods.contains(policy.amountPeriod))
        report(subject, QStringLiteral("amount.period"),
               tr("Policy %1: the period \"%2\" (field amount.period) is not one of %3.")
                   .arg(name, policy.amountPeriod, periods.join(QLatin1String(", "))));
    policy.amountFormula = amount.value(QLatin1String("formula"));
    if (policy.amountFormula.isUndefined())
        policy.amountFormula = QJsonValue(QJsonValue::Null);
    policy.amountNote = readText(amount.value(QLatin1String("note")));
    if (!isComplete(policy.amountNote))
        report(subject, QStringLiteral("amount.note"),
               tr("Policy %1 needs field amount.note in Chinese and English (how the amount is "
                  "worked out, or why it cannot be).")
                   .arg(name));
    if (policy.amountPeriod == QLatin1String("none") && !policy.amountFormula.isNull())
        report(
            subject, QStringLiteral("amount.formula"),
            tr("Policy %1: field amount.formula must be null when the period is none.").arg(name));
}

void CatalogueReader::checkReferences(const Policy &policy, const QString &subject,
                                      const Catalogue &catalogue)
{
    const QString name = policy.code.isEmpty() ? subject : policy.code;
    for (const QString &parameter : policy.parameters) {
        if (!catalogue.parameter(parameter))
            report(subject, QStringLiteral("parameters"),
                   tr("Policy %1: field parameters lists \"%2\", which the catalogue does not "
                      "define.")
                       .arg(name, parameter));
    }
    for (const QString &id : policy.sources) {
        if (!catalogue.source(id))
            report(subject, QStringLiteral("sources"),
                   tr("Policy %1: field sources lists %2, which is not in the source list.")
                       .arg(name, id));
    }
}

void CatalogueReader::checkTargetGroups(const Policy &policy, const QString &subject,
                                        const Catalogue &catalogue)
{
    const QString name = policy.code.isEmpty() ? subject : policy.code;
    QStringList known;
    for (const TargetGroup &group : catalogue.targetGroups())
        known << group.code;
    const QString field = QStringLiteral("targetGroups");
    if (policy.targetGroups.isEmpty()) {
        report(subject, field,
               tr("Policy %1 names no target group (field targetGroups); give at least one of "
                  "%2.")
                   .arg(name, known.join(QLatin1String(", "))));
        return;
    }
    for (qsizetype i = 0; i < policy.targetGroups.size(); ++i) {
        const QString &code = policy.targetGroups.at(i);
        if (!known.contains(code))
            report(subject, field,
                   tr("Policy %1: field targetGroups lists \"%2\", which is not one of the "
                      "catalogue's target groups (%3).")
                       .arg(name, code, known.join(QLatin1String(", "))));
        else if (policy.targetGroups.indexOf(code) < i)
            report(subject, field,
                   tr("Policy %1: field targetGroups lists \"%2\" twice.").arg(name, code));
    }
}

QString CatalogueReader::arityMessage(const QString &name, const QString &field,
                                      const RuleArityProblem &arity)
{
    const int count = arity.argumentCount;
    if (arity.maximum < 0)
        return tr("Policy %1: field %2 gives the operation \"%3\" %n argument(s); it needs at "
                  "least %4.",
                  nullptr, count)
            .arg(name, field, arity.operation)
            .arg(arity.minimum);
    if (arity.minimum == arity.maximum)
        return tr("Policy %1: field %2 gives the operation \"%3\" %n argument(s); it takes "
                  "exactly %4.",
                  nullptr, count)
            .arg(name, field, arity.operation)
            .arg(arity.minimum);
    return tr("Policy %1: field %2 gives the operation \"%3\" %n argument(s); it takes %4 to "
              "%5.",
              nullptr, count)
        .arg(name, field, arity.operation)
        .arg(arity.minimum)
        .arg(arity.maximum);
}

void CatalogueReader::checkRule(const Policy &policy, const QString &subject, const QString &field,
                                const QJsonValue &rule, const Catalogue &catalogue)
{
    const QString name = policy.code.isEmpty() ? subject : policy.code;
    const RuleVariables found = collectRuleVariables(rule);
    for (const QString &operation : found.unknownOperations)
        report(subject, field,
               tr("Policy %1: field %2 uses the operation \"%3\", which is not JsonLogic.")
                   .arg(name, field, operation));
    for (const RuleArityProblem &arity : found.arityProblems)
        report(subject, field, arityMessage(name, field, arity));
    if (found.computedName)
        report(subject, field,
               tr("Policy %1: field %2 names a variable with a computed expression; write the "
                  "fact path as text.")
                   .arg(name, field));
    for (const QString &path : found.paths)
        checkRulePath(policy, subject, field, path, catalogue);
}

void CatalogueReader::checkRulePath(const Policy &policy, const QString &subject,
                                    const QString &field, const QString &path,
                                    const Catalogue &catalogue)
{
    const QString name = policy.code.isEmpty() ? subject : policy.code;
    const QString paramPrefix = QStringLiteral("param.");
    if (path.startsWith(paramPrefix)) {
        const QString parameter = path.mid(paramPrefix.size());
        if (!catalogue.parameter(parameter))
            report(subject, field,
                   tr("Policy %1: field %2 uses the parameter \"%3\", which the catalogue does "
                      "not define.")
                       .arg(name, field, parameter));
        else if (!policy.parameters.contains(parameter))
            report(subject, field,
                   tr("Policy %1: field %2 uses the parameter \"%3\" but field parameters does "
                      "not list it.")
                       .arg(name, field, parameter));
    } else if (!catalogue.fact(path)) {
        report(subject, field,
               tr("Policy %1: field %2 uses the fact \"%3\", which is not in the fact "
                  "dictionary.")
                   .arg(name, field, path));
    } else if (policy.scope == QLatin1String("household") &&
               path.startsWith(QLatin1String("member."))) {
        report(subject, field,
               tr("Policy %1: field %2 uses the member fact \"%3\", but the policy has household "
                  "scope.")
                   .arg(name, field, path));
    }
}

} // namespace

Catalogue Catalogue::read(const QByteArray &policies, const QByteArray &facts,
                          QList<CatalogueProblem> &problems)
{
    Catalogue catalogue;
    CatalogueReader reader(problems);
    if (!reader.readDocuments(policies, facts))
        return catalogue;

    const QJsonObject &root = reader.policiesRoot();
    reader.readHeader(catalogue.m_version, catalogue.m_effective);
    reader.readFacts(reader.factsRoot(), catalogue.m_facts);
    reader.readSources(root.value(QLatin1String("sources")).toArray(), catalogue.m_sources);
    reader.readTargetGroups(root.value(QLatin1String("targetGroups")), catalogue.m_targetGroups);
    reader.readParameters(root.value(QLatin1String("parameters")).toObject(), catalogue.m_sources,
                          catalogue.m_parameters);
    reader.readPolicies(root.value(QLatin1String("policies")).toArray(), catalogue,
                        catalogue.m_policies);
    return catalogue;
}

Result<Catalogue> Catalogue::fromJson(const QByteArray &policies, const QByteArray &facts)
{
    QList<CatalogueProblem> problems;
    Catalogue catalogue = read(policies, facts, problems);
    if (!problems.isEmpty()) {
        qCWarning(lcCatalogue) << "catalogue rejected with" << problems.size()
                               << "problems, first:" << problems.first().subject
                               << problems.first().field;
        return Result<Catalogue>::failure(problems.first().message);
    }
    qCDebug(lcCatalogue) << "catalogue" << catalogue.m_version << "loaded with"
                         << catalogue.m_policies.size() << "policies";
    return catalogue;
}

} // namespace Jiuzhu
