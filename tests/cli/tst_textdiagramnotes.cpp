// SPDX-License-Identifier: GPL-3.0-or-later
// Teacher's notes in `export -o x.mmd|x.puml|x.tex|x.md` (issue 17): every pcapng comment of
// notes-hostile.pcapng (editcap -a, make_hostile_notes.sh: markup characters of every syntax, lines
// that would end a note or a picture, Chinese) is at the arrow of its frame in each format, read back
// by that syntax's own rules (written out here, not the writers' escaping), and plantuml, xelatex and
// the Mermaid CLI show each line of it. The notes expected are tshark's: -T json, which is exact where
// -T fields leaves a backslash before an "n" ambiguous.
#include "clirun.h"
#include "renderers.h"
#include "tsharkfields.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <array>
#include <map>
#include <optional>

using namespace tcpladder::testsupport;

namespace {

const QString hostile = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/notes-hostile.pcapng");

using Notes = std::map<quint32, QStringList>; // frame -> the lines of its notes

Notes tsharkComments(const QString &tshark, const QString &file)
{
    QProcess process;
    process.start(tshark,
                  {"-r", file, "-Y", "frame.comment", "-T", "json", "-e", "frame.number", "-e", "frame.comment"});
    Notes comments;
    if (!process.waitForFinished(60000))
        return comments;
    for (const QJsonValue packet : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        const QJsonObject layers = packet[QStringLiteral("_source")][QStringLiteral("layers")].toObject();
        QStringList &lines = comments[layers[QStringLiteral("frame.number")][0].toString().toUInt()];
        for (const QJsonValue comment : layers[QStringLiteral("frame.comment")].toArray())
            lines += comment.toString().split(u'\n', Qt::SkipEmptyParts);
    }
    return comments;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Each arrow's lines: from the one with its "frame N, t = ..." ("第 N 帧，t = ...") to the next arrow's or the end of its
// phase (Mermaid's "end", PlantUML's "== ... ==" divider, TikZ's next shaded band or the lifelines).
std::map<quint32, QStringList> linesAfterArrows(const QString &text)
{
    static const QRegularExpression frameLine(QStringLiteral(R"((?:frame |第 )(\d+)(?:, | 帧，)t = )"));
    static const QRegularExpression phaseEnd(
        QStringLiteral(R"(^(\s*end$|\s*rect |== |\\fill\[|\\draw\[lifeline\]|@enduml))"));
    std::map<quint32, QStringList> blocks;
    std::optional<quint32> current;
    for (const QString &line : text.split(u'\n')) {
        if (const auto m = frameLine.match(line); m.hasMatch()) {
            current = m.captured(1).toUInt();
            blocks[*current];
        } else if (phaseEnd.match(line).hasMatch()) {
            current.reset();
        } else if (current) {
            blocks[*current] << line;
        }
    }
    return blocks;
}

// Mermaid entity codes: "#59;" is ';', "#lt;" is '<'; "<br/>" breaks a line.
QStringList mermaidLines(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral(R"(#(\d+|lt|gt|amp|quot);)"));
    QStringList lines;
    for (const QString &part : text.split(QStringLiteral("<br/>"))) {
        QString line;
        qsizetype last = 0;
        for (auto it = entity.globalMatch(part); it.hasNext();) {
            const auto m = it.next();
            line += part.mid(last, m.capturedStart() - last);
            const QString code = m.captured(1);
            line += code == u"lt" ? QStringLiteral("<")
                : code == u"gt"   ? QStringLiteral(">")
                : code == u"amp"  ? QStringLiteral("&")
                : code == u"quot" ? QStringLiteral("\"")
                                  : QString(QChar(code.toInt()));
            last = m.capturedEnd();
        }
        lines << line + part.mid(last);
    }
    return lines;
}

// PlantUML: '~' makes the next character plain, "<U+005C>" is a code point, "\n" breaks a line.
QStringList plantUmlLines(const QString &text)
{
    static const QRegularExpression codePoint(QStringLiteral(R"(^<U\+([0-9A-Fa-f]{4,6})>)"));
    QStringList lines{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const auto m = codePoint.match(QStringView(text).mid(i)); m.hasMatch()) {
            lines.last() +=
                QString::fromUcs4(std::array{static_cast<char32_t>(m.captured(1).toUInt(nullptr, 16))}.data(), 1);
            i += m.capturedLength() - 1;
        } else if (text[i] == u'~' && i + 1 < text.size())
            lines.last() += text[++i];
        else if (text.mid(i, 2) == QLatin1String("\\n"))
            lines << QString(), ++i;
        else
            lines.last() += text[i];
    }
    return lines;
}

