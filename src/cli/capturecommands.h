// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

namespace tcpladder::cli {

int runInterfaces(const Arguments &args);
int runCapture(const Arguments &args);

} // namespace tcpladder::cli
