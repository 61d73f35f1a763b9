// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetdetailsview.h"

#include "framedissector.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tcpladder::ui {

namespace {

constexpr int OffsetRole = Qt::UserRole + 1;
constexpr int LengthRole = Qt::UserRole + 2;
constexpr int ProtocolRole = Qt::UserRole + 3;

int childCount(const QTreeWidget *tree, const QTreeWidgetItem *parent)
{
    return parent ? parent->childCount() : tree->topLevelItemCount();
}

QTreeWidgetItem *childAt(const QTreeWidget *tree, const QTreeWidgetItem *parent, int i)
{
    return parent ? parent->child(i) : tree->topLevelItem(i);
}

void setField(QTreeWidgetItem *item, const FrameField &f)
{
    item->setText(0, f.name);
    item->setText(1, f.value);
    item->setToolTip(1, f.value);
    item->setData(0, OffsetRole, f.offset);
    item->setData(0, LengthRole, f.length);
    item->setData(0, ProtocolRole, f.protocol);
}

void addFields(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<FrameField> &fields)
{
    for (const auto &f : fields) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        setField(item, f);
        addFields(item, tree, f.children);
    }
}

// The same lines, named the same, nested the same: the next frame of the connection, as a rule. A
// top-level line is named after its frame ("Frame 8"), so there its protocol is what must match.
bool sameShape(const QTreeWidget *tree, const QTreeWidgetItem *parent, const QList<FrameField> &fields)
{
    if (childCount(tree, parent) != fields.size())
        return false;
    for (int i = 0; i < fields.size(); ++i) {
        const QTreeWidgetItem *item = childAt(tree, parent, i);
        const bool sameLine =
            parent ? item->text(0) == fields[i].name : item->data(0, ProtocolRole).toString() == fields[i].protocol;
        if (!sameLine || !sameShape(tree, item, fields[i].children))
            return false;
    }
    return true;
}

void updateFields(const QTreeWidget *tree, const QTreeWidgetItem *parent, const QList<FrameField> &fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        QTreeWidgetItem *item = childAt(tree, parent, i);
        setField(item, fields[i]);
        updateFields(tree, item, fields[i].children);
    }
}

// One edit that replaces the whole text: setPlainText() empties the document first, which moves the
// scroll bars to nothing and back, and so repaints them for every frame even when the line count stays.
void replaceText(QPlainTextEdit *edit, const QString &text)
{
    QTextCursor cursor(edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

// The hex dump needs a fixed-width font, at the size the rest of the UI uses (Larger Text).
QFont fixedFont(const QFont &base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF());
    return font;
}

int countItems(QTreeWidgetItem *item)
{
    int n = 1;
    for (int i = 0; i < item->childCount(); ++i)
        n += countItems(item->child(i));
    return n;
}

} // namespace

PacketDetailsView::PacketDetailsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Select an arrow in the ladder to see its headers."), this);
    m_title->setWordWrap(true);
    m_title->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_title);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("packetDetailsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    // Values are never cut off ("window scale not…"): the tree scrolls sideways instead, as the
    // connection list does; the tooltip still shows each whole value.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_hex = new QPlainTextEdit(splitter);
    m_hex->setObjectName(QStringLiteral("hexDump"));
    m_hex->setReadOnly(true);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hex->setFont(fixedFont(font()));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { highlightBytes(current); });
}

bool PacketDetailsView::showFrame(core::SharedLadder ladder, int row, const capture::FrameRead &frame)
{
    if (!ladder || row < 0 || row >= static_cast<int>(ladder->rows.size()) || !frame.error.isEmpty())
        clear();
    if (!ladder || row < 0 || row >= static_cast<int>(ladder->rows.size()))
        return false;
    m_ladder = std::move(ladder);
    m_row = row;
    const core::StreamRow &r = m_ladder->rows[static_cast<std::size_t>(row)];
    if (!frame.error.isEmpty()) {
        m_title->setText(
            tr("Frame %1 could not be read again from the file: %2").arg(r.segment.frame).arg(frame.error));
        return false;
    }
    m_bytes = frame.bytes;
    m_title->setText(tr("Frame %1 — %2 bytes").arg(r.segment.frame).arg(m_bytes.size()));
    const auto fields = dissectFrame(frame.linkType, m_bytes, *m_ladder, r);
    if (sameShape(m_tree, nullptr, fields)) {
        // Moving down a connection: the lines stay, their values change. What the student opened
        // stays open, and the tree's size (so its scroll bars) stays, so only changed text repaints.
        updateFields(m_tree, nullptr, fields);
    } else {
        m_tree->clear();
        m_tree->setUpdatesEnabled(false);
        addFields(nullptr, m_tree, fields);
        // The TCP header is what the ladder is about: open it, keep the rest one click away.
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            auto *item = m_tree->topLevelItem(i);
            item->setExpanded(i == 0 || i == m_tree->topLevelItemCount() - 1);
        }
        m_tree->setUpdatesEnabled(true);
    }
    replaceText(m_hex, hexDump(m_bytes));
    highlightBytes(m_tree->currentItem()); // the same field, in this frame's bytes
    return true;
}

void PacketDetailsView::clear()
{
    m_tree->clear();
    m_hex->clear();
    m_bytes.clear();
    m_ladder.reset();
    m_row = -1;
    m_title->setText(tr("Select an arrow in the ladder to see its headers."));
}

int PacketDetailsView::fieldCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += countItems(m_tree->topLevelItem(i));
    return n;
}

QString PacketDetailsView::hexText() const
{
    return m_hex->toPlainText();
}

void PacketDetailsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_hex)
        m_hex->setFont(fixedFont(font()));
    // The fields themselves are rebuilt by the main window re-showing the row.
    if (event->type() == QEvent::LanguageChange && m_tree) {
        m_tree->setHeaderLabels({tr("Field"), tr("Value")});
        if (m_bytes.empty())
            m_title->setText(tr("Select an arrow in the ladder to see its headers."));
    }
}

void PacketDetailsView::highlightBytes(QTreeWidgetItem *item)
{
    QList<QTextEdit::ExtraSelection> selections;
    const int offset = item ? item->data(0, OffsetRole).toInt() : -1;
    const int length = item ? item->data(0, LengthRole).toInt() : 0;
    if (offset >= 0 && length > 0) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(palette().highlight());
        selection.format.setForeground(palette().highlightedText());
        const int last = std::min(offset + length, static_cast<int>(m_bytes.size())) - 1;
        // One selection per byte keeps the line breaks and the gap after byte 8 unhighlighted.
        for (int i = offset; i <= last; ++i) {
            QTextCursor cursor(m_hex->document());
            cursor.setPosition(hexDumpPosition(i));
            cursor.setPosition(hexDumpPosition(i) + 2, QTextCursor::KeepAnchor);
            selection.cursor = cursor;
            selections << selection;
        }
        QTextCursor first(m_hex->document());
        first.setPosition(hexDumpPosition(offset));
        m_hex->setTextCursor(first);
        m_hex->ensureCursorVisible();
    }
    m_hex->setExtraSelections(selections);
}

} // namespace tcpladder::ui