// TeX: "\\" (and the "{}" that keeps a '[' after it text) breaks a line; the specials are commands.
QStringList texLines(const QString &text)
{
    static const std::pair<QString, QString> commands[] = {{"\\\\{}", "\n"},
                                                           {"\\\\", "\n"},
                                                           {"\\textbackslash{}", "\\"},
                                                           {"\\textasciitilde{}", "~"},
                                                           {"\\textquotedbl{}", "\""},
                                                           {"\\^{}", "^"},
                                                           {"\\{", "{"},
                                                           {"\\}", "}"},
                                                           {"\\$", "$"},
                                                           {"\\&", "&"},
                                                           {"\\#", "#"},
                                                           {"\\%", "%"},
                                                           {"\\_", "_"}};
    QString plain;
    for (qsizetype i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto &[command, character] : commands) {
            if (text.mid(i, command.size()) == command) {
                plain += character;
                i += command.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            plain += text[i++];
    }
    return plain.split(u'\n');
}

// GitHub Markdown: "\|" is '|', "&lt;" is '<', "<br>" breaks a line in a cell.
QStringList markdownLines(const QString &cell)
{
    QStringList lines;
    for (QString line : cell.split(QStringLiteral("<br>"))) {
        line.replace(QRegularExpression(QStringLiteral(R"(\\(.))")), QStringLiteral("\\1"));
        line.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        lines << line.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }
    return lines;
}

// The notes each arrow of `text` (in the format of `suffix`) has, read by the syntax's rules.
Notes notesInText(const QString &text, const QString &suffix)
{
    Notes notes;
    if (suffix == u"md") {
        // The last cell of the row whose first cell is its frame.
        static const QRegularExpression row(QStringLiteral(R"(^\| (\d+) \|.*(?<!\\)\| (.*) \|$)"),
                                            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            notes[m.captured(1).toUInt()] = m.captured(2).isEmpty() ? QStringList() : markdownLines(m.captured(2));
        }
        return notes;
    }
    static const QRegularExpression mermaid(QStringLiteral(R"(^\s*Note over C,S: (.*)$)"));
    static const QRegularExpression plantUml(QStringLiteral(R"(^note over C, S #FFF3B0 : (.*)$)"));
    static const QRegularExpression tex(QStringLiteral(R"(^\\node\[callout\] at \([-\d.]+,[-\d.]+\) \{(.*)\};$)"));
    for (const auto &[frame, lines] : linesAfterArrows(text)) {
        QStringList &found = notes[frame];
        for (const QString &line : lines) {
            if (const auto m = mermaid.match(line); suffix == u"mmd" && m.hasMatch())
                found += mermaidLines(m.captured(1));
            if (const auto m = plantUml.match(line); suffix == u"puml" && m.hasMatch())
                found += plantUmlLines(m.captured(1));
            if (const auto m = tex.match(line); suffix == u"tex" && m.hasMatch())
                found += texLines(m.captured(1));
        }
    }
    return notes;
}

QString exportNotes(const QTemporaryDir &dir, const QString &suffix, const QString &language)
{
    const QString out = dir.filePath(QStringLiteral("notes-%1.%2").arg(language, suffix));
    const auto run = runCli({"export", hostile, "--stream", "0", "--states", "--lang", language, "-o", out});
    return run.exitCode == 0 && QFileInfo::exists(out) ? out : QString();
}

// The texts an SVG shows, one per <text> element (its <tspan>s joined), entities decoded.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text" && depth++ == 0)
            texts << QString();
        else if (xml.isEndElement() && xml.name() == u"text")
            --depth;
        else if (xml.isCharacters() && depth > 0)
            texts.last() += xml.text();
    }
    return texts;
}

} // namespace

