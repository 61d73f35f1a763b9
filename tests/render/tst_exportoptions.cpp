// SPDX-License-Identifier: GPL-3.0-or-later
// LadderExportOptions carry what the view applies: TCP states, the textbook slant, the language, and
// a width widened where the labels need it, each reaching the layout an export draws.
#include "../core/ladderfixture.h"
#include "ladderexport.h"
#include "ladderpainter.h"

#include <QtTest>

using namespace tcpladder;

class TestExportOptions : public QObject
{
    Q_OBJECT

private slots:
    void statesReachTheLayout();
    void textbookReachesTheLayout();
    void languageReachesTheLayout();
    void narrowWidthIsWidened();
    void widthLimitsAreTheDialogs();
};

namespace {

core::LadderLayout layoutWith(const core::ConnectionLadder &ladder, const ui::LadderExportOptions &options)
{
    return ui::layOutLadder(
        ladder, ui::LadderPainter(ui::LadderTheme::forKind(options.theme), options.scale, options.language), options);
}

bool anyState(const core::LadderLayout &layout)
{
    for (std::size_t i = 0; i < layout.itemCount(); ++i)
        if (!layout.item(i).clientState.text.empty() || !layout.item(i).serverState.text.empty())
            return true;
    return false;
}

} // namespace

void TestExportOptions::statesReachTheLayout()
{
    const auto ladder = ladderfixture::textbook(2);
    ui::LadderExportOptions options; // on by default, as in the view and the CLI
    QVERIFY(anyState(layoutWith(ladder, options)));
    options.showStates = false;
    QVERIFY(!anyState(layoutWith(ladder, options)));
}

void TestExportOptions::textbookReachesTheLayout()
{
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    QVERIFY(ladder);
    ui::LadderExportOptions options;
    const core::LadderLayout plain = layoutWith(*ladder, options);
    QVERIFY(plain.textbookCaption().text.empty());
    options.textbook = true;
    const core::LadderLayout slanted = layoutWith(*ladder, options);
    QVERIFY(!slanted.textbookCaption().text.empty());
    // Same rows, each arrow now descends by the one-way delay: further than the plain layout's.
    const auto drop = [](const core::LadderItem &item) { return item.end.y - item.start.y; };
    QVERIFY2(drop(slanted.item(0)) > drop(plain.item(0)),
             qPrintable(QStringLiteral("%1 vs %2").arg(drop(slanted.item(0))).arg(drop(plain.item(0)))));
    // And the PNG has them: a slanted ladder is a different image.
    QVERIFY(ui::renderLadderImage(*ladder, options) != ui::renderLadderImage(*ladder, ui::LadderExportOptions{}));
}

void TestExportOptions::languageReachesTheLayout()
{
    const auto ladder = ladderfixture::textbook(2);
    ui::LadderExportOptions options;
    QCOMPARE(layoutWith(ladder, options).client().role, std::string("client"));
    // A translator handed in as a value: nothing is installed in the application.
    options.language.translate = [](const char *source, const char *, int) {
        return std::string(source) == "client" ? std::string("Kunde") : std::string();
    };
    QCOMPARE(layoutWith(ladder, options).client().role, std::string("Kunde"));
}

void TestExportOptions::narrowWidthIsWidened()
{
    const auto ladder = ladderfixture::textbook(2);
    ui::LadderExportOptions options;
    options.width = ui::minExportWidth;
    options.scale = 3.0;
    // Fitted into the width asked for, unless widening is asked for too (as the view does).
    QCOMPARE(layoutWith(ladder, options).width(), double(options.width));
    options.widenToLabels = true;
    const core::LadderLayout layout = layoutWith(ladder, options);
    // At three times the text the labels need more than the narrowest export: widened, not cut off.
    QVERIFY2(layout.width() > options.width, qPrintable(QString::number(layout.width())));
    const QImage image = ui::renderLadderImage(ladder, options);
    QCOMPARE(image.width(), int(std::ceil(layout.width())));
}

void TestExportOptions::widthLimitsAreTheDialogs()
{
    const auto ladder = ladderfixture::textbook(1);
    for (const int width : {ui::minExportWidth - 1, ui::maxExportWidth + 1}) {
        ui::LadderExportOptions options;
        options.width = width;
        QString error;
        QVERIFY(ui::renderLadderImage(ladder, options, &error).isNull());
        QVERIFY2(error.contains(QString::number(ui::minExportWidth))
                     && error.contains(QString::number(ui::maxExportWidth)),
                 qPrintable(error));
    }
    ui::LadderExportOptions options;
    options.width = ui::minExportWidth;
    QVERIFY(!ui::renderLadderImage(ladder, options).isNull());
}

QTEST_MAIN(TestExportOptions)
#include "tst_exportoptions.moc"
