#include "sweep/SweepAxis.h"

#include "schema/InputValidator.h"
#include "session/PromptSequence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace sdanim::sweep {

namespace {

const QString kPrompts = QStringLiteral("prompts");
const QString kPromptStart = QStringLiteral("prompt_start");
const QString kPromptEnd = QStringLiteral("prompt_end");
const QString kPairSeparator = QStringLiteral("=>");

// Splits on commas outside double quotes; "" inside quotes is one quote. Pieces are trimmed
// unless quoted.
QStringList splitList(const QString &text)
{
    QStringList pieces;
    QString current;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
                wasQuoted = true;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            pieces << (wasQuoted ? current : current.trimmed());
            current.clear();
            wasQuoted = false;
        } else {
            current += c;
        }
    }
    pieces << (wasQuoted ? current : current.trimmed());
    return pieces;
}

QString numberText(double v) { return QString::number(v, 'g', 12); }

QString valueText(const QJsonValue &v)
{
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) return numberText(v.toDouble());
    if (v.isObject())
        return v.toObject().value(kPromptStart).toString() + QStringLiteral(" => ") + v.toObject().value(kPromptEnd).toString();
    return v.toString();
}

// Kind, input and index from the name; false (and a message) for a name no axis has.
bool setName(SweepAxis &axis, const QString &rawName, const schema::ModelSchema &schema, QStringList *errors)
{
    QString name = rawName.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QRegularExpression endPrompt(QStringLiteral("^prompt_end\\[(\\d+)\\]$"));
    axis.name = name;
    if (name == kPrompts) {
        if (!schema.parameter(kPromptStart) || !schema.parameter(kPromptEnd)) {
            *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: this model version has no prompt_start and prompt_end").arg(name);
            return false;
        }
        axis.kind = SweepAxis::Kind::PromptPair;
        return true;
    }
    if (const auto m = endPrompt.match(name); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n < 1 || !schema.parameter(kPromptEnd)) {
            *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: end prompts are counted from 1 (prompt_end[1] is the first)").arg(name);
            return false;
        }
        axis.kind = SweepAxis::Kind::EndPrompt;
        axis.input = kPromptEnd;
        axis.endPromptIndex = n - 1;
        return true;
    }
    if (!schema.parameter(name)) {
        QStringList known;
        for (const schema::Parameter &p : schema.parameters()) known << p.name;
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: the model has no such input (inputs: %2; also prompt_end[N] and prompts)")
                       .arg(rawName.trimmed(), known.join(QStringLiteral(", ")));
        return false;
    }
    axis.kind = SweepAxis::Kind::Input;
    axis.input = name;
    return true;
}

// Checks one typed value against the schema and appends it with its label.
bool addValue(SweepAxis &axis, const QJsonValue &value, const schema::ModelSchema &schema, QStringList *errors)
{
    const schema::InputValidator validator(schema);
    QList<schema::FieldError> problems;
    if (axis.kind == SweepAxis::Kind::Input) {
        problems = validator.validateValue(axis.input, value);
    } else if (axis.kind == SweepAxis::Kind::EndPrompt) {
        if (!value.isString()) problems << schema::FieldError{QStringLiteral("invalid_type"), QString(), QCoreApplication::translate("sdanim::sweep::SweepAxis", "expected a text")};
        else if (value.toString().contains(QLatin1Char('|')))
            problems << schema::FieldError{QStringLiteral("invalid_type"), QString(),
                                           QCoreApplication::translate("sdanim::sweep::SweepAxis", "one end prompt cannot contain \"|\" (vary prompt_end for the whole list)")};
    } else {
        const QJsonObject pair = value.toObject();
        problems = validator.validateValue(kPromptStart, pair.value(kPromptStart));
        problems += validator.validateValue(kPromptEnd, pair.value(kPromptEnd));
    }
    for (const schema::FieldError &e : problems)
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: value %2: %3").arg(axis.name, valueText(value), e.description);
    if (!problems.isEmpty()) return false;
    axis.values << value;
    axis.labels << axis.name + QLatin1Char('=') + valueText(value);
    return true;
}

// start:end[:step] over a numeric input; false when `text` is not a range at all.
bool parseRange(SweepAxis &axis, const schema::Parameter &p, const QString &text, const schema::ModelSchema &schema,
                QStringList *errors, bool *ok)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3) return false;
    *ok = false;
    double numbers[3] = {0, 0, 1};
    for (int i = 0; i < parts.size(); ++i) {
        bool converted = false;
        numbers[i] = parts.at(i).trimmed().toDouble(&converted);
        if (!converted || !std::isfinite(numbers[i])) {
            *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: \"%2\" in the range %3 is not a number").arg(axis.name, parts.at(i).trimmed(), text);
            return true;
        }
    }
    const double start = numbers[0], end = numbers[1], step = numbers[2];
    if (p.type == schema::ParamType::Integer
        && (std::floor(start) != start || std::floor(end) != end || std::floor(step) != step)) {
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: %2 takes whole numbers; the range %3 has a fraction").arg(axis.name, p.name, text);
        return true;
    }
    if (step == 0 || (end - start) * step < 0) {
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: the step of %2 must be non-zero and go from the start towards the end").arg(axis.name, text);
        return true;
    }
    const double span = (end - start) / step;
    if (span + 1 > SweepAxis::MaxValues) {
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: the range %2 has more than %3 values").arg(axis.name, text).arg(SweepAxis::MaxValues);
        return true;
    }
    const int count = int(std::floor(span + 1e-9)) + 1;
    bool allGood = true;
    for (int i = 0; i < count; ++i) {
        double v = QString::number(start + i * step, 'g', 12).toDouble();
        if (std::abs(v - end) <= 1e-9 * std::abs(step)) v = end;
        const QJsonValue value = p.type == schema::ParamType::Integer ? QJsonValue(qint64(std::llround(v))) : QJsonValue(v);
        allGood = addValue(axis, value, schema, errors) && allGood;
    }
    *ok = allGood;
    return true;
}

