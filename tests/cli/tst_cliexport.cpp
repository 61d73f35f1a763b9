// SPDX-License-Identifier: GPL-3.0-or-later
// `tcpladder-cli export` to PDF, and the warning for a PNG too tall for common viewers (issue 16 item 14).
#include "clirun.h"
#include "pdfpages.h"

#include <QFile>
#include <QImageReader>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using tcpladder::testsupport::runCli;

namespace {

// 479 segments: with every run expanded, a 1200-pixel-wide ladder is 23673 pixels tall (issue 16).
const QString lossy = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void pdfHasPagesOfALongLadder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lossy.pdf"));
        const auto run = runCli({"export", lossy, "--stream", "0", "--expand-runs", "-o", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("warning"), run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        // A landscape A4 page holds 14 to 24 rows plus the header, depending on the fonts' line height (33
        // pages with Debian's DejaVu, 27 with wine's): 479 rows need 20 to 35 pages.
        const auto sizes = tcpladder::testsupport::pdfPageContentSizes(pdf);
        QVERIFY2(sizes.size() >= 20 && sizes.size() <= 35, qPrintable(QString::number(sizes.size())));
        QCOMPARE(sizes.size(), pdf.count("/Type /Page\n"));
        for (const qsizetype size : sizes)
            QVERIFY2(size > 1000, qPrintable(QString::number(size))); // header + rows, not a blank page
        if (const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo")); !pdfinfo.isEmpty()) {
            QProcess info;
            info.start(pdfinfo, {out});
            QVERIFY(info.waitForFinished(60000));
            QVERIFY2(info.readAllStandardOutput().contains("Pages:           " + QByteArray::number(sizes.size())),
                     "pdfinfo disagrees on the page count");
        }
    }

    void collapsedLadderIsOnePage()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lossy.pdf"));
        QCOMPARE(runCli({"export", lossy, "--stream", "0", "-o", out}).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(tcpladder::testsupport::pdfPageContentSizes(file.readAll()).size(), 1);
    }

    void tallPngIsWarnedAbout()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lossy.png"));
        const auto run = runCli({"export", lossy, "--stream", "0", "--expand-runs", "-o", out});
        QCOMPARE(run.exitCode, 0); // written all the same: it is what was asked for
        // The height follows the fonts' metrics (23673 px with DejaVu, 19808 under wine); the warning must
        // name the height of the file that was written.
        const int height = QImageReader(out).size().height();
        QVERIFY2(height > 16384, qPrintable(QString::number(height)));
        QVERIFY2(run.err.contains("warning: the PNG is " + QByteArray::number(height) + " pixels tall")
                     && run.err.contains("16384") && run.err.contains(".pdf"),
                 run.err.constData());
    }

    void shortPngIsNot()
    {
        QTemporaryDir dir;
        const auto run = runCli({"export", lossy, "--stream", "0", "-o", dir.filePath(QStringLiteral("short.png"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("pixels tall"), run.err.constData());
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
