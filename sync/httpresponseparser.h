// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotecall.h"

namespace InvoiceDesk {

/**
 * Reads an HTTP/1.1 response as its bytes arrive, into a RemoteResponse:
 * status line, headers, and a body framed by Content-Length, chunked
 * transfer coding, or the end of the connection; interim (1xx) answers are
 * skipped, and a 204 or 304 has no body. Each byte is looked at
 * once, and the body never grows past the bound it was given: a larger
 * announced or delivered body is an error, never memory.
 */
class HttpResponseParser
{
public:
    enum class State { Headers, Body, Complete, Failed };

    HttpResponseParser(RemoteResponse &response, qint64 maxBodyBytes);

    /** Takes the next bytes; returns the state after them. */
    State feed(QByteArrayView bytes);
    /** The connection ended: completes a body that runs to the end, else fails as truncated. */
    State finishAtEof();

    State state() const { return mState; }
    bool headersComplete() const { return mState != State::Headers; }
    /** Why parsing failed (translated), when state() is Failed. */
    QString error() const { return mError; }

private:
    enum class Framing { Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    bool parseHead();
    void readBody(QByteArrayView &bytes);
    void readChunked(QByteArrayView &bytes);
    bool takeLine(QByteArrayView &bytes, QByteArray &line);
    bool append(QByteArrayView data);
    void fail(const QString &why);

    RemoteResponse &mResponse;
    qint64 mMaxBodyBytes;
    State mState = State::Headers;
    Framing mFraming = Framing::UntilClose;
    ChunkStep mChunkStep = ChunkStep::Size;
    QByteArray mHead;
    QByteArray mLine;
    qint64 mRemaining = 0;
    QString mError;
    int mInterimAnswers = 0;
};

} // namespace InvoiceDesk
