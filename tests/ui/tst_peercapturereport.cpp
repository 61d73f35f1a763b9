// SPDX-License-Identifier: GPL-3.0-or-later
// What the other side's capture tells the user, without the main window: a failure as an error in the
// message bar, a merge closed for another connection as a note naming both streams (made again in
// the current language), and a merge that worked hides the last message.
#include "mergedladderview.h"
#include "messagebarwindow.h"
#include "peercapturecontroller.h"

#include <QLabel>
#include <QMainWindow>
#include <QtTest>

using namespace tcpladder;
using ui::PeerCaptureController;

class TestPeerCaptureReport : public QObject
{
    Q_OBJECT

private slots:
    void messagesInTheBar();
};

void TestPeerCaptureReport::messagesInTheBar()
{
    QMainWindow window;
    ui::MessageBar *messages = testsupport::installMessageBar(window, new QLabel);
    ui::MergedLadderView view;
    PeerCaptureController peer(&view, &window);
    peer.reportTo(messages);

    emit peer.failed(QStringLiteral("Cannot read server.pcap: no such file."));
    QCOMPARE(messages->text(), QStringLiteral("Cannot read server.pcap: no such file."));
    QVERIFY(messages->isError());

    emit peer.closedForOtherConnection(0, 3);
    QVERIFY2(messages->text().contains(QStringLiteral("stream 0 only"))
                 && messages->text().contains(QStringLiteral("stream 3 was selected")),
             qPrintable(messages->text()));
    QVERIFY(!messages->isError()); // nothing went wrong: the user chose another connection

    emit peer.merged();
    QVERIFY(messages->text().isEmpty());
}

QTEST_MAIN(TestPeerCaptureReport)
#include "tst_peercapturereport.moc"
