// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residentid.h"

#include <array>
#include <utility>

#include <QCoreApplication>

#include "core/logging.h"
#include "households/areas.h"

namespace Jiuzhu {
namespace ResidentId {

namespace {

// Weight of position i is 2^(17 - i) mod 11 (0-based); listed so the table can be checked
// against GB 11643 by eye.
constexpr std::array<int, 17> Weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
// Check character for S mod 11 = 0 .. 10.
constexpr std::array<char16_t, 11> CheckCharacters = {u'1', u'0', u'X', u'9', u'8', u'7',
                                                      u'6', u'5', u'4', u'3', u'2'};

constexpr int Length = 18;
constexpr int LegacyLength = 15;
constexpr int EarliestBirthYear = 1880;

// Dates in messages are ISO 8601: unambiguous in Chinese and English, and the only way to show
// an impossible date such as 1980-02-30 the way the number holds it.
const char *const DateFormat = "yyyy-MM-dd";

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

Info invalid(QString error)
{
    Info info;
    info.error = std::move(error);
    return info;
}

// The 1-based position of the first character that is not a digit among the first `count`.
qsizetype firstNonDigit(const QString &id, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (!isDigit(id.at(i)))
            return i + 1;
    }
    return 0;
}

// Checks the eight digits at `from` as a birth date; fills `birth` or returns the message.
QString checkBirthDate(const QString &id, qsizetype from, const QDate &today, QDate *birth)
{
    const QString digits = id.mid(from, 8);
    const QString shown = digits.left(4) + u'-' + digits.mid(4, 2) + u'-' + digits.mid(6, 2);
    const QDate date(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
    if (!date.isValid()) {
        return QCoreApplication::translate(
                   "Validation",
                   "The resident ID number gives the birth date %1, which does not exist.")
            .arg(shown);
    }
    if (date.year() < EarliestBirthYear) {
        return QCoreApplication::translate(
                   "Validation", "The resident ID number gives the birth date %1, before 1880.")
            .arg(shown);
    }
    if (date > today) {
        return QCoreApplication::translate(
                   "Validation",
                   "The resident ID number gives the birth date %1, which is in the future.")
            .arg(shown);
    }
    *birth = date;
    return {};
}

QString checkDigits(const QString &id, qsizetype count)
{
    const qsizetype position = firstNonDigit(id, count);
    if (position == 0)
        return {};
    return QCoreApplication::translate("Validation",
                                       "Character %1 of the resident ID number is “%2”; only "
                                       "digits are allowed there.",
                                       "e.g. Character 7 of the resident ID number is “A”; ...")
        .arg(position)
        .arg(id.at(position - 1));
}

Info validateWith(const QString &input, const QDate &today, const Areas *areas)
{
    Q_ASSERT(today.isValid());
    QString id = normalise(input);
    if (id.isEmpty())
        return invalid(QCoreApplication::translate("Validation", "Enter the resident ID number."));
    if (id.size() != Length && id.size() != LegacyLength) {
        return invalid(QCoreApplication::translate("Validation",
                                                   "A resident ID number has 18 characters (15 "
                                                   "digits if it is an old one); this one has %n.",
                                                   nullptr, int(id.size())));
    }

    Info info;
    info.wasLegacy15 = id.size() == LegacyLength;
    const qsizetype plainDigits = info.wasLegacy15 ? LegacyLength : Length - 1;
    if (QString error = checkDigits(id, plainDigits); !error.isEmpty())
        return invalid(error);

    // Old numbers have a two-digit year that was always 19xx and no check character.
    const qsizetype birthAt = 6;
    if (info.wasLegacy15)
        id = id.left(birthAt) + QStringLiteral("19") + id.mid(birthAt);
    if (QString error = checkBirthDate(id, birthAt, today, &info.birthDate); !error.isEmpty())
        return invalid(error);

    const QChar expected = checkCharacter(QStringView(id).left(Length - 1));
    if (info.wasLegacy15) {
        id += expected;
    } else if (id.at(Length - 1) != expected) {
        return invalid(QCoreApplication::translate("Validation",
                                                   "The last character of the resident ID "
                                                   "number should be %1 for the digits before "
                                                   "it, not %2. Check the number for a typing "
                                                   "mistake.")
                           .arg(expected)
                           .arg(id.at(Length - 1)));
    }

    info.isValid = true;
    info.normalised = id;
    info.addressCode = id.left(6);
    info.isKnownAddressCode = areas && areas->isCurrentDistrict(info.addressCode);
    info.sex = digitValue(id.at(16)) % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
    return info;
}

QString sexMismatch(const Info &info)
{
    if (info.sex == u"male") {
        return QCoreApplication::translate(
            "Validation", "The sex entered is female, but the resident ID number is a man's.");
    }
    return QCoreApplication::translate(
        "Validation", "The sex entered is male, but the resident ID number is a woman's.");
}

QString bothMismatch(const Info &info, const QDate &typedBirth)
{
    const QString typed = typedBirth.toString(QLatin1StringView(DateFormat));
    const QString fromId = info.birthDate.toString(QLatin1StringView(DateFormat));
    if (info.sex == u"male") {
        return QCoreApplication::translate("Validation",
                                           "Neither the birth date %1 nor the sex entered matches "
                                           "the resident ID number, which is a man's, born %2.")
            .arg(typed, fromId);
    }
    return QCoreApplication::translate("Validation",
                                       "Neither the birth date %1 nor the sex entered matches the "
                                       "resident ID number, which is a woman's, born %2.")
        .arg(typed, fromId);
}

} // namespace

QString normalise(const QString &input)
{
    QString result;
    result.reserve(input.size());
    for (const QChar c : input) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width ０-９
            result += QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u == u'x' || u == 0xFF58 || u == 0xFF38) // x, ｘ, Ｘ
            result += QChar(u'X');
        else
            result += c;
    }
    return result;
}

