// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdpicker.h"

#include <QSignalBlocker>

#include "households/residentid.h"
#include "storage/householdrepository.h"

namespace Jiuzhu {

HouseholdPicker::HouseholdPicker(HouseholdRepository &households, QWidget *parent)
    : QComboBox(parent)
    , m_households(households)
{
    setObjectName(QStringLiteral("householdPicker"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::activated, this, &HouseholdPicker::handleActivated);
    connect(&m_households, &HouseholdRepository::householdSaved, this, &HouseholdPicker::reload);
    connect(&m_households, &HouseholdRepository::householdRemoved, this, &HouseholdPicker::reload);
    reload();
}

void HouseholdPicker::reload()
{
    const QString current = currentHousehold();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Choose a household…"), QString());
    const QList<HouseholdSummary> households = m_households.list();
    for (const HouseholdSummary &household : households) {
        const QString name =
            household.headName.isEmpty() ? tr("(no head of household)") : household.headName;
        addItem(tr("%1 · %2", "head name · masked ID number, e.g. 小林 · 310105********0027")
                    .arg(name, ResidentId::mask(household.headIdNumber)),
                household.uuid);
    }
    setCurrentIndex(std::max(findData(current), 0));
}

void HouseholdPicker::setCurrentHousehold(const QString &uuid)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(std::max(findData(uuid), 0));
}

QString HouseholdPicker::currentHousehold() const
{
    return currentData().toString();
}

void HouseholdPicker::handleActivated(int index)
{
    emit householdChosen(itemData(index).toString());
}

} // namespace Jiuzhu
