// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturedialog.h"
#include "ui_capturedialog.h"

#include "livepcapapi.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace tcpladder::ui {

namespace {

const auto InterfaceKey = QStringLiteral("capture/interface");
const auto FilterKey = QStringLiteral("capture/filter");
const auto SnapKey = QStringLiteral("capture/snapLength");
const auto PromiscuousKey = QStringLiteral("capture/promiscuous");
const auto AdvancedKey = QStringLiteral("capture/showAdvanced");

// The link type decides which BPF primitives compile; Ethernet is what nearly every device
// (Linux loopback included) delivers, and Linux's "any" pseudo-device uses cooked headers.
int linkTypeFor(const QString &interfaceName)
{
    constexpr int dltEthernet = 1;      // DLT_EN10MB
    constexpr int dltLinuxCooked = 113; // DLT_LINUX_SLL
    return interfaceName == QLatin1String("any") ? dltLinuxCooked : dltEthernet;
}

QString stateText(const core::InterfaceInfo &info)
{
    QStringList parts;
    parts << (info.up ? CaptureDialog::tr("up") : CaptureDialog::tr("down"));
    if (info.running)
        parts << CaptureDialog::tr("running");
    if (info.loopback)
        parts << CaptureDialog::tr("loopback");
    if (info.wireless)
        parts << CaptureDialog::tr("wireless");
    return parts.join(QStringLiteral(", "));
}

// Students copy filters from Wireshark tutorials, which teach display filters; libpcap then only says
// "syntax error". True for the operators and field names that BPF never uses.
bool looksLikeDisplayFilter(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("==|!=|&&|\\|\\||\\b(ip|ipv6|tcp|udp|eth|frame)\\.[a-z]"));
    return pattern.match(filter).hasMatch();
}

// The BPF spelling of the common display-filter terms; the caller lets libpcap judge what is left.
QString bpfEquivalent(QString filter)
{
    struct Rule
    {
        const char *from;
        const char *to;
    };
    static const Rule rules[] = {
        {R"(\bip\.addr\s*(==|\beq\b)\s*)", "host "},
        {R"(\bip\.src\s*(==|\beq\b)\s*)", "src host "},
        {R"(\bip\.dst\s*(==|\beq\b)\s*)", "dst host "},
        {R"(\bipv6\.addr\s*(==|\beq\b)\s*)", "ip6 host "},
        {R"(\bip\.addr\s*(!=|\bne\b)\s*)", "not host "},
        {R"(\b(tcp|udp)\.port\s*(==|\beq\b)\s*)", "\\1 port "},
        {R"(\b(tcp|udp)\.srcport\s*(==|\beq\b)\s*)", "\\1 src port "},
        {R"(\b(tcp|udp)\.dstport\s*(==|\beq\b)\s*)", "\\1 dst port "},
        {R"(\b(tcp|udp)\.port\s*(!=|\bne\b)\s*)", "not \\1 port "},
        {R"(\btcp\.flags\.(syn|fin)\s*==\s*1\b)", "tcp[tcpflags] & tcp-\\1 != 0"},
        {R"(\btcp\.flags\.reset\s*==\s*1\b)", "tcp[tcpflags] & tcp-rst != 0"},
        {R"(\s*&&\s*)", " and "},
        {R"(\s*\|\|\s*)", " or "},
        {R"(!(?!=)\s*)", "not "},
    };
    for (const Rule &rule : rules)
        filter.replace(QRegularExpression(QString::fromLatin1(rule.from)), QString::fromLatin1(rule.to));
    return filter.simplified();
}

} // namespace

