// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framefieldreader.h"

#include <optional>

namespace tcpladder::ui::frame {

// The link-layer headers as the core decoder walked them (one list of link types, core/decoder.cpp), appended to
// `out`; where IP starts, if it does.
std::optional<std::size_t> dissectLink(int linkType, std::span<const std::uint8_t> frame, const Reader &r,
                                       QList<FrameField> &out);

} // namespace tcpladder::ui::frame
