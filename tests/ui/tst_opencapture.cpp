// SPDX-License-Identifier: GPL-3.0-or-later
// OpenCapture without the main window: a committed capture loaded into the connection list (streams
// and frames as tshark counts them), the status bar, the title and the recent list; files that cannot
// be opened (missing, a text file renamed .pcap) leave the capture on screen; a load cancelled from
// the status bar; a capture without TCP; a sample; the close guard asked first and its retry; the
// connection asked for selected; the texts in English and Chinese.
#include "longcapture.h"
#include "opencapturewindow.h"
#include "testcaptures.h"
#include "tsharkfields.h"

#include "captureworker.h"
#include "languagemanager.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tcpladder;
using capture::LoadStatus;
using testsupport::dataFile;
using ui::OpenCapture;
using Window = testsupport::OpenCaptureWindow;

namespace {

// tshark's TCP streams of `path`.
QSet<QString> tsharkStreams(const QString &path)
{
    QSet<QString> streams;
    for (const QStringList &row : testsupport::tsharkFields(path, QStringLiteral("tcp"), {"tcp.stream"}))
        streams.insert(row.value(1));
    return streams;
}

} // namespace

class TestOpenCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the recent list goes to a test QSettings
        QVERIFY(m_dir.isValid());
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }
    void init() { QSettings().clear(); }
    void cleanup() { ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void loadsACaptureAsTsharkReadsIt()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const QString path = dataFile("many-connections.pcap");
        const auto streams = tsharkStreams(path);
        const auto frames = testsupport::tsharkFields(path, QStringLiteral("frame"));
        const auto segments = testsupport::tsharkFields(path, QStringLiteral("tcp"));
        QVERIFY(streams.size() > 3);

        Window w;
        QSignalSpy replacing(w.capture, &OpenCapture::replacing);
        QSignalSpy batches(w.capture, &OpenCapture::batchApplied);
        QSignalSpy loaded(w.capture, &OpenCapture::loaded);
        QVERIFY(w.capture->open(path));
        QCOMPARE(replacing.count(), 1);
        QVERIFY(w.capture->isLoading());
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.first().first().value<LoadStatus>(), LoadStatus::Ok);
        QVERIFY(!w.capture->isLoading());
        QCOMPARE(w.capture->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!w.capture->isSample());
        QCOMPARE(w.model.rowCount(), streams.size());
        QVERIFY(!batches.isEmpty());
        QVERIFY(batches.first().at(1).toBool()); // the first batch met an empty list
        QCOMPARE(w.label("fileStatusLabel"), QStringLiteral("many-connections.pcap"));
        QCOMPARE(w.label("framesStatusLabel"),
                 QStringLiteral("%1 frames, %2 TCP segments")
                     .arg(QLocale().toString(static_cast<qulonglong>(frames.size())),
                          QLocale().toString(static_cast<qulonglong>(segments.size()))));
        QCOMPARE(w.titleText(), QStringLiteral("many-connections.pcap — TCP Ladder"));
        QCOMPARE(w.recent.files(), QStringList{QFileInfo(path).absoluteFilePath()});
        QCOMPARE(w.messages->text(), QString());
    }

    void aMissingFileKeepsTheCaptureOnScreen()
    {
        Window w;
        const QString kept = dataFile("client-close.pcap");
        QCOMPARE(w.load(kept), LoadStatus::Ok);
        const int rows = w.model.rowCount();
        QVERIFY(rows > 0);
        QSignalSpy failed(w.capture, &OpenCapture::failed);
        QSignalSpy replacing(w.capture, &OpenCapture::replacing);
        const QString missing = m_dir.filePath(QStringLiteral("gone.pcap"));
        QVERIFY(!w.capture->open(missing));
        const QString expected =
            QStringLiteral("Cannot open “%1”: there is no such file.").arg(QDir::toNativeSeparators(missing));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), expected);
        QCOMPARE(w.messages->text(), expected);
        QVERIFY(w.messages->isError());
        QCOMPARE(replacing.count(), 0);
        QCOMPARE(w.capture->path(), QFileInfo(kept).absoluteFilePath());
        QCOMPARE(w.model.rowCount(), rows);
        QCOMPARE(w.titleText(), QStringLiteral("client-close.pcap — TCP Ladder"));
    }

    void aTextFileRenamedPcapKeepsTheCaptureOnScreen()
    {
        Window w;
        const QString kept = dataFile("client-close.pcap");
        QCOMPARE(w.load(kept), LoadStatus::Ok);
        const int rows = w.model.rowCount();
        const QString text = m_dir.filePath(QStringLiteral("notes.pcap"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are lecture notes, not packets.\n");
        file.close();
        QSignalSpy failed(w.capture, &OpenCapture::failed);
        QSignalSpy replacing(w.capture, &OpenCapture::replacing);
        QVERIFY(!w.capture->open(text));
        QCOMPARE(failed.count(), 1);
        const QString message = w.messages->text();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot open “notes.pcap”: ")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("\n“client-close.pcap” is still open.")), qPrintable(message));
        QCOMPARE(replacing.count(), 0);
        QCOMPARE(w.capture->path(), QFileInfo(kept).absoluteFilePath());
        QCOMPARE(w.model.rowCount(), rows);
        QVERIFY(!w.capture->isLoading());
    }

    void aLoadCancelledFromTheStatusBar()
    {
        const QString big = m_dir.filePath(QStringLiteral("long.pcap"));
        QVERIFY(testsupport::writeRepeated(dataFile("many-connections.pcap"), big, 600000));
        Window w;
        w.session.worker()->setBatchIntervalMs(0); // progress at every chunk, so the load is caught mid-read
        QSignalSpy progress(w.session.worker(), &capture::CaptureWorker::progress);
        QSignalSpy loaded(w.capture, &OpenCapture::loaded);
        QVERIFY(w.capture->open(big));
        QVERIFY(progress.wait(60000));
        auto *cancel = w.statusBar->findChild<QPushButton *>();
        QVERIFY(cancel);
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.first().first().value<LoadStatus>(), LoadStatus::Cancelled);
        QCOMPARE(w.messages->text(),
                 QStringLiteral("Loading was cancelled; the list shows the connections read so far."));
        QVERIFY(!w.messages->isError());
        QVERIFY(!w.capture->isLoading());
        QCOMPARE(w.capture->path(), QFileInfo(big).absoluteFilePath()); // what was read stays open
        QVERIFY(!cancel->isVisible());
        QCOMPARE(w.recent.files(), QStringList()); // only a whole load earns a place
    }

    void aCaptureWithoutTcpSaysSo()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        // The DNS capture's UDP half, written by tshark from frames a real stack sent.
        const QString udp = m_dir.filePath(QStringLiteral("udp-only.pcap"));
        QProcess p;
        p.start(tshark, {"-r", dataFile("hostnames/dns.pcap"), "-Y", "udp", "-w", udp, "-F", "pcap"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(testsupport::tsharkFields(udp, QStringLiteral("tcp")).empty());
        QVERIFY(!testsupport::tsharkFields(udp, QStringLiteral("udp")).empty());

        Window w;
        QCOMPARE(w.load(udp), LoadStatus::Ok);
        QCOMPARE(w.model.rowCount(), 0);
        QCOMPARE(w.messages->text(), QStringLiteral("No TCP connections were found in “udp-only.pcap”."));
        QVERIFY(!w.messages->isError());
    }

    void aSampleIsNeitherRecentNorAFolder()
    {
        Window w;
        QVERIFY(ui::RecentFiles::sampleNames().contains(QStringLiteral("reset.pcapng")));
        QSignalSpy loaded(w.capture, &OpenCapture::loaded);
        QVERIFY(w.capture->openSample(QStringLiteral("reset")));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.first().first().value<LoadStatus>(), LoadStatus::Ok);
        QVERIFY(w.capture->isSample());
        QCOMPARE(QFileInfo(w.capture->path()).fileName(), QStringLiteral("reset.pcapng"));
        QCOMPARE(w.titleText(), QStringLiteral("Connection ended by a reset (sample) — TCP Ladder"));
        QCOMPARE(w.recent.files(), QStringList());

        QSignalSpy failed(w.capture, &OpenCapture::failed);
        QVERIFY(!w.capture->openSample(QStringLiteral("no-such-sample")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(w.messages->text(), QStringLiteral("There is no bundled sample called “no-such-sample.pcapng”."));
        QVERIFY(w.capture->isSample()); // the sample on screen stays
    }

    void theCloseGuardIsAskedFirst()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        Window w;
        const QString first = dataFile("client-close.pcap");
        QCOMPARE(w.load(first), LoadStatus::Ok);
        std::function<void()> retry;
        w.capture->setCloseGuard([&retry](std::function<void()> then) {
            retry = std::move(then);
            return false; // as when the user is asked to save first
        });
        QSignalSpy replacing(w.capture, &OpenCapture::replacing);
        const QString second = dataFile("rst-abort.pcap");
        QVERIFY(!w.capture->open(second));
        QCOMPARE(replacing.count(), 0);
        QCOMPARE(w.capture->path(), QFileInfo(first).absoluteFilePath());
        QVERIFY(retry);

        // Saved or discarded: the capture goes on with what was asked for.
        w.capture->setCloseGuard({});
        QSignalSpy loaded(w.capture, &OpenCapture::loaded);
        retry();
        QCOMPARE(replacing.count(), 1);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(w.capture->path(), QFileInfo(second).absoluteFilePath());
        QCOMPARE(w.model.rowCount(), tsharkStreams(second).size());
    }

    void theConnectionAskedForIsSelected()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const QString path = dataFile("many-connections.pcap");
        QVERIFY(tsharkStreams(path).contains(QStringLiteral("2")));
        Window w;
        w.capture->setStreamToSelect(2);
        QCOMPARE(w.load(path), LoadStatus::Ok);
        QCOMPARE(w.selected, QList<quint32>{2});
        QCOMPARE(w.load(path), LoadStatus::Ok); // asked for once, not for every load after
        QCOMPARE(w.selected, QList<quint32>{2});
    }

    void textsInChinese()
    {
        Window w;
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        const QString missing = m_dir.filePath(QStringLiteral("gone.pcap"));
        QVERIFY(!w.capture->open(missing));
        QCOMPARE(w.messages->text(),
                 QStringLiteral("无法打开“%1”：文件不存在。").arg(QDir::toNativeSeparators(missing)));
        QCOMPARE(w.load(dataFile("client-close.pcap")), LoadStatus::Ok);
        QCOMPARE(w.titleText(), QStringLiteral("client-close.pcap — TCP 梯形图"));
        QVERIFY(w.capture->openSample(QStringLiteral("reset")));
        QVERIFY(w.titleText().endsWith(QStringLiteral("（示例）— TCP 梯形图")));
        QVERIFY(!w.capture->openSample(QStringLiteral("nope")));
        QCOMPARE(w.messages->text(), QStringLiteral("没有名为“nope.pcapng”的内置示例。"));
        // Made again in the language switched to.
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(w.messages->text(), QStringLiteral("There is no bundled sample called “nope.pcapng”."));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestOpenCapture)
#include "tst_opencapture.moc"
