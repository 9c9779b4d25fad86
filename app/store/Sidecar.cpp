#include "store/Sidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStringDecoder>

#include <cmath>
#include <limits>

namespace sdanim::store {

namespace {
bool failWith(QString *error, const QString &message)
{
    if (error) *error = message;
    return false;
}

QString tooLarge(const QString &path, qint64 bytes)
{
    const QLocale locale;
    return QCoreApplication::translate("sdanim::store::Sidecar", "%1 is %2, more than the limit of %3 for sidecar files.")
        .arg(path, locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat),
             locale.formattedDataSize(Sidecar::MaxFileBytes, 0, QLocale::DataSizeIecFormat));
}

// The file's own text in a message is cut short: a foreign value may be megabytes long.
QString shortened(const QString &text)
{
    constexpr qsizetype Max = 40;
    return text.size() <= Max ? text : text.left(Max) + QChar(0x2026);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QCoreApplication::translate("sdanim::store::Sidecar", "is missing");
    case QJsonValue::Null:
        return QCoreApplication::translate("sdanim::store::Sidecar", "is null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("sdanim::store::Sidecar", "is %1").arg(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return QCoreApplication::translate("sdanim::store::Sidecar", "is the number %1").arg(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QJsonValue::String:
        return QCoreApplication::translate("sdanim::store::Sidecar", "is the text \"%1\"").arg(shortened(value.toString()));
    case QJsonValue::Array:
        return QCoreApplication::translate("sdanim::store::Sidecar", "is a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("sdanim::store::Sidecar", "is an object");
    }
    return {};
}

QString wrongField(const QString &path, const QString &field, const QJsonValue &value, const QString &expected)
{
    return QCoreApplication::translate("sdanim::store::Sidecar", "%1 cannot be used: the field \"%2\" %3, expected %4.")
        .arg(QDir::toNativeSeparators(path), field, describe(value), expected);
}

bool isWholeNumber(const QJsonValue &value, double from)
{
    if (!value.isDouble()) return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= from && d <= double(std::numeric_limits<int>::max());
}

// Raw control bytes (other than JSON's whitespace) or text that is not UTF-8: no JSON parser's
// offset would tell the user more than that this is not a text file.
bool looksBinary(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') return true;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8(bytes));
    return utf8.hasError();
}

// Every field the writer puts in, with the type it writes; a field left out reads as its default.
QString checkFieldTypes(const QString &path, const QJsonObject &o)
{
    const QString text = QCoreApplication::translate("sdanim::store::Sidecar", "a text");
    for (const char *name : {"prediction_id", "backend", "model", "model_version", "created_at", "web_url", "file"}) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isString()) return wrongField(path, QLatin1String(name), v, text);
    }
    const QJsonValue input = o.value(QStringLiteral("input"));
    if (!input.isUndefined() && !input.isObject())
        return wrongField(path, QStringLiteral("input"), input,
                          QCoreApplication::translate("sdanim::store::Sidecar", "an object"));
    const QJsonValue index = o.value(QStringLiteral("output_index"));
    if (!index.isUndefined() && !isWholeNumber(index, -1))
        return wrongField(path, QStringLiteral("output_index"), index,
                          QCoreApplication::translate("sdanim::store::Sidecar", "a whole number"));
    const QJsonValue synthetic = o.value(QStringLiteral("synthetic_preview"));
    if (!synthetic.isUndefined() && !synthetic.isBool())
        return wrongField(path, QStringLiteral("synthetic_preview"), synthetic,
                          QCoreApplication::translate("sdanim::store::Sidecar", "true or false"));
    return {};
}

