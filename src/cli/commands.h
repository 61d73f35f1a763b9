// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

namespace tcpladder::cli {

// Each returns the process exit status: 0 success, 1 user error (already reported on stderr).
int runList(const Arguments &args);
int runLadder(const Arguments &args, int argc, char *argv[]);

} // namespace tcpladder::cli
