#include "api/SseParser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

namespace sdanim::api {

namespace {
Q_LOGGING_CATEGORY(lcSse, "sdanim.api.sse", QtWarningMsg)

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat); }
} // namespace

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    if (m_failed) return out;
    QByteArray chunk = bytes;
    if (m_atStart) {
        // One leading BOM is dropped, even when the network splits its three bytes over chunks.
        static const QByteArray bom("\xEF\xBB\xBF");
        chunk.prepend(m_startBytes);
        if (chunk.size() < bom.size() && bom.startsWith(chunk)) {
            m_startBytes = chunk;
            return out;
        }
        m_startBytes.clear();
        m_atStart = false;
        if (chunk.startsWith(bom)) chunk.remove(0, bom.size());
    }
    for (const char c : std::as_const(chunk)) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') continue;  // the LF of a CRLF pair
        }
        if (c == '\r' || c == '\n') {
            m_pendingCr = (c == '\r');
            processLine(m_buffer, out);
            m_buffer.clear();
        } else if (m_buffer.size() >= MaxLineBytes) {
            fail(QCoreApplication::translate("sdanim::api::SseParser",
                                             "The event stream sent a line longer than the limit of %1.")
                     .arg(sizeText(MaxLineBytes)));
        } else {
            m_buffer.append(c);
        }
        if (m_failed) break;
    }
    return out;
}

void SseParser::fail(const QString &message)
{
    m_failed = true;
    m_error = message;
    qCWarning(lcSse).noquote() << message << "The stream is ignored from here on.";
    finish();
    m_buffer.squeeze();
}

void SseParser::finish()
{
    m_buffer.clear();
    m_type.clear();
    m_data.clear();
    m_dataBytes = 0;
    m_hasData = false;
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        // Blank line: dispatch. Events without data are dropped (WHATWG), but `done` often has
        // empty data, so an explicitly typed event is kept.
        if (m_hasData || !m_type.isEmpty()) {
            SseEvent e;
            if (!m_type.isEmpty()) e.type = m_type;
            e.data = m_data;
            e.id = m_lastId;
            out.append(e);
        }
        m_type.clear();
        m_data.clear();
        m_dataBytes = 0;
        m_hasData = false;
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        if (line.startsWith(":408")) m_sawTimeout = true;
        return;
    }
    const int colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' ')) value.remove(0, 1);
    const QString text = QString::fromUtf8(value);
    if (field == "data") {
        m_dataBytes += value.size() + 1;
        if (m_dataBytes > MaxEventBytes) {
            fail(QCoreApplication::translate("sdanim::api::SseParser",
                                             "The event stream sent an event larger than the limit of %1.")
                     .arg(sizeText(MaxEventBytes)));
            return;
        }
        if (m_hasData) m_data += QLatin1Char('\n');
        m_data += text;
        m_hasData = true;
    } else if (field == "event") {
        m_type = text;
    } else if (field == "id") {
        if (!value.contains('\0')) m_lastId = text;
    }
    // "retry" and unknown fields are ignored: reconnection is the job's decision.
}

} // namespace sdanim::api
