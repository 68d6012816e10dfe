// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

namespace Jiuzhu {

struct Policy;

// What the policy browser searches, prepared once for a list of policies.
//
// For each policy it keeps the texts an advisor may type (code, keywords, name, category code
// and label, target, summary, in both languages) normalised with normalize(), and for the
// Chinese name and the keywords their pinyin from ICU's "Han-Latin; Latin-ASCII" transliterator,
// both as whole syllables without spaces (最低生活保障 → zuidishenghuobaozhang) and as initials
// (zdshbz). ICU reads a character at a time, so a character with several readings may get the
// wrong one (长 → zhang); the hand-written pinyin keywords in the catalogue stay for that reason.
//
// A query is split at white space and every word must match. A word of ASCII letters also
// matches the pinyin (whole syllables or initials, by prefix or substring); any other word
// matches the texts by substring, so 保障 finds 最低生活保障 while 低保 needs a keyword or a
// summary that contains 低保. A single ASCII letter only matches at the start of a code, a
// keyword, a name or a pinyin form. Ranking, best first: exact code or keyword, then name,
// then pinyin, then category, target and summary; equal scores keep catalogue order.
class PolicySearchIndex
{
public:
    explicit PolicySearchIndex(const QList<Policy> &policies);

    // Positions in the list given to the constructor, best match first. Empty text (or text
    // of white space only) gives every position in order.
    QList<qsizetype> search(const QString &text) const;

    qsizetype size() const { return m_entries.size(); }

    // The index for this list, built on first use and kept for later calls with the same list
    // (the same shared QList data; a list that was changed since has new data and gets a new
    // index). Safe to call from any thread; the build happens under a lock, so the first
    // search in the GUI thread pays for it once: for the 41 bundled policies about 0.1 s the
    // first time in a process, while ICU compiles its Han-Latin rules, and about 15 ms for a
    // later build. Up to four lists are kept.
    static std::shared_ptr<const PolicySearchIndex> forPolicies(const QList<Policy> &policies);

    // NFKC (full-width letters, digits and punctuation become half-width), case folding and
    // simplified white space.
    static QString normalize(const QString &text);

    // Pinyin of `text` as ICU gives it, lower case ASCII, one syllable per element; Latin
    // letters and digits in the text come through as they are. Empty if ICU's Han-Latin
    // transliterator cannot be opened.
    static QStringList pinyinSyllables(const QString &text);

private:
    struct Entry
    {
        QString code;           // normalised
        QStringList categories; // category code and its label, normalised
        QStringList keywords;   // normalised
        QStringList names;      // Chinese and English name, normalised
        QStringList details;    // target and summary in both languages, normalised
        QStringList pinyinFull;
        QStringList pinyinInitials;
    };

    static int score(const Entry &entry, const QString &word);

    QList<Entry> m_entries;
};

} // namespace Jiuzhu
