// SPDX-License-Identifier: GPL-3.0-or-later
// `export -o x.mmd|x.puml|x.tex|x.md` (issue 17 part 4): the relative numbers in each text are
// tshark's, and each text renders with its own real tool — Debian's plantuml and xelatex (pgf,
// xeCJK), the Mermaid CLI from npm (tests/tools/mermaid) with Debian's chromium — in English and
// Chinese. Without a renderer the test skips; TCPLADDER_REQUIRE_RENDERERS (CI) makes that a failure.
#include "clirun.h"
#include "renderers.h"
#include "tsharkfields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using tcpladder::testsupport::mermaidDir;
using tcpladder::testsupport::runCli;
using tcpladder::testsupport::runTool;
using tcpladder::testsupport::Tool;

namespace {

const QString dataDir = QStringLiteral(TCPLADDER_TEST_DATA_DIR);

struct Numbers
{
    quint32 seq = 0;
    quint32 ack = 0;
    quint32 length = 0;
};

// Frame -> numbers, as the text writes them: Markdown in table columns, the diagrams in their
// labels ("[PSH, ACK] Seq=1 Ack=1 Len=87"), each followed by its "frame N, t = ..." line.
std::map<quint32, Numbers> numbersInText(const QString &text, bool markdown)
{
    std::map<quint32, Numbers> numbers;
    if (markdown) {
        static const QRegularExpression row(
            QStringLiteral(R"(^\| (\d+) \|[^|]*\|[^|]*\|[^|]*\|[^|]*\| (\d+) \| (\d*) \| (\d+) \|)"),
            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            numbers[m.captured(1).toUInt()] = {m.captured(2).toUInt(), m.captured(3).toUInt(), m.captured(4).toUInt()};
        }
        return numbers;
    }
    static const QRegularExpression label(QStringLiteral(R"(\] Seq=(\d+)(?: Ack=(\d+))? Len=(\d+))"));
    static const QRegularExpression frame(QStringLiteral(R"(frame (\d+), t = )"));
    std::vector<Numbers> labels;
    for (auto it = label.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        labels.push_back({m.captured(1).toUInt(), m.captured(2).toUInt(), m.captured(3).toUInt()});
    }
    std::size_t i = 0;
    for (auto it = frame.globalMatch(text); it.hasNext(); ++i) {
        const auto m = it.next();
        if (i < labels.size())
            numbers[m.captured(1).toUInt()] = labels[i];
    }
    return labels.size() == i ? numbers : std::map<quint32, Numbers>{};
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What is rendered (renders take seconds each): a complete open with a 3-segment close and a refused
// SYN in both languages, a 4-segment crossing close and the loss notes of a lossy transfer ("Dup ACK #3",
// its runs collapsed, as the ladder shows it) in English. (xelatexRenders takes the lossy one in Chinese.)
using Rendered = QList<QPair<QString, QString>>; // capture, language
const Rendered rendered{{"client-close", "en"}, {"client-close", "zh_CN"}, {"refused", "en"},
                        {"refused", "zh_CN"},   {"crossing-fin", "en"},    {"lossy-bulk", "en"}};

// Exports each of `which` as `suffix` (with states) into `dir`; returns the files written.
QStringList exportAll(const QTemporaryDir &dir, const Rendered &which, const QString &suffix)
{
    QStringList files;
    for (const auto &[capture, language] : which) {
        const QString out = dir.filePath(QStringLiteral("%1-%2.%3").arg(capture, language, suffix));
        const auto run = runCli(
            {"export", dataDir + "/" + capture + ".pcap", "--stream", "0", "--states", "--lang", language, "-o", out});
        if (run.exitCode != 0 || !QFileInfo::exists(out))
            return {};
        files << out;
    }
    return files;
}

// The lossy pair of tests/data/twocap merged (export --peer-capture) as `suffix`; empty when it fails.
QString exportMerged(const QTemporaryDir &dir, const QString &suffix, const QString &language)
{
    const QString out = dir.filePath(QStringLiteral("merged-%1.%2").arg(language, suffix));
    const auto run = runCli({"export", dataDir + "/twocap/lossy-client.pcap", "--stream", "0", "--peer-capture",
                             dataDir + "/twocap/lossy-server.pcap", "--lang", language, "-o", out});
    return run.exitCode == 0 && QFileInfo::exists(out) ? out : QString();
}

} // namespace

class TestTextDiagrams : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreTsharks_data();
    void numbersAreTsharks();
    void markdownTablesKeepTheirColumns();
    void plantUmlRenders();
    void xelatexRenders();
    void mermaidRenders();
    void unknownSuffixIsAUserError();
};

