// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ofxreader.h"
#include "bankaccount.h"
#include "textencoding.h"

#include <QBuffer>
#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

constexpr int kMaxDepth = 64;

/** One element: its name, its text when it is a leaf, its children (indexes into the tree). */
struct Node
{
    QString name;
    QString value;
    QList<int> children;
    int line = 0;
};

/** &amp; &lt; &gt; &quot; &apos; &nbsp; and numeric references. */
QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype end
            = text.at(i) == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i) : -1;
        if (end < 0 || end - i > 10) {
            out.append(text.at(i));
            continue;
        }
        const QStringView name = text.mid(i + 1, end - i - 1);
        static const std::pair<const char *, char16_t> named[] = {{"amp", u'&'}, {"lt", u'<'},
            {"gt", u'>'}, {"quot", u'"'}, {"apos", u'\''}, {"nbsp", u' '}};
        bool done = false;
        for (const auto &[entity, character] : named) {
            if (name == QLatin1String(entity)) {
                out.append(QChar(character));
                done = true;
            }
        }
        if (!done && name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code < 0x110000 && !(code >= 0xD800 && code < 0xE000)) {
                const char32_t c = code;
                out.append(QString::fromUcs4(&c, 1));
                done = true;
            }
        }
        if (!done) {
            out.append(text.at(i));
            continue;
        }
        i = end;
    }
    return out;
}

/**
 * The aggregates of the banking messages: an SGML element that is none of them and has no text
 * (an empty leaf, <NAME> directly followed by <MEMO>) is closed by the next tag.
 */
bool isAggregate(QStringView name)
{
    static const char *const names[] = {"OFX", "SONRS", "STATUS", "FI", "BANKACCTFROM",
        "BANKACCTTO", "CCACCTFROM", "CCACCTTO", "BANKTRANLIST", "STMTTRN", "LEDGERBAL", "AVAILBAL",
        "PAYEE", "CURRENCY", "ORIGCURRENCY", "BALLIST", "BAL", "STMTENDRS", "INVSTMTRS"};
    for (const char *aggregate : names) {
        if (name == QLatin1String(aggregate))
            return true;
    }
    return name.endsWith(QLatin1String("RS")) || name.endsWith(QLatin1String("RQ"))
        || name.endsWith(QLatin1String("V1")) || name.endsWith(QLatin1String("V2"));
}

/** Builds the element tree of SGML (v1) or XML (v2) OFX; leaves may lack their end tags. */
class TreeBuilder
{
public:
    explicit TreeBuilder(const QString &text)
        : mText(text)
    {
    }
    /** The tree, root first; an error when the markup is broken. */
    Result<QList<Node>> build();

private:
    void text(qsizetype from, qsizetype to);
    Status tag(qsizetype from, qsizetype to);
    int lineAt(qsizetype position);

    const QString &mText;
    QList<Node> mNodes;
    QList<int> mStack;
    bool mLeafOpen = false;
    qsizetype mLinePosition = 0;
    int mLine = 1;
};

int TreeBuilder::lineAt(qsizetype position)
{
    for (; mLinePosition < position; ++mLinePosition) {
        if (mText.at(mLinePosition) == QLatin1Char('\n'))
            ++mLine;
    }
    return mLine;
}

Result<QList<Node>> TreeBuilder::build()
{
    const qsizetype start = mText.indexOf(QLatin1String("<OFX>"), 0, Qt::CaseInsensitive);
    if (start < 0)
        return Error {QCoreApplication::translate("OfxReader", "there is no <OFX> element")};
    mNodes.append({QStringLiteral("#root"), {}, {}, 0});
    mStack.append(0);
    qsizetype at = start;
    while (at < mText.size()) {
        const qsizetype open = mText.indexOf(QLatin1Char('<'), at);
        if (open < 0) {
            text(at, mText.size());
            break;
        }
        text(at, open);
        const qsizetype close = mText.indexOf(QLatin1Char('>'), open);
        if (close < 0)
            return Error {
                QCoreApplication::translate("OfxReader", "line %1: a tag is not closed with >")
                    .arg(lineAt(open))};
        if (auto s = tag(open + 1, close); !s)
            return Error {s.error()};
        at = close + 1;
    }
    // Only a leaf may lack its end tag: an element still open that holds others means the
    // file ends inside it, cut short, and its last transactions may be missing.
    for (qsizetype i = mStack.size() - 1; i > 0; --i) {
        const Node &open = mNodes.at(mStack.at(i));
        if (!open.children.isEmpty() || isAggregate(open.name))
            return Error {QCoreApplication::translate("OfxReader",
                "the file ends inside <%1> (opened on line %2) without its </%1>: it is cut "
                "short or damaged; nothing was imported")
                              .arg(open.name)
                              .arg(open.line)};
    }
    return mNodes;
}

