// SPDX-License-Identifier: GPL-3.0-or-later
// What a student and a teacher stumble on first (issue 16), on a 1366×768 screen: the window and the
// list at first start, the ladder area before anything is open or when a filter hides everything,
// a failed open that must not cost the capture on screen, and the details pane's cut-off values.
#include "viewssettled.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "filterbar.h"
#include "ladderplaceholder.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "packetdetailsview.h"
#include "fakescreen.h"
#include "shots.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace tcpladder;
using testsupport::saveShot;
using ui::LadderPlaceholder;
using ui::MainWindow;

namespace {

const QString ManyConnections = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap"); // 10 connections
const QString MidConnection = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/mid-connection.pcap");     // no handshake

bool load(MainWindow &w, const QString &path)
{
    return loadAndSettle(w, path);
}

QTableView *table(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("connectionTable"));
}

// Visible on screen and inside the window: a button that is hidden or clipped helps nobody.
bool shownInside(QWidget *widget, QWidget *window)
{
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return widget->isVisible() && !rect.isEmpty() && window->rect().contains(rect);
}

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartFitsTheWorkArea();
    void listShowsEightConnections();
    void splitterSizesAreRemembered();
    void noCaptureSaysHowToStart();
    void filterThatHidesAllExplains();
    void quickSearchThatHidesAllExplains();
    void filtersDoNotCarryOverToTheNextFile();
    void failedOpenKeepsTheCapture_data();
    void failedOpenKeepsTheCapture();
    void detailValuesHaveFullTextTooltips();

private:
    QTemporaryDir m_dir;
};

void TestClassroom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_classroom"));
    QVERIFY(QFile::exists(ManyConnections));
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
}

void TestClassroom::init()
{
    QSettings().clear(); // every test is a first start
}

void TestClassroom::firstStartFitsTheWorkArea()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QRect available = w.screen()->availableGeometry();
    QVERIFY2(available.contains(w.frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4")
                            .arg(w.frameGeometry().x())
                            .arg(w.frameGeometry().y())
                            .arg(w.frameGeometry().width())
                            .arg(w.frameGeometry().height())));
    // Nearly all of it, not the old fixed size.
    QVERIFY(w.frameGeometry().width() >= available.width() - 20);
    QVERIFY(w.frameGeometry().height() >= available.height() - 60);
    const QRect status(w.statusBar()->mapToGlobal(QPoint(0, 0)), w.statusBar()->size());
    QVERIFY(w.statusBar()->isVisible());
    QVERIFY(available.contains(status));
}

void TestClassroom::listShowsEightConnections()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(load(w, ManyConnections));
    QCOMPARE(table(w)->model()->rowCount(), 10);
    QTableView *list = table(w);
    // Rows wholly inside the viewport: the last one may not be cut.
    int whole = 0;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        whole += list->rowViewportPosition(row) + list->rowHeight(row) <= list->viewport()->height() ? 1 : 0;
    QVERIFY2(whole >= 8, qPrintable(QString::number(whole)));
    // The ladder keeps most of the height.
    auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("ladderStack"));
    QVERIFY(stack->height() > list->height());
    QVERIFY(stack->height() >= 300);
}

void TestClassroom::splitterSizesAreRemembered()
{
    QList<int> sizes;
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *splitter = w.findChild<QSplitter *>(QStringLiteral("leftSplitter"));
        splitter->setSizes({400, 200});
        sizes = splitter->sizes();
        QCOMPARE(sizes.first(), 400);
        QVERIFY(w.close());
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("leftSplitter"))->sizes(), sizes);
}

