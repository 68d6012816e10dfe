// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case commands of jiuzhu-cli: assess, match, plan and visits.
#include "cliapplication.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "catalogue/catalogue.h"
#include "cli/cliarguments.h"
#include "core/money.h"
#include "core/shanghaitime.h"
#include "documents/plandocument.h"
#include "households/vocabulary.h"
#include "matching/decision.h"
#include "storage/database.h"
#include "storage/householdrepository.h"
#include "storage/visitrepository.h"
#include "workflow/caseworkflow.h"

namespace Jiuzhu {

namespace {

// A fact's value as an advisor reads it: money in yuan, yes/no, code values and policies by
// their names, "not recorded" for a missing value.
QString factValueText(const QJsonValue &value, const QString &unit, const FactInfo *fact,
                      const Catalogue &catalogue)
{
    const QLocale locale;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("CliApplication", "not recorded");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("CliApplication", "yes")
                              : QCoreApplication::translate("CliApplication", "no");
    case QJsonValue::Double:
        if (unit == QLatin1String("fen")) {
            return QCoreApplication::translate("CliApplication", "%1 yuan")
                .arg(Money::formatYuan(qint64(std::llround(value.toDouble())), locale));
        }
        return locale.toString(value.toDouble(), 'g', 12);
    case QJsonValue::String: {
        const QString code = value.toString();
        if (fact && fact->values.contains(code))
            return fact->values.value(code).text(locale);
        if (const Policy *policy = catalogue.policy(code))
            return policy->name.text(locale);
        return code;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue item : value.toArray())
            items << factValueText(item, unit, fact, catalogue);
        return items.isEmpty()
                   ? QCoreApplication::translate("CliApplication", "none")
                   : items.join(locale.language() == QLocale::Chinese ? QStringLiteral("、")
                                                                      : QStringLiteral(", "));
    }
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// "household.income_monthly: 2,400 元 -> 7,600 元" with the fact's label.
QString changeText(const QString &path, const QString &member, const QJsonValue &before,
                   const QJsonValue &after, const Catalogue &catalogue)
{
    QString label = path;
    QString unit;
    const FactInfo *fact = catalogue.fact(path);
    if (fact) {
        label = fact->label.text(QLocale());
        unit = fact->unit;
    } else if (path.startsWith(QLatin1String("param."))) {
        if (const Parameter *parameter = catalogue.parameter(path.mid(6))) {
            label = parameter->label.text(QLocale());
            unit = parameter->unit;
        }
    } else if (path == QLatin1String("member")) {
        // A member who joined or left: the name is the value.
        return before.isNull()
                   ? QCoreApplication::translate("CliApplication", "%1 joined the household")
                         .arg(member)
                   : QCoreApplication::translate("CliApplication", "%1 left the household")
                         .arg(member);
    }
    const QString who = member.isEmpty() ? QString() : member + u' ';
    return who + label + QStringLiteral(": ") + factValueText(before, unit, fact, catalogue) +
           QStringLiteral(" -> ") + factValueText(after, unit, fact, catalogue);
}

bool isChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString clauseText(const JsonLogic::Clause &clause)
{
    return isChinese() ? clause.textZh : clause.textEn;
}

QString outcomeCode(JsonLogic::Outcome outcome)
{
    switch (outcome) {
    case JsonLogic::Outcome::Met:
        return QStringLiteral("met");
    case JsonLogic::Outcome::NotMet:
        return QStringLiteral("not_met");
    case JsonLogic::Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

QJsonObject clauseJson(const JsonLogic::Clause &clause)
{
    QJsonArray children;
    for (const JsonLogic::Clause &child : clause.children) {
        children.append(clauseJson(child));
    }
    QJsonObject object{{QStringLiteral("outcome"), outcomeCode(clause.outcome)},
                       {QStringLiteral("text"), clauseText(clause)}};
    if (!clause.missingFacts.isEmpty()) {
        object.insert(QStringLiteral("missingFacts"),
                      QJsonArray::fromStringList(clause.missingFacts));
    }
    if (!children.isEmpty()) {
        object.insert(QStringLiteral("clauses"), children);
    }
    return object;
}

void printClause(QTextStream &out, const JsonLogic::Clause &clause, int depth)
{
    out << QString(depth * 2, QLatin1Char(' ')) << "- " << clauseText(clause) << '\n';
    for (const JsonLogic::Clause &child : clause.children) {
        printClause(out, child, depth + 1);
    }
}

QJsonObject assessmentJson(const Assessment &a)
{
    const QLocale locale;
    QJsonArray dimensions;
    for (const DimensionScore &d : a.dimensions) {
        dimensions.append(
            QJsonObject{{QStringLiteral("code"), d.code},
                        {QStringLiteral("label"), d.label.text(locale)},
                        {QStringLiteral("value"), d.value},
                        {QStringLiteral("points"), d.points()},
                        {QStringLiteral("factors"), QJsonArray::fromStringList(d.factors)}});
    }
    QJsonArray tags;
    for (const QString &tag : a.tags) {
        tags.append(
            QJsonObject{{QStringLiteral("code"), tag}, {QStringLiteral("label"), tagLabel(tag)}});
    }
    return QJsonObject{{QStringLiteral("id"), a.uuid},
                       {QStringLiteral("household"), a.householdUuid},
                       {QStringLiteral("score"), a.score},
                       {QStringLiteral("level"), a.level},
                       {QStringLiteral("levelLabel"), a.levelLabel.text(locale)},
                       {QStringLiteral("modelVersion"), a.modelVersion},
                       {QStringLiteral("dimensions"), dimensions},
                       {QStringLiteral("tags"), tags}};
}

QJsonObject planJson(const Plan &plan)
{
    QJsonObject object = plan.toJson();
    QJsonArray actions;
    for (const PlanAction &a : plan.actions) {
        actions.append(QJsonObject{{QStringLiteral("id"), a.sync.uuid},
                                   {QStringLiteral("stage"), a.stage},
                                   {QStringLiteral("kind"), a.kind},
                                   {QStringLiteral("title"), a.title},
                                   {QStringLiteral("policy"), a.policyCode},
                                   {QStringLiteral("owner"), a.owner},
                                   {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
                                   {QStringLiteral("status"), a.status}});
    }
    object.insert(QStringLiteral("actions"), actions);
    return object;
}

} // namespace

int CliApplication::assess(const QStringList &args)
{
    int code = Success;
    const QString uuid = householdArgument(args, QStringLiteral("assess"), &code);
    if (uuid.isEmpty()) {
        return code;
    }
    const Result<Assessment> result = m_workflow->assess(uuid, shanghaiToday());
    if (!result) {
        return fail(Failure, result.error());
    }
    const Assessment &a = *result;
    if (m_json) {
        printJson(assessmentJson(a));
        return Success;
    }
    const QLocale locale;
    m_out << tr("Hardship level %1 (%2), score %L3 of 100")
                 .arg(a.level)
                 .arg(a.levelLabel.text(locale))
                 .arg(a.score, 0, 'f', 1)
          << '\n';
    for (const DimensionScore &d : a.dimensions) {
        m_out << "  " << d.label.text(locale) << ": "
              << tr("%L1 points", "12.5 points").arg(d.points(), 0, 'f', 1) << '\n';
        for (const QString &factor : d.factors) {
            m_out << "    - " << factor << '\n';
        }
    }
    QStringList tags;
    for (const QString &tag : a.tags) {
        tags << tagLabel(tag);
    }
    m_out << tr("Tags: %1").arg(tags.join(tr(", "))) << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::match(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("match"), {QStringLiteral("--as-of")}, 1, 1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    int code = Success;
    QDate asOf = shanghaiToday();
    if (parsed.has(QStringLiteral("--as-of"))) {
        asOf = parseDate(parsed.value(QStringLiteral("--as-of")), QStringLiteral("--as-of"), &code);
        if (!asOf.isValid()) {
            return code;
        }
    }
    const QString reference = parsed.positional(0);
    const QString uuid = requireHousehold(reference, &code);
    if (uuid.isEmpty()) {
        return code;
    }
    const Result<MatchResult> result = m_workflow->match(uuid, asOf);
    if (!result) {
        return fail(Failure, result.error());
    }
    const QLocale locale;

    if (m_json) {
        QJsonArray policies;
        for (const PolicyMatch &m : result->policies) {
            QJsonArray subjects;
            for (const MatchSubject &s : m.subjects) {
                QJsonObject subject{
                    {QStringLiteral("outcome"), outcomeCode(s.result.outcome)},
                    {QStringLiteral("explanation"), clauseJson(s.result.explanation)}};
                if (!s.memberUuid.isEmpty()) {
                    subject.insert(QStringLiteral("member"), s.memberUuid);
                    subject.insert(QStringLiteral("memberName"), s.memberName);
                }
                if (s.amountFen) {
                    subject.insert(QStringLiteral("amountFen"), double(*s.amountFen));
                }
                subjects.append(subject);
            }
            policies.append(QJsonObject{
                {QStringLiteral("code"), m.policyCode},
                {QStringLiteral("name"), m.policyName.text(locale)},
                {QStringLiteral("status"), matchStatusCode(m.status)},
                {QStringLiteral("amountFen"),
                 m.amountFen ? QJsonValue(double(*m.amountFen)) : QJsonValue()},
                {QStringLiteral("amountPeriod"), m.amountPeriod},
                {QStringLiteral("amountUnconfirmed"), m.isAmountUnconfirmed()},
                {QStringLiteral("missingFacts"), QJsonArray::fromStringList(m.missingFacts)},
                {QStringLiteral("subjects"), subjects}});
        }
        printJson(QJsonObject{{QStringLiteral("household"), result->householdUuid},
                              {QStringLiteral("asOf"), result->asOf.toString(Qt::ISODate)},
                              {QStringLiteral("catalogueVersion"), result->catalogueVersion},
                              {QStringLiteral("policies"), policies}});
        return Success;
    }

    m_out << tr("Matching as of %1 (catalogue %2)")
                 .arg(asOf.toString(Qt::ISODate), result->catalogueVersion)
          << '\n';
    for (MatchStatus status : {MatchStatus::Receiving, MatchStatus::Eligible,
                               MatchStatus::PossiblyEligible, MatchStatus::NotEligible}) {
        const QList<const PolicyMatch *> group = result->withStatus(status);
        if (group.isEmpty()) {
            continue;
        }
        m_out << '\n' << matchStatusLabel(status) << '\n';
        for (const PolicyMatch *m : group) {
            m_out << "* " << m->policyName.text(locale) << " (" << m->policyCode << ")";
            if (m->amountFen) {
                m_out << "  " << formatAmount(*m->amountFen, m->amountPeriod);
                if (m->isAmountUnconfirmed()) {
                    m_out << ' ' << tr("[to be verified]");
                }
            }
            m_out << '\n';
            if (!m->missingFactLabels.isEmpty()) {
                m_out << "  " << tr("Facts to collect: %1").arg(m->missingFactLabels.join(tr(", ")))
                      << '\n';
            }
            for (const MatchSubject &s : m->subjects) {
                if (!s.memberName.isEmpty()) {
                    m_out << "  " << s.memberName << ":\n";
                }
                printClause(m_out, s.result.explanation, s.memberName.isEmpty() ? 1 : 2);
            }
        }
    }
    m_out.flush();
    return Success;
}

int CliApplication::planDraft(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("plan draft"),
                                   {QStringLiteral("--advisor"), QStringLiteral("--phone")},
                                   1,
                                   1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const QString reference = parsed.positional(0);
    const QString advisor = parsed.value(QStringLiteral("--advisor"));
    const QString phone = parsed.value(QStringLiteral("--phone"));
    int code = Success;
    const QString uuid = requireHousehold(reference, &code);
    if (uuid.isEmpty()) {
        return code;
    }
    const Result<Plan> plan = m_workflow->draftPlan(uuid, shanghaiToday(), advisor, phone);
    if (!plan) {
        return fail(Failure, plan.error());
    }
    if (m_json) {
        printJson(planJson(*plan));
        return Success;
    }
    m_out << tr("Plan version %1, stage: %2")
                 .arg(plan->sync.version)
                 .arg(Vocabulary::label(Vocabulary::List::PlanStage, plan->stage))
          << '\n';
    for (const PlanAction &a : plan->actions) {
        m_out << "  [" << Vocabulary::label(Vocabulary::List::PlanStage, a.stage) << "] " << a.title
              << "  " << a.due.toString(Qt::ISODate) << "  "
              << Vocabulary::label(Vocabulary::List::ActionStatus, a.status) << '\n';
    }
    m_out.flush();
    return Success;
}

int CliApplication::planPrint(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("plan print"), {QStringLiteral("--pdf")}, 1, 1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const QString reference = parsed.positional(0);
    const QString pdf = parsed.value(QStringLiteral("--pdf"));
    if (pdf.isEmpty()) {
        return usage(tr("plan print needs --pdf FILE"));
    }
    int code = Success;
    const QString uuid = requireHousehold(reference, &code);
    if (uuid.isEmpty()) {
        return code;
    }
    const Result<PlanReport> report =
        m_workflow->planReport(uuid, shanghaiToday(), m_database->stationName());
    if (!report) {
        return fail(InvalidInput, report.error());
    }
    const Result<Done> written = PlanDocument::writePdf(*report, pdf);
    if (!written) {
        return fail(Failure, written.error());
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("pdf"), pdf},
                              {QStringLiteral("policies"), int(report->policies.size())},
                              {QStringLiteral("actions"), int(report->actions.size())}});
    } else {
        m_out << tr("Plan printed to %1").arg(pdf) << '\n';
    }
    return Success;
}

int CliApplication::visitsAdd(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("visits add"),
                                   {QStringLiteral("--at"), QStringLiteral("--kind"),
                                    QStringLiteral("--participants"), QStringLiteral("--findings"),
                                    QStringLiteral("--next-steps"), QStringLiteral("--next-visit")},
                                   1,
                                   1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const QString reference = parsed.positional(0);
    int code = Success;
    Visit visit;
    if (parsed.has(QStringLiteral("--at"))) {
        const QString text = parsed.value(QStringLiteral("--at"));
        visit.at = QDateTime::fromString(text, Qt::ISODate);
        if (!visit.at.isValid()) {
            return failField(InvalidInput, QStringLiteral("--at"),
                             tr("expected a date and time such as 2026-12-04T10:30 or "
                                "2026-12-04T10:30+08:00, got \"%1\"")
                                 .arg(text));
        }
    }
    visit.kind = parsed.value(QStringLiteral("--kind"));
    visit.participants = parsed.value(QStringLiteral("--participants"));
    visit.findings = parsed.value(QStringLiteral("--findings"));
    visit.nextSteps = parsed.value(QStringLiteral("--next-steps"));
    if (parsed.has(QStringLiteral("--next-visit"))) {
        visit.nextVisit = parseDate(parsed.value(QStringLiteral("--next-visit")),
                                    QStringLiteral("--next-visit"), &code);
        if (!visit.nextVisit.isValid()) {
            return code;
        }
    }
    const QString uuid = requireHousehold(reference, &code);
    if (uuid.isEmpty()) {
        return code;
    }
    if (!visit.at.isValid()) {
        visit.at = QDateTime::currentDateTimeUtc().toTimeZone(shanghaiZone());
    }
    if (visit.kind.isEmpty()) {
        visit.kind = QStringLiteral("home");
    }
    if (!Vocabulary::contains(Vocabulary::List::VisitKind, visit.kind)) {
        return failField(InvalidInput, QStringLiteral("--kind"),
                         tr("expected home, phone or office, got \"%1\"").arg(visit.kind));
    }
    visit.householdUuid = uuid;
    if (!m_visits->save(visit)) {
        static const QHash<QString, QString> options{
            {QStringLiteral("at"), QStringLiteral("--at")},
            {QStringLiteral("kind"), QStringLiteral("--kind")},
            {QStringLiteral("nextVisit"), QStringLiteral("--next-visit")}};
        const QString option = options.value(m_visits->errorField());
        return fail(InvalidInput, option.isEmpty() ? m_visits->errorString()
                                                   : QStringLiteral("%1: %2").arg(
                                                         option, m_visits->errorString()));
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("id"), visit.sync.uuid},
                              {QStringLiteral("household"), uuid}});
    } else {
        m_out << visit.sync.uuid << '\n';
    }
    return Success;
}

