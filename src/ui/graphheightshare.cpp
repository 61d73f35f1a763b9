// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphheightshare.h"

#include <QDockWidget>
#include <QSplitter>
#include <QTimer>

namespace tcpladder::ui {

GraphHeightShare::GraphHeightShare(QDockWidget *dock, QSplitter *splitter)
    : QObject(dock),
      m_splitter(splitter)
{
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // After the dock has taken its height (the main window lays out on a posted event).
        QTimer::singleShot(0, this, [this, visible] { share(visible); });
    });
}

void GraphHeightShare::share(bool dockShown)
{
    if (!dockShown) {
        if (!m_sizesBeforeDock.isEmpty())
            m_splitter->setSizes(m_sizesBeforeDock);
        m_sizesBeforeDock.clear();
        return;
    }
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.size() != 2 || sizes.first() <= total / 3)
        return;
    m_sizesBeforeDock = sizes;
    m_splitter->setSizes({total / 3, total - total / 3});
}

} // namespace tcpladder::ui
