// SPDX-License-Identifier: MIT
#pragma once

// Private to the slc.dll backend (SlcLicensing.cpp): the buffers slc.dll hands back, wiping
// what held a key, and GUIDs <-> activation IDs. Includes <windows.h> through SlApi.h, so only
// the backend's .cpp files include it.

#include "ids/ActivationId.h"
#include "licensing/windows/SlApi.h"

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>

namespace actdesk::licensing::slc {

// Owns one buffer returned by slc.dll. `wipeOnFree` zeroes it first: the key information
// (DigitalPID2) holds the encoded product key.
template <typename T>
class LocalBuffer
{
  public:
    LocalBuffer() = default;
    LocalBuffer(const LocalBuffer&) = delete;
    LocalBuffer& operator=(const LocalBuffer&) = delete;
    ~LocalBuffer()
    {
        if (!m_ptr)
            return;
        if (m_wipeBytes)
            SecureZeroMemory(m_ptr, m_wipeBytes);
        LocalFree(m_ptr);
    }
    T** out() { return &m_ptr; }
    T* get() const { return m_ptr; }
    void wipeOnFree(std::size_t bytes) { m_wipeBytes = bytes; }

  private:
    T* m_ptr = nullptr;
    std::size_t m_wipeBytes = 0;
};

inline void secureWipe(std::string& s)
{
    if (!s.empty())
        SecureZeroMemory(s.data(), s.size());
}

inline void secureWipe(std::wstring& s)
{
    if (!s.empty())
        SecureZeroMemory(s.data(), s.size() * sizeof(wchar_t));
}

// ActivationId::bytes() is the textual order; GUID stores Data1..Data3 as integers.
inline GUID toGuid(const ids::ActivationId& id)
{
    const auto b = id.bytes();
    GUID g{};
    g.Data1 = (static_cast<unsigned long>(b[0]) << 24) | (static_cast<unsigned long>(b[1]) << 16) |
              (static_cast<unsigned long>(b[2]) << 8) | static_cast<unsigned long>(b[3]);
    g.Data2 = static_cast<unsigned short>((b[4] << 8) | b[5]);
    g.Data3 = static_cast<unsigned short>((b[6] << 8) | b[7]);
    std::memcpy(g.Data4, b.data() + 8, 8);
    return g;
}

inline ids::ActivationId fromGuid(const GUID& g)
{
    char text[40];
    std::snprintf(text, sizeof text, "%08lx-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                  static_cast<unsigned long>(g.Data1), g.Data2, g.Data3, g.Data4[0], g.Data4[1], g.Data4[2],
                  g.Data4[3], g.Data4[4], g.Data4[5], g.Data4[6], g.Data4[7]);
    // 32 hex digits by construction: parsing cannot fail.
    return ids::ActivationId::parseAscii(text).value();
}

inline bool sameGuid(const GUID& a, const GUID& b)
{
    return std::memcmp(&a, &b, sizeof(GUID)) == 0;
}

} // namespace actdesk::licensing::slc
