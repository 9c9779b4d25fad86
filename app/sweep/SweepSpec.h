#pragma once

#include "sweep/SweepAxis.h"
#include "sweep/SweepPlan.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sdanim::sweep {

// What a sweep varies: one axis (the columns) or two (columns, then rows), each a SweepAxis.
// The first --vary is the columns, the second the rows, as in an X/Y plot. Two axes never change
// the same input (prompts and prompt_end[1] both write prompt_end: refused).
class SweepSpec
{
public:
    static constexpr int MaxAxes = 2;
    static constexpr int MaxRuns = 400;   // rows × columns

    // From the --vary texts; std::nullopt with every reason in `errors`.
    static std::optional<SweepSpec> parse(const QStringList &varies, const schema::ModelSchema &schema, QStringList *errors);
    // From toJson() (a sweep reopened from the history), re-checked against `schema`.
    static std::optional<SweepSpec> fromJson(const QJsonObject &json, const schema::ModelSchema &schema, QStringList *errors);
    QJsonObject toJson() const;

    const SweepAxis &columns() const { return m_axes.first(); }
    const SweepAxis *rows() const { return m_axes.size() > 1 ? &m_axes.at(1) : nullptr; }
    const QList<SweepAxis> &axes() const { return m_axes; }
    int columnCount() const { return columns().size(); }
    int rowCount() const { return rows() ? rows()->size() : 1; }
    int runCount() const { return columnCount() * rowCount(); }

    // The runs over `base`: every cell's input is base + its values, and must validate against
    // `schema` (else std::nullopt, one message per problem). A sweep compares like with like, so
    // when neither the base nor an axis sets the seed, every cell gets `fixedSeed` (the caller
    // draws it, session::RandomSeed); a negative `fixedSeed` leaves the seed to the model.
    std::optional<SweepPlan> expand(const QJsonObject &base, const schema::ModelSchema &schema, qint64 fixedSeed,
                                    QStringList *errors) const;

private:
    static std::optional<SweepSpec> fromAxes(QList<SweepAxis> axes, QStringList *errors);

    QList<SweepAxis> m_axes;
};

} // namespace sdanim::sweep
