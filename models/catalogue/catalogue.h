// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"

class QLocale;

namespace Jiuzhu {

// Text carried by the catalogue in both languages; text() picks the one for the locale.
struct LocalizedText
{
    QString zh;
    QString en;

    QString text(const QLocale &locale) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
};

// One value of a parameter, valid from `from` to `to` inclusive (an invalid `to` is open).
// Money is in fen. Only confidence "stated" counts as confirmed; every other value is shown and
// printed with the 待核实 (to be verified) flag.
struct ParameterValue
{
    QDate from;
    QDate to;
    double value = 0;
    QString source;     // source id, e.g. "S34"
    QString confidence; // stated, stated-secondary, inferred, assumed
    LocalizedText note;

    bool isConfirmed() const;
    bool covers(const QDate &date) const;
};

// A named policy parameter (standard, limit, rate) with its values by effective date. A date
// between two values that no value covers is an error unless `gapsAllowed` is set, and then
// `gapNote` says why nothing is known there (the matcher gives "unknown" on such dates).
struct Parameter
{
    QString name; // e.g. "dibao_standard"
    LocalizedText label;
    QString unit;                 // fen, ratio, count, m2, years
    QList<ParameterValue> values; // sorted by `from`
    bool gapsAllowed = false;
    LocalizedText gapNote;

    const ParameterValue *valueOn(const QDate &date) const;
};

// What a fact in the rule data means and how to show it (unit fen shows as 元).
struct FactInfo
{
    QString path; // e.g. "household.income_pc_monthly"
    LocalizedText label;
    QString unit;                         // fen, count, years, m2, ratio, bool, code
    QHash<QString, LocalizedText> values; // code facts: each code's label
};

// One of the closed list of groups a policy is meant for (older people, students, …), by
// which the browser and `policies list --target-group` narrow the catalogue. The list and its
// labels live once in the catalogue; policies refer to the codes.
struct TargetGroup
{
    QString code; // e.g. "elderly"
    LocalizedText label;
};

struct SourceInfo
{
    QString id;
    QString title;
    QString url;
};

// One policy: who it is for, the JsonLogic eligibility rule, the benefit formula and how to
// apply. `scope` is "household" (evaluated once) or "member" (evaluated for each member, with
// the member's facts under `member.`).
struct Policy
{
    QString code;
    LocalizedText name;
    QString category;     // basic, special, temporary, expenditure, medical, education, housing,
                          // employment, disability, elderly, children
    QStringList keywords; // short names, abbreviations and pinyin that search also matches
    LocalizedText target;
    QStringList targetGroups; // codes from Catalogue::targetGroups(), at least one
    LocalizedText summary;
    QString scope;
    QJsonValue eligibility;
    QString ruleConfidence; // how far the rule itself is confirmed; same scale as parameter values
    LocalizedText ruleNote; // what the rule checks, leaves out or assumes
    QList<LocalizedText> manualChecks; // conditions an advisor must check by hand
    QString amountPeriod;              // month, year, once, none
    QJsonValue amountFormula;          // JsonLogic giving fen; null when no amount can be estimated
    LocalizedText amountNote;
    QList<LocalizedText> documents;
    LocalizedText channel; // where to apply
    QString onlineService; // 随申办 / 一网通办 service name, if any
    LocalizedText legalBasis;
    QStringList parameters; // names of the parameters the rule and formula use
    QStringList sources;

    // True when the policy is meant for the group; an empty code means any group.
    bool isFor(const QString &targetGroup) const;
};

// One problem found while reading a catalogue. `subject` locates the record without
// translation ("policy dibao", "parameter dibao_standard", "source S1", "fact household.size",
// "target group elderly", "catalogue", "fact dictionary"); `field` is the JSON field, e.g.
// "eligibility" or "values[2].source"; `message` is the translated sentence that names both
// for the user.
struct CatalogueProblem
{
    QString subject;
    QString field;
    QString message;
};

// The policy catalogue: data, not code. Bundled at :/catalogue/policies.json with the fact
// dictionary at :/catalogue/facts.json; a district update may replace both.
class Catalogue
{
public:
    static Result<Catalogue> loadBundled();
    static Result<Catalogue> fromFiles(const QString &policiesPath, const QString &factsPath);
    static Result<Catalogue> fromJson(const QByteArray &policies, const QByteArray &facts);

    // Reads both documents like fromJson() but goes on after a problem and appends every one
    // to `problems`. The catalogue returned holds what could be read; it must not be used for
    // matching unless `problems` stayed empty.
    static Catalogue read(const QByteArray &policies, const QByteArray &facts,
                          QList<CatalogueProblem> &problems);

    QString version() const { return m_version; }
    QDate effectiveDate() const { return m_effective; }
    const QList<Policy> &policies() const { return m_policies; }
    // In the order the catalogue lists them, which is the order pickers show.
    const QList<TargetGroup> &targetGroups() const { return m_targetGroups; }
    const TargetGroup *targetGroup(const QString &code) const;
    const Policy *policy(const QString &code) const;
    const Parameter *parameter(const QString &name) const;
    const QHash<QString, Parameter> &parameters() const { return m_parameters; }
    const FactInfo *fact(const QString &path) const;
    const QHash<QString, FactInfo> &facts() const { return m_facts; }
    const SourceInfo *source(const QString &id) const;
    const QHash<QString, SourceInfo> &sources() const { return m_sources; }

    // Policies matching every word of the text in their code, category, keywords, name, target
    // or summary (case-insensitive, NFKC-folded so full-width letters match), best matches
    // first. Empty text gives all policies in catalogue order.
    QList<const Policy *> search(const QString &text) const;

private:
    QString m_version;
    QDate m_effective;
    QList<TargetGroup> m_targetGroups;
    QList<Policy> m_policies;
    QHash<QString, Parameter> m_parameters;
    QHash<QString, FactInfo> m_facts;
    QHash<QString, SourceInfo> m_sources;
};

} // namespace Jiuzhu
