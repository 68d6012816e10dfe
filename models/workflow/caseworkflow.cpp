// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkflow.h"

#include <QLocale>
#include <QTimeZone>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "core/shanghaitime.h"
#include "households/areas.h"
#include "households/residentid.h"
#include "households/vocabulary.h"
#include "matching/decision.h"
#include "matching/matcher.h"
#include "plans/plandrafter.h"
#include "storage/assessmentrepository.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"
#include "storage/planrepository.h"

namespace Jiuzhu {

namespace {

QStringList explanationLines(const JsonLogic::Clause &clause, bool chinese)
{
    // An "all of" or "any of" clause only joins its children; the children carry the sentences
    // a family can follow. Under a clause that is met, the alternatives that were not met are
    // left out: they are not why the family qualifies.
    QStringList lines;
    if (clause.children.isEmpty()) {
        lines << (chinese ? clause.textZh : clause.textEn);
        return lines;
    }
    for (const JsonLogic::Clause &child : clause.children) {
        if (clause.outcome == JsonLogic::Outcome::Met && child.outcome != JsonLogic::Outcome::Met) {
            continue;
        }
        lines << explanationLines(child, chinese);
    }
    return lines;
}

} // namespace

CaseWorkflow::CaseWorkflow(HouseholdRepository &households, AssessmentRepository &assessments,
                           PlanRepository &plans, const Catalogue &catalogue,
                           const Assessor &assessor, const Matcher &matcher, const Areas &areas)
    : m_households(households)
    , m_assessments(assessments)
    , m_plans(plans)
    , m_catalogue(catalogue)
    , m_assessor(assessor)
    , m_matcher(matcher)
    , m_areas(areas)
{
}

Result<Assessment> CaseWorkflow::assess(const QString &householdUuid, const QDate &asOf,
                                        const QString &assessedBy)
{
    const std::optional<Household> household = m_households.load(householdUuid);
    if (!household) {
        return Result<Assessment>::failure(tr("No household with id %1").arg(householdUuid));
    }
    Assessment assessment = m_assessor.assess(*household, m_catalogue, asOf);
    assessment.assessedBy = assessedBy;
    if (!m_assessments.save(assessment)) {
        return Result<Assessment>::failure(m_assessments.errorString());
    }
    return assessment;
}

Result<MatchResult> CaseWorkflow::match(const QString &householdUuid, const QDate &asOf,
                                        const QString &purpose) const
{
    const std::optional<Household> household = m_households.load(householdUuid);
    if (!household) {
        return Result<MatchResult>::failure(tr("No household with id %1").arg(householdUuid));
    }
    return matchLoaded(*household, asOf, purpose);
}

Result<MatchResult> CaseWorkflow::matchLoaded(const Household &household, const QDate &asOf,
                                              const QString &purpose) const
{
    MatchResult result = m_matcher.match(household, asOf);
    if (m_decisions && !purpose.isEmpty() &&
        m_decisions->record(DecisionLog::fromMatch(household, result, m_catalogue, purpose)) < 0) {
        return Result<MatchResult>::failure(m_decisions->errorString());
    }
    return result;
}

Result<QList<DecisionReview>> CaseWorkflow::reviewDecisions(const QString &householdUuid) const
{
    const std::optional<Household> household = m_households.load(householdUuid);
    if (!household) {
        return Result<QList<DecisionReview>>::failure(
            tr("No household with id %1").arg(householdUuid));
    }
    QList<DecisionReview> reviews;
    if (!m_decisions) {
        return reviews;
    }
    const QList<Decision> latest = m_decisions->latestForHousehold(householdUuid);
    for (const Decision &decision : latest) {
        reviews << DecisionLog::review(decision, *household, m_catalogue);
    }
    return reviews;
}

Result<Plan> CaseWorkflow::draftPlan(const QString &householdUuid, const QDate &today,
                                     const QString &advisor, const QString &advisorPhone)
{
    std::optional<Assessment> assessment = m_assessments.latest(householdUuid);
    if (!assessment) {
        const Result<Assessment> fresh = assess(householdUuid, today, advisor);
        if (!fresh) {
            return Result<Plan>::failure(fresh.error());
        }
        assessment = fresh.value();
    }
    const Result<MatchResult> matches = match(householdUuid, today, QString());
    if (!matches) {
        return Result<Plan>::failure(matches.error());
    }

    Plan existing = m_plans.forHousehold(householdUuid).value_or(Plan{});
    existing.householdUuid = householdUuid;
    if (!advisor.isEmpty()) {
        existing.advisor = advisor;
    }
    if (!advisorPhone.isEmpty()) {
        existing.advisorPhone = advisorPhone;
    }
    Plan plan = PlanDrafter::draft(existing, *matches, &*assessment, today, existing.advisor);
    if (!m_plans.save(plan, existing.advisor)) {
        return Result<Plan>::failure(m_plans.errorString());
    }
    return plan;
}

Result<PlanReport> CaseWorkflow::planReport(const QString &householdUuid, const QDate &today,
                                            const QString &stationName) const
{
    const std::optional<Household> household = m_households.load(householdUuid);
    if (!household) {
        return Result<PlanReport>::failure(tr("No household with id %1").arg(householdUuid));
    }
    const std::optional<Plan> plan = m_plans.forHousehold(householdUuid);
    if (!plan) {
        return Result<PlanReport>::failure(tr("The household has no plan yet; draft one first"));
    }
    const QLocale locale;
    const bool chinese = locale.language() == QLocale::Chinese;

    PlanReport report;
    report.language = chinese ? PlanReport::Language::Chinese : PlanReport::Language::English;
    report.district = m_areas.districtName(household->district);
    report.street = m_areas.streetName(household->street);
    report.committee = household->committee;
    report.address = household->address;
    report.housing = Vocabulary::label(Vocabulary::List::HousingType, household->housingType);
    for (const Member &member : household->members) {
        report.members << PlanReport::MemberRow{
            member.name, ResidentId::mask(member.idNumber),
            Vocabulary::label(Vocabulary::List::Relation, member.relation), member.ageOn(today)};
    }

    if (const std::optional<Assessment> assessment = m_assessments.latest(householdUuid)) {
        report.level = assessment->level;
        report.levelLabel = assessment->levelLabel.text(locale);
        report.score = assessment->score;
        for (const DimensionScore &dimension : assessment->dimensions) {
            if (dimension.value <= 0) {
                continue;
            }
            for (const QString &factor : dimension.factors) {
                report.factors << PlanReport::FactorRow{dimension.label.text(locale), factor};
            }
        }
        for (const QString &tag : assessment->tags) {
            report.tags << tagLabel(tag);
        }
    }

    const Result<MatchResult> printed = matchLoaded(*household, today, QStringLiteral("printed"));
    if (!printed) {
        return Result<PlanReport>::failure(printed.error());
    }
    const MatchResult &matches = *printed;
    for (const PolicyMatch &match : matches.policies) {
        const Policy *policy = m_catalogue.policy(match.policyCode);
        if (!policy) {
            continue;
        }
        if (match.status == MatchStatus::Receiving) {
            report.receivedPolicies << policy->name.text(locale);
            continue;
        }
        if (!plan->hasActionFor(match.policyCode)) {
            continue;
        }
        PlanReport::PolicyRow row;
        row.name = policy->name.text(locale);
        row.status = matchStatusLabel(match.status);
        for (const MatchSubject &subject : match.subjects) {
            if (subject.result.outcome == JsonLogic::Outcome::NotMet) {
                continue;
            }
            const QStringList lines = explanationLines(subject.result.explanation, chinese);
            for (const QString &line : lines) {
                row.reasons
                    << (subject.memberName.isEmpty()
                            ? line
                            : tr("%1: %2", "member name: reason").arg(subject.memberName, line));
            }
        }
        if (match.amountFen) {
            row.amount = formatAmount(*match.amountFen, match.amountPeriod);
            row.isAmountUnconfirmed = match.isAmountUnconfirmed();
        }
        for (const LocalizedText &document : policy->documents) {
            row.documents << document.text(locale);
        }
        row.channel = policy->channel.text(locale);
        const QString centre = m_areas.serviceCentre(household->street);
        if (!centre.isEmpty()) {
            row.channel = tr("%1 (%2)", "channel (service centre name)").arg(row.channel, centre);
        }
        row.onlineService = policy->onlineService;
        report.policies << row;
    }

    for (const PlanAction &action : plan->actions) {
        report.actions << PlanReport::ActionRow{
            Vocabulary::label(Vocabulary::List::PlanStage, action.stage), action.title,
            action.owner, action.due,
            Vocabulary::label(Vocabulary::List::ActionStatus, action.status)};
    }
    report.planVersion = plan->sync.version;
    report.planDate = plan->sync.changedAt.toTimeZone(shanghaiZone()).date();
    report.advisorName = plan->advisor;
    report.advisorPhone = plan->advisorPhone;
    report.stationName = stationName;
    report.printedDate = today;
    return report;
}

} // namespace Jiuzhu
