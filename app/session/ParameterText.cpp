#include "session/ParameterText.h"

#include <QCoreApplication>
#include <QHash>

namespace sdanim::session {

namespace {
struct Text { const char *label; const char *description; };

const QHash<QString, Text> &knownTexts()
{
    static const QHash<QString, Text> texts = {
        {QStringLiteral("prompt_start"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Start prompt"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Prompt to start the animation with")}},
        {QStringLiteral("prompt_end"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "End prompts"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Prompt to end the animation with. You can include multiple prompts by separating the prompts with | (the 'pipe' character)")}},
        {QStringLiteral("width"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Width"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Width of output image")}},
        {QStringLiteral("height"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Height"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Height of output image")}},
        {QStringLiteral("num_inference_steps"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Inference steps"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Number of denoising steps")}},
        {QStringLiteral("prompt_strength"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Prompt strength"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Lower prompt strength generates more coherent gifs, higher respects prompts more but can be jumpy")}},
        {QStringLiteral("num_animation_frames"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Animation frames"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Number of frames to animate")}},
        {QStringLiteral("num_interpolation_steps"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Interpolation steps"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Number of steps to interpolate between animation frames")}},
        {QStringLiteral("guidance_scale"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Guidance scale"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Scale for classifier-free guidance")}},
        {QStringLiteral("gif_frames_per_second"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Frames per second"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Frames/second in output GIF")}},
        {QStringLiteral("gif_ping_pong"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Ping-pong"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Whether to reverse the animation and go back to the beginning before looping")}},
        {QStringLiteral("film_interpolation"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "FILM interpolation"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Whether to use FILM for between-frame interpolation (film-net.github.io)")}},
        {QStringLiteral("intermediate_output"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Intermediate frames"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Whether to display intermediate outputs during generation")}},
        {QStringLiteral("seed"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Seed"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Random seed. Leave blank to randomize the seed")}},
        {QStringLiteral("output_format"), {QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Output format"),
          QT_TRANSLATE_NOOP("sdanim::session::ParameterText", "Output file format")}},
    };
    return texts;
}
} // namespace

QString ParameterText::label(const schema::Parameter &p)
{
    const auto it = knownTexts().constFind(p.name);
    if (it != knownTexts().constEnd())
        return QCoreApplication::translate("sdanim::session::ParameterText", it->label);
    return p.title.isEmpty() ? p.name : p.title;
}

QString ParameterText::description(const schema::Parameter &p)
{
    const auto it = knownTexts().constFind(p.name);
    // A newer version may reword a description; only translate the text we know.
    if (it != knownTexts().constEnd() && p.description == QLatin1String(it->description))
        return QCoreApplication::translate("sdanim::session::ParameterText", it->description);
    return p.description;
}

} // namespace sdanim::session
