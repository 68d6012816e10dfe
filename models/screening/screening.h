// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include <QDate>
#include <QHash>
#include <QStringList>

#include "matching/matchresult.h"

namespace Jiuzhu {

class Catalogue;
class FactTable;
struct Policy;

// Statuses, amounts and missing facts of every household × policy of one screening run.
// Statuses are stored flat, policy by policy (as the run writes them). Amounts (fen for the
// policy's period) and missing masks exist only where some subject is eligible or possibly
// eligible, so they are kept apart, per chunk of households, for those cells alone; a missing
// mask's bits name facts through Screening::missingFacts().
class ScreeningResult
{
public:
    ScreeningResult() = default;
    ScreeningResult(int households, int policies);

    int householdCount() const { return m_households; }
    int policyCount() const { return m_policies; }
    // False when the run was cancelled; rows not reached are NotEligible then.
    bool isComplete() const { return m_isComplete; }

    MatchStatus status(int household, int policy) const
    {
        return MatchStatus(m_status[index(household, policy)]);
    }
    std::optional<qint64> amountFen(int household, int policy) const;
    quint64 missingMask(int household, int policy) const;
    int count(int policy, MatchStatus status) const;

private:
    friend class Screening;
    static constexpr qint64 NoAmount = std::numeric_limits<qint64>::min();
    // Households per chunk of extras. Screening hands out blocks of exactly these households,
    // so that one thread writes each chunk, in order of policy and then household.
    static constexpr int ChunkSize = 512;

    struct Extra
    {
        qint32 policy = 0;
        qint32 household = 0;
        qint64 amount = NoAmount;
        quint64 missing = 0;
    };

    size_t index(int household, int policy) const
    {
        return size_t(policy) * size_t(m_households) + size_t(household);
    }
    const Extra *extra(int household, int policy) const;

    int m_households = 0;
    int m_policies = 0;
    bool m_isComplete = true;
    std::vector<quint8> m_status;
    std::vector<std::vector<Extra>> m_extras; // by chunk
};

// Caseload screening (政策找人 for a whole caseload): every policy of a catalogue compiled once
// for one as-of date, optionally with parameters overridden for a what-if, then run over a
// FactTable on several threads. The statuses and amounts equal Matcher::match for every
// household and policy; a rule the batch compiler cannot take runs through the JSON evaluator
// for that policy only. Policies whose rule does not compile are left out, as Matcher does.
class Screening
{
public:
    using Progress = std::function<void(int done, int total)>;

    // Json runs every policy through the JSON evaluator over the same table: slower, for
    // cross-checks and measurements.
    enum class Engine
    {
        Batch,
        Json
    };

    Screening(const Catalogue &catalogue, const QDate &asOf,
              const QHash<QString, double> &parameterOverrides = {}, Engine engine = Engine::Batch);
    ~Screening();
    Screening(const Screening &) = delete;
    Screening &operator=(const Screening &) = delete;

    QDate asOf() const { return m_asOf; }
    int policyCount() const;
    const Policy &policy(int index) const;
    int policyIndex(const QString &code) const;
    // Codes of policies (rule or formula) that run through the JSON evaluator.
    QStringList fallbackPolicies() const;
    // Parameter values in force for this screening, overrides applied.
    const QHash<QString, double> &parameters() const { return m_parameters; }

    // Fact paths behind the bits of a missing mask, in bit order.
    QStringList missingFacts(quint64 mask) const;

    // Runs on `threads` threads (the caller's among them). Progress is reported from the
    // calling thread, in households done; cancel is polled between blocks of households.
    ScreeningResult run(const FactTable &table, int threads = 1, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const;

private:
    struct Program;
    class Worker;

    int slot(const QString &path);
    int literal(const QString &text);

    QDate m_asOf;
    QHash<QString, double> m_parameters;
    std::vector<std::unique_ptr<Program>> m_programs;
    QStringList m_slots;
    QHash<QString, int> m_slotIndex;
    QStringList m_literals;
    QHash<QString, int> m_literalIndex;
};

} // namespace Jiuzhu
