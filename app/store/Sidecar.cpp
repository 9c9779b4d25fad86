#include "store/Sidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sdanim::store {

namespace {
bool failWith(QString *error, const QString &message)
{
    if (error) *error = message;
    return false;
}
} // namespace

QString Sidecar::pathFor(const QString &outputPath) { return outputPath + QStringLiteral(".json"); }

bool Sidecar::write(const SidecarInfo &info, const QString &outputPath, QString *error)
{
    SidecarInfo complete = info;
    if (complete.fileName.isEmpty()) complete.fileName = QFileInfo(outputPath).fileName();
    QSaveFile file(pathFor(outputPath));
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, QCoreApplication::translate("Sidecar", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(complete.toJson()).toJson(QJsonDocument::Indented));
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
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
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
