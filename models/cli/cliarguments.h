// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Jiuzhu {

// The arguments of one jiuzhu-cli command after its name: positional values and options that
// take a value ("--as-of 2026-12-01"). Parsing checks what the command accepts, so a missing
// value, an unknown option or a stray argument is a usage error that says which.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    struct Spec
    {
        QString command;          // "match", for messages
        QStringList valueOptions; // options that take a value
        int minPositional = 0;
        int maxPositional = 0; // -1: any number
    };

    static CliArguments parse(const QStringList &args, const Spec &spec);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString positional(int index) const { return m_positional.value(index); }
    QStringList positionals() const { return m_positional; }
    bool has(const QString &option) const { return m_options.contains(option); }
    QString value(const QString &option) const { return m_options.value(option).value(0); }
    QStringList values(const QString &option) const { return m_options.value(option); }

private:
    QStringList m_positional;
    QHash<QString, QStringList> m_options;
    QString m_error;
};

} // namespace Jiuzhu
