// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Jiuzhu {

// A problem with one input field: `field` names it as the JSON format does
// ("members[0].idNumber"), so the form can show the message next to the widget and the CLI can
// name it; `message` is translated.
struct FieldError
{
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;

// "members[0].idNumber: The check character should be X" lines for the CLI and logs.
QString describe(const FieldErrors &errors);

} // namespace Jiuzhu
