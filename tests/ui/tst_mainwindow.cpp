// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewssettled.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "packetdetailsview.h"

#include "testcaptures.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QAction>
#include <QTest>
#include <QTreeWidget>

using namespace tcpladder;
using testsupport::pickCapture;
using ui::MainWindow;

namespace {

struct TsharkRow
{
    int stream = 0;
    quint32 frame = 0;
    quint32 seq = 0;
    quint32 ack = 0;
    quint32 len = 0;
};

// tshark is the oracle for which rows a connection's ladder must have.
QList<TsharkRow> tsharkRows(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("tshark"),
            {QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("tcp"), QStringLiteral("-T"),
             QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("tcp.stream"), QStringLiteral("-e"),
             QStringLiteral("frame.number"), QStringLiteral("-e"), QStringLiteral("tcp.seq"), QStringLiteral("-e"),
             QStringLiteral("tcp.ack"), QStringLiteral("-e"), QStringLiteral("tcp.len")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QList<TsharkRow> rows;
    for (const auto &line : p.readAllStandardOutput().split('\n')) {
        const auto f = line.split('\t');
        if (f.size() < 5)
            continue;
        rows << TsharkRow{f[0].toInt(), f[1].toUInt(), f[2].toUInt(), f[3].toUInt(), f[4].toUInt()};
    }
    return rows;
}

QTableView *table(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("connectionTable"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensFileShowsRowsAndLadder();
    void ladderRowShowsPacketDetails();
    void selectingAnotherConnection();
    void quickSearchFilters();
    void nonexistentFileShowsError();
    void notACaptureShowsError();
    void dropOpensFile();
    void largerTextScalesFonts();
    void bundledSamplesOpen();

private:
    bool load(MainWindow &w, const QString &path);
    QString m_capture;
    QList<TsharkRow> m_rows;
    QSet<int> m_streams;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    m_capture = pickCapture();
    if (m_capture.isEmpty())
        QFAIL("committed test data missing: no capture in tests/data");
    m_rows = tsharkRows(m_capture);
    if (testsupport::kOracleRequired)
        QVERIFY2(!m_rows.isEmpty(), "tshark could not read the capture");
    for (const auto &r : m_rows)
        m_streams.insert(r.stream);
}

bool TestMainWindow::load(MainWindow &w, const QString &path)
{
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    w.openFile(path);
    return (!finished.isEmpty() || finished.wait(20000)) && viewsSettled(w);
}

void TestMainWindow::opensFileShowsRowsAndLadder()
{
    TCPLADDER_SKIP_WITHOUT_ORACLE(m_rows);
    MainWindow w;
    w.show();
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    w.openFile(m_capture);
    QVERIFY(w.isLoading());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<capture::LoadStatus>(), capture::LoadStatus::Ok);
    QVERIFY(!w.isLoading());
    QCOMPARE(w.connectionModel()->rowCount(), m_streams.size());
    QCOMPARE(table(w)->model()->rowCount(), m_streams.size());

    // Nothing was selected, so the first connection is, with its ladder on screen.
    QVERIFY(table(w)->selectionModel()->hasSelection());
    QVERIFY(viewsSettled(w));
    QVERIFY(w.currentLadder());
    const quint32 stream = w.currentLadder()->streamIndex;
    QCOMPARE(stream, table(w)->model()->index(0, 0).data(model::ConnectionModel::StreamRole).toUInt());
    QList<TsharkRow> expected;
    for (const auto &r : m_rows) {
        if (r.stream == static_cast<int>(stream))
            expected << r;
    }
    ui::LadderView *view = w.ladderView();
    QVERIFY(view->hasLadder());
    QCOMPARE(view->ladder().rows.size(), static_cast<std::size_t>(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &seg = view->ladder().rows[static_cast<std::size_t>(i)].segment;
        QCOMPARE(seg.frame, expected[i].frame);
        QCOMPARE(seg.seq, expected[i].seq);
        QCOMPARE(seg.ack, expected[i].ack);
        QCOMPARE(seg.payloadLength, expected[i].len);
    }
    // The layout shows the first segment's label with its numbers.
    QVERIFY(view->layout().itemCount() > 0);
    const auto first = view->layout().item(0);
    QVERIFY2(QString::fromStdString(first.label.text).contains(QStringLiteral("Seq=%1").arg(expected[0].seq)),
             first.label.text.c_str());

    // A successful open goes to the recent list (written to disk off the GUI thread).
    QTRY_COMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
                 QFileInfo(m_capture).absoluteFilePath());
    // File › Open Recent › Clear empties the list and the menu.
    auto *clear = w.findChild<QAction *>(QStringLiteral("actionClearRecent"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QTRY_VERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().isEmpty());
    QVERIFY(!clear->isEnabled());
}

void TestMainWindow::ladderRowShowsPacketDetails()
{
    MainWindow w;
    w.show();
    QVERIFY(load(w, m_capture));
    ui::LadderView *view = w.ladderView();
    QVERIFY(view->hasLadder());
    QCOMPARE(view->currentRow(), 0);
    auto *details = w.findChild<ui::PacketDetailsView *>();
    QVERIFY(details);
    QVERIFY2(details->fieldCount() > 30, "every Ethernet/IP/TCP field of the segment");
    const auto tcp = details->tree()->findItems(QStringLiteral("Transmission Control Protocol"), Qt::MatchExactly);
    QCOMPARE(tcp.size(), 1);
    const auto seqItems =
        details->tree()->findItems(QStringLiteral("Sequence number (relative)"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(seqItems.size(), 1);
    QCOMPARE(seqItems.first()->text(1), QString::number(view->ladder().rows[0].segment.seq));
    QVERIFY(details->hexText().startsWith(QLatin1String("0000  ")));

    if (view->ladder().rows.size() > 1) {
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentRow(), 1);
        QVERIFY(viewsSettled(w));
        const auto frame = details->tree()->topLevelItem(0)->text(0);
        QCOMPARE(frame, QStringLiteral("Frame %1").arg(view->ladder().rows[1].segment.frame));
    }
}

void TestMainWindow::selectingAnotherConnection()
{
    TCPLADDER_SKIP_WITHOUT_ORACLE(m_rows);
    if (m_streams.size() < 2)
        QFAIL("committed test data missing: needs two connections");
    MainWindow w;
    w.show();
    QVERIFY(load(w, m_capture));
    QSignalSpy shown(&w, &MainWindow::ladderShown);
    table(w)->selectRow(1);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.count(), 1);
    const quint32 stream = shown.at(0).at(0).toUInt();
    QCOMPARE(w.ladderView()->ladder().streamIndex, stream);
    const auto expected = std::count_if(m_rows.cbegin(), m_rows.cend(),
                                        [&](const TsharkRow &r) { return r.stream == static_cast<int>(stream); });
    QCOMPARE(w.ladderView()->ladder().rows.size(), static_cast<std::size_t>(expected));
}

void TestMainWindow::quickSearchFilters()
{
    TCPLADDER_SKIP_WITHOUT_ORACLE(m_rows);
    MainWindow w;
    w.show();
    QVERIFY(load(w, m_capture));
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    const int last = *std::max_element(m_streams.cbegin(), m_streams.cend());
    QTest::keyClicks(search, QStringLiteral("#%1").arg(last));
    QCOMPARE(table(w)->model()->rowCount(), 1);
    QCOMPARE(table(w)->model()->index(0, 0).data(model::ConnectionModel::StreamRole).toInt(), last);
    search->clear();
    QCOMPARE(table(w)->model()->rowCount(), m_streams.size());
}

void TestMainWindow::nonexistentFileShowsError()
{
    MainWindow w;
    w.show();
    QVERIFY(load(w, m_capture));
    const int rows = w.connectionModel()->rowCount();
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    const QString missing = QDir::temp().filePath(QStringLiteral("tcpladder-no-such-file.pcapng"));
    w.openFile(missing);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<capture::LoadStatus>(), capture::LoadStatus::Failed);
    QVERIFY2(w.messageText().contains(QLatin1String("no such file")), qPrintable(w.messageText()));
    QVERIFY(w.messageText().contains(QDir::toNativeSeparators(missing)));
    // The connections already shown stay; nothing crashed.
    QCOMPARE(w.connectionModel()->rowCount(), rows);
}

void TestMainWindow::notACaptureShowsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.pcap"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is a text file, not a capture\n");
    file.close();
    MainWindow w;
    w.show();
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    w.openFile(path);
    // Refused before any loading starts (so a capture on screen stays): reported at once.
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<capture::LoadStatus>(), capture::LoadStatus::Failed);
    QVERIFY2(w.messageText().startsWith(QLatin1String("Cannot open")), qPrintable(w.messageText()));
    QVERIFY(w.messageText().contains(QLatin1String("not a pcap or pcapng file")));
    QCOMPARE(w.connectionModel()->rowCount(), 0);
}

