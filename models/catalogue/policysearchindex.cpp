// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policysearchindex.h"

#include <algorithm>
#include <utility>

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "catalogue.h"
#include "core/logging.h"
#include "policytablemodel.h"

namespace Jiuzhu {

namespace {

// Scores by tier; the best tier a word reaches in a policy counts.
constexpr int ExactCode = 100;
constexpr int ExactKeyword = 95;
constexpr int ExactName = 90;
constexpr int NameContains = 60;
constexpr int KeywordContains = 55;
constexpr int PinyinExact = 48;
constexpr int PinyinPrefix = 44;
constexpr int InitialsPrefix = 42;
constexpr int PinyinContains = 35;
constexpr int InitialsContains = 30;
constexpr int CodeContains = 25;
constexpr int CategoryContains = 20;
constexpr int DetailContains = 10;

std::unique_ptr<icu::Transliterator> openTransliterator()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        qCWarning(lcCatalogue) << "ICU transliterator Han-Latin; Latin-ASCII not available:"
                               << u_errorName(status) << "- search works without pinyin";
        return nullptr;
    }
    return transliterator;
}

QStringList transliterate(const icu::Transliterator &transliterator, const QString &text)
{
    icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()),
                               static_cast<int32_t>(text.size()));
    transliterator.transliterate(unicode);
    const QString latin = QString::fromUtf16(
        reinterpret_cast<const char16_t *>(unicode.getBuffer()), unicode.length());
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return latin.toLower().split(separators, Qt::SkipEmptyParts);
}

bool isAsciiLetters(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return c >= QLatin1Char('a') && c <= QLatin1Char('z');
    });
}

QStringList normalizedAll(const QStringList &texts)
{
    QStringList result;
    for (const QString &text : texts) {
        const QString normalized = PolicySearchIndex::normalize(text);
        if (!normalized.isEmpty())
            result.append(normalized);
    }
    return result;
}

} // namespace

PolicySearchIndex::PolicySearchIndex(const QList<Policy> &policies)
{
    const std::unique_ptr<icu::Transliterator> transliterator = openTransliterator();
    m_entries.reserve(policies.size());
    for (const Policy &policy : policies) {
        Entry entry;
        entry.code = normalize(policy.code);
        entry.categories =
            normalizedAll({policy.category, PolicyTableModel::categoryLabel(policy.category)});
        entry.keywords = normalizedAll(policy.keywords);
        entry.names = normalizedAll({policy.name.zh, policy.name.en});
        entry.details = normalizedAll(
            {policy.target.zh, policy.target.en, policy.summary.zh, policy.summary.en});
        if (transliterator) {
            QStringList sources = {policy.name.zh};
            sources += policy.keywords;
            for (const QString &source : std::as_const(sources)) {
                const QStringList syllables = transliterate(*transliterator, normalize(source));
                if (syllables.isEmpty())
                    continue;
                QString initials;
                for (const QString &syllable : syllables)
                    initials.append(syllable.front());
                const QString full = syllables.join(QString());
                if (!entry.pinyinFull.contains(full))
                    entry.pinyinFull.append(full);
                if (!entry.pinyinInitials.contains(initials))
                    entry.pinyinInitials.append(initials);
            }
        }
        m_entries.append(std::move(entry));
    }
}

QString PolicySearchIndex::normalize(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

QStringList PolicySearchIndex::pinyinSyllables(const QString &text)
{
    const std::unique_ptr<icu::Transliterator> transliterator = openTransliterator();
    return transliterator ? transliterate(*transliterator, normalize(text)) : QStringList();
}

int PolicySearchIndex::score(const Entry &entry, const QString &word)
{
    const auto anyOf = [](const QStringList &fields, const auto &test) {
        return std::any_of(fields.cbegin(), fields.cend(), test);
    };
    const auto equals = [&word](const QString &field) {
        return field == word;
    };
    const auto startsWith = [&word](const QString &field) {
        return field.startsWith(word);
    };
    const auto contains = [&word](const QString &field) {
        return field.contains(word);
    };

    if (entry.code == word)
        return ExactCode;
    if (anyOf(entry.keywords, equals))
        return ExactKeyword;
    if (anyOf(entry.names, equals))
        return ExactName;

    const bool letters = isAsciiLetters(word);
    if (letters && word.size() == 1) {
        // One letter is too little to look for inside words.
        if (entry.code.startsWith(word) || anyOf(entry.names, startsWith))
            return NameContains;
        if (anyOf(entry.keywords, startsWith))
            return KeywordContains;
        if (anyOf(entry.pinyinFull, startsWith))
            return PinyinPrefix;
        return 0;
    }

    if (anyOf(entry.names, contains))
        return NameContains;
    if (anyOf(entry.keywords, contains))
        return KeywordContains;
    if (letters) {
        if (anyOf(entry.pinyinFull, equals) || anyOf(entry.pinyinInitials, equals))
            return PinyinExact;
        if (anyOf(entry.pinyinFull, startsWith))
            return PinyinPrefix;
        if (anyOf(entry.pinyinInitials, startsWith))
            return InitialsPrefix;
        if (anyOf(entry.pinyinFull, contains))
            return PinyinContains;
        if (anyOf(entry.pinyinInitials, contains))
            return InitialsContains;
    }
    if (entry.code.contains(word))
        return CodeContains;
    if (anyOf(entry.categories, contains))
        return CategoryContains;
    if (anyOf(entry.details, contains))
        return DetailContains;
    return 0;
}

QList<qsizetype> PolicySearchIndex::search(const QString &text) const
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = normalize(text).split(whitespace, Qt::SkipEmptyParts);

    QList<std::pair<int, qsizetype>> scored;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        int total = 0;
        for (const QString &word : words) {
            const int wordScore = score(m_entries.at(i), word);
            if (wordScore == 0) {
                total = -1;
                break;
            }
            total += wordScore;
        }
        if (total >= 0)
            scored.append({total, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });

    QList<qsizetype> result;
    result.reserve(scored.size());
    for (const auto &entry : std::as_const(scored))
        result.append(entry.second);
    return result;
}

std::shared_ptr<const PolicySearchIndex>
PolicySearchIndex::forPolicies(const QList<Policy> &policies)
{
    // Each cached index keeps a copy of its list: that holds the list's shared data alive, so
    // no other list can be given the same address while the entry exists, and any change to
    // the original detaches it onto new data.
    struct Cached
    {
        QList<Policy> policies;
        std::shared_ptr<const PolicySearchIndex> index;
    };
    static QMutex mutex;
    static QList<Cached> cache; // most recently used first
    constexpr qsizetype MaxCached = 4;

    const QMutexLocker locker(&mutex);
    for (qsizetype i = 0; i < cache.size(); ++i) {
        if (cache.at(i).policies.constData() == policies.constData() &&
            cache.at(i).policies.size() == policies.size()) {
            if (i > 0)
                cache.move(i, 0);
            return cache.constFirst().index;
        }
    }
    auto index = std::make_shared<const PolicySearchIndex>(policies);
    if (policies.isEmpty())
        return index; // nothing to pin, and cheap to build
    cache.prepend({policies, index});
    if (cache.size() > MaxCached)
        cache.removeLast();
    return index;
}

} // namespace Jiuzhu