class TestTextDiagramNotes : public QObject
{
    Q_OBJECT

private slots:
    void notesAtTheirArrows_data();
    void notesAtTheirArrows();
    void plantUmlShowsNotes();
    void mermaidShowsNotes();
    void xelatexShowsNotes();
    void runAndMergedLadderNotes();
};

void TestTextDiagramNotes::notesAtTheirArrows_data()
{
    QTest::addColumn<QString>("suffix");
    for (const QString suffix : {"mmd", "puml", "tex", "md"})
        QTest::newRow(qPrintable(suffix)) << suffix;
}

void TestTextDiagramNotes::notesAtTheirArrows()
{
    QFETCH(QString, suffix);
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const Notes expected = tsharkComments(tshark, hostile);
    QCOMPARE(expected.size(), std::size_t{5}); // make_hostile_notes.sh's five comments
    QTemporaryDir dir;
    for (const QString language : {"en", "zh_CN"}) {
        const QString out = exportNotes(dir, suffix, language);
        QVERIFY2(!out.isEmpty(), qPrintable(language));
        const Notes found = notesInText(readText(out), suffix);
        // Every frame of the capture has its arrow (client-close: 10 segments, none collapsed).
        QCOMPARE(found.size(), std::size_t{10});
        for (const auto &[frame, lines] : found) {
            const auto want = expected.find(frame);
            QCOMPARE(lines, want == expected.end() ? QStringList() : want->second);
        }
    }
}

void TestTextDiagramNotes::plantUmlShowsNotes()
{
    const QString plantuml = QStandardPaths::findExecutable(QStringLiteral("plantuml"));
    if (plantuml.isEmpty())
        TCPLADDER_RENDERER_MISSING("plantuml");
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const Notes expected = tsharkComments(tshark, hostile);
    QTemporaryDir dir;
    const QStringList files{exportNotes(dir, "puml", "en"), exportNotes(dir, "puml", "zh_CN")};
    QVERIFY(!files.contains(QString()));
    const Tool tool = runTool(plantuml, QStringList{QStringLiteral("-tsvg")} + files, dir.path());
    QVERIFY2(tool.exitCode == 0 && !tool.output.contains("Error"), tool.output.constData());
    for (const QString &file : files) {
        const QStringList texts = svgTexts(file.chopped(4) + "svg");
        QVERIFY2(!texts.isEmpty() && !texts.contains(QStringLiteral("Syntax Error?")), qPrintable(file));
        for (const auto &[frame, lines] : expected)
            for (const QString &line : lines)
                QVERIFY2(texts.contains(line), qPrintable(file + ": " + line));
    }
}

void TestTextDiagramNotes::mermaidShowsNotes()
{
    const QString mmdc = mermaidDir + "/node_modules/.bin/mmdc";
    if (!QFileInfo(mmdc).isExecutable())
        TCPLADDER_RENDERER_MISSING("the Mermaid CLI (npm ci in tests/tools/mermaid)");
    if (!QFileInfo(QStringLiteral("/usr/bin/chromium")).isExecutable())
        TCPLADDER_RENDERER_MISSING("chromium");
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const Notes expected = tsharkComments(tshark, hostile);
    QTemporaryDir dir;
    const QString file = exportNotes(dir, "mmd", "zh_CN");
    QVERIFY(!file.isEmpty());
    const Tool tool = runTool(mmdc, {"-i", file, "-o", "notes.svg", "-p", mermaidDir + "/puppeteer.json"}, dir.path());
    QVERIFY2(tool.exitCode == 0, tool.output.constData());
    const QStringList texts = svgTexts(dir.filePath(QStringLiteral("notes.svg")));
    QVERIFY(!texts.isEmpty());
    for (const auto &[frame, lines] : expected)
        for (const QString &line : lines)
            QVERIFY2(texts.contains(line), qPrintable(line + "\n" + texts.join(u'\n')));
}

