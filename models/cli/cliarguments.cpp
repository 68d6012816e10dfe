// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"

namespace Jiuzhu {

CliArguments CliArguments::parse(const QStringList &args, const Spec &spec)
{
    CliArguments parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            parsed.m_positional << arg;
            continue;
        }
        QString name = arg;
        QString value;
        bool hasValue = false;
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        if (equals > 0) {
            name = arg.left(equals);
            value = arg.mid(equals + 1);
            hasValue = true;
        }
        if (!spec.valueOptions.contains(name)) {
            parsed.m_error = tr("%1 does not take the option %2").arg(spec.command, name);
            return parsed;
        }
        if (!hasValue) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
                parsed.m_error = tr("%1 needs a value").arg(name);
                return parsed;
            }
            value = args.at(++i);
        }
        // Every option is given once: of two, which one counts would be a guess.
        if (parsed.m_options.contains(name)) {
            parsed.m_error = tr("%1 is given more than once").arg(name);
            return parsed;
        }
        parsed.m_options[name] << value;
    }
    if (parsed.m_positional.size() < spec.minPositional) {
        parsed.m_error = tr("%1 needs more arguments; see --help").arg(spec.command);
    } else if (spec.maxPositional >= 0 && parsed.m_positional.size() > spec.maxPositional) {
        parsed.m_error = tr("%1 does not take the argument \"%2\"")
                             .arg(spec.command, parsed.m_positional.at(spec.maxPositional));
    }
    return parsed;
}

} // namespace Jiuzhu
