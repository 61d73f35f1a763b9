// SPDX-License-Identifier: GPL-3.0-or-later
// The escaping of each text-diagram syntax (laddertextwriters.h), on the characters each one reads as
// syntax; tst_textdiagrams renders whole diagrams with the real tools.
#include "laddertextwriters.h"

#include <QtTest>

using namespace tcpladder::core;

class TestLadderTextEscape : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void formatByExtension();
    void cjk();
};

void TestLadderTextEscape::escapes_data()
{
    QTest::addColumn<QString>("syntax");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("mermaid") << "mermaid"
                             << "Dup ACK #3; [2001:db8::1]:80 <b> 50%"
                             << "Dup ACK #35;3#59; [2001#58;db8#58;#58;1]#58;80 #lt;b#gt; 50#37;";
    QTest::newRow("mermaid keeps unicode") << "mermaid"
                                           << "三次握手 — 3 → 4"
                                           << "三次握手 — 3 → 4";
    QTest::newRow("plantuml creole") << "plantuml"
                                     << "a**b//c--d__e [[x]] <color> \"q\" ~"
                                     << "a~**b~//c~--d~__e ~[[x]] ~<color> ~\"q~\" <U+007E>";
    QTest::newRow("plantuml backslash") << "plantuml"
                                        << "a\\b \\n ~~"
                                        << "a<U+005C>b <U+005C>n <U+007E><U+007E>";
    QTest::newRow("plantuml single marks stay") << "plantuml"
                                                << "SYN_SENT a-b 1/2 [SYN]"
                                                << "SYN_SENT a-b 1/2 [SYN]";
    QTest::newRow("tex specials") << "tex"
                                  << "50% of $5 & #3 a_b {x} ^ ~ \\ \"q\""
                                  << "50\\% of \\$5 \\& \\#3 a\\_b \\{x\\} \\^{} \\textasciitilde{} \\textbackslash{} "
                                     "\\textquotedbl{}q\\textquotedbl{}";
    QTest::newRow("tex symbols") << "tex"
                                 << "Δt · c→s … 2×µ"
                                 << "\\ensuremath{\\Delta}t \\ensuremath{\\cdot} c\\ensuremath{\\rightarrow}s "
                                    "\\ldots{} 2\\ensuremath{\\times}\\ensuremath{\\mu}";
    QTest::newRow("tex keeps chinese") << "tex"
                                       << "挥手 — 4 个报文段"
                                       << "挥手 — 4 个报文段";
    QTest::newRow("markdown") << "markdown"
                              << "a|b *c* _d_ `e` [f] <g> ~h \\"
                              << "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] &lt;g&gt; \\~h \\\\";
}

void TestLadderTextEscape::escapes()
{
    QFETCH(QString, syntax);
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    const std::string in = text.toStdString();
    const std::string out = syntax == "mermaid" ? escapeMermaid(in)
        : syntax == "plantuml"                  ? escapePlantUml(in)
        : syntax == "tex"                       ? escapeTex(in)
                                                : escapeMarkdown(in);
    QCOMPARE(QString::fromStdString(out), escaped);
}

void TestLadderTextEscape::formatByExtension()
{
    QCOMPARE(textDiagramFormatForPath("a/b.MMD"), std::optional(TextDiagramFormat::Mermaid));
    QCOMPARE(textDiagramFormatForPath("x.puml"), std::optional(TextDiagramFormat::PlantUml));
    QCOMPARE(textDiagramFormatForPath("x.tex"), std::optional(TextDiagramFormat::Tex));
    QCOMPARE(textDiagramFormatForPath("x.md"), std::optional(TextDiagramFormat::Markdown));
    QVERIFY(!textDiagramFormatForPath("x.png"));
    QVERIFY(!textDiagramFormatForPath("md"));
}

void TestLadderTextEscape::cjk()
{
    QVERIFY(hasCjk("teardown 挥手"));
    QVERIFY(hasCjk("（"));
    QVERIFY(!hasCjk("Δt — c→s … µ"));
}

QTEST_MAIN(TestLadderTextEscape)
#include "tst_laddertextescape.moc"
