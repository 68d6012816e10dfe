// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planspage.h"

namespace Jiuzhu {

PlansPage::PlansPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("planspage"));
}

PlansPage::~PlansPage() = default;

void PlansPage::showHousehold(const QString &uuid)
{
    m_household = uuid;
}

} // namespace Jiuzhu