void TreeBuilder::text(qsizetype from, qsizetype to)
{
    const QStringView value = QStringView(mText).mid(from, to - from).trimmed();
    if (value.isEmpty() || mStack.size() < 2)
        return;
    Node &top = mNodes[mStack.last()];
    if (top.children.isEmpty()) {
        top.value += decodeEntities(value);
        mLeafOpen = true;
    }
}

Status TreeBuilder::tag(qsizetype from, qsizetype to)
{
    const QStringView inner = QStringView(mText).mid(from, to - from).trimmed();
    if (inner.startsWith(QLatin1Char('?')) || inner.startsWith(QLatin1Char('!')))
        return {}; // processing instructions and comments
    const bool closing = inner.startsWith(QLatin1Char('/'));
    const bool empty = inner.endsWith(QLatin1Char('/'));
    QString name = inner.mid(closing ? 1 : 0, inner.size() - (closing ? 1 : 0) - (empty ? 1 : 0))
                       .trimmed()
                       .toString()
                       .toUpper();
    name = name.section(QLatin1Char(' '), 0, 0);
    if (name.isEmpty())
        return Error {
            QCoreApplication::translate("OfxReader", "line %1: an empty tag").arg(lineAt(from))};
    if (closing) {
        // An SGML leaf is closed by the next tag; an end tag closes what is open down to it.
        const qsizetype found = [&] {
            for (qsizetype i = mStack.size() - 1; i > 0; --i) {
                if (mNodes.at(mStack.at(i)).name == name)
                    return i;
            }
            return qsizetype(-1);
        }();
        if (found > 0)
            mStack.resize(found);
        mLeafOpen = false;
        return {};
    }
    const Node &top = mNodes.at(mStack.last());
    const bool emptyLeaf = mStack.size() > 1 && top.children.isEmpty() && top.value.isEmpty()
        && !isAggregate(top.name);
    if (mLeafOpen || emptyLeaf) {
        mStack.removeLast();
        mLeafOpen = false;
    }
    if (mStack.size() > kMaxDepth)
        return Error {
            QCoreApplication::translate("OfxReader", "line %1: the elements are nested too deeply")
                .arg(lineAt(from))};
    const int index = int(mNodes.size());
    mNodes.append({name, {}, {}, lineAt(from)});
    mNodes[mStack.last()].children.append(index);
    if (!empty)
        mStack.append(index);
    return {};
}

/** An OFX amount: "-12.00", "+300.00", "1,250.00" (a thousands comma), "12,50" (a decimal comma).
 */
Result<qint64> ofxAmount(const QString &text, const Currency &currency)
{
    const bool point = text.contains(QLatin1Char('.'));
    const bool comma = text.contains(QLatin1Char(','));
    if (point && comma)
        return parseStatementAmount(QString(text).remove(QLatin1Char(',')), currency);
    return parseStatementAmount(text, currency, comma ? QLatin1Char(',') : QLatin1Char('.'));
}

/** Walks the tree of one file into statements. */
class Reader
{
public:
    explicit Reader(const QList<Node> &nodes)
        : mNodes(nodes)
    {
    }
    StatementParse run();

private:
    const Node *child(const Node &node, const char *name) const;
    QString value(const Node &node, const char *path) const;
    void readStatement(const Node &statement);
    void readLine(Statement &statement, const Node &transaction);
    QDate date(const Node &node, const char *field, bool required);
    void issue(const Node &node, const char *field, const QString &value, const QString &reason)
    {
        mResult.issues.append({node.line, QLatin1String(field), value, reason});
    }

    const QList<Node> &mNodes;
    StatementParse mResult;
};

const Node *Reader::child(const Node &node, const char *name) const
{
    for (int index : node.children) {
        if (mNodes.at(index).name == QLatin1String(name))
            return &mNodes.at(index);
    }
    return nullptr;
}

QString Reader::value(const Node &node, const char *path) const
{
    const Node *current = &node;
    for (const QByteArray &part : QByteArray(path).split('/')) {
        current = child(*current, part.constData());
        if (!current)
            return {};
    }
    return current->value.trimmed();
}

StatementParse Reader::run()
{
    for (const Node &node : mNodes) {
        if (node.name == QLatin1String("STMTRS") || node.name == QLatin1String("CCSTMTRS"))
            readStatement(node);
    }
    if (mResult.issues.isEmpty() && mResult.statements.isEmpty())
        mResult.issues.append({0, {}, {},
            QCoreApplication::translate("OfxReader",
                "the file holds no bank or credit card statement (no STMTRS or CCSTMTRS)")});
    return mResult;
}

