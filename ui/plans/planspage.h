// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "mainwindow/appservices.h"

namespace Jiuzhu {

class PlansPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlansPage(AppServices services, QWidget *parent = nullptr);
    ~PlansPage() override;

    void showHousehold(const QString &uuid);

signals:
    void householdActivated(const QString &uuid);

private:
    AppServices m_services;
    QString m_household;
};

} // namespace Jiuzhu
