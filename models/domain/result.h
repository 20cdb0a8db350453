// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace InvoiceDesk {

/** A failure with a message a person can act on. */
struct Error
{
    QString message;
};

/**
 * Either a value or an Error. Used wherever an operation can fail for a
 * reason the user must see; no exceptions cross our library boundaries.
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : mData(std::move(value))
    {
    }
    Result(Error error)
        : mData(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(mData); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(mData); }
    T &value() & { return std::get<T>(mData); }
    T &&value() && { return std::get<T>(std::move(mData)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    QString error() const { return ok() ? QString() : std::get<Error>(mData).message; }

private:
    std::variant<T, Error> mData;
};

/** Result of an operation that returns nothing on success. */
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : mError(std::move(error.message))
        , mFailed(true)
    {
    }

    bool ok() const { return !mFailed; }
    explicit operator bool() const { return ok(); }
    QString error() const { return mError; }

private:
    QString mError;
    bool mFailed = false;
};

using Status = Result<void>;

} // namespace InvoiceDesk
