// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace InvoiceDesk {

FirstRunDialog::FirstRunDialog(const QString &companyPath, QWidget *parent)
    : QDialog(parent)
    , mCompanyPath(companyPath)
    , mSelectedPath(companyPath)
{
    setObjectName(QStringLiteral("firstRun"));
    setWindowTitle(tr("Welcome to InvoiceDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("<p>There is no company file at <i>%1</i> yet.</p><p>Create it as an empty company, "
           "look around the demo company first (it is kept in a file of its own, %2, beside "
           "it), or open a company file you already have.</p>")
            .arg(QDir::toNativeSeparators(companyPath).toHtmlEscaped(),
                QFileInfo(demoPathFor(companyPath)).fileName().toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *empty = new QPushButton(tr("Create an &Empty Company File"), this);
    auto *demo = new QPushButton(tr("Open the &Demo Company"), this);
    auto *open = new QPushButton(tr("&Open an Existing File…"), this);
    empty->setObjectName(QStringLiteral("empty"));
    demo->setObjectName(QStringLiteral("demo"));
    open->setObjectName(QStringLiteral("open"));
    empty->setDefault(true); // demo data only on request
    for (QPushButton *button : {empty, demo, open})
        layout->addWidget(button);
    auto *quit = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(quit);
    connect(empty, &QPushButton::clicked, this, [this] { choose(EmptyCompany, mCompanyPath); });
    connect(demo, &QPushButton::clicked, this, [this] { choose(Demo, demoPathFor(mCompanyPath)); });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = mChooser ? mChooser()
                                      : QFileDialog::getOpenFileName(this, tr("Open Company File"),
                                          QFileInfo(mCompanyPath).absolutePath(),
                                          tr("InvoiceDesk company files (*.invoicedesk *.db "
                                             "*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            choose(OpenExisting, path);
    });
    connect(quit, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The window title must fit in the title bar ("Welcome t…nvoiceDesk" was clipped).
    const int titleWidth = fontMetrics().horizontalAdvance(windowTitle());
    setMinimumWidth(std::max(460, titleWidth * 2 + 160));
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