CaptureDialog::CaptureDialog(QWidget *parent)
    : QDialog(parent),
      ui(std::make_unique<Ui::CaptureDialog>())
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    ui->interfaceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->interfaceTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CaptureDialog::accept);
    connect(ui->filterEdit, &QLineEdit::textChanged, this, &CaptureDialog::validateFilter);
    connect(ui->interfaceTable, &QTableWidget::itemSelectionChanged, this, [this] {
        validateFilter(); // the link type, and with it what the filter may say, depends on the device
    });
    connect(ui->interfaceTable, &QTableWidget::itemDoubleClicked, this, [this] {
        if (ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    ui->filterMessage->setTextFormat(Qt::RichText);
    ui->filterMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(ui->filterMessage, &QLabel::linkActivated, this,
            [this](const QString &link) { setFilter(QUrl::fromPercentEncoding(link.toLatin1())); });
    connect(ui->advancedToggle, &QToolButton::toggled, this, &CaptureDialog::setAdvancedVisible);
    populate();
    restoreChoices();
    validateFilter();
}

CaptureDialog::~CaptureDialog() = default;

void CaptureDialog::populate()
{
    std::string error;
    ui->interfaceError->setTextFormat(Qt::RichText);
    ui->interfaceError->setOpenExternalLinks(true);
    if (!core::listInterfaces(m_interfaces, error)) {
        // Npcap missing is the one error every Windows student meets first: say it in their language.
        ui->interfaceError->setText(
            error == core::kNpcapMissingMessage
                ? tr("Live capture needs Npcap, which is not installed: download it from "
                     "<a href=\"https://npcap.com\">https://npcap.com</a> and run its installer (the defaults are "
                     "fine). Opening capture files works without it.")
                : QString::fromStdString(error).toHtmlEscaped());
        ui->interfaceError->show();
        return;
    }
    if (m_interfaces.empty()) {
        ui->interfaceError->setText(tr("libpcap found no capture interfaces. On Linux, capturing needs the "
                                       "cap_net_raw capability (see the README); on Windows, Npcap."));
        ui->interfaceError->show();
    } else {
        ui->interfaceError->hide();
    }
    ui->interfaceTable->setRowCount(static_cast<int>(m_interfaces.size()));
    for (int row = 0; row < static_cast<int>(m_interfaces.size()); ++row) {
        const auto &info = m_interfaces[static_cast<std::size_t>(row)];
        QStringList addresses;
        for (const auto &a : info.addresses)
            addresses << QString::fromStdString(a);
        const QStringList cells{QString::fromStdString(info.name), QString::fromStdString(info.description),
                                stateText(info), addresses.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            // A device that is down stays listed (it may come up) but reads as unavailable.
            if (!info.up)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            ui->interfaceTable->setItem(row, column, item);
        }
    }
    ui->interfaceTable->resizeColumnsToContents();
    ui->interfaceTable->setColumnWidth(1, std::min(ui->interfaceTable->columnWidth(1), 280));
}

QStringList CaptureDialog::interfaceNames() const
{
    QStringList names;
    for (const auto &info : m_interfaces)
        names << QString::fromStdString(info.name);
    return names;
}

QString CaptureDialog::selectedInterface() const
{
    const auto rows = ui->interfaceTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return ui->interfaceTable->item(rows.first().row(), 0)->text();
}

bool CaptureDialog::selectInterface(const QString &name)
{
    const int row = static_cast<int>(interfaceNames().indexOf(name));
    if (row < 0)
        return false;
    ui->interfaceTable->selectRow(row);
    ui->interfaceTable->scrollToItem(ui->interfaceTable->item(row, 0));
    return true;
}

void CaptureDialog::setFilter(const QString &filter)
{
    ui->filterEdit->setText(filter);
}

QString CaptureDialog::filterMessage() const
{
    return ui->filterMessage->text();
}

void CaptureDialog::validateFilter()
{
    const QString filter = ui->filterEdit->text().trimmed();
    std::string error;
    m_filterValid = core::validateCaptureFilter(filter.toStdString(), linkTypeFor(selectedInterface()), error);
    // Tinted, not saturated, so the text stays readable on light and dark themes alike.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QPalette p = palette();
    if (!filter.isEmpty()) {
        const QColor good = dark ? QColor(0x1f, 0x4d, 0x2a) : QColor(0xd9, 0xf7, 0xdf);
        const QColor bad = dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xd8, 0xd8);
        p.setColor(QPalette::Base, m_filterValid ? good : bad);
    }
    ui->filterEdit->setPalette(p);
    ui->filterEdit->setProperty("filterState", filter.isEmpty() ? "empty" : m_filterValid ? "valid" : "invalid");
    if (m_filterValid)
        ui->filterMessage->setText(filter.isEmpty() ? tr("No filter: every packet on the interface is captured.")
                                                    : tr("Valid capture filter."));
    else
        ui->filterMessage->setText(invalidFilterText(filter, QString::fromStdString(error)));
    QPalette messagePalette = ui->filterMessage->palette();
    messagePalette.setColor(QPalette::WindowText,
                            m_filterValid ? palette().color(QPalette::WindowText)
                                          : (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20)));
    ui->filterMessage->setPalette(messagePalette);
    updateStartButton();
}

