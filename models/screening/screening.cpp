// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screening.h"

#include <algorithm>
#include <thread>

#include <QJsonObject>

#include "catalogue/catalogue.h"
#include "rules/eligibility.h"
#include "rules/jsonlogic.h"
#include "rules/jsonlogicnode.h"
#include "screening/batchrule.h"
#include "screening/blockevaluator.h"
#include "screening/factschema.h"
#include "screening/facttable.h"
#include "screening/logging.h"

namespace Jiuzhu {

namespace {

constexpr int OverflowSlot = 63;

// Whether a lookup of the path can come back empty: a nullable fact, a fact the schema does
// not know, a member fact outside member scope, a parameter without a value.
bool canBeMissing(const QString &path, bool isMemberScope, const QHash<QString, double> &parameters)
{
    static const QString paramPrefix = QStringLiteral("param.");
    if (path.startsWith(paramPrefix))
        return !parameters.contains(path.mid(paramPrefix.size()));
    const FactSchema &schema = FactSchema::standard();
    const int column = schema.column(path);
    if (column < 0)
        return true;
    const FactColumn &info = schema.columns().at(column);
    return info.isNullable || (info.scope == FactScope::Member && !isMemberScope);
}

// Gives a missing-fact bit to every path a rule run through the JSON evaluator may report.
template <typename SlotFor>
void collectPaths(const JsonLogic::Node &node, bool isMemberScope,
                  const QHash<QString, double> &parameters, const SlotFor &slotFor)
{
    const bool isPath = node.op == JsonLogic::Op::Var || node.op == JsonLogic::Op::Val;
    if (isPath && node.staticPath && !node.pathText.isEmpty() &&
        canBeMissing(node.pathText, isMemberScope, parameters)) {
        slotFor(node.pathText);
    }
    for (const JsonLogic::Node &arg : node.args)
        collectPaths(arg, isMemberScope, parameters, slotFor);
}

} // namespace

ScreeningResult::ScreeningResult(int households, int policies)
    : m_households(households)
    , m_policies(policies)
    , m_status(size_t(households) * size_t(policies), quint8(MatchStatus::NotEligible))
    , m_extras(size_t((households + ChunkSize - 1) / ChunkSize))
{
}

// A cell nobody in the household is (possibly) eligible for has neither amount nor missing
// facts, so only the others are looked up.
const ScreeningResult::Extra *ScreeningResult::extra(int household, int policy) const
{
    if (status(household, policy) == MatchStatus::NotEligible)
        return nullptr;
    const std::vector<Extra> &chunk = m_extras[size_t(household / ChunkSize)];
    const auto it = std::lower_bound(chunk.begin(), chunk.end(), std::pair(policy, household),
                                     [](const Extra &e, const std::pair<int, int> &cell) {
                                         return e.policy != cell.first ? e.policy < cell.first
                                                                       : e.household < cell.second;
                                     });
    if (it == chunk.end() || it->policy != policy || it->household != household)
        return nullptr;
    return &*it;
}

std::optional<qint64> ScreeningResult::amountFen(int household, int policy) const
{
    const Extra *e = extra(household, policy);
    return e && e->amount != NoAmount ? std::optional<qint64>(e->amount) : std::nullopt;
}

quint64 ScreeningResult::missingMask(int household, int policy) const
{
    const Extra *e = extra(household, policy);
    return e ? e->missing : 0;
}

int ScreeningResult::count(int policy, MatchStatus status) const
{
    int total = 0;
    for (int h = 0; h < m_households; ++h)
        total += this->status(h, policy) == status ? 1 : 0;
    return total;
}

struct Screening::Program
{
    const Policy *policy = nullptr;
    bool isMemberScope = false;
    JsonLogic::CompiledRule rule;
    std::optional<JsonLogic::CompiledRule> formula;
    std::optional<BatchRule> batchRule;
    std::optional<BatchRule> batchFormula;
};

Screening::Screening(const Catalogue &catalogue, const QDate &asOf,
                     const QHash<QString, double> &parameterOverrides, Engine engine)
    : m_asOf(asOf)
{
    for (auto it = catalogue.parameters().cbegin(); it != catalogue.parameters().cend(); ++it) {
        if (const ParameterValue *value = it.value().valueOn(asOf))
            m_parameters.insert(it.key(), value->value);
    }
    for (auto it = parameterOverrides.cbegin(); it != parameterOverrides.cend(); ++it)
        m_parameters.insert(it.key(), it.value());

    for (const Policy &policy : catalogue.policies()) {
        auto rule = JsonLogic::CompiledRule::compile(policy.eligibility);
        if (!rule) {
            qCWarning(lcScreening) << "rule of" << policy.code << "does not compile; left out";
            continue;
        }
        auto program = std::make_unique<Program>();
        program->policy = &policy;
        program->isMemberScope = policy.scope == QLatin1String("member");
        program->rule = rule.value();
        if (!policy.amountFormula.isNull() && !policy.amountFormula.isUndefined()) {
            auto formula = JsonLogic::CompiledRule::compile(policy.amountFormula);
            if (formula)
                program->formula = formula.value();
        }

        BatchRule::Environment env;
        env.isMemberScope = program->isMemberScope;
        env.parameters = m_parameters;
        env.slot = [this](const QString &path) {
            return slot(path);
        };
        env.literal = [this](const QString &text) {
            return literal(text);
        };
        QString whyNot = QStringLiteral("JSON engine chosen");
        if (engine == Engine::Batch)
            program->batchRule = BatchRule::compile(*program->rule.root(), env, &whyNot);
        if (!program->batchRule) {
            qCInfo(lcScreening) << "policy" << policy.code << "rule runs unbatched:" << whyNot;
            collectPaths(*program->rule.root(), env.isMemberScope, m_parameters, env.slot);
        }
        if (program->formula) {
            if (engine == Engine::Batch)
                program->batchFormula = BatchRule::compile(*program->formula->root(), env, &whyNot);
            if (!program->batchFormula) {
                qCInfo(lcScreening)
                    << "policy" << policy.code << "formula runs unbatched:" << whyNot;
                collectPaths(*program->formula->root(), env.isMemberScope, m_parameters, env.slot);
            }
        }
        m_programs.push_back(std::move(program));
    }
}

Screening::~Screening() = default;

int Screening::slot(const QString &path)
{
    const auto it = m_slotIndex.constFind(path);
    if (it != m_slotIndex.constEnd())
        return it.value();
    if (m_slots.size() >= OverflowSlot) {
        qCWarning(lcScreening) << "more than 63 facts can be missing; the rest share one bit";
        return OverflowSlot;
    }
    m_slots.append(path);
    m_slotIndex.insert(path, int(m_slots.size()) - 1);
    return int(m_slots.size()) - 1;
}

int Screening::literal(const QString &text)
{
    const auto it = m_literalIndex.constFind(text);
    if (it != m_literalIndex.constEnd())
        return it.value();
    m_literals.append(text);
    m_literalIndex.insert(text, int(m_literals.size()) - 1);
    return int(m_literals.size()) - 1;
}

int Screening::policyCount() const
{
    return int(m_programs.size());
}

const Policy &Screening::policy(int index) const
{
    return *m_programs[size_t(index)]->policy;
}

int Screening::policyIndex(const QString &code) const
{
    for (size_t i = 0; i < m_programs.size(); ++i) {
        if (m_programs[i]->policy->code == code)
            return int(i);
    }
    return -1;
}

QStringList Screening::fallbackPolicies() const
{
    QStringList codes;
    for (const auto &program : m_programs) {
        if (!program->batchRule || (program->formula && !program->batchFormula))
            codes << program->policy->code;
    }
    return codes;
}

QStringList Screening::missingFacts(quint64 mask) const
{
    QStringList paths;
    for (int i = 0; i < 64; ++i) {
        if (!(mask & (quint64(1) << i)))
            continue;
        paths << (i < m_slots.size() ? m_slots.at(i) : QStringLiteral("…"));
    }
    return paths;
}

// Screens blocks of households for every policy. Each thread has its own worker; the JSON data
// for policies that run unbatched is built once per row and kept while that row lasts.
class Screening::Worker
{
public:
    Worker(const Screening &screening, const FactTable &table, const BatchStrings &strings,
           ScreeningResult &result)
        : m_screening(screening)
        , m_table(table)
        , m_strings(strings)
        , m_result(result)
        , m_block(table, strings)
    {
        for (const auto &program : screening.m_programs) {
            m_codeIds.push_back(table.stringId(program->policy->code));
            m_ruleMemos.push_back(program->batchRule ? program->batchRule->memo(table)
                                                     : BatchRule::Memo());
            m_formulaMemos.push_back(program->batchFormula ? program->batchFormula->memo(table)
                                                           : BatchRule::Memo());
        }
        for (auto it = screening.m_parameters.cbegin(); it != screening.m_parameters.cend(); ++it)
            m_parameters.insert(it.key(), it.value());
    }

