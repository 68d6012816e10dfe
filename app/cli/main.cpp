// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include "cli/cliapplication.h"
#include "core/translations.h"

int main(int argc, char *argv[])
{
    // Printing needs fonts, so the command line runs a GUI application on the offscreen
    // platform unless another one was asked for; it never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Without a session (cron, ssh, CI) Qt falls back to a private runtime folder of its own
    // and warns about it on every run; choosing that folder up front keeps stderr for errors.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-jiuzhu-") +
                                qEnvironmentVariable("USER", QStringLiteral("user"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jiuzhu"));
    QCoreApplication::setApplicationName(QStringLiteral("jiuzhu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIUZHU_VERSION));

    const QStringList arguments = app.arguments().mid(1);
    const int lang = int(arguments.indexOf(QStringLiteral("--lang")));
    Jiuzhu::installTranslations(app, lang >= 0 ? arguments.value(lang + 1) : QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Jiuzhu::CliApplication cli(out, err);
    return cli.run(arguments);
}
