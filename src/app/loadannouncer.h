// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"

#include <QObject>

class QWidget;

namespace tcpladder::app {

// Prints "tcpladder: capture loaded (ok|cancelled|failed)" on stderr once a capture has been read
// AND the window has been painted, so a launcher script (and the smoke test) can take a screenshot
// on it instead of guessing: under a bare X server the window can be mapped after a small file loads.
class LoadAnnouncer : public QObject
{
    Q_OBJECT
public:
    explicit LoadAnnouncer(QWidget *window);

    void loadFinished(capture::LoadStatus status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announce();

    const char *m_outcome = nullptr; // a load finished and was not announced yet
    bool m_painted = false;
};

} // namespace tcpladder::app
