// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdspage.h"

namespace Jiuzhu {

HouseholdsPage::HouseholdsPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("householdspage"));
}

HouseholdsPage::~HouseholdsPage() = default;

void HouseholdsPage::showHousehold(const QString &uuid)
{
    m_household = uuid;
}

} // namespace Jiuzhu
