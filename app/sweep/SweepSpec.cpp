#include "sweep/SweepSpec.h"

#include "schema/InputValidator.h"
#include "session/PromptSequence.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sdanim::sweep {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sdanim::sweep::SweepSpec", text); }
const QString kSeed = QStringLiteral("seed");
} // namespace

std::optional<SweepSpec> SweepSpec::fromAxes(QList<SweepAxis> axes, QStringList *errors)
{
    if (axes.isEmpty()) {
        *errors << tr("A sweep needs --vary NAME=VALUES (once for a row of runs, twice for a grid).");
        return std::nullopt;
    }
    if (axes.size() > MaxAxes) {
        *errors << tr("A sweep varies at most %1 inputs; --vary was given %2 times.").arg(MaxAxes).arg(axes.size());
        return std::nullopt;
    }
    if (axes.size() == 2) {
        for (const QString &field : axes.at(0).fields())
            if (axes.at(1).fields().contains(field)) {
                *errors << tr("--vary %1 and --vary %2 both change %3; vary it once.").arg(axes.at(0).name, axes.at(1).name, field);
                return std::nullopt;
            }
    }
    qint64 runs = 1;
    for (const SweepAxis &a : axes) runs *= a.size();
    if (runs > MaxRuns) {
        *errors << tr("The sweep has %1 runs; at most %2 are allowed.").arg(runs).arg(MaxRuns);
        return std::nullopt;
    }
    SweepSpec spec;
    spec.m_axes = std::move(axes);
    return spec;
}

std::optional<SweepSpec> SweepSpec::parse(const QStringList &varies, const schema::ModelSchema &schema, QStringList *errors)
{
    QList<SweepAxis> axes;
    bool ok = true;
    for (const QString &text : varies) {
        if (auto axis = SweepAxis::parse(text, schema, errors))
            axes << *axis;
        else
            ok = false;
    }
    if (!ok) return std::nullopt;
    return fromAxes(std::move(axes), errors);
}

std::optional<SweepSpec> SweepSpec::fromJson(const QJsonObject &json, const schema::ModelSchema &schema, QStringList *errors)
{
    QList<SweepAxis> axes;
    for (const QString &key : {QStringLiteral("columns"), QStringLiteral("rows")}) {
        if (!json.contains(key)) continue;
        auto axis = SweepAxis::fromJson(json.value(key).toObject(), schema, errors);
        if (!axis) return std::nullopt;
        axes << *axis;
    }
    return fromAxes(std::move(axes), errors);
}

QJsonObject SweepSpec::toJson() const
{
    QJsonObject o{{"columns", columns().toJson()}};
    if (rows()) o.insert(QStringLiteral("rows"), rows()->toJson());
    return o;
}

std::optional<SweepPlan> SweepSpec::expand(const QJsonObject &base, const schema::ModelSchema &schema, qint64 fixedSeed,
                                           QStringList *errors) const
{
    SweepPlan plan;
    plan.spec = toJson();
    plan.base = base;
    bool seedVaried = false;
    for (const SweepAxis &a : m_axes) seedVaried = seedVaried || a.fields().contains(kSeed);
    if (!seedVaried && !base.contains(kSeed) && fixedSeed >= 0 && schema.parameter(kSeed)) plan.base.insert(kSeed, fixedSeed);

    for (const SweepAxis &a : m_axes) {
        if (a.kind != SweepAxis::Kind::EndPrompt) continue;
        const int ends = int(session::PromptSequence::splitEndPrompts(base.value(QStringLiteral("prompt_end")).toString()).size());
        if (a.endPromptIndex >= ends) {
            *errors << QCoreApplication::translate("sdanim::sweep::SweepSpec",
                                                   "--vary %1: the base prompt_end has %n end prompt(s); give one for every position up to %2.",
                                                   nullptr, ends).arg(a.name).arg(a.endPromptIndex + 1);
            return std::nullopt;
        }
    }

    plan.columnLabels = columns().labels;
    plan.rowLabels = rows() ? rows()->labels : QStringList{QString()};
    const schema::InputValidator validator(schema);
    // A problem of the base shows in every cell: said once, like `sdanim run` says it.
    QList<QPair<QString, QString>> problems;   // (field, description) per cell, in order
    QList<int> problemCells;
    for (int r = 0; r < plan.rowCount(); ++r) {
        for (int c = 0; c < plan.columnCount(); ++c) {
            SweepCell cell;
            cell.index = int(plan.cells.size());
            cell.row = r;
            cell.column = c;
            cell.rowLabel = plan.rowLabels.at(r);
            cell.columnLabel = plan.columnLabels.at(c);
            cell.input = columns().apply(plan.base, c);
            if (rows()) cell.input = rows()->apply(cell.input, r);
            for (const schema::FieldError &e : validator.validate(cell.input)) {
                problems << qMakePair(e.inputName(), e.description);
                problemCells << cell.index;
            }
            plan.cells << cell;
        }
    }
    if (problems.isEmpty()) return plan;
    QList<QPair<QString, QString>> reported;
    for (int i = 0; i < problems.size(); ++i) {
        const int everywhere = int(problems.count(problems.at(i)));
        if (everywhere == plan.cells.size()) {
            if (reported.contains(problems.at(i))) continue;
            reported << problems.at(i);
            const QString &field = problems.at(i).first;
            *errors << (field.isEmpty() ? problems.at(i).second
                                        : tr("--%1: %2").arg(QString(field).replace(QLatin1Char('_'), QLatin1Char('-')), problems.at(i).second));
        } else {
            const SweepCell &cell = plan.cells.at(problemCells.at(i));
            *errors << (problems.at(i).first.isEmpty()
                            ? tr("Run %1 (%2): %3").arg(cell.index + 1).arg(cell.label(), problems.at(i).second)
                            : tr("Run %1 (%2): %3: %4").arg(cell.index + 1).arg(cell.label(), problems.at(i).first, problems.at(i).second));
        }
    }
    return std::nullopt;
}

} // namespace sdanim::sweep
