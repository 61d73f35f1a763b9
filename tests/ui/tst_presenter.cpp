// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher at a 1366×768 projector (issue 16, items 9 and 11): the ladder fitted to the window with
// Larger Text on, zoom and Larger Text undone in any order, splitters remembered per screen size, and
// a time-sequence graph that opens tall enough to read.
#include "viewssettled.h"
#include "languagemanager.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "presentermode.h"
#include "recentfiles.h"
#include "screenlayout.h"
#include "sequencegraph.h"
#include "sequencegraphchart.h"
#include "explanationpane.h"
#include "fakescreen.h"
#include "shots.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>

using namespace tcpladder;
using testsupport::saveShot;
using ui::LadderView;
using ui::MainWindow;

namespace {

const QString ManyConnections = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap");
const QString Sample = QStringLiteral("web-fetch-3-segment-close.pcapng"); // SYN, data and FIN marks

template<typename Open>
bool loadWith(MainWindow &w, Open open)
{
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    open();
    return (!finished.isEmpty() || finished.wait(20000))
        && finished.first().first().value<capture::LoadStatus>() == capture::LoadStatus::Ok && viewsSettled(w);
}

bool loadSample(MainWindow &w)
{
    return loadWith(w, [&] { w.openSample(Sample); });
}

QAction *action(MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QString::fromLatin1(name));
}

// Both lifelines, their header boxes and every label inside the viewport, with no sideways scrolling.
QString fitProblem(const LadderView *view)
{
    const int viewport = view->viewport()->width();
    const auto &layout = view->layout();
    if (layout.width() > viewport)
        return QStringLiteral("layout %1 px wider than the viewport %2 px").arg(layout.width()).arg(viewport);
    if (view->horizontalScrollBar()->maximum() > 0)
        return QStringLiteral("a horizontal scroll bar (maximum %1)").arg(view->horizontalScrollBar()->maximum());
    if (layout.server().box.right() > viewport)
        return QStringLiteral("server box ends at %1 of %2").arg(layout.server().box.right()).arg(viewport);
    return {};
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitKeepsBothLifelinesOnScreen_data();
    void fitKeepsBothLifelinesOnScreen();
    void fitFollowsTheWindowSize();
    void zoomingByHandEndsFit();
    void resetZoomThenLargerTextOffIsScaleOne();
    void presenterModeFitsByDefault();
    void largerTextKeepsColumnsAndExplanation();
    void splittersRememberedPerScreenSize();
    void graphDockOpensReadable_data();
    void graphDockOpensReadable();

private:
    QFont m_font;
};

void TestPresenter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presenter"));
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
    QVERIFY(ui::RecentFiles::sampleNames().contains(Sample));
    m_font = QApplication::font();
}

void TestPresenter::init()
{
    QSettings().clear(); // every test is a first start
}

void TestPresenter::cleanup()
{
    QApplication::setFont(m_font); // Larger Text is application-wide
    ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
}

void TestPresenter::fitKeepsBothLifelinesOnScreen_data()
{
    QTest::addColumn<bool>("largerText");
    QTest::addColumn<bool>("zoomedIn");
    QTest::newRow("normal text") << false << false;
    QTest::newRow("larger text") << true << false;
    QTest::newRow("larger text after zooming in") << true << true;
}

void TestPresenter::fitKeepsBothLifelinesOnScreen()
{
    QFETCH(bool, largerText);
    QFETCH(bool, zoomedIn);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loadSample(w));
    LadderView *view = w.ladderView();
    QVERIFY(view->hasLadder());
    for (int i = 0; zoomedIn && i < 6; ++i)
        action(w, "actionZoomIn")->trigger();
    action(w, "actionFitLadder")->trigger();
    QVERIFY(view->fitsToWidth());
    w.setLargerText(largerText);
    QVERIFY(action(w, "actionFitLadder")->isChecked());
    QTRY_VERIFY2(fitProblem(view).isEmpty(), qPrintable(fitProblem(view)));
    // Fitting fills the width, it does not just shrink: the client-server distance uses the viewport.
    QVERIFY2(view->layout().minimumWidth() > 0.9 * view->viewport()->width(),
             qPrintable(QStringLiteral("%1 of %2").arg(view->layout().minimumWidth()).arg(view->viewport()->width())));
    for (std::size_t i = 0; i < view->layout().itemCount(); ++i)
        QVERIFY(!view->layout().item(i).label.text.ends_with("…"));
    saveShot(&w, QStringLiteral("fit-%1").arg(QTest::currentDataTag()).replace(u' ', u'-'));
}

