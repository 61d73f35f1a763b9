// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmodel.h"

#include "ladderlayout.h"

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace tcpladder::model {

using capture::ConnectionSummary;

namespace {

// Painted rather than loaded so the model library needs no resources and stays theme-neutral.
QIcon markerIcon(ConnectionModel::Problem problem)
{
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const bool reset = problem == ConnectionModel::Problem::Reset;
    p.setBrush(reset ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf0, 0xa0, 0x20));
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
    if (reset) {
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
    } else {
        p.drawLine(QPointF(16, 8), QPointF(16, 18));
        p.drawPoint(QPointF(16, 24));
    }
    p.end();
    return QIcon(QPixmap::fromImage(image));
}

QVariant ipSortKey(const QString &ip, quint16 port)
{
    // Pads numbers so text order equals numeric order for IPv4 and keeps IPv6 after IPv4.
    QString key;
    if (ip.contains(u':')) {
        key = QStringLiteral("6:") + ip;
    } else {
        key = QStringLiteral("4:");
        for (const auto &part : ip.split(u'.'))
            key += part.rightJustified(3, u'0') + u'.';
    }
    return key + QString::number(port).rightJustified(5, u'0');
}

} // namespace

ConnectionModel::ConnectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StreamColumn:
        return tr("Stream");
    case ClientColumn:
        return tr("Client");
    case ServerColumn:
        return tr("Server");
    case HostnameColumn:
        return tr("Hostname");
    case OpenColumn:
        return tr("Open");
    case CloseColumn:
        return tr("Close");
    case SegmentsColumn:
        return tr("Segments");
    case BytesColumn:
        return tr("Bytes");
    case DurationColumn:
        return tr("Duration");
    case StartColumn:
        return tr("Start");
    default:
        return {};
    }
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionSummary &s = m_rows.at(index.row());
    const quint64 bytes = s.bytesClientToServer + s.bytesServerToClient;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StreamColumn:
            return s.stream;
        case ClientColumn:
            return s.client();
        case ServerColumn:
            return s.server();
        case HostnameColumn:
            return s.hostname;
        case OpenColumn:
            return openText(s.open);
        case CloseColumn:
            return closeText(s);
        case SegmentsColumn:
            return QLocale().toString(s.segments);
        case BytesColumn:
            return bytesText(bytes);
        case DurationColumn:
            return QStringLiteral("%1 s").arg(s.duration, 0, 'f', 3);
        case StartColumn:
            return QStringLiteral("%1 s").arg(s.start, 0, 'f', 3);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case StreamColumn:
            return s.stream;
        case ClientColumn:
            return ipSortKey(s.clientIp, s.clientPort);
        case ServerColumn:
            return ipSortKey(s.serverIp, s.serverPort);
        case HostnameColumn:
            return s.hostname.toLower();
        case OpenColumn:
            return static_cast<int>(s.open);
        case CloseColumn:
            return static_cast<int>(s.close);
        case SegmentsColumn:
            return s.segments;
        case BytesColumn:
            return bytes;
        case DurationColumn:
            return s.duration;
        case StartColumn:
            return s.start;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StreamColumn:
        case SegmentsColumn:
        case BytesColumn:
        case DurationColumn:
        case StartColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StreamColumn && problemOf(s) != Problem::None) {
            static const QIcon incomplete = markerIcon(Problem::Incomplete);
            static const QIcon reset = markerIcon(Problem::Reset);
            return problemOf(s) == Problem::Reset ? reset : incomplete;
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == OpenColumn && s.open != core::OpenKind::Complete)
            || (index.column() == CloseColumn && s.close == core::CloseKind::Rst))
            return problemOf(s) == Problem::Reset ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xc0, 0x70, 0x00);
        return {};
    case Qt::ToolTipRole: {
        const QString why = problemText(s);
        if (index.column() == BytesColumn)
            return tr("client → server: %1\nserver → client: %2")
                .arg(bytesText(s.bytesClientToServer), bytesText(s.bytesServerToClient));
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    case StreamRole:
        return s.stream;
    case ProblemRole:
        return static_cast<int>(problemOf(s));
    default:
        return {};
    }
}

