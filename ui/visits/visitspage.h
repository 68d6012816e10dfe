// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "mainwindow/appservices.h"

namespace Jiuzhu {

class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(AppServices services, QWidget *parent = nullptr);
    ~VisitsPage() override;

    void showHousehold(const QString &uuid);

signals:
    void householdActivated(const QString &uuid);

private:
    AppServices m_services;
    QString m_household;
};

} // namespace Jiuzhu
