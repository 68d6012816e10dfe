// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Caseload screening benchmark: N synthetic households × the bundled catalogue, screened by the
// batch engine on one thread and on several, against the straightforward approach of loading
// each household from SQLite with its own queries and running Matcher::match on it. Prints
// the timings; docs/performance.md records a run.

#include <algorithm>
#include <chrono>
#include <ctime>
#include <thread>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "matching/matcher.h"
#include "screening/caseloadgenerator.h"
#include "screening/facttable.h"
#include "screening/screening.h"
#include "storage/database.h"
#include "storage/householdrepository.h"

using namespace Jiuzhu;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of the calling thread: on a shared machine the wall clock also counts the time
// other processes held the core.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

template <typename F>
double bestOf(int repeats, F &&run)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const Clock::time_point start = Clock::now();
        run();
        best = std::min(best, secondsSince(start));
    }
    return best;
}

int checksum(const ScreeningResult &result)
{
    int eligible = 0;
    for (int h = 0; h < result.householdCount(); ++h) {
        for (int p = 0; p < result.policyCount(); ++p)
            eligible += result.status(h, p) == MatchStatus::Eligible ? 1 : 0;
    }
    return eligible;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Caseload screening benchmark"));
    parser.addHelpOption();
    const QCommandLineOption householdsOption(QStringLiteral("households"),
                                              QStringLiteral("Households to screen."),
                                              QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                        QStringLiteral("S"), QStringLiteral("20261204"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), QStringLiteral("Threads for the multi-threaded run."),
        QStringLiteral("T"), QString::number(std::max(2u, std::thread::hardware_concurrency())));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per timing; the best is kept."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("SQLite store for the straightforward approach; filled when empty."),
        QStringLiteral("FILE"), QStringLiteral("bench-caseload.sqlite"));
    const QCommandLineOption subsetOption(
        QStringLiteral("subset"),
        QStringLiteral("Households timed one by one through SQL; the rest is extrapolated."),
        QStringLiteral("K"), QStringLiteral("5000"));
    const QCommandLineOption skipSqlOption(
        QStringLiteral("skip-sql"), QStringLiteral("Leave out the straightforward approach."));
    const QCommandLineOption storeHouseholdsOption(
        QStringLiteral("store-households"),
        QStringLiteral("Households in the SQLite store (the first M of the caseload); the "
                       "straightforward approach samples them. Default: all."),
        QStringLiteral("M"));
    const QCommandLineOption catalogueOption(
        QStringLiteral("catalogue"),
        QStringLiteral("Folder with policies.json and facts.json instead of the bundled ones."),
        QStringLiteral("DIR"));
    parser.addOptions({householdsOption, seedOption, threadsOption, repeatOption, storeOption,
                       subsetOption, skipSqlOption, storeHouseholdsOption, catalogueOption});
    parser.process(app);

    QTextStream out(stdout);
    const int count = parser.value(householdsOption).toInt();
    const int threads = parser.value(threadsOption).toInt();
    const int repeats = std::max(1, parser.value(repeatOption).toInt());
    const int subset = std::clamp(parser.value(subsetOption).toInt(), 1, count);
    const QDate asOf(2026, 12, 4);

    const QString folder = parser.value(catalogueOption);
    Result<Catalogue> catalogue =
        folder.isEmpty() ? Catalogue::loadBundled()
                         : Catalogue::fromFiles(folder + QStringLiteral("/policies.json"),
                                                folder + QStringLiteral("/facts.json"));
    Result<Areas> areas = Areas::loadBundled();
    if (!catalogue || !areas) {
        out << "cannot load the bundled catalogue or areas\n";
        return 1;
    }

    CaseloadOptions options;
    options.households = count;
    options.seed = parser.value(seedOption).toULongLong();
    options.referenceDate = QDate(2026, 6, 1);
    Clock::time_point start = Clock::now();
    QList<Household> households = CaseloadGenerator(*areas).generate(options);
    const double generateSeconds = secondsSince(start);

    start = Clock::now();
    const FactTable table = FactTable::build(households, asOf);
    const double buildSeconds = secondsSince(start);

    start = Clock::now();
    const Screening screening(*catalogue, asOf);
    const double compileSeconds = secondsSince(start);

    ScreeningResult result;
    double singleCpu = 1e300;
    const double single = bestOf(repeats, [&] {
        const double cpuStart = threadCpuSeconds();
        result = screening.run(table, 1);
        singleCpu = std::min(singleCpu, threadCpuSeconds() - cpuStart);
    });
    const int eligibleSingle = checksum(result);
    const double multi = bestOf(repeats, [&] { result = screening.run(table, threads); });
    const int eligibleMulti = checksum(result);

    const Screening jsonScreening(*catalogue, asOf, {}, Screening::Engine::Json);
    const FactTable subsetTable = FactTable::build(households.mid(0, subset), asOf);
    const double jsonSubset = bestOf(1, [&] { jsonScreening.run(subsetTable, 1); });

    out << "households " << count << ", members " << table.memberCount() << ", policies "
        << screening.policyCount() << ", batch-compiled "
        << screening.policyCount() - screening.fallbackPolicies().size() << '\n'
        << "generate           " << generateSeconds << " s\n"
        << "build fact table   " << buildSeconds << " s\n"
        << "compile rules      " << compileSeconds * 1000 << " ms\n"
        << "screen, 1 thread   " << single << " s wall, " << singleCpu << " s thread CPU (best of "
        << repeats << ")\n"
        << "screen, " << threads << " threads  " << multi << " s wall (best of " << repeats << ")\n"
        << "JSON evaluator over the table, " << subset << " households: " << jsonSubset
        << " s, extrapolated " << jsonSubset * count / subset << " s\n";
    out.flush();
    if (parser.isSet(skipSqlOption))
        return 0;

    // The straightforward approach: a store with the whole caseload, then one load (three
    // queries) and one Matcher::match per household.
    Database database(QStringLiteral("bench"));
    const QString storePath = parser.value(storeOption);
    if (!database.open(storePath)) {
        out << "cannot open the store: " << database.errorString() << '\n';
        return 1;
    }
    HouseholdRepository repository(database);
    double fillSeconds = 0;
    const int stored = parser.isSet(storeHouseholdsOption)
                           ? std::clamp(parser.value(storeHouseholdsOption).toInt(), 1, count)
                           : count;
    if (repository.count() != stored) {
        if (repository.count() != 0) {
            out << "the store holds another caseload; remove " << storePath << '\n';
            return 1;
        }
        start = Clock::now();
        // The generator makes the first M households of a caseload the same for any size, so
        // a smaller store holds exactly the caseload's first M households.
        QList<Household> storedHouseholds = households.mid(0, stored);
        if (!repository.saveMany(storedHouseholds, {}, options.referenceDate)) {
            out << "cannot fill the store: " << repository.errorString() << '\n';
            return 1;
        }
        fillSeconds = secondsSince(start);
    }

    const Matcher matcher(*catalogue);
    const int step = std::max(1, stored / subset);
    int timed = 0;
    double loadSeconds = 0;
    double matchSeconds = 0;
    int eligibleStraight = 0;
    for (int i = 0; i < stored && timed < subset; i += step, ++timed) {
        start = Clock::now();
        const std::optional<Household> loaded = repository.load(households.at(i).sync.uuid);
        loadSeconds += secondsSince(start);
        if (!loaded) {
            out << "household " << households.at(i).sync.uuid << " is not in the store\n";
            return 1;
        }
        start = Clock::now();
        const MatchResult match = matcher.match(*loaded, asOf);
        matchSeconds += secondsSince(start);
        eligibleStraight += int(match.withStatus(MatchStatus::Eligible).size());
    }
    const double perHousehold = (loadSeconds + matchSeconds) / timed;
    const double straightforward = perHousehold * count;

    if (fillSeconds > 0)
        out << "fill store (saveMany, one transaction) " << fillSeconds << " s\n";
    out << "store holds " << stored << " households\n"
        << "straightforward, " << timed << " households timed: load " << loadSeconds
        << " s + match " << matchSeconds << " s = " << perHousehold * 1e6
        << " us per household; extrapolated to " << count << ": " << straightforward << " s\n"
        << "ratio straightforward / screen 1 thread: " << straightforward / single << '\n'
        << "ratio straightforward / screen " << threads << " threads: " << straightforward / multi
        << '\n'
        << "eligible (household × policy) 1 thread " << eligibleSingle << ", " << threads
        << " threads " << eligibleMulti << "; straightforward on its sample " << eligibleStraight
        << '\n';
    return eligibleSingle == eligibleMulti ? 0 : 2;
}
