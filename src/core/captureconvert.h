// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace tcpladder::core {

enum class CaptureFileFormat { Pcapng, Pcap };

// Writes the capture at `source` (the app's pcapng spool) to `target`: pcapng is a byte copy, so frame
// offsets stay valid; pcap is rewritten frame by frame through libpcap for tools that only read pcap.
// False with a message a person can act on; a failed write leaves no partial target behind.
bool saveCaptureAs(const std::string &source, const std::string &target, CaptureFileFormat format, std::string &error);

} // namespace tcpladder::core
