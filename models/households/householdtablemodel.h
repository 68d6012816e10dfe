// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "storage/householdrepository.h"

namespace Jiuzhu {

class Areas;
class AssessmentRepository;

// The household list: one row per live household as HouseholdRepository::list() gives it,
// optionally narrowed by a search text that the repository applies (name, ID number, address,
// committee). ID numbers are only ever shown masked. The rows are reloaded whenever a household
// is saved or removed or an assessment is saved; DisplayRole is formatted text, RawValueRole the
// value to sort by (fen, counts, levels and UTC moments stay numeric).
class HouseholdTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        HeadName,
        IdNumber,
        Street,
        Address,
        Members,
        Level,
        ChangedAt,
        Count
    };

    enum Role
    {
        RawValueRole = Qt::UserRole,
        UuidRole,
    };

    HouseholdTableModel(HouseholdRepository &households, AssessmentRepository &assessments,
                        const Areas &areas, QObject *parent = nullptr);
    ~HouseholdTableModel() override;

    // Reads the rows again from the repository (a true reload: the model is reset).
    void reload();
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    QString uuid(int row) const;
    int rowOf(const QString &uuid) const;
    const HouseholdSummary *summary(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The moment in Shanghai time (UTC+8, no daylight saving), as the list and detail show it.
    static QDateTime toShanghaiTime(const QDateTime &moment);

signals:
    void reloaded();

private:
    QVariant displayValue(const HouseholdSummary &row, Column column) const;
    QVariant rawValue(const HouseholdSummary &row, Column column) const;
    QString levelLabel(int level) const;
    void collectLevelLabels();
    void handleRepositoryChanged();

    HouseholdRepository &m_households;
    AssessmentRepository &m_assessments;
    const Areas &m_areas;
    QString m_searchText;
    QList<HouseholdSummary> m_rows;
    QHash<int, QString> m_levelLabels; // level → label, from the assessments themselves
};

} // namespace Jiuzhu
