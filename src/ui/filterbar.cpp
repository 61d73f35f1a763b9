// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tcpladder::ui {

namespace {
// Wireshark's own filter colours, so the tutorial's screenshots and ours agree.
const QColor ValidColour(0xaf, 0xff, 0xaf);
const QColor InvalidColour(0xff, 0xaf, 0xaf);
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("displayFilterEdit"));
    m_edit->setClearButtonEnabled(true);
    retranslate();
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("displayFilterError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);
    connect(m_edit, &QLineEdit::textChanged, this, &FilterBar::compile);
}

FilterBar::~FilterBar() = default;

void FilterBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Display filter, e.g. ip.addr == 192.0.2.80 && tcp.flags.syn == 1"));
    m_edit->setToolTip(tr("Wireshark display-filter syntax: ip.addr, ip.src, ip.dst, ipv6.addr, tcp.port, "
                          "tcp.srcport, tcp.dstport, tcp.stream, tcp.flags.syn/fin/reset, host; "
                          "== != eq ne, and && or || not !, parentheses"));
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_edit) {
        retranslate();
        if (m_state == State::Invalid)
            compile(); // rebuilds the error line, which is a tr() text too
    }
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void FilterBar::compile()
{
    const QByteArray utf8 = m_edit->text().toUtf8();
    core::FilterError error;
    auto filter =
        core::DisplayFilter::compile(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), error);
    if (!filter) {
        m_state = State::Invalid;
        m_error = error;
        // The core's wording in the reader's language; its arguments (the typed text) stay as typed.
        const QString wording = QCoreApplication::translate("FilterError", core::filterErrorText(error.code));
        m_errorText = tr("column %1: %2")
                          .arg(error.position + 1)
                          .arg(QString::fromStdString(core::fillFilterError(wording.toStdString(), error)));
        // The expression again with the offending part marked, so the column is seen, not counted.
        const QString text = m_edit->text();
        const auto start =
            static_cast<qsizetype>(std::min<std::size_t>(error.position, static_cast<std::size_t>(text.size())));
        const auto length = static_cast<qsizetype>(std::max<std::size_t>(1, error.length));
        const QString marked = text.left(start).toHtmlEscaped()
            + QStringLiteral("<span style=\"background:#ffafaf;text-decoration:underline\">")
            + (start < text.size() ? text.mid(start, length).toHtmlEscaped() : QStringLiteral("&nbsp;"))
            + QStringLiteral("</span>") + text.mid(start + length).toHtmlEscaped();
        m_errorLabel->setText(QStringLiteral("<code>%1</code><br>%2").arg(marked, m_errorText.toHtmlEscaped()));
        m_errorLabel->show();
        applyColours();
        return;
    }
    m_error = {};
    m_errorText.clear();
    m_errorLabel->hide();
    m_state = filter->isEmpty() ? State::Empty : State::Valid;
    applyColours();
    emit filterChanged(m_state == State::Empty ? nullptr
                                               : std::make_shared<const core::DisplayFilter>(std::move(*filter)));
}

void FilterBar::applyColours()
{
    if (m_state == State::Empty) {
        m_edit->setStyleSheet(QString());
        return;
    }
    const QColor &base = m_state == State::Valid ? ValidColour : InvalidColour;
    // Black text: the pale green/red backgrounds stay readable in a dark desktop theme as well.
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { background: %1; color: black; }").arg(base.name()));
}

} // namespace tcpladder::ui
