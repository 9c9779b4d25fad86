#include "emulator/ModelCatalog.h"

#include "schema/ModelSchema.h"

#include <QFile>
#include <QJsonDocument>

namespace sdanim::emulator {

QString ModelCatalog::owner() { return QStringLiteral("andreasjansson"); }
QString ModelCatalog::name() { return QStringLiteral("stable-diffusion-animation"); }
QString ModelCatalog::fullName() { return owner() + QLatin1Char('/') + name(); }
QString ModelCatalog::versionId() { return schema::ModelSchema::pinnedVersionId(); }

bool ModelCatalog::isModel(const QString &o, const QString &n)
{
    return o == owner() && n == name();
}

bool ModelCatalog::acceptsVersion(const QString &version)
{
    return version == versionId() || version == fullName() + QLatin1Char(':') + versionId();
}

QJsonObject ModelCatalog::versionJson()
{
    static const QJsonObject version = [] {
        QFile f(QStringLiteral(":/schema/model-version-ca1f5e.json"));
        if (f.open(QIODevice::ReadOnly))
            return QJsonDocument::fromJson(f.readAll()).object();
        return schema::ModelSchema::pinned().versionJson();
    }();
    return version;
}

QJsonObject ModelCatalog::openApiSchema()
{
    return versionJson().value(QLatin1String("openapi_schema")).toObject();
}

QJsonObject ModelCatalog::modelJson(int runCount)
{
    return QJsonObject{
        {QStringLiteral("url"), QStringLiteral("https://replicate.com/") + fullName()},
        {QStringLiteral("owner"), owner()},
        {QStringLiteral("name"), name()},
        {QStringLiteral("description"), QStringLiteral("Animate Stable Diffusion by interpolating between two prompts")},
        {QStringLiteral("visibility"), QStringLiteral("public")},
        {QStringLiteral("github_url"), QStringLiteral("https://github.com/andreasjansson/cog-stable-diffusion/tree/animate")},
        {QStringLiteral("paper_url"), QJsonValue()},
        {QStringLiteral("license_url"), QJsonValue()},
        {QStringLiteral("run_count"), runCount},
        {QStringLiteral("cover_image_url"), QJsonValue()},
        {QStringLiteral("default_example"), QJsonValue()},
        {QStringLiteral("latest_version"), versionJson()},
        {QStringLiteral("is_official"), false},
    };
}

} // namespace sdanim::emulator
