// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresponseparser.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** Status line and headers together; real servers send a few hundred bytes. */
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxLineBytes = 1024;
/** Interim (1xx) answers skipped before the final one; a server sends one or two. */
constexpr int kMaxInterimAnswers = 16;

} // namespace

HttpResponseParser::HttpResponseParser(RemoteResponse &response, qint64 maxBodyBytes)
    : mResponse(response)
    , mMaxBodyBytes(maxBodyBytes)
{
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes)
{
    while (mState == State::Headers) {
        // The end of the head may straddle two reads: look only at the new bytes and the last 3.
        const qsizetype before = mHead.size();
        mHead.append(bytes.data(), bytes.size());
        const qsizetype end = mHead.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            if (mHead.size() > kMaxHeadBytes)
                fail(QCoreApplication::translate(
                    "HttpTransport", "the answer's headers were too long"));
            return mState;
        }
        bytes = bytes.sliced(end + 4 - before);
        mHead.truncate(end);
        if (!parseHead())
            return mState;
        if (mResponse.httpStatus == 0)
            continue; // an interim answer: the final one follows
        mState = mFraming == Framing::Length && mRemaining == 0 ? State::Complete : State::Body;
    }
    if (mState == State::Body)
        readBody(bytes);
    return mState;
}

HttpResponseParser::State HttpResponseParser::finishAtEof()
{
    if (mState == State::Body && mFraming == Framing::UntilClose)
        mState = State::Complete;
    else if (mState == State::Headers || mState == State::Body)
        fail(QCoreApplication::translate(
            "HttpTransport", "the server closed the connection before it answered"));
    return mState;
}

bool HttpResponseParser::parseHead()
{
    const QList<QByteArray> lines = mHead.split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    bool ok = false;
    const int code = status.size() > 1 ? status.at(1).toInt(&ok) : 0;
    if (!status.first().startsWith("HTTP/") || !ok || code < 100 || code > 999) {
        fail(QCoreApplication::translate("HttpTransport", "the answer was not HTTP"));
        return false;
    }
    if (code < 200 && code != 101) {
        // 100 Continue, 103 Early Hints: not the answer; skipped as RFC 9110 15.2 asks.
        mHead.clear();
        if (++mInterimAnswers > kMaxInterimAnswers) {
            fail(QCoreApplication::translate(
                "HttpTransport", "the server sent only interim answers"));
            return false;
        }
        return true;
    }
    mResponse.httpStatus = code;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            mResponse.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (code == 204 || code == 304) {
        // Never a body, whatever the headers say (RFC 9112 6.3).
        mFraming = Framing::Length;
        mRemaining = 0;
    } else if (mResponse.header("Transfer-Encoding").toLower().contains("chunked")) {
        mFraming = Framing::Chunked;
    } else if (!mResponse.header("Content-Length").isEmpty()) {
        mRemaining = mResponse.header("Content-Length").toLongLong(&ok);
        if (!ok || mRemaining < 0) {
            fail(QCoreApplication::translate(
                "HttpTransport", "the answer's length was not a number"));
            return false;
        }
        if (mRemaining > mMaxBodyBytes) {
            fail(QCoreApplication::translate("HttpTransport",
                "the answer announced %1 bytes, more than the %2 an answer may have")
                     .arg(mRemaining)
                     .arg(mMaxBodyBytes));
            return false;
        }
        mFraming = Framing::Length;
    }
    mHead.clear();
    return true;
}

void HttpResponseParser::readBody(QByteArrayView &bytes)
{
    switch (mFraming) {
    case Framing::Length: {
        const qsizetype take = qsizetype(std::min<qint64>(mRemaining, bytes.size()));
        if (append(bytes.first(take)))
            mRemaining -= take;
        if (mState == State::Body && mRemaining == 0)
            mState = State::Complete;
        return;
    }
    case Framing::UntilClose:
        append(bytes);
        return;
    case Framing::Chunked:
        readChunked(bytes);
        return;
    }
}

void HttpResponseParser::readChunked(QByteArrayView &bytes)
{
    QByteArray line;
    while (mState == State::Body && !bytes.isEmpty()) {
        switch (mChunkStep) {
        case ChunkStep::Size: {
            if (!takeLine(bytes, line))
                return;
            bool ok = false;
            mRemaining = line.split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || mRemaining < 0) {
                fail(QCoreApplication::translate(
                    "HttpTransport", "the answer's chunks were malformed"));
                return;
            }
            mChunkStep = mRemaining == 0 ? ChunkStep::Trailer : ChunkStep::Data;
            break;
        }
        case ChunkStep::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(mRemaining, bytes.size()));
            if (!append(bytes.first(take)))
                return;
            bytes = bytes.sliced(take);
            mRemaining -= take;
            if (mRemaining == 0)
                mChunkStep = ChunkStep::DataEnd;
            break;
        }
        case ChunkStep::DataEnd:
            if (!takeLine(bytes, line))
                return;
            mChunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer:
            if (!takeLine(bytes, line))
                return;
            if (line.trimmed().isEmpty())
                mState = State::Complete;
            break;
        }
    }
}

bool HttpResponseParser::takeLine(QByteArrayView &bytes, QByteArray &line)
{
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0) {
        mLine.append(bytes.data(), bytes.size());
        bytes = {};
        if (mLine.size() > kMaxLineBytes)
            fail(
                QCoreApplication::translate("HttpTransport", "the answer's chunks were malformed"));
        return false;
    }
    mLine.append(bytes.data(), newline);
    bytes = bytes.sliced(newline + 1);
    line = mLine.trimmed();
    mLine.clear();
    return true;
}

bool HttpResponseParser::append(QByteArrayView data)
{
    if (mResponse.body.size() + data.size() > mMaxBodyBytes) {
        fail(QCoreApplication::translate(
            "HttpTransport", "the answer was longer than the %1 bytes an answer may have")
                 .arg(mMaxBodyBytes));
        return false;
    }
    mResponse.body.append(data.data(), data.size());
    return true;
}

void HttpResponseParser::fail(const QString &why)
{
    mState = State::Failed;
    mError = why;
}

} // namespace InvoiceDesk
