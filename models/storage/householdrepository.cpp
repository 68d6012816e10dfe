// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/logging.h"
#include "households/householdvalidator.h"
#include "storage/database.h"
#include "storage/syncedrowwriter.h"
#include "storage/transactionguard.h"

namespace Jiuzhu {

namespace {

const QString HouseholdsTable = QStringLiteral("households");
const QString MembersTable = QStringLiteral("members");
const QString BenefitsTable = QStringLiteral("benefits");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

template <typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant nullableBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString incomesToText(const QList<Income> &incomes)
{
    QJsonArray array;
    for (const Income &income : incomes) {
        array.append(QJsonObject{{QStringLiteral("kind"), income.kind},
                                 {QStringLiteral("fen"), income.monthlyFen}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Income> incomesFromText(const QString &text)
{
    QList<Income> incomes;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        incomes << Income{object.value(QStringLiteral("kind")).toString(),
                          qint64(object.value(QStringLiteral("fen")).toDouble())};
    }
    return incomes;
}

SyncStamp readStamp(const QSqlQuery &query)
{
    SyncStamp stamp;
    stamp.uuid = query.value(QStringLiteral("uuid")).toString();
    stamp.version = query.value(QStringLiteral("version")).toInt();
    stamp.station = query.value(QStringLiteral("station")).toString();
    stamp.changedAt =
        QDateTime::fromString(query.value(QStringLiteral("changed_at")).toString(), Qt::ISODate);
    stamp.isDeleted = query.value(QStringLiteral("deleted")).toInt() != 0;
    return stamp;
}

template <typename T>
std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.value<T>();
}

std::optional<bool> optionalBool(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toInt() != 0;
}

Household readHousehold(const QSqlQuery &query)
{
    Household h;
    h.sync = readStamp(query);
    h.district = query.value(QStringLiteral("district")).toString();
    h.street = query.value(QStringLiteral("street")).toString();
    h.committee = query.value(QStringLiteral("committee")).toString();
    h.address = query.value(QStringLiteral("address")).toString();
    h.housingType = query.value(QStringLiteral("housing_type")).toString();
    h.livingAreaM2 = optionalValue<double>(query.value(QStringLiteral("living_area_m2")));
    h.financialAssetsFen =
        optionalValue<qint64>(query.value(QStringLiteral("financial_assets_fen")));
    h.vehicleCount = optionalValue<int>(query.value(QStringLiteral("vehicle_count")));
    h.propertyCount = optionalValue<int>(query.value(QStringLiteral("property_count")));
    h.educationSpending12mFen =
        query.value(QStringLiteral("education_spending_12m_fen")).toLongLong();
    h.otherRigidSpending12mFen =
        query.value(QStringLiteral("other_rigid_spending_12m_fen")).toLongLong();
    h.hukouYears = optionalValue<int>(query.value(QStringLiteral("hukou_years")));
    h.hasSupporter = optionalBool(query.value(QStringLiteral("has_supporter")));
    h.hasSuddenHardship = optionalBool(query.value(QStringLiteral("has_sudden_hardship")));
    h.isDisasterAffected = optionalBool(query.value(QStringLiteral("disaster_affected")));
    h.notes = query.value(QStringLiteral("notes")).toString();
    return h;
}

Member readMember(const QSqlQuery &members)
{
    Member m;
    m.sync = readStamp(members);
    m.name = members.value(QStringLiteral("name")).toString();
    m.idNumber = members.value(QStringLiteral("id_number")).toString();
    m.birthDate =
        QDate::fromString(members.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    m.sex = members.value(QStringLiteral("sex")).toString();
    m.relation = members.value(QStringLiteral("relation")).toString();
    m.hukou = members.value(QStringLiteral("hukou")).toString();
    m.maritalStatus = members.value(QStringLiteral("marital_status")).toString();
    m.education = members.value(QStringLiteral("education")).toString();
    m.employment = members.value(QStringLiteral("employment")).toString();
    m.isUnemploymentRegistered =
        members.value(QStringLiteral("unemployment_registered")).toInt() != 0;
    m.isEmploymentDifficultyRecognised =
        members.value(QStringLiteral("employment_difficulty")).toInt() != 0;
    m.conditions = members.value(QStringLiteral("conditions"))
                       .toString()
                       .split(QLatin1Char(','), Qt::SkipEmptyParts);
    m.healthNote = members.value(QStringLiteral("health_note")).toString();
    m.disabilityType = members.value(QStringLiteral("disability_type")).toString();
    m.disabilityGrade = members.value(QStringLiteral("disability_grade")).toInt();
    m.incomes = incomesFromText(members.value(QStringLiteral("incomes")).toString());
    m.medicalOutOfPocket12mFen = members.value(QStringLiteral("medical_oop_12m_fen")).toLongLong();
    return m;
}

Benefit readBenefit(const QSqlQuery &benefits)
{
    Benefit b;
    b.sync = readStamp(benefits);
    b.memberUuid = benefits.value(QStringLiteral("member_uuid")).toString();
    b.policyCode = benefits.value(QStringLiteral("policy_code")).toString();
    b.since = QDate::fromString(benefits.value(QStringLiteral("since")).toString(), Qt::ISODate);
    b.monthlyFen = benefits.value(QStringLiteral("monthly_fen")).toLongLong();
    return b;
}

QVariantMap householdColumns(const Household &h)
{
    return {
        {QStringLiteral("district"), h.district},
        {QStringLiteral("street"), h.street},
        {QStringLiteral("committee"), h.committee},
        {QStringLiteral("address"), h.address},
        {QStringLiteral("housing_type"), h.housingType},
        {QStringLiteral("living_area_m2"), nullable(h.livingAreaM2)},
        {QStringLiteral("financial_assets_fen"), nullable(h.financialAssetsFen)},
        {QStringLiteral("vehicle_count"), nullable(h.vehicleCount)},
        {QStringLiteral("property_count"), nullable(h.propertyCount)},
        {QStringLiteral("education_spending_12m_fen"), h.educationSpending12mFen},
        {QStringLiteral("other_rigid_spending_12m_fen"), h.otherRigidSpending12mFen},
        {QStringLiteral("hukou_years"), nullable(h.hukouYears)},
        {QStringLiteral("has_supporter"), nullableBool(h.hasSupporter)},
        {QStringLiteral("has_sudden_hardship"), nullableBool(h.hasSuddenHardship)},
        {QStringLiteral("disaster_affected"), nullableBool(h.isDisasterAffected)},
        {QStringLiteral("notes"), h.notes},
    };
}

QVariantMap memberColumns(const Member &m, const QString &householdUuid, int position)
{
    return {
        {QStringLiteral("household_uuid"), householdUuid},
        {QStringLiteral("position"), position},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("id_number"), m.idNumber},
        {QStringLiteral("birth_date"), dateValue(m.birthDate)},
        {QStringLiteral("sex"), m.sex},
        {QStringLiteral("relation"), m.relation},
        {QStringLiteral("hukou"), m.hukou},
        {QStringLiteral("marital_status"), m.maritalStatus},
        {QStringLiteral("education"), m.education},
        {QStringLiteral("employment"), m.employment},
        {QStringLiteral("unemployment_registered"), m.isUnemploymentRegistered ? 1 : 0},
        {QStringLiteral("employment_difficulty"), m.isEmploymentDifficultyRecognised ? 1 : 0},
        {QStringLiteral("conditions"), m.conditions.join(QLatin1Char(','))},
        {QStringLiteral("health_note"), m.healthNote},
        {QStringLiteral("disability_type"), m.disabilityType},
        {QStringLiteral("disability_grade"), m.disabilityGrade},
        {QStringLiteral("incomes"), incomesToText(m.incomes)},
        {QStringLiteral("medical_oop_12m_fen"), m.medicalOutOfPocket12mFen},
    };
}

} // namespace

HouseholdRepository::HouseholdRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

bool HouseholdRepository::save(Household &household, const QDate &today)
{
    m_error.clear();
    if (!validate(household, today)) {
        return false;
    }

    // Work on a copy so that a failed write leaves the caller's household untouched.
    Household written = household;
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return fail(transaction.errorString());
    }
    SyncedRowWriter writer(db, m_database.stationId(), QDateTime::currentDateTimeUtc());
    if (!write(written, writer)) {
        return false;
    }
    if (!transaction.commit()) {
        return fail(transaction.errorString());
    }
    household = written;
    qCInfo(lcStorage) << "saved household" << household.sync.uuid << "version"
                      << household.sync.version;
    emit householdSaved(household.sync.uuid);
    return true;
}

bool HouseholdRepository::saveMany(QList<Household> &households,
                                   const std::function<void(int, int)> &progress,
                                   const QDate &today)
{
    m_error.clear();
    QList<Household> written = households;
    QSet<QString> idNumbers;
    for (int i = 0; i < written.size(); ++i) {
        if (!validate(written[i], today)) {
            m_error = tr("Household %1 of the batch: %2").arg(i + 1).arg(m_error);
            return false;
        }
        // The store's duplicate check cannot see the batch itself.
        for (const Member &member : std::as_const(written[i].members)) {
            if (!member.idNumber.isEmpty() && idNumbers.contains(member.idNumber)) {
                m_fieldErrors = {
                    {QStringLiteral("members.idNumber"),
                     QCoreApplication::translate(
                         "Validation", "This ID number is already recorded in another household")}};
                m_error =
                    tr("Household %1 of the batch: %2").arg(i + 1).arg(describe(m_fieldErrors));
                return false;
            }
            idNumbers.insert(member.idNumber);
        }
    }

    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return fail(transaction.errorString());
    }
    SyncedRowWriter writer(db, m_database.stationId(), QDateTime::currentDateTimeUtc());
    for (int i = 0; i < written.size(); ++i) {
        if (!write(written[i], writer)) {
            return false;
        }
        if (progress && (i % 1000 == 999 || i + 1 == written.size())) {
            progress(i + 1, int(written.size()));
        }
    }
    if (!transaction.commit()) {
        return fail(transaction.errorString());
    }
    households = written;
    qCInfo(lcStorage) << "saved" << households.size() << "households in one transaction";
    for (const Household &household : std::as_const(households)) {
        emit householdSaved(household.sync.uuid);
    }
    return true;
}

bool HouseholdRepository::validate(Household &household, const QDate &today)
{
    m_fieldErrors = HouseholdValidator::validate(household, today, m_reference);
    for (int i = 0; i < household.members.size(); ++i) {
        const Member &member = household.members.at(i);
        if (member.idNumber.isEmpty()) {
            continue;
        }
        if (!householdWithIdNumber(member.idNumber, household.sync.uuid).isEmpty()) {
            m_fieldErrors.append(
                {QStringLiteral("members[%1].idNumber").arg(i),
                 QCoreApplication::translate(
                     "Validation", "This ID number is already recorded in another household")});
        }
    }
    if (!m_fieldErrors.isEmpty()) {
        m_error = describe(m_fieldErrors);
        return false;
    }
    return true;
}

bool HouseholdRepository::write(Household &household, SyncedRowWriter &writer)
{
    if (household.sync.uuid.isEmpty()) {
        household.sync.uuid = newUuid();
    }
    const int changesBefore = writer.changedRows();
    if (!writer.write(HouseholdsTable, household.sync.uuid, householdColumns(household))) {
        return fail(writer.errorString());
    }
    household.sync.version = writer.lastVersion();
    const int changesAfterHousehold = writer.changedRows();

    QStringList memberUuids;
    for (int i = 0; i < household.members.size(); ++i) {
        Member &member = household.members[i];
        if (member.sync.uuid.isEmpty()) {
            member.sync.uuid = newUuid();
        }
        if (!writer.write(MembersTable, member.sync.uuid,
                          memberColumns(member, household.sync.uuid, i))) {
            return fail(writer.errorString());
        }
        member.sync.version = writer.lastVersion();
        memberUuids << member.sync.uuid;
    }
    if (!writer.markDeletedExcept(MembersTable, QStringLiteral("household_uuid"),
                                  household.sync.uuid, memberUuids)) {
        return fail(writer.errorString());
    }

    QStringList benefitUuids;
    for (Benefit &benefit : household.benefits) {
        // Files name the member by ID number; store the member's uuid.
        for (const Member &member : std::as_const(household.members)) {
            if (!benefit.memberUuid.isEmpty() && benefit.memberUuid == member.idNumber) {
                benefit.memberUuid = member.sync.uuid;
            }
        }
        if (benefit.sync.uuid.isEmpty()) {
            benefit.sync.uuid = newUuid();
        }
        const QVariantMap columns{{QStringLiteral("household_uuid"), household.sync.uuid},
                                  {QStringLiteral("member_uuid"), benefit.memberUuid},
                                  {QStringLiteral("policy_code"), benefit.policyCode},
                                  {QStringLiteral("since"), dateValue(benefit.since)},
                                  {QStringLiteral("monthly_fen"), benefit.monthlyFen}};
        if (!writer.write(BenefitsTable, benefit.sync.uuid, columns)) {
            return fail(writer.errorString());
        }
        benefitUuids << benefit.sync.uuid;
    }
    if (!writer.markDeletedExcept(BenefitsTable, QStringLiteral("household_uuid"),
                                  household.sync.uuid, benefitUuids)) {
        return fail(writer.errorString());
    }

    // A change to a member or a benefit alone is a new version of the household too.
    if (changesAfterHousehold == changesBefore && writer.changedRows() > changesAfterHousehold) {
        if (!writer.touch(HouseholdsTable, household.sync.uuid)) {
            return fail(writer.errorString());
        }
        household.sync.version = writer.lastVersion();
    }
    return true;
}

bool HouseholdRepository::remove(const QString &uuid)
{
    m_error.clear();
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    SyncedRowWriter writer(db, m_database.stationId(), QDateTime::currentDateTimeUtc());
    if (!transaction.isActive() ||
        !writer.markDeletedExcept(MembersTable, QStringLiteral("household_uuid"), uuid, {}) ||
        !writer.markDeletedExcept(BenefitsTable, QStringLiteral("household_uuid"), uuid, {}) ||
        !writer.markDeleted(HouseholdsTable, uuid) || !transaction.commit()) {
        return fail(writer.errorString().isEmpty() ? transaction.errorString()
                                                   : writer.errorString());
    }
    emit householdRemoved(uuid);
    return true;
}

std::optional<Household> HouseholdRepository::load(const QString &uuid) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM households WHERE uuid = :uuid AND deleted = 0"));
    query.bindValue(QStringLiteral(":uuid"), uuid);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot read household" << uuid << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    Household h = readHousehold(query);

