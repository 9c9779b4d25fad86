#include "api/FileNameSanitizer.h"

#include "api/DataUri.h"

#include <QUrl>

namespace sdanim::api {

namespace {

bool isForbiddenChar(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f) return true;                 // control characters
    if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) return true;  // incl. bidi overrides
    switch (c.unicode()) {
    case '/': case '\\': case '<': case '>': case ':': case '"': case '|': case '?': case '*':
        return true;
    default:
        return false;
    }
}

bool isReservedDeviceName(const QString &name)
{
    // Windows refuses these with any extension ("CON.txt", "com1.gif") and ignoring case.
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                      QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (fixed.contains(stem)) return true;
    if (stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))))
        return stem.at(3).isDigit();
    return false;
}

// Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a surrogate pair.
QString truncateUtf8(const QString &text, int maxBytes)
{
    if (text.toUtf8().size() <= maxBytes) return text;
    QString out;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QString piece = pair ? text.mid(i, 2) : text.mid(i, 1);
        const int size = int(piece.toUtf8().size());
        if (bytes + size > maxBytes) break;
        out += piece;
        bytes += size;
        if (pair) ++i;
    }
    return out;
}

// Leading dots would hide the file (or make it "." / ".."); Windows drops trailing dots and spaces.
// Both ends are stripped together until neither starts nor ends with either: "x.\u3000." must not
// keep the dot the space was hiding.
QString trimDotsAndSpaces(const QString &text)
{
    const auto strip = [](QChar c) { return c == QLatin1Char('.') || c.isSpace(); };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && strip(text.at(begin))) ++begin;
    while (end > begin && strip(text.at(end - 1))) --end;
    return text.mid(begin, end - begin);
}

} // namespace

QString FileNameSanitizer::sanitize(const QString &name, const QString &fallback)
{
    // Only the part after the last separator of either kind counts as the name.
    QString base = name;
    const qsizetype cut = std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (cut >= 0) base = base.mid(cut + 1);
    base = base.normalized(QString::NormalizationForm_C);

    QString cleaned;
    cleaned.reserve(base.size());
    for (qsizetype i = 0; i < base.size(); ++i) {
        const QChar c = base.at(i);
        if (c.isHighSurrogate() && i + 1 < base.size() && base.at(i + 1).isLowSurrogate()) {
            cleaned += c;
            cleaned += base.at(++i);
        } else if (c.isSurrogate()) {
            cleaned += QLatin1Char('_');   // a lone surrogate cannot be stored as UTF-8
        } else {
            cleaned += isForbiddenChar(c) ? QLatin1Char('_') : c;
        }
    }
    cleaned = trimDotsAndSpaces(cleaned);
    if (isReservedDeviceName(cleaned)) cleaned.prepend(QLatin1Char('_'));

    if (cleaned.toUtf8().size() > MaxBytes) {
        // Keep a short, plain extension so the file still opens with the right program.
        const qsizetype dot = cleaned.lastIndexOf(QLatin1Char('.'));
        QString ext = dot > 0 ? cleaned.mid(dot) : QString();
        if (ext.size() > 11 || ext.toUtf8().size() != ext.size()) ext.clear();
        QString stem = ext.isEmpty() ? cleaned : cleaned.left(dot);
        stem = trimDotsAndSpaces(truncateUtf8(stem, MaxBytes - int(ext.size())));
        cleaned = stem + ext;
    }
    // Checked after the cut: what is left of a long name may be nothing but replaced characters.
    if (cleaned.isEmpty() || cleaned.count(QLatin1Char('_')) == cleaned.size()) {
        if (fallback.isEmpty() || fallback == name) return QStringLiteral("output");
        return sanitize(fallback, QStringLiteral("output"));
    }
    return cleaned;
}

QString FileNameSanitizer::nameFromUrl(const QString &url)
{
    if (DataUri::isDataUri(url)) {
        // Only the header is needed; do not decode a possibly huge payload for a name.
        const qsizetype comma = url.indexOf(QLatin1Char(','));
        QString mime = url.mid(5, comma < 0 ? 200 : std::min<qsizetype>(comma - 5, 200));
        mime = mime.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        const QString ext = DataUri::extensionForMimeType(mime.isEmpty() ? QStringLiteral("text/plain") : mime);
        return QStringLiteral("output.") + ext;
    }
    const QUrl parsed(url);
    QString name;
    if (parsed.isValid() && !parsed.scheme().isEmpty()) {
        name = parsed.fileName(QUrl::FullyDecoded);
    } else {
        // Not a URL (or a malformed one): strip a query/fragment by hand.
        name = url.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
        name = QUrl::fromPercentEncoding(name.toUtf8());
    }
    return sanitize(name);
}

QString FileNameSanitizer::indexedName(int index, const QString &name)
{
    return sanitize(QStringLiteral("%1-%2").arg(index).arg(sanitize(name)));
}

} // namespace sdanim::api
