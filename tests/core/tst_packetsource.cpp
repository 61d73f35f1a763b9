// SPDX-License-Identifier: GPL-3.0-or-later
// FileSource over real captures: formats and precisions checked against tshark, gzip, damage,
// errors, and re-reading single frames.
#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse libstdc++'s C++20 <concepts>, which <span> pulls in
#include "tsharkfields.h"
#include "corpus.h"
#include "packetsource.h"
#endif

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

#ifndef Q_MOC_RUN
using namespace tcpladder::core;

namespace {

// zlib itself writes the .gz: there is no gzip program on Windows.
bool writeGzip(const QByteArray &content, const QString &target)
{
    gzFile out = gzopen(QFile::encodeName(target).constData(), "wb");
    if (!out)
        return false;
    const bool written = gzwrite(out, content.constData(), static_cast<unsigned>(content.size())) == content.size();
    return gzclose(out) == Z_OK && written;
}

struct Read
{
    std::vector<std::vector<std::uint8_t>> bytes;
    std::vector<RawFrame> frames; // data spans are not valid after reading; only the metadata is used
    FileSource::Next last = FileSource::Next::End;
    std::vector<std::string> warnings;
};

Read readAll(const QString &path)
{
    Read r;
    FileSource source;
    std::string error;
    if (!source.open(path.toStdString(), error))
        qFatal("cannot open %s: %s", qPrintable(path), error.c_str());
    RawFrame frame;
    std::uint64_t progress = 0;
    while ((r.last = source.next(frame)) == FileSource::Next::Frame) {
        r.bytes.emplace_back(frame.data.begin(), frame.data.end());
        r.frames.push_back(frame);
        if (source.bytesConsumed() < progress || source.bytesConsumed() > source.fileSize())
            qFatal("progress went backwards or past the end");
        progress = source.bytesConsumed();
    }
    if (source.bytesConsumed() != source.fileSize())
        qFatal("progress does not end at the file size");
    r.warnings = source.warnings();
    return r;
}

QString corpus(const char *name)
{
    return tcpladder::testsupport::corpusPath(QLatin1String(name));
}

} // namespace
#endif

class TestPacketSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTshark_data();
    void matchesTshark();
    void gzip_data();
    void gzip();
    void truncated_data();
    void truncated();
    void errors_data();
    void errors();
    void readFrameAt_data();
    void readFrameAt();

private:
    // `compressed`: also the .gz files (a test that compresses its input leaves them out).
    void addFileRows(bool compressed = true);
    QTemporaryDir m_dir;
    QString m_nsPcapng;
};

void TestPacketSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A nanosecond pcapng: editcap keeps the input's resolution in the interface block.
    const QString editcap = QStandardPaths::findExecutable("editcap");
    if (!editcap.isEmpty()) {
        m_nsPcapng = m_dir.filePath("nano.pcapng");
        QProcess::execute(editcap, {"-F", "pcapng", corpus("tcpdump-tests/tcp-handshake-nano.pcap"), m_nsPcapng});
        if (!QFile::exists(m_nsPcapng))
            m_nsPcapng.clear();
    }
}

void TestPacketSource::addFileRows(bool compressed)
{
    QTest::addColumn<QString>("path");
    // Byte orders and precisions that tests/data lacks (with TCPLADDER_REQUIRE_CORPUS a missing file fails).
    if (tcpladder::testsupport::corpusAvailable() || tcpladder::testsupport::corpusRequired()) {
        QTest::newRow("pcap us little-endian") << corpus("tcpdump-tests/dns_tcp.pcap");
        QTest::newRow("pcap us big-endian") << corpus("tcpdump-tests/pptp.pcap");
        QTest::newRow("pcap ns") << corpus("tcpdump-tests/tcp-handshake-nano.pcap");
        QTest::newRow("pcapng") << corpus("tcpdump-tests/of13_ericsson.pcapng");
    }
    if (!m_nsPcapng.isEmpty())
        QTest::newRow("pcapng ns") << m_nsPcapng;
    QStringList patterns{"*.pcap", "*.pcapng"};
    if (compressed)
        patterns << "*.gz";
    QDirIterator it(QStringLiteral(TCPLADDER_TEST_DATA_DIR), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable("data/" + QFileInfo(path).fileName())) << path;
    }
}

