// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the frame dissector's parts (framedissector.cpp, framelinkfields.cpp) share: one translation context,
// a bounds-aware byte reader and the field constructors.

#include "framedissector.h"
#include "ipaddress.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <span>

// Free functions have no tr(). Declared at global scope because lupdate loses track of nested
// namespaces in these files and would then file the texts under a context the program never asks for.
struct FrameDissectorTr
{
    Q_DECLARE_TR_FUNCTIONS(tcpladder::ui::FrameDissector)
};

namespace tcpladder::ui::frame {

class Reader
{
public:
    explicit Reader(std::span<const std::uint8_t> bytes)
        : m_bytes(bytes)
    {
    }
    bool has(std::size_t offset, std::size_t length) const { return offset + length <= m_bytes.size(); }
    std::uint8_t u8(std::size_t o) const { return m_bytes[o]; }
    std::uint16_t u16(std::size_t o) const { return static_cast<std::uint16_t>((m_bytes[o] << 8) | m_bytes[o + 1]); }
    std::uint32_t u32(std::size_t o) const
    {
        return (std::uint32_t(m_bytes[o]) << 24) | (std::uint32_t(m_bytes[o + 1]) << 16)
            | (std::uint32_t(m_bytes[o + 2]) << 8) | std::uint32_t(m_bytes[o + 3]);
    }
    std::uint32_t u32le(std::size_t o) const
    {
        return (std::uint32_t(m_bytes[o + 3]) << 24) | (std::uint32_t(m_bytes[o + 2]) << 16)
            | (std::uint32_t(m_bytes[o + 1]) << 8) | std::uint32_t(m_bytes[o]);
    }
    QString mac(std::size_t o) const
    {
        QStringList parts;
        for (std::size_t i = 0; i < 6; ++i)
            parts << QStringLiteral("%1").arg(m_bytes[o + i], 2, 16, QLatin1Char('0'));
        return parts.join(u':');
    }
    QString ipv4(std::size_t o) const
    {
        return QString::fromStdString(core::IpAddress::fromV4(&m_bytes[o]).toString());
    }
    QString ipv6(std::size_t o) const
    {
        return QString::fromStdString(core::IpAddress::fromV6(&m_bytes[o]).toString());
    }
    std::size_t size() const { return m_bytes.size(); }

private:
    std::span<const std::uint8_t> m_bytes;
};

inline FrameField field(const QString &name, const QString &value, std::size_t offset, std::size_t length)
{
    return {name, value, static_cast<int>(offset), static_cast<int>(length), {}, {}};
}

inline QString hex(std::uint32_t value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

} // namespace tcpladder::ui::frame
