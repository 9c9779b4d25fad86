#include "store/Sidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

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
        return failWith(error, QCoreApplication::translate("Sidecar", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failWith(error, QCoreApplication::translate("Sidecar", "Cannot write %1: %2").arg(file.fileName(), reason));
    }
    if (!file.commit())
        return failWith(error, QCoreApplication::translate("Sidecar", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

std::optional<SidecarInfo> Sidecar::read(const QString &outputOrSidecarPath, QString *error)
{
    // A path ending in .json may be the sidecar itself, or an output called x.json (then x.json.json).
    QStringList candidates;
    if (outputOrSidecarPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) candidates << outputOrSidecarPath;
    candidates << pathFor(outputOrSidecarPath);
    for (const QString &path : candidates) {
        QFile file(path);
        if (!file.exists()) continue;
        if (!file.open(QIODevice::ReadOnly)) {
            failWith(error, QCoreApplication::translate("Sidecar", "Cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        // One byte more than allowed is enough to know, also where size() cannot tell.
        const QByteArray bytes = file.read(MaxFileBytes + 1);
        if (bytes.size() > MaxFileBytes || file.size() > MaxFileBytes) {
            // A large x.json may be an output of that name whose sidecar is x.json.json.
            if (path != candidates.last()) continue;
            failWith(error, tooLarge(path, qMax<qint64>(bytes.size(), file.size())));
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("format")).toString() != QLatin1String(SidecarInfo::Format)) continue;
        const int version = o.value(QStringLiteral("version")).toInt();
        if (version > SidecarInfo::FormatVersion) {
            failWith(error, QCoreApplication::translate("Sidecar",
                                 "%1 was written by a newer SD Animator (sidecar format %2, this version reads up to %3).")
                                 .arg(path).arg(version).arg(SidecarInfo::FormatVersion));
            return std::nullopt;
        }
        return SidecarInfo::fromJson(o);
    }
    failWith(error, QCoreApplication::translate("Sidecar", "%1 has no SD Animator information next to it (%2 not found).")
                        .arg(QFileInfo(outputOrSidecarPath).fileName(), QFileInfo(pathFor(outputOrSidecarPath)).fileName()));
    return std::nullopt;
}

} // namespace sdanim::store
