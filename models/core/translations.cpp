// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "core/logging.h"

namespace Jiuzhu {

QLocale installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = QLocale::system();
    if (language.startsWith(QLatin1String("zh"))) {
        locale = QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    } else if (language.startsWith(QLatin1String("en"))) {
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese) {
        return locale;
    }

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/jiuzhu_zh_CN.qm"))) {
        app.installTranslator(own);
    } else {
        qCWarning(lcStorage) << "Chinese translation missing from the resources";
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
    } else {
        qCWarning(lcStorage)
            << "Qt's own Chinese translation not found; install qt6-translations-l10n";
    }
    return locale;
}

} // namespace Jiuzhu
