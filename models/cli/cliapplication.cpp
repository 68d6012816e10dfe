// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "assessment/assessor.h"
#include "catalogue/catalogue.h"
#include "catalogue/cataloguecheck.h"
#include "cli/cliarguments.h"
#include "core/shanghaitime.h"
#include "households/areas.h"
#include "households/householdjson.h"
#include "households/residentid.h"
#include "households/vocabulary.h"
#include "matching/matcher.h"
#include "rules/jsonlogicsuite.h"
#include "screening/screencommand.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/householdrepository.h"
#include "storage/planrepository.h"
#include "storage/visitrepository.h"
#include "workflow/caseworkflow.h"

namespace Jiuzhu {

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CliApplication::~CliApplication()
{
    // The repositories and the workflow hold references to the database; they go first.
    m_workflow.reset();
    m_visits.reset();
    m_decisions.reset();
    m_plans.reset();
    m_assessments.reset();
    m_households.reset();
    m_database.reset();
}

int CliApplication::run(const QStringList &arguments)
{
    QStringList command;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        // Global options come before the command; after it, options belong to the command.
        if (!command.isEmpty()) {
            command << arg;
        } else if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            m_dbPath = arg.size() > 4 ? arg.mid(5) : arguments.value(++i);
            if (m_dbPath.trimmed().isEmpty()) {
                return usage(tr("--db needs a file name"));
            }
        } else if (arg == QLatin1String("--json")) {
            m_json = true;
        } else if (arg == QLatin1String("--lang")) {
            // Installed by main() before this runs; checked here so a typo is not ignored.
            const QString language = arguments.value(++i);
            if (language != QLatin1String("zh") && language != QLatin1String("en")) {
                return usage(tr("--lang takes zh or en"));
            }
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            usage();
            return Success;
        } else if (arg == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationName() << ' '
                  << QCoreApplication::applicationVersion() << '\n';
            m_out.flush();
            return Success;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usage(tr("Unknown option %1").arg(arg));
        } else {
            command << arg;
        }
    }
    if (command.isEmpty()) {
        return usage(tr("No command given"));
    }
    return dispatch(command);
}

int CliApplication::dispatch(const QStringList &command)
{
    const QString group = command.at(0);
    const QString verb = command.value(1);
    const QStringList rest = command.mid(2);

    if (group == QLatin1String("rules") && verb == QLatin1String("test")) {
        return rulesTest(rest);
    }
    if (group == QLatin1String("policies") && verb == QLatin1String("check")) {
        return policiesCheck(rest);
    }
    using Handler = int (CliApplication::*)(const QStringList &);
    struct Entry
    {
        const char *group;
        const char *verb;
        Handler handler;
        StoreUse store;
    };
    static const Entry entries[] = {
        {"households", "add", &CliApplication::householdsAdd, StoreUse::Writes},
        {"households", "show", &CliApplication::householdsShow, StoreUse::Reads},
        {"households", "list", &CliApplication::householdsList, StoreUse::Reads},
        {"plan", "draft", &CliApplication::planDraft, StoreUse::Reads},
        {"plan", "print", &CliApplication::planPrint, StoreUse::Reads},
        {"visits", "add", &CliApplication::visitsAdd, StoreUse::Reads},
        {"visits", "list", &CliApplication::visitsList, StoreUse::Reads},
        {"policies", "list", &CliApplication::policiesList, StoreUse::None},
        {"policies", "search", &CliApplication::policiesSearch, StoreUse::None},
        {"policies", "show", &CliApplication::policiesShow, StoreUse::None},
        {"station", "show", &CliApplication::stationShow, StoreUse::Reads},
        {"decisions", "list", &CliApplication::decisionsList, StoreUse::Reads},
        {"station", "set-name", &CliApplication::stationSetName, StoreUse::Writes},
    };
    if (group == QLatin1String("screen") && isScreenHelp(command.mid(1))) {
        printScreenUsage(m_out);
        return Success;
    }
    if (group == QLatin1String("screen") || group == QLatin1String("generate")) {
        if (!openServices(group == QLatin1String("generate") ? StoreUse::Writes
                                                             : StoreUse::Reads)) {
            return Failure;
        }
        return group == QLatin1String("screen")
                   ? runScreenCommand(command.mid(1), *m_database, *m_catalogue, m_out, m_err,
                                      m_json)
                   : runGenerateCommand(command.mid(1), *m_database, *m_catalogue, m_out, m_err,
                                        m_json);
    }
    if (group == QLatin1String("assess") || group == QLatin1String("match")) {
        if (!openServices(StoreUse::Reads)) {
            return Failure;
        }
        return group == QLatin1String("assess") ? assess(command.mid(1)) : match(command.mid(1));
    }
    for (const Entry &entry : entries) {
        if (group == QLatin1String(entry.group) && verb == QLatin1String(entry.verb)) {
            if (!openServices(entry.store)) {
                return Failure;
            }
            return (this->*entry.handler)(rest);
        }
    }
    return usage(tr("Unknown command: %1").arg(command.join(QLatin1Char(' '))));
}

