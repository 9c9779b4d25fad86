#pragma once

#include "schema/ModelSchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace sdanim::sweep {

// One varied input of a sweep and its values, parsed from `NAME=VALUES` (docs/cli.md "sdanim sweep"):
//   seed=1,2,3                   a list (comma-separated; "double quotes" keep commas in a value)
//   guidance_scale=5:9:2         a range start:end:step (numbers only; step 1 when left out);
//                                the end is included when the steps land on it
//   prompt_start=a cat,a dog     any input of the model's schema, converted by its declared type
//   prompt_end[2]=rain,snow      one end prompt (1-based, of the '|'-separated prompt_end)
//   prompts=a cat => a dog,x => y  the whole prompt pair: START => END per value
// Every value is checked against the schema (InputValidator::validateValue), with one message
// per bad value.
//
// Float ranges: value i is start + i × step, computed from i (never accumulated, so no drift) and
// rounded to 12 significant digits (0.1:0.3:0.1 gives 0.1, 0.2, 0.3, not 0.30000000000000004);
// the end counts as reached when the last step is within 1e-9 steps of it.
struct SweepAxis
{
    enum class Kind { Input, EndPrompt, PromptPair };
    static constexpr int MaxValues = 100;

    Kind kind = Kind::Input;
    QString name;             // as the spec names it: "seed", "prompt_end[2]", "prompts"
    QString input;            // Kind::Input: the schema input; EndPrompt: "prompt_end"
    int endPromptIndex = -1;  // Kind::EndPrompt: 0-based among the end prompts
    QList<QJsonValue> values; // typed; PromptPair: {"prompt_start": …, "prompt_end": …}
    QStringList labels;       // per value, for the grid: "seed=1", "guidance_scale=7.5"

    // `text` is NAME=VALUES; std::nullopt with the reasons appended to `errors`.
    static std::optional<SweepAxis> parse(const QString &text, const schema::ModelSchema &schema, QStringList *errors);
    // From toJson(), values re-checked against `schema`.
    static std::optional<SweepAxis> fromJson(const QJsonObject &json, const schema::ModelSchema &schema, QStringList *errors);
    QJsonObject toJson() const;

    int size() const { return int(values.size()); }
    // The inputs value `index` changes (two axes must not share one).
    QStringList fields() const;
    // `input` with value `index` applied.
    QJsonObject apply(QJsonObject input, int index) const;
};

} // namespace sdanim::sweep
