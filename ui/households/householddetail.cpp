// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householddetail.h"

#include <algorithm>

#include "catalogue/catalogue.h"
#include "core/money.h"
#include "core/shanghaitime.h"
#include "households/areas.h"
#include "households/residentid.h"
#include "households/vocabulary.h"
#include "matching/decision.h"
#include "rules/eligibility.h"

namespace Jiuzhu {

namespace {

const QString Muted = QStringLiteral("#5f6368");
const QString Warning = QStringLiteral("#b45309");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString chip(const QString &text, const QString &background, const QString &foreground)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(background, foreground, esc(text));
}

QString outcomeMark(JsonLogic::Outcome outcome)
{
    switch (outcome) {
    case JsonLogic::Outcome::Met:
        return QStringLiteral("<span style=\"color:#1b5e20;\">✔</span>");
    case JsonLogic::Outcome::NotMet:
        return QStringLiteral("<span style=\"color:#b71c1c;\">✘</span>");
    case JsonLogic::Outcome::Unknown:
        return QStringLiteral("<span style=\"color:#b45309;\">?</span>");
    }
    return {};
}

void collectLeaves(const JsonLogic::Clause &clause, QList<const JsonLogic::Clause *> &leaves)
{
    if (clause.children.isEmpty()) {
        leaves << &clause;
        return;
    }
    for (const JsonLogic::Clause &child : clause.children) {
        collectLeaves(child, leaves);
    }
}

QString statusColour(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Receiving:
        return QStringLiteral("#1565c0");
    case MatchStatus::Eligible:
        return QStringLiteral("#2e7d32");
    case MatchStatus::PossiblyEligible:
        return QStringLiteral("#b45309");
    case MatchStatus::NotEligible:
        return QStringLiteral("#616161");
    }
    return {};
}

} // namespace

HouseholdDetail::HouseholdDetail(const Areas &areas, const Catalogue &catalogue,
                                 const QLocale &locale)
    : m_areas(areas)
    , m_catalogue(catalogue)
    , m_locale(locale)
{
}

QString HouseholdDetail::text(const QString &zh, const QString &en) const
{
    const bool chinese = m_locale.language() == QLocale::Chinese;
    const QString &preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}

// The plan printed for the family, and any coverage-gap list exported with this household on
// it, rest on the facts of that day; when the household or the catalogue has changed since,
// the advisor is told what changed, so that a new plan can be printed and the list's entry
// looked at again.
QString HouseholdDetail::staleDecisionsHtml(const QList<DecisionReview> &decisions) const
{
    return staleHtml(decisions, QStringLiteral("printed"), tr("The printed plan is out of date"),
                     tr("Changed since printing: %1")) +
           staleHtml(decisions, QStringLiteral("exported"),
                     tr("The facts behind an exported coverage-gap list have changed"),
                     tr("Changed since the export: %1"));
}

QString HouseholdDetail::staleHtml(const QList<DecisionReview> &decisions, const QString &purpose,
                                   const QString &title, const QString &changedSince) const
{
    QStringList reasons;
    QStringList changes;
    QStringList policies;
    QDateTime latest;
    for (const DecisionReview &review : decisions) {
        if (review.decision.purpose != purpose || !review.isStale) {
            continue;
        }
        for (const QString &reason : review.reasons) {
            if (!reasons.contains(reason)) {
                reasons << reason;
            }
        }
        for (const DecisionChange &change : review.changes) {
            const FactInfo *fact = m_catalogue.fact(change.path);
            QString label = fact ? fact->label.text(m_locale) : change.path;
            if (!change.memberName.isEmpty()) {
                label = tr("%1 (%2)", "fact (member name)").arg(label, change.memberName);
            }
            if (!changes.contains(label)) {
                changes << label;
            }
        }
        const Policy *policy = m_catalogue.policy(review.decision.policyCode);
        const QString name = policy ? policy->name.text(m_locale) : review.decision.policyCode;
        if (!policies.contains(name)) {
            policies << name;
        }
        if (!latest.isValid() || review.decision.decidedAt > latest) {
            latest = review.decision.decidedAt;
        }
    }
    if (reasons.isEmpty() && changes.isEmpty()) {
        return QString();
    }
    QString html =
        QStringLiteral("<p style=\"background:#fff3e0; padding:6px;\"><b>%1</b>").arg(esc(title));
    if (purpose == QLatin1String("exported")) {
        html += QStringLiteral("<br/>%1").arg(
            esc(tr("Exported %1 for: %2")
                    .arg(m_locale.toString(latest.toTimeZone(shanghaiZone()).date(),
                                           QLocale::ShortFormat),
                         policies.join(tr(", ")))));
    }
    for (const QString &reason : std::as_const(reasons)) {
        html += QStringLiteral("<br/>%1").arg(esc(reason));
    }
    if (!changes.isEmpty()) {
        html += QStringLiteral("<br/>%1").arg(esc(changedSince.arg(changes.join(tr(", ")))));
    }
    return html + QStringLiteral("</p>");
}

QString HouseholdDetail::placeholderHtml(const QString &text)
{
    return QStringLiteral("<p style=\"color:%1; margin-top:24px;\" align=\"center\">%2</p>")
        .arg(Muted, esc(text));
}

