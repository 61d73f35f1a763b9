// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <span>

namespace tcpladder::ui {

// One line of the packet-details tree and the bytes it came from (for highlighting the hex dump).
struct FrameField
{
    QString name;
    QString value;
    int offset = -1; // into the frame; -1 when the line is derived, not read
    int length = 0;
    QList<FrameField> children;
    QString protocol; // top-level lines: Wireshark's short name ("eth", "vlan", "sll", "ip", "tcp")
};

// Splits one frame into link, IP and TCP header fields. Which link-layer headers a frame has, and
// where IP starts, is the core decoder's answer (one list of link types); the decoder keeps only
// what the analysis needs, so the fields a student wants are read here for display.
// `row` supplies Wireshark's relative numbers and `ladder` the negotiated window scales.
QList<FrameField> dissectFrame(int linkType, std::span<const std::uint8_t> frame, const core::ConnectionLadder &ladder,
                               const core::StreamRow &row);

QString hexDump(std::span<const std::uint8_t> frame);
// Character range of byte `offset` in hexDump() output (hex column).
int hexDumpPosition(int offset);

} // namespace tcpladder::ui
