// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese catalogue is complete and current, is built into the program, and switching to it
// changes what the widgets and the ladder say.
#include "../core/ladderfixture.h"
#include "connectionmodel.h"
#include "explanationpane.h"
#include "ladderlayout.h"
#include "ladderpainter.h"
#include "ladderview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sequencegraph.h"
#include "sequencegraphchart.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tcpladder;

namespace {

const QString SourceDir = QStringLiteral(TCPLADDER_SOURCE_DIR);

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type;             // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per numerus form, or the single translation
    bool numerus = false;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                message =
                    TsMessage{context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
            else if (name == u"source")
                message.source = xml.readElementText();
            else if (name == u"comment")
                message.comment = xml.readElementText();
            else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform")
                message.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%(n|[1-9])"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

QString findLupdate()
{
    for (const auto location : {QLibraryInfo::LibraryExecutablesPath, QLibraryInfo::BinariesPath}) {
        const QString candidate = QLibraryInfo::path(location) + QStringLiteral("/lupdate");
        if (QFile::exists(candidate))
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseIsComplete();
    void catalogueMatchesTheSources();
    void cataloguesAreBuiltIn();
    void localePicksTheLanguage();
    void ladderTextsFollowTheLanguage();
    void switchingRetranslatesTheWindow();
    void cliExportsInChinese();
    void cleanup();

private:
    QList<TsMessage> m_zh;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of the language choice stay out of ~/.config
    // Windows keeps QSettings in the registry, where a nameless application cannot write at all.
    QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QString error;
    m_zh = readTs(SourceDir + QStringLiteral("/resources/translations/tcpladder_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_zh.size() > 100);
}

void TestTranslations::cleanup()
{
    ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
}

void TestTranslations::chineseIsComplete()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_zh)) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" is ") + m.type;
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << where + QStringLiteral(" has an empty translation");
        for (const QString &t : m.translations)
            if (placeholders(t) != placeholders(m.source))
                problems << where + QStringLiteral(" → \"") + t + QStringLiteral("\" has other placeholders");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// A fresh lupdate over the same files (keep both in step with cmake/Translations.cmake) finds nothing the
// committed catalogue lacks: every tr() text the program can show has been through translation.
void TestTranslations::catalogueMatchesTheSources()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty())
        QSKIP("lupdate is not installed (qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QStringList args{QStringLiteral("-silent"),
                     QStringLiteral("-no-obsolete"),
                     QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral("-tr-function-alias"),
                     QStringLiteral("QT_TRANSLATE_NOOP+=TCPLADDER_TRANSLATE_NOOP,"
                                    "QT_TRANSLATE_NOOP3+=TCPLADDER_TRANSLATE_NOOP3,"
                                    "QT_TRANSLATE_N_NOOP+=TCPLADDER_TRANSLATE_N_NOOP,"
                                    "QT_TRANSLATE_N_NOOP3+=TCPLADDER_TRANSLATE_N_NOOP3")};
    for (const char *part : {"src/ui", "src/render", "src/model", "src/capture", "src/app", "src/cli/exportcommand.cpp",
                             "src/core", "forms"})
        args << SourceDir + u'/' + QLatin1String(part);
    args << QStringLiteral("-ts") << fresh;
    QProcess process;
    process.start(lupdate, args);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QString error;
    const QList<TsMessage> extracted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(extracted.size() > 100);

    QSet<QString> known;
    for (const TsMessage &m : std::as_const(m_zh))
        known.insert(m.key());
    QStringList missing;
    for (const TsMessage &m : extracted)
        if (!known.contains(m.key()))
            missing << m.context + QStringLiteral(": \"") + m.source + u'"';
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in tcpladder_zh_CN.ts (build update_translations, then "
                                       "translate):\n")
                        + missing.join(u'\n')));
    // And nothing kept that the sources no longer use (lupdate -no-obsolete drops those).
    QCOMPARE(extracted.size(), m_zh.size());
}

