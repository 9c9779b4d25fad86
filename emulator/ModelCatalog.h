#pragma once

#include <QJsonObject>
#include <QString>

namespace sdanim::emulator {

// The one model the emulator hosts, andreasjansson/stable-diffusion-animation, with its real version
// object (resources/model-version-ca1f5e.json, byte-for-byte values including timestamp precision).
class ModelCatalog
{
public:
    static QString owner();
    static QString name();
    static QString fullName();                  // owner/name
    static QString versionId();
    static bool isModel(const QString &owner, const QString &name);
    // Accepts the bare 64-hex id or "owner/name:id"; false for anything else (":latest" included).
    static bool acceptsVersion(const QString &version);
    static QJsonObject versionJson();
    static QJsonObject openApiSchema();
    static QJsonObject modelJson(int runCount);
};

} // namespace sdanim::emulator
