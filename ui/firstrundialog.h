// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace InvoiceDesk {

namespace Ui {
class FirstRunDialog;
}

/**
 * Shown for every company file that does not exist yet, wherever its path came from (the
 * default, --db or INVOICEDESK_DB; issue 10): create it empty, look around the demo company
 * (kept in a file of its own beside it, so demo data never lands in a real company), or open
 * a file that already exists. Demo data comes only on request.
 */
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { EmptyCompany, Demo, OpenExisting };

    explicit FirstRunDialog(const QString &companyPath, QWidget *parent = nullptr);
    ~FirstRunDialog() override;
    Choice choice() const { return mChoice; }
    /** The file to open for the choice made. */
    QString selectedPath() const { return mSelectedPath; }
    /** Where the demo company is kept: demo.invoicedesk beside the company file. */
    static QString demoPathFor(const QString &companyPath);

    /** Replaces the file dialog of "Open an Existing File…" (tests). */
    void setFileChooser(std::function<QString()> chooser) { mChooser = std::move(chooser); }

private:
    void choose(Choice choice, const QString &path);
    void chooseExisting();

    std::unique_ptr<Ui::FirstRunDialog> mUi;
    QString mCompanyPath;
    Choice mChoice = EmptyCompany;
    QString mSelectedPath;
    std::function<QString()> mChooser;
};

/** What to open at start, and whether to fill it with the demo company first. */
struct CompanyFileChoice
{
    QString path;
    bool fillDemo = false;
    bool cancelled = false;
};

/**
 * Decides the company file to open at start. An existing file opens as it is. A new one is
 * filled with the demo company only when `demoRequested` (--demo); otherwise, when
 * `interactive`, FirstRunDialog asks (`run` shows it: exec() unless a test drives it), and a
 * non-interactive start (--screenshot) creates it empty.
 */
CompanyFileChoice chooseCompanyFile(const QString &path, bool demoRequested, bool interactive,
    const std::function<int(FirstRunDialog &)> &run = {});

} // namespace InvoiceDesk