void TestTranslations::cataloguesAreBuiltIn()
{
    for (const QString &language : ui::LanguageManager::languages()) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/tcpladder_%1.qm").arg(language)), qPrintable(language));
        QVERIFY(!translator.isEmpty());
    }
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/tcpladder_zh_CN.qm")));
    QCOMPARE(zh.translate("LadderText", "three-way handshake"), QStringLiteral("三次握手"));
    // English keeps only the plural forms.
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/tcpladder_en.qm")));
    QCOMPARE(en.translate("tcpladder::ui::CaptureStatusBar", "%n connection(s)", nullptr, 1),
             QStringLiteral("%n connection"));
}

void TestTranslations::localePicksTheLanguage()
{
    using ui::LanguageManager;
    QCOMPARE(LanguageManager::languageForLocale(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::languageForLocale(QLocale(QStringLiteral("zh_SG"))), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::languageForLocale(QLocale(QStringLiteral("zh_TW"))), QStringLiteral("en"));
    QCOMPARE(LanguageManager::languageForLocale(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    QVERIFY(!LanguageManager::instance()->setLanguage(QStringLiteral("fr"), false));
}

// The Qt-free core's phase titles go through the translator the painter hands it.
void TestTranslations::ladderTextsFollowTheLanguage()
{
    const auto fourSegments = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/server-close.pcap", 0);
    const auto threeSegments = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    QVERIFY(fourSegments && threeSegments);
    const auto titles = [](const core::ConnectionLadder &ladder) {
        const ui::LadderPainter painter(ui::LadderTheme::light(), 1.0, ui::installedLadderLanguage());
        const auto layout = core::layoutLadder(ladder, painter.layoutOptions(1400));
        QStringList out;
        for (const auto &bracket : layout.brackets())
            out << QString::fromStdString(bracket.title.text);
        out << QString::fromStdString(layout.client().role) << QString::fromStdString(layout.timeHeader().text);
        return out;
    };
    const QStringList english = titles(*fourSegments);
    QVERIFY2(english.contains(QStringLiteral("teardown — 4 segments")), qPrintable(english.join(u'|')));
    QVERIFY(english.contains(QStringLiteral("client")));

    QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
    const QStringList four = titles(*fourSegments);
    QVERIFY2(four.contains(QStringLiteral("三次握手")), qPrintable(four.join(u'|')));
    QVERIFY2(four.contains(QStringLiteral("四次挥手 — 4 个报文段")), qPrintable(four.join(u'|')));
    QVERIFY(four.contains(QStringLiteral("客户端")));
    QVERIFY(four.contains(QStringLiteral("时间 (s)")));
    const QStringList three = titles(*threeSegments);
    QVERIFY2(three.contains(QStringLiteral("挥手 — 3 个报文段：服务器的 ACK 捎带在它的 FIN 上")),
             qPrintable(three.join(u'|')));
    for (const QString &title : four)
        QVERIFY2(hasHan(title), qPrintable(title + QStringLiteral(" is not translated")));
}

void TestTranslations::switchingRetranslatesTheWindow()
{
    ui::MainWindow window;
    QSignalSpy shown(&window, &ui::MainWindow::ladderShown);
    window.openFile(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/server-close.pcap"));
    QTRY_VERIFY(shown.count() > 0);
    auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("menuView"));
    auto *languageMenu = window.findChild<QMenu *>(QStringLiteral("menuLanguage"));
    QVERIFY(viewMenu && languageMenu);
    QCOMPARE(viewMenu->title(), QStringLiteral("&View"));
    QCOMPARE(window.connectionModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Stream"));

    // As a user does it: View > Language > 简体中文.
    auto *chinese = window.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"));
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    chinese->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(ui::LanguageManager::instance()->language(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(viewMenu->title(), QStringLiteral("视图(&V)"));
    QCOMPARE(languageMenu->title(), QStringLiteral("语言(&L)"));
    QVERIFY(chinese->isChecked());
    // Remembered for the next start, whatever the system locale says then.
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(ui::LanguageManager::instance()->startupLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(window.connectionModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("流"));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("TCP 梯形图")), qPrintable(window.windowTitle()));
    // Widgets that build their texts in code re-read them too.
    auto *filterEdit = window.findChild<QLineEdit *>(QStringLiteral("displayFilterEdit"));
    QVERIFY(filterEdit);
    QVERIFY2(hasHan(filterEdit->placeholderText()), qPrintable(filterEdit->placeholderText()));
    auto *pane = window.findChild<ui::ExplanationPane *>(QStringLiteral("explanationPane"));
    QVERIFY(pane);
    QVERIFY2(hasHan(pane->title()) && hasHan(pane->text()), qPrintable(pane->title() + u'\n' + pane->text()));
    if (auto *graph = window.findChild<ui::SequenceGraph *>()) {
        QVERIFY2(hasHan(graph->graphChart()->title()), qPrintable(graph->graphChart()->title()));
        QVERIFY(hasHan(graph->toolTip()));
    }
    const auto &brackets = window.ladderView()->layout().brackets();
    QVERIFY(!brackets.empty());
    QCOMPARE(QString::fromStdString(brackets.front().title.text), QStringLiteral("三次握手"));
    // Qt's own strings come from the system's qtbase_zh_CN.qm when it is installed.
    if (!ui::LanguageManager::instance()->qtCatalogue().isEmpty())
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    window.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    QCoreApplication::processEvents();
    QTRY_COMPARE(viewMenu->title(), QStringLiteral("&View"));
    QVERIFY(!hasHan(filterEdit->placeholderText()));
    QCOMPARE(ui::LanguageManager::instance()->startupLanguage(), QStringLiteral("en"));
    QVERIFY2(!hasHan(pane->text()), qPrintable(pane->text()));
    QCOMPARE(QString::fromStdString(window.ladderView()->layout().brackets().front().title.text),
             QStringLiteral("three-way handshake"));
}

// tcpladder-cli export --lang zh_CN: the SVG's texts are Chinese and stderr names the CJK font.
void TestTranslations::cliExportsInChinese()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto run = [&dir](const QStringList &extra, const QString &name) {
        QProcess cli;
        cli.start(QStringLiteral(TCPLADDER_CLI_PATH),
                  QStringList{QStringLiteral("export"), QStringLiteral(TCPLADDER_TEST_DATA_DIR "/server-close.pcap"),
                              QStringLiteral("--stream"), QStringLiteral("0"), QStringLiteral("-o"), dir.filePath(name)}
                      + extra);
        cli.waitForFinished(60000);
        QFile svg(dir.filePath(name));
        svg.open(QIODevice::ReadOnly);
        return std::pair{QString::fromUtf8(cli.readAllStandardError()), QString::fromUtf8(svg.readAll())};
    };
    const auto [zhErr, zhSvg] = run({QStringLiteral("--lang"), QStringLiteral("zh_CN")}, QStringLiteral("zh.svg"));
    QVERIFY2(zhSvg.contains(QStringLiteral("三次握手")), qPrintable(zhErr));
    QVERIFY(zhSvg.contains(QStringLiteral("四次挥手")));
    QVERIFY(zhSvg.contains(QStringLiteral("客户端")));
    QVERIFY(!zhSvg.contains(QStringLiteral("three-way handshake")));
    const QString family = ui::cjkFontFamily();
    if (family.isEmpty())
        QVERIFY2(zhErr.contains(QStringLiteral("no font with Chinese glyphs")), qPrintable(zhErr));
    else
        QVERIFY2(zhErr.contains(QStringLiteral("font for Chinese text: ") + family), qPrintable(zhErr));

    const auto [enErr, enSvg] = run({}, QStringLiteral("en.svg"));
    QVERIFY(enSvg.contains(QStringLiteral("three-way handshake")));
    QVERIFY(!enSvg.contains(QStringLiteral("三次握手")));
    QVERIFY(!enErr.contains(QStringLiteral("Chinese")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
