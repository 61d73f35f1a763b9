// SPDX-License-Identifier: GPL-3.0-or-later
// LadderZoom without a widget: the user's zoom and Larger Text undone independently, and the fitted
// scale found for widths that grow linearly, in steps (font sizes are whole pixels) or never fit.
#include "ladderzoom.h"

#include <QTest>

#include <cmath>

using tcpladder::ui::LadderZoom;

class TestLadderZoom : public QObject
{
    Q_OBJECT

private slots:
    void largerTextAndZoomUndoIndependently();
    void largerTextStopsAtTheWindowsWidth();
    void fitOverridesAndZoomEndsIt();
    void fitScale_data();
    void fitScale();
};

void TestLadderZoom::largerTextAndZoomUndoIndependently()
{
    LadderZoom zoom;
    QCOMPARE(zoom.scale(), 1.0);
    zoom.setTextScale(1.5);
    QCOMPARE(zoom.scale(), 1.5);
    zoom.setScale(zoom.scale() * 1.15);
    zoom.resetUserZoom();
    QCOMPARE(zoom.scale(), 1.5);
    zoom.setTextScale(1.0);
    QCOMPARE(zoom.scale(), 1.0); // not 1 / 1.5
    // Clamped at the top: Larger Text off again does not drop below where it started.
    zoom.setScale(LadderZoom::maxScale);
    zoom.setTextScale(1.5);
    QCOMPARE(zoom.scale(), LadderZoom::maxScale);
    zoom.setTextScale(1.0);
    QCOMPARE(zoom.scale(), LadderZoom::maxScale);
}

void TestLadderZoom::largerTextStopsAtTheWindowsWidth()
{
    LadderZoom zoom;
    zoom.setFittedScale(1.2); // the window holds the ladder up to 1.2
    QCOMPARE(zoom.scale(), 1.0);
    zoom.setTextScale(1.5);
    QCOMPARE(zoom.scale(), 1.2); // larger, but the server's lifeline stays on screen
    zoom.setFittedScale(2.0);
    QCOMPARE(zoom.scale(), 1.5); // a wide window: the whole factor
    zoom.setFittedScale(1.2);
    // Zooming by hand still goes past the width, and back.
    zoom.setScale(zoom.scale() * 1.15);
    QCOMPARE(zoom.scale(), 1.2 * 1.15);
    zoom.setScale(zoom.scale() / 1.15 / 1.15);
    QCOMPARE(zoom.scale(), 1.2 / 1.15);
    zoom.resetUserZoom();
    QCOMPARE(zoom.scale(), 1.2);
    zoom.setTextScale(1.0);
    QCOMPARE(zoom.scale(), 1.0);
    // Never below the user's own zoom.
    zoom.setScale(1.4);
    zoom.setTextScale(1.5);
    QCOMPARE(zoom.scale(), 1.4);
}

void TestLadderZoom::fitOverridesAndZoomEndsIt()
{
    LadderZoom zoom;
    zoom.setTextScale(1.5);
    zoom.setFitWidth(true);
    zoom.setFittedScale(2.2);
    QCOMPARE(zoom.scale(), 2.2);
    zoom.setTextScale(1.0);
    QCOMPARE(zoom.scale(), 2.2); // the window's width decides, not the text factor
    zoom.setScale(2.2 * 1.15);
    QVERIFY(!zoom.fitsWidth());
    QCOMPARE(zoom.scale(), 2.2 * 1.15);
    zoom.setFittedScale(100);
    QCOMPARE(zoom.fittedScale(), LadderZoom::maxScale);
}

void TestLadderZoom::fitScale_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("kind"); // 0 linear, 1 whole-pixel font steps, 2 a floor that never fits
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("atMost");
    QTest::newRow("linear 1050") << 1050.0 << 0 << 1.47 << 1.5;
    QTest::newRow("linear 500") << 500.0 << 0 << 0.7 << 500.0 / 700;
    QTest::newRow("steps 1366") << 1366.0 << 1 << 1.8 << 3.0;
    QTest::newRow("never fits") << 300.0 << 2 << LadderZoom::minScale << LadderZoom::minScale;
    QTest::newRow("very wide") << 5000.0 << 0 << LadderZoom::maxScale << LadderZoom::maxScale;
}

void TestLadderZoom::fitScale()
{
    QFETCH(double, width);
    QFETCH(int, kind);
    QFETCH(double, atLeast);
    QFETCH(double, atMost);
    const auto required = [kind](double scale) {
        switch (kind) {
        case 0:
            return 700 * scale;
        case 1:
            return 40 * std::round(13 * scale) + 100; // labels in whole-pixel fonts plus fixed room
        default:
            return 400 + 100 * scale;
        }
    };
    int calls = 0;
    const double scale = LadderZoom::fitScale(
        width,
        [&](double s) {
            ++calls;
            return required(s);
        },
        1.0);
    QVERIFY2(scale >= atLeast - 1e-9 && scale <= atMost + 1e-9, qPrintable(QString::number(scale)));
    if (kind != 2)
        QVERIFY2(required(scale) <= width, qPrintable(QStringLiteral("%1 > %2").arg(required(scale)).arg(width)));
    QVERIFY(calls <= 6); // a resize lays the ladder out a bounded number of times
}

QTEST_APPLESS_MAIN(TestLadderZoom)

#include "tst_ladderzoom.moc"
