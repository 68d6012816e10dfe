// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policiespage.h"

namespace Jiuzhu {

PoliciesPage::PoliciesPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("policiespage"));
}

PoliciesPage::~PoliciesPage() = default;

void PoliciesPage::showHousehold(const QString &uuid)
{
    m_household = uuid;
}

} // namespace Jiuzhu
