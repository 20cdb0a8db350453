// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementreader.h"
#include "camtreader.h"
#include "mt940reader.h"
#include "ofxreader.h"

#include <QCoreApplication>
#include <QFile>

namespace InvoiceDesk::StatementReader {

StatementFormat detect(const QByteArray &head)
{
    if (CamtReader::recognises(head)) {
        if (head.contains("BkToCstmrAcctRpt") || head.contains("camt.052"))
            return StatementFormat::Camt052;
        if (head.contains("BkToCstmrDbtCdtNtfctn") || head.contains("camt.054"))
            return StatementFormat::Camt054;
        return StatementFormat::Camt053;
    }
    if (OfxReader::recognises(head))
        return StatementFormat::Ofx;
    if (Mt940Reader::recognises(head))
        return StatementFormat::Mt940;
    return StatementFormat::Csv;
}

StatementParse readBytes(const QByteArray &bytes)
{
    switch (detect(bytes.left(1 << 16))) {
    case StatementFormat::Camt052:
    case StatementFormat::Camt053:
    case StatementFormat::Camt054:
        return CamtReader::read(bytes);
    case StatementFormat::Ofx:
        return OfxReader::read(bytes);
    case StatementFormat::Mt940:
        return Mt940Reader::read(bytes);
    case StatementFormat::Csv:
        break;
    }
    StatementParse failed;
    failed.issues.append({0, {}, {},
        QCoreApplication::translate(
            "StatementReader", "this is not a CAMT, MT940 or OFX statement")});
    return failed;
}

StatementParse read(const QString &path, const BankCsvOptions &csv)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        StatementParse failed;
        failed.issues.append({0, {}, {},
            QCoreApplication::translate("StatementReader", "Cannot read %1: %2")
                .arg(path, file.errorString())});
        return failed;
    }
    const StatementFormat format = detect(file.peek(1 << 16));
    if (format == StatementFormat::Csv) {
        file.close();
        return BankCsvReader::read(path, csv);
    }
    return readBytes(file.readAll());
}

} // namespace InvoiceDesk::StatementReader
