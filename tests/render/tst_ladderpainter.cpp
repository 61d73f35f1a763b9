// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/ladderfixture.h"
#include "ladderexport.h"
#include "ladderpainter.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcpladder;
using ladderfixture::Close;

namespace {

// Share of pixels in column x (over [top, bottom)) darker than the threshold.
double darkShare(const QImage &image, int x, int top, int bottom, int threshold = 110)
{
    int dark = 0;
    int total = 0;
    for (int y = top; y < bottom; ++y, ++total)
        dark += QColor(image.pixel(x, y)).lightness() < threshold ? 1 : 0;
    return total ? double(dark) / total : 0.0;
}

} // namespace

class TestLadderPainter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngHasRequestedWidth_data();
    void pngHasRequestedWidth();
    void lifelinesAreDrawn();
    void svgContainsTexts();
    void svgFontFamiliesEndInGeneric();
    void themesDiffer();
    void largeTextGrowsTheLadder();
    void rejectsBadPaths();
    void realCapture();

private:
    QTemporaryDir m_dir;
};

void TestLadderPainter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLadderPainter::pngHasRequestedWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("scale");
    QTest::newRow("800") << 800 << 1.0;
    QTest::newRow("1200") << 1200 << 1.0;
    QTest::newRow("1600 large text") << 1600 << 1.5;
}

void TestLadderPainter::pngHasRequestedWidth()
{
    QFETCH(int, width);
    QFETCH(double, scale);
    const auto ladder = ladderfixture::textbook(3);
    ui::LadderExportOptions options;
    options.width = width;
    options.scale = scale;
    const QString path = m_dir.filePath(QStringLiteral("w%1.png").arg(width));
    QString error;
    QVERIFY2(ui::exportLadder(ladder, path, options, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), width);
    QVERIFY(image.height() > 300);
}

void TestLadderPainter::lifelinesAreDrawn()
{
    const auto ladder = ladderfixture::textbook(3);
    ui::LadderExportOptions options;
    options.width = 1000;
    const QImage image = ui::renderLadderImage(ladder, options);
    QVERIFY(!image.isNull());
    // Recompute the layout the export used to find the lifelines.
    const ui::LadderPainter painter(ui::LadderTheme::light());
    const auto layout = core::layoutLadder(ladder, painter.layoutOptions(options.width));
    QCOMPARE(image.height(), int(std::ceil(layout.height())));
    const int top = int(layout.lifelineTop()) + 2;
    const int bottom = int(layout.lifelineBottom()) - 2;
    QVERIFY(bottom - top > 200);
    for (const double x : {layout.client().x, layout.server().x}) {
        const double share = std::max(darkShare(image, int(x) - 1, top, bottom), darkShare(image, int(x), top, bottom));
        QVERIFY2(share > 0.9, qPrintable(QStringLiteral("lifeline at %1 dark in %2 of its length").arg(x).arg(share)));
    }
    // Control: halfway between the lifelines only arrows and text cross, so it is mostly background.
    const int middle = int((layout.client().x + layout.server().x) / 2);
    QVERIFY(darkShare(image, middle, top, bottom) < 0.3);
    QVERIFY(darkShare(image, 2, top, bottom) == 0.0);
}

