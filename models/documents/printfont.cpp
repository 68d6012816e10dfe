// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printfont.h"

#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <QSet>
#include <QStringList>

#include "core/logging.h"

namespace Jiuzhu {

namespace {

struct Candidate
{
    const char *path;
    const char *family;
};

// Debian paths of fonts that keep radicals apart from ideographs. WenQuanYi Micro Hei is what
// scripts/setup installs; Zen Hei is accepted if someone has it instead. Each is still checked.
constexpr Candidate Candidates[] = {
    {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"},
    {"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"},
};

QString codePointRange(char32_t first, char32_t last)
{
    QString text;
    for (char32_t c = first; c <= last; ++c) {
        text += QChar(static_cast<char16_t>(c));
    }
    return text;
}

QSet<quint32> glyphsOf(const QRawFont &font, const QString &text)
{
    QSet<quint32> glyphs;
    const QList<quint32> indexes = font.glyphIndexesForString(text);
    for (quint32 index : indexes) {
        if (index != 0) {
            glyphs.insert(index);
        }
    }
    return glyphs;
}

bool isLoadedFamily(const QString &family)
{
    return QFontDatabase::families().contains(family, Qt::CaseInsensitive);
}

QString chooseFamily()
{
    for (const Candidate &candidate : Candidates) {
        const QString family = QString::fromLatin1(candidate.family);
        const QString path = QString::fromLatin1(candidate.path);
        if (!isLoadedFamily(family) && QFile::exists(path) &&
            QFontDatabase::addApplicationFont(path) < 0) {
            qCWarning(lcDocuments) << "Cannot load the print font file" << path;
        }
        if (isLoadedFamily(family) && PrintFont::isRoundTripSafe(family)) {
            qCDebug(lcDocuments) << "Printing with" << family;
            return family;
        }
    }

    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : chinese) {
        if (PrintFont::isRoundTripSafe(family)) {
            qCInfo(lcDocuments) << "Printing with the installed family" << family;
            return family;
        }
    }

    qCWarning(lcDocuments) << "No installed Chinese font keeps PDF text extractable; printed"
                           << "plans will copy some characters as Kangxi radicals. Install"
                           << "fonts-wqy-microhei.";
    return chinese.isEmpty() ? QFont().defaultFamily() : chinese.constFirst();
}

} // namespace

QString PrintFont::family()
{
    static const QString chosen = chooseFamily();
    return chosen;
}

QFont PrintFont::font(qreal pointSize)
{
    QFont result(family());
    result.setPointSizeF(pointSize);
    return result;
}

bool PrintFont::isRoundTripSafe(const QString &family)
{
    QFont probe(family);
    probe.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(probe, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return false;
    if (!raw.supportsCharacter(U'\u4E00'))
        return false;

    // CJK Radicals Supplement and Kangxi Radicals, against the unified ideographs' basic block.
    const QSet<quint32> radicals = glyphsOf(raw, codePointRange(0x2E80, 0x2FDF));
    const QSet<quint32> ideographs = glyphsOf(raw, codePointRange(0x4E00, 0x9FFF));
    return !radicals.intersects(ideographs);
}

} // namespace Jiuzhu
