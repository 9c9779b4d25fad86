#pragma once

#include "schema/FieldError.h"
#include "schema/ModelSchema.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

namespace sdanim::cli {

// Command-line options generated from the model's input schema, so a model version with new
// inputs needs no code change: every input `some_name` is accepted as --some-name and --some_name.
// Values are converted by the input's type (schema::Parameter::valueFromText).
class SchemaOptions
{
public:
    explicit SchemaOptions(const schema::ModelSchema &schema) : m_schema(schema) {}

    QList<QCommandLineOption> options() const;
    static QString dashed(const QString &inputName);   // num_animation_frames → num-animation-frames

    // QCommandLineParser has no optional values, so bare boolean flags are rewritten before parsing:
    // `--gif-ping-pong` followed by another option (or nothing) becomes `--gif-ping-pong true`, and
    // `--no-gif-ping-pong` becomes `--gif-ping-pong false`; `--gif-ping-pong false` is left alone.
    // `allOptions` are every option the parser knows, so the value of a value-taking option (as in
    // `--prompt-end --no-gif-ping-pong`) is never rewritten.
    QStringList expandBooleanFlags(const QStringList &arguments, const QList<QCommandLineOption> &allOptions) const;

    // The inputs given on the command line, typed. Values that cannot be converted are reported in
    // `errors` (field "input.<name>") and left out.
    QJsonObject collect(const QCommandLineParser &parser, QList<schema::FieldError> *errors) const;

    // "--width: width must be one of …" lines for stderr.
    static QString describe(const QList<schema::FieldError> &errors);

private:
    const schema::ModelSchema &m_schema;
};

} // namespace sdanim::cli
