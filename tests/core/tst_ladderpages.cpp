// SPDX-License-Identifier: GPL-3.0-or-later
// Pages of the PDF export: slices of a laid-out ladder that break only between rows.
#include "ladderfixture.h"

#include "ladderpages.h"

#include <QtTest>

#include <cmath>

using namespace tcpladder::core;

class TestLadderPages : public QObject
{
    Q_OBJECT

private slots:
    void slices_data();
    void slices();
    void empty();
};

namespace {

// Every run expanded, as a long ladder is when the user opened its runs.
LadderLayout expandedLayout(const ConnectionLadder &ladder)
{
    LadderLayoutOptions options;
    options.width = 1200;
    const LadderLayout collapsed = layoutLadder(ladder, options);
    for (const LadderRun &run : collapsed.runs())
        options.expandedRuns.insert(run.key);
    return layoutLadder(ladder, options);
}

} // namespace

void TestLadderPages::slices_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("body");
    for (const double body : {200.0, 700.0, 2500.0, 1e6})
        for (const char *file : {"lossy-bulk.pcap", "client-close.pcap"})
            QTest::addRow("%s/%d", file, int(body)) << QString::fromLatin1(file) << body;
}

void TestLadderPages::slices()
{
    QFETCH(QString, file);
    QFETCH(double, body);
    const auto ladder = ladderfixture::loadLadder(std::string(TCPLADDER_TEST_DATA_DIR "/") + file.toStdString(), 0);
    QVERIFY(ladder);
    const LadderLayout layout = expandedLayout(*ladder);
    QCOMPARE(layout.itemCount(), ladder->rows.size());
    const auto pages = paginateLadder(layout, body);
    QVERIFY(!pages.empty());

    // The slices tile the ladder below the header, in order, each item on exactly one page.
    QCOMPARE(pages.front().top, layout.headerHeight());
    QCOMPARE(pages.back().bottom, layout.height());
    QCOMPARE(pages.front().firstItem, std::size_t(0));
    QCOMPARE(pages.back().lastItem, layout.itemCount() - 1);
    for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
        QCOMPARE(pages[p + 1].top, pages[p].bottom);
        QCOMPARE(pages[p + 1].firstItem, pages[p].lastItem + 1);
    }
    const double pitch = layout.itemHeight();
    const double smallest = pitch + 2 * layout.lineHeight(); // a row and a phase title band
    std::size_t expectedMin = static_cast<std::size_t>(std::ceil((layout.height() - layout.headerHeight()) / body));
    for (const auto &page : pages) {
        // Breaks fall between rows: a page ends where its last row ends and holds its rows whole.
        QVERIFY(page.top <= layout.itemTop(page.firstItem));
        if (&page != &pages.back())
            QCOMPARE(page.bottom, layout.itemTop(page.lastItem) + pitch);
        // Never taller than asked, unless one row alone is.
        QVERIFY(page.bottom - page.top <= std::max(body, smallest + 1.5 * layout.lineHeight()));
    }
    // Full pages: no page could have taken the next page's first row.
    for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
        const std::size_t next = pages[p + 1].firstItem;
        // The last row carries the lifelines' tail below it.
        const double nextBottom = next + 1 == layout.itemCount() ? layout.height() : layout.itemTop(next) + pitch;
        QVERIFY(nextBottom - pages[p].top > body);
    }
    QVERIFY(pages.size() >= expectedMin);
    if (body >= 1e6)
        QCOMPARE(pages.size(), std::size_t(1));
}

void TestLadderPages::empty()
{
    ConnectionLadder ladder;
    QVERIFY(paginateLadder(layoutLadder(ladder, {}), 500).empty());
}

QTEST_MAIN(TestLadderPages)
#include "tst_ladderpages.moc"
