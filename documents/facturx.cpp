// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facturx.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace InvoiceDesk {

namespace {

/** The Factur-X 1.0 properties and, as PDF/A requires for a schema it does not know, their
 * description in the pdfaExtension schema. */
const char *const kFacturXSchema
    = R"(<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
<fx:DocumentType>INVOICE</fx:DocumentType>
<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
<fx:Version>1.0</fx:Version>
<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>DocumentFileName</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The name of the embedded XML document</pdfaProperty:description></rdf:li>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>DocumentType</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The type of the hybrid document in capital letters, e.g. INVOICE or ORDER</pdfaProperty:description></rdf:li>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>Version</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The actual version of the standard applying to the embedded XML document</pdfaProperty:description></rdf:li>
<rdf:li rdf:parseType="Resource"><pdfaProperty:name>ConformanceLevel</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The conformance level of the embedded XML document</pdfaProperty:description></rdf:li>
</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
)";

/** A PDF date: D:YYYYMMDDHHmmSS+00'00' (UTC). */
std::string pdfDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'+00''00'''")).toStdString();
}

/** The catalog's XMP metadata stream replaced by `xmp`, uncompressed as PDF/A wants it. */
void replaceMetadata(QPDF &pdf, const QByteArray &xmp)
{
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, xmp.toStdString());
    stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", stream);
}

/** Attaches `cii` as factur-x.xml, the alternative form of the document's content. */
void attachXml(QPDF &pdf, const QByteArray &cii, const QDateTime &when)
{
    auto stream = QPDFEFStreamObjectHelper::createEFStream(pdf, cii.toStdString());
    stream.setSubtype("text/xml").setModDate(pdfDate(when));
    auto spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, FacturX::fileName, stream);
    spec.setDescription("Factur-X invoice (EN 16931, UN/CEFACT CII)");
    QPDFObjectHandle specObject = spec.getObjectHandle();
    specObject.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Alternative"));
    QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(FacturX::fileName, spec);
    QPDFObjectHandle files = QPDFObjectHandle::newArray();
    files.appendItem(specObject);
    pdf.getRoot().replaceKey("/AF", files);
}

} // namespace

QByteArray FacturX::metadata(const QByteArray &xmp)
{
    // Qt writes the part as an attribute; an element would say the same.
    static const QRegularExpression part(
        QStringLiteral("(pdfaid:part=\"|<pdfaid:part>)1(?=\"|</pdfaid:part>)"));
    QString text = QString::fromUtf8(xmp);
    const qsizetype end = text.indexOf(QLatin1String("</rdf:RDF>"));
    const QRegularExpressionMatch found = part.match(text);
    if (end < 0 || !found.hasMatch() || found.capturedEnd() > end)
        return {};
    text.insert(end, QString::fromUtf8(kFacturXSchema));
    text.replace(
        found.capturedStart(), found.capturedLength(), found.captured(1) + QLatin1Char('3'));
    return text.toUtf8();
}

Result<QByteArray> FacturX::attach(
    const QByteArray &pdf, const QByteArray &cii, const QDateTime &when)
{
    const auto failed = [](const QString &why) {
        return Error {
            QCoreApplication::translate("FacturX", "Cannot make the ZUGFeRD/Factur-X PDF: %1")
                .arg(why)};
    };
    try {
        QPDF document;
        document.processMemoryFile("invoice.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle metadata = document.getRoot().getKey("/Metadata");
        if (!metadata.isStream())
            return failed(
                QCoreApplication::translate("FacturX", "the invoice PDF has no XMP metadata"));
        const std::shared_ptr<Buffer> xmp = metadata.getStreamData();
        const QByteArray facturX = FacturX::metadata(QByteArray(
            reinterpret_cast<const char *>(xmp->getBuffer()), qsizetype(xmp->getSize())));
        if (facturX.isEmpty())
            return failed(QCoreApplication::translate("FacturX", "the invoice PDF is no PDF/A-1b"));
        replaceMetadata(document, facturX);
        attachXml(document, cii, when);
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setMinimumPDFVersion("1.7");
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(
            reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return failed(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace InvoiceDesk
