// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include "core/logging.h"

namespace Jiuzhu {

QString LocalizedText::text(const QLocale &locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString &preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}

bool ParameterValue::isConfirmed() const
{
    return confidence == QLatin1String("stated");
}

bool ParameterValue::covers(const QDate &date) const
{
    return date.isValid() && date >= from && (!to.isValid() || date <= to);
}

const ParameterValue *Parameter::valueOn(const QDate &date) const
{
    for (const ParameterValue &value : values) {
        if (value.covers(date))
            return &value;
    }
    return nullptr;
}

Result<Catalogue> Catalogue::loadBundled()
{
    return fromFiles(QStringLiteral(":/catalogue/policies.json"),
                     QStringLiteral(":/catalogue/facts.json"));
}

Result<Catalogue> Catalogue::fromFiles(const QString &policiesPath, const QString &factsPath)
{
    QByteArray contents[2];
    const QString paths[2] = {policiesPath, factsPath};
    for (int i = 0; i < 2; ++i) {
        QFile file(paths[i]);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCatalogue) << "cannot open catalogue file" << paths[i];
            return Result<Catalogue>::failure(
                QCoreApplication::translate("Catalogue", "Cannot read the catalogue file %1: %2")
                    .arg(paths[i], file.errorString()));
        }
        contents[i] = file.readAll();
    }
    return fromJson(contents[0], contents[1]);
}

const Policy *Catalogue::policy(const QString &code) const
{
    const auto it = std::find_if(m_policies.cbegin(), m_policies.cend(),
                                 [&code](const Policy &p) { return p.code == code; });
    return it == m_policies.cend() ? nullptr : &*it;
}

const Parameter *Catalogue::parameter(const QString &name) const
{
    const auto it = m_parameters.constFind(name);
    return it == m_parameters.cend() ? nullptr : &*it;
}

const FactInfo *Catalogue::fact(const QString &path) const
{
    const auto it = m_facts.constFind(path);
    return it == m_facts.cend() ? nullptr : &*it;
}

const SourceInfo *Catalogue::source(const QString &id) const
{
    const auto it = m_sources.constFind(id);
    return it == m_sources.cend() ? nullptr : &*it;
}

namespace {

// NFKC turns full-width Latin letters and digits (ＤＩＢＡＯ, １２) into their ASCII forms;
// case folding then makes the comparison case-insensitive.
QString foldForSearch(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

// Scores how well one query word matches one policy: exact hits on the identifying fields
// beat substring hits, and the name beats the descriptive texts. Zero means no match.
int scoreWord(const Policy &policy, const QString &word)
{
    const auto exact = [&word](const QString &field) {
        return foldForSearch(field) == word;
    };
    const auto contains = [&word](const QString &field) {
        return foldForSearch(field).contains(word);
    };
    const auto anyOf = [](const QStringList &fields, const auto &test) {
        return std::any_of(fields.cbegin(), fields.cend(), test);
    };
    const QStringList names = {policy.name.zh, policy.name.en};

    if (exact(policy.code))
        return 100;
    if (anyOf(policy.keywords, exact) || anyOf(names, exact))
        return 90;
    if (anyOf(names, contains))
        return 60;
    if (anyOf(policy.keywords, contains))
        return 50;
    if (contains(policy.code))
        return 40;
    if (contains(policy.category))
        return 20;
    if (contains(policy.target.zh) || contains(policy.target.en))
        return 15;
    if (contains(policy.summary.zh) || contains(policy.summary.en))
        return 10;
    return 0;
}

} // namespace

QList<const Policy *> Catalogue::search(const QString &text) const
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = foldForSearch(text).split(whitespace, Qt::SkipEmptyParts);

    QList<std::pair<int, const Policy *>> scored;
    for (const Policy &policy : m_policies) {
        int total = 0;
        for (const QString &word : words) {
            const int score = scoreWord(policy, word);
            if (score == 0) {
                total = -1;
                break;
            }
            total += score;
        }
        if (total >= 0)
            scored.append({total, &policy});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });

    QList<const Policy *> result;
    result.reserve(scored.size());
    for (const auto &entry : scored)
        result.append(entry.second);
    return result;
}

} // namespace Jiuzhu
