// SPDX-License-Identifier: GPL-3.0-or-later
#include "laddertheme.h"

#include "segment.h"
#include "tcpflags.h"

#include <QGuiApplication>

namespace tcpladder::ui {

using namespace tcpladder::core;

namespace {

// One row per colour role, one column per fixed theme (0xAARRGGBB), so a role's three colours are compared at a
// glance. High contrast is for a washed-out projector, which loses pale tints and thin greys: pure black text,
// dark saturated arrows.
struct RoleColours
{
    QColor LadderTheme::*role;
    QRgb light;
    QRgb dark;
    QRgb highContrast;
};

constexpr RoleColours kRoleColours[] = {
    {&LadderTheme::background, 0xffffffff, 0xff1b1e23, 0xffffffff},
    {&LadderTheme::text, 0xff1f2328, 0xffe6e8eb, 0xff000000},
    {&LadderTheme::mutedText, 0xff5f6770, 0xffa0a8b2, 0xff202020},
    {&LadderTheme::headerFill, 0xffeef2f7, 0xff2a3038, 0xfffff29e},
    {&LadderTheme::headerBorder, 0xff8a96a3, 0xff6a7582, 0xff000000},
    {&LadderTheme::lifeline, 0xff3a4048, 0xffc8cdd3, 0xff000000},
    {&LadderTheme::clientArrow, 0xff1d5fb8, 0xff6cb0ff, 0xff003cc8},
    {&LadderTheme::serverArrow, 0xff1f7a3e, 0xff6fd68e, 0xff006b1e},
    {&LadderTheme::bracket, 0xff7b4db3, 0xffc39bf5, 0xff5a009c},
    {&LadderTheme::selection, 0x301d5fb8, 0x406cb0ff, 0x80ffd000},
    {&LadderTheme::runFill, 0xfff4f4f0, 0xff2b2d2f, 0xfff0f0f0},
    {&LadderTheme::runBorder, 0xff9a9a90, 0xff85857c, 0xff000000},
    {&LadderTheme::tagText, 0xffffffff, 0xff101214, 0xffffffff},
    {&LadderTheme::retransmission, 0xffc25e00, 0xffff9f43, 0xffb34100},
    {&LadderTheme::duplicateAck, 0xffa07a00, 0xfff0c64a, 0xff7a5c00},
    {&LadderTheme::outOfOrder, 0xffb03a8c, 0xfff07ad0, 0xff9c006e},
    {&LadderTheme::zeroWindow, 0xff6d3fc0, 0xffb394ff, 0xff4b1fa6},
    {&LadderTheme::reset, 0xffc62828, 0xffff6b6b, 0xffc00000},
    {&LadderTheme::finAckMerged, 0xff007c89, 0xff4dd0e1, 0xff005f6b},
    {&LadderTheme::keepAlive, 0xff6b7280, 0xffb0b6bf, 0xff404040},
};

LadderTheme fixedTheme(QRgb RoleColours::*column)
{
    LadderTheme theme;
    for (const RoleColours &row : kRoleColours)
        theme.*row.role = QColor::fromRgba(row.*column);
    return theme;
}

} // namespace

LadderTheme LadderTheme::light()
{
    return fixedTheme(&RoleColours::light);
}

LadderTheme LadderTheme::dark()
{
    return fixedTheme(&RoleColours::dark);
}

LadderTheme LadderTheme::highContrast()
{
    return fixedTheme(&RoleColours::highContrast);
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