QString HouseholdDetail::toHtml(const Household &household,
                                const std::optional<Assessment> &assessment,
                                const MatchResult *match, const QString &matchError,
                                const QList<DecisionReview> &decisions) const
{
    QString html = headerHtml(household) + staleDecisionsHtml(decisions) + membersHtml(household) +
                   assessmentHtml(assessment);
    if (match) {
        html += matchHtml(*match);
    } else if (!matchError.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p style=\"color:#b71c1c;\">%2</p>")
                    .arg(esc(tr("Policies")), esc(matchError));
    }
    return html;
}

QString HouseholdDetail::headerHtml(const Household &household) const
{
    const Member *head = household.head();
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(esc(head ? head->name : tr("Household without a head")));
    QStringList place;
    place << m_areas.districtName(household.district) << m_areas.streetName(household.street)
          << household.committee;
    place.removeAll(QString());
    html += QStringLiteral("<p>%1<br/>%2")
                .arg(esc(place.join(QStringLiteral(" · "))), esc(household.address));
    QStringList housing;
    if (!household.housingType.isEmpty()) {
        housing << Vocabulary::label(Vocabulary::List::HousingType, household.housingType);
    }
    if (household.livingAreaM2) {
        housing << tr("%1 m²", "living area, e.g. 18.5 m²")
                       .arg(m_locale.toString(*household.livingAreaM2));
    }
    if (household.financialAssetsFen) {
        housing << tr("financial assets %1 yuan", "e.g. financial assets 2,300 yuan")
                       .arg(Money::formatYuan(*household.financialAssetsFen, m_locale));
    }
    if (!housing.isEmpty()) {
        html += QStringLiteral("<br/><span style=\"color:%1;\">%2</span>")
                    .arg(Muted, esc(housing.join(QStringLiteral(" · "))));
    }
    return html + QStringLiteral("</p>");
}

QString HouseholdDetail::membersHtml(const Household &household) const
{
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(esc(tr("Members (%1)", "e.g. Members (3)").arg(household.members.size())));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    const QDate today = shanghaiToday();
    for (const Member &member : household.members) {
        QStringList facts;
        facts << Vocabulary::label(Vocabulary::List::Relation, member.relation);
        if (member.birthDate.isValid()) {
            facts << tr("%n year(s) old", "", member.ageOn(today));
        }
        if (!member.employment.isEmpty()) {
            facts << Vocabulary::label(Vocabulary::List::Employment, member.employment);
        }
        if (member.disabilityType != u"none"_qs && !member.disabilityType.isEmpty()) {
            facts << tr("%1 disability, grade %2", "e.g. Physical disability, grade 2")
                         .arg(Vocabulary::label(Vocabulary::List::DisabilityType,
                                                member.disabilityType))
                         .arg(member.disabilityGrade);
        }
        facts.removeAll(QString());
        QStringList conditions;
        for (const QString &code : member.conditions) {
            conditions << Vocabulary::conditionLabel(code);
        }
        const qint64 income = member.monthlyIncomeFen();
        html += QStringLiteral("<tr><td><b>%1</b><br/><span style=\"color:%2;\">%3</span></td>"
                               "<td>%4%5</td><td align=\"right\">%6</td></tr>")
                    .arg(esc(member.name), Muted, esc(ResidentId::mask(member.idNumber)),
                         esc(facts.join(QStringLiteral(" · "))),
                         conditions.isEmpty()
                             ? QString()
                             : QStringLiteral("<br/><span style=\"color:%1;\">%2</span>")
                                   .arg(Muted, esc(conditions.join(QStringLiteral("、")))),
                         income > 0 ? esc(tr("%1 yuan/month", "income, e.g. 1,200 yuan/month")
                                              .arg(Money::formatYuan(income, m_locale)))
                                    : QString());
    }
    return html + QStringLiteral("</table>");
}

QString HouseholdDetail::assessmentHtml(const std::optional<Assessment> &assessment) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Hardship assessment")));
    if (!assessment) {
        return html + QStringLiteral("<p style=\"color:%1;\">%2</p>")
                          .arg(Muted, esc(tr("Not assessed yet. Use Assess to grade the "
                                             "household's hardship.")));
    }
    html +=
        QStringLiteral("<p><span style=\"font-size:large;\"><b>%1</b></span> &nbsp; %2</p>")
            .arg(esc(assessment->levelLabel.text(m_locale)),
                 esc(tr("score %1 of 100, assessed %2", "score 72.5 of 100, assessed 2026-03-01")
                         .arg(m_locale.toString(assessment->score, 'f', 1),
                              m_locale.toString(assessment->assessedAt.toLocalTime().date(),
                                                QLocale::ShortFormat))));
    if (!assessment->tags.isEmpty()) {
        QStringList chips;
        for (const QString &tag : assessment->tags) {
            chips << chip(tagLabel(tag), QStringLiteral("#fde8d7"), QStringLiteral("#8a3b00"));
        }
        html += QStringLiteral("<p>%1</p>").arg(chips.join(QStringLiteral(" &nbsp;")));
    }

    QList<DimensionScore> dimensions = assessment->dimensions;
    std::stable_sort(
        dimensions.begin(), dimensions.end(),
        [](const DimensionScore &a, const DimensionScore &b) { return a.points() > b.points(); });
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    for (const DimensionScore &dimension : std::as_const(dimensions)) {
        const QString factors = dimension.factors.isEmpty()
                                    ? QString()
                                    : QStringLiteral("<br/><span style=\"color:%1;\">%2</span>")
                                          .arg(Muted, esc(dimension.factors.join(u'；')));
        html +=
            QStringLiteral("<tr><td>%1%2</td><td align=\"right\" width=\"90\">%3</td></tr>")
                .arg(esc(dimension.label.text(m_locale)), factors,
                     esc(tr("%1 / %2", "points of a dimension out of its weight, e.g. 12.0 / 20")
                             .arg(m_locale.toString(dimension.points(), 'f', 1),
                                  m_locale.toString(dimension.weight, 'f', 0))));
    }
    return html + QStringLiteral("</table>");
}

