// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the main window gives OpenCapture (and what builds on it, NotesController): a status bar, a
// message bar, the recent-files menus, a capture session and the connection list, without the window.

#include "messagebarwindow.h"
#include "capturesession.h"
#include "capturestatusbar.h"
#include "connectionmodel.h"
#include "messagebar.h"
#include "opencapture.h"
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QVBoxLayout>

namespace tcpladder::testsupport {

inline QString dataFile(const char *name)
{
    return QDir(QStringLiteral(TCPLADDER_TEST_DATA_DIR)).filePath(QLatin1String(name));
}

struct OpenCaptureWindow
{
    QMainWindow window;
    ui::CaptureStatusBar *statusBar = new ui::CaptureStatusBar;
    QLabel *messageLabel = new QLabel;
    ui::MessageBar *messages;
    QMenu recentMenu;
    QAction clearRecent;
    QMenu samplesMenu;
    ui::RecentFiles recent{&recentMenu, &clearRecent, &samplesMenu};
    capture::CaptureSession session; // before the window goes: the worker stops first
    model::ConnectionModel model;
    ui::OpenCapture *capture;
    ui::OpenCapture::TextMaker title;
    QList<quint32> selected; // what the capture asked the window's list to select

    OpenCaptureWindow()
    {
        messages = testsupport::installMessageBar(window, messageLabel);
        window.setStatusBar(statusBar);
        capture = new ui::OpenCapture(&session, &model, &recent, statusBar, messages, &window);
        capture->setStreamSelector([this](quint32 stream) {
            selected << stream;
            return true;
        });
        QObject::connect(capture, &ui::OpenCapture::titleChanged,
                         [this](const ui::OpenCapture::TextMaker &make) { title = make; });
        window.show();
    }
    ~OpenCaptureWindow() { delete capture; } // before the session it listens to

    QString titleText() const { return title ? title() : QString(); }
    QString label(const char *name) const
    {
        auto *l = statusBar->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    // Opens `path` and waits for its load to end; the status it ended with (Failed: not started).
    capture::LoadStatus load(const QString &path)
    {
        QSignalSpy loaded(capture, &ui::OpenCapture::loaded);
        if (!capture->open(path) || !loaded.wait(60000))
            return capture::LoadStatus::Failed;
        return loaded.first().first().value<capture::LoadStatus>();
    }
};

} // namespace tcpladder::testsupport
