#include "storyboard/Storyboard.h"

#include "model/AnimationPlan.h"
#include "schema/InputValidator.h"
#include "schema/ModelSchema.h"
#include "session/RandomSeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace sdanim::storyboard {

namespace {

const QString kFormatName = QStringLiteral("sdanim-storyboard");

// Reads an optional whole number; a wrong type is an error naming the place.
void readInt(const QJsonObject &o, const char *key, int &target, const QString &where, QStringList *errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
        errors->append(QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1: \"%2\" must be a whole number.").arg(where, QLatin1String(key)));
        return;
    }
    target = int(d);
}

void readDouble(const QJsonObject &o, const char *key, double &target, const QString &where, QStringList *errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        errors->append(QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1: \"%2\" must be a number.").arg(where, QLatin1String(key)));
        return;
    }
    target = v.toDouble();
}

QString resolved(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || baseDir.isEmpty() || QFileInfo(path).isAbsolute()) return path;
    return QDir(baseDir).absoluteFilePath(path);
}

} // namespace

void Storyboard::fitTransitions()
{
    const int wanted = qMax(0, int(prompts.size()) - 1);
    while (transitions.size() > wanted) transitions.removeLast();
    while (transitions.size() < wanted) transitions.append(transitions.isEmpty() ? StoryboardTransition() : [this] {
        StoryboardTransition t = transitions.last();   // a new transition starts like the one before it
        t.ranInput = {};
        t.predictionId.clear();
        t.outputFile.clear();
        return t;
    }());
}

QJsonObject Storyboard::inputFor(int index) const
{
    const StoryboardTransition &t = transitions.at(index);
    return QJsonObject{{"prompt_start", prompts.value(index)},
                       {"prompt_end", prompts.value(index + 1)},
                       {"width", width},
                       {"height", height},
                       {"num_inference_steps", inferenceSteps},
                       {"prompt_strength", t.promptStrength},
                       {"num_animation_frames", t.animationFrames},
                       {"num_interpolation_steps", t.interpolationSteps},
                       {"guidance_scale", guidanceScale},
                       {"gif_frames_per_second", fps},
                       {"gif_ping_pong", false},
                       {"film_interpolation", true},
                       {"intermediate_output", false},
                       {"seed", seed},
                       {"output_format", outputFormat}};
}

int Storyboard::partFrames(int index) const
{
    return model::AnimationPlan::fromInput(inputFor(index)).videoFrames;
}

int Storyboard::crossfadeAfter(int index) const
{
    if (index < 0 || index + 1 >= transitions.size()) return 0;
    return qMax(0, transitions.at(index).crossfadeFrames);
}

int Storyboard::stitchedFrames() const
{
    int frames = 0;
    for (int i = 0; i < transitions.size(); ++i) frames += partFrames(i) - crossfadeAfter(i);
    return frames;
}

QList<int> Storyboard::plannedBoundaries() const
{
    QList<int> starts;
    int at = 0;
    for (int i = 0; i < transitions.size(); ++i) {
        starts << at;
        at += partFrames(i) - crossfadeAfter(i);
    }
    return starts;
}

bool Storyboard::needsRun(int index, bool checkFile) const
{
    const StoryboardTransition &t = transitions.at(index);
    return t.outputFile.isEmpty() || t.ranInput != inputFor(index) || (checkFile && !QFileInfo(t.outputFile).isFile());
}

QList<int> Storyboard::pendingTransitions(const QList<int> &forced, bool checkFiles) const
{
    QList<int> pending;
    for (int i = 0; i < transitions.size(); ++i)
        if (forced.contains(i) || needsRun(i, checkFiles)) pending << i;
    return pending;
}

void Storyboard::forgetMissingOutputs()
{
    for (StoryboardTransition &t : transitions) {
        if (t.outputFile.isEmpty() || QFileInfo(t.outputFile).isFile()) continue;
        t.outputFile.clear();
        t.predictionId.clear();
        t.ranInput = {};
    }
    if (!stitchedFile.isEmpty() && !QFileInfo(stitchedFile).isFile()) boundaryFrames.clear();   // nothing to show until stitched again
}

