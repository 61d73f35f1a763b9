// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QScreen;
class QSettings;
class QSplitter;

namespace tcpladder::ui {

// Splitter positions remembered per screen size ("layout/1366x768/leftSplitter"): a layout made on a
// 1920×1080 desk monitor squeezes the list and the ladder on a 1366×768 projector, and back.
namespace screenlayout {

// The settings key of `name` on `screen` (its available geometry, without the task bar).
QString key(const QScreen *screen, const QString &name);
void saveSplitter(QSettings &settings, const QScreen *screen, const QSplitter *splitter);
// False when nothing was saved for this screen size, so the caller sets its defaults.
bool restoreSplitter(const QSettings &settings, const QScreen *screen, QSplitter *splitter);

} // namespace screenlayout

} // namespace tcpladder::ui
