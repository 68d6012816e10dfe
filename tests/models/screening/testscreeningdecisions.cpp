// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>
#include <QTest>

#include "catalogue/catalogue.h"
#include "households/areas.h"
#include "matching/decision.h"
#include "matching/matcher.h"
#include "screening/caseloadgenerator.h"
#include "screening/coveragegaps.h"
#include "screening/facttable.h"
#include "screening/screening.h"
#include "screening/screeningdecisions.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"

using namespace Jiuzhu;

// Exported coverage gaps are decisions too: each is kept with the facts the screening saw, in
// the same shape as a decision taken from Matcher::match, so that it goes stale the same way.
class TestScreeningDecisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void equalDecisionsFromMatcher();
    void keepsMemberUuidsAndNamesAsWritten();
    void recordsEachGapOnceAndAgainWhenItChanges();
    void recordsNothingForNoGaps();
    void sameFactsOnALaterDayAreNothingNew();

private:
    QList<Household> caseload(int count) const;

    std::optional<Catalogue> m_catalogue;
    std::optional<Areas> m_areas;
    std::unique_ptr<Database> m_db;
};

namespace {

const QDate AsOf(2026, 12, 4);

struct Screened
{
    FactTable table;
    std::unique_ptr<Screening> screening;
    QList<CoverageGap> gaps;
};

Screened screen(const QList<Household> &households, const Catalogue &catalogue)
{
    Screened s;
    s.table = FactTable::build(households, AsOf);
    s.screening = std::make_unique<Screening>(catalogue, AsOf);
    s.gaps = CoverageGaps::find(*s.screening, s.screening->run(s.table), s.table);
    return s;
}

} // namespace

void TestScreeningDecisions::initTestCase()
{
    m_catalogue = Catalogue::loadBundled().value();
    m_areas = Areas::loadBundled().value();
}

void TestScreeningDecisions::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(QStringLiteral(":memory:")));
}

void TestScreeningDecisions::cleanup()
{
    m_db.reset();
}

QList<Household> TestScreeningDecisions::caseload(int count) const
{
    CaseloadOptions options;
    options.households = count;
    options.seed = 42;
    options.referenceDate = AsOf;
    return CaseloadGenerator(*m_areas).generate(options);
}

void TestScreeningDecisions::equalDecisionsFromMatcher()
{
    QList<Household> households = caseload(150);
    // Versions differ between households in a real store; the decision must carry each one's.
    for (int i = 0; i < households.size(); ++i)
        households[i].sync.version = 1 + i % 4;
    const Screened s = screen(households, *m_catalogue);
    QVERIFY(s.gaps.size() > 100);

    const QList<Decision> exported =
        ScreeningDecisions::fromGaps(s.gaps, *s.screening, s.table, *m_catalogue);
    QCOMPARE(exported.size(), s.gaps.size());

    QHash<QString, const Household *> byUuid;
    for (const Household &h : std::as_const(households))
        byUuid.insert(h.sync.uuid, &h);
    const Matcher matcher(*m_catalogue);
    int memberScope = 0;
    for (const Decision &d : exported) {
        const Household &household = *byUuid.value(d.householdUuid);
        const QList<Decision> fromMatch = DecisionLog::fromMatch(
            household, matcher.match(household, AsOf), *m_catalogue, QStringLiteral("exported"));
        const auto same =
            std::find_if(fromMatch.cbegin(), fromMatch.cend(),
                         [&d](const Decision &m) { return m.policyCode == d.policyCode; });
        QVERIFY2(same != fromMatch.cend(), qPrintable(d.policyCode));
        const QString where = d.householdUuid + QLatin1Char(' ') + d.policyCode;
        QVERIFY2(d.inputs == same->inputs, qPrintable(where));
        QCOMPARE(d.status, same->status);
        QCOMPARE(d.amountFen, same->amountFen);
        QCOMPARE(d.rule, same->rule);
        QCOMPARE(d.householdVersion, household.sync.version);
        QCOMPARE(d.catalogueVersion, m_catalogue->version());
        QCOMPARE(d.asOf, AsOf);
        QCOMPARE(d.purpose, QStringLiteral("exported"));
        // Held against the same household, nothing has changed.
        const DecisionReview review = DecisionLog::review(d, household, *m_catalogue);
        QVERIFY2(!review.isStale, qPrintable(where));
        memberScope += d.inputs.contains(QStringLiteral("members")) ? 1 : 0;
    }
    QVERIFY(memberScope > 0);
}