QStringList Storyboard::validate() const
{
    QStringList errors;
    if (prompts.size() < 2) errors << QCoreApplication::translate("sdanim::storyboard::Storyboard", "A storyboard needs at least two prompts.");
    if (prompts.size() > MaxPrompts) errors << QCoreApplication::translate("sdanim::storyboard::Storyboard", "A storyboard has at most %1 prompts.").arg(MaxPrompts);
    if (transitions.size() != qMax(0, int(prompts.size()) - 1))
        errors << QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1 prompts need %2 transitions, the file has %3.").arg(prompts.size()).arg(prompts.size() - 1).arg(transitions.size());
    if (!errors.isEmpty()) return errors;
    for (int i = 0; i < prompts.size(); ++i) {
        if (prompts.at(i).contains(QLatin1Char('|')))
            errors << QCoreApplication::translate("sdanim::storyboard::Storyboard", "Prompt %1: a storyboard prompt cannot contain \"|\" (the model would read it as several prompts).").arg(i + 1);
        if (prompts.at(i).size() > MaxPromptLength) errors << QCoreApplication::translate("sdanim::storyboard::Storyboard", "Prompt %1 is longer than %2 characters.").arg(i + 1).arg(MaxPromptLength);
    }
    if (outputFormat != QLatin1String("gif") && outputFormat != QLatin1String("mp4"))
        errors << QCoreApplication::translate("sdanim::storyboard::Storyboard", "\"output_format\" must be \"gif\" or \"mp4\", not \"%1\".").arg(outputFormat);
    // The server's own rules, with its wording, for each transition's input.
    const schema::ModelSchema schema = schema::ModelSchema::pinned();
    const schema::InputValidator validator(schema);
    for (int i = 0; i < transitions.size(); ++i) {
        const QString where = QCoreApplication::translate("sdanim::storyboard::Storyboard", "Transition %1 (prompt %1 → %2)").arg(i + 1).arg(i + 2);
        for (const schema::FieldError &e : validator.validate(inputFor(i)))
            errors << QStringLiteral("%1: %2: %3").arg(where, e.inputName().isEmpty() ? e.field : e.inputName(), e.description);
        if (partFrames(i) > MaxPartFrames)
            errors << where + QStringLiteral(": ")
                          + QCoreApplication::translate("sdanim::storyboard::Storyboard", "it makes %1 frames; a storyboard transition can have at most %2 (fewer frames or interpolation steps).")
                                .arg(partFrames(i)).arg(MaxPartFrames);
        const int crossfade = transitions.at(i).crossfadeFrames;
        if (crossfade < 0) errors << where + QStringLiteral(": ") + QCoreApplication::translate("sdanim::storyboard::Storyboard", "the crossfade cannot be negative.");
        if (i + 1 < transitions.size() && crossfade > 0) {
            // Both neighbours keep at least one frame of their own besides their crossfades.
            const int before = i > 0 ? crossfadeAfter(i - 1) : 0;
            const int after = i + 2 < transitions.size() ? crossfadeAfter(i + 1) : 0;
            const int most = qMin(partFrames(i) - before, partFrames(i + 1) - after) - 1;
            if (crossfade > most)
                errors << where + QStringLiteral(": ")
                              + QCoreApplication::translate("sdanim::storyboard::Storyboard", "a crossfade of %1 frames is longer than the transitions beside it allow (at most %2).").arg(crossfade).arg(qMax(0, most));
        }
    }
    return errors;
}

QJsonObject Storyboard::toJson() const
{
    QJsonArray list;
    for (const StoryboardTransition &t : transitions) {
        QJsonObject o{{"animation_frames", t.animationFrames},
                      {"interpolation_steps", t.interpolationSteps},
                      {"prompt_strength", t.promptStrength},
                      {"crossfade_frames", t.crossfadeFrames}};
        if (!t.outputFile.isEmpty())
            o.insert(QStringLiteral("last_run"), QJsonObject{{"prediction_id", t.predictionId}, {"file", t.outputFile}, {"input", t.ranInput}});
        list << o;
    }
    QJsonObject o{{"format", kFormatName},
                  {"version", FormatVersion},
                  {"prompts", QJsonArray::fromStringList(prompts)},
                  {"transitions", list},
                  {"seed", seed},
                  {"width", width},
                  {"height", height},
                  {"num_inference_steps", inferenceSteps},
                  {"guidance_scale", guidanceScale},
                  {"fps", fps},
                  {"output_format", outputFormat}};
    if (!stitchedFile.isEmpty()) {
        QJsonArray starts;
        for (int b : boundaryFrames) starts << b;
        o.insert(QStringLiteral("stitched"), QJsonObject{{"file", stitchedFile}, {"transition_starts", starts}});
    }
    return o;
}