QString HouseholdDetail::matchHtml(const MatchResult &match) const
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(tr("Policies as of %1", "e.g. Policies as of 2026-03-01")
                                    .arg(m_locale.toString(match.asOf, QLocale::ShortFormat))));
    const MatchStatus order[] = {MatchStatus::Receiving, MatchStatus::Eligible,
                                 MatchStatus::PossiblyEligible, MatchStatus::NotEligible};
    for (MatchStatus status : order) {
        const QList<const PolicyMatch *> policies = match.withStatus(status);
        if (policies.isEmpty()) {
            continue;
        }
        html += QStringLiteral("<h4 style=\"color:%1;\">%2 (%3)</h4>")
                    .arg(statusColour(status), esc(matchStatusLabel(status)))
                    .arg(policies.size());
        for (const PolicyMatch *policy : policies) {
            html += policyHtml(*policy);
        }
    }
    return html;
}

QString HouseholdDetail::policyHtml(const PolicyMatch &policy) const
{
    QString line = QStringLiteral("<b>%1</b>").arg(esc(policy.policyName.text(m_locale)));
    if (policy.amountFen && policy.status != MatchStatus::NotEligible) {
        line += QStringLiteral(" &nbsp;%1")
                    .arg(esc(formatAmount(*policy.amountFen, policy.amountPeriod)));
        if (policy.isAmountUnconfirmed()) {
            QStringList names;
            for (const QString &name : policy.unconfirmedParameters) {
                const Parameter *parameter = m_catalogue.parameter(name);
                names << (parameter ? parameter->label.text(m_locale) : name);
            }
            line += QStringLiteral(" &nbsp;%1 <span style=\"color:%2;\">%3</span>")
                        .arg(chip(tr("To be verified"), QStringLiteral("#fff3cd"), Warning), Muted,
                             esc(names.join(QStringLiteral("、"))));
        }
    }
    const QStringList members = policy.qualifyingMembers();
    if (!members.isEmpty()) {
        line += QStringLiteral("<br/><span style=\"color:%1;\">%2</span>")
                    .arg(Muted, esc(tr("for %1", "the members it applies to, e.g. for 林晓")
                                        .arg(members.join(QStringLiteral("、")))));
    }
    QString html = QStringLiteral("<p style=\"margin-left:12px;\">%1").arg(line);
    html += reasonsHtml(policy);
    if (!policy.missingFactLabels.isEmpty()) {
        html +=
            QStringLiteral("<br/><span style=\"color:%1;\">%2</span>")
                .arg(Warning, esc(tr("To collect: %1", "facts to collect, e.g. To collect: "
                                                       "living area")
                                      .arg(policy.missingFactLabels.join(QStringLiteral("、")))));
    }
    return html + QStringLiteral("</p>");
}

QString HouseholdDetail::reasonsHtml(const PolicyMatch &policy) const
{
    QStringList lines;
    for (const MatchSubject &subject : policy.subjects) {
        QList<const JsonLogic::Clause *> leaves;
        collectLeaves(subject.result.explanation, leaves);
        for (const JsonLogic::Clause *clause : std::as_const(leaves)) {
            // A policy the household does not qualify for is explained by what failed; the
            // others by every condition, so the advisor sees what the estimate rests on.
            if (policy.status == MatchStatus::NotEligible &&
                clause->outcome != JsonLogic::Outcome::NotMet) {
                continue;
            }
            const QString sentence = text(clause->textZh, clause->textEn);
            if (sentence.isEmpty()) {
                continue;
            }
            const QString who = subject.memberName.isEmpty()
                                    ? QString()
                                    : QStringLiteral("%1: ").arg(esc(subject.memberName));
            lines << QStringLiteral("%1 %2%3").arg(outcomeMark(clause->outcome), who,
                                                   esc(sentence));
        }
    }
    lines.removeDuplicates();
    if (lines.isEmpty()) {
        return QString();
    }
    return QStringLiteral("<br/><span style=\"font-size:small;\">%1</span>")
        .arg(lines.join(QStringLiteral("<br/>")));
}

} // namespace Jiuzhu