void TestMainWindow::dropOpensFile()
{
    TCPLADDER_SKIP_WITHOUT_ORACLE(m_rows);
    MainWindow w;
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_capture)});
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(finished.wait(20000));
    QCOMPARE(w.currentFile(), QFileInfo(m_capture).absoluteFilePath());
    QCOMPARE(w.connectionModel()->rowCount(), m_streams.size());
}

void TestMainWindow::largerTextScalesFonts()
{
    MainWindow w;
    const QFont before = QApplication::font();
    const double zoom = w.ladderView()->zoom();
    w.setLargerText(true);
    QVERIFY(QFontInfo(QApplication::font()).pixelSize() > QFontInfo(before).pixelSize());
    QVERIFY(w.ladderView()->zoom() >= zoom); // larger up to the window's width, which is tiny here
    w.setLargerText(false);
    QCOMPARE(w.ladderView()->zoom(), zoom);
    QCOMPARE(QFontInfo(QApplication::font()).pixelSize(), QFontInfo(before).pixelSize());
}

void TestMainWindow::bundledSamplesOpen()
{
    TCPLADDER_SKIP_WITHOUT_ORACLE(m_rows);
    // Every sample on disk must be embedded and open through the temporary copy.
    const QDir dir(QStringLiteral(TCPLADDER_SOURCE_DIR "/resources/samples"));
    const auto onDisk = dir.entryList({QStringLiteral("*.pcapng")}, QDir::Files, QDir::Name);
    if (onDisk.isEmpty())
        QFAIL("committed test data missing: no bundled samples");
    QCOMPARE(ui::RecentFiles::sampleNames(), onDisk);
    for (const auto &name : onDisk) {
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::loadFinished);
        QVERIFY(w.openSample(name));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<capture::LoadStatus>(), capture::LoadStatus::Ok);
        QSet<int> streams;
        for (const auto &r : tsharkRows(dir.filePath(name)))
            streams.insert(r.stream);
        QCOMPARE(w.connectionModel()->rowCount(), streams.size());
        QVERIFY(viewsSettled(w));
        QVERIFY(w.currentLadder());
        QVERIFY(w.windowTitle().contains(QLatin1String("sample")));
    }
    QVERIFY(!MainWindow().openSample(QStringLiteral("no-such-sample.pcapng")));
    // Samples are temporary copies; they must not fill the recent list.
    for (const auto &file : QSettings().value(QStringLiteral("recentFiles")).toStringList())
        QVERIFY2(!onDisk.contains(QFileInfo(file).fileName()), qPrintable(file));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