void TestPacketSource::matchesTshark_data()
{
    addFileRows();
}

// Frame count, exact timestamps and both lengths equal what tshark reads.
void TestPacketSource::matchesTshark()
{
    QFETCH(QString, path);
    const QString tshark = QStandardPaths::findExecutable("tshark");
    if (tshark.isEmpty())
        TCPLADDER_TSHARK_MISSING();
    QProcess process;
    process.start(tshark,
                  {"-r", path, "-n", "-T", "fields", "-E", "separator=/t", "-e", "frame.number", "-e",
                   "frame.time_epoch", "-e", "frame.cap_len", "-e", "frame.len"});
    QVERIFY(process.waitForFinished(60000));
    QStringList expected;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        QStringList f = QString::fromUtf8(line).split('\t');
        QCOMPARE(f.size(), 4);
        const QStringList secNs = f[1].split('.');
        f[1] =
            QString::number(secNs[0].toLongLong() * 1000000000LL + secNs.value(1).leftJustified(9, '0').toLongLong());
        expected << f.join(' ');
    }
    const Read r = readAll(path);
    QStringList got;
    for (const RawFrame &frame : r.frames)
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(frame.frameNumber)
                   .arg(frame.timeNs)
                   .arg(r.bytes[frame.frameNumber - 1].size())
                   .arg(frame.originalLength);
    QVERIFY(!got.isEmpty());
    QCOMPARE(got, expected);
    QCOMPARE(r.last, FileSource::Next::End);
    QVERIFY(r.warnings.empty());
}

void TestPacketSource::gzip_data()
{
    addFileRows(false);
}

// The gzip magic is detected whatever the name; frames, offsets and bytes equal the plain file's.
void TestPacketSource::gzip()
{
    QFETCH(QString, path);
    const QString gz = m_dir.filePath("compressed.capture"); // no .gz on purpose
    QFile plainFile(path);
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    QVERIFY(writeGzip(plainFile.readAll(), gz));

    FileSource source;
    std::string error;
    QVERIFY2(source.open(gz.toStdString(), error), error.c_str());
    QVERIFY(source.isCompressed());
    const Read plain = readAll(path);
    const Read compressed = readAll(gz);
    QCOMPARE(compressed.bytes, plain.bytes);
    QCOMPARE(compressed.frames.size(), plain.frames.size());
    for (std::size_t i = 0; i < plain.frames.size(); ++i) {
        QCOMPARE(compressed.frames[i].fileOffset, plain.frames[i].fileOffset);
        QCOMPARE(compressed.frames[i].timeNs, plain.frames[i].timeNs);
        QCOMPARE(compressed.frames[i].linkType, plain.frames[i].linkType);
    }
    QCOMPARE(compressed.last, FileSource::Next::End);
    for (const RawFrame &frame : compressed.frames) { // re-reading seeks inside the decompressed stream
        std::vector<std::uint8_t> bytes;
        int link = -1;
        QVERIFY2(FileSource::readFrameAt(gz.toStdString(), frame.fileOffset, frame.frameNumber, bytes, link, error),
                 error.c_str());
        QCOMPARE(bytes, plain.bytes[frame.frameNumber - 1]);
    }
}

void TestPacketSource::truncated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("cutFrame");  // 1-based frame whose record is cut
    QTest::addColumn<int>("cutInside"); // bytes of that record left in the file
    QTest::newRow("pcap record header") << corpus("tcpdump-tests/dns_tcp.pcap") << 6 << 7;
    QTest::newRow("pcap record data") << corpus("tcpdump-tests/dns_tcp.pcap") << 6 << 30;
    QTest::newRow("pcap last frame") << corpus("tcpdump-tests/dns_tcp.pcap") << 11 << 20;
    QTest::newRow("pcapng block") << corpus("tcpdump-tests/of13_ericsson.pcapng") << 40 << 33;
}

