// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturestatusbar.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace tcpladder::ui {

namespace {

constexpr int ProgressSteps = 1000;

QLabel *newLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName)); // tests find the labels by name
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

CaptureStatusBar::CaptureStatusBar(QWidget *parent)
    : QStatusBar(parent),
      m_fileLabel(newLabel("fileStatusLabel", this)),
      m_framesLabel(newLabel("framesStatusLabel", this)),
      m_connectionsLabel(newLabel("connectionsStatusLabel", this)),
      m_captureLabel(newLabel("captureStatusLabel", this)),
      m_progress(new QProgressBar(this)),
      m_cancelButton(new QPushButton(this))
{
    m_progress->setRange(0, ProgressSteps);
    m_progress->setMaximumWidth(220);
    connect(m_cancelButton, &QPushButton::clicked, this, &CaptureStatusBar::cancelRequested);
    addWidget(m_fileLabel, 1);
    addPermanentWidget(m_framesLabel);
    addPermanentWidget(m_connectionsLabel);
    addPermanentWidget(m_captureLabel);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancelButton);
    m_captureLabel->hide();
    hideProgress();
    retranslate();
}

void CaptureStatusBar::setFileText(TextMaker make)
{
    setLabel(m_fileLabel, std::move(make));
}

QString CaptureStatusBar::fileText() const
{
    return m_fileLabel->text();
}

void CaptureStatusBar::setFrameCounts(quint64 frames, quint64 tcpSegments)
{
    setLabel(m_framesLabel, [frames, tcpSegments] {
        return tr("%1 frames, %2 TCP segments").arg(QLocale().toString(frames), QLocale().toString(tcpSegments));
    });
}

void CaptureStatusBar::clearFrameCounts()
{
    setLabel(m_framesLabel, {});
}

void CaptureStatusBar::setConnectionCounts(int total, int shown)
{
    setLabel(m_connectionsLabel, [total, shown] {
        return shown == total ? tr("%n connection(s)", nullptr, total)
                              : tr("%1 of %n connection(s)", nullptr, total).arg(shown);
    });
}

void CaptureStatusBar::setCaptureText(TextMaker make, TextMaker makeToolTip)
{
    m_captureToolTip = std::move(makeToolTip);
    m_captureLabel->setToolTip(m_captureToolTip ? m_captureToolTip() : QString());
    m_captureLabel->setVisible(bool(make));
    setLabel(m_captureLabel, std::move(make));
}

void CaptureStatusBar::hideCaptureText()
{
    setCaptureText({});
}

QString CaptureStatusBar::captureText() const
{
    return m_captureLabel->isHidden() ? QString() : m_captureLabel->text();
}

void CaptureStatusBar::showProgress()
{
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
}

void CaptureStatusBar::setProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progress->setValue(static_cast<int>(done * ProgressSteps / total));
}

void CaptureStatusBar::hideProgress()
{
    m_progress->hide();
    m_cancelButton->hide();
}

void CaptureStatusBar::setLabel(QLabel *label, TextMaker make)
{
    if (make) {
        label->setText(make());
        m_makers.emplace(label, std::move(make)); // QHash::insert() would copy it
    } else {
        label->clear();
        m_makers.remove(label);
    }
}

void CaptureStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStatusBar::changeEvent(event);
}

void CaptureStatusBar::retranslate()
{
    for (auto it = m_makers.cbegin(); it != m_makers.cend(); ++it)
        it.key()->setText(it.value()());
    if (m_captureToolTip)
        m_captureLabel->setToolTip(m_captureToolTip());
    m_progress->setFormat(tr("Loading… %p%"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading; what was read so far stays"));
}

} // namespace tcpladder::ui