void ConnectionModel::applyBatch(const capture::ConnectionBatch &batch)
{
    QList<ConnectionSummary> added;
    int firstChanged = -1;
    int lastChanged = -1;
    for (const auto &s : batch) {
        const auto it = m_rowOfStream.constFind(s.stream);
        if (it == m_rowOfStream.cend()) {
            added.append(s);
            continue;
        }
        m_rows[*it] = s;
        firstChanged = firstChanged < 0 ? *it : std::min(firstChanged, *it);
        lastChanged = std::max(lastChanged, *it);
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.isEmpty())
        return;
    // A batch may repeat a stream, the later summary the newer: a stable sort keeps them in batch
    // order, so the last of each run of equal streams is the one to show.
    std::stable_sort(added.begin(), added.end(), [](const auto &a, const auto &b) { return a.stream < b.stream; });
    const auto isLatest = [&added](qsizetype i) {
        return i + 1 == added.size() || added[i + 1].stream != added[i].stream;
    };
    qsizetype count = 0;
    for (qsizetype i = 0; i < added.size(); ++i)
        count += isLatest(i);
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(count) - 1);
    for (qsizetype i = 0; i < added.size(); ++i) {
        if (!isLatest(i))
            continue;
        m_rowOfStream.insert(added[i].stream, static_cast<int>(m_rows.size()));
        m_rows.append(added[i]);
    }
    endInsertRows();
}

void ConnectionModel::clear()
{
    if (m_rows.isEmpty())
        return;
    // A reset only when a new file replaces the old one, never while a file loads.
    beginResetModel();
    m_rows.clear();
    m_rowOfStream.clear();
    endResetModel();
}

void ConnectionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConnectionModel::rowForStream(quint32 stream) const
{
    return m_rowOfStream.value(stream, -1);
}

ConnectionModel::Problem ConnectionModel::problemOf(const ConnectionSummary &s)
{
    if (s.close == core::CloseKind::Rst)
        return Problem::Reset;
    if (s.open != core::OpenKind::Complete && s.open != core::OpenKind::Simultaneous)
        return Problem::Incomplete;
    if (s.close != core::CloseKind::Fin || s.teardownSegments < 0)
        return Problem::Incomplete;
    return Problem::None;
}

QString ConnectionModel::problemText(const ConnectionSummary &s)
{
    QStringList why;
    if (s.open == core::OpenKind::SynOnly && s.close == core::CloseKind::Rst)
        return tr("Refused: the SYN was answered with a RST (nothing listening on port %1)").arg(s.serverPort);
    switch (s.open) {
    case core::OpenKind::SynOnly:
        why << tr("Handshake incomplete: only the SYN was seen, no SYN-ACK came back");
        break;
    case core::OpenKind::SynSynAck:
        why << tr("Handshake incomplete: SYN and SYN-ACK were seen, but not the final ACK");
        break;
    case core::OpenKind::None:
        why << tr("No handshake: the connection started before the capture");
        break;
    default:
        break;
    }
    switch (s.close) {
    case core::CloseKind::Rst:
        why << tr("Reset: a RST segment ended the connection abruptly");
        break;
    case core::CloseKind::Half:
        why << tr("Teardown incomplete: only the %1 sent a FIN (half-closed)")
                   .arg(s.firstFin == 1 ? tr("server") : tr("client"));
        break;
    case core::CloseKind::None:
        why << tr("No teardown: no FIN or RST was seen (still open when the capture ended)");
        break;
    case core::CloseKind::Fin:
        if (s.teardownSegments < 0)
            why << tr("Teardown incomplete: both sides sent FIN but not both FINs were acknowledged");
        break;
    }
    return why.join(u'\n');
}

QString ConnectionModel::openText(core::OpenKind kind)
{
    switch (kind) {
    case core::OpenKind::Complete:
        return tr("complete");
    case core::OpenKind::SynOnly:
        return tr("SYN only");
    case core::OpenKind::SynSynAck:
        return tr("SYN, SYN-ACK");
    case core::OpenKind::Simultaneous:
        return tr("simultaneous");
    case core::OpenKind::None:
        return tr("none");
    }
    return {};
}

QString ConnectionModel::closeText(const ConnectionSummary &s)
{
    switch (s.close) {
    case core::CloseKind::Fin:
        return s.teardownSegments > 0 ? tr("FIN (%1 segments)").arg(s.teardownSegments) : tr("FIN");
    case core::CloseKind::Half:
        return tr("half (one FIN)");
    case core::CloseKind::Rst:
        return tr("RST");
    case core::CloseKind::None:
        return tr("none");
    }
    return {};
}

QString ConnectionModel::bytesText(quint64 bytes)
{
    // The core's formatter, so the list reads exactly as the ladder's brackets and the CLI.
    return QString::fromStdString(core::formatByteCount(bytes));
}

} // namespace tcpladder::model
