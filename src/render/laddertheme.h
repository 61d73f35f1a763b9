// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <cstdint>

namespace tcpladder::ui {

// HighContrast: presenter mode on a projector (black on white, thick saturated colours).
enum class LadderThemeKind { Light, Dark, Palette, HighContrast };

// Colours of a ladder; plain data so the screen, the PNG and the SVG use the very same values.
struct LadderTheme
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor headerFill;
    QColor headerBorder;
    QColor lifeline;
    QColor clientArrow; // client -> server
    QColor serverArrow; // server -> client
    QColor bracket;
    QColor selection;
    QColor runFill;
    QColor runBorder;
    QColor tagText;
    QColor retransmission;
    QColor duplicateAck;
    QColor outOfOrder;
    QColor zeroWindow;
    QColor reset;
    QColor finAckMerged;
    QColor keepAlive;

    static LadderTheme light();
    static LadderTheme dark();
    static LadderTheme highContrast();
    static LadderTheme fromPalette(const QPalette &palette);
    static LadderTheme forKind(LadderThemeKind kind); // Palette reads QGuiApplication::palette()

    // Colour that marks a segment with these notes/flags; invalid QColor when it is ordinary.
    QColor noteColor(std::uint8_t notes, std::uint16_t flags) const;
};

QString themeKindName(LadderThemeKind kind); // "light", "dark", "palette", "high-contrast"
bool parseThemeKind(const QString &name, LadderThemeKind *kind);

} // namespace tcpladder::ui
