// SPDX-FileCopyrightText: 2026 Jiuzhu authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace Jiuzhu {

// A value or a translated message saying why there is none. Functions in models/ return this
// instead of throwing or showing anything; the caller decides how to present the message.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }

    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but can fail.
struct Done
{
};

inline Result<Done> ok()
{
    return Done{};
}

} // namespace Jiuzhu
