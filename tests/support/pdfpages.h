// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads just enough of a PDF to check an export: its page objects and the size of each page's
// content stream (a blank page's is a few bytes). No PDF library needed.

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

namespace tcpladder::testsupport {

// Compressed size of each page's content stream, in page-object order; one entry per /Type /Page.
inline QList<qsizetype> pdfPageContentSizes(const QByteArray &pdf)
{
    QList<qsizetype> sizes;
    static const QRegularExpression page(QStringLiteral("/Type /Page\\b(?!s)[^>]*?/Contents (\\d+) 0 R"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromLatin1(pdf);
    for (auto it = page.globalMatch(text); it.hasNext();) {
        const QByteArray object = "\n" + it.next().captured(1).toLatin1() + " 0 obj";
        const qsizetype at = pdf.indexOf(object);
        const qsizetype begin = at < 0 ? -1 : pdf.indexOf("stream\n", at);
        const qsizetype end = begin < 0 ? -1 : pdf.indexOf("endstream", begin);
        sizes << (end < 0 ? 0 : end - begin - 7);
    }
    return sizes;
}

} // namespace tcpladder::testsupport
