// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Jiuzhu {

// Picks the language from "zh", "en" or empty (the system's), makes it the default QLocale,
// and installs Jiuzhu's embedded translation and Qt's own (qtbase) for it, so a Chinese desktop
// shows no English. Returns the locale chosen.
QLocale installTranslations(QCoreApplication &app, const QString &language);

} // namespace Jiuzhu
