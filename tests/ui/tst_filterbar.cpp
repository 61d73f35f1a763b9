// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewssettled.h"
#include "captureworker.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "filterbar.h"
#include "mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace tcpladder;

// The display-filter bar in the main window: red with the column for a bad filter, green and
// fewer rows for a good one, on a real capture with 10 connections.
class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void badFilterIsRedWithColumn();
    void goodFilterIsGreenAndFiltersRows();
};

void TestFilterBar::badFilterIsRedWithColumn()
{
    ui::FilterBar bar;
    bar.show();
    QTest::keyClicks(bar.lineEdit(), "tcp.port == 80 and ip.adr == 1.2.3.4");
    QCOMPARE(bar.state(), ui::FilterBar::State::Invalid);
    QCOMPARE(bar.error().position, std::size_t(19)); // "ip.adr" starts at the 20th character
    QVERIFY2(bar.errorText().startsWith(u"column 20:"), qPrintable(bar.errorText()));
    QVERIFY(bar.errorText().contains(u"ip.addr"));
    QVERIFY(bar.errorLabel()->isVisible());
    QVERIFY(bar.lineEdit()->styleSheet().contains(u"#ffafaf"));
    bar.lineEdit()->clear();
    QCOMPARE(bar.state(), ui::FilterBar::State::Empty);
    QVERIFY(!bar.errorLabel()->isVisible());
    QVERIFY(bar.lineEdit()->styleSheet().isEmpty());
}

void TestFilterBar::goodFilterIsGreenAndFiltersRows()
{
    ui::MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &ui::MainWindow::loadFinished);
    window.openFile(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap"));
    QVERIFY(loaded.wait(10000));
    auto *proxy = window.connectionProxy();
    QCOMPARE(proxy->rowCount(), 10);
    // The client port of stream 4, read from the model, picks exactly that connection.
    const auto *model = window.connectionModel();
    const int sourceRow = model->rowForStream(4);
    QVERIFY(sourceRow >= 0);
    const quint16 port = model->summary(sourceRow).clientPort;

    ui::FilterBar *bar = window.filterBar();
    bar->setText(QStringLiteral("tcp.srcport == %1 || tcp.dstport == %1").arg(port));
    QCOMPARE(bar->state(), ui::FilterBar::State::Valid);
    QVERIFY(bar->lineEdit()->styleSheet().contains(u"#afffaf"));
    QVERIFY(viewsSettled(window));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(model::ConnectionModel::StreamRole).toUInt(), 4u);

    // While the text is invalid the last good filter stays.
    bar->setText(QStringLiteral("tcp.srcport == %1 ||").arg(port));
    QCOMPARE(bar->state(), ui::FilterBar::State::Invalid);
    QVERIFY(viewsSettled(window));
    QCOMPARE(proxy->rowCount(), 1);

    bar->setText(QStringLiteral("tcp.stream != 4 and !tcp.stream == 7"));
    QVERIFY(viewsSettled(window));
    QCOMPARE(proxy->rowCount(), 8);
    bar->setText(QString());
    QCOMPARE(proxy->rowCount(), 10);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
