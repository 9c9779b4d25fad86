#pragma once

#include "schema/FieldError.h"
#include "schema/ModelSchema.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

namespace sdanim::cli {

// Command-line options generated from the model's input schema, so a model version with new
// inputs needs no code change: every input `some_name` is accepted as --some-name and --some_name.
// Values are converted by the input's type (integer, number, boolean: true/false/yes/no/1/0, string).
class SchemaOptions
{
public:
    explicit SchemaOptions(const schema::ModelSchema &schema) : m_schema(schema) {}

    QList<QCommandLineOption> options() const;
    static QString dashed(const QString &inputName);   // num_animation_frames → num-animation-frames

    // The inputs given on the command line, typed. Values that cannot be converted are reported in
    // `errors` (field "input.<name>") and left out.
    QJsonObject collect(const QCommandLineParser &parser, QList<schema::FieldError> *errors) const;
    // Converts one textual value by the input's declared type.
    std::optional<QJsonValue> convert(const schema::Parameter &parameter, const QString &text, QString *why) const;

    // "--width: width must be one of …" lines for stderr.
    static QString describe(const QList<schema::FieldError> &errors);

private:
    const schema::ModelSchema &m_schema;
};

} // namespace sdanim::cli