int CliApplication::decisionsList(const QStringList &args)
{
    int code = Success;
    const QString uuid = householdArgument(args, QStringLiteral("decisions list"), &code);
    if (uuid.isEmpty()) {
        return code;
    }
    const Result<QList<DecisionReview>> reviews = m_workflow->reviewDecisions(uuid);
    if (!reviews) {
        return fail(Failure, reviews.error());
    }
    QJsonArray array;
    for (const DecisionReview &review : *reviews) {
        const Decision &d = review.decision;
        QJsonArray changes;
        for (const DecisionChange &change : review.changes) {
            changes.append(QJsonObject{{QStringLiteral("fact"), change.path},
                                       {QStringLiteral("member"), change.memberName},
                                       {QStringLiteral("before"), change.before},
                                       {QStringLiteral("after"), change.after}});
        }
        array.append(
            QJsonObject{{QStringLiteral("policy"), d.policyCode},
                        {QStringLiteral("purpose"), d.purpose},
                        {QStringLiteral("decidedAt"), d.decidedAt.toString(Qt::ISODate)},
                        {QStringLiteral("asOf"), d.asOf.toString(Qt::ISODate)},
                        {QStringLiteral("catalogueVersion"), d.catalogueVersion},
                        {QStringLiteral("householdVersion"), d.householdVersion},
                        {QStringLiteral("status"), d.status},
                        {QStringLiteral("amountFen"),
                         d.amountFen ? QJsonValue(double(*d.amountFen)) : QJsonValue()},
                        {QStringLiteral("stale"), review.isStale},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(review.reasons)},
                        {QStringLiteral("changes"), changes}});
    }
    if (m_json) {
        printJson(array);
        return Success;
    }
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject d = value.toObject();
        const Policy *policy = m_catalogue->policy(d.value(QStringLiteral("policy")).toString());
        m_out << (d.value(QStringLiteral("stale")).toBool() ? tr("[stale] ") : QString())
              << (policy ? policy->name.text(QLocale())
                         : d.value(QStringLiteral("policy")).toString())
              << "  " << DecisionLog::statusLabel(d.value(QStringLiteral("status")).toString())
              << "  " << DecisionLog::purposeLabel(d.value(QStringLiteral("purpose")).toString())
              << "  "
              // Shanghai time, as the advisor's day runs; --json keeps UTC.
              << QDateTime::fromString(d.value(QStringLiteral("decidedAt")).toString(), Qt::ISODate)
                     .toTimeZone(shanghaiZone())
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << '\n';
        const QJsonArray reasons = d.value(QStringLiteral("reasons")).toArray();
        for (const QJsonValue &reason : reasons) {
            m_out << "    " << reason.toString() << '\n';
        }
        const QJsonArray changes = d.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &change : changes) {
            const QJsonObject c = change.toObject();
            m_out << "    "
                  << changeText(c.value(QStringLiteral("fact")).toString(),
                                c.value(QStringLiteral("member")).toString(),
                                c.value(QStringLiteral("before")), c.value(QStringLiteral("after")),
                                *m_catalogue)
                  << '\n';
        }
    }
    m_out << tr("%n decision(s)", nullptr, int(array.size())) << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::visitsList(const QStringList &args)
{
    int code = Success;
    const QString uuid = householdArgument(args, QStringLiteral("visits list"), &code);
    if (uuid.isEmpty()) {
        return code;
    }
    const QList<Visit> visits = m_visits->forHousehold(uuid);
    if (m_json) {
        QJsonArray array;
        for (const Visit &v : visits) {
            array.append(
                QJsonObject{{QStringLiteral("id"), v.sync.uuid},
                            {QStringLiteral("at"), v.at.toString(Qt::ISODate)},
                            {QStringLiteral("day"), v.shanghaiDay().toString(Qt::ISODate)},
                            {QStringLiteral("kind"), v.kind},
                            {QStringLiteral("participants"), v.participants},
                            {QStringLiteral("findings"), v.findings},
                            {QStringLiteral("nextSteps"), v.nextSteps},
                            {QStringLiteral("nextVisit"), v.nextVisit.toString(Qt::ISODate)}});
        }
        printJson(array);
        return Success;
    }
    QDate day;
    for (const Visit &v : visits) {
        if (v.shanghaiDay() != day) {
            day = v.shanghaiDay();
            m_out << day.toString(Qt::ISODate) << '\n';
        }
        m_out << "  " << v.at.toTimeZone(shanghaiZone()).toString(QStringLiteral("HH:mm")) << "  "
              << Vocabulary::label(Vocabulary::List::VisitKind, v.kind) << "  " << v.participants
              << '\n';
        if (!v.findings.isEmpty()) {
            m_out << "    " << tr("Findings: %1").arg(v.findings) << '\n';
        }
        if (!v.nextSteps.isEmpty()) {
            m_out << "    " << tr("Next steps: %1").arg(v.nextSteps) << '\n';
        }
        if (v.nextVisit.isValid()) {
            m_out << "    " << tr("Next visit: %1").arg(v.nextVisit.toString(Qt::ISODate)) << '\n';
        }
    }
    m_out << tr("%n visit(s)", nullptr, int(visits.size())) << '\n';
    m_out.flush();
    return Success;
}

} // namespace Jiuzhu
