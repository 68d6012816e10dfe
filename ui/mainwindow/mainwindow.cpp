// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace Jiuzhu {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Jiuzhu"));
}

MainWindow::~MainWindow() = default;

} // namespace Jiuzhu
