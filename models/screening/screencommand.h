// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Jiuzhu {

class Catalogue;
class Database;

// The jiuzhu-cli commands of caseload screening, for CliApplication to dispatch to. `args` are
// the words after the command name. Exit codes follow CliApplication: 0 success, 1 usage error,
// 2 invalid input, 3 failure of the store or a file.
//
// screen [--as-of YYYY-MM-DD] [--set PARAMETER=VALUE ...] [--xlsx FILE] [--csv FILE]
//        [--sort amount|level|street] [--limit N] [--threads N]
//   screens every household in the store against the catalogue and lists the coverage gaps.
//   VALUE is absolute in the parameter's unit (yuan for money, as in household files) or
//   relative: +5% or -2.5%.
//   With --set, a what-if: who becomes or stops being eligible, and the monthly cost change.
//   With --xlsx or --csv, a decision ("exported") is recorded for every gap the file holds (the
//   screening without --set: a what-if is not a decision about anybody).
int runScreenCommand(const QStringList &args, Database &database, const Catalogue &catalogue,
                     QTextStream &out, QTextStream &err, bool json);

// Whether `args` ask for the screen usage (--help or -h), which needs no store, and the usage.
bool isScreenHelp(const QStringList &args);
void printScreenUsage(QTextStream &out);

// generate --households N --seed S [--reference-date YYYY-MM-DD]
//   adds N synthetic households (docs/synthetic-caseload.md) to the store in one transaction.
//   The same seed and date give the same households; running it again changes nothing.
int runGenerateCommand(const QStringList &args, Database &database, const Catalogue &catalogue,
                       QTextStream &out, QTextStream &err, bool json);

} // namespace Jiuzhu
