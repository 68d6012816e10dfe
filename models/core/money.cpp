// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QtNumeric>

namespace Jiuzhu {
namespace Money {

namespace {

constexpr qint64 FenPerYuan = 100;

// Input rules, decided once so that every amount field behaves the same:
// - surrounding white space is ignored; full-width characters typed with a Chinese input method
//   ("１，２００．５０", "－５") count as their ASCII forms, and the locale's own digits as 0-9;
// - an optional leading minus sign;
// - group separators are optional, but when present they must be well formed (one to three
//   digits, then groups of exactly three), so "1,2,3" or "12,00" are rejected instead of
//   guessed at;
// - at most two decimals, and at least one digit on each side of the decimal point, so
//   "1.234", ".5" and "5." are rejected;
// - no currency signs or units: the form shows "元" next to the field.
struct Parts
{
    bool isNegative = false;
    QString integerDigits;
    QString fractionDigits;
};

QString notAnAmount(const QString &text)
{
    return QCoreApplication::translate("Validation", "Not an amount: %1",
                                       "Shown under a money field, e.g. Not an amount: 12a")
        .arg(text);
}

QString tooManyDecimals(const QString &text)
{
    return QCoreApplication::translate("Validation", "At most two decimals (fen): %1",
                                       "e.g. At most two decimals (fen): 1.234")
        .arg(text);
}

QString tooLarge(const QString &text)
{
    return QCoreApplication::translate("Validation", "Amount too large: %1").arg(text);
}

QString emptyAmount()
{
    return QCoreApplication::translate("Validation", "Enter an amount.");
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Full-width forms U+FF01..U+FF5E sit at a fixed offset from ASCII; the ideographic space
// becomes a normal one so that trimming catches it.
QString toHalfWidth(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return result;
}

// Locales such as ar_EG use their own digits; QLocale gives the zero, and the others follow it.
QString toAsciiDigits(const QString &text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() != 1 || zero.at(0) == u'0')
        return text;

    const char16_t zeroCode = zero.at(0).unicode();
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u >= zeroCode && u <= zeroCode + 9)
            c = QChar(char16_t(u'0' + (u - zeroCode)));
    }
    return result;
}

bool isSpaceLike(QStringView separator)
{
    return separator == u" " || separator == u"\u00A0" || separator == u"\u202F";
}

// Splits "1,234" into "1234" if the grouping is well formed; returns an empty string otherwise.
QString ungroup(const QString &integerPart, const QLocale &locale)
{
    QString separator = locale.groupSeparator();
    QString part = integerPart;
    if (isSpaceLike(separator)) {
        // People type an ordinary space where the locale uses a no-break one.
        part.replace(QChar(0x00A0), QChar(u' ')).replace(QChar(0x202F), QChar(u' '));
        separator = QStringLiteral(" ");
    }
    if (separator.isEmpty() || !part.contains(separator))
        return isAsciiDigits(part) ? part : QString();

    const QStringList groups = part.split(separator);
    const QString &first = groups.constFirst();
    if (first.size() > 3 || !isAsciiDigits(first))
        return {};
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || !isAsciiDigits(groups.at(i)))
            return {};
    }
    return groups.join(QString());
}

// Digits only (already checked); false on overflow.
bool digitsToFen(const Parts &parts, qint64 *fen)
{
    qint64 yuan = 0;
    for (const QChar c : parts.integerDigits) {
        if (qMulOverflow(yuan, qint64(10), &yuan) ||
            qAddOverflow(yuan, qint64(c.unicode() - u'0'), &yuan))
            return false;
    }

    qint64 cents = 0;
    if (!parts.fractionDigits.isEmpty()) {
        cents = (parts.fractionDigits.at(0).unicode() - u'0') * 10;
        if (parts.fractionDigits.size() == 2)
            cents += parts.fractionDigits.at(1).unicode() - u'0';
    }

    qint64 total = 0;
    if (qMulOverflow(yuan, FenPerYuan, &total) || qAddOverflow(total, cents, &total))
        return false;
    *fen = parts.isNegative ? -total : total;
    return true;
}

