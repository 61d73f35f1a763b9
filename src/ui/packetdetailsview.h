// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace tcpladder::ui {

// Every header field of the selected segment plus a hex dump; the frame is re-read from the file
// by its offset because the index keeps no packet bytes.
class PacketDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit PacketDetailsView(QWidget *parent = nullptr);

    // Shows row `row` of `ladder`, read from the capture at `path`; returns false (and says why
    // in the view) when the frame cannot be read.
    bool showRow(const QString &path, const core::ConnectionLadder &ladder, int row);
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
};

} // namespace tcpladder::ui
