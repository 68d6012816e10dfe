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
#include "screening/factschema.h"
#include "screening/facttable.h"
#include "screening/logging.h"

namespace Jiuzhu {

namespace {

constexpr int BlockSize = 512;
constexpr int OverflowSlot = 63;

int rank(JsonLogic::Outcome outcome)
{
    switch (outcome) {
    case JsonLogic::Outcome::Met:
        return 2;
    case JsonLogic::Outcome::Unknown:
        return 1;
    case JsonLogic::Outcome::NotMet:
        return 0;
    }
    return 0;
}

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
    , m_amount(size_t(households) * size_t(policies), NoAmount)
    , m_missing(size_t(households) * size_t(policies), 0)
{
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

// Screens a range of households for every policy. Each thread has its own worker; the JSON
// data for policies that run unbatched is built once per row and kept while that row lasts.
class Screening::Worker
{
public:
    Worker(const Screening &screening, const FactTable &table, const BatchStrings &strings,
           ScreeningResult &result)
        : m_screening(screening)
        , m_table(table)
        , m_strings(strings)
        , m_result(result)
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
    struct Subject
    {
        JsonLogic::Outcome outcome = JsonLogic::Outcome::NotMet;
        quint64 missing = 0;
        std::optional<qint64> amount;
    };

    void screen(int household, size_t policy);
    Subject evaluate(size_t index, int household, int member);
    QJsonObject data(int household, int member);
    quint64 maskOf(const QStringList &paths) const;

    const Screening &m_screening;
    const FactTable &m_table;
    const BatchStrings &m_strings;
    ScreeningResult &m_result;
    std::vector<int> m_codeIds;
    std::vector<BatchRule::Memo> m_ruleMemos;
    std::vector<BatchRule::Memo> m_formulaMemos;
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

Screening::Worker::Subject Screening::Worker::evaluate(size_t index, int household, int member)
{
    const Program &program = *m_screening.m_programs[index];
    Subject subject;
    const BatchRule::Row row{household, member};
    if (program.batchRule) {
        subject.outcome = program.batchRule->outcome(m_table, m_strings, row, &subject.missing,
                                                     &m_ruleMemos[index]);
    } else {
        QStringList missing;
        subject.outcome =
            JsonLogic::evaluateOutcome(program.rule, data(household, member), &missing);
        subject.missing = maskOf(missing);
    }
    if (!program.formula || subject.outcome == JsonLogic::Outcome::NotMet)
        return subject;

    bool isUnknown = false;
    if (program.batchFormula) {
        subject.amount = program.batchFormula->amount(m_table, m_strings, row, &isUnknown,
                                                      &m_formulaMemos[index]);
    } else {
        const QJsonValue amount =
            JsonLogic::evaluateAmount(*program.formula, data(household, member), &isUnknown);
        if (!isUnknown && amount.isDouble() && std::isfinite(amount.toDouble()))
            subject.amount = std::max<qint64>(0, qRound64(amount.toDouble()));
    }
    if (isUnknown)
        subject.amount.reset();
    return subject;
}

// Folds members into the household as Matcher does: the best outcome wins; the amount is the
// sum over eligible members, or over the possibly eligible when nobody is eligible yet.
void Screening::Worker::screen(int begin, int end)
{
    // Policy by policy over a block of households rather than household by household: the
    // few columns one rule reads are then scanned in order while the block's rows stay in
    // cache, instead of every column of the table being touched for each household.
    for (size_t p = 0; p < m_screening.m_programs.size(); ++p) {
        for (int household = begin; household < end; ++household)
            screen(household, p);
    }
}

void Screening::Worker::screen(int household, size_t p)
{
    const int first = m_table.firstMember(household);
    const int end = m_table.endMember(household);
    const quint64 *received = m_table.receivedByAnyone(household);
    const int words = m_table.setWords();
    {
        const Program &program = *m_screening.m_programs[p];
        int best = -1;
        quint64 missing = 0;
        qint64 eligibleTotal = 0;
        qint64 possibleTotal = 0;
        bool hasEligibleAmount = false;
        bool hasPossibleAmount = false;
        const auto fold = [&](const Subject &subject) {
            best = std::max(best, rank(subject.outcome));
            if (subject.outcome == JsonLogic::Outcome::Unknown)
                missing |= subject.missing;
            if (!subject.amount)
                return;
            if (subject.outcome == JsonLogic::Outcome::Met) {
                eligibleTotal += *subject.amount;
                hasEligibleAmount = true;
            } else {
                possibleTotal += *subject.amount;
                hasPossibleAmount = true;
            }
        };
        if (program.isMemberScope && program.batchRule &&
            program.batchRule->rejectsHousehold(m_table, m_strings, household, &m_ruleMemos[p])) {
            // Every member would be NotMet, with neither amount nor missing facts.
            best = first < end ? 0 : -1;
        } else if (program.isMemberScope) {
            for (int m = first; m < end; ++m)
                fold(evaluate(p, household, m));
        } else {
            fold(evaluate(p, household, -1));
        }

        const size_t index = m_result.index(household, int(p));
        if (hasEligibleAmount)
            m_result.m_amount[index] = eligibleTotal;
        else if (best == 1 && hasPossibleAmount)
            m_result.m_amount[index] = possibleTotal;
        m_result.m_missing[index] = missing;

        const int code = m_codeIds[p];
        const bool receives =
            code >= 0 && code < words * 64 && ((received[code / 64] >> (code % 64)) & 1);
        MatchStatus status = MatchStatus::NotEligible;
        if (receives)
            status = MatchStatus::Receiving;
        else if (best == 2)
            status = MatchStatus::Eligible;
        else if (best == 1)
            status = MatchStatus::PossiblyEligible;
        m_result.m_status[index] = quint8(status);
    }
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
            const int begin = next.fetch_add(BlockSize);
            if (begin >= households)
                return;
            const int end = std::min(households, begin + BlockSize);
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