void TestClassroom::noCaptureSaysHowToStart()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    LadderPlaceholder *placeholder = w.ladderPlaceholder();
    QCOMPARE(placeholder->state(), LadderPlaceholder::State::NoCapture);
    QVERIFY(shownInside(placeholder, &w));
    QVERIFY(!w.ladderView()->isVisible());
    QVERIFY2(placeholder->text().contains(QLatin1String("No capture is open")), qPrintable(placeholder->text()));
    QVERIFY(placeholder->text().contains(QLatin1String("sample")));
    QVERIFY(placeholder->text().contains(QLatin1String("capture live")));
    QLabel *message = placeholder->messageLabel();
    QVERIFY(shownInside(message, placeholder));
    // Wrapped lines all fit: the label is as tall as its text needs at its width.
    QVERIFY2(
        message->height() >= message->heightForWidth(message->width()),
        qPrintable(QStringLiteral("%1 < %2").arg(message->height()).arg(message->heightForWidth(message->width()))));
    QVERIFY(message->width() >= 400);

    auto *open = placeholder->findChild<QToolButton *>(QStringLiteral("placeholderOpen"));
    auto *sample = placeholder->findChild<QToolButton *>(QStringLiteral("placeholderSample"));
    auto *capture = placeholder->findChild<QToolButton *>(QStringLiteral("placeholderCapture"));
    QCOMPARE(open->text(), QStringLiteral("Open…"));
    QCOMPARE(sample->text(), QStringLiteral("Open a &Sample"));
    QCOMPARE(capture->text(), QStringLiteral("Capture…"));
    for (QWidget *button :
         {static_cast<QWidget *>(open), static_cast<QWidget *>(sample), static_cast<QWidget *>(capture)}) {
        QVERIFY2(shownInside(button, placeholder), qPrintable(button->objectName()));
        // Below the message, not over it.
        QVERIFY(button->y() >= placeholder->messageLabel()->geometry().bottom());
    }
    QVERIFY(!placeholder->findChild<QPushButton *>(QStringLiteral("placeholderClearFilter"))->isVisible());
    saveShot(&w, QStringLiteral("no-capture"));

    // The sample button offers the bundled samples; one of them replaces the placeholder with its ladder.
    QMenu *samples = sample->menu();
    QVERIFY(samples);
    QCOMPARE(samples->actions().size(), ui::RecentFiles::sampleNames().size());
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    samples->actions().first()->trigger();
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(w.ladderView()->isVisible());
    QVERIFY(!placeholder->isVisible());
    QVERIFY(w.ladderView()->hasLadder());
}

void TestClassroom::filterThatHidesAllExplains()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(load(w, ManyConnections));
    QVERIFY(w.ladderView()->isVisible());
    QTest::keyClicks(w.filterBar()->lineEdit(), QStringLiteral("ip.addr==192.0.2.99"));
    QCOMPARE(w.filterBar()->state(), ui::FilterBar::State::Valid);
    QVERIFY(viewsSettled(w));
    QCOMPARE(table(w)->model()->rowCount(), 0);

    LadderPlaceholder *placeholder = w.ladderPlaceholder();
    QTRY_VERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->state(), LadderPlaceholder::State::NothingMatches);
    const QString text = placeholder->text();
    QVERIFY2(text.contains(QLatin1String("No connection matches ip.addr==192.0.2.99")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("The 10 connection")));
    QVERIFY(text.contains(QLatin1String("The address a ping shows may not be the one the browser used")));
    QVERIFY(shownInside(placeholder->messageLabel(), placeholder));
    saveShot(&w, QStringLiteral("filter-hides-all"));
    // No start buttons here: a capture is open. Clearing is one click.
    QVERIFY(!placeholder->findChild<QToolButton *>(QStringLiteral("placeholderOpen"))->isVisible());
    auto *clear = placeholder->findChild<QPushButton *>(QStringLiteral("placeholderClearFilter"));
    QVERIFY(shownInside(clear, placeholder));
    QCOMPARE(clear->text(), QStringLiteral("&Clear the Filter"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(w.filterBar()->text(), QString());
    QCOMPARE(table(w)->model()->rowCount(), 10);
    QCOMPARE(placeholder->state(), LadderPlaceholder::State::SelectConnection);
    QVERIFY(placeholder->text().startsWith(QLatin1String("Select a connection")));

    // Another filter that matches nothing names itself, not the last one.
    QTest::keyClicks(w.filterBar()->lineEdit(), QStringLiteral("tcp.port==1"));
    QTRY_VERIFY(placeholder->text().contains(QLatin1String("No connection matches tcp.port==1")));
    w.filterBar()->lineEdit()->clear();
    QTest::keyClicks(w.filterBar()->lineEdit(), QStringLiteral("tcp.port==2"));
    QTRY_VERIFY(placeholder->text().contains(QLatin1String("No connection matches tcp.port==2")));
}

void TestClassroom::quickSearchThatHidesAllExplains()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(load(w, ManyConnections));
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("nosuchhost"));
    QCOMPARE(table(w)->model()->rowCount(), 0);
    LadderPlaceholder *placeholder = w.ladderPlaceholder();
    QTRY_VERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().contains(QStringLiteral("No connection matches the quick search “nosuchhost”")),
             qPrintable(placeholder->text()));
    QTest::mouseClick(placeholder->findChild<QPushButton *>(QStringLiteral("placeholderClearFilter")), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table(w)->model()->rowCount(), 10);
}

