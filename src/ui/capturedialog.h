// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livesource.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class CaptureDialog;
}

namespace tcpladder::ui {

// Picks the interface, BPF capture filter, snap length and promiscuous mode for a live capture.
// The filter is compiled by libpcap as the user types, so a typo is caught here and not after Start.
class CaptureDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CaptureDialog(QWidget *parent = nullptr);
    ~CaptureDialog() override;

    core::LiveOptions options() const;

    // For tests and the main window.
    QString selectedInterface() const;
    bool selectInterface(const QString &name);
    QStringList interfaceNames() const;
    void setFilter(const QString &filter);
    bool isFilterValid() const { return m_filterValid; }
    QString filterMessage() const;

    void accept() override;

private:
    void populate();
    void validateFilter();
    // libpcap's error, or the BPF spelling (as a link that applies it) of a display filter typed here.
    QString invalidFilterText(const QString &filter, const QString &pcapError) const;
    void updateStartButton();
    void setAdvancedVisible(bool visible);
    void restoreChoices();
    void saveChoices() const;

    std::unique_ptr<Ui::CaptureDialog> ui;
    std::vector<core::InterfaceInfo> m_interfaces;
    bool m_filterValid = true;
};

} // namespace tcpladder::ui
