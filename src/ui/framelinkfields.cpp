// SPDX-License-Identifier: GPL-3.0-or-later
#include "framelinkfields.h"

#include "decoder.h"

namespace tcpladder::ui::frame {

namespace {

FrameField layerField(const QString &name, const QString &value, const core::LinkLayer &layer, const char *protocol)
{
    return {
        name, value, static_cast<int>(layer.offset), static_cast<int>(layer.length), {}, QString::fromLatin1(protocol)};
}

FrameField linkField(const core::LinkLayer &layer, const Reader &r)
{
    const std::size_t o = layer.offset;
    switch (layer.kind) {
    case core::LinkLayerKind::Ethernet: {
        FrameField eth = layerField(FrameDissectorTr::tr("Ethernet II"),
                                    FrameDissectorTr::tr("%1 → %2").arg(r.mac(o + 6), r.mac(o)), layer, "eth");
        eth.children << field(FrameDissectorTr::tr("Destination"), r.mac(o), o, 6)
                     << field(FrameDissectorTr::tr("Source"), r.mac(o + 6), o + 6, 6)
                     << field(FrameDissectorTr::tr("Type"), hex(layer.value, 4), o + 12, 2);
        return eth;
    }
    case core::LinkLayerKind::Vlan: {
        FrameField vlan = layerField(
            FrameDissectorTr::tr("802.1Q VLAN"),
            FrameDissectorTr::tr("ID %1, priority %2").arg(layer.value & 0x0fff).arg(layer.value >> 13), layer, "vlan");
        vlan.children << field(FrameDissectorTr::tr("Type"), hex(r.u16(o + 2), 4), o + 2, 2);
        return vlan;
    }
    case core::LinkLayerKind::Mpls:
        return layerField(FrameDissectorTr::tr("MPLS label"),
                          FrameDissectorTr::tr("label %1, TTL %2").arg(layer.value >> 12).arg(layer.value & 0xff),
                          layer, "mpls");
    case core::LinkLayerKind::Pppoe:
        return layerField(FrameDissectorTr::tr("PPPoE session"),
                          FrameDissectorTr::tr("session %1").arg(hex(layer.value, 4)), layer, "pppoes");
    case core::LinkLayerKind::Ppp:
        return layerField(FrameDissectorTr::tr("Point-to-Point Protocol"), hex(layer.value, 4), layer, "ppp");
    case core::LinkLayerKind::CiscoHdlc:
        return layerField(FrameDissectorTr::tr("Cisco HDLC"), hex(layer.value, 4), layer, "chdlc");
    case core::LinkLayerKind::LinuxSll: {
        FrameField sll = layerField(FrameDissectorTr::tr("Linux cooked capture (SLL)"), {}, layer, "sll");
        sll.children << field(FrameDissectorTr::tr("Packet type"), QString::number(r.u16(o)), o, 2)
                     << field(FrameDissectorTr::tr("Link-layer address type"), QString::number(r.u16(o + 2)), o + 2, 2)
                     << field(FrameDissectorTr::tr("Protocol"), hex(layer.value, 4), o + 14, 2);
        return sll;
    }
    case core::LinkLayerKind::LinuxSll2: {
        // Wireshark names version 2 "sll" as well.
        FrameField sll = layerField(FrameDissectorTr::tr("Linux cooked capture v2 (SLL2)"), {}, layer, "sll");
        sll.children << field(FrameDissectorTr::tr("Protocol"), hex(layer.value, 4), o, 2)
                     << field(FrameDissectorTr::tr("Interface index"), QString::number(r.u32(o + 4)), o + 4, 4)
                     << field(FrameDissectorTr::tr("Packet type"), QString::number(r.u8(o + 10)), o + 10, 1);
        return sll;
    }
    case core::LinkLayerKind::Loopback:
        return layerField(FrameDissectorTr::tr("Loopback"), FrameDissectorTr::tr("address family %1").arg(layer.value),
                          layer, "null");
    }
    return {};
}

} // namespace

std::optional<std::size_t> dissectLink(int linkType, std::span<const std::uint8_t> frame, const Reader &r,
                                       QList<FrameField> &out)
{
    core::DecodedTcp decoded;
    core::LinkLayers layers;
    if (core::decodeFrame(linkType, frame, 0, decoded, layers) == core::DecodeStatus::UnsupportedLink) {
        out << FrameField{
            FrameDissectorTr::tr("Link type %1").arg(linkType), FrameDissectorTr::tr("not decoded"), -1, 0, {}, {}};
        return std::nullopt;
    }
    if (layers.count == 0 && layers.ipOffset == 0)
        out << FrameField{FrameDissectorTr::tr("Raw IP"), FrameDissectorTr::tr("no link-layer header"), -1, 0, {},
                          QStringLiteral("raw")};
    for (const core::LinkLayer &layer : layers.list())
        out << linkField(layer, r);
    return layers.ipOffset;
}

} // namespace tcpladder::ui::frame
