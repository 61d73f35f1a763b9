// SPDX-License-Identifier: GPL-3.0-or-later
// The tracker's connection lookup: a key for both directions of a connection and the
// open-addressing table from key to newest stream. Internal to the core (tracker.cpp).
#pragma once

#include "decoder.h"

#include <compare>
#include <cstdint>
#include <cstring>
#include <vector>

namespace tcpladder::core::tracking {

// Both directions of a connection map to one key: the lower endpoint goes first. Addresses are
// packed into machine words so hashing and comparing cost a few instructions per packet.
struct PackedEndpoint
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    std::uint32_t portAndFamily = 0;

    PackedEndpoint() = default;
    explicit PackedEndpoint(const Endpoint &e)
    {
        std::memcpy(&high, e.ip.bytes.data(), 8);
        std::memcpy(&low, e.ip.bytes.data() + 8, 8);
        portAndFamily = e.port | (e.ip.isV6 ? 0x10000u : 0u);
    }
    // clang-tidy 14 reads the synthesized comparison against 0 as a null pointer constant.
    auto operator<=>(const PackedEndpoint &) const = default; // NOLINT(modernize-use-nullptr)
};

struct ConnectionKey
{
    PackedEndpoint a;
    PackedEndpoint b;
    bool operator==(const ConnectionKey &) const = default;
};

struct ConnectionKeyHash
{
    std::size_t operator()(const ConnectionKey &key) const noexcept
    {
        // Multiply-xorshift mixing: cheap, and every input bit reaches the high output bits.
        std::uint64_t h = key.a.high * 0x9e3779b97f4a7c15ULL;
        h ^= key.a.low * 0xc2b2ae3d27d4eb4fULL;
        h ^= key.b.high * 0x165667b19e3779f9ULL;
        h ^= key.b.low * 0xd6e8feb86659fd93ULL;
        h ^= (std::uint64_t{key.a.portAndFamily} << 32 | key.b.portAndFamily) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
        h *= 0x9e3779b97f4a7c15ULL;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

// `srcIsA` tells which end of the key the sender is, so a direction needs no endpoint compare.
inline ConnectionKey makeKey(const Endpoint &src, const Endpoint &dst, bool &srcIsA)
{
    const PackedEndpoint a(src);
    const PackedEndpoint b(dst);
    srcIsA = a < b;
    return srcIsA ? ConnectionKey{a, b} : ConnectionKey{b, a};
}

inline Endpoint unpack(const PackedEndpoint &packed)
{
    Endpoint e;
    std::memcpy(e.ip.bytes.data(), &packed.high, 8);
    std::memcpy(e.ip.bytes.data() + 8, &packed.low, 8);
    e.ip.isV6 = (packed.portAndFamily & 0x10000u) != 0;
    e.port = static_cast<std::uint16_t>(packed.portAndFamily & 0xffffu);
    return e;
}

// Connection key -> newest stream, open addressing with linear probing. std::unordered_map cost
// a node walk (a cache miss) per lookup and was the top entry of the profile on a 170k-connection
// capture. A slot is 8 bytes (stream index and 32 hash bits) so the table stays cache-friendly
// with a million connections; the full key is checked against the stream's own endpoints.
class ConnectionTable
{
public:
    ConnectionTable() { m_slots.resize(1024); }

    static constexpr std::uint32_t kEmpty = ~0u;

    // `keyOf(index)` gives the key of an existing stream.
    template<typename KeyOf>
    std::uint32_t find(const ConnectionKey &key, std::uint64_t hash, const KeyOf &keyOf) const
    {
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.index == kEmpty)
                return kEmpty;
            if (slot.tag == tag && keyOf(slot.index) == key)
                return slot.index;
        }
    }

    // Points `key` at `index`; `hash` must be the key's. Replaces the entry of an older stream.
    template<typename KeyOf>
    void insertOrAssign(const ConnectionKey &key, std::uint64_t hash, std::uint32_t index, const KeyOf &keyOf)
    {
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.index == kEmpty) {
                slot = Slot{index, tag};
                if (++m_used * 2 > m_slots.size())
                    grow(keyOf);
                return;
            }
            if (slot.tag == tag && keyOf(slot.index) == key) {
                slot.index = index;
                return;
            }
        }
    }

private:
    struct Slot
    {
        std::uint32_t index = kEmpty;
        std::uint32_t tag = 0; // high hash bits: most mismatches never look at the stream
    };

    template<typename KeyOf>
    void grow(const KeyOf &keyOf)
    {
        std::vector<Slot> bigger(m_slots.size() * 2);
        const std::size_t mask = bigger.size() - 1;
        for (const Slot &slot : m_slots) {
            if (slot.index == kEmpty)
                continue;
            std::size_t i = ConnectionKeyHash{}(keyOf(slot.index)) & mask;
            while (bigger[i].index != kEmpty)
                i = (i + 1) & mask;
            bigger[i] = slot;
        }
        m_slots.swap(bigger);
    }

    std::vector<Slot> m_slots; // size is a power of two, at most half full
    std::size_t m_used = 0;
};

} // namespace tcpladder::core::tracking
