// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace InvoiceDesk {

class Ledger;

/**
 * File → Export E-Invoice… (issue 14 item 5): one invoice or credit note as XRechnung UBL,
 * UN/CEFACT CII or a ZUGFeRD/Factur-X PDF (printed with the template chosen, as the CLI's
 * --template), written by EInvoiceFile exactly as the CLI's einvoice writes it. A refusal (an
 * element EN 16931 requires is missing) is shown in the dialog and writes nothing.
 */
class EInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    EInvoiceDialog(Ledger &ledger, const QString &number, QWidget *parent = nullptr);
    QString resultText() const;

public Q_SLOTS:
    /** Writes the file; false (with the reason shown) when it was not written. */
    bool exportNow();

private:
    void browse();
    /** The file name's extension follows the syntax: .xml for the XML ones, .pdf for ZUGFeRD. */
    void matchExtension();
    /** The template applies to ZUGFeRD's PDF only. */
    void enableTemplate();
    QString extension() const;

    Ledger &mLedger;
    QString mNumber;
    QComboBox *mSyntax;
    QComboBox *mTemplate;
    QLineEdit *mPath;
    QLabel *mResult;
};

} // namespace InvoiceDesk