void TestTextDiagrams::numbersAreTsharks_data()
{
    QTest::addColumn<QString>("capture");
    for (const QString capture : {"client-close", "crossing-fin", "refused", "lossy-bulk", "data-rto"})
        QTest::newRow(qPrintable(capture)) << capture;
}

void TestTextDiagrams::numbersAreTsharks()
{
    QFETCH(QString, capture);
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const QString file = dataDir + "/" + capture + ".pcap";
    const auto expected =
        tcpladder::testsupport::tsharkFields(file, QStringLiteral("tcp.stream == 0"),
                                             {QStringLiteral("tcp.seq"), QStringLiteral("tcp.ack"),
                                              QStringLiteral("tcp.len"), QStringLiteral("tcp.flags.ack")});
    QVERIFY(!expected.empty());
    QTemporaryDir dir;
    for (const QString suffix : {"md", "mmd", "puml", "tex"}) {
        const QString out = dir.filePath(QStringLiteral("ladder.") + suffix);
        // Every run expanded, so that every segment has its row.
        const auto run = runCli({"export", file, "--stream", "0", "--expand-runs", "-o", out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto numbers = numbersInText(readText(out), suffix == QLatin1String("md"));
        QCOMPARE(numbers.size(), expected.size());
        for (const QStringList &fields : expected) {
            const quint32 frame = fields[0].toUInt();
            const auto found = numbers.find(frame);
            QVERIFY2(found != numbers.end(), qPrintable(QStringLiteral("%1: frame %2 missing").arg(suffix).arg(frame)));
            QCOMPARE(found->second.seq, fields[1].toUInt());
            // Without the ACK flag the text writes no Ack (tshark may still print the field's raw 0).
            QCOMPARE(found->second.ack, fields[4] == QLatin1String("1") ? fields[2].toUInt() : 0u);
            QCOMPARE(found->second.length, fields[3].toUInt());
        }
    }
}

// Every row of a table has as many cells as its header: a '|' in a text would add one.
void TestTextDiagrams::markdownTablesKeepTheirColumns()
{
    QTemporaryDir dir;
    const QStringList files = exportAll(dir, rendered, "md");
    QCOMPARE(files.size(), rendered.size());
    static const QRegularExpression unescapedPipe(QStringLiteral(R"((?<!\\)\|)"));
    for (const QString &file : files) {
        int columns = 0;
        int rows = 0;
        for (const QString &line : readText(file).split(u'\n')) {
            if (!line.startsWith(u'|')) {
                columns = 0;
                continue;
            }
            const int cells = static_cast<int>(line.count(unescapedPipe)) - 1;
            if (columns == 0)
                columns = cells;
            QVERIFY2(cells == columns, qPrintable(file + ": " + line));
            ++rows;
        }
        QVERIFY2(rows > 3, qPrintable(file));
    }
}

void TestTextDiagrams::plantUmlRenders()
{
    const QString plantuml = QStandardPaths::findExecutable(QStringLiteral("plantuml"));
    if (plantuml.isEmpty())
        TCPLADDER_RENDERER_MISSING("plantuml");
    QTemporaryDir dir;
    QStringList files = exportAll(dir, rendered, "puml");
    QCOMPARE(files.size(), rendered.size());
    files << exportMerged(dir, "puml", "en");
    QVERIFY(!files.last().isEmpty());
    // One Java start for all of them.
    const Tool tool = runTool(plantuml, QStringList{QStringLiteral("-tpng")} + files, dir.path());
    QVERIFY2(tool.exitCode == 0, tool.output.constData());
    QVERIFY2(!tool.output.contains("Syntax Error") && !tool.output.contains("Error line"), tool.output.constData());
    for (const QString &file : files) {
        QFile png(file.chopped(4) + "png");
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
        const QByteArray bytes = png.readAll();
        QVERIFY(bytes.startsWith("\x89PNG"));
        // PlantUML draws a syntax error as a picture of the error, with its text in the PNG's metadata.
        QVERIFY2(!bytes.contains("Syntax Error"), qPrintable(png.fileName()));
    }
}

void TestTextDiagrams::xelatexRenders()
{
    const QString xelatex = QStandardPaths::findExecutable(QStringLiteral("xelatex"));
    if (xelatex.isEmpty())
        TCPLADDER_RENDERER_MISSING("xelatex (texlive-xetex, texlive-pictures, texlive-lang-chinese)");
    QTemporaryDir dir;
    // xelatex takes seconds a file: the 4-segment close in English, the loss notes in Chinese.
    QStringList files = exportAll(dir, {{"crossing-fin", "en"}, {"lossy-bulk", "zh_CN"}}, "tex");
    QCOMPARE(files.size(), 2);
    files << exportMerged(dir, "tex", "en"); // the two-capture ladder's slants and crosses
    QVERIFY(!files.last().isEmpty());
    for (const QString &file : files) {
        const Tool tool =
            runTool(xelatex, {"-halt-on-error", "-interaction=nonstopmode", QFileInfo(file).fileName()}, dir.path());
        QVERIFY2(tool.exitCode == 0, tool.output.right(3000).constData());
        QVERIFY2(QFileInfo(file.chopped(3) + "pdf").size() > 1000, qPrintable(file));
        // A glyph no font has is only a warning to xelatex (and a blank in the PDF): none may be missing.
        const QString log = readText(file.chopped(3) + "log");
        QVERIFY2(!log.contains(QStringLiteral("Missing character")),
                 qPrintable(log.mid(log.indexOf(QStringLiteral("Missing character")), 300)));
    }
}

void TestTextDiagrams::mermaidRenders()
{
    const QString mmdc = mermaidDir + "/node_modules/.bin/mmdc";
    if (!QFileInfo(mmdc).isExecutable())
        TCPLADDER_RENDERER_MISSING("the Mermaid CLI (npm ci in tests/tools/mermaid)");
    if (!QFileInfo(QStringLiteral("/usr/bin/chromium")).isExecutable())
        TCPLADDER_RENDERER_MISSING("chromium");
    QTemporaryDir dir;
    QStringList files = exportAll(dir, rendered, "mmd");
    QCOMPARE(files.size(), rendered.size());
    files << exportMerged(dir, "mmd", "zh_CN");
    QVERIFY(!files.last().isEmpty());
    // One browser start for all of them: a Markdown file of ```mermaid blocks becomes one SVG per block.
    QString markdown;
    for (const QString &file : files)
        markdown += "```mermaid\n" + readText(file) + "```\n\n";
    QFile all(dir.filePath(QStringLiteral("all.md")));
    QVERIFY(all.open(QIODevice::WriteOnly));
    all.write(markdown.toUtf8());
    all.close();
    const Tool tool =
        runTool(mmdc, {"-i", "all.md", "-o", "rendered.md", "-p", mermaidDir + "/puppeteer.json"}, dir.path());
    QVERIFY2(tool.exitCode == 0, tool.output.constData());
    for (int i = 1; i <= files.size(); ++i) {
        const QString svg = readText(dir.filePath(QStringLiteral("rendered-%1.svg").arg(i)));
        QVERIFY2(svg.contains(QStringLiteral("<svg")), qPrintable(files[i - 1]));
        QVERIFY2(!svg.contains(QStringLiteral("Syntax error")), qPrintable(files[i - 1]));
        // The labels made it through the entity codes: "[SYN] Seq=0" as text, not "#58;" or a parse error.
        QVERIFY2(svg.contains(QStringLiteral("[SYN] Seq=0")), qPrintable(files[i - 1]));
        QVERIFY2(!svg.contains(QStringLiteral("#58;")) && !svg.contains(QStringLiteral("#59;"))
                     && !svg.contains(QStringLiteral("#35;")),
                 qPrintable(files[i - 1]));
    }
}

void TestTextDiagrams::unknownSuffixIsAUserError()
{
    QTemporaryDir dir;
    const auto run = runCli({"export", dataDir + "/client-close.pcap", "--stream", "0", "-o", dir.filePath("x.txt")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(".mmd") && run.err.contains(".md"), run.err.constData());
}

QTEST_MAIN(TestTextDiagrams)
#include "tst_textdiagrams.moc"
