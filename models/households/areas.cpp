// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace Jiuzhu {

namespace {

constexpr int FormatVersion = 1;

QString bundledPath()
{
    return QStringLiteral(":/areas/shanghai.json");
}

bool isDigits(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Accepts the twelve-digit form of a town code ("310105001000") as well as the nine-digit one.
QString townCode(const QString &code)
{
    if (code.size() == 12 && code.endsWith(QStringLiteral("000")))
        return code.left(9);
    return code;
}

QString badEntry(const QString &origin, const QString &what, qsizetype index)
{
    return QCoreApplication::translate("File errors", "%1: %2 entry %3 is incomplete or malformed.",
                                       "e.g. :/areas/shanghai.json: streets entry 4 is ...")
        .arg(origin, what)
        .arg(index + 1);
}

QString duplicateCode(const QString &origin, const QString &code)
{
    return QCoreApplication::translate("File errors", "%1: the area code %2 appears twice.")
        .arg(origin, code);
}

std::optional<Street::Kind> kindFromCode(const QString &code)
{
    if (code == u"subdistrict")
        return Street::Kind::Subdistrict;
    if (code == u"town")
        return Street::Kind::Town;
    if (code == u"township")
        return Street::Kind::Township;
    return std::nullopt;
}

std::optional<District> readDistrict(const QJsonObject &object)
{
    District district;
    district.code = object.value(u"code").toString();
    district.name = object.value(u"name").toString();
    district.isRetired = object.value(u"retired").toBool(false);
    district.successorCode = object.value(u"successor").toString();
    if (!isDigits(district.code, 6) || district.name.isEmpty())
        return std::nullopt;
    if (district.isRetired != !district.successorCode.isEmpty())
        return std::nullopt;
    return district;
}

std::optional<Street> readStreet(const QJsonObject &object)
{
    Street street;
    street.code = object.value(u"code").toString();
    street.name = object.value(u"name").toString();
    street.districtCode = object.value(u"district").toString();
    street.serviceCentre = object.value(u"serviceCentre").toString();
    const std::optional<Street::Kind> kind = kindFromCode(object.value(u"kind").toString());
    if (!isDigits(street.code, 9) || street.name.isEmpty() || !kind)
        return std::nullopt;
    if (!street.code.startsWith(street.districtCode) || !isDigits(street.districtCode, 6))
        return std::nullopt;

    street.kind = *kind;
    // Every 街道/镇 runs a centre named after it; the file may leave the obvious name out.
    if (street.serviceCentre.isEmpty())
        street.serviceCentre = street.name + QStringLiteral("社区事务受理服务中心");
    return street;
}

template <typename T>
const T *findByCode(const QList<T> &items, const QString &code)
{
    const auto it = std::lower_bound(items.cbegin(), items.cend(), code,
                                     [](const T &item, const QString &c) { return item.code < c; });
    if (it == items.cend() || it->code != code)
        return nullptr;
    return &*it;
}

template <typename T>
void sortByCode(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.code < b.code; });
}

} // namespace

Result<Areas> Areas::loadBundled()
{
    const QString path = bundledPath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Areas>::failure(
            QCoreApplication::translate("File errors", "Cannot read the area list %1: %2")
                .arg(path, file.errorString()));
    }
    return fromJson(file.readAll(), path);
}

Result<Areas> Areas::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Result<Areas>::failure(
            QCoreApplication::translate("File errors", "%1 is not a valid area list: %2")
                .arg(origin, parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toInt() != FormatVersion) {
        return Result<Areas>::failure(
            QCoreApplication::translate("File errors", "%1 has an unsupported format version.")
                .arg(origin));
    }

    Areas areas;
    QSet<QString> seen;
    const QJsonArray districts = root.value(u"districts").toArray();
    for (qsizetype i = 0; i < districts.size(); ++i) {
        const std::optional<District> district = readDistrict(districts.at(i).toObject());
        if (!district)
            return Result<Areas>::failure(badEntry(origin, QStringLiteral("districts"), i));
        if (seen.contains(district->code))
            return Result<Areas>::failure(duplicateCode(origin, district->code));
        seen.insert(district->code);
        areas.m_districts.append(*district);
    }
    sortByCode(areas.m_districts);

    const QJsonArray streets = root.value(u"streets").toArray();
    for (qsizetype i = 0; i < streets.size(); ++i) {
        const std::optional<Street> street = readStreet(streets.at(i).toObject());
        if (!street || !areas.isCurrentDistrict(street->districtCode))
            return Result<Areas>::failure(badEntry(origin, QStringLiteral("streets"), i));
        if (seen.contains(street->code))
            return Result<Areas>::failure(duplicateCode(origin, street->code));
        seen.insert(street->code);
        areas.m_streets.append(*street);
    }
    sortByCode(areas.m_streets);

    // A retired code must point at a current district, or the intake form could not map it.
    for (const District &district : std::as_const(areas.m_districts)) {
        if (district.isRetired && !areas.isCurrentDistrict(district.successorCode)) {
            return Result<Areas>::failure(
                QCoreApplication::translate("File errors",
                                            "%1: the retired district %2 names no current "
                                            "district as its successor.")
                    .arg(origin, district.code));
        }
    }
    return areas;
}

QString Areas::districtName(const QString &code) const
{
    const District *found = district(code);
    return found ? found->name : QString();
}

QString Areas::streetName(const QString &code) const
{
    const Street *found = street(code);
    return found ? found->name : QString();
}

QList<District> Areas::districts(bool includeRetired) const
{
    if (includeRetired)
        return m_districts;

    QList<District> current;
    std::copy_if(m_districts.cbegin(), m_districts.cend(), std::back_inserter(current),
                 [](const District &d) { return !d.isRetired; });
    return current;
}

QList<Street> Areas::streets(const QString &districtCode) const
{
    QList<Street> result;
    std::copy_if(m_streets.cbegin(), m_streets.cend(), std::back_inserter(result),
                 [&districtCode](const Street &s) { return s.districtCode == districtCode; });
    return result;
}

const District *Areas::district(const QString &code) const
{
    return findByCode(m_districts, code);
}

const Street *Areas::street(const QString &code) const
{
    return findByCode(m_streets, townCode(code));
}

bool Areas::isCurrentDistrict(const QString &code) const
{
    const District *found = district(code);
    return found && !found->isRetired;
}

bool Areas::isKnownDistrict(const QString &code) const
{
    return district(code) != nullptr;
}

QString Areas::currentDistrictCode(const QString &code) const
{
    const District *found = district(code);
    if (!found)
        return {};
    return found->isRetired ? found->successorCode : found->code;
}

QString Areas::serviceCentre(const QString &streetCode) const
{
    const Street *found = street(streetCode);
    return found ? found->serviceCentre : QString();
}

} // namespace Jiuzhu
