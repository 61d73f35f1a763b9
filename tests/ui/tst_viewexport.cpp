// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export of the current view is what the view paints: the ladder view with TCP states, the
// textbook slant, Larger Text and a dark or presenter theme, exported through the export dialog as
// MainWindow::exportLadder does, gives a PNG whose top is pixel for pixel the view's viewport.
// Dropping any option on the way (states, slant, text scale, theme, language) changes
// the rows' height, the arrows or the colours, and the comparison fails.
#include "../core/ladderfixture.h"
#include "exportdialog.h"
#include "ladderexport.h"
#include "ladderview.h"

#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcpladder;

namespace {

// Pixels whose colour differs by more than a trace of antialiasing: an arrow cut by the viewport's
// bottom edge is rasterised clipped on screen and whole in the file, a shade apart at most. Any
// dropped option moves rows, arrows or text, or changes colours, by far more.
int differentPixels(const QImage &a, const QImage &b)
{
    constexpr int tolerance = 8;
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            if (std::abs(qRed(rowA[x]) - qRed(rowB[x])) > tolerance
                || std::abs(qGreen(rowA[x]) - qGreen(rowB[x])) > tolerance
                || std::abs(qBlue(rowA[x]) - qBlue(rowB[x])) > tolerance)
                ++count;
    }
    return count;
}

} // namespace

class TestViewExport : public QObject
{
    Q_OBJECT

private slots:
    void exportEqualsTheView_data();
    void exportEqualsTheView();
};

void TestViewExport::exportEqualsTheView_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<int>("theme");
    QTest::newRow("dark, lossy transfer") << QStringLiteral("lossy-bulk.pcap") << int(ui::LadderThemeKind::Dark);
    QTest::newRow("presenter, lossy transfer")
        << QStringLiteral("lossy-bulk.pcap") << int(ui::LadderThemeKind::HighContrast);
    QTest::newRow("presenter, 3-segment close")
        << QStringLiteral("client-close.pcap") << int(ui::LadderThemeKind::HighContrast);
}

void TestViewExport::exportEqualsTheView()
{
    QFETCH(QString, capture);
    QFETCH(int, theme);
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/" + capture.toStdString(), 0);
    QVERIFY(ladder);

    ui::LadderView view;
    view.resize(1900, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLadder(*ladder);
    view.setShowStates(true);
    view.setTextbook(true);
    view.setTextScale(1.5);
    view.setThemeKind(static_cast<ui::LadderThemeKind>(theme));
    view.verticalScrollBar()->setValue(0);
    // The view draws at the Larger Text scale (wide enough not to cap it), with the textbook banner.
    QCOMPARE(view.zoom(), 1.5);
    QVERIFY(!view.layout().textbookCaption().text.empty());
    const QImage shown = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);

    // File › Export: the dialog starts from the view's options and is accepted as it is.
    ui::ExportDialog dialog;
    dialog.setOptions(view.exportOptions(view.viewport()->width()));
    dialog.setLadder(&*ladder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("view.png"));
    QString error;
    QVERIFY2(ui::exportLadder(*ladder, path, dialog.options(), &error), qPrintable(error));
    const QImage exported = QImage(path).convertToFormat(QImage::Format_RGB32);
    QVERIFY(!exported.isNull());

    QCOMPARE(exported.width(), shown.width());
    // The ladder is taller than the window: the viewport shows the top of it.
    QVERIFY2(exported.height() > shown.height(), qPrintable(QString::number(exported.height())));
    const QImage top = exported.copy(0, 0, shown.width(), shown.height());
    const int different = differentPixels(top, shown);
    if (different > 0) {
        shown.save(dir.filePath(QStringLiteral("shown.png")));
        dir.setAutoRemove(false);
    }
    QVERIFY2(
        different == 0,
        qPrintable(
            QStringLiteral("%1 pixels of the export differ from the view; see %2").arg(different).arg(dir.path())));
}

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