    QSqlQuery members(db);
    members.prepare(QStringLiteral("SELECT * FROM members WHERE household_uuid = :uuid "
                                   "AND deleted = 0 ORDER BY position"));
    members.bindValue(QStringLiteral(":uuid"), uuid);
    if (!members.exec()) {
        qCWarning(lcStorage) << "cannot read members of" << uuid << members.lastError().text();
        return std::nullopt;
    }
    while (members.next()) {
        h.members << readMember(members);
    }

    QSqlQuery benefits(db);
    benefits.prepare(QStringLiteral("SELECT * FROM benefits WHERE household_uuid = :uuid "
                                    "AND deleted = 0 ORDER BY policy_code"));
    benefits.bindValue(QStringLiteral(":uuid"), uuid);
    if (!benefits.exec()) {
        qCWarning(lcStorage) << "cannot read benefits of" << uuid << benefits.lastError().text();
        return std::nullopt;
    }
    while (benefits.next()) {
        h.benefits << readBenefit(benefits);
    }
    return h;
}

std::optional<QList<Household>> HouseholdRepository::loadAll() const
{
    // Three scans instead of three queries per household; members and benefits are matched to
    // their household through a hash, in the same order load() gives them.
    QSqlDatabase db = m_database.connection();
    QList<Household> households;
    QHash<QString, qsizetype> rowOf;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM households WHERE deleted = 0 ORDER BY rowid"))) {
        qCWarning(lcStorage) << "cannot read households:" << query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        households << readHousehold(query);
        rowOf.insert(households.constLast().sync.uuid, households.size() - 1);
    }

    QSqlQuery members(db);
    members.setForwardOnly(true);
    if (!members.exec(QStringLiteral("SELECT * FROM members WHERE deleted = 0 "
                                     "ORDER BY household_uuid, position"))) {
        qCWarning(lcStorage) << "cannot read members:" << members.lastError().text();
        return std::nullopt;
    }
    while (members.next()) {
        const auto it = rowOf.constFind(members.value(QStringLiteral("household_uuid")).toString());
        if (it != rowOf.constEnd()) {
            households[it.value()].members << readMember(members);
        }
    }

    QSqlQuery benefits(db);
    benefits.setForwardOnly(true);
    if (!benefits.exec(QStringLiteral("SELECT * FROM benefits WHERE deleted = 0 "
                                      "ORDER BY household_uuid, policy_code"))) {
        qCWarning(lcStorage) << "cannot read benefits:" << benefits.lastError().text();
        return std::nullopt;
    }
    while (benefits.next()) {
        const auto it =
            rowOf.constFind(benefits.value(QStringLiteral("household_uuid")).toString());
        if (it != rowOf.constEnd()) {
            households[it.value()].benefits << readBenefit(benefits);
        }
    }
    return households;
}

