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

// 479 segments, most with a loss note: even with its runs collapsed, a 1200-pixel-wide ladder is 24389 pixels tall.
const QString lossy = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");
const QString zeroWindow = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/zero-window.pcap");

int pdfPages(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? static_cast<int>(tcpladder::testsupport::pdfPageContentSizes(file.readAll()).size())
        : -1;
}

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
        // A landscape A4 page holds 14 to 24 plain rows plus the header, depending on the fonts' line height;
        // a row with a loss note (duplicate ACK, SACK, retransmission, gap) takes one more line, and most of
        // this transfer's rows have one: 479 rows need 25 to 60 pages (44 with Debian's DejaVu).
        const auto sizes = tcpladder::testsupport::pdfPageContentSizes(pdf);
        QVERIFY2(sizes.size() >= 25 && sizes.size() <= 60, qPrintable(QString::number(sizes.size())));
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

    void collapsedRunsNeedFewerPages()
    {
        QTemporaryDir dir;
        const QString collapsed = dir.filePath(QStringLiteral("collapsed.pdf"));
        const QString expanded = dir.filePath(QStringLiteral("expanded.pdf"));
        QCOMPARE(runCli({"export", zeroWindow, "--stream", "0", "-o", collapsed}).exitCode, 0);
        QCOMPARE(runCli({"export", zeroWindow, "--stream", "0", "--expand-runs", "-o", expanded}).exitCode, 0);
        const int few = pdfPages(collapsed);
        const int many = pdfPages(expanded);
        QVERIFY2(few >= 1 && few < many,
                 qPrintable(QStringLiteral("%1 pages collapsed, %2 expanded").arg(few).arg(many)));
    }

    void tallPngIsWarnedAbout()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lossy.png"));
        const auto run = runCli({"export", lossy, "--stream", "0", "-o", out});
        QCOMPARE(run.exitCode, 0); // written all the same: it is what was asked for
        // The height follows the fonts' metrics (24389 px with DejaVu, fewer under wine); the warning must
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
        const auto run =
            runCli({"export", zeroWindow, "--stream", "0", "-o", dir.filePath(QStringLiteral("short.png"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("pixels tall"), run.err.constData());
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
