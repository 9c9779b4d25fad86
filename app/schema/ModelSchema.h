#pragma once

#include "schema/Parameter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace sdanim::schema {

// The inputs of one model version, built from its Cog OpenAPI document so that a new version with
// new inputs needs no code change. Parameters are sorted by x-order.
class ModelSchema
{
public:
    // `version` is a version object: {id, created_at, cog_version, openapi_schema}.
    static std::optional<ModelSchema> fromVersion(const QJsonObject &version, QString *error = nullptr);
    static std::optional<ModelSchema> fromOpenApi(const QJsonObject &openApi, QString *error = nullptr);
    // The version this app ships with (ca1f5e…), used when the network is unavailable.
    static ModelSchema pinned();
    static QString pinnedVersionId();

    QString versionId() const { return m_versionId; }
    QString cogVersion() const { return m_cogVersion; }
    QDateTime createdAt() const { return m_createdAt; }
    QJsonObject openApi() const { return m_openApi; }
    QJsonObject versionJson() const;

    const QList<Parameter> &parameters() const { return m_parameters; }
    const Parameter *parameter(const QString &name) const;
    QStringList requiredNames() const;
    // Every input that has a default, with that default.
    QJsonObject defaults() const;
    // Output is Iterator[...] (x-cog-array-type: iterator): outputs arrive one by one.
    bool outputIsIterator() const { return m_outputIsIterator; }

private:
    QString m_versionId;
    QString m_cogVersion;
    QDateTime m_createdAt;
    QJsonObject m_openApi;
    QList<Parameter> m_parameters;
    bool m_outputIsIterator = false;
};

} // namespace sdanim::schema
