#pragma once
// Result<T>: a value or an Error with a message a person can read. Core never lets an exception
// cross its API; third-party exceptions stop at the wrapper that calls the library.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace xaso {

enum class ErrorCode {
    InvalidArgument, // bad input from a person or a file: the message names the row, field or byte
    WrongPassword,   // the password or recovery key does not open the vault
    Tampered,        // authentication failed: a flipped byte, a foreign header, an edited audit row
    NewerFormat,     // written by a newer Xã Số; refused before anything is touched
    Unsupported,     // an older or unknown format or library version we refuse
    Io,              // the file system said no
    Storage,         // SQLCipher reported an error
    NotFound,
    PermissionDenied, // the profile's roles do not allow this
    LockedOut,        // too many failed unlock attempts; wait
    Conflict,         // a uniqueness or concurrency rule refused the write
    Cancelled,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    ErrorCode code() const { return error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return m_error->code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace xaso

// Propagate an error from an expression returning Result<…>/Status.
#define XASO_TRY(expr)                                                                             \
    do {                                                                                           \
        auto xasoTryResult_ = (expr);                                                              \
        if (!xasoTryResult_)                                                                       \
            return xasoTryResult_.error();                                                         \
    } while (false)