bool CliApplication::openServices(StoreUse use)
{
    Result<Catalogue> catalogue = Catalogue::loadBundled();
    if (!catalogue) {
        fail(Failure, catalogue.error());
        return false;
    }
    m_catalogue = std::make_unique<Catalogue>(std::move(catalogue).value());
    Result<Areas> areas = Areas::loadBundled();
    if (!areas) {
        fail(Failure, areas.error());
        return false;
    }
    m_areas = std::make_unique<Areas>(std::move(areas).value());
    Result<Assessor> assessor = Assessor::loadBundled();
    if (!assessor) {
        fail(Failure, assessor.error());
        return false;
    }
    m_assessor = std::make_unique<Assessor>(std::move(assessor).value());
    m_matcher = std::make_unique<Matcher>(*m_catalogue);

    m_database = std::make_unique<Database>(QStringLiteral("jiuzhu-cli"));
    // The catalogue commands never touch the store, so they leave no file behind either.
    QString path = use == StoreUse::None ? QStringLiteral(":memory:")
                   : m_dbPath.isEmpty()  ? Database::defaultPath()
                                         : m_dbPath;
    if (use == StoreUse::Reads && !m_dbPath.isEmpty() && path != QLatin1String(":memory:") &&
        !QFileInfo::exists(path)) {
        fail(Failure, QStringLiteral("--db: ") +
                          tr("there is no store at %1; commands that add data (households add, "
                             "generate, station set-name) create one")
                              .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!m_database->open(path)) {
        fail(Failure, m_database->errorString());
        return false;
    }
    m_households = std::make_unique<HouseholdRepository>(*m_database);
    QStringList policyCodes;
    for (const Policy &policy : m_catalogue->policies()) {
        policyCodes << policy.code;
    }
    m_households->setReferenceData({m_areas.get(), policyCodes});
    m_assessments = std::make_unique<AssessmentRepository>(*m_database);
    m_plans = std::make_unique<PlanRepository>(*m_database);
    m_visits = std::make_unique<VisitRepository>(*m_database);
    m_decisions = std::make_unique<DecisionRepository>(*m_database);
    m_workflow = std::make_unique<CaseWorkflow>(*m_households, *m_assessments, *m_plans,
                                                *m_catalogue, *m_assessor, *m_matcher, *m_areas);
    m_workflow->setDecisionLog(m_decisions.get());
    return true;
}

QString CliApplication::requireHousehold(const QString &reference, int *exitCode)
{
    if (reference.isEmpty()) {
        *exitCode = usage(tr("Name the household: its id, an id prefix or a member's ID number"));
        return QString();
    }
    const QString uuid = m_households->resolve(reference);
    if (uuid.isEmpty()) {
        const QStringList candidates = reference.trimmed().size() >= 8
                                           ? m_households->uuidsWithPrefix(reference.trimmed())
                                           : QStringList();
        *exitCode = candidates.size() > 1
                        ? failField(InvalidInput, QStringLiteral("ID"),
                                    tr("\"%1\" matches %2 households; give more of "
                                       "the id:\n%3")
                                        .arg(reference)
                                        .arg(candidates.size())
                                        .arg(candidates.join(QLatin1Char('\n'))))
                        : failField(InvalidInput, QStringLiteral("ID"),
                                    tr("no household matches \"%1\"").arg(reference));
    }
    return uuid;
}

QString CliApplication::householdArgument(const QStringList &args, const QString &command,
                                          int *exitCode)
{
    const CliArguments parsed = CliArguments::parse(args, {command, {}, 1, 1});
    if (!parsed.isValid()) {
        *exitCode = usage(parsed.error());
        return QString();
    }
    return requireHousehold(parsed.positional(0), exitCode);
}

QDate CliApplication::parseDate(const QString &text, const QString &option, int *exitCode)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        *exitCode = failField(InvalidInput, option,
                              tr("expected a date as YYYY-MM-DD, got \"%1\"").arg(text));
    }
    return date;
}

