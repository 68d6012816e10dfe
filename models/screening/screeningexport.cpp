// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeningexport.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "screening/facttable.h"
#include "screening/logging.h"
#include "screening/screening.h"

namespace Jiuzhu::ScreeningExport {

namespace {

QString periodLabel(const QString &period)
{
    if (period == QLatin1String("month"))
        return QCoreApplication::translate("Screening", "per month");
    if (period == QLatin1String("year"))
        return QCoreApplication::translate("Screening", "per year");
    if (period == QLatin1String("once"))
        return QCoreApplication::translate("Screening", "once");
    return QString();
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// Excel and WPS read a cell starting with one of these as a formula, even in CSV, so a name
// typed as =HYPERLINK(…) would run. The leading quote makes them show the text as typed.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

QString csvField(const QVariant &value)
{
    QString text;
    if (value.typeId() == QMetaType::Double)
        text = QString::number(value.toDouble(), 'f', 2);
    else
        text = value.toString();
    if (!isNumber(value) && looksLikeFormula(text))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

Result<Done> failure(const QString &path, const QString &reason)
{
    qCWarning(lcScreening) << "export failed";
    return Result<Done>::failure(
        QCoreApplication::translate("Screening", "Cannot write %1: %2").arg(path, reason));
}

} // namespace

QStringList headers()
{
    return {QCoreApplication::translate("Screening", "Household id"),
            QCoreApplication::translate("Screening", "Head of household"),
            QCoreApplication::translate("Screening", "Street"),
            QCoreApplication::translate("Screening", "Address"),
            QCoreApplication::translate("Screening", "Hardship level"),
            QCoreApplication::translate("Screening", "Policy"),
            QCoreApplication::translate("Screening", "Status"),
            QCoreApplication::translate("Screening", "Estimated amount (yuan)"),
            QCoreApplication::translate("Screening", "Period"),
            QCoreApplication::translate("Screening", "Per month (yuan)"),
            QCoreApplication::translate("Screening", "Facts to collect")};
}

QList<QVariantList> rows(const QList<CoverageGap> &gaps, const Screening &screening,
                         const FactTable &table, const Catalogue &catalogue, const Areas *areas)
{
    const QLocale locale;
    QList<QVariantList> rows;
    rows.reserve(gaps.size());
    for (const CoverageGap &gap : gaps) {
        const Policy &policy = screening.policy(gap.policy);
        QStringList facts;
        for (const QString &path : screening.missingFacts(gap.missingMask)) {
            const FactInfo *fact = catalogue.fact(path);
            facts << (fact ? fact->label.text(locale) : path);
        }
        const QString street = areas ? areas->streetName(gap.street) : QString();
        rows.append(QVariantList{
            table.uuid(gap.household),
            table.headName(gap.household),
            street.isEmpty() ? gap.street : street,
            table.address(gap.household),
            // Left empty for a household not assessed yet: 0 would read as a level.
            gap.level > 0 ? QVariant(gap.level) : QVariant(),
            policy.name.text(locale),
            matchStatusLabel(gap.status),
            gap.amountFen ? QVariant(double(*gap.amountFen) / 100) : QVariant(),
            periodLabel(policy.amountPeriod),
            gap.amountFen ? QVariant(double(gap.monthlyFen) / 100) : QVariant(),
            facts.join(QStringLiteral("; ")),
        });
    }
    return rows;
}

Result<Done> writeCsv(const QString &path, const QStringList &headers,
                      const QList<QVariantList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());

    QByteArray data("\xEF\xBB\xBF");
    QStringList fields;
    for (const QString &header : headers)
        fields << csvField(header);
    data += fields.join(u',').toUtf8() + "\r\n";
    for (const QVariantList &row : rows) {
        fields.clear();
        for (const QVariant &value : row)
            fields << csvField(value);
        data += fields.join(u',').toUtf8() + "\r\n";
    }
    if (file.write(data) != data.size() || !file.commit())
        return failure(path, file.errorString());
    return ok();
}

// libxlsxwriter writes to a file name only, so the workbook goes to a private temporary file
// first and then through QSaveFile, which makes the visible file appear whole or not at all.
Result<Done> writeXlsx(const QString &path, const QStringList &headers,
                       const QList<QVariantList> &rows)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failure(path, scratch.errorString());
    const QByteArray scratchPath = scratch.filePath(QStringLiteral("export.xlsx")).toLocal8Bit();

    lxw_workbook *workbook = workbook_new(scratchPath.constData());
    if (!workbook)
        return failure(path,
                       QCoreApplication::translate(
                           "Screening", "the spreadsheet library could not start a workbook"));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");

    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), bold);
    for (int r = 0; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &value = row.at(c);
            const auto rowIndex = lxw_row_t(r + 1);
            const auto column = lxw_col_t(c);
            if (value.isNull())
                continue;
            if (value.typeId() == QMetaType::Double)
                worksheet_write_number(sheet, rowIndex, column, value.toDouble(), money);
            else if (value.typeId() == QMetaType::Int)
                worksheet_write_number(sheet, rowIndex, column, value.toInt(), nullptr);
            else
                worksheet_write_string(sheet, rowIndex, column,
                                       value.toString().toUtf8().constData(), nullptr);
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR)
        return failure(path, QString::fromUtf8(lxw_strerror(status)));

    QFile written(QString::fromLocal8Bit(scratchPath));
    if (!written.open(QIODevice::ReadOnly))
        return failure(path, written.errorString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    const QByteArray data = written.readAll();
    if (file.write(data) != data.size() || !file.commit())
        return failure(path, file.errorString());
    return ok();
}

} // namespace Jiuzhu::ScreeningExport