void TestLadderPainter::svgContainsTexts()
{
    const auto ladder = ladderfixture::textbook(3, Close::ServerMerged);
    const QString path = m_dir.filePath(QStringLiteral("ladder.svg"));
    QString error;
    QVERIFY2(ui::exportLadder(ladder, path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.startsWith(QLatin1String("<?xml")));
    for (const char *text : {"[SYN] Seq=0 Len=0", "[SYN, ACK] Seq=0 Ack=1 Len=0", "[FIN, ACK] Seq=3001 Ack=102 Len=0",
                             "10.0.0.1:51000", "10.0.0.2:80", "example.com", "three-way handshake",
                             "teardown — 3 segments: the server's ACK rode on its FIN"})
        QVERIFY2(svg.contains(QString::fromUtf8(text).toHtmlEscaped()), text);
}

void TestLadderPainter::svgFontFamiliesEndInGeneric()
{
    const auto ladder = ladderfixture::textbook(1);
    const QString path = m_dir.filePath(QStringLiteral("fonts.svg"));
    QString error;
    QVERIFY2(ui::exportLadder(ladder, path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // A browser that knows none of the named fonts must still pick a sans-serif one.
    const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    int count = 0;
    for (auto it = family.globalMatch(svg); it.hasNext(); ++count) {
        const QString value = it.next().captured(1);
        QVERIFY2(value.endsWith(QLatin1String(", sans-serif")), qPrintable(value));
        QVERIFY2(value.contains(QLatin1String("'DejaVu Sans', Arial")), qPrintable(value));
        QVERIFY2(!value.contains(QLatin1String("Sans Serif"), Qt::CaseInsensitive), qPrintable(value));
    }
    QVERIFY(count > 0);
    QVERIFY(svg.contains(QStringLiteral("[SYN] Seq=0 Len=0")));
}

void TestLadderPainter::themesDiffer()
{
    const auto ladder = ladderfixture::textbook(3);
    ui::LadderExportOptions options;
    options.width = 900;
    const QImage light = ui::renderLadderImage(ladder, options);
    options.theme = ui::LadderThemeKind::Dark;
    const QImage dark = ui::renderLadderImage(ladder, options);
    QCOMPARE(light.size(), dark.size());
    QVERIFY(QColor(light.pixel(2, 2)).lightness() > 200);
    QVERIFY(QColor(dark.pixel(2, 2)).lightness() < 60);
    // Dark theme: the lifelines are light on dark.
    const ui::LadderPainter painter(ui::LadderTheme::dark());
    const auto layout = core::layoutLadder(ladder, painter.layoutOptions(options.width));
    const int top = int(layout.lifelineTop()) + 2;
    const int bottom = int(layout.lifelineBottom()) - 2;
    int lightPixels = 0;
    for (int y = top; y < bottom; ++y)
        lightPixels += QColor(dark.pixel(int(layout.client().x), y)).lightness() > 150 ? 1 : 0;
    QVERIFY(lightPixels > (bottom - top) * 9 / 10);
}

void TestLadderPainter::largeTextGrowsTheLadder()
{
    const auto ladder = ladderfixture::textbook(3);
    ui::LadderExportOptions options;
    options.width = 1200;
    const QImage normal = ui::renderLadderImage(ladder, options);
    options.scale = 1.5;
    const QImage large = ui::renderLadderImage(ladder, options);
    QCOMPARE(large.width(), normal.width());
    QVERIFY(large.height() > normal.height() * 1.3);
}

void TestLadderPainter::rejectsBadPaths()
{
    const auto ladder = ladderfixture::textbook(1);
    QString error;
    QVERIFY(!ui::exportLadder(ladder, m_dir.filePath(QStringLiteral("x.bmp")), {}, &error));
    QVERIFY(error.contains(QLatin1String("bmp")));
    error.clear();
    QVERIFY(!ui::exportLadder(ladder, QStringLiteral("/nonexistent-dir/x.svg"), {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!ui::exportLadder(ladder, QStringLiteral("/nonexistent-dir/x.png"), {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestLadderPainter::realCapture()
{
    const std::string path = TCPLADDER_TEST_DATA_DIR "/client-close.pcap";
    if (!QFile::exists(QString::fromStdString(path)))
        QFAIL("committed test data missing: tests/data/client-close.pcap");
    const auto ladder = ladderfixture::loadLadder(path, 0);
    QVERIFY(ladder);
    QVERIFY(ladder->rows.size() >= 7);
    ui::LadderExportOptions options;
    options.width = 1100;
    const QString out = qEnvironmentVariableIsSet("TCPLADDER_LADDER_PNG") ? qEnvironmentVariable("TCPLADDER_LADDER_PNG")
                                                                          : m_dir.filePath(QStringLiteral("real.png"));
    QString error;
    QVERIFY2(ui::exportLadder(*ladder, out, options, &error), qPrintable(error));
    QCOMPARE(QImage(out).width(), 1100);
    const QString svgPath = m_dir.filePath(QStringLiteral("real.svg"));
    QVERIFY2(ui::exportLadder(*ladder, svgPath, options, &error), qPrintable(error));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains(QByteArray::fromStdString(ladder->client.toString())));
    QVERIFY(text.contains("[SYN, ACK] Seq=0 Ack=1"));
}

QTEST_MAIN(TestLadderPainter)
#include "tst_ladderpainter.moc"
