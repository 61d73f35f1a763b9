// SPDX-License-Identifier: GPL-3.0-or-later
// The loss marks reach the pictures: `tcpladder-cli export` of the lossy transfer writes the gap
// markers and the retransmission links' words into the SVG (in English and in Chinese), and the
// main window reads the same analysis off the GUI thread and shows it on its ladder. The numbers
// are tshark's.

#include "ladderview.h"
#include "mainwindow.h"
#include "tsharkfields.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcpladder;

namespace {

const QString kLossy = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");

QString exportSvg(const QTemporaryDir &dir, const QString &name, const QStringList &extra)
{
    QProcess cli;
    cli.start(QStringLiteral(TCPLADDER_CLI_PATH),
              QStringList{QStringLiteral("export"), kLossy, QStringLiteral("--stream"), QStringLiteral("0"),
                          QStringLiteral("-o"), dir.filePath(name)}
                  + extra);
    if (!cli.waitForFinished(120000) || cli.exitCode() != 0)
        return {};
    QFile svg(dir.filePath(name));
    return svg.open(QIODevice::ReadOnly) ? QString::fromUtf8(svg.readAll()) : QString();
}

} // namespace

class TestLossLadder : public QObject
{
    Q_OBJECT

private slots:
    void svgExportShowsLoss();
    void svgExportShowsLossInChinese();
    void mainWindowShowsLoss();
};

void TestLossLadder::svgExportShowsLoss()
{
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto gaps = testsupport::tsharkFields(kLossy, QStringLiteral("tcp.stream == 0 && tcp.analysis.lost_segment"),
                                                {QStringLiteral("tcp.seq")});
    const auto fast = testsupport::tsharkFields(
        kLossy, QStringLiteral("tcp.stream == 0 && tcp.analysis.fast_retransmission"), {QStringLiteral("tcp.seq")});
    const auto dupAcks = testsupport::tsharkFields(
        kLossy, QStringLiteral("tcp.stream == 0 && tcp.analysis.duplicate_ack && tcp.ack == ") + fast.front().value(1),
        {QStringLiteral("tcp.analysis.duplicate_ack_frame")});
    QVERIFY(!gaps.empty() && !fast.empty() && !dupAcks.empty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svg = exportSvg(dir, QStringLiteral("lossy.svg"), {});
    QVERIFY(!svg.isEmpty());
    // The first gap ends just before the seq of the segment tshark flags.
    const QString gapEnd = QString::number(gaps.front().value(1).toUInt() - 1) + QStringLiteral(")");
    QVERIFY2(svg.contains(QStringLiteral(" bytes not captured (Seq ")), "no gap marker");
    QVERIFY2(svg.contains(gapEnd), qPrintable(gapEnd));
    // The first fast retransmission came after every duplicate ACK of that seq before it.
    qsizetype before = 0;
    for (const QStringList &ack : dupAcks)
        before += ack.value(0).toUInt() < fast.front().value(0).toUInt() ? 1 : 0;
    const QString after = QStringLiteral("fast retransmission after %1 duplicate ACKs").arg(before);
    QVERIFY2(svg.contains(after), qPrintable(after));
    QVERIFY(svg.contains(QStringLiteral("Dup ACK #1 of frame ") + dupAcks.front().value(1)));
    QVERIFY(svg.contains(QStringLiteral("Window update")));
    QVERIFY(svg.contains(QStringLiteral("SACK ")));
    QVERIFY(svg.contains(QStringLiteral("out of order")));
}

void TestLossLadder::svgExportShowsLossInChinese()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svg =
        exportSvg(dir, QStringLiteral("lossy-zh.svg"), {QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY(!svg.isEmpty());
    QVERIFY2(svg.contains(QStringLiteral("字节未捕获")), "no Chinese gap marker");
    // The SVG writer splits a line where the font changes (Han glyphs, Latin glyphs): Chinese runs only.
    QVERIFY(svg.contains(QStringLiteral("后快速重传")));
    QVERIFY(svg.contains(QStringLiteral("窗口更新")));
    QVERIFY(!svg.contains(QStringLiteral("not captured")));
    QVERIFY(!svg.contains(QStringLiteral("Window update")));
}

void TestLossLadder::mainWindowShowsLoss()
{
    ui::MainWindow w;
    w.show();
    QSignalSpy finished(&w, &ui::MainWindow::loadFinished);
    w.openFile(kLossy);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(w.currentLadder() != nullptr, 20000); // made on the view worker
    // Read on another thread, then handed to the view and to the window's own ladder (exports).
    QTRY_VERIFY_WITH_TIMEOUT(!w.ladderView()->layout().loss().marks.empty(), 20000);
    QVERIFY(!w.ladderView()->layout().loss().links.empty());
    QCOMPARE(w.currentLadder()->tcp.size(), w.currentLadder()->rows.size());
    // The analysed ladder replaces the one on show everywhere: still one ladder, shared.
    QCOMPARE(w.ladderView()->sharedLadder(), w.currentLadder());
}

QTEST_MAIN(TestLossLadder)
#include "tst_lossladder.moc"
