// SPDX-License-Identifier: GPL-3.0-or-later
// `tcpladder-cli quiz` (issue 17): the exercise sheet's numbered blanks and the key's answers are
// checked against tshark's reading of the capture; the PDF's text through pdftotext; Chinese headings;
// byte-identical output for the same input; and one clear error line, with no file left, for each mistake.
#include "clirun.h"
#include "tsharkfields.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using tcpladder::testsupport::runCli;

namespace {

const QString dataDir = QStringLiteral(TCPLADDER_TEST_DATA_DIR);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The numbers of the blanks in a sheet, in the order they appear: "**(3)** \_..." or "<b>(3)</b> ___".
QList<int> blankNumbers(const QString &text, bool html)
{
    static const QRegularExpression md(QStringLiteral(R"(\*\*\((\d+)\)\*\* \\_)"));
    static const QRegularExpression ht(QStringLiteral(R"(<b>\((\d+)\)</b> ___)"));
    QList<int> numbers;
    for (auto it = (html ? ht : md).globalMatch(text); it.hasNext();)
        numbers << it.next().captured(1).toInt();
    return numbers;
}

// The key's filled blanks in order: "**(3) 1448**" or "<b>(3) 1448</b>" -> "1448".
QStringList keyAnswers(const QString &text, bool html)
{
    static const QRegularExpression md(QStringLiteral(R"(\*\*\((\d+)\) ([^*]+)\*\*)"));
    static const QRegularExpression ht(QStringLiteral(R"(<b>\((\d+)\) ([^<]+)</b>)"));
    QStringList answers;
    int expected = 1;
    for (auto it = (html ? ht : md).globalMatch(text); it.hasNext(); ++expected) {
        const auto m = it.next();
        if (m.captured(1).toInt() != expected)
            return {QStringLiteral("blank %1 out of order").arg(m.captured(1))};
        answers << m.captured(2);
    }
    return answers;
}

QList<int> oneToN(qsizetype n)
{
    QList<int> numbers;
    for (int i = 1; i <= n; ++i)
        numbers << i;
    return numbers;
}

} // namespace

class TestCliQuiz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blanksAndAnswersMatchTshark_data();
    void blanksAndAnswersMatchTshark();
    void pdfText();
    void chinese();
    void deterministic();
    void errors_data();
    void errors();
    void unwritableOutputLeavesNothing();

private:
    QTemporaryDir m_runtimeDir;
};

void TestCliQuiz::initTestCase()
{
    // Without it Qt's own QStandardPaths warning would join the one error line the tests count.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
}

void TestCliQuiz::blanksAndAnswersMatchTshark_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("filter"); // the phase's frames, as tshark can pick them out
    QTest::newRow("md, client-close, all") << "md"
                                           << "client-close.pcap"
                                           << "all"
                                           << "tcp.stream == 0";
    QTest::newRow("html, client-close, all") << "html"
                                             << "client-close.pcap"
                                             << "all"
                                             << "tcp.stream == 0";
    // Frames 1-3: SYN, SYN-ACK and the first ACK (the opener's first payload-free ACK).
    QTest::newRow("md, server-close, handshake") << "md"
                                                 << "server-close.pcap"
                                                 << "handshake"
                                                 << "tcp.stream == 0 && frame.number <= 3";
    // From the server's FIN (frame 8) on.
    QTest::newRow("html, server-close, teardown") << "html"
                                                  << "server-close.pcap"
                                                  << "teardown"
                                                  << "tcp.stream == 0 && frame.number >= 8";
}