Info validate(const QString &input, const QDate &today, const Areas &areas)
{
    return validateWith(input, today, &areas);
}

Info validate(const QString &input, const QDate &today)
{
    // Loaded once: the bundled list does not change while the program runs.
    static const Result<Areas> bundled = [] {
        Result<Areas> areas = Areas::loadBundled();
        if (!areas)
            qCWarning(lcHouseholds, "Area list not available; address codes count as unknown");
        return areas;
    }();
    return validateWith(input, today, bundled ? &bundled.value() : nullptr);
}

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != Length - 1)
        return {};

    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        if (!isDigit(first17.at(i)))
            return {};
        sum += digitValue(first17.at(i)) * Weights.at(i);
    }
    return QChar(CheckCharacters.at(sum % 11));
}

QString mask(const QString &id)
{
    constexpr qsizetype KeepFront = 6;
    constexpr qsizetype KeepBack = 4;

    const QString normalised = normalise(id);
    if (normalised.size() <= KeepFront + KeepBack)
        return QString(normalised.size(), QChar(u'*'));
    const qsizetype hidden = normalised.size() - KeepFront - KeepBack;
    return normalised.left(KeepFront) + QString(hidden, QChar(u'*')) + normalised.right(KeepBack);
}

QString mismatch(const Info &info, const QDate &typedBirth, const QString &typedSex)
{
    if (!info.isValid)
        return {};

    const bool birthDiffers = typedBirth.isValid() && typedBirth != info.birthDate;
    const bool sexDiffers = !typedSex.isEmpty() && typedSex != info.sex;
    if (birthDiffers && sexDiffers)
        return bothMismatch(info, typedBirth);
    if (sexDiffers)
        return sexMismatch(info);
    if (!birthDiffers)
        return {};

    return QCoreApplication::translate("Validation",
                                       "The birth date %1 does not match the resident ID number, "
                                       "which gives %2.")
        .arg(typedBirth.toString(QLatin1StringView(DateFormat)),
             info.birthDate.toString(QLatin1StringView(DateFormat)));
}

} // namespace ResidentId
} // namespace Jiuzhu
