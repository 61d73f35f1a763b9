// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QtGlobal>

#include <functional>
#include <memory>
#include <utility>

namespace tcpladder::capture {

// Runs `free` on a worker when called on the GUI thread, else at once (also once the application
// object is gone).
void freeOffGuiThread(std::function<void()> free);

// A value to share (a ladder, a graph's data) whose memory is given back off the GUI thread,
// whoever lets go of it last: freeing a million rows on the GUI thread, between two paints, took
// tens of milliseconds.
template<typename T>
std::shared_ptr<const T> shareFreedOffGuiThread(T value)
{
    return std::shared_ptr<const T>(new T(std::move(value)),
                                    [](const T *shared) { freeOffGuiThread([shared] { delete shared; }); });
}

inline core::SharedLadder shareLadder(core::ConnectionLadder ladder)
{
    return shareFreedOffGuiThread(std::move(ladder));
}

// How many values were freed through freeOffGuiThread, and how many of those on the GUI thread (for tests).
quint64 sharedValuesFreed();
quint64 sharedValuesFreedOnGuiThread();

} // namespace tcpladder::capture