QDate Reader::date(const Node &node, const char *field, bool required)
{
    const QString text = value(node, field);
    // YYYYMMDD[HHMMSS[.XXX][[offset:TZ]]]: the day as the bank wrote it.
    const QDate result
        = text.size() >= 8 ? QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")) : QDate();
    if (!result.isValid() && (required || !text.isEmpty()))
        issue(node, field, text,
            QCoreApplication::translate("OfxReader", "is not a date in the form YYYYMMDD"));
    return result;
}

void Reader::readStatement(const Node &node)
{
    Statement statement;
    statement.format = StatementFormat::Ofx;
    statement.sourceLine = node.line;
    const QString code = value(node, "CURDEF");
    const auto currency = Currency::fromCode(code);
    if (!currency) {
        issue(node, "CURDEF", code,
            QCoreApplication::translate("OfxReader", "is not a currency code"));
        return;
    }
    statement.currency = *currency;
    const QString account = node.name == QLatin1String("CCSTMTRS")
        ? value(node, "CCACCTFROM/ACCTID")
        : value(node, "BANKACCTFROM/ACCTID");
    statement.accountIdentifier = normaliseAccountIdentifier(account);
    if (const Node *list = child(node, "BANKTRANLIST")) {
        statement.fromDate = date(*list, "DTSTART", false);
        statement.toDate = date(*list, "DTEND", false);
        for (int index : list->children) {
            if (mNodes.at(index).name == QLatin1String("STMTTRN"))
                readLine(statement, mNodes.at(index));
        }
    }
    if (const Node *ledger = child(node, "LEDGERBAL")) {
        const QString text = value(*ledger, "BALAMT");
        const bool comma = text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('.'));
        auto amount = parseStatementAmount(
            text, statement.currency, comma ? QLatin1Char(',') : QLatin1Char('.'));
        if (!amount)
            issue(*ledger, "BALAMT", text, amount.error());
        else
            statement.closing = StatementBalance {*amount, date(*ledger, "DTASOF", false)};
        statement.closingLine = ledger->line;
    }
    if (!statement.fromDate.isValid() || !statement.toDate.isValid()) {
        const QDate from = statement.fromDate;
        const QDate to = statement.toDate;
        statement.fillPeriodFromLines();
        if (from.isValid())
            statement.fromDate = from;
        if (to.isValid())
            statement.toDate = to;
    }
    mResult.statements.append(statement);
}

void Reader::readLine(Statement &statement, const Node &node)
{
    StatementLine line;
    line.sourceLine = node.line;
    const QString text = value(node, "TRNAMT");
    auto amount = ofxAmount(text, statement.currency);
    if (!amount) {
        issue(node, "TRNAMT", text,
            text.isEmpty() ? QCoreApplication::translate("OfxReader", "the amount is missing")
                           : amount.error());
        return;
    }
    line.amount = *amount;
    line.bookingDate = date(node, "DTPOSTED", true);
    if (!line.bookingDate.isValid())
        return;
    line.valueDate = date(node, "DTAVAIL", false);
    if (!line.valueDate.isValid())
        line.valueDate = date(node, "DTUSER", false);
    line.bankReference = value(node, "FITID");
    QStringList references;
    for (const char *field : {"REFNUM", "CHECKNUM"}) {
        if (const QString v = value(node, field); !v.isEmpty() && !references.contains(v))
            references.append(v);
    }
    line.reference = references.join(QLatin1Char(' '));
    line.counterpartyName = value(node, "NAME");
    if (line.counterpartyName.isEmpty())
        line.counterpartyName = value(node, "PAYEE/NAME");
    line.counterpartyAccount = normaliseAccountIdentifier(value(node, "BANKACCTTO/ACCTID"));
    line.remittance = value(node, "MEMO").simplified();
    line.transactionCode = value(node, "TRNTYPE");
    statement.lines.append(line);
}

} // namespace

StatementParse OfxReader::read(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const TextEncoding encoding = detectEncoding(&buffer);
    ChunkDecoder decoder(encoding);
    QString text = decoder.decode(bytes.mid(bomLength(encoding)));
    text += decoder.finish();
    auto tree = TreeBuilder(text).build();
    if (!tree) {
        StatementParse failed;
        failed.issues.append({0, {}, {}, tree.error()});
        return failed;
    }
    return Reader(*tree).run();
}

bool OfxReader::recognises(const QByteArray &head)
{
    return head.contains("OFXHEADER") || head.toUpper().contains("<OFX>");
}

} // namespace InvoiceDesk
