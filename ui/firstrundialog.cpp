// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"
#include "ui_firstrundialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include <algorithm>

namespace InvoiceDesk {

FirstRunDialog::FirstRunDialog(const QString &companyPath, QWidget *parent)
    : QDialog(parent)
    , mUi(std::make_unique<Ui::FirstRunDialog>())
    , mCompanyPath(companyPath)
    , mSelectedPath(companyPath)
{
    mUi->setupUi(this);
    mUi->text->setText(
        tr("<p>There is no company file at <i>%1</i> yet.</p><p>Create it as an empty company, "
           "look around the demo company first (it is kept in a file of its own, %2, beside "
           "it), or open a company file you already have.</p>")
            .arg(QDir::toNativeSeparators(companyPath).toHtmlEscaped(),
                QFileInfo(demoPathFor(companyPath)).fileName().toHtmlEscaped()));
    connect(
        mUi->empty, &QPushButton::clicked, this, [this] { choose(EmptyCompany, mCompanyPath); });
    connect(mUi->demo, &QPushButton::clicked, this,
        [this] { choose(Demo, demoPathFor(mCompanyPath)); });
    connect(mUi->open, &QPushButton::clicked, this, &FirstRunDialog::chooseExisting);
    connect(mUi->quit, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The window title must fit in the title bar ("Welcome t…nvoiceDesk" was clipped).
    const int titleWidth = fontMetrics().horizontalAdvance(windowTitle());
    setMinimumWidth(std::max(460, titleWidth * 2 + 160));
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::chooseExisting()
{
    const QString path = mChooser ? mChooser()
                                  : QFileDialog::getOpenFileName(this, tr("Open Company File"),
                                      QFileInfo(mCompanyPath).absolutePath(),
                                      tr("InvoiceDesk company files (*.invoicedesk *.db "
                                         "*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        choose(OpenExisting, path);
}

QString FirstRunDialog::demoPathFor(const QString &companyPath)
{
    return QFileInfo(companyPath).absoluteDir().filePath(QStringLiteral("demo.invoicedesk"));
}

void FirstRunDialog::choose(Choice choice, const QString &path)
{
    mChoice = choice;
    mSelectedPath = path;
    accept();
}

CompanyFileChoice chooseCompanyFile(const QString &path, bool demoRequested, bool interactive,
    const std::function<int(FirstRunDialog &)> &run)
{
    if (QFileInfo::exists(path))
        return {path, false, false};
    if (demoRequested)
        return {path, true, false};
    if (!interactive)
        return {path, false, false};
    FirstRunDialog dialog(path);
    const int result = run ? run(dialog) : dialog.exec();
    if (result != QDialog::Accepted)
        return {path, false, true};
    const QString chosen = dialog.selectedPath();
    // The demo file is filled once; opened again later, it keeps what was done in it.
    const bool fill = dialog.choice() == FirstRunDialog::Demo && !QFileInfo::exists(chosen);
    return {chosen, fill, false};
}

} // namespace InvoiceDesk
