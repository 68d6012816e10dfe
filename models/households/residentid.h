// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QDate>
#include <QString>

namespace Jiuzhu {

class Areas;

// The resident ID number (公民身份号码, GB 11643-1999): six-digit address code, birth date
// YYYYMMDD, three-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
// character, 0-9 or X. Old fifteen-digit numbers (GB 11643-1989, birth year 19YY, no check
// character) are converted to eighteen. The address code records where the number was first
// issued and never changes, so a retired or non-Shanghai code is not an error.
namespace ResidentId {

// What validate() found. Everything but `error` is filled in only when isValid is true.
struct Info
{
    bool isValid = false;
    QString normalised; // eighteen characters, upper-case X
    QDate birthDate;
    QString sex; // "male" / "female", the codes of Vocabulary::List::Sex
    QString addressCode;
    bool isKnownAddressCode = false; // a current Shanghai district
    bool wasLegacy15 = false;
    QString error; // translated sentence naming the problem
};

// Removes all white space, turns full-width digits into ASCII and x/ｘ/Ｘ into X. Nothing else
// is changed, so invalid input stays visibly invalid.
QString normalise(const QString &input);

// Checks a number typed by a person; `today` bounds the birth date. The address code is
// looked up in `areas`; the overload without it uses the bundled Shanghai list.
Info validate(const QString &input, const QDate &today, const Areas &areas);
Info validate(const QString &input, const QDate &today);

// The check character for seventeen digits, or a null QChar if `first17` is not that.
QChar checkCharacter(QStringView first17);

// "310105********0022": the first six and last four characters kept, the rest starred, for
// lists and print. Input that is too short to keep anything is starred completely.
QString mask(const QString &id);

// Compares a birth date and sex typed on the intake form with a valid number. Returns an empty
// string when they agree (or when one is not given or the number is invalid), otherwise a
// translated sentence. `typedSex` is "male", "female" or empty.
QString mismatch(const Info &info, const QDate &typedBirth, const QString &typedSex);

} // namespace ResidentId
} // namespace Jiuzhu