// One candidate file that exists; on failure *reason says why in words for the status bar.
std::optional<SidecarInfo> readOne(const QString &path, QString *reason)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "%1 is a folder, not a sidecar file.").arg(shown);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "Cannot read %1: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    // One byte more than allowed is enough to know, also where size() cannot tell.
    const QByteArray bytes = file.read(Sidecar::MaxFileBytes + 1);
    if (bytes.size() > Sidecar::MaxFileBytes || file.size() > Sidecar::MaxFileBytes) {
        *reason = tooLarge(shown, qMax<qint64>(bytes.size(), file.size()));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "Cannot read %1: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    if (bytes.trimmed().isEmpty()) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "%1 is empty, not a sidecar.").arg(shown);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    // Qt reads only an object or a list as a document; a lone string or number is still JSON, just
    // not ours, and is told apart by reading it as the one element of a list.
    const QJsonDocument wrapped = parseError.error == QJsonParseError::NoError
                                      ? QJsonDocument() : QJsonDocument::fromJson('[' + bytes + ']');
    if (wrapped.isArray() && wrapped.array().size() == 1) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "%1 is not an SD Animator sidecar: it %2, not an object with \"format\": \"%3\".")
                      .arg(shown, describe(wrapped.array().first()), QLatin1String(SidecarInfo::Format));
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        *reason = looksBinary(bytes)
                      ? QCoreApplication::translate("sdanim::store::Sidecar", "%1 holds binary data, not JSON; it is not a sidecar.").arg(shown)
                      : QCoreApplication::translate("sdanim::store::Sidecar", "%1 is not valid JSON (%2 at byte %3).")
                            .arg(shown, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "%1 is not an SD Animator sidecar: it %2, not an object with \"format\": \"%3\".")
                      .arg(shown, describe(QJsonValue(doc.array())), QLatin1String(SidecarInfo::Format));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "%1 is not an SD Animator sidecar: it has no \"format\": \"%2\".")
                      .arg(shown, QLatin1String(SidecarInfo::Format));
        return std::nullopt;
    }
    if (!format.isString()) {
        *reason = wrongField(path, QStringLiteral("format"), format, QCoreApplication::translate("sdanim::store::Sidecar", "a text"));
        return std::nullopt;
    }
    if (format.toString() != QLatin1String(SidecarInfo::Format)) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar", "%1 is not an SD Animator sidecar: its \"format\" is \"%2\", expected \"%3\".")
                      .arg(shown, shortened(format.toString()), QLatin1String(SidecarInfo::Format));
        return std::nullopt;
    }
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!isWholeNumber(version, 1)) {
        *reason = wrongField(path, QStringLiteral("version"), version,
                             QCoreApplication::translate("sdanim::store::Sidecar", "a whole number from 1"));
        return std::nullopt;
    }
    if (version.toInt() > SidecarInfo::FormatVersion) {
        *reason = QCoreApplication::translate("sdanim::store::Sidecar",
                                              "%1 was written by a newer SD Animator (sidecar format %2, this version reads up to %3).")
                      .arg(shown).arg(version.toInt()).arg(SidecarInfo::FormatVersion);
        return std::nullopt;
    }
    if (const QString wrong = checkFieldTypes(path, o); !wrong.isEmpty()) {
        *reason = wrong;
        return std::nullopt;
    }
    return SidecarInfo::fromJson(o);
}
} // namespace

QString Sidecar::pathFor(const QString &outputPath) { return outputPath + QStringLiteral(".json"); }

bool Sidecar::write(const SidecarInfo &info, const QString &outputPath, QString *error)
{
    SidecarInfo complete = info;
    if (complete.fileName.isEmpty()) complete.fileName = QFileInfo(outputPath).fileName();
    const QByteArray bytes = QJsonDocument(complete.toJson()).toJson(QJsonDocument::Indented);
    if (bytes.size() > MaxFileBytes) return failWith(error, tooLarge(pathFor(outputPath), bytes.size()));
    QSaveFile file(pathFor(outputPath));
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, QCoreApplication::translate("sdanim::store::Sidecar", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failWith(error, QCoreApplication::translate("sdanim::store::Sidecar", "Cannot write %1: %2").arg(file.fileName(), reason));
    }
    if (!file.commit())
        return failWith(error, QCoreApplication::translate("sdanim::store::Sidecar", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

std::optional<SidecarInfo> Sidecar::read(const QString &outputOrSidecarPath, QString *error)
{
    // A path ending in .json may be the sidecar itself, or an output called x.json (then x.json.json).
    QStringList candidates;
    if (outputOrSidecarPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) candidates << outputOrSidecarPath;
    candidates << pathFor(outputOrSidecarPath);
    // "Not found" only when there is no file at all: a sidecar that is there but unusable says why.
    // Of two files that are there, the later one's reason wins: x.json.json is a sidecar by its name,
    // x.json may just be an output.
    QString lastReason;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) continue;
        QString reason;
        if (auto info = readOne(path, &reason)) return info;
        lastReason = reason;
    }
    if (!lastReason.isEmpty()) {
        failWith(error, lastReason);
        return std::nullopt;
    }
    failWith(error, QCoreApplication::translate("sdanim::store::Sidecar", "%1 has no SD Animator information next to it (%2 not found).")
                        .arg(QFileInfo(outputOrSidecarPath).fileName(), QFileInfo(pathFor(outputOrSidecarPath)).fileName()));
    return std::nullopt;
}

} // namespace sdanim::store
