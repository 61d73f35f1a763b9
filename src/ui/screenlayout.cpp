// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenlayout.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace tcpladder::ui::screenlayout {

QString key(const QScreen *screen, const QString &name)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QSize size = screen ? screen->availableGeometry().size() : QSize();
    return QStringLiteral("layout/%1x%2/%3").arg(size.width()).arg(size.height()).arg(name);
}

void saveSplitter(QSettings &settings, const QScreen *screen, const QSplitter *splitter)
{
    settings.setValue(key(screen, splitter->objectName()), splitter->saveState());
}

bool restoreSplitter(const QSettings &settings, const QScreen *screen, QSplitter *splitter)
{
    return splitter->restoreState(settings.value(key(screen, splitter->objectName())).toByteArray());
}

} // namespace tcpladder::ui::screenlayout
