// SPDX-License-Identifier: GPL-3.0-or-later
// The Export dialog offers PDF and says, while PNG is chosen, when the PNG would be too tall for
// common viewers (issue 16 item 14).
#include "../core/ladderfixture.h"
#include "exportdialog.h"
#include "ladderlayout.h"

#include <QComboBox>
#include <QLabel>
#include <QtTest>

using namespace tcpladder;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void tallPngSuggestsPdf();
};

void TestExportDialog::tallPngSuggestsPdf()
{
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap", 0);
    QVERIFY(ladder);
    ui::ExportDialog dialog;
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("tallLabel"));
    QVERIFY(format && note);
    ui::LadderExportOptions options;
    options.width = 1200;
    dialog.setLadder(&*ladder);
    dialog.setOptions(options);
    dialog.setFormat(ui::ExportDialog::Format::Png);
    // Collapsed, the 479 segments fit in one screenful: nothing to say.
    QVERIFY(!dialog.pngTooTall());
    QVERIFY(!note->isVisibleTo(&dialog));

    // Every run expanded (as in the view after opening them): 23673 pixels with DejaVu, 19808 under wine.
    const core::LadderLayout collapsed = core::layoutLadder(*ladder, {});
    for (const auto &run : collapsed.runs())
        options.expandedRuns.insert(run.key);
    dialog.setOptions(options);
    QVERIFY(dialog.pngTooTall());
    QVERIFY(note->isVisibleTo(&dialog));
    const QRegularExpressionMatch height = QRegularExpression(QStringLiteral("(\\d+) pixels tall")).match(note->text());
    QVERIFY2(height.hasMatch() && height.captured(1).toInt() > 16384 && note->text().contains(QStringLiteral("PDF")),
             qPrintable(note->text()));

    format->setCurrentIndex(2);
    QCOMPARE(dialog.format(), ui::ExportDialog::Format::Pdf);
    QCOMPARE(dialog.suffix(), QStringLiteral("pdf"));
    QVERIFY(dialog.fileFilter().contains(QStringLiteral("*.pdf")));
    QVERIFY(!note->isVisibleTo(&dialog));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
