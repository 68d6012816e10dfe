// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screencommand.h"

#include <thread>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "catalogue/catalogue.h"
#include "core/money.h"
#include "core/shanghaitime.h"
#include "households/areas.h"
#include "screening/caseloadgenerator.h"
#include "screening/coveragegaps.h"
#include "screening/facttable.h"
#include "screening/screening.h"
#include "screening/screeningdecisions.h"
#include "screening/screeningexport.h"
#include "screening/whatif.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"

namespace Jiuzhu {

namespace {

enum ExitCode
{
    Success = 0,
    UsageError = 1,
    InvalidInput = 2,
    Failure = 3,
};

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

struct ScreenOptions
{
    QDate asOf = shanghaiToday();
    QStringList overrides;
    QString xlsx;
    QString csv;
    CoverageGaps::Order order = CoverageGaps::Order::Amount;
    int limit = 20;
    int threads = int(std::max(1u, std::thread::hardware_concurrency()));
};

int fail(QTextStream &err, int code, const QString &message)
{
    err << message << '\n';
    err.flush();
    return code;
}

// "FIELD: message": the field (an option or a parameter code) stays as typed, outside the
// translated text, as CliApplication::failField does.
QString fieldError(const QString &field, const QString &message)
{
    return QStringLiteral("%1: %2").arg(field, message);
}

QString yuan(qint64 fen)
{
    return QLocale().toString(double(fen) / 100, 'f', 2);
}

void print(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

// Reads the options; returns -1 when they are fine, otherwise the exit code.
int parseScreenOptions(const QStringList &args, ScreenOptions &options, QTextStream &out,
                       QTextStream &err)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (isScreenHelp({arg})) {
            printScreenUsage(out);
            return Success;
        }
        const bool hasValue = i + 1 < args.size();
        const QString value = hasValue ? args.at(i + 1) : QString();
        if (!hasValue)
            return fail(err, UsageError, Texts::tr("%1 needs a value").arg(arg));
        ++i;
        if (arg == QLatin1String("--as-of")) {
            options.asOf = QDate::fromString(value, Qt::ISODate);
            if (!options.asOf.isValid()) {
                return fail(
                    err, InvalidInput,
                    Texts::tr("--as-of: expected a date as YYYY-MM-DD, got \"%1\"").arg(value));
            }
        } else if (arg == QLatin1String("--set")) {
            options.overrides << value;
        } else if (arg == QLatin1String("--xlsx") || arg == QLatin1String("--csv")) {
            // An empty name would pass for "no export" further on, and nothing would be written.
            if (value.trimmed().isEmpty())
                return fail(err, InvalidInput, fieldError(arg, Texts::tr("expected a file name")));
            (arg == QLatin1String("--xlsx") ? options.xlsx : options.csv) = value;
        } else if (arg == QLatin1String("--sort")) {
            if (value == QLatin1String("amount"))
                options.order = CoverageGaps::Order::Amount;
            else if (value == QLatin1String("level"))
                options.order = CoverageGaps::Order::Level;
            else if (value == QLatin1String("street"))
                options.order = CoverageGaps::Order::Street;
            else
                return fail(err, UsageError, Texts::tr("--sort: expected amount, level or street"));
        } else if (arg == QLatin1String("--limit") || arg == QLatin1String("--threads")) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < (arg == QLatin1String("--limit") ? 0 : 1))
                return fail(err, UsageError, Texts::tr("%1: expected a number").arg(arg));
            (arg == QLatin1String("--limit") ? options.limit : options.threads) = number;
        } else {
            return fail(err, UsageError, Texts::tr("Unknown option for screen: %1").arg(arg));
        }
    }
    return -1;
}

QJsonObject policySummary(const Screening &screening, const ScreeningResult &result, int p)
{
    qint64 monthly = 0;
    for (int h = 0; h < result.householdCount(); ++h) {
        const MatchStatus status = result.status(h, p);
        const std::optional<qint64> fen = result.amountFen(h, p);
        if (fen && (status == MatchStatus::Eligible || status == MatchStatus::Receiving)) {
            monthly += CoverageGaps::monthlyEquivalentFen(*fen, screening.policy(p).amountPeriod);
        }
    }
    return QJsonObject{
        {QStringLiteral("code"), screening.policy(p).code},
        {QStringLiteral("eligible"), result.count(p, MatchStatus::Eligible)},
        {QStringLiteral("possiblyEligible"), result.count(p, MatchStatus::PossiblyEligible)},
        {QStringLiteral("receiving"), result.count(p, MatchStatus::Receiving)},
        {QStringLiteral("monthlyCostFen"), double(monthly)}};
}

