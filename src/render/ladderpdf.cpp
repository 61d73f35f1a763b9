// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderpdf.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace tcpladder::ui {

namespace {

// Landscape, like the screen the ladder was read on; margins small, the ladder has its own.
QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(8, 8, 8, 8),
                       QPageLayout::Millimeter);
}

} // namespace

LadderPdfWriter::LadderPdfWriter(const LadderPainter &painter, const core::LadderLayout &layout)
    : m_painter(painter),
      m_layout(layout)
{
    const QRectF paint = pageLayout().paintRect(QPageLayout::Millimeter);
    m_pageHeight = layout.width() * paint.height() / paint.width();
    // At least one row and its phase title per page, however narrow the page is.
    const double body = std::max(m_pageHeight - layout.headerHeight(), 2.0 * layout.itemHeight());
    m_pages = core::paginateLadder(layout, body);
}

bool LadderPdfWriter::writeTo(const QString &path, const QString &title, QString *error) const
{
    QPdfWriter writer(path);
    writer.setPageLayout(pageLayout());
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("TCP Ladder"));
    QPainter qp;
    if (!qp.begin(&writer)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    const double width = m_layout.width();
    const double scale = writer.pageLayout().paintRectPixels(writer.resolution()).width() / width;
    const double header = m_layout.headerHeight();
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const core::LadderPage &page = m_pages[i];
        if (i > 0)
            writer.newPage();
        qp.save();
        qp.scale(scale, scale);
        qp.fillRect(QRectF(0, 0, width, std::max(m_pageHeight, header + page.bottom - page.top)),
                    m_painter.theme().background);
        m_painter.paintHeader(qp, m_layout);
        // The page's slice, moved up under the header and cut at its row boundaries.
        qp.translate(0, header - page.top);
        const QRectF slice(0, page.top, width, page.bottom - page.top);
        qp.setClipRect(slice);
        m_painter.paint(qp, m_layout, slice);
        qp.restore();
    }
    if (!qp.end()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace tcpladder::ui
