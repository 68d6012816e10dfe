// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include "core/logging.h"
#include "policysearchindex.h"

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

bool Policy::isFor(const QString &targetGroup) const
{
    return targetGroup.isEmpty() || targetGroups.contains(targetGroup);
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

const TargetGroup *Catalogue::targetGroup(const QString &code) const
{
    const auto it = std::find_if(m_targetGroups.cbegin(), m_targetGroups.cend(),
                                 [&code](const TargetGroup &group) { return group.code == code; });
    return it == m_targetGroups.cend() ? nullptr : &*it;
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

// The index is built on the first search of this catalogue's policies and shared by its copies
// (see PolicySearchIndex::forPolicies()); later searches only compare strings.
QList<const Policy *> Catalogue::search(const QString &text) const
{
    const std::shared_ptr<const PolicySearchIndex> index =
        PolicySearchIndex::forPolicies(m_policies);
    QList<const Policy *> result;
    for (const qsizetype position : index->search(text))
        result.append(&m_policies.at(position));
    return result;
}

} // namespace Jiuzhu