void TestPacketSource::truncated()
{
    TCPLADDER_SKIP_WITHOUT_CORPUS();
    QFETCH(QString, path);
    QFETCH(int, cutFrame);
    QFETCH(int, cutInside);

    const Read whole = readAll(path);
    QVERIFY(std::size_t(cutFrame) <= whole.frames.size());
    const std::uint64_t offset = whole.frames[std::size_t(cutFrame) - 1].fileOffset;
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray cut = in.read(qint64(offset) + cutInside);
    const QString damaged = m_dir.filePath("damaged.pcap");
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(cut);
    out.close();

    const Read r = readAll(damaged);
    QCOMPARE(r.last, FileSource::Next::Error);
    QCOMPARE(int(r.frames.size()), cutFrame - 1);
    for (std::size_t i = 0; i < r.frames.size(); ++i)
        QCOMPARE(r.bytes[i], whole.bytes[i]);
    QCOMPARE(int(r.warnings.size()), 1);
    const QString warning = QString::fromStdString(r.warnings.front());
    QVERIFY2(warning.startsWith(QStringLiteral("Reading stopped at frame %1 (byte offset %2): truncated record (")
                                    .arg(cutFrame)
                                    .arg(offset)),
             qPrintable(warning));
}

void TestPacketSource::errors_data()
{
    QTest::addColumn<QByteArray>("content"); // written to a file first; "-" = no file at all
    QTest::addColumn<bool>("gzipped");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray("-") << false << "No such file: ";
    QTest::newRow("zero bytes") << QByteArray() << false << ": not a pcap or pcapng file";
    QTest::newRow("three bytes") << QByteArray("\xd4\xc3\xb2", 3) << false << ": not a pcap or pcapng file";
    QTest::newRow("text") << QByteArray("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n") << false
                          << ": not a pcap or pcapng file";
    QTest::newRow("gzipped text") << QByteArray("hello, this is not a capture\n") << true
                                  << ": not a pcap or pcapng file";
    QTest::newRow("pcap header cut") << QByteArray("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8) << false
                                     << ": the capture file ends inside its header";
}

void TestPacketSource::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, gzipped);
    QFETCH(QString, message);
    const QString path = m_dir.filePath("bad-input");
    QFile::remove(path);
    if (content != "-") {
        if (gzipped) {
            QVERIFY(writeGzip(content, path));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
    }
    FileSource source;
    std::string error;
    QVERIFY(!source.open(path.toStdString(), error));
    QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    QVERIFY2(QString::fromStdString(error).contains(path), error.c_str());
    QCOMPARE(source.next(*std::make_unique<RawFrame>()), FileSource::Next::End);
}

void TestPacketSource::readFrameAt_data()
{
    addFileRows();
}

// Every frame re-read by its offset is byte-for-byte what next() gave, also from gzip.
void TestPacketSource::readFrameAt()
{
    QFETCH(QString, path);
    const Read r = readAll(path);
    for (const RawFrame &frame : r.frames) {
        std::vector<std::uint8_t> bytes;
        int link = -1;
        std::string error;
        QVERIFY2(FileSource::readFrameAt(path.toStdString(), frame.fileOffset, frame.frameNumber, bytes, link, error),
                 error.c_str());
        QCOMPARE(bytes, r.bytes[frame.frameNumber - 1]);
        QCOMPARE(link, frame.linkType);
    }
    // A frame number past the end cannot be found at a bogus offset.
    std::vector<std::uint8_t> bytes;
    int link = -1;
    std::string error;
    const auto last = std::uint32_t(r.frames.size());
    QVERIFY(!FileSource::readFrameAt(path.toStdString(), 1u << 30, last + 1, bytes, link, error));
    QVERIFY(!error.empty());
}

QTEST_MAIN(TestPacketSource)
#include "tst_packetsource.moc"
