// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdtablemodel.h"

#include <QLocale>
#include <QTimeZone>

#include "households/areas.h"
#include "households/residentid.h"
#include "storage/assessmentrepository.h"

namespace Jiuzhu {

HouseholdTableModel::HouseholdTableModel(HouseholdRepository &households,
                                         AssessmentRepository &assessments, const Areas &areas,
                                         QObject *parent)
    : QAbstractTableModel(parent)
    , m_households(households)
    , m_assessments(assessments)
    , m_areas(areas)
{
    connect(&m_households, &HouseholdRepository::householdSaved, this,
            &HouseholdTableModel::handleRepositoryChanged);
    connect(&m_households, &HouseholdRepository::householdRemoved, this,
            &HouseholdTableModel::handleRepositoryChanged);
    connect(&m_assessments, &AssessmentRepository::assessmentSaved, this,
            &HouseholdTableModel::handleRepositoryChanged);
    reload();
}

HouseholdTableModel::~HouseholdTableModel() = default;

void HouseholdTableModel::reload()
{
    beginResetModel();
    m_rows = m_households.list(m_searchText);
    collectLevelLabels();
    endResetModel();
    emit reloaded();
}

void HouseholdTableModel::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    reload();
}

QString HouseholdTableModel::uuid(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
}

int HouseholdTableModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid) {
            return i;
        }
    }
    return -1;
}

const HouseholdSummary *HouseholdTableModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HouseholdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant HouseholdTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HouseholdSummary &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        return column == Column::Address
                   ? QVariant(row.committee.isEmpty() ? row.address
                                                      : row.committee + u'\n' + row.address)
                   : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Members ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole:
        return rawValue(row, column);
    case UuidRole:
        return row.uuid;
    default:
        return {};
    }
}

QVariant HouseholdTableModel::displayValue(const HouseholdSummary &row, Column column) const
{
    switch (column) {
    case Column::HeadName:
        return row.headName;
    case Column::IdNumber:
        return ResidentId::mask(row.headIdNumber);
    case Column::Street: {
        const QString street = m_areas.streetName(row.street);
        return street.isEmpty() ? m_areas.districtName(row.district) : street;
    }
    case Column::Address:
        return row.address;
    case Column::Members:
        return QLocale().toString(row.memberCount);
    case Column::Level:
        return levelLabel(row.level);
    case Column::ChangedAt:
        return row.changedAt.isValid()
                   ? QLocale().toString(toShanghaiTime(row.changedAt), QLocale::ShortFormat)
                   : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant HouseholdTableModel::rawValue(const HouseholdSummary &row, Column column) const
{
    switch (column) {
    case Column::HeadName:
        return row.headName;
    case Column::IdNumber:
        return ResidentId::mask(row.headIdNumber);
    case Column::Street:
        return row.street.isEmpty() ? row.district : row.street;
    case Column::Address:
        return row.address;
    case Column::Members:
        return row.memberCount;
    case Column::Level:
        return row.level;
    case Column::ChangedAt:
        return row.changedAt.toUTC();
    case Column::Count:
        break;
    }
    return {};
}

QString HouseholdTableModel::levelLabel(int level) const
{
    if (level <= 0) {
        return tr("Not assessed");
    }
    const QString label = m_levelLabels.value(level);
    return label.isEmpty() ? tr("Level %1", "hardship level, e.g. Level 3").arg(level) : label;
}

void HouseholdTableModel::collectLevelLabels()
{
    // The labels belong to the assessment model, which travels with each assessment: ask the
    // first household at each level, so a reload costs at most one query per level.
    m_levelLabels.clear();
    for (const HouseholdSummary &row : std::as_const(m_rows)) {
        if (row.level <= 0 || m_levelLabels.contains(row.level)) {
            continue;
        }
        if (const std::optional<Assessment> latest = m_assessments.latest(row.uuid)) {
            m_levelLabels.insert(row.level, latest->levelLabel.text(QLocale()));
        }
    }
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Column::HeadName:
        return tr("Head of household");
    case Column::IdNumber:
        return tr("ID number");
    case Column::Street:
        return tr("Street / town");
    case Column::Address:
        return tr("Address");
    case Column::Members:
        return tr("Members");
    case Column::Level:
        return tr("Hardship");
    case Column::ChangedAt:
        return tr("Last changed");
    case Column::Count:
        break;
    }
    return {};
}

QDateTime HouseholdTableModel::toShanghaiTime(const QDateTime &moment)
{
    static const QTimeZone shanghai = [] {
        QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
        // Without a time-zone database the fixed offset is exact: Shanghai has had no daylight
        // saving since 1991.
        return zone.isValid() ? zone : QTimeZone(8 * 3600);
    }();
    return moment.toTimeZone(shanghai);
}

void HouseholdTableModel::handleRepositoryChanged()
{
    reload();
}

} // namespace Jiuzhu
