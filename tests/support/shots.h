// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QString>
#include <QWidget>

namespace tcpladder::testsupport {

// TCPLADDER_SHOTS=<folder>: keep what a widget looked like, for a person to look at (never compared).
inline void saveShot(QWidget *widget, const QString &name)
{
    if (const QString folder = qEnvironmentVariable("TCPLADDER_SHOTS"); !folder.isEmpty())
        widget->grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

} // namespace tcpladder::testsupport
