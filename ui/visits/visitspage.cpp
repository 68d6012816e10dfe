// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitspage.h"

namespace Jiuzhu {

VisitsPage::VisitsPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("visitspage"));
}

VisitsPage::~VisitsPage() = default;

void VisitsPage::showHousehold(const QString &uuid)
{
    m_household = uuid;
}

} // namespace Jiuzhu
