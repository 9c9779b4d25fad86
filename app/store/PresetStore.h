#pragma once

#include "schema/FieldError.h"
#include "schema/ModelSchema.h"
#include "store/Preset.h"

#include <QList>
#include <optional>

namespace sdanim::store {

// Presets as one versioned JSON file each in a folder (AppSettings::presetsDirectory()):
//   {"format":"sdanim-preset","version":1,"name":"…","model":"owner/name","input":{…}}
// plus read-only built-ins shipped in code. Every value is checked against the model's schema
// with schema::InputValidator, so a bad file is refused with one message per field.
class PresetStore
{
public:
    static constexpr const char *Format = "sdanim-preset";
    static constexpr int FormatVersion = 1;
    // A preset is a few hundred bytes; larger files are refused on reading and never written.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    explicit PresetStore(const QString &directory);
    QString directory() const { return m_directory; }

    // Built-ins first, then the user's presets sorted by name. Files that cannot be read are
    // skipped; their problems are appended to `problems` ("<file>: <reason>").
    QList<Preset> list(QStringList *problems = nullptr) const;
    // Case-insensitive name lookup.
    std::optional<Preset> find(const QString &name) const;

    // Creates or replaces the user preset `preset.name`. With a schema, values are validated.
    bool save(const Preset &preset, const schema::ModelSchema *schema, QString *error,
              QList<schema::FieldError> *fieldErrors = nullptr);
    bool rename(const QString &from, const QString &to, QString *error);
    bool remove(const QString &name, QString *error);
    // Reads a preset file from anywhere and saves it here (refuses to replace one unless `replace`).
    std::optional<Preset> importFile(const QString &path, const schema::ModelSchema *schema, bool replace,
                                     QString *error, QList<schema::FieldError> *fieldErrors = nullptr);
    bool exportTo(const QString &name, const QString &path, QString *error) const;

    static QList<Preset> builtIns();
    // The built-in example the first-run welcome puts in the form (prompts included), translated.
    static QString exampleName();
    static constexpr const char *ExampleName = QT_TRANSLATE_NOOP("PresetStore", "First animation (example)");
    static QByteArray serialize(const Preset &preset);
    // Parses and checks a preset document; `schema` may be null (then only the format is checked).
    static std::optional<Preset> parse(const QByteArray &json, const schema::ModelSchema *schema, QString *error,
                                       QList<schema::FieldError> *fieldErrors = nullptr);
    static std::optional<Preset> readFile(const QString &path, const schema::ModelSchema *schema, QString *error,
                                          QList<schema::FieldError> *fieldErrors = nullptr);
    // Per-input problems: unknown input names and values the schema rejects.
    static QList<schema::FieldError> validate(const Preset &preset, const schema::ModelSchema &schema);

private:
    QString fileFor(const QString &name) const;      // existing file of that preset, else a new free one
    static bool checkName(const QString &name, QString *error);

    QString m_directory;
};

} // namespace sdanim::store
