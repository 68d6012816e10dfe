// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguecheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include "core/logging.h"

namespace Jiuzhu {

namespace {

class CatalogueFileReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCheck)

public:
    // Reads one file and makes sure it is a JSON object; otherwise leaves a message with the
    // line and column of the syntax error.
    bool read(const QString &path, QByteArray &contents);
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

bool CatalogueFileReader::read(const QString &path, QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    contents = file.readAll();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = contents.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        m_error = tr("%1:%2:%3: not valid JSON: %4")
                      .arg(path)
                      .arg(line)
                      .arg(column)
                      .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        m_error = tr("%1: the file is JSON but not an object.").arg(path);
        return false;
    }
    return true;
}

class CheckPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCheck)

public:
    static void print(const QString &path, const CatalogueCheckResult &result, QTextStream &out);
};

void CheckPrinter::print(const QString &path, const CatalogueCheckResult &result, QTextStream &out)
{
    for (const CatalogueProblem &problem : result.problems)
        out << tr("error: %1").arg(problem.message) << '\n';

    const QString version = result.version.isEmpty() ? tr("(no version)") : result.version;
    const QString counts =
        tr("policies: %1, parameters: %2").arg(result.policyCount).arg(result.parameterCount);
    if (result.problems.isEmpty())
        out << tr("%1: catalogue %2 is valid (%3).").arg(path, version, counts) << '\n';
    else
        out << tr("%1: catalogue %2 has %n problem(s) (%3).", nullptr, int(result.problems.size()))
                   .arg(path, version, counts)
            << '\n';
}

} // namespace

CatalogueCheckResult checkCatalogueFiles(const QString &policiesPath, const QString &factsPath)
{
    const QString facts =
        factsPath.isEmpty() ? QStringLiteral(":/catalogue/facts.json") : factsPath;
    CatalogueCheckResult result;
    CatalogueFileReader reader;
    QByteArray policiesJson;
    QByteArray factsJson;
    if (!reader.read(policiesPath, policiesJson) || !reader.read(facts, factsJson)) {
        result.problems.append({QStringLiteral("file"), QString(), reader.error()});
        return result;
    }

    const Catalogue catalogue = Catalogue::read(policiesJson, factsJson, result.problems);
    result.status = result.problems.isEmpty() ? CatalogueCheckResult::Status::Valid
                                              : CatalogueCheckResult::Status::Invalid;
    result.version = catalogue.version();
    result.policyCount = int(catalogue.policies().size());
    result.parameterCount = int(catalogue.parameters().size());
    qCDebug(lcCatalogue) << "checked catalogue" << result.version << "with"
                         << result.problems.size() << "problems";
    return result;
}

int runPoliciesCheckCommand(const QString &policiesPath, const QString &factsPath, QTextStream &out,
                            QTextStream &err)
{
    const CatalogueCheckResult result = checkCatalogueFiles(policiesPath, factsPath);
    if (result.status == CatalogueCheckResult::Status::Unreadable) {
        err << result.problems.value(0).message << '\n';
        err.flush();
        return 3;
    }
    CheckPrinter::print(policiesPath, result, out);
    out.flush();
    return result.status == CatalogueCheckResult::Status::Valid ? 0 : 2;
}

} // namespace Jiuzhu