std::optional<Storyboard> Storyboard::fromJson(const QJsonObject &json, QStringList *errors, const QString &baseDir)
{
    QStringList local;
    QStringList &errs = errors ? *errors : local;
    errs.clear();
    if (json.value(QLatin1String("format")).toString() != kFormatName) {
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "This is not a storyboard project: \"format\" must be \"%1\".").arg(kFormatName);
        return std::nullopt;
    }
    const QJsonValue version = json.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble())) {
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "The storyboard has no valid \"version\" (a whole number, %1 for this app).").arg(FormatVersion);
        return std::nullopt;
    }
    if (version.toInt() > FormatVersion) {
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "The storyboard is of version %1, made by a newer SD Animator; this one reads version %2.").arg(version.toInt()).arg(FormatVersion);
        return std::nullopt;
    }
    Storyboard s;
    const QString top = QCoreApplication::translate("sdanim::storyboard::Storyboard", "Storyboard");
    const QJsonValue prompts = json.value(QLatin1String("prompts"));
    if (!prompts.isArray()) errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "\"prompts\" must be a list of texts.");
    for (const QJsonValue &p : prompts.toArray()) {
        if (!p.isString()) {
            errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "\"prompts\" must be a list of texts.");
            break;
        }
        s.prompts << p.toString();
    }
    const QJsonValue seed = json.value(QLatin1String("seed"));
    if (!seed.isDouble() || seed.toDouble() != std::floor(seed.toDouble()) || seed.toDouble() < 0 || seed.toDouble() > 4294967295.0)
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "\"seed\" must be a whole number from 0 to 4294967295 (every transition shares it).");
    else s.seed = seed.toInteger();
    readInt(json, "width", s.width, top, &errs);
    readInt(json, "height", s.height, top, &errs);
    readInt(json, "num_inference_steps", s.inferenceSteps, top, &errs);
    readDouble(json, "guidance_scale", s.guidanceScale, top, &errs);
    readInt(json, "fps", s.fps, top, &errs);
    if (json.contains(QLatin1String("output_format"))) s.outputFormat = json.value(QLatin1String("output_format")).toString();
    const QJsonValue transitions = json.value(QLatin1String("transitions"));
    if (!transitions.isArray()) errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "\"transitions\" must be a list of objects, one per pair of prompts.");
    const QJsonArray list = transitions.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QCoreApplication::translate("sdanim::storyboard::Storyboard", "Transition %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1 must be an object.").arg(where);
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        StoryboardTransition t;
        readInt(o, "animation_frames", t.animationFrames, where, &errs);
        readInt(o, "interpolation_steps", t.interpolationSteps, where, &errs);
        readDouble(o, "prompt_strength", t.promptStrength, where, &errs);
        readInt(o, "crossfade_frames", t.crossfadeFrames, where, &errs);
        const QJsonObject last = o.value(QLatin1String("last_run")).toObject();
        t.predictionId = last.value(QLatin1String("prediction_id")).toString();
        t.outputFile = resolved(last.value(QLatin1String("file")).toString(), baseDir);
        t.ranInput = last.value(QLatin1String("input")).toObject();
        s.transitions << t;
    }
    const QJsonObject stitched = json.value(QLatin1String("stitched")).toObject();
    s.stitchedFile = resolved(stitched.value(QLatin1String("file")).toString(), baseDir);
    for (const QJsonValue &b : stitched.value(QLatin1String("transition_starts")).toArray()) s.boundaryFrames << b.toInt();
    if (errs.isEmpty()) errs = s.validate();
    if (!errs.isEmpty()) return std::nullopt;
    return s;
}

std::optional<Storyboard> Storyboard::load(const QString &path, QStringList *errors)
{
    QStringList local;
    QStringList &errs = errors ? *errors : local;
    errs.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1 cannot be opened: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1 is larger than %2 KB; a storyboard project is much smaller.").arg(path).arg(MaxFileBytes / 1024);
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1 is not valid JSON: %2 at character %3.").arg(path, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errs << QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1 is not a storyboard project: it must hold one JSON object.").arg(path);
        return std::nullopt;
    }
    return fromJson(doc.object(), &errs, QFileInfo(path).absolutePath());
}

bool Storyboard::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error) *error = QCoreApplication::translate("sdanim::storyboard::Storyboard", "%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

Storyboard Storyboard::createDefault()
{
    Storyboard s;
    s.prompts = QStringList{QString(), QString()};
    s.seed = session::RandomSeed::draw();
    s.fitTransitions();
    return s;
}

} // namespace sdanim::storyboard