QString CaptureDialog::invalidFilterText(const QString &filter, const QString &pcapError) const
{
    if (!looksLikeDisplayFilter(filter))
        return pcapError.toHtmlEscaped();
    std::string ignored;
    const QString bpf = bpfEquivalent(filter);
    if (bpf.isEmpty() || !core::validateCaptureFilter(bpf.toStdString(), linkTypeFor(selectedInterface()), ignored))
        return tr("This looks like a Wireshark display filter. Capture filters use BPF syntax, for example "
                  "“host 127.0.0.1” or “tcp port 80”.");
    return tr("This looks like a Wireshark display filter. Capture filters use BPF syntax: "
              "<a href=\"%1\">use “%2”</a>.")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(bpf)), bpf.toHtmlEscaped());
}

void CaptureDialog::updateStartButton()
{
    QPushButton *start = ui->buttonBox->button(QDialogButtonBox::Ok);
    start->setEnabled(m_filterValid && !selectedInterface().isEmpty());
    start->setToolTip(!m_filterValid                      ? tr("Fix the capture filter first")
                          : selectedInterface().isEmpty() ? tr("Pick an interface first")
                                                          : QString());
}

void CaptureDialog::setAdvancedVisible(bool visible)
{
    ui->advancedPanel->setVisible(visible);
    ui->advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (ui->advancedToggle->isChecked() != visible)
        ui->advancedToggle->setChecked(visible);
}

core::LiveOptions CaptureDialog::options() const
{
    core::LiveOptions options;
    options.interfaceName = selectedInterface().toStdString();
    options.filter = ui->filterEdit->text().trimmed().toStdString();
    options.snapLength = ui->snapLength->value();
    options.promiscuous = ui->promiscuous->isChecked();
    return options;
}

void CaptureDialog::restoreChoices()
{
    const QSettings settings;
    QString last = settings.value(InterfaceKey).toString();
    if (!selectInterface(last)) {
        // First time: the first interface that is up and not loopback is most likely the WLAN.
        for (const auto &info : m_interfaces) {
            if (info.up && info.running && !info.loopback && info.name != "any") {
                last = QString::fromStdString(info.name);
                break;
            }
        }
        if (!selectInterface(last) && !m_interfaces.empty())
            ui->interfaceTable->selectRow(0);
    }
    ui->filterEdit->setText(settings.value(FilterKey).toString());
    ui->snapLength->setValue(settings.value(SnapKey, core::LiveOptions().snapLength).toInt());
    ui->promiscuous->setChecked(settings.value(PromiscuousKey, false).toBool());
    setAdvancedVisible(settings.value(AdvancedKey, false).toBool());
}

void CaptureDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(InterfaceKey, selectedInterface());
    settings.setValue(FilterKey, ui->filterEdit->text().trimmed());
    settings.setValue(SnapKey, ui->snapLength->value());
    settings.setValue(PromiscuousKey, ui->promiscuous->isChecked());
    settings.setValue(AdvancedKey, ui->advancedToggle->isChecked());
}

void CaptureDialog::accept()
{
    if (!m_filterValid || selectedInterface().isEmpty())
        return;
    saveChoices();
    QDialog::accept();
}

} // namespace tcpladder::ui
