// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Jiuzhu {

class HouseholdRepository;

// A combo box listing the households by head name and masked ID number, carrying each
// household's uuid as item data. It follows the repository: saved and removed households show
// up without a reload by hand. Choosing an entry emits householdChosen; setting it from code
// with setCurrentHousehold does not.
class HouseholdPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit HouseholdPicker(HouseholdRepository &households, QWidget *parent = nullptr);

    void reload();
    void setCurrentHousehold(const QString &uuid);
    QString currentHousehold() const;

signals:
    void householdChosen(const QString &uuid);

private:
    void handleActivated(int index);

    HouseholdRepository &m_households;
};

} // namespace Jiuzhu
