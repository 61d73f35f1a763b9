// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tcpladder::capture {

// Lowers the calling thread below the GUI thread's scheduling priority, once per thread. The app's
// workers (the loader, the view worker, layouts and graphs) can keep both cores of a student's laptop
// busy; at equal priority the GUI thread then waits its turn for tens of milliseconds before it can
// paint what they made. Lowered, they still run at full speed whenever the GUI thread is idle.
// Linux: a nice value 10 higher for this thread alone; Windows: THREAD_PRIORITY_BELOW_NORMAL.
void runBelowGuiPriority();

// Whether the calling thread was lowered (and the system took it): for tests.
bool isBelowGuiPriority();

} // namespace tcpladder::capture
