#include "api/DataUri.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace sdanim::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sdanim::api::DataUri", text); }

bool fail(QString *error, const QString &message)
{
    if (error) *error = message;
    return false;
}

// RFC 2045 token characters for the type and the subtype.
bool isValidMimeType(const QString &mime)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$"));
    return re.match(mime).hasMatch();
}

QByteArray withoutWhitespace(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (char c : in)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out.append(c);
    return out;
}

} // namespace

bool DataUri::isDataUri(const QString &uri)
{
    return uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive);
}

std::optional<DataUri> DataUri::parse(const QString &uri, QString *error, qint64 maxDecodedBytes)
{
    // Non-ASCII characters are not legal in a URI; encode them the way a browser would so the
    // percent-decoding below round-trips them.
    return parse(uri.toUtf8(), error, maxDecodedBytes);
}

std::optional<DataUri> DataUri::parse(const QByteArray &uri, QString *error, qint64 maxDecodedBytes)
{
    if (!uri.left(5).toLower().startsWith("data:")) {
        fail(error, tr("Not a data: URI."));
        return std::nullopt;
    }
    const qsizetype comma = uri.indexOf(',', 5);
    if (comma < 0) {
        fail(error, tr("The data: URI has no comma before its payload."));
        return std::nullopt;
    }

    DataUri result;
    const QString header = QString::fromUtf8(QByteArray::fromPercentEncoding(uri.mid(5, comma - 5))).trimmed();
    QStringList parts = header.split(QLatin1Char(';'));
    if (!parts.isEmpty() && parts.last().trimmed().compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0) {
        result.m_base64 = true;
        parts.removeLast();
    }
    QString mime = parts.isEmpty() ? QString() : parts.takeFirst().trimmed().toLower();
    if (mime.isEmpty()) {
        // RFC 2397 default.
        mime = QStringLiteral("text/plain");
        result.m_charset = QStringLiteral("US-ASCII");
    } else if (!isValidMimeType(mime)) {
        fail(error, tr("The data: URI has an invalid media type \"%1\".").arg(mime.left(80)));
        return std::nullopt;
    }
    result.m_mimeType = mime;
    for (const QString &param : parts) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq > 0 && param.left(eq).trimmed().compare(QLatin1String("charset"), Qt::CaseInsensitive) == 0)
            result.m_charset = param.mid(eq + 1).trimmed();
    }

    // An upper bound, known before decoding anything: base64 yields 3 bytes per 4 characters, and
    // percent-encoding never more than one byte per character.
    const qint64 payloadChars = uri.size() - comma - 1;
    const qint64 atMost = result.m_base64 ? (payloadChars + 3) / 4 * 3 : payloadChars;
    if (atMost > maxDecodedBytes) {
        const QLocale locale;
        fail(error, tr("The data: URI holds about %1, more than the limit of %2.")
                        .arg(locale.formattedDataSize(atMost, 1, QLocale::DataSizeIecFormat),
                             locale.formattedDataSize(maxDecodedBytes, 0, QLocale::DataSizeIecFormat)));
        return std::nullopt;
    }
    const QByteArray payload = uri.mid(comma + 1);
    if (result.m_base64) {
        QByteArray b64 = withoutWhitespace(payload);
        if (b64.contains('%')) b64 = QByteArray::fromPercentEncoding(b64);
        auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::Base64Encoding
                                                               | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(b64, QByteArray::Base64UrlEncoding
                                                              | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(error, tr("The data: URI's base64 payload is corrupt."));
            return std::nullopt;
        }
        result.m_data = std::move(decoded.decoded);
    } else {
        result.m_data = QByteArray::fromPercentEncoding(payload);
    }
    return result;
}

QString DataUri::extensionForMimeType(const QString &mimeType)
{
    // The types Cog produces (it guesses them from the extension) first, so the result never
    // depends on the shared-mime-info version installed.
    static const QHash<QString, QString> known = {
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/webp"), QStringLiteral("webp")},
        {QStringLiteral("image/svg+xml"), QStringLiteral("svg")},
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},
        {QStringLiteral("video/webm"), QStringLiteral("webm")},
        {QStringLiteral("video/quicktime"), QStringLiteral("mov")},
        {QStringLiteral("audio/wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/x-wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},
        {QStringLiteral("text/plain"), QStringLiteral("txt")},
        {QStringLiteral("application/json"), QStringLiteral("json")},
        {QStringLiteral("application/octet-stream"), QStringLiteral("bin")},
    };
    const QString mime = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (const auto it = known.constFind(mime); it != known.constEnd()) return *it;

    static const QRegularExpression safeSuffix(QStringLiteral("^[a-z0-9]{1,10}$"));
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
    const QString suffix = type.isValid() ? type.preferredSuffix().toLower() : QString();
    return safeSuffix.match(suffix).hasMatch() ? suffix : QStringLiteral("bin");
}

} // namespace sdanim::api
