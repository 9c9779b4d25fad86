#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace sdanim::api {

// An RFC 2397 `data:[<mime>][;param=value]*[;base64],<payload>` URI, decoded.
// Local Cog containers return every file output this way (spec §7.1) and the cloud API briefly
// did too (§6.1). parse() is pure and thread-safe so large payloads can be decoded off the UI thread.
class DataUri
{
public:
    // The most a data: URI may decode to unless the caller asks for less (the output downloader
    // passes its own file cap). Checked on the payload's length before anything is decoded.
    static constexpr qint64 MaxDecodedBytes = 2LL * 1024 * 1024 * 1024;

    static bool isDataUri(const QString &uri);
    // std::nullopt (and a translated *error) for anything that is not a well-formed data: URI, or
    // one whose payload would decode to more than maxDecodedBytes.
    static std::optional<DataUri> parse(const QString &uri, QString *error = nullptr,
                                        qint64 maxDecodedBytes = MaxDecodedBytes);
    static std::optional<DataUri> parse(const QByteArray &uri, QString *error = nullptr,
                                        qint64 maxDecodedBytes = MaxDecodedBytes);

    // File extension without the dot for a MIME type ("image/gif" → "gif"); "bin" when unknown.
    static QString extensionForMimeType(const QString &mimeType);

    QString mimeType() const { return m_mimeType; }       // lower-case, parameters removed
    QString charset() const { return m_charset; }         // empty unless given
    bool isBase64() const { return m_base64; }
    const QByteArray &data() const { return m_data; }
    QString suggestedExtension() const { return extensionForMimeType(m_mimeType); }

private:
    QString m_mimeType;
    QString m_charset;
    bool m_base64 = false;
    QByteArray m_data;
};

} // namespace sdanim::api
