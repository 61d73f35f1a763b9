// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <new>
#include <utility>

namespace tcpladder::core {

// A stream's segment indices (capture order). Behaves like the std::vector<std::uint32_t> it
// replaces for the operations callers use, but is 16 bytes instead of 24 and keeps up to two
// indices inline: a SYN flood makes one stream per SYN, and a heap block per stream was ~40
// bytes of every such segment's cost. Heap blocks come from operator new, so allocation-counting
// tests still see them.
class SegmentList
{
public:
    using value_type = std::uint32_t;
    using const_iterator = const std::uint32_t *;
    using iterator = const_iterator; // entries never change once added

    SegmentList() = default;
    SegmentList(std::initializer_list<std::uint32_t> values) { assign(values.begin(), values.size()); }
    SegmentList(const SegmentList &other) { assign(other.data(), other.m_size); }
    SegmentList(SegmentList &&other) noexcept { steal(other); }
    ~SegmentList() { release(); }

    SegmentList &operator=(const SegmentList &other)
    {
        if (this != &other) {
            clear();
            assign(other.data(), other.m_size);
        }
        return *this;
    }
    SegmentList &operator=(SegmentList &&other) noexcept
    {
        if (this != &other) {
            release();
            steal(other);
        }
        return *this;
    }
    SegmentList &operator=(std::initializer_list<std::uint32_t> values)
    {
        clear();
        assign(values.begin(), values.size());
        return *this;
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::size_t capacity() const { return m_capacity; }
    const std::uint32_t *data() const { return isInline() ? m_storage.inlined : m_storage.heap; }
    const_iterator begin() const { return data(); }
    const_iterator end() const { return data() + m_size; }
    std::uint32_t operator[](std::size_t i) const { return data()[i]; }
    std::uint32_t front() const { return data()[0]; }
    std::uint32_t back() const { return data()[m_size - 1]; }

    void clear() { m_size = 0; }

    void push_back(std::uint32_t value)
    {
        if (m_size == m_capacity)
            // The first heap block holds six: malloc's smallest chunk has room for them anyway.
            grow(m_capacity <= kInline ? 6 : static_cast<std::size_t>(m_capacity) * 2);
        mutableData()[m_size++] = value;
    }

    void reserve(std::size_t count)
    {
        if (count > m_capacity)
            grow(count);
    }

    friend bool operator==(const SegmentList &a, const SegmentList &b)
    {
        return a.m_size == b.m_size && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    static constexpr std::uint32_t kInline = 2;

    bool isInline() const { return m_capacity <= kInline; }
    std::uint32_t *mutableData() { return isInline() ? m_storage.inlined : m_storage.heap; }

    void assign(const std::uint32_t *values, std::size_t count)
    {
        reserve(count);
        if (count)
            std::memcpy(mutableData(), values, count * sizeof(std::uint32_t));
        m_size = static_cast<std::uint32_t>(count);
    }

    void grow(std::size_t capacity)
    {
        auto *bigger = static_cast<std::uint32_t *>(::operator new(capacity * sizeof(std::uint32_t)));
        if (m_size)
            std::memcpy(bigger, data(), m_size * sizeof(std::uint32_t));
        release();
        m_storage.heap = bigger;
        m_capacity = static_cast<std::uint32_t>(capacity);
    }

    void release()
    {
        if (!isInline())
            ::operator delete(m_storage.heap);
        m_capacity = kInline;
    }

    void steal(SegmentList &other)
    {
        m_storage = other.m_storage;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_size = 0;
        other.m_capacity = kInline;
    }

    union Storage
    {
        std::uint32_t inlined[kInline];
        std::uint32_t *heap;
    } m_storage{};
    std::uint32_t m_size = 0;
    std::uint32_t m_capacity = kInline;
};

static_assert(sizeof(SegmentList) == 16, "SegmentList must stay smaller than the vector it replaces");

} // namespace tcpladder::core