void TestPresenter::fitFollowsTheWindowSize()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loadSample(w));
    LadderView *view = w.ladderView();
    view->setFitToWidth(true);
    const double wide = view->zoom();
    const int width = w.width();
    QSignalSpy zoomed(view, &LadderView::zoomChanged);
    w.resize(1000, w.height());
    QTRY_VERIFY(view->zoom() < wide);
    QVERIFY(!zoomed.isEmpty());
    QTRY_VERIFY2(fitProblem(view).isEmpty(), qPrintable(fitProblem(view)));
    w.resize(width, w.height());
    QTRY_COMPARE(view->zoom(), wide);
    QVERIFY(fitProblem(view).isEmpty());
}

void TestPresenter::zoomingByHandEndsFit()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loadSample(w));
    QAction *fit = action(w, "actionFitLadder");
    QVERIFY(fit->isCheckable());
    QCOMPARE(fit->shortcut(), QKeySequence(QStringLiteral("Ctrl+9")));
    // No other action of the window answers the same keys.
    for (QAction *other : w.findChildren<QAction *>())
        if (other != fit)
            QVERIFY2(!other->shortcuts().contains(fit->shortcut()), qPrintable(other->objectName()));
    fit->trigger();
    const double fitted = w.ladderView()->zoom();
    QVERIFY(w.ladderView()->fitsToWidth());
    action(w, "actionZoomIn")->trigger();
    QVERIFY(!fit->isChecked());
    QVERIFY(!w.ladderView()->fitsToWidth());
    QCOMPARE(w.ladderView()->zoom(), std::min(fitted * 1.15, LadderView::maxZoom)); // zooms on from where it was
    fit->trigger();
    QCOMPARE(w.ladderView()->zoom(), fitted);
    // The choice is remembered for the next start.
    QVERIFY(QSettings().value(QStringLiteral("view/fitLadder")).toBool());
    {
        MainWindow again;
        QVERIFY(action(again, "actionFitLadder")->isChecked());
        QVERIFY(again.ladderView()->fitsToWidth());
    }
    action(w, "actionZoomReset")->trigger();
    QVERIFY(!fit->isChecked());
    QCOMPARE(w.ladderView()->zoom(), 1.0);
    QVERIFY(!QSettings().value(QStringLiteral("view/fitLadder")).toBool());
}

void TestPresenter::resetZoomThenLargerTextOffIsScaleOne()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loadSample(w));
    LadderView *view = w.ladderView();
    QCOMPARE(view->zoom(), 1.0);
    w.setLargerText(true);
    // Larger, up to what the window's width holds (1.5 on a wide screen).
    // (Larger Text also enlarges the application font the ladder is drawn in.)
    const double larger = view->zoom();
    QVERIFY2(larger >= 1.0 && larger <= 1.5, qPrintable(QString::number(larger)));
    QVERIFY(fitProblem(view).isEmpty());
    action(w, "actionZoomIn")->trigger();
    action(w, "actionZoomIn")->trigger();
    QVERIFY(view->zoom() > larger * 1.3); // by hand, past the width
    QVERIFY(!fitProblem(view).isEmpty());
    action(w, "actionZoomReset")->trigger();
    QCOMPARE(view->zoom(), larger); // Reset Zoom undoes the zoom, not Larger Text
    w.setLargerText(false);
    QCOMPARE(view->zoom(), 1.0); // was 1 / 1.5: the "tiny ladder"
    // The other order, and a zoom clamped at the maximum, come back the same way.
    for (int i = 0; i < 20; ++i)
        action(w, "actionZoomIn")->trigger();
    w.setLargerText(true);
    QCOMPARE(view->zoom(), LadderView::maxZoom);
    w.setLargerText(false);
    action(w, "actionZoomReset")->trigger();
    QCOMPARE(view->zoom(), 1.0);
}

