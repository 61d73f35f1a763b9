// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"
#include "viewworker.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace tcpladder::ui {

// Every header field of the selected segment plus a hex dump. The index keeps no packet bytes, so
// the frame is read again from the file by its offset, on the ViewWorker's thread: the main window
// asks for it and hands the frame here.
class PacketDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit PacketDetailsView(QWidget *parent = nullptr);

    // Shows row `row` of `ladder` as read from the file; returns false (and says why in the view)
    // when the frame could not be read.
    bool showFrame(core::SharedLadder ladder, int row, const capture::FrameRead &frame);
    // The same connection grown: the row shown stays, the ladder is the one the window now shares.
    void setLadder(core::SharedLadder ladder) { m_ladder = std::move(ladder); }
    const core::SharedLadder &sharedLadder() const { return m_ladder; }
    int shownRow() const { return m_row; } // -1 when nothing is shown
    void clear();
    int fieldCount() const; // all tree lines, for tests
    QTreeWidget *tree() const { return m_tree; }
    QString hexText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void highlightBytes(QTreeWidgetItem *item);

    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_hex = nullptr;
    std::vector<std::uint8_t> m_bytes;
    core::SharedLadder m_ladder;
    int m_row = -1;
};

} // namespace tcpladder::ui