void TestClassroom::filtersDoNotCarryOverToTheNextFile()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(load(w, MidConnection));
    QTest::keyClicks(w.filterBar()->lineEdit(), QStringLiteral("ip.addr==192.0.2.99"));
    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("#7"));
    QVERIFY(viewsSettled(w));
    QCOMPARE(table(w)->model()->rowCount(), 0);
    QVERIFY(load(w, ManyConnections));
    QCOMPARE(w.filterBar()->text(), QString());
    QCOMPARE(w.filterBar()->state(), ui::FilterBar::State::Empty);
    QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text(), QString());
    QCOMPARE(table(w)->model()->rowCount(), 10);
    QVERIFY(w.ladderView()->isVisible());
}

void TestClassroom::failedOpenKeepsTheCapture_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("text renamed .pcap") << QByteArray("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
}

void TestClassroom::failedOpenKeepsTheCapture()
{
    QFETCH(QByteArray, content);
    const QString bad = m_dir.filePath(QStringLiteral("lesson.pcap"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();

    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(load(w, ManyConnections));
    table(w)->selectRow(3);
    QVERIFY(viewsSettled(w));
    const quint32 stream = w.currentLadder()->streamIndex;
    const QString title = w.windowTitle();

    QSignalSpy finished(&w, &MainWindow::loadFinished);
    w.openFile(bad);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<capture::LoadStatus>(), capture::LoadStatus::Failed);
    QVERIFY2(w.messageText().startsWith(QStringLiteral("Cannot open “lesson.pcap”")), qPrintable(w.messageText()));
    QVERIFY(w.messageText().contains(QStringLiteral("“many-connections.pcap” is still open.")));
    saveShot(&w, QStringLiteral("failed-open"));
    QVERIFY(shownInside(w.findChild<QLabel *>(QStringLiteral("messageLabel")), &w));
    // Everything the class was looking at is still there.
    QVERIFY(!w.isLoading());
    QCOMPARE(w.currentFile(), ManyConnections);
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.connectionModel()->rowCount(), 10);
    QVERIFY(w.currentLadder());
    QCOMPARE(w.currentLadder()->streamIndex, stream);
    QVERIFY(w.ladderView()->isVisible());
    QCOMPARE(w.ladderView()->ladder().streamIndex, stream);
    // And it still works: another connection's ladder comes from the same capture.
    table(w)->selectRow(5);
    QVERIFY(viewsSettled(w));
    QVERIFY(w.currentLadder());
    QVERIFY(w.currentLadder()->streamIndex != stream);
    QVERIFY(!w.currentLadder()->rows.empty());
}

void TestClassroom::detailValuesHaveFullTextTooltips()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(load(w, MidConnection));
    QVERIFY(w.ladderView()->hasLadder());
    auto *details = w.findChild<ui::PacketDetailsView *>();
    QTreeWidget *tree = details->tree();
    QVERIFY(details->fieldCount() > 20);
    tree->expandAll();
    int checked = 0;
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        pending << tree->topLevelItem(i);
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        for (int i = 0; i < item->childCount(); ++i)
            pending << item->child(i);
        if (item->text(1).isEmpty())
            continue;
        QCOMPARE(item->toolTip(1), item->text(1));
        ++checked;
    }
    QVERIFY(checked > 20);
    // The value the issue quotes, cut off in a narrow pane.
    const auto scaled = tree->findItems(QStringLiteral("Window (scaled)"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(scaled.size(), 1);
    QCOMPARE(scaled.first()->toolTip(1), QStringLiteral("unknown: window scale not seen in the handshake"));
    // And not cut off at all: the value column is as wide as its widest value (the tree scrolls sideways).
    const QFontMetrics metrics(tree->font());
    const int needed = metrics.horizontalAdvance(scaled.first()->text(1));
    QVERIFY2(tree->columnWidth(1) >= needed,
             qPrintable(QStringLiteral("%1 < %2").arg(tree->columnWidth(1)).arg(needed)));
}

int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    return tcpladder::testsupport::execOnProjectorScreen<TestClassroom>(argc, argv, "tst_classroom");
}

#include "tst_classroom.moc"
