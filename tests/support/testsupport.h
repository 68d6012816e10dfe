// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

#include "households/householdjson.h"
#include "households/householdvalidator.h"

// Helpers shared by tests: where the source tree is, and the example households.
namespace JiuzhuTest {

inline QString sourceDir()
{
    const QString dir = qEnvironmentVariable("JIUZHU_SOURCE_DIR");
    if (dir.isEmpty()) {
        qFatal("JIUZHU_SOURCE_DIR is not set; run the tests through ctest");
    }
    return dir;
}

inline QString examplePath(const QString &name)
{
    return sourceDir() + QStringLiteral("/examples/households/") + name + QStringLiteral(".json");
}

inline QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return QJsonDocument::fromJson(file.readAll());
}

inline QJsonObject readJsonObject(const QString &path)
{
    return readJson(path).object();
}

// An example household as intake leaves it: read, then validated, so birth dates and sexes are
// derived from the ID numbers as the store would do on save.
inline Jiuzhu::Household loadExample(const QString &name)
{
    Jiuzhu::FieldErrors errors;
    Jiuzhu::Household household =
        Jiuzhu::HouseholdJson::fromJson(readJsonObject(examplePath(name)), &errors);
    errors << Jiuzhu::HouseholdValidator::validate(household, QDate(2026, 12, 4));
    if (!errors.isEmpty()) {
        qFatal("example %s does not read: %s", qPrintable(name),
               qPrintable(Jiuzhu::describe(errors)));
    }
    return household;
}

} // namespace JiuzhuTest