void TestPresenter::presenterModeFitsByDefault()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loadSample(w));
    action(w, "actionZoomIn")->trigger();
    const double before = w.ladderView()->zoom();
    w.presenterMode()->setActive(true);
    QVERIFY(w.ladderView()->fitsToWidth());
    QVERIFY(!QSettings().value(QStringLiteral("view/fitLadder"), false).toBool()); // presenter's, not the user's
    QVERIFY(action(w, "actionFitLadder")->isChecked());
    QTRY_VERIFY2(fitProblem(w.ladderView()).isEmpty(), qPrintable(fitProblem(w.ladderView())));
    // Well above the desk's zoom of 1: the back row reads it (about 1.5 on this 1366-pixel screen, a little less
    // with wine's wider fonts).
    QVERIFY2(w.ladderView()->zoom() > 1.3, qPrintable(QString::number(w.ladderView()->zoom())));
    // The explanation keeps room for its note below the ladder.
    auto *pane = w.explanationPane();
    QVERIFY(pane->isVisible());
    auto *body = pane->findChild<QLabel *>(QStringLiteral("explanationBody"));
    QVERIFY(body->height() >= body->heightForWidth(body->width()));
    QVERIFY(w.ladderView()->height() > 2 * pane->height());
    saveShot(&w, QStringLiteral("presenter"));
    w.presenterMode()->setActive(false);
    QVERIFY(!w.ladderView()->fitsToWidth());
    QVERIFY(!action(w, "actionFitLadder")->isChecked());
    QTRY_COMPARE(w.ladderView()->zoom(), before);
}

void TestPresenter::largerTextKeepsColumnsAndExplanation()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loadWith(w, [&] { w.openFile(ManyConnections); }));
    w.setLargerText(true);
    auto *table = w.findChild<QTableView *>(QStringLiteral("connectionTable"));
    QHeaderView *header = table->horizontalHeader();
    // Every column as wide as its title and its widest cell: nothing cut to "…".
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        int needed = header->sectionSizeHint(column);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            needed = std::max(needed, table->sizeHintForIndex(table->model()->index(row, column)).width());
        QVERIFY2(
            header->sectionSize(column) >= needed,
            qPrintable(QStringLiteral("column %1: %2 < %3").arg(column).arg(header->sectionSize(column)).arg(needed)));
    }
    // The explanation pane shows its whole note.
    auto *body = w.explanationPane()->findChild<QLabel *>(QStringLiteral("explanationBody"));
    QTRY_VERIFY(body->isVisible());
    QTRY_VERIFY2(body->height() >= body->heightForWidth(body->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(body->height()).arg(body->heightForWidth(body->width()))));
    saveShot(&w, QStringLiteral("larger-text"));
}

void TestPresenter::splittersRememberedPerScreenSize()
{
    const QString key = ui::screenlayout::key(QGuiApplication::primaryScreen(), QStringLiteral("leftSplitter"));
    QCOMPARE(key, QStringLiteral("layout/1366x768/leftSplitter"));
    // What was saved on a bigger monitor must not squeeze this screen's list.
    {
        QSplitter other(Qt::Vertical);
        other.addWidget(new QWidget);
        other.addWidget(new QWidget);
        other.resize(200, 1000);
        other.setSizes({800, 200});
        QSettings().setValue(QStringLiteral("layout/1920x1080/leftSplitter"), other.saveState());
    }
    QList<int> defaults;
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *splitter = w.findChild<QSplitter *>(QStringLiteral("leftSplitter"));
        defaults = splitter->sizes();
        QVERIFY2(defaults.first() < defaults.last(), "the ladder, not the list, gets most of the height");
        splitter->setSizes({300, 300});
        defaults = splitter->sizes();
        QCOMPARE(defaults.first(), 300);
        QVERIFY(w.close());
    }
    QVERIFY(QSettings().contains(key));
    QVERIFY(QSettings().contains(QStringLiteral("layout/1366x768/mainSplitter")));
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("leftSplitter"))->sizes(), defaults);
}

