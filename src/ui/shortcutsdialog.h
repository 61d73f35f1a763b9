// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;
class QLabel;

namespace tcpladder::ui {

// Help › Keyboard Shortcuts: every QAction of a window that has a shortcut, read from the actions
// themselves each time it is shown or the language changes, so the list cannot drift from the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // `source`: the window whose menus and actions are listed.
    explicit ShortcutsDialog(QWidget *source, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The shortcut text listed for the action with this objectName; empty when it is not listed.
    QString shortcutTextOf(const QString &actionName) const;
    // Re-reads the actions (done on show and after a language change).
    void rebuild();

    // "Zoom In", "视图" from "Zoom &In", "视图(&V)", "Open…" → the text without mnemonic and dots.
    static QString plainText(const QString &actionText);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *m_source;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace tcpladder::ui
