// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace tcpladder::ui {

namespace {

constexpr int ActionNameRole = Qt::UserRole;

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *source, QWidget *parent)
    : QDialog(parent),
      m_source(source)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 480);
    rebuild();
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text = actionText;
    text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)"))); // Chinese style: "视图(&V)"
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

void ShortcutsDialog::rebuild()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("Every command that has a key, as the menus have it now:"));
    m_list->setHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    m_list->clear();
    if (!m_source)
        return;
    QSet<const QAction *> listed;
    auto add = [&](const QString &menu, QAction *action) {
        if (action->isSeparator() || action->shortcuts().isEmpty() || listed.contains(action))
            return;
        listed.insert(action);
        auto *item = new QTreeWidgetItem(m_list, {menu, plainText(action->text()), keysOf(action)});
        item->setData(0, ActionNameRole, action->objectName());
        item->setToolTip(1, action->toolTip());
    };
    // Menu order first, as a student meets the commands; submenus by their path ("View › Language").
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *action : menu->actions()) {
            if (QMenu *sub = action->menu())
                walk(sub, path + QStringLiteral(" › ") + plainText(sub->title()));
            else
                add(path, action);
        }
    };
    if (auto *bar = m_source->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions())
            if (QMenu *menu = top->menu())
                walk(menu, plainText(menu->title()));
    }
    // Actions with a shortcut that no menu shows (a toolbar's, the window's own).
    for (QAction *action : m_source->findChildren<QAction *>())
        add(QString(), action);
    for (int column = 0; column < m_list->columnCount() - 1; ++column)
        m_list->resizeColumnToContents(column);
}

QString ShortcutsDialog::shortcutTextOf(const QString &actionName) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, ActionNameRole).toString() == actionName)
            return item->text(2);
    }
    return {};
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // Queued: the window's actions are retranslated by their own LanguageChange, maybe after ours.
    if (event->type() == QEvent::LanguageChange && m_list)
        QTimer::singleShot(0, this, &ShortcutsDialog::rebuild);
}

} // namespace tcpladder::ui