void TestPresenter::graphDockOpensReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("largerText");
    QTest::newRow("English") << QStringLiteral("en") << false;
    QTest::newRow("English, larger text") << QStringLiteral("en") << true;
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << false;
    QTest::newRow("Chinese, larger text") << QStringLiteral("zh_CN") << true;
}

void TestPresenter::graphDockOpensReadable()
{
    QFETCH(QString, language);
    QFETCH(bool, largerText);
    QVERIFY(ui::LanguageManager::instance()->setLanguage(language, false));
    MainWindow w;
    w.setLargerText(largerText);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loadSample(w));
    w.showSequenceGraph();
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("sequenceGraphDock"));
    ui::SequenceGraph *graph = w.sequenceGraph();
    QTRY_VERIFY(graph->isVisible());
    QTRY_VERIFY(graph->height() >= graph->minimumSizeHint().height());
    // Every text of the chart whole: tick labels, axis titles, legend entries.
    QChart *chart = graph->chart();
    const QRectF legend = chart->legend()->sceneBoundingRect();
    int texts = 0;
    bool sawYTitle = false;
    for (QGraphicsItem *item : graph->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString plain = text->toPlainText();
        QVERIFY2(!plain.contains(u'…'), qPrintable(plain));
        sawYTitle = sawYTitle || plain.simplified() == ui::SequenceGraphChart::tr("Relative sequence number (bytes)");
        if (chart->legend()->isAncestorOf(text))
            QVERIFY2(legend.contains(text->sceneBoundingRect()), qPrintable(plain)); // not cut off at the bottom
        ++texts;
    }
    QVERIFY(sawYTitle);
    QVERIFY2(texts >= 12, qPrintable(QString::number(texts)));
    // The plot's marks stay clear of the legend.
    QVERIFY(!chart->plotArea().intersects(chart->legend()->geometry()));
    QTRY_VERIFY2(graph->height() >= graph->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1 < %2").arg(graph->height()).arg(graph->minimumSizeHint().height())));
    QVERIFY(dock->height() > graph->minimumSizeHint().height());
    QVERIFY(graph->width() >= graph->minimumSizeHint().width());
    // It was 68 px, which elided every tick; the readable minimum is 160 to 230 px depending on the fonts.
    QVERIFY2(graph->minimumSizeHint().height() >= 150, qPrintable(QString::number(graph->minimumSizeHint().height())));

    // The room comes out of the list (down to a third, or its minimum), not out of the ladder.
    auto *list = w.findChild<QWidget *>(QStringLiteral("connectionsPane"));
    auto *splitter = w.findChild<QSplitter *>(QStringLiteral("leftSplitter"));
    const auto listShare = [&] { return std::max(splitter->height() / 3, list->minimumSizeHint().height()) + 2; };
    QTRY_VERIFY2(list->height() <= listShare(),
                 qPrintable(QStringLiteral("list %1 of %2").arg(list->height()).arg(splitter->height())));
    // The explanation under the ladder still shows its whole note, squeezed as the window is.
    auto *body = w.explanationPane()->findChild<QLabel *>(QStringLiteral("explanationBody"));
    QTRY_VERIFY2(body->height() >= body->heightForWidth(body->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(body->height()).arg(body->heightForWidth(body->width()))));
    saveShot(&w, QStringLiteral("graph-%1%2").arg(language, largerText ? QStringLiteral("-larger") : QString()));
    // Closing the graph gives the list its height back.
    const int listBefore = list->height();
    dock->hide();
    QTRY_VERIFY(list->height() > listBefore);
}

int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    return tcpladder::testsupport::execOnProjectorScreen<TestPresenter>(argc, argv, "tst_presenter");
}

#include "tst_presenter.moc"
