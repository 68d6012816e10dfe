// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefiledialog.h"

#include <QCoreApplication>

namespace Jiuzhu {

SaveFileDialog::SaveFileDialog(QWidget *parent, const QString &caption, const QString &suggested,
                               const QString &filter)
    : m_dialog(parent, caption, suggested, filter)
{
    // A desktop's native dialog would bring its own type guessing back.
    m_dialog.setOption(QFileDialog::DontUseNativeDialog);
    m_dialog.setIconProvider(&m_icons);
    m_dialog.setAcceptMode(QFileDialog::AcceptSave);
    m_dialog.setFileMode(QFileDialog::AnyFile);
}

QString SaveFileDialog::exec()
{
    if (m_dialog.exec() != QDialog::Accepted || m_dialog.selectedFiles().isEmpty())
        return QString();
    return m_dialog.selectedFiles().constFirst();
}

QIcon SaveFileDialog::NameOnlyIcons::icon(const QFileInfo &info) const
{
    return QFileIconProvider::icon(info.isDir() ? Folder : File);
}

QString SaveFileDialog::NameOnlyIcons::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("SaveFileDialog", "Folder");
    const QString suffix = info.suffix();
    if (suffix.isEmpty())
        return QCoreApplication::translate("SaveFileDialog", "File");
    return QCoreApplication::translate("SaveFileDialog", "%1 file").arg(suffix.toUpper());
}

} // namespace Jiuzhu
