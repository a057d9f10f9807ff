// SPDX-License-Identifier: MIT
#pragma once

// The reader's bookkeeping of item ids (TransferReader.cpp): an item id is 12 hex digits
// (checked before these are called), i.e. a 48-bit number, so a set of them is a flat table
// of numbers and a duplicate search is a radix sort. Header-only: both sit on the reader's
// hot path and are meant to be inlined there.

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace actdesk::transfer::detail {

// An item id (12 hex digits, checked before) as a number.
inline std::uint64_t itemIdValue(std::string_view id)
{
    std::uint64_t value = 0;
    std::from_chars(id.data(), id.data() + id.size(), value, 16);
    return value;
}

// Whether two of the (48-bit) values are equal. Sorted by a radix sort, eight bits at a
// time: std::sort mispredicts about every other comparison on random ids, which made it a
// noticeable part of reading a large file.
inline bool hasDuplicate(std::vector<std::uint64_t>& values)
{
    std::vector<std::uint64_t> scratch(values.size());
    for (int shift = 0; shift < 48; shift += 8) {
        std::array<std::size_t, 257> start{};
        for (std::uint64_t v : values)
            ++start[((v >> shift) & 0xff) + 1];
        for (std::size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        for (std::uint64_t v : values)
            scratch[start[(v >> shift) & 0xff]++] = v;
        values.swap(scratch);
    }
    return std::adjacent_find(values.begin(), values.end()) != values.end();
}

// The item ids seen so far. An id is 12 hex digits (checked before), i.e. a 48-bit number:
// one flat open-addressing table of numbers instead of a hash set with a node per item.
class ItemIdSet
{
  public:
    explicit ItemIdSet(std::size_t expected)
    {
        std::size_t slots = 16;
        while (slots < expected * 2)
            slots *= 2;
        m_slots.assign(slots, 0);
    }

    // False when `id` was there already.
    bool insert(std::string_view id)
    {
        const std::uint64_t key = itemIdValue(id) + 1; // 0 marks an empty slot
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        std::size_t i = slotFor(key);
        while (m_slots[i] != 0) {
            if (m_slots[i] == key)
                return false;
            i = (i + 1) & (m_slots.size() - 1);
        }
        m_slots[i] = key;
        ++m_size;
        return true;
    }

  private:
    std::size_t slotFor(std::uint64_t key) const
    {
        // Fibonacci hashing: the high bits of the product, as many as the table needs.
        const int bits = std::countr_zero(m_slots.size());
        return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ULL) >> (64 - bits));
    }

    void grow()
    {
        std::vector<std::uint64_t> old(m_slots.size() * 2, 0);
        old.swap(m_slots);
        for (std::uint64_t key : old) {
            if (key == 0)
                continue;
            std::size_t i = slotFor(key);
            while (m_slots[i] != 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = key;
        }
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_size = 0;
};

} // namespace actdesk::transfer::detail
