// SPDX-License-Identifier: GPL-3.0-or-later
#include "laddertheme.h"

#include "segment.h"
#include "tcpflags.h"

#include <QGuiApplication>

namespace tcpladder::ui {

using namespace tcpladder::core;

LadderTheme LadderTheme::light()
{
    LadderTheme t;
    t.background = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x1f, 0x23, 0x28);
    t.mutedText = QColor(0x5f, 0x67, 0x70);
    t.headerFill = QColor(0xee, 0xf2, 0xf7);
    t.headerBorder = QColor(0x8a, 0x96, 0xa3);
    t.lifeline = QColor(0x3a, 0x40, 0x48);
    t.clientArrow = QColor(0x1d, 0x5f, 0xb8);
    t.serverArrow = QColor(0x1f, 0x7a, 0x3e);
    t.bracket = QColor(0x7b, 0x4d, 0xb3);
    t.selection = QColor(0x1d, 0x5f, 0xb8, 0x30);
    t.runFill = QColor(0xf4, 0xf4, 0xf0);
    t.runBorder = QColor(0x9a, 0x9a, 0x90);
    t.tagText = QColor(0xff, 0xff, 0xff);
    t.retransmission = QColor(0xc2, 0x5e, 0x00);
    t.duplicateAck = QColor(0xa0, 0x7a, 0x00);
    t.outOfOrder = QColor(0xb0, 0x3a, 0x8c);
    t.zeroWindow = QColor(0x6d, 0x3f, 0xc0);
    t.reset = QColor(0xc6, 0x28, 0x28);
    t.finAckMerged = QColor(0x00, 0x7c, 0x89);
    t.keepAlive = QColor(0x6b, 0x72, 0x80);
    return t;
}

LadderTheme LadderTheme::dark()
{
    LadderTheme t;
    t.background = QColor(0x1b, 0x1e, 0x23);
    t.text = QColor(0xe6, 0xe8, 0xeb);
    t.mutedText = QColor(0xa0, 0xa8, 0xb2);
    t.headerFill = QColor(0x2a, 0x30, 0x38);
    t.headerBorder = QColor(0x6a, 0x75, 0x82);
    t.lifeline = QColor(0xc8, 0xcd, 0xd3);
    t.clientArrow = QColor(0x6c, 0xb0, 0xff);
    t.serverArrow = QColor(0x6f, 0xd6, 0x8e);
    t.bracket = QColor(0xc3, 0x9b, 0xf5);
    t.selection = QColor(0x6c, 0xb0, 0xff, 0x40);
    t.runFill = QColor(0x2b, 0x2d, 0x2f);
    t.runBorder = QColor(0x85, 0x85, 0x7c);
    t.tagText = QColor(0x10, 0x12, 0x14);
    t.retransmission = QColor(0xff, 0x9f, 0x43);
    t.duplicateAck = QColor(0xf0, 0xc6, 0x4a);
    t.outOfOrder = QColor(0xf0, 0x7a, 0xd0);
    t.zeroWindow = QColor(0xb3, 0x94, 0xff);
    t.reset = QColor(0xff, 0x6b, 0x6b);
    t.finAckMerged = QColor(0x4d, 0xd0, 0xe1);
    t.keepAlive = QColor(0xb0, 0xb6, 0xbf);
    return t;
}

LadderTheme LadderTheme::highContrast()
{
    // A washed-out projector loses pale tints and thin greys: pure black text, dark saturated arrows.
    LadderTheme t;
    t.background = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x00, 0x00, 0x00);
    t.mutedText = QColor(0x20, 0x20, 0x20);
    t.headerFill = QColor(0xff, 0xf2, 0x9e);
    t.headerBorder = QColor(0x00, 0x00, 0x00);
    t.lifeline = QColor(0x00, 0x00, 0x00);
    t.clientArrow = QColor(0x00, 0x3c, 0xc8);
    t.serverArrow = QColor(0x00, 0x6b, 0x1e);
    t.bracket = QColor(0x5a, 0x00, 0x9c);
    t.selection = QColor(0xff, 0xd0, 0x00, 0x80);
    t.runFill = QColor(0xf0, 0xf0, 0xf0);
    t.runBorder = QColor(0x00, 0x00, 0x00);
    t.tagText = QColor(0xff, 0xff, 0xff);
    t.retransmission = QColor(0xb3, 0x41, 0x00);
    t.duplicateAck = QColor(0x7a, 0x5c, 0x00);
    t.outOfOrder = QColor(0x9c, 0x00, 0x6e);
    t.zeroWindow = QColor(0x4b, 0x1f, 0xa6);
    t.reset = QColor(0xc0, 0x00, 0x00);
    t.finAckMerged = QColor(0x00, 0x5f, 0x6b);
    t.keepAlive = QColor(0x40, 0x40, 0x40);
    return t;
}

LadderTheme LadderTheme::fromPalette(const QPalette &palette)
{
    // Keep the note colours of the matching fixed theme: they were chosen for contrast, the palette's weren't.
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    LadderTheme t = darkBase ? dark() : light();
    t.background = palette.color(QPalette::Base);
    t.text = palette.color(QPalette::Text);
    t.mutedText = palette.color(QPalette::PlaceholderText);
    t.headerFill = palette.color(QPalette::AlternateBase);
    t.lifeline = palette.color(QPalette::Text);
    QColor selection = palette.color(QPalette::Highlight);
    selection.setAlpha(darkBase ? 0x50 : 0x38);
    t.selection = selection;
    return t;
}

LadderTheme LadderTheme::forKind(LadderThemeKind kind)
{
    switch (kind) {
    case LadderThemeKind::Light:
        return light();
    case LadderThemeKind::Dark:
        return dark();
    case LadderThemeKind::Palette:
        return fromPalette(QGuiApplication::palette());
    case LadderThemeKind::HighContrast:
        return highContrast();
    }
    return light();
}

QColor LadderTheme::noteColor(std::uint8_t notes, std::uint16_t flags) const
{
    if (flags & FlagRst)
        return reset;
    if (notes & NoteRetransmission)
        return retransmission;
    if (notes & NoteOutOfOrder)
        return outOfOrder;
    if (notes & NoteZeroWindow)
        return zeroWindow;
    if (notes & NoteDuplicateAck)
        return duplicateAck;
    if (notes & NoteFinAckMerged)
        return finAckMerged;
    if (notes & (NoteKeepAlive | NotePortReused))
        return keepAlive;
    return {};
}

QString themeKindName(LadderThemeKind kind)
{
    switch (kind) {
    case LadderThemeKind::Light:
        return QStringLiteral("light");
    case LadderThemeKind::Dark:
        return QStringLiteral("dark");
    case LadderThemeKind::Palette:
        return QStringLiteral("palette");
    case LadderThemeKind::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("light");
}

bool parseThemeKind(const QString &name, LadderThemeKind *kind)
{
    for (const auto candidate :
         {LadderThemeKind::Light, LadderThemeKind::Dark, LadderThemeKind::Palette, LadderThemeKind::HighContrast})
        if (name.compare(themeKindName(candidate), Qt::CaseInsensitive) == 0) {
            *kind = candidate;
            return true;
        }
    return false;
}

} // namespace tcpladder::ui