QHash<QString, int> HouseholdRepository::latestLevels() const
{
    QHash<QString, int> levels;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT household_uuid, level FROM assessments "
                                   "WHERE deleted = 0 ORDER BY assessed_at"))) {
        qCWarning(lcStorage) << "cannot read assessment levels:" << query.lastError().text();
        return levels;
    }
    // Later rows overwrite earlier ones, so each household keeps its newest level.
    while (query.next()) {
        levels.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return levels;
}

std::optional<QSet<QString>> HouseholdRepository::liveUuids() const
{
    QSet<QString> uuids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uuid FROM households WHERE deleted = 0"))) {
        qCWarning(lcStorage) << "cannot read household ids:" << query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        uuids.insert(query.value(0).toString());
    }
    return uuids;
}

QString HouseholdRepository::resolve(const QString &reference) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty()) {
        return QString();
    }
    if (ref.size() >= 8) {
        const QStringList found = uuidsWithPrefix(ref, 2);
        if (found.size() == 1) {
            return found.first();
        }
        if (found.size() > 1) {
            return QString();
        }
    }
    return householdWithIdNumber(ref.toUpper(), QString());
}

QStringList HouseholdRepository::uuidsWithPrefix(const QString &prefix, int limit) const
{
    QStringList found;
    QString escaped = prefix.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid FROM households WHERE deleted = 0 AND uuid LIKE "
                                 ":prefix ESCAPE '\\' ORDER BY uuid LIMIT :limit"));
    query.bindValue(QStringLiteral(":prefix"), QString(escaped + QLatin1Char('%')));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot look up uuid prefix:" << query.lastError().text();
        return found;
    }
    while (query.next()) {
        found << query.value(0).toString();
    }
    return found;
}