// Shared tail of both parsers: checks the split parts and converts them.
Result<qint64> toFen(const Parts &parts, const QString &shownText)
{
    if (!isAsciiDigits(parts.integerDigits))
        return Result<qint64>::failure(notAnAmount(shownText));
    if (parts.fractionDigits.size() > 2 && isAsciiDigits(parts.fractionDigits))
        return Result<qint64>::failure(tooManyDecimals(shownText));
    if (!parts.fractionDigits.isEmpty() && !isAsciiDigits(parts.fractionDigits))
        return Result<qint64>::failure(notAnAmount(shownText));

    qint64 fen = 0;
    if (!digitsToFen(parts, &fen))
        return Result<qint64>::failure(tooLarge(shownText));
    return fen;
}

QString formatWith(qint64 fen, const QLocale *locale, bool dropZeroDecimals)
{
    // Through the unsigned type so that the most negative value does not overflow on negation.
    const bool isNegative = fen < 0;
    const quint64 magnitude = isNegative ? 0 - quint64(fen) : quint64(fen);
    const quint64 yuan = magnitude / FenPerYuan;
    const quint64 cents = magnitude % FenPerYuan;

    QString text;
    if (isNegative)
        text += locale ? locale->negativeSign() : QStringLiteral("-");
    text += locale ? locale->toString(yuan) : QString::number(yuan);
    if (cents == 0 && dropZeroDecimals)
        return text;

    text += locale ? locale->decimalPoint() : QStringLiteral(".");
    if (locale)
        text += locale->toString(cents / 10) + locale->toString(cents % 10);
    else
        text += QString::number(cents / 10) + QString::number(cents % 10);
    return text;
}

} // namespace

Result<qint64> parseYuan(const QString &text, const QLocale &locale)
{
    const QString shown = text.trimmed();
    QString input = toAsciiDigits(toHalfWidth(text), locale).trimmed();
    if (input.isEmpty())
        return Result<qint64>::failure(emptyAmount());

    Parts parts;
    const QString negativeSign = locale.negativeSign();
    if (input.startsWith(u'-') || input.startsWith(QChar(0x2212))) {
        parts.isNegative = true;
        input.remove(0, 1);
    } else if (!negativeSign.isEmpty() && input.startsWith(negativeSign)) {
        parts.isNegative = true;
        input.remove(0, negativeSign.size());
    }

    const QString decimalPoint = locale.decimalPoint();
    const qsizetype pointAt = input.indexOf(decimalPoint);
    QString integerPart = input;
    if (pointAt >= 0) {
        integerPart = input.left(pointAt);
        parts.fractionDigits = input.mid(pointAt + decimalPoint.size());
        if (parts.fractionDigits.isEmpty())
            return Result<qint64>::failure(notAnAmount(shown));
    }

    parts.integerDigits = ungroup(integerPart, locale);
    return toFen(parts, shown);
}

Result<qint64> parseYuanC(const QString &text)
{
    if (text.isEmpty())
        return Result<qint64>::failure(emptyAmount());

    Parts parts;
    QStringView rest(text);
    if (rest.startsWith(u'-')) {
        parts.isNegative = true;
        rest = rest.mid(1);
    }

    const qsizetype pointAt = rest.indexOf(u'.');
    parts.integerDigits = (pointAt >= 0 ? rest.left(pointAt) : rest).toString();
    if (pointAt >= 0) {
        parts.fractionDigits = rest.mid(pointAt + 1).toString();
        if (parts.fractionDigits.isEmpty())
            return Result<qint64>::failure(notAnAmount(text));
    }
    return toFen(parts, text);
}

QString formatYuan(qint64 fen, const QLocale &locale, bool dropZeroDecimals)
{
    return formatWith(fen, &locale, dropZeroDecimals);
}

QString toYuanC(qint64 fen)
{
    return formatWith(fen, nullptr, false);
}

} // namespace Money
} // namespace Jiuzhu