void printSummary(QTextStream &out, const Screening &screening, const ScreeningResult &result)
{
    const QLocale locale;
    out << Texts::tr("Policy") << "  " << Texts::tr("eligible / possibly / receiving") << "  "
        << Texts::tr("monthly cost if all eligible take it up (yuan)") << '\n';
    for (int p = 0; p < result.policyCount(); ++p) {
        const QJsonObject row = policySummary(screening, result, p);
        out << "  " << screening.policy(p).name.text(locale) << "  "
            << row.value(QStringLiteral("eligible")).toInt() << " / "
            << row.value(QStringLiteral("possiblyEligible")).toInt() << " / "
            << row.value(QStringLiteral("receiving")).toInt() << "  "
            << yuan(qint64(row.value(QStringLiteral("monthlyCostFen")).toDouble())) << '\n';
    }
}

// Writes the files asked for, then records a decision ("exported") for every gap they hold.
// Returns an exit code on failure, -1 when all went well.
int writeExports(const ScreenOptions &options, const QList<CoverageGap> &gaps,
                 const Screening &screening, const FactTable &table, const Catalogue &catalogue,
                 const Areas *areas, Database &database, int *recorded, QTextStream &err)
{
    *recorded = 0;
    if (options.csv.isEmpty() && options.xlsx.isEmpty())
        return -1;
    const QStringList headers = ScreeningExport::headers();
    const QList<QVariantList> rows =
        ScreeningExport::rows(gaps, screening, table, catalogue, areas);
    if (!options.csv.isEmpty()) {
        const Result<Done> written = ScreeningExport::writeCsv(options.csv, headers, rows);
        if (!written)
            return fail(err, Failure, written.error());
    }
    if (!options.xlsx.isEmpty()) {
        const Result<Done> written = ScreeningExport::writeXlsx(options.xlsx, headers, rows);
        if (!written)
            return fail(err, Failure, written.error());
    }
    // The file stays when recording fails: it is written and may already be open elsewhere.
    DecisionRepository decisions(database);
    *recorded =
        decisions.recordMany(ScreeningDecisions::fromGaps(gaps, screening, table, catalogue));
    if (*recorded < 0) {
        return fail(err, Failure,
                    Texts::tr("The coverage gaps were exported, but their decisions could not be "
                              "recorded: %1")
                        .arg(decisions.errorString()));
    }
    return -1;
}

} // namespace