void TestCliQuiz::blanksAndAnswersMatchTshark()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QString, phase);
    QFETCH(QString, filter);
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto oracle = tcpladder::testsupport::tsharkFields(dataDir + "/" + file, filter,
                                                             {"tcp.seq", "tcp.ack", "tcp.len", "tcp.flags"});
    QVERIFY(!oracle.empty());
    // seq, ack (when the ACK flag is on), len: in row order, then field order.
    QStringList expected;
    for (const QStringList &row : oracle) {
        expected << row[1];
        if (row[4].toUInt(nullptr, 16) & 0x10)
            expected << row[2];
        expected << row[3];
    }

    QTemporaryDir dir;
    const QString sheet = dir.filePath("sheet." + format);
    const QString key = dir.filePath("key." + format);
    const auto run = runCli({"quiz", dataDir + "/" + file, "--stream", "0", "--hide", "seq,ack,len", "--phase", phase,
                             "-o", sheet, "--answers", key});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const bool html = format == QLatin1String("html");
    const QString sheetText = QString::fromUtf8(readAll(sheet));
    const QString keyText = QString::fromUtf8(readAll(key));
    QCOMPARE(blankNumbers(sheetText, html), oneToN(expected.size()));
    QVERIFY(keyAnswers(sheetText, html).isEmpty()); // the sheet gives nothing away
    QCOMPARE(keyAnswers(keyText, html), expected);
    QVERIFY(blankNumbers(keyText, html).isEmpty());
    if (html) {
        QVERIFY(sheetText.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(sheetText.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(!sheetText.contains(QLatin1String("http"))); // self-contained: nothing to fetch
    }
}

void TestCliQuiz::pdfText()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    const QString sheet = dir.filePath("sheet.pdf");
    const QString key = dir.filePath("key.pdf");
    // client-close's handshake: SYN, then SYN, ACK, then ACK (frames 1-3; see tests/data/README.md).
    const auto run = runCli({"quiz", dataDir + "/client-close.pcap", "--stream", "0", "--hide", "flags", "--phase",
                             "handshake", "-o", sheet, "--answers", key});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readAll(sheet).startsWith("%PDF"));
    const auto text = [&pdftotext](const QString &pdf) {
        QProcess process;
        process.start(pdftotext, {pdf, "-"});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    };
    const QString sheetText = text(sheet);
    const QString keyText = text(key);
    for (const char *blank : {"(1)", "(2)", "(3)"}) {
        QVERIFY2(sheetText.contains(QLatin1String(blank)), qPrintable(sheetText));
        QVERIFY2(keyText.contains(QLatin1String(blank)), qPrintable(keyText));
    }
    QVERIFY(!sheetText.contains(QLatin1String("(4)")));
    QVERIFY(!sheetText.contains(QLatin1String("SYN, ACK")));
    QVERIFY(keyText.contains(QLatin1String("(1) SYN ")));
    QVERIFY(keyText.contains(QLatin1String("(2) SYN, ACK")));
    QVERIFY(keyText.contains(QLatin1String("(3) ACK")));

    // Chinese words come out as Chinese text (the PDF embeds a font with the glyphs), numbers unchanged.
    const QString chinese = dir.filePath("zh.pdf");
    const auto zh = runCli({"quiz", dataDir + "/client-close.pcap", "--stream", "0", "--hide", "seq", "--phase",
                            "handshake", "--lang", "zh_CN", "-o", chinese});
    QVERIFY2(zh.exitCode == 0, zh.err.constData());
    const QString chineseText = text(chinese);
    QVERIFY2(chineseText.contains(QStringLiteral("测验 — TCP 流 0")) && chineseText.contains(QStringLiteral("握手")),
             qPrintable(chineseText));
    QVERIFY(chineseText.contains(QLatin1String("(3)")));
}

void TestCliQuiz::chinese()
{
    QTemporaryDir dir;
    const QString sheet = dir.filePath("sheet.md");
    const QString key = dir.filePath("key.html");
    const auto run = runCli({"quiz", dataDir + "/client-close.pcap", "--stream", "0", "--hide", "states", "--lang",
                             "zh_CN", "-o", sheet, "--answers", key});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString sheetText = QString::fromUtf8(readAll(sheet));
    const QString keyText = QString::fromUtf8(readAll(key));
    QVERIFY2(sheetText.startsWith(QStringLiteral("# 测验 — TCP 流 0")), qPrintable(sheetText.left(80)));
    QVERIFY(sheetText.contains(QStringLiteral("姓名：")));
    QVERIFY2(keyText.contains(QStringLiteral("<h1>答案 — TCP 流 0</h1>")), qPrintable(keyText.left(400)));
    // States are RFC 9293 names in every language: the answer is what the student writes.
    QVERIFY(keyText.contains(QLatin1String("ESTABLISHED</b>")));
}

