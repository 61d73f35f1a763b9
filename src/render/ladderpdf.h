// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderpages.h"
#include "ladderpainter.h"

#include <QString>

#include <vector>

namespace tcpladder::ui {

// A long ladder as a PDF: one landscape A4 page per screenful, pages breaking between rows, the
// header with the lifeline names drawn again at the top of every page. (A 479-segment ladder is a
// 1200 × 23673 PNG, which common viewers refuse.)
class LadderPdfWriter
{
public:
    LadderPdfWriter(const LadderPainter &painter, const core::LadderLayout &layout);

    // The pages writeTo() will produce.
    const std::vector<core::LadderPage> &pages() const { return m_pages; }

    // On failure returns false and sets *error to one line fit for a status bar or stderr.
    bool writeTo(const QString &path, const QString &title, QString *error) const;

private:
    const LadderPainter &m_painter;
    const core::LadderLayout &m_layout;
    double m_pageHeight = 0; // in layout units, header included
    std::vector<core::LadderPage> m_pages;
};

} // namespace tcpladder::ui
