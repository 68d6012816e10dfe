// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/result.h"

class QByteArray;

namespace Jiuzhu {

// A county-level area (区/县) by its six-digit GB/T 2260 code. Retired codes (闸北区 310108,
// 崇明县 310230, ...) are kept because older resident ID numbers still carry them; they name the
// district that took them over in successorCode.
struct District
{
    QString code;
    QString name;
    bool isRetired = false;
    QString successorCode;
};

// A 街道 or 镇 by its nine-digit NBS town code (the twelve-digit form appends "000"), with the
// 社区事务受理服务中心 where its residents apply for assistance.
struct Street
{
    enum class Kind
    {
        Subdistrict, // 街道
        Town,        // 镇
        Township,    // 乡
    };

    QString code;
    QString name;
    QString districtCode;
    Kind kind = Kind::Subdistrict;
    QString serviceCentre;
};

// Shanghai's administrative areas as shipped in :/areas/shanghai.json: the current districts,
// retired district codes, and streets/towns (so far only for 长宁区). Immutable once loaded;
// lookups by code return an empty string or false for unknown codes, never an error.
class Areas
{
public:
    static Result<Areas> loadBundled();
    // The same format from memory, for tests and district catalogue updates. `origin` names the
    // source in error messages.
    static Result<Areas> fromJson(const QByteArray &json, const QString &origin);

    QString districtName(const QString &code) const;
    QString streetName(const QString &code) const;
    // Current districts in code order; retired ones only when asked for.
    QList<District> districts(bool includeRetired = false) const;
    QList<Street> streets(const QString &districtCode) const;
    const District *district(const QString &code) const;
    const Street *street(const QString &code) const;

    bool isCurrentDistrict(const QString &code) const;
    // Current or retired.
    bool isKnownDistrict(const QString &code) const;
    // The current district for a retired code (310108 → 310106); the code itself when current;
    // empty when unknown.
    QString currentDistrictCode(const QString &code) const;
    QString serviceCentre(const QString &streetCode) const;

private:
    Areas() = default;

    QList<District> m_districts; // sorted by code
    QList<Street> m_streets;     // sorted by code
};

} // namespace Jiuzhu