bool isScreenHelp(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

void printScreenUsage(QTextStream &out)
{
    out << Texts::tr(
        "Usage: jiuzhu-cli screen [--as-of YYYY-MM-DD] [--set PARAMETER=VALUE ...]\n"
        "                         [--xlsx FILE] [--csv FILE] [--sort amount|level|street]\n"
        "                         [--limit N] [--threads N]\n"
        "\n"
        "Screens every household in the store against the policy catalogue and lists the\n"
        "coverage gaps (eligible or possibly eligible, not receiving).\n"
        "\n"
        "  --as-of YYYY-MM-DD     the screening date (default: today in Shanghai)\n"
        "  --set PARAMETER=VALUE  a what-if: who becomes or stops being eligible, and the\n"
        "                         monthly cost change. VALUE is the new value in the\n"
        "                         parameter's unit (yuan for money) or a change: +5% or -2.5%.\n"
        "                         Once per parameter; repeat --set for other parameters.\n"
        "  --xlsx FILE            export the coverage gaps as a workbook\n"
        "  --csv FILE             export the coverage gaps as CSV\n"
        "                         Exporting records an \"exported\" decision for every gap.\n"
        "  --sort ORDER           amount (default), level or street\n"
        "  --limit N              how many gaps to list (default 20)\n"
        "  --threads N            threads to screen on (default: one per processor)\n");
    out.flush();
}

int runScreenCommand(const QStringList &args, Database &database, const Catalogue &catalogue,
                     QTextStream &out, QTextStream &err, bool json)
{
    ScreenOptions options;
    if (const int code = parseScreenOptions(args, options, out, err); code >= 0)
        return code;

    const Screening screening(catalogue, options.asOf);
    QHash<QString, double> overrides;
    for (QString text : std::as_const(options.overrides)) {
        // Money is typed in yuan, as in household files and in the window; the catalogue keeps
        // it in fen. Changes in per cent and signed values are left to parseOverride.
        const qsizetype equals = text.indexOf(u'=');
        if (equals > 0) {
            const QString parameterName = text.left(equals).trimmed();
            const QString spec = text.mid(equals + 1).trimmed();
            const Parameter *parameter = catalogue.parameter(parameterName);
            if (parameter && parameter->unit == QLatin1String("fen") && !spec.endsWith(u'%') &&
                !spec.startsWith(u'+') && !spec.startsWith(u'-')) {
                const Result<qint64> fen = Money::parseYuan(spec, QLocale::c());
                if (!fen)
                    return fail(err, InvalidInput, fieldError(parameterName, fen.error()));
                text = parameterName + u'=' + QString::number(fen.value());
            }
        }
        QString name;
        double value = 0;
        QString error;
        if (!WhatIf::parseOverride(text, catalogue, screening, &name, &value, &error))
            return fail(err, InvalidInput, error);
        if (overrides.contains(name)) {
            return fail(err, InvalidInput,
                        fieldError(name, Texts::tr("--set is given more than once for this "
                                                   "parameter; give it once")));
        }
        overrides.insert(name, value);
    }

    QElapsedTimer timer;
    timer.start();
    HouseholdRepository households(database);
    const std::optional<QList<Household>> loaded = households.loadAll();
    if (!loaded)
        return fail(err, Failure, Texts::tr("Cannot read the households from the store"));
    FactTable table = FactTable::build(*loaded, options.asOf);
    table.setLevels(households.latestLevels());
    const qint64 loadMs = timer.restart();

    const ScreeningResult result = screening.run(table, options.threads);
    QList<CoverageGap> gaps = CoverageGaps::find(screening, result, table, options.order);
    const qint64 screenMs = timer.elapsed();

    const Result<Areas> areas = Areas::loadBundled();
    const Areas *streets = areas ? &areas.value() : nullptr;
    int recorded = 0;
    if (const int code = writeExports(options, gaps, screening, table, catalogue, streets, database,
                                      &recorded, err);
        code >= 0) {
        return code;
    }

    QList<PolicyChange> changes;
    if (!overrides.isEmpty()) {
        const Screening scenario(catalogue, options.asOf, overrides);
        changes = WhatIf::compare(screening, result, scenario.run(table, options.threads));
    }

    if (json) {
        QJsonArray policies;
        for (int p = 0; p < screening.policyCount(); ++p)
            policies.append(policySummary(screening, result, p));
        QJsonArray top;
        for (int i = 0; i < std::min<qsizetype>(options.limit, gaps.size()); ++i) {
            const CoverageGap &gap = gaps.at(i);
            top.append(
                QJsonObject{{QStringLiteral("household"), table.uuid(gap.household)},
                            {QStringLiteral("policy"), screening.policy(gap.policy).code},
                            {QStringLiteral("status"), matchStatusCode(gap.status)},
                            {QStringLiteral("amountFen"),
                             gap.amountFen ? QJsonValue(double(*gap.amountFen)) : QJsonValue()},
                            {QStringLiteral("level"), gap.level},
                            {QStringLiteral("street"), gap.street},
                            {QStringLiteral("missingFacts"),
                             QJsonArray::fromStringList(screening.missingFacts(gap.missingMask))}});
        }
        QJsonArray whatIf;
        for (const PolicyChange &change : std::as_const(changes)) {
            if (change.isEmpty())
                continue;
            whatIf.append(QJsonObject{
                {QStringLiteral("policy"), change.policyCode},
                {QStringLiteral("becomeEligible"), int(change.becomeEligible.size())},
                {QStringLiteral("stopEligible"), int(change.stopEligible.size())},
                {QStringLiteral("monthlyCostBeforeFen"), double(change.monthlyCostBeforeFen)},
                {QStringLiteral("monthlyCostAfterFen"), double(change.monthlyCostAfterFen)}});
        }
        print(out, QJsonObject{{QStringLiteral("asOf"), options.asOf.toString(Qt::ISODate)},
                               {QStringLiteral("catalogueVersion"), catalogue.version()},
                               {QStringLiteral("households"), table.householdCount()},
                               {QStringLiteral("policies"), policies},
                               {QStringLiteral("gaps"), int(gaps.size())},
                               {QStringLiteral("decisionsRecorded"), recorded},
                               {QStringLiteral("topGaps"), top},
                               {QStringLiteral("whatIf"), whatIf}});
        return Success;
    }

    const QLocale locale;
    out << Texts::tr("Screened %n household(s) against %1 policies as of %2 (read %3 ms, "
                     "screened %4 ms)",
                     nullptr, table.householdCount())
               .arg(screening.policyCount())
               .arg(options.asOf.toString(Qt::ISODate))
               .arg(loadMs)
               .arg(screenMs)
        << '\n';
    printSummary(out, screening, result);
    out << Texts::tr("Coverage gaps (eligible or possibly eligible, not receiving): %1")
               .arg(gaps.size())
        << '\n';
    for (int i = 0; i < std::min<qsizetype>(options.limit, gaps.size()); ++i) {
        const CoverageGap &gap = gaps.at(i);
        out << "  " << table.uuid(gap.household).left(8) << "  " << table.headName(gap.household)
            << "  " << (streets ? streets->streetName(gap.street) : gap.street) << "  "
            << screening.policy(gap.policy).name.text(locale) << "  "
            << matchStatusLabel(gap.status) << "  "
            << (gap.amountFen ? yuan(*gap.amountFen) : QStringLiteral("-")) << '\n';
    }
    if (!options.csv.isEmpty() || !options.xlsx.isEmpty()) {
        out << Texts::tr("Exported %n coverage gap(s); %1 new decision(s) recorded", nullptr,
                         int(gaps.size()))
                   .arg(recorded)
            << '\n';
        if (!overrides.isEmpty()) {
            out << Texts::tr(
                       "The exported list is the screening with the catalogue's parameters; the "
                       "what-if below is not in it.")
                << '\n';
        }
    }
    for (const PolicyChange &change : std::as_const(changes)) {
        if (change.isEmpty())
            continue;
        const int index = screening.policyIndex(change.policyCode);
        out << Texts::tr("What-if %1: %2 become eligible, %3 stop; monthly cost %4 → %5 yuan")
                   .arg(index >= 0 ? screening.policy(index).name.text(locale) : change.policyCode)
                   .arg(change.becomeEligible.size())
                   .arg(change.stopEligible.size())
                   .arg(yuan(change.monthlyCostBeforeFen), yuan(change.monthlyCostAfterFen))
            << '\n';
    }
    out.flush();
    return Success;
}

int runGenerateCommand(const QStringList &args, Database &database, const Catalogue &catalogue,
                       QTextStream &out, QTextStream &err, bool json)
{
    CaseloadOptions options;
    options.referenceDate = shanghaiToday();
    bool hasCount = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (i + 1 >= args.size())
            return fail(err, UsageError, Texts::tr("%1 needs a value").arg(arg));
        const QString value = args.at(++i);
        bool ok = true;
        if (arg == QLatin1String("--households")) {
            options.households = value.toInt(&ok);
            ok = ok && options.households > 0;
            hasCount = true;
        } else if (arg == QLatin1String("--seed")) {
            options.seed = value.toULongLong(&ok);
        } else if (arg == QLatin1String("--reference-date")) {
            options.referenceDate = QDate::fromString(value, Qt::ISODate);
            ok = options.referenceDate.isValid();
        } else {
            return fail(err, UsageError, Texts::tr("Unknown option for generate: %1").arg(arg));
        }
        if (!ok)
            return fail(err, InvalidInput, Texts::tr("%1: \"%2\" is not valid").arg(arg, value));
    }
    if (!hasCount)
        return fail(err, UsageError, Texts::tr("generate needs --households N"));

    const Parameter *standard = catalogue.parameter(QStringLiteral("dibao_standard"));
    if (const ParameterValue *value = standard ? standard->valueOn(options.referenceDate) : nullptr)
        options.dibaoStandardFen = qint64(value->value);
    const Result<Areas> areas = Areas::loadBundled();
    if (!areas)
        return fail(err, Failure, areas.error());

    QElapsedTimer timer;
    timer.start();
    QList<Household> households = CaseloadGenerator(areas.value()).generate(options);
    HouseholdRepository repository(database);
    const bool saved = repository.saveMany(
        households,
        [&err](int done, int total) {
            err << Texts::tr("%1 of %2 households written").arg(done).arg(total) << '\r';
            err.flush();
        },
        options.referenceDate);
    err << '\n';
    if (!saved)
        return fail(err, Failure, repository.errorString());

    if (json) {
        print(out, QJsonObject{{QStringLiteral("households"), int(households.size())},
                               {QStringLiteral("seed"), QString::number(options.seed)},
                               {QStringLiteral("milliseconds"), double(timer.elapsed())}});
    } else {
        out << Texts::tr("%n synthetic household(s) written (seed %1) in %2 s", nullptr,
                         int(households.size()))
                   .arg(options.seed)
                   .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
            << '\n';
        out.flush();
    }
    return Success;
}

} // namespace Jiuzhu
