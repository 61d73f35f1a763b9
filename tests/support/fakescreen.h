// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A test main() on one offscreen 1366×768 screen, the laptop and projector size the defaults are meant for.

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

namespace tcpladder::testsupport {

template<typename Test>
int execOnProjectorScreen(int argc, char **argv, const char *name)
{
    // A name relative to the working directory: the platform argument is split at ':', so a Windows
    // path (C:\...) cannot be given there.
    QTemporaryFile file(QString::fromLatin1(name) + QStringLiteral("-screen-XXXXXX.json"));
    if (!file.open())
        return 2;
    file.write(R"({"windowFrameMargins": true, "screens": [{"name": "projector", "x": 0, "y": 0,
                   "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.flush();
    const QString relative = QDir::current().relativeFilePath(file.fileName());
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(relative));
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace tcpladder::testsupport
