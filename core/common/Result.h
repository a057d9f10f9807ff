// SPDX-License-Identifier: MIT
#pragma once

// A minimal std::expected stand-in: C++20 on GCC 12 (and mingw-w64 12) has no <expected>.
// Errors are values at every core boundary; callers must look before they take.

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace actdesk {

template <typename E>
struct Unexpected
{
    E error;
};

template <typename E>
Unexpected<std::decay_t<E>> fail(E&& error)
{
    return Unexpected<std::decay_t<E>>{std::forward<E>(error)};
}

template <typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    template <typename G>
    Result(Unexpected<G> u) : m_state(std::in_place_index<1>, E(std::move(u.error)))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    const E& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_state;
};

// Result<void, E>: success carries nothing.
template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template <typename G>
    Result(Unexpected<G> u) : m_error(E(std::move(u.error))), m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace actdesk
