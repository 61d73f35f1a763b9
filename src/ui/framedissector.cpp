// SPDX-License-Identifier: GPL-3.0-or-later
#include "framedissector.h"

#include "framelinkfields.h"
#include "tcpflags.h"

#include <QCoreApplication>

#include <optional>

namespace tcpladder::ui {

namespace {

using frame::dissectLink;
using frame::field;
using frame::hex;
using frame::Reader;

// The same words as the ladder's phase brackets (context "LadderText"), so both panes agree.
QString phaseName(core::Phase phase)
{
    switch (phase) {
    case core::Phase::Handshake:
        return QCoreApplication::translate("LadderText", "handshake");
    case core::Phase::Data:
        return QCoreApplication::translate("LadderText", "data");
    case core::Phase::Teardown:
        return QCoreApplication::translate("LadderText", "teardown");
    case core::Phase::Reset:
        return QCoreApplication::translate("LadderText", "reset");
    }
    return QString::fromUtf8(core::toString(phase));
}

bool dissectIp(const Reader &r, std::size_t o, QList<FrameField> &out, std::size_t &tcpOffset)
{
    if (!r.has(o, 1))
        return false;
    const int version = r.u8(o) >> 4;
    if (version == 4 && r.has(o, 20)) {
        const std::size_t headerLength = (r.u8(o) & 0x0f) * 4u;
        FrameField ip{FrameDissectorTr::tr("Internet Protocol version 4"),
                      FrameDissectorTr::tr("%1 → %2").arg(r.ipv4(o + 12), r.ipv4(o + 16)),
                      static_cast<int>(o),
                      static_cast<int>(headerLength),
                      {},
                      QStringLiteral("ip")};
        const std::uint16_t frag = r.u16(o + 6);
        QStringList fragFlags;
        if (frag & 0x4000)
            fragFlags << QStringLiteral("DF");
        if (frag & 0x2000)
            fragFlags << QStringLiteral("MF");
        ip.children << field(FrameDissectorTr::tr("Version"), QStringLiteral("4"), o, 1)
                    << field(FrameDissectorTr::tr("Header length"), FrameDissectorTr::tr("%1 bytes").arg(headerLength),
                             o, 1)
                    << field(FrameDissectorTr::tr("DSCP / ECN"),
                             FrameDissectorTr::tr("DSCP %1, ECN %2").arg(r.u8(o + 1) >> 2).arg(r.u8(o + 1) & 3), o + 1,
                             1)
                    << field(FrameDissectorTr::tr("Total length"), QString::number(r.u16(o + 2)), o + 2, 2)
                    << field(FrameDissectorTr::tr("Identification"), hex(r.u16(o + 4), 4), o + 4, 2)
                    << field(FrameDissectorTr::tr("Flags"),
                             fragFlags.isEmpty() ? FrameDissectorTr::tr("none") : fragFlags.join(QStringLiteral(", ")),
                             o + 6, 1)
                    << field(FrameDissectorTr::tr("Fragment offset"), QString::number((frag & 0x1fff) * 8), o + 6, 2)
                    << field(FrameDissectorTr::tr("Time to live"), QString::number(r.u8(o + 8)), o + 8, 1)
                    << field(FrameDissectorTr::tr("Protocol"),
                             r.u8(o + 9) == 6 ? FrameDissectorTr::tr("TCP (6)") : QString::number(r.u8(o + 9)), o + 9,
                             1)
                    << field(FrameDissectorTr::tr("Header checksum"), hex(r.u16(o + 10), 4), o + 10, 2)
                    << field(FrameDissectorTr::tr("Source address"), r.ipv4(o + 12), o + 12, 4)
                    << field(FrameDissectorTr::tr("Destination address"), r.ipv4(o + 16), o + 16, 4);
        if (headerLength > 20)
            ip.children << field(FrameDissectorTr::tr("Options"),
                                 FrameDissectorTr::tr("%1 bytes").arg(headerLength - 20), o + 20, headerLength - 20);
        out << ip;
        tcpOffset = o + headerLength;
        return r.u8(o + 9) == 6;
    }
    if (version == 6 && r.has(o, 40)) {
        FrameField ip{FrameDissectorTr::tr("Internet Protocol version 6"),
                      FrameDissectorTr::tr("%1 → %2").arg(r.ipv6(o + 8), r.ipv6(o + 24)),
                      static_cast<int>(o),
                      40,
                      {},
                      QStringLiteral("ipv6")};
        const std::uint32_t first = r.u32(o);
        ip.children << field(FrameDissectorTr::tr("Version"), QStringLiteral("6"), o, 1)
                    << field(FrameDissectorTr::tr("Traffic class"), hex((first >> 20) & 0xff, 2), o, 2)
                    << field(FrameDissectorTr::tr("Flow label"), hex(first & 0xfffff, 5), o + 1, 3)
                    << field(FrameDissectorTr::tr("Payload length"), QString::number(r.u16(o + 4)), o + 4, 2)
                    << field(FrameDissectorTr::tr("Next header"), QString::number(r.u8(o + 6)), o + 6, 1)
                    << field(FrameDissectorTr::tr("Hop limit"), QString::number(r.u8(o + 7)), o + 7, 1)
                    << field(FrameDissectorTr::tr("Source address"), r.ipv6(o + 8), o + 8, 16)
                    << field(FrameDissectorTr::tr("Destination address"), r.ipv6(o + 24), o + 24, 16);
        std::uint8_t next = r.u8(o + 6);
        std::size_t p = o + 40;
        // Hop-by-hop, routing, fragment and destination options sit between IPv6 and TCP.
        while ((next == 0 || next == 43 || next == 44 || next == 60) && r.has(p, 8)) {
            const std::size_t length = next == 44 ? 8 : (r.u8(p + 1) + 1u) * 8u;
            ip.children << field(FrameDissectorTr::tr("Extension header %1").arg(next),
                                 FrameDissectorTr::tr("%1 bytes").arg(length), p, length);
            next = r.u8(p);
            p += length;
        }
        out << ip;
        tcpOffset = p;
        return next == 6;
    }
    out << FrameField{FrameDissectorTr::tr("IP"),
                      FrameDissectorTr::tr("version %1, cut short or not decoded").arg(version),
                      static_cast<int>(o),
                      1,
                      {},
                      {}};
    return false;
}

void dissectTcpOptions(const Reader &r, std::size_t o, std::size_t end, FrameField &parent)
{
    while (o < end && r.has(o, 1)) {
        const std::uint8_t kind = r.u8(o);
        if (kind == 0) {
            parent.children << field(FrameDissectorTr::tr("End of options"), {}, o, 1);
            return;
        }
        if (kind == 1) {
            parent.children << field(FrameDissectorTr::tr("No-operation (NOP)"), {}, o, 1);
            ++o;
            continue;
        }
        if (!r.has(o, 2) || r.u8(o + 1) < 2 || o + r.u8(o + 1) > end)
            return;
        const std::size_t length = r.u8(o + 1);
        switch (kind) {
        case 2:
            parent.children << field(FrameDissectorTr::tr("Maximum segment size"),
                                     FrameDissectorTr::tr("%1 bytes").arg(r.u16(o + 2)), o, length);
            break;
        case 3:
            parent.children << field(FrameDissectorTr::tr("Window scale"),
                                     FrameDissectorTr::tr("shift %1 (multiply by %2)")
                                         .arg(r.u8(o + 2))
                                         .arg(1u << std::min<int>(r.u8(o + 2), 14)),
                                     o, length);
            break;
        case 4:
            parent.children << field(FrameDissectorTr::tr("SACK permitted"), {}, o, length);
            break;
        case 5: {
            QStringList blocks;
            for (std::size_t b = o + 2; b + 8 <= o + length; b += 8)
                blocks << QStringLiteral("%1–%2").arg(r.u32(b)).arg(r.u32(b + 4));
            parent.children << field(FrameDissectorTr::tr("SACK"), blocks.join(QStringLiteral(", ")), o, length);
            break;
        }
        case 8:
            if (length >= 10)
                parent.children << field(FrameDissectorTr::tr("Timestamps"),
                                         FrameDissectorTr::tr("TSval %1, TSecr %2").arg(r.u32(o + 2)).arg(r.u32(o + 6)),
                                         o, length);
            break;
        default:
            parent.children << field(FrameDissectorTr::tr("Option %1").arg(kind),
                                     FrameDissectorTr::tr("%1 bytes").arg(length), o, length);
            break;
        }
        o += length;
    }
}

void dissectTcp(const Reader &r, std::size_t o, const core::ConnectionLadder &ladder, const core::StreamRow &row,
                QList<FrameField> &out)
{
    if (!r.has(o, 20)) {
        out << FrameField{
            FrameDissectorTr::tr("TCP"), FrameDissectorTr::tr("header cut short"), static_cast<int>(o), 0, {},
            QStringLiteral("tcp")};
        return;
    }
    const core::Segment &s = row.segment;
    const std::size_t headerLength = (r.u8(o + 12) >> 4) * 4u;
    const std::uint16_t flags = static_cast<std::uint16_t>(r.u16(o + 12) & 0x01ff);
    FrameField tcp{FrameDissectorTr::tr("Transmission Control Protocol"),
                   FrameDissectorTr::tr("%1 → %2, Seq=%3 Ack=%4 Len=%5")
                       .arg(r.u16(o))
                       .arg(r.u16(o + 2))
                       .arg(s.seq)
                       .arg(s.ack)
                       .arg(s.payloadLength),
                   static_cast<int>(o),
                   static_cast<int>(headerLength),
                   {},
                   QStringLiteral("tcp")};
    tcp.children << field(FrameDissectorTr::tr("Source port"), QString::number(r.u16(o)), o, 2)
                 << field(FrameDissectorTr::tr("Destination port"), QString::number(r.u16(o + 2)), o + 2, 2)
                 << field(FrameDissectorTr::tr("Sequence number (relative)"), QString::number(s.seq), o + 4, 4)
                 << field(FrameDissectorTr::tr("Sequence number (raw)"), QString::number(r.u32(o + 4)), o + 4, 4)
                 << field(
                        FrameDissectorTr::tr("Next sequence number"),
                        QString::number(s.seq + s.payloadLength + ((flags & (core::FlagSyn | core::FlagFin)) ? 1 : 0)),
                        -1, 0)
                 << field(FrameDissectorTr::tr("Acknowledgment number (relative)"), QString::number(s.ack), o + 8, 4)
                 << field(FrameDissectorTr::tr("Acknowledgment number (raw)"), QString::number(r.u32(o + 8)), o + 8, 4)
                 << field(FrameDissectorTr::tr("Header length"),
                          FrameDissectorTr::tr("%1 bytes (%2)").arg(headerLength).arg(headerLength / 4), o + 12, 1);
    FrameField flagField = field(
        FrameDissectorTr::tr("Flags"),
        QStringLiteral("%1 [%2]").arg(hex(flags, 3), QString::fromStdString(core::flagsToString(flags))), o + 12, 2);
    static const std::pair<std::uint16_t, const char *> names[] = {
        {core::FlagAe, "AE (accurate ECN)"},     {core::FlagCwr, "CWR (congestion window reduced)"},
        {core::FlagEce, "ECE (ECN echo)"},       {core::FlagUrg, "URG (urgent)"},
        {core::FlagAck, "ACK (acknowledgment)"}, {core::FlagPsh, "PSH (push)"},
        {core::FlagRst, "RST (reset)"},          {core::FlagSyn, "SYN (synchronize)"},
        {core::FlagFin, "FIN (finish)"}};
    for (const auto &[bit, name] : names)
        flagField.children << field(FrameDissectorTr::tr(name),
                                    (flags & bit) ? FrameDissectorTr::tr("set") : FrameDissectorTr::tr("not set"),
                                    o + 12, 2);
    tcp.children << flagField;

    const std::uint16_t window = r.u16(o + 14);
    tcp.children << field(FrameDissectorTr::tr("Window"), QString::number(window), o + 14, 2);
    const bool fromClient = s.direction == core::Direction::ClientToServer;
    const int shift = fromClient ? ladder.clientWindowScale : ladder.serverWindowScale;
    // RFC 7323: the scale applies only when both SYNs carried it, and never to the SYNs themselves.
    if (!(flags & core::FlagSyn) && ladder.clientWindowScale >= 0 && ladder.serverWindowScale >= 0)
        tcp.children << field(FrameDissectorTr::tr("Window (scaled)"),
                              FrameDissectorTr::tr("%1 bytes (× %2)").arg(quint64(window) << shift).arg(1u << shift),
                              -1, 0);
    else if (!(flags & core::FlagSyn))
        tcp.children << field(FrameDissectorTr::tr("Window (scaled)"),
                              FrameDissectorTr::tr("unknown: window scale not seen in the handshake"), -1, 0);
    tcp.children << field(FrameDissectorTr::tr("Checksum"), hex(r.u16(o + 16), 4), o + 16, 2)
                 << field(FrameDissectorTr::tr("Urgent pointer"), QString::number(r.u16(o + 18)), o + 18, 2);
    if (headerLength > 20) {
        FrameField options = field(FrameDissectorTr::tr("Options"),
                                   FrameDissectorTr::tr("%1 bytes").arg(headerLength - 20), o + 20, headerLength - 20);
        dissectTcpOptions(r, o + 20, std::min(o + headerLength, r.size()), options);
        tcp.children << options;
    }
    tcp.children << field(FrameDissectorTr::tr("Payload"), FrameDissectorTr::tr("%1 bytes").arg(s.payloadLength),
                          o + headerLength, r.size() > o + headerLength ? r.size() - o - headerLength : 0);
    out << tcp;
}

} // namespace

QList<FrameField> dissectFrame(int linkType, std::span<const std::uint8_t> frame, const core::ConnectionLadder &ladder,
                               const core::StreamRow &row)
{
    QList<FrameField> out;
    const Reader r(frame);
    const core::Segment &s = row.segment;
    FrameField summary{FrameDissectorTr::tr("Frame %1").arg(s.frame),
                       FrameDissectorTr::tr("%1 bytes captured").arg(frame.size()),
                       -1,
                       0,
                       {},
                       QStringLiteral("frame")};
    summary.children << field(FrameDissectorTr::tr("Direction"),
                              s.direction == core::Direction::ClientToServer ? FrameDissectorTr::tr("client → server")
                                                                             : FrameDissectorTr::tr("server → client"),
                              -1, 0)
                     << field(FrameDissectorTr::tr("Phase"), phaseName(row.analysis.phase), -1, 0)
                     << field(FrameDissectorTr::tr("Client state after"),
                              QString::fromUtf8(core::toString(row.analysis.clientState)), -1, 0)
                     << field(FrameDissectorTr::tr("Server state after"),
                              QString::fromUtf8(core::toString(row.analysis.serverState)), -1, 0);
    out << summary;
    std::size_t tcpOffset = 0;
    const auto ipOffset = dissectLink(linkType, frame, r, out);
    if (ipOffset && dissectIp(r, *ipOffset, out, tcpOffset))
        dissectTcp(r, tcpOffset, ladder, row, out);
    return out;
}

QString hexDump(std::span<const std::uint8_t> frame)
{
    QString text;
    for (std::size_t line = 0; line < frame.size(); line += 16) {
        QString hexPart;
        QString ascii;
        for (std::size_t i = 0; i < 16; ++i) {
            if (i == 8)
                hexPart += u' ';
            if (line + i < frame.size()) {
                const auto b = frame[line + i];
                hexPart += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(b) : QChar(u'.');
            } else {
                hexPart += QStringLiteral("   ");
            }
        }
        text += QStringLiteral("%1  %2 %3\n").arg(line, 4, 16, QLatin1Char('0')).arg(hexPart, ascii);
    }
    return text;
}

int hexDumpPosition(int offset)
{
    // A line is "oooo  " + 16 × "xx " + one extra space after 8 bytes + " " + 16 ASCII + "\n".
    constexpr int lineLength = 6 + 16 * 3 + 1 + 1 + 16 + 1;
    const int column = offset % 16;
    return (offset / 16) * lineLength + 6 + column * 3 + (column >= 8 ? 1 : 0);
}

} // namespace tcpladder::ui
