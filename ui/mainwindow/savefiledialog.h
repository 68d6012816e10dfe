// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>
#include <QFileIconProvider>

namespace Jiuzhu {

// The dialog every "save as" of the window goes through (coverage-gap exports, plan PDFs).
// Qt's own file dialog guesses a file's type from its first bytes when its name does not tell,
// which means opening the store's -wal and -shm files whenever the store's folder is listed.
// SQLite holds its locks on those files as POSIX locks, and a process loses all of them on a
// file as soon as it closes any descriptor of it: another jiuzhu-cli would then take itself
// for the last user, remove the WAL from under the window and corrupt the store. This dialog
// names and draws files from their names alone and never opens them.
class SaveFileDialog
{
public:
    SaveFileDialog(QWidget *parent, const QString &caption, const QString &suggested,
                   const QString &filter);

    QFileDialog &dialog() { return m_dialog; }
    // Runs the dialog modally: the chosen path, or an empty string when cancelled.
    QString exec();

private:
    class NameOnlyIcons : public QFileIconProvider
    {
    public:
        QIcon icon(const QFileInfo &info) const override;
        QString type(const QFileInfo &info) const override;
    };

    // Declared before the dialog: its file listing may use the icons until it is gone.
    NameOnlyIcons m_icons;
    QFileDialog m_dialog;
};

} // namespace Jiuzhu