int CliApplication::usage(const QString &message)
{
    if (!message.isEmpty()) {
        m_err << message << '\n'
              << tr("Run jiuzhu-cli --help for the commands and options.") << '\n';
        m_err.flush();
        return UsageError;
    }
    QTextStream &stream = m_out;
    stream << tr(
        "Usage: jiuzhu-cli [--db FILE] [--json] [--lang zh|en] COMMAND\n"
        "       jiuzhu-cli --help | --version\n"
        "\n"
        "Commands:\n"
        "  households add FILE.json        record a new household (docs/formats/household.md)\n"
        "  households show ID              show one household\n"
        "  households list [--search TEXT] list households, by name, ID number or address\n"
        "  assess ID                       assess hardship and keep the result\n"
        "  match ID [--as-of YYYY-MM-DD]   match against the policy catalogue\n"
        "  decisions list ID               past matches, which went stale and why\n"
        "  plan draft ID [--advisor NAME] [--phone TEL]\n"
        "                                  draft the plan from the matches\n"
        "  plan print ID --pdf FILE        print the plan for the family as PDF\n"
        "  visits add ID [--at DATETIME] [--kind home|phone|office] [--participants TEXT]\n"
        "             [--findings TEXT] [--next-steps TEXT] [--next-visit YYYY-MM-DD]\n"
        "                                  log a contact (default: a home visit now)\n"
        "  visits list ID                  list visits, newest first\n"
        "  policies list [--target-group CODE]\n"
        "                                  list the catalogue, or the policies for one group\n"
        "  policies search TEXT [--target-group CODE]\n"
        "                                  search the catalogue, within one group if given\n"
        "  policies show CODE              show one policy\n"
        "  policies check FILE [--facts FILE]\n"
        "                                  validate a catalogue file; every problem is named\n"
        "  screen [--as-of YYYY-MM-DD] [--set PARAMETER=VALUE ...] [--xlsx FILE] [--csv FILE]\n"
        "         [--sort amount|level|street] [--limit N] [--threads N]\n"
        "                                  every household against every policy: the coverage\n"
        "                                  gaps; --set runs a what-if (VALUE, or +5% / -2.5%)\n"
        "  generate --households N --seed S [--reference-date YYYY-MM-DD]\n"
        "                                  fill the store with N synthetic households\n"
        "  rules test FILE                 run a JsonLogic test suite file\n"
        "  station show                    show this station's id and name\n"
        "  station set-name NAME           name this station (printed on plans)\n"
        "\n"
        "ID is a household id (or its first 8 characters) or a member's ID number.\n"
        "CODE after --target-group is one of the catalogue's target groups, such as elderly,\n"
        "disabled, children or unemployed; policies show lists a policy's groups.\n"
        "Exit codes: 0 success, 1 usage error, 2 invalid input, 3 failure,\n"
        "4 test cases failed (rules test).\n");
    stream.flush();
    return UsageError;
}

// "FIELD: message": the field (an option, ID, FILE, a JSON path) stays as typed, outside the
// translated text, so scripts can rely on it in every language.
int CliApplication::failField(int code, const QString &field, const QString &message)
{
    return fail(code, QStringLiteral("%1: %2").arg(field, message));
}

int CliApplication::fail(int code, const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return code;
}