void TestScreeningDecisions::keepsMemberUuidsAndNamesAsWritten()
{
    // Stores synchronised from elsewhere may hold UUIDs in capitals or in no UUID form at all;
    // the decision must name the member exactly as the household does.
    QList<Household> households = caseload(3);
    QVERIFY(households.at(0).members.size() >= 1);
    households[0].members[0].sync.uuid = QStringLiteral("6F9619FF-8B86-D011-B42D-00C04FC964FF");
    households[1].members[0].sync.uuid = QStringLiteral("member-one");
    households[2].members[0].name = households.at(0).members.at(0).name;
    const FactTable table = FactTable::build(households, AsOf);
    for (int h = 0; h < households.size(); ++h) {
        for (int m = 0; m < households.at(h).members.size(); ++m) {
            const Member &member = households.at(h).members.at(m);
            QCOMPARE(table.memberUuid(table.firstMember(h) + m), member.sync.uuid);
            QCOMPARE(table.memberName(table.firstMember(h) + m), member.name);
        }
        QCOMPARE(table.version(h), households.at(h).sync.version);
    }
}

void TestScreeningDecisions::recordsEachGapOnceAndAgainWhenItChanges()
{
    HouseholdRepository repository(*m_db);
    QList<Household> households = caseload(60);
    QVERIFY(repository.saveMany(households, {}, AsOf));
    std::optional<QList<Household>> stored = repository.loadAll();
    QVERIFY(stored);

    DecisionRepository decisions(*m_db);
    Screened s = screen(*stored, *m_catalogue);
    int lastDone = 0;
    int lastTotal = 0;
    const int first = decisions.recordMany(
        ScreeningDecisions::fromGaps(s.gaps, *s.screening, s.table, *m_catalogue),
        [&](int done, int total) {
            QVERIFY(done > lastDone);
            lastDone = done;
            lastTotal = total;
        });
    QCOMPARE(first, int(s.gaps.size()));
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, int(s.gaps.size()));

    // Exporting the same list again says nothing new.
    QCOMPARE(decisions.recordMany(
                 ScreeningDecisions::fromGaps(s.gaps, *s.screening, s.table, *m_catalogue)),
             0);

    // One household's income changes: its exported decisions go stale, naming the fact, and
    // the next export records only that household's gaps again.
    QVERIFY(!s.gaps.isEmpty());
    Household changed = stored->at(s.gaps.first().household);
    const auto isChanged = [&changed](const CoverageGap &gap, const FactTable &table) {
        return table.uuid(gap.household) == changed.sync.uuid;
    };
    const qsizetype gapsBefore = std::count_if(
        s.gaps.cbegin(), s.gaps.cend(), [&](const auto &g) { return isChanged(g, s.table); });
    QVERIFY(gapsBefore > 0);
    QVERIFY(!changed.members.isEmpty());
    changed.members[0].incomes.append(Income{QStringLiteral("wage"), 123400});
    QVERIFY(repository.save(changed, AsOf));
    const Household reloaded = *repository.load(changed.sync.uuid);

    for (const Decision &d : decisions.latestForHousehold(changed.sync.uuid)) {
        const DecisionReview review = DecisionLog::review(d, reloaded, *m_catalogue);
        QVERIFY(review.isStale);
        QVERIFY(std::any_of(review.changes.cbegin(), review.changes.cend(),
                            [](const DecisionChange &c) {
                                return c.path == QLatin1String("household.income_monthly");
                            }));
    }

    stored = repository.loadAll();
    s = screen(*stored, *m_catalogue);
    const qsizetype gapsAfter = std::count_if(s.gaps.cbegin(), s.gaps.cend(),
                                              [&](const auto &g) { return isChanged(g, s.table); });
    QCOMPARE(decisions.recordMany(
                 ScreeningDecisions::fromGaps(s.gaps, *s.screening, s.table, *m_catalogue)),
             int(gapsAfter));

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT COUNT(*) FROM decisions WHERE purpose = 'exported' AND household_version = 2")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), int(gapsAfter));
}

void TestScreeningDecisions::recordsNothingForNoGaps()
{
    DecisionRepository decisions(*m_db);
    QCOMPARE(decisions.recordMany({}), 0);
    QVERIFY(decisions.errorString().isEmpty());
}

void TestScreeningDecisions::sameFactsOnALaterDayAreNothingNew()
{
    HouseholdRepository repository(*m_db);
    QList<Household> households = caseload(20);
    QVERIFY(repository.saveMany(households, {}, AsOf));
    const Screened s = screen(*repository.loadAll(), *m_catalogue);
    DecisionRepository decisions(*m_db);
    QList<Decision> today =
        ScreeningDecisions::fromGaps(s.gaps, *s.screening, s.table, *m_catalogue);
    QCOMPARE(decisions.recordMany(today), int(today.size()));

    // Exported again the next day with the same facts and results: nothing to keep.
    for (Decision &d : today)
        d.asOf = d.asOf.addDays(1);
    QCOMPARE(decisions.recordMany(today), 0);
    // A different result for the same facts is kept.
    today.first().status = QStringLiteral("not_eligible");
    QCOMPARE(decisions.recordMany(today), 1);
}

QTEST_GUILESS_MAIN(TestScreeningDecisions)
#include "testscreeningdecisions.moc"
