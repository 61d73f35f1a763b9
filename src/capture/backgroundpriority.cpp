// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpriority.h"

#if defined(_WIN32)
#include <windows.h>
#elif defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tcpladder::capture {

namespace {

thread_local bool lowered = false;

#if defined(__linux__)
constexpr int niceIncrement = 10;
#endif

} // namespace

void runBelowGuiPriority()
{
    if (lowered)
        return;
    lowered = true;
#if defined(_WIN32)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(__linux__)
    // On Linux a nice value belongs to the thread (PRIO_PROCESS with a thread id). Raising it needs no
    // privilege; a failure leaves the thread as it was, which only costs responsiveness.
    // Relative to the main (GUI) thread, whose id is the process id: a thread made by a lowered
    // thread starts lowered already.
    const id_t thread = static_cast<id_t>(gettid());
    const int target = getpriority(PRIO_PROCESS, static_cast<id_t>(getpid())) + niceIncrement;
    if (getpriority(PRIO_PROCESS, thread) < target)
        setpriority(PRIO_PROCESS, thread, target > 19 ? 19 : target);
#endif
}

bool isBelowGuiPriority()
{
#if defined(_WIN32)
    return GetThreadPriority(GetCurrentThread()) < THREAD_PRIORITY_NORMAL;
#elif defined(__linux__)
    return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()))
        > getpriority(PRIO_PROCESS, static_cast<id_t>(getpid()));
#else
    return lowered;
#endif
}

} // namespace tcpladder::capture