void CliApplication::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliApplication::householdsAdd(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("households add"), {}, 1, 1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    QFile file(parsed.positional(0));
    if (!file.open(QIODevice::ReadOnly)) {
        return failField(InvalidInput, QStringLiteral("FILE"),
                         tr("cannot read %1: %2").arg(parsed.positional(0), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failField(InvalidInput, QStringLiteral("FILE"),
                         tr("%1 is not valid JSON: %2 (offset %3)")
                             .arg(parsed.positional(0), parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return failField(
            InvalidInput, QStringLiteral("FILE"),
            tr("%1 must hold one household, a JSON object {...}").arg(parsed.positional(0)));
    }

    FieldErrors errors;
    Household household = HouseholdJson::fromJson(document.object(), &errors);
    if (!errors.isEmpty()) {
        return fail(InvalidInput, describe(errors));
    }
    // "add" records a new household; an id that is already in the store would silently
    // replace someone else's record.
    if (!household.sync.uuid.isEmpty() && m_households->exists(household.sync.uuid)) {
        return failField(InvalidInput, QStringLiteral("id"),
                         tr("a household with id %1 is already recorded").arg(household.sync.uuid));
    }
    if (!m_households->save(household)) {
        const FieldErrors &fieldErrors = m_households->fieldErrors();
        return fieldErrors.isEmpty() ? fail(Failure, m_households->errorString())
                                     : fail(InvalidInput, describe(fieldErrors));
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("id"), household.sync.uuid},
                              {QStringLiteral("members"), int(household.members.size())}});
    } else {
        m_out << household.sync.uuid << '\n';
    }
    return Success;
}

int CliApplication::householdsShow(const QStringList &args)
{
    int code = Success;
    const QString uuid = householdArgument(args, QStringLiteral("households show"), &code);
    if (uuid.isEmpty()) {
        return code;
    }
    const std::optional<Household> household = m_households->load(uuid);
    if (!household) {
        return fail(Failure, tr("Cannot read household %1").arg(uuid));
    }
    if (m_json) {
        printJson(HouseholdJson::toJson(*household));
        return Success;
    }
    const QDate today = shanghaiToday();
    m_out << tr("Household %1").arg(household->sync.uuid) << '\n'
          << tr("Address: %1 %2 %3 %4")
                 .arg(m_areas->districtName(household->district),
                      m_areas->streetName(household->street), household->committee,
                      household->address)
          << '\n'
          << tr("Housing: %1")
                 .arg(Vocabulary::label(Vocabulary::List::HousingType, household->housingType))
          << '\n';
    for (const Member &m : household->members) {
        m_out << "  " << m.name << "  " << ResidentId::mask(m.idNumber) << "  "
              << Vocabulary::label(Vocabulary::List::Relation, m.relation) << "  "
              << tr("%n year(s)", nullptr, m.ageOn(today)) << '\n';
    }
    for (const Benefit &b : household->benefits) {
        const Policy *policy = m_catalogue->policy(b.policyCode);
        m_out << tr("Receives: %1").arg(policy ? policy->name.text(QLocale()) : b.policyCode)
              << '\n';
    }
    m_out.flush();
    return Success;
}

int CliApplication::householdsList(const QStringList &args)
{
    const CliArguments parsed = CliArguments::parse(
        args, {QStringLiteral("households list"), {QStringLiteral("--search")}, 0, 0});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const QString search = parsed.value(QStringLiteral("--search"));
    const QList<HouseholdSummary> rows = m_households->list(search);
    if (m_json) {
        QJsonArray array;
        for (const HouseholdSummary &row : rows) {
            array.append(
                QJsonObject{{QStringLiteral("id"), row.uuid},
                            {QStringLiteral("head"), row.headName},
                            {QStringLiteral("headIdNumber"), ResidentId::mask(row.headIdNumber)},
                            {QStringLiteral("district"), row.district},
                            {QStringLiteral("street"), row.street},
                            {QStringLiteral("address"), row.address},
                            {QStringLiteral("members"), row.memberCount},
                            {QStringLiteral("level"), row.level}});
        }
        printJson(array);
        return Success;
    }
    for (const HouseholdSummary &row : rows) {
        m_out << row.uuid.left(8) << "  " << row.headName << "  "
              << ResidentId::mask(row.headIdNumber) << "  " << m_areas->streetName(row.street)
              << "  " << row.address << "  " << tr("%n member(s)", nullptr, row.memberCount)
              << '\n';
    }
    m_out << tr("%n household(s)", nullptr, int(rows.size())) << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::policiesList(const QStringList &args)
{
    const QString option = QStringLiteral("--target-group");
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("policies list"), {option}, 0, 0});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const QString group = parsed.value(option);
    if (parsed.has(option) && !m_catalogue->targetGroup(group)) {
        return unknownTargetGroup(group);
    }
    QList<const Policy *> found;
    for (const Policy &policy : m_catalogue->policies()) {
        if (policy.isFor(group)) {
            found << &policy;
        }
    }

    const QLocale locale;
    if (m_json) {
        QJsonArray array;
        for (const Policy *policy : std::as_const(found)) {
            array.append(QJsonObject{{QStringLiteral("code"), policy->code},
                                     {QStringLiteral("name"), policy->name.text(locale)},
                                     {QStringLiteral("category"), policy->category},
                                     {QStringLiteral("targetGroups"),
                                      QJsonArray::fromStringList(policy->targetGroups)}});
        }
        printJson(array);
        return Success;
    }
    for (const Policy *policy : std::as_const(found)) {
        m_out << policy->code.leftJustified(28) << policy->name.text(locale) << '\n';
    }
    m_out << tr("Catalogue %1, effective %2")
                 .arg(m_catalogue->version(), m_catalogue->effectiveDate().toString(Qt::ISODate))
          << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::policiesSearch(const QStringList &args)
{
    const QString option = QStringLiteral("--target-group");
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("policies search"), {option}, 1, -1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const QString group = parsed.value(option);
    if (parsed.has(option) && !m_catalogue->targetGroup(group)) {
        return unknownTargetGroup(group);
    }
    QList<const Policy *> found;
    for (const Policy *policy : m_catalogue->search(parsed.positionals().join(QLatin1Char(' ')))) {
        if (policy->isFor(group)) {
            found << policy;
        }
    }

    const QLocale locale;
    if (m_json) {
        QJsonArray array;
        for (const Policy *policy : found) {
            array.append(QJsonObject{{QStringLiteral("code"), policy->code},
                                     {QStringLiteral("name"), policy->name.text(locale)}});
        }
        printJson(array);
        return Success;
    }
    for (const Policy *policy : found) {
        m_out << policy->code.leftJustified(28) << policy->name.text(locale) << '\n';
    }
    m_out << tr("%n polic(ies) found", nullptr, int(found.size())) << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::policiesShow(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("policies show"), {}, 1, 1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const Policy *policy = m_catalogue->policy(parsed.positional(0));
    if (!policy) {
        return failField(InvalidInput, QStringLiteral("CODE"),
                         tr("no policy with code \"%1\"").arg(parsed.positional(0)));
    }
    const QLocale locale;
    const QDate today = shanghaiToday();
    QJsonArray parameters;
    for (const QString &name : policy->parameters) {
        const Parameter *parameter = m_catalogue->parameter(name);
        const ParameterValue *value = parameter ? parameter->valueOn(today) : nullptr;
        parameters.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("label"), parameter ? parameter->label.text(locale) : name},
                        {QStringLiteral("unit"), parameter ? parameter->unit : QString()},
                        {QStringLiteral("value"), value ? QJsonValue(value->value) : QJsonValue()},
                        {QStringLiteral("confirmed"), value && value->isConfirmed()},
                        {QStringLiteral("source"), value ? value->source : QString()}});
    }
    QJsonArray documents;
    for (const LocalizedText &document : policy->documents) {
        documents.append(document.text(locale));
    }
    if (m_json) {
        printJson(QJsonObject{
            {QStringLiteral("code"), policy->code},
            {QStringLiteral("name"), policy->name.text(locale)},
            {QStringLiteral("category"), policy->category},
            {QStringLiteral("target"), policy->target.text(locale)},
            {QStringLiteral("targetGroups"), QJsonArray::fromStringList(policy->targetGroups)},
            {QStringLiteral("summary"), policy->summary.text(locale)},
            {QStringLiteral("scope"), policy->scope},
            {QStringLiteral("eligibility"), policy->eligibility},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("channel"), policy->channel.text(locale)},
            {QStringLiteral("onlineService"), policy->onlineService},
            {QStringLiteral("legalBasis"), policy->legalBasis.text(locale)}});
        return Success;
    }
    m_out << policy->name.text(locale) << "  (" << policy->code << ")\n"
          << tr("For: %1").arg(policy->target.text(locale)) << '\n'
          << tr("Target groups: %1").arg(targetGroupList(*policy)) << '\n'
          << policy->summary.text(locale) << '\n';
    for (const QJsonValue &value : std::as_const(parameters)) {
        const QJsonObject p = value.toObject();
        const QString shown = p.value(QStringLiteral("value")).isNull()
                                  ? tr("no value on %1").arg(today.toString(Qt::ISODate))
                                  : QString::number(p.value(QStringLiteral("value")).toDouble());
        m_out << "  " << p.value(QStringLiteral("label")).toString() << ": " << shown << ' '
              << p.value(QStringLiteral("unit")).toString()
              << (p.value(QStringLiteral("confirmed")).toBool()
                      ? QString()
                      : QStringLiteral(" ") + tr("[to be verified]"))
              << '\n';
    }
    m_out << tr("Documents to bring:") << '\n';
    for (const QJsonValue &document : std::as_const(documents)) {
        m_out << "  - " << document.toString() << '\n';
    }
    m_out << tr("Where to apply: %1").arg(policy->channel.text(locale)) << '\n'
          << tr("Legal basis: %1").arg(policy->legalBasis.text(locale)) << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::stationShow(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("station show"), {}, 0, 0});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("id"), m_database->stationId()},
                              {QStringLiteral("name"), m_database->stationName()},
                              {QStringLiteral("store"), m_database->path()}});
        return Success;
    }
    m_out << tr("Station %1: %2").arg(m_database->stationId(), m_database->stationName()) << '\n'
          << tr("Store: %1").arg(m_database->path()) << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::stationSetName(const QStringList &args)
{
    const CliArguments parsed =
        CliArguments::parse(args, {QStringLiteral("station set-name"), {}, 1, -1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    const QString name = parsed.positionals().join(QLatin1Char(' ')).trimmed();
    if (!m_database->setStationName(name)) {
        return fail(Failure, m_database->errorString());
    }
    return Success;
}

// "老年人 (elderly)": the label to read, the code to type after --target-group.
QString CliApplication::targetGroupList(const Policy &policy) const
{
    const QLocale locale;
    QStringList groups;
    for (const QString &code : policy.targetGroups) {
        const TargetGroup *group = m_catalogue->targetGroup(code);
        groups << (group ? tr("%1 (%2)", "target group label (code), e.g. 老年人 (elderly)")
                               .arg(group->label.text(locale), code)
                         : code);
    }
    return locale.createSeparatedList(groups);
}

int CliApplication::unknownTargetGroup(const QString &code)
{
    QStringList codes;
    for (const TargetGroup &group : m_catalogue->targetGroups()) {
        codes << group.code;
    }
    return failField(InvalidInput, QStringLiteral("--target-group"),
                     tr("no target group \"%1\"; the catalogue has %2")
                         .arg(code, codes.join(QStringLiteral(", "))));
}

int CliApplication::policiesCheck(const QStringList &args)
{
    const CliArguments parsed = CliArguments::parse(
        args, {QStringLiteral("policies check"), {QStringLiteral("--facts")}, 1, 1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    return runPoliciesCheckCommand(parsed.positional(0), parsed.value(QStringLiteral("--facts")),
                                   m_out, m_err);
}

int CliApplication::rulesTest(const QStringList &args)
{
    const CliArguments parsed = CliArguments::parse(args, {QStringLiteral("rules test"), {}, 1, 1});
    if (!parsed.isValid()) {
        return usage(parsed.error());
    }
    // A suite with failing cases is neither a usage error nor invalid input: it has its own
    // exit code, so scripts can tell "the engine disagrees" from "the file is wrong".
    const int result = JsonLogic::runRulesTestCommand(parsed.positional(0), m_out, m_err);
    return result == 1 ? int(TestsFailed) : result;
}

} // namespace Jiuzhu