    void screen(int begin, int end);

private:
    void evaluateRule(size_t p);
    void rankHouseholds(bool isMemberScope, int households);
    void writeStatuses(size_t p, int begin, int end);
    void fold(size_t p, int household, int firstSubject, int endSubject,
              std::vector<ScreeningResult::Extra> &extras);
    std::optional<qint64> amount(size_t p, const BatchRule::Row &row);
    QJsonObject data(int household, int member);
    quint64 maskOf(const QStringList &paths) const;

    const Screening &m_screening;
    const FactTable &m_table;
    const BatchStrings &m_strings;
    ScreeningResult &m_result;
    BlockEvaluator m_block;
    std::vector<int> m_codeIds;
    std::vector<BatchRule::Memo> m_ruleMemos;
    std::vector<BatchRule::Memo> m_formulaMemos;
    std::vector<quint8> m_ranks;     // per subject of the block: 0 NotMet, 1 Unknown, 2 Met
    std::vector<quint64> m_missing;  // per subject, where Unknown
    std::vector<int> m_memberStarts; // first member subject of each household of the block
    std::vector<qint8> m_best;       // per household of the block: -1 no subject, else a rank
    QJsonObject m_parameters;
    int m_cachedHousehold = -1;
    QJsonObject m_householdFacts;
};

quint64 Screening::Worker::maskOf(const QStringList &paths) const
{
    quint64 mask = 0;
    for (const QString &path : paths) {
        const int slot = m_screening.m_slotIndex.value(path, OverflowSlot);
        mask |= quint64(1) << slot;
    }
    return mask;
}

QJsonObject Screening::Worker::data(int household, int member)
{
    if (m_cachedHousehold != household) {
        m_householdFacts = m_table.householdFacts(household);
        m_cachedHousehold = household;
    }
    QJsonObject object{{QStringLiteral("household"), m_householdFacts},
                       {QStringLiteral("param"), m_parameters}};
    if (member >= 0)
        object.insert(QStringLiteral("member"), m_table.memberFacts(member));
    return object;
}

// Outcomes of every subject (household or member) of the block for one policy's rule.
void Screening::Worker::evaluateRule(size_t p)
{
    const Program &program = *m_screening.m_programs[p];
    if (program.batchRule) {
        m_block.evaluate(*program.batchRule, &m_ruleMemos[p], m_ranks, m_missing);
        return;
    }

    const int subjects = m_block.subjectCount(program.isMemberScope);
    if (m_ranks.size() < size_t(subjects)) {
        m_ranks.resize(size_t(subjects));
        m_missing.resize(size_t(subjects));
    }
    for (int s = 0; s < subjects; ++s) {
        const BatchRule::Row row = m_block.row(program.isMemberScope, s);
        QStringList missing;
        const JsonLogic::Outcome outcome =
            JsonLogic::evaluateOutcome(program.rule, data(row.household, row.member), &missing);
        m_ranks[size_t(s)] = quint8(JsonLogic::outcomeRank(outcome));
        m_missing[size_t(s)] = maskOf(missing);
    }
}

std::optional<qint64> Screening::Worker::amount(size_t p, const BatchRule::Row &row)
{
    const Program &program = *m_screening.m_programs[p];
    bool isUnknown = false;
    std::optional<qint64> fen;
    if (program.batchFormula) {
        fen = program.batchFormula->amount(m_table, m_strings, row, &isUnknown, &m_formulaMemos[p]);
    } else {
        const QJsonValue value = JsonLogic::evaluateAmount(
            *program.formula, data(row.household, row.member), &isUnknown);
        if (!isUnknown && value.isDouble() && std::isfinite(value.toDouble()))
            fen = std::max<qint64>(0, qRound64(value.toDouble()));
    }
    return isUnknown ? std::nullopt : fen;
}

void Screening::Worker::screen(int begin, int end)
{
    // Policy by policy over a block of households rather than household by household: the
    // few columns one rule reads are then scanned in order while the block's rows stay in
    // cache, instead of every column of the table being touched for each household.
    m_block.setBlock(begin, end);
    const int households = end - begin;
    m_memberStarts.resize(size_t(households) + 1);
    for (int i = 0; i <= households; ++i)
        m_memberStarts[size_t(i)] = m_table.firstMember(begin + i) - m_table.firstMember(begin);
    std::vector<ScreeningResult::Extra> &extras =
        m_result.m_extras[size_t(begin / ScreeningResult::ChunkSize)];
    extras.clear();

    for (size_t p = 0; p < m_screening.m_programs.size(); ++p) {
        const bool isMemberScope = m_screening.m_programs[p]->isMemberScope;
        evaluateRule(p);
        rankHouseholds(isMemberScope, households);
        writeStatuses(p, begin, end);
        for (int i = 0; i < households; ++i) {
            if (m_best[size_t(i)] < 1)
                continue;
            const int first = isMemberScope ? m_memberStarts[size_t(i)] : i;
            const int last = isMemberScope ? m_memberStarts[size_t(i) + 1] : i + 1;
            fold(p, begin + i, first, last, extras);
        }
    }
}

// As Matcher folds members into the household, the best outcome of its subjects wins: -1
// when a member-scope policy has no member to look at.
void Screening::Worker::rankHouseholds(bool isMemberScope, int households)
{
    m_best.resize(size_t(households));
    if (!isMemberScope) {
        for (int i = 0; i < households; ++i)
            m_best[size_t(i)] = qint8(m_ranks[size_t(i)]);
        return;
    }
    for (int i = 0; i < households; ++i) {
        qint8 best = -1;
        for (int s = m_memberStarts[size_t(i)]; s < m_memberStarts[size_t(i) + 1]; ++s)
            best = std::max(best, qint8(m_ranks[size_t(s)]));
        m_best[size_t(i)] = best;
    }
}

void Screening::Worker::writeStatuses(size_t p, int begin, int end)
{
    static constexpr quint8 ByRank[] = {
        quint8(MatchStatus::NotEligible), quint8(MatchStatus::NotEligible),
        quint8(MatchStatus::PossiblyEligible), quint8(MatchStatus::Eligible)};
    quint8 *status = m_result.m_status.data() + m_result.index(begin, int(p));
    const int households = end - begin;
    for (int i = 0; i < households; ++i)
        status[i] = ByRank[m_best[size_t(i)] + 1];

    const int code = m_codeIds[p];
    const int words = m_table.setWords();
    if (code < 0 || code >= words * 64)
        return;
    const quint64 *received = m_table.receivedByAnyone(begin) + code / 64;
    const quint64 bit = quint64(1) << (code % 64);
    for (int i = 0; i < households; ++i) {
        if (received[size_t(i) * size_t(words)] & bit)
            status[i] = quint8(MatchStatus::Receiving);
    }
}

// The amount and missing facts of a household some subject of which is (possibly) eligible:
// the amount is the sum over eligible subjects, or over the possibly eligible when nobody is
// eligible yet.
void Screening::Worker::fold(size_t p, int household, int firstSubject, int endSubject,
                             std::vector<ScreeningResult::Extra> &extras)
{
    const Program &program = *m_screening.m_programs[p];
    int best = -1;
    quint64 missing = 0;
    qint64 eligibleTotal = 0;
    qint64 possibleTotal = 0;
    bool hasEligibleAmount = false;
    bool hasPossibleAmount = false;
    for (int s = firstSubject; s < endSubject; ++s) {
        const int subjectRank = m_ranks[size_t(s)];
        best = std::max(best, subjectRank);
        if (subjectRank == 0)
            continue;
        if (subjectRank == 1)
            missing |= m_missing[size_t(s)];
        if (!program.formula)
            continue;
        const std::optional<qint64> fen = amount(p, m_block.row(program.isMemberScope, s));
        if (!fen)
            continue;
        if (subjectRank == 2) {
            eligibleTotal += *fen;
            hasEligibleAmount = true;
        } else {
            possibleTotal += *fen;
            hasPossibleAmount = true;
        }
    }

    qint64 amount = ScreeningResult::NoAmount;
    if (hasEligibleAmount)
        amount = eligibleTotal;
    else if (best == 1 && hasPossibleAmount)
        amount = possibleTotal;
    if (amount != ScreeningResult::NoAmount || missing != 0)
        extras.push_back(ScreeningResult::Extra{qint32(p), household, amount, missing});
}

ScreeningResult Screening::run(const FactTable &table, int threads, const Progress &progress,
                               const std::atomic_bool *cancel) const
{
    const int households = table.householdCount();
    ScreeningResult result(households, policyCount());
    const BatchStrings strings(table, m_literals);

    std::atomic_int next{0};
    std::atomic_int done{0};
    std::atomic_bool stopped{false};
    // Blocks are handed out in order from one counter, so threads write disjoint rows. Only the
    // calling thread, which screens too, reports progress.
    const auto work = [&](bool reports) {
        Worker worker(*this, table, strings, result);
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const int begin = next.fetch_add(ScreeningResult::ChunkSize);
            if (begin >= households)
                return;
            const int end = std::min(households, begin + ScreeningResult::ChunkSize);
            worker.screen(begin, end);
            const int total = done.fetch_add(end - begin) + (end - begin);
            if (reports && progress)
                progress(total, households);
        }
    };

    std::vector<std::thread> helpers;
    for (int i = 1; i < std::max(1, threads); ++i)
        helpers.emplace_back(work, false);
    work(true);
    for (std::thread &helper : helpers)
        helper.join();
    if (progress)
        progress(done.load(), households);

    result.m_isComplete = !stopped.load();
    return result;
}

} // namespace Jiuzhu