bool HouseholdRepository::exists(const QString &uuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM households WHERE uuid = :uuid"));
    query.bindValue(QStringLiteral(":uuid"), uuid);
    return query.exec() && query.next();
}

QList<HouseholdSummary> HouseholdRepository::list(const QString &search) const
{
    QList<HouseholdSummary> rows;
    QSqlQuery query(m_database.connection());
    const QString needle = search.trimmed();
    query.prepare(QStringLiteral(
        "SELECT h.uuid, h.district, h.street, h.committee, h.address, h.changed_at, "
        "  (SELECT m.name FROM members m WHERE m.household_uuid = h.uuid AND m.deleted = 0 "
        "   ORDER BY (m.relation = 'head') DESC, m.position LIMIT 1) AS head_name, "
        "  (SELECT m.id_number FROM members m WHERE m.household_uuid = h.uuid AND m.deleted = 0 "
        "   ORDER BY (m.relation = 'head') DESC, m.position LIMIT 1) AS head_id, "
        "  (SELECT COUNT(*) FROM members m WHERE m.household_uuid = h.uuid AND m.deleted = 0) "
        "   AS member_count, "
        "  (SELECT a.level FROM assessments a WHERE a.household_uuid = h.uuid AND a.deleted = 0 "
        "   ORDER BY a.assessed_at DESC LIMIT 1) AS level "
        "FROM households h WHERE h.deleted = 0 AND (:all = 1 OR h.address LIKE :like ESCAPE '\\' "
        "  OR h.committee LIKE :like ESCAPE '\\' OR EXISTS (SELECT 1 FROM members m "
        "  WHERE m.household_uuid = h.uuid AND m.deleted = 0 "
        "  AND (m.name LIKE :like ESCAPE '\\' OR m.id_number LIKE :like ESCAPE '\\'))) "
        "ORDER BY h.changed_at DESC"));
    query.bindValue(QStringLiteral(":all"), needle.isEmpty() ? 1 : 0);
    // What the advisor types is matched literally: % and _ are not wildcards.
    QString literal = needle;
    literal.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    literal.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    literal.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    query.bindValue(QStringLiteral(":like"),
                    QString(QLatin1Char('%') + literal + QLatin1Char('%')));
    if (!query.exec()) {
        qCWarning(lcStorage) << "cannot list households:" << query.lastError().text();
        return rows;
    }
    while (query.next()) {
        HouseholdSummary row;
        row.uuid = query.value(QStringLiteral("uuid")).toString();
        row.district = query.value(QStringLiteral("district")).toString();
        row.street = query.value(QStringLiteral("street")).toString();
        row.committee = query.value(QStringLiteral("committee")).toString();
        row.address = query.value(QStringLiteral("address")).toString();
        row.changedAt = QDateTime::fromString(query.value(QStringLiteral("changed_at")).toString(),
                                              Qt::ISODate);
        row.headName = query.value(QStringLiteral("head_name")).toString();
        row.headIdNumber = query.value(QStringLiteral("head_id")).toString();
        row.memberCount = query.value(QStringLiteral("member_count")).toInt();
        row.level = query.value(QStringLiteral("level")).toInt();
        rows << row;
    }
    return rows;
}

int HouseholdRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM households WHERE deleted = 0")) ||
        !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

QString HouseholdRepository::householdWithIdNumber(const QString &idNumber,
                                                   const QString &excludeHousehold) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT household_uuid FROM members WHERE id_number = :id "
                                 "AND deleted = 0 AND household_uuid != :exclude LIMIT 1"));
    query.bindValue(QStringLiteral(":id"), idNumber);
    query.bindValue(QStringLiteral(":exclude"),
                    excludeHousehold.isNull() ? QStringLiteral("") : excludeHousehold);
    if (!query.exec() || !query.next()) {
        return QString();
    }
    return query.value(0).toString();
}

bool HouseholdRepository::fail(const QString &message)
{
    m_error = message;
    qCInfo(lcStorage) << "household not saved";
    return false;
}

} // namespace Jiuzhu