void TestCliQuiz::deterministic()
{
    QTemporaryDir dir;
    for (const char *suffix : {"md", "html"}) {
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            const QString sheet = dir.filePath(QStringLiteral("sheet%1.%2").arg(run).arg(QLatin1String(suffix)));
            const QString key = dir.filePath(QStringLiteral("key%1.%2").arg(run).arg(QLatin1String(suffix)));
            const auto result = runCli({"quiz", dataDir + "/rst-abort.pcap", "--stream", "0", "--hide",
                                        "seq,ack,flags,states", "-o", sheet, "--answers", key});
            QVERIFY2(result.exitCode == 0, result.err.constData());
            const QByteArray both = readAll(sheet) + readAll(key);
            QVERIFY(both.size() > 1000);
            if (run == 0)
                first = both;
            else
                QCOMPARE(both, first);
        }
    }
}

void TestCliQuiz::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString capture = dataDir + "/client-close.pcap";
    QTest::newRow("unknown field") << QStringList{"quiz",   capture,      "--stream", "0",
                                                  "--hide", "seq,window", "-o",       "q.md"}
                                   << "--hide needs a comma-separated list of seq, ack, len, flags, states";
    QTest::newRow("no --hide") << QStringList{"quiz", capture, "--stream", "0", "-o", "q.md"} << "--hide needs";
    QTest::newRow("bad phase") << QStringList{"quiz", capture,   "--stream", "0",  "--hide",
                                              "seq",  "--phase", "data",     "-o", "q.md"}
                               << "--phase is handshake, teardown or all, not 'data'";
    QTest::newRow("no such stream") << QStringList{"quiz", capture, "--stream", "7", "--hide", "seq", "-o", "q.md"}
                                    << "no stream 7 in";
    QTest::newRow("bad sheet name") << QStringList{"quiz", capture, "--stream", "0", "--hide", "seq", "-o", "q.png"}
                                    << "the quiz must end in .pdf, .html or .md, not";
    QTest::newRow("bad key name") << QStringList{"quiz", capture, "--stream", "0",         "--hide",
                                                 "seq",  "-o",    "q.md",     "--answers", "k.txt"}
                                  << "the answer key must end in .pdf, .html or .md, not";
    QTest::newRow("no -o") << QStringList{"quiz", capture, "--stream", "0", "--hide", "seq"} << "'quiz' needs -o";
    QTest::newRow("bad language") << QStringList{"quiz", capture,  "--stream", "0",  "--hide",
                                                 "seq",  "--lang", "fr",       "-o", "q.md"}
                                  << "--lang is en or zh_CN, not 'fr'";
}

void TestCliQuiz::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString &arg : args)
        if (arg.startsWith(QLatin1String("q.")) || arg.startsWith(QLatin1String("k.")))
            arg = dir.filePath(arg);
    const auto run = runCli(args);
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QLatin1String("tcpladder-cli: ")) && err.count(u'\n') == 1, qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

void TestCliQuiz::unwritableOutputLeavesNothing()
{
    QTemporaryDir dir;
    const QString sheet = dir.filePath("sheet.html");
    const QString key = dir.filePath("no-such-folder/key.html");
    const auto run = runCli({"quiz", dataDir + "/client-close.pcap", "--stream", "0", "--hide", "seq", "-o",
                             dir.filePath("no-such-folder/sheet.html")});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QLatin1String("tcpladder-cli: cannot write sheet.html")) && err.count(u'\n') == 1,
             qPrintable(err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    // A sheet written and a key that cannot be: an error, the sheet whole, no partial key.
    const auto second = runCli(
        {"quiz", dataDir + "/client-close.pcap", "--stream", "0", "--hide", "seq", "-o", sheet, "--answers", key});
    QCOMPARE(second.exitCode, 1);
    QVERIFY(QString::fromUtf8(second.err).startsWith(QLatin1String("tcpladder-cli: cannot write key.html")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{"sheet.html"});
    QVERIFY(readAll(sheet).endsWith("</html>\n"));
}

QTEST_GUILESS_MAIN(TestCliQuiz)
#include "tst_cliquiz.moc"
