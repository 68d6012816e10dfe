// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTimeZone>

namespace Jiuzhu {

// Advisors work in Shanghai whatever the machine's clock zone is (stations and CI often run on
// UTC). Calendar days such as "today" for matching, drafting and printing are Shanghai days.
QTimeZone shanghaiZone();
QDate shanghaiToday();

} // namespace Jiuzhu