void TestTextDiagramNotes::xelatexShowsNotes()
{
    const QString xelatex = QStandardPaths::findExecutable(QStringLiteral("xelatex"));
    if (xelatex.isEmpty())
        TCPLADDER_RENDERER_MISSING("xelatex (texlive-xetex, texlive-pictures, texlive-lang-chinese)");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        TCPLADDER_RENDERER_MISSING("pdftotext (poppler-utils)");
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const Notes expected = tsharkComments(tshark, hostile);
    QTemporaryDir dir;
    const QString file = exportNotes(dir, "tex", "en");
    QVERIFY(!file.isEmpty());
    const Tool tool =
        runTool(xelatex, {"-halt-on-error", "-interaction=nonstopmode", QFileInfo(file).fileName()}, dir.path());
    QVERIFY2(tool.exitCode == 0, tool.output.right(3000).constData());
    const QString log = readText(file.chopped(3) + "log");
    QVERIFY2(!log.contains(QStringLiteral("Missing character")), qPrintable(log));
    const Tool text = runTool(pdftotext, {file.chopped(3) + "pdf", "-"}, dir.path());
    QVERIFY(text.exitCode == 0);
    // TeX sets ' and ` as typographic quotes: the only change it makes to a note.
    const QString shown = QString::fromUtf8(text.output).replace(u'\u2019', u'\'').replace(u'\u2018', u'`');
    for (const auto &[frame, lines] : expected)
        for (const QString &line : lines)
            QVERIFY2(shown.contains(line), qPrintable(line + "\n" + shown));
}

// A note inside a collapsed run of data segments is under the run, after its frame number; in the
// two-capture ladder a note is on the arrow of its frame of capture A. The captures are made here.
void TestTextDiagramNotes::runAndMergedLadderNotes()
{
    const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
    if (editcap.isEmpty())
        TCPLADDER_TSHARK_MISSING(); // editcap comes with tshark (wireshark-common)
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const QString data = QStringLiteral(TCPLADDER_TEST_DATA_DIR);
    QTemporaryDir dir;
    const QString bulk = dir.filePath(QStringLiteral("bulk.pcapng"));
    QCOMPARE(runTool(editcap,
                     {"-F", "pcapng", "-a", "7:inside the run", "-a", "9:also inside\n第二行",
                      data + "/lossy-bulk.pcap", bulk},
                     dir.path())
                 .exitCode,
             0);
    const Notes comments = tsharkComments(tshark, bulk);
    QCOMPARE(comments.size(), std::size_t{2});
    QStringList expected;
    for (const auto &[frame, lines] : comments)
        expected << QStringLiteral("frame %1: %2").arg(frame).arg(lines.first()) << lines.mid(1);
    const QString md = dir.filePath(QStringLiteral("bulk.md"));
    QCOMPARE(runCli({"export", bulk, "--stream", "0", "-o", md}).exitCode, 0);
    static const QRegularExpression run(QStringLiteral(R"(^\| (\d+)–(\d+) \|.*(?<!\\)\| (.*) \|$)"),
                                        QRegularExpression::MultilineOption);
    bool found = false;
    for (auto it = run.globalMatch(readText(md)); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1).toUInt() < 7 && m.captured(2).toUInt() >= 9) {
            QCOMPARE(markdownLines(m.captured(3)), expected);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(readText(md)));

    const QString client = dir.filePath(QStringLiteral("client.pcapng"));
    QCOMPARE(runTool(editcap, {"-F", "pcapng", "-a", "3:A's third frame", data + "/twocap/lossy-client.pcap", client},
                     dir.path())
                 .exitCode,
             0);
    const QString mmd = dir.filePath(QStringLiteral("merged.mmd"));
    QCOMPARE(
        runCli({"export", client, "--stream", "0", "--peer-capture", data + "/twocap/lossy-server.pcap", "-o", mmd})
            .exitCode,
        0);
    const QStringList lines = readText(mmd).split(u'\n');
    // The comment has none of Mermaid's syntax characters: it is written as it is.
    const QString note = QStringLiteral("    Note over C,S: ") + tsharkComments(tshark, client)[3].join(u' ');
    QCOMPARE(lines.count(note), 1);
    const qsizetype at = lines.indexOf(note);
    QVERIFY2(at > 0 && lines[at - 1].endsWith(QStringLiteral("<br/>frame 3")),
             qPrintable(lines.mid(0, at + 1).join(u'\n')));
}

QTEST_MAIN(TestTextDiagramNotes)
#include "tst_textdiagramnotes.moc"
