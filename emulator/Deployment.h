#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sdanim::emulator {

// One Replicate deployment of the model as the emulator serves it: a name under an owner, the
// hardware it runs on and its instance range. Its max_instances is also how many of its
// predictions run at once (PredictionEngine), independently of --max-running.
struct Deployment
{
    QString owner;
    QString name;
    QString hardware = QStringLiteral("gpu-a40-large");
    int minInstances = 0;
    int maxInstances = 1;

    static constexpr int kMostInstances = 1000;

    QString fullName() const { return owner + QLatin1Char('/') + name; }

    // The --deployment flag: "owner/name[:[min-]max[:hardware]]", e.g. "acme/anim:1-3:gpu-a100-large".
    static std::optional<Deployment> fromSpec(const QString &spec, QString *error);
    // POST /_emulator/deployments: {"owner", "name", "hardware"?, "min_instances"?, "max_instances"?}.
    static std::optional<Deployment> fromJson(const QJsonObject &json, QString *error);
    // Owner and name as Replicate allows them: lowercase letters, digits, '-', '_' and '.'.
    static bool validName(const QString &part);

private:
    std::optional<Deployment> checked(QString *error) const;
};

} // namespace sdanim::emulator