bool parseValues(SweepAxis &axis, const QString &text, const schema::ModelSchema &schema, QStringList *errors)
{
    if (axis.kind == SweepAxis::Kind::Input) {
        const schema::Parameter &p = *schema.parameter(axis.input);
        bool ok = false;
        if (p.isNumeric() && !p.isEnum() && parseRange(axis, p, text, schema, errors, &ok)) return ok;
    }
    const QStringList pieces = splitList(text);
    if (pieces.size() > SweepAxis::MaxValues) {
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: more than %2 values").arg(axis.name).arg(SweepAxis::MaxValues);
        return false;
    }
    bool allGood = true;
    for (const QString &piece : pieces) {
        QJsonValue value;
        if (axis.kind == SweepAxis::Kind::Input) {
            QString why;
            const auto converted = schema.parameter(axis.input)->valueFromText(piece, &why);
            if (!converted) {
                *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: %2").arg(axis.name, why);
                allGood = false;
                continue;
            }
            value = *converted;
        } else if (axis.kind == SweepAxis::Kind::EndPrompt) {
            value = piece;
        } else {
            const qsizetype at = piece.indexOf(kPairSeparator);
            if (at < 0) {
                *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: \"%2\" is not a prompt pair (write START => END)").arg(axis.name, piece);
                allGood = false;
                continue;
            }
            value = QJsonObject{{kPromptStart, piece.left(at).trimmed()},
                                {kPromptEnd, piece.mid(at + kPairSeparator.size()).trimmed()}};
        }
        allGood = addValue(axis, value, schema, errors) && allGood;
    }
    return allGood;
}

} // namespace

std::optional<SweepAxis> SweepAxis::parse(const QString &text, const schema::ModelSchema &schema, QStringList *errors)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary \"%1\": expected NAME=VALUES, e.g. seed=1,2,3 or guidance_scale=5:9:2").arg(text);
        return std::nullopt;
    }
    SweepAxis axis;
    if (!setName(axis, text.left(eq), schema, errors)) return std::nullopt;
    const QString values = text.mid(eq + 1);
    if (values.trimmed().isEmpty()) {
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: no values").arg(axis.name);
        return std::nullopt;
    }
    if (!parseValues(axis, values, schema, errors)) return std::nullopt;
    return axis;
}

std::optional<SweepAxis> SweepAxis::fromJson(const QJsonObject &json, const schema::ModelSchema &schema, QStringList *errors)
{
    SweepAxis axis;
    if (!setName(axis, json.value(QStringLiteral("name")).toString(), schema, errors)) return std::nullopt;
    const QJsonArray values = json.value(QStringLiteral("values")).toArray();
    if (values.isEmpty() || values.size() > MaxValues) {
        *errors << QCoreApplication::translate("sdanim::sweep::SweepAxis", "--vary %1: no values").arg(axis.name);
        return std::nullopt;
    }
    bool allGood = true;
    for (const QJsonValue &v : values) allGood = addValue(axis, v, schema, errors) && allGood;
    if (!allGood) return std::nullopt;
    return axis;
}

QJsonObject SweepAxis::toJson() const
{
    QJsonArray array;
    for (const QJsonValue &v : values) array << v;
    return {{"name", name}, {"values", array}, {"labels", QJsonArray::fromStringList(labels)}};
}

QStringList SweepAxis::fields() const
{
    switch (kind) {
    case Kind::Input: return {input};
    case Kind::EndPrompt: return {kPromptEnd};
    case Kind::PromptPair: return {kPromptStart, kPromptEnd};
    }
    return {};
}

QJsonObject SweepAxis::apply(QJsonObject in, int index) const
{
    const QJsonValue value = values.value(index);
    switch (kind) {
    case Kind::Input:
        in.insert(input, value);
        break;
    case Kind::EndPrompt: {
        QStringList ends = session::PromptSequence::splitEndPrompts(in.value(kPromptEnd).toString());
        while (ends.size() <= endPromptIndex) ends << QString();
        ends[endPromptIndex] = value.toString().trimmed();
        in.insert(kPromptEnd, session::PromptSequence::joinEndPrompts(ends));
        break;
    }
    case Kind::PromptPair:
        in.insert(kPromptStart, value.toObject().value(kPromptStart));
        in.insert(kPromptEnd, value.toObject().value(kPromptEnd));
        break;
    }
    return in;
}

} // namespace sdanim::sweep
