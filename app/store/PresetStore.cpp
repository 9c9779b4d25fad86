#include "store/PresetStore.h"

#include "schema/InputValidator.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace sdanim::store {

namespace {

// The context lupdate files this class's tr() texts under: the qualified class name.
QString tr(const char *text) { return QCoreApplication::translate("sdanim::store::PresetStore", text); }

bool failWith(QString *error, const QString &message)
{
    if (error) *error = message;
    return false;
}

QString slugFor(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString slug = name.trimmed().toLower();
    slug.replace(unsafe, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('.')) || slug.startsWith(QLatin1Char('-'))) slug.remove(0, 1);
    slug = slug.left(60);
    return slug.isEmpty() ? QStringLiteral("preset") : slug;
}

QString sizeText(qint64 bytes, int precision = 0)
{
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeIecFormat);
}

QString tooLarge(qint64 bytes)
{
    return QCoreApplication::translate("sdanim::store::PresetStore",
                                       "The file is %1, more than the limit of %2 for preset files.")
        .arg(sizeText(bytes, 1), sizeText(PresetStore::MaxFileBytes));
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return failWith(error, QCoreApplication::translate("sdanim::store::PresetStore", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    return true;
}

Preset builtIn(const char *name, const char *description, QJsonObject input)
{
    Preset p;
    p.name = QCoreApplication::translate("PresetStore", name);
    p.description = QCoreApplication::translate("PresetStore", description);
    p.model = QLatin1String(settings::AppSettings::DefaultModel);
    p.input = input;
    p.builtIn = true;
    return p;
}

} // namespace

PresetStore::PresetStore(const QString &directory)
    : m_directory(directory)
{
}

QString PresetStore::exampleName()
{
    return QCoreApplication::translate("PresetStore", ExampleName);
}

QList<Preset> PresetStore::builtIns()
{
    return {
        builtIn(QT_TRANSLATE_NOOP("PresetStore", "Quick draft 256px"),
                QT_TRANSLATE_NOOP("PresetStore", "A fast, cheap look at an idea: 256×256, few denoising steps and frames."),
                {{"width", 256}, {"height", 256}, {"num_inference_steps", 20}, {"num_animation_frames", 6},
                 {"num_interpolation_steps", 2}, {"film_interpolation", false}, {"gif_frames_per_second", 12}}),
        builtIn(QT_TRANSLATE_NOOP("PresetStore", "Smooth loop ping-pong MP4"),
                QT_TRANSLATE_NOOP("PresetStore", "Plays forth and back so it loops seamlessly; many FILM-interpolated frames at 24 fps, as MP4."),
                {{"gif_ping_pong", true}, {"output_format", "mp4"}, {"num_animation_frames", 16},
                 {"num_interpolation_steps", 8}, {"film_interpolation", true}, {"gif_frames_per_second", 24}}),
        builtIn(QT_TRANSLATE_NOOP("PresetStore", "Watch it develop (intermediate frames)"),
                QT_TRANSLATE_NOOP("PresetStore", "Streams every keyframe as a PNG while the animation is generated."),
                {{"intermediate_output", true}, {"num_animation_frames", 8}, {"num_interpolation_steps", 4}}),
        builtIn(QT_TRANSLATE_NOOP("PresetStore", "High detail 768px"),
                QT_TRANSLATE_NOOP("PresetStore", "768×768 with more denoising steps and stronger prompt guidance; slower and costlier."),
                {{"width", 768}, {"height", 768}, {"num_inference_steps", 75}, {"guidance_scale", 9.0},
                 {"num_animation_frames", 10}, {"num_interpolation_steps", 5}}),
        // The welcome loads this one: complete (both prompts), quick and cheap, so the first Run
        // needs one click and shows a change between two clearly different scenes.
        builtIn(ExampleName,
                QT_TRANSLATE_NOOP("PresetStore", "A first run to try: a lighthouse from dawn to a starry night, 256×256, "
                                                 "quick and cheap."),
                {{"prompt_start", "a lighthouse on a rocky cliff at dawn, oil painting"},
                 {"prompt_end", "the same lighthouse under a starry night sky, oil painting"},
                 {"width", 256}, {"height", 256}, {"num_inference_steps", 25}, {"num_animation_frames", 6},
                 {"num_interpolation_steps", 3}, {"film_interpolation", false}, {"gif_frames_per_second", 12}}),
    };
}

QByteArray PresetStore::serialize(const Preset &preset)
{
    QJsonObject o{{QStringLiteral("format"), QLatin1String(Format)},
                  {QStringLiteral("version"), FormatVersion},
                  {QStringLiteral("name"), preset.name},
                  {QStringLiteral("model"), preset.model},
                  {QStringLiteral("input"), preset.input}};
    if (!preset.description.isEmpty()) o.insert(QStringLiteral("description"), preset.description);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QList<schema::FieldError> PresetStore::validate(const Preset &preset, const schema::ModelSchema &schema)
{
    QList<schema::FieldError> errors;
    const schema::InputValidator validator(schema);
    for (auto it = preset.input.begin(); it != preset.input.end(); ++it) {
        if (!schema.parameter(it.key())) {
            errors << schema::FieldError{QStringLiteral("additional_property_not_allowed"), QStringLiteral("input"),
                                         tr("%1 is not an input of this model version").arg(it.key())};
            continue;
        }
        errors << validator.validateValue(it.key(), it.value());
    }
    return errors;
}

std::optional<Preset> PresetStore::parse(const QByteArray &json, const schema::ModelSchema *schema, QString *error,
                                         QList<schema::FieldError> *fieldErrors)
{
    if (json.size() > MaxFileBytes) {
        failWith(error, tooLarge(json.size()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        failWith(error, tr("Not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(Format)) {
        failWith(error, tr("Not an SD Animator preset: \"format\" is \"%1\", expected \"%2\".").arg(format, QLatin1String(Format)));
        return std::nullopt;
    }
    const QJsonValue versionValue = o.value(QStringLiteral("version"));
    const int version = versionValue.isDouble() ? versionValue.toInt() : 0;
    if (version > FormatVersion) {
        failWith(error, tr("This preset uses format version %1, but this SD Animator reads version %2 only. "
                           "Update SD Animator to use it.").arg(version).arg(FormatVersion));
        return std::nullopt;
    }
    if (version < 1 || versionValue.toDouble() != version) {
        failWith(error, tr("Invalid preset: \"version\" must be the number %1.").arg(FormatVersion));
        return std::nullopt;
    }
    Preset p;
    p.name = o.value(QStringLiteral("name")).toString().trimmed();
    p.description = o.value(QStringLiteral("description")).toString();
    p.model = o.value(QStringLiteral("model")).toString();
    if (!checkName(p.name, error)) return std::nullopt;
    if (!o.value(QStringLiteral("input")).isObject()) {
        failWith(error, tr("Invalid preset \"%1\": \"input\" must be an object of input values.").arg(p.name));
        return std::nullopt;
    }
    p.input = o.value(QStringLiteral("input")).toObject();
    if (schema) {
        const QList<schema::FieldError> problems = validate(p, *schema);
        if (!problems.isEmpty()) {
            if (fieldErrors) *fieldErrors = problems;
            failWith(error, tr("Preset \"%1\" has invalid values:\n%2").arg(p.name, schema::formatDetail(problems).trimmed()));
            return std::nullopt;
        }
    }
    return p;
}

std::optional<Preset> PresetStore::readFile(const QString &path, const schema::ModelSchema *schema, QString *error,
                                            QList<schema::FieldError> *fieldErrors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    // One byte more than allowed is enough to know, also where size() cannot tell (a pipe).
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    QString why;
    std::optional<Preset> preset;
    if (bytes.size() > MaxFileBytes || file.size() > MaxFileBytes)
        why = tooLarge(qMax<qint64>(bytes.size(), file.size()));
    else
        preset = parse(bytes, schema, &why, fieldErrors);
    if (!preset) {
        failWith(error, QStringLiteral("%1: %2").arg(path, why));
        return std::nullopt;
    }
    preset->filePath = path;
    return preset;
}

bool PresetStore::checkName(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) return failWith(error, tr("A preset needs a name."));
    if (name.size() > 100) return failWith(error, tr("Preset names are limited to 100 characters."));
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control) return failWith(error, tr("Preset names cannot contain control characters."));
    return true;
}

QList<Preset> PresetStore::list(QStringList *problems) const
{
    QList<Preset> result = builtIns();
    QList<Preset> user;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        if (auto p = readFile(info.absoluteFilePath(), nullptr, &error))
            user << *p;
        else if (problems)
            *problems << error;
    }
    std::sort(user.begin(), user.end(), [](const Preset &a, const Preset &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result + user;
}

std::optional<Preset> PresetStore::find(const QString &name) const
{
    for (const Preset &p : list())
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) return p;
    return std::nullopt;
}

QString PresetStore::fileFor(const QString &name) const
{
    if (auto existing = find(name); existing && !existing->builtIn) return existing->filePath;
    const QString slug = slugFor(name);
    QString path = QDir(m_directory).filePath(slug + QStringLiteral(".json"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_directory).filePath(QStringLiteral("%1-%2.json").arg(slug).arg(n));
    return path;
}

bool PresetStore::save(const Preset &preset, const schema::ModelSchema *schema, QString *error,
                       QList<schema::FieldError> *fieldErrors)
{
    Preset p = preset;
    p.name = p.name.trimmed();
    if (!checkName(p.name, error)) return false;
    for (const Preset &b : builtIns())
        if (b.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return failWith(error, tr("\"%1\" is a built-in preset and cannot be changed; save under another name.").arg(b.name));
    if (schema) {
        const QList<schema::FieldError> problems = validate(p, *schema);
        if (!problems.isEmpty()) {
            if (fieldErrors) *fieldErrors = problems;
            return failWith(error, tr("Preset \"%1\" has invalid values:\n%2").arg(p.name, schema::formatDetail(problems).trimmed()));
        }
    }
    if (p.model.isEmpty()) p.model = QLatin1String(settings::AppSettings::DefaultModel);
    const QByteArray bytes = serialize(p);
    if (bytes.size() > MaxFileBytes)
        // Never write a file this store would refuse to read back.
        return failWith(error, tr("Preset \"%1\" would be %2, more than the limit of %3 for preset files; shorten "
                                  "its description or values.")
                                   .arg(p.name.left(100), sizeText(bytes.size(), 1), sizeText(MaxFileBytes)));
    if (!QDir().mkpath(m_directory)) return failWith(error, tr("Cannot create the folder %1.").arg(m_directory));
    return writeAtomically(fileFor(p.name), bytes, error);
}

bool PresetStore::rename(const QString &from, const QString &to, QString *error)
{
    auto preset = find(from);
    if (!preset) return failWith(error, tr("There is no preset named \"%1\".").arg(from));
    if (preset->builtIn) return failWith(error, tr("\"%1\" is a built-in preset and cannot be renamed.").arg(preset->name));
    if (auto clash = find(to); clash && clash->filePath != preset->filePath)
        return failWith(error, tr("A preset named \"%1\" already exists.").arg(clash->name));
    const QString oldPath = preset->filePath;
    preset->name = to.trimmed();
    if (!checkName(preset->name, error)) return false;
    // Write the new file first: a crash in between leaves a duplicate, never a lost preset.
    const QString newPath = fileFor(preset->name);
    if (!writeAtomically(newPath, serialize(*preset), error)) return false;
    if (newPath != oldPath && !QFile::remove(oldPath))
        return failWith(error, tr("Renamed, but could not remove the old file %1.").arg(oldPath));
    return true;
}

bool PresetStore::remove(const QString &name, QString *error)
{
    const auto preset = find(name);
    if (!preset) return failWith(error, tr("There is no preset named \"%1\".").arg(name));
    if (preset->builtIn) return failWith(error, tr("\"%1\" is a built-in preset and cannot be deleted.").arg(preset->name));
    if (!QFile::remove(preset->filePath)) return failWith(error, tr("Cannot delete %1.").arg(preset->filePath));
    return true;
}

std::optional<Preset> PresetStore::importFile(const QString &path, const schema::ModelSchema *schema, bool replace,
                                              QString *error, QList<schema::FieldError> *fieldErrors)
{
    auto preset = readFile(path, schema, error, fieldErrors);
    if (!preset) return std::nullopt;
    if (auto existing = find(preset->name); existing && (!replace || existing->builtIn)) {
        failWith(error, existing->builtIn
                            ? tr("\"%1\" is the name of a built-in preset; rename the file's preset first.").arg(existing->name)
                            : tr("A preset named \"%1\" already exists; delete or rename it first, or replace it.").arg(existing->name));
        return std::nullopt;
    }
    if (!save(*preset, schema, error, fieldErrors)) return std::nullopt;
    return find(preset->name);
}

bool PresetStore::exportTo(const QString &name, const QString &path, QString *error) const
{
    const auto preset = find(name);
    if (!preset) return failWith(error, tr("There is no preset named \"%1\".").arg(name));
    return writeAtomically(path, serialize(*preset), error);
}

} // namespace sdanim::store
