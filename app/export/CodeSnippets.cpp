#include "export/CodeSnippets.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sdanim::exports {

namespace {

QJsonObject maskedInput(const SnippetTarget &t)
{
    if (t.tokenToMask.isEmpty())
        return t.input;
    QJsonObject clean;
    for (auto it = t.input.begin(); it != t.input.end(); ++it) {
        const QJsonValue v = it.value();
        clean.insert(CodeSnippets::mask(it.key(), t.tokenToMask),
                     v.isString() ? QJsonValue(CodeSnippets::mask(v.toString(), t.tokenToMask)) : v);
    }
    return clean;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

QString indentBody(const QString &text, const QString &indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) lines[i] = indent + lines[i];
    return lines.join(QLatin1Char('\n'));
}

// POSIX shell single quotes: nothing inside is special except the quote itself.
QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// A JSON string literal is a valid Python string literal; only the keywords differ.
QString pythonLiteral(const QJsonValue &v, int depth)
{
    const QString pad(4 * (depth + 1), QLatin1Char(' '));
    const QString closePad(4 * depth, QLatin1Char(' '));
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("None");
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) return QStringLiteral("{}");
        QStringList items;
        for (auto it = o.begin(); it != o.end(); ++it)
            items << pad + pythonLiteral(QJsonValue(it.key()), depth + 1) + QStringLiteral(": ")
                         + pythonLiteral(it.value(), depth + 1);
        return QStringLiteral("{\n") + items.join(QStringLiteral(",\n")) + QStringLiteral(",\n") + closePad + QLatin1Char('}');
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &e : v.toArray()) items << pythonLiteral(e, depth + 1);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Double:
    case QJsonValue::String: {
        const QJsonArray wrap{v};
        const QString t = QString::fromUtf8(QJsonDocument(wrap).toJson(QJsonDocument::Compact));
        return t.mid(1, t.size() - 2);
    }
    }
    return QStringLiteral("None");
}

QString modelRef(const SnippetTarget &t)
{
    return t.version.isEmpty() ? t.model : t.model + QLatin1Char(':') + t.version;
}

QString cogUrl(const SnippetTarget &t)
{
    QString base = t.baseUrl.toString();
    while (base.endsWith(QLatin1Char('/'))) base.chop(1);
    return base + QStringLiteral("/predictions");
}

} // namespace

QString CodeSnippets::mask(const QString &text, const QString &token)
{
    if (token.isEmpty())
        return text;
    QString out = text;
    out.replace(token, maskedToken());
    return out;
}

QString CodeSnippets::curl(const SnippetTarget &t)
{
    const QJsonObject input = maskedInput(t);
    QString out;
    if (t.api == SnippetTarget::Api::Cog) {
        const QJsonObject body{{QStringLiteral("input"), input}};
        out = QStringLiteral("curl -s -X POST %1 \\\n  -H 'Content-Type: application/json' \\\n  -d %2\n")
                  .arg(shellQuote(cogUrl(t)), shellQuote(jsonText(body)));
    } else {
        QJsonObject body{{QStringLiteral("input"), input}};
        if (!t.version.isEmpty())
            body.insert(QStringLiteral("version"), t.version);
        QString base = t.baseUrl.toString();
        while (base.endsWith(QLatin1Char('/'))) base.chop(1);
        const QString endpoint = t.version.isEmpty() ? base + QStringLiteral("/models/") + t.model + QStringLiteral("/predictions")
                                                     : base + QStringLiteral("/predictions");
        out = QStringLiteral("curl -s -X POST %1 \\\n"
                             "  -H \"Authorization: Bearer $%2\" \\\n"
                             "  -H 'Content-Type: application/json' \\\n"
                             "  -H 'Prefer: wait' \\\n"
                             "  -d %3\n")
                  .arg(shellQuote(endpoint), tokenVariable(), shellQuote(jsonText(body)));
    }
    return mask(out, t.tokenToMask);
}

QString CodeSnippets::python(const SnippetTarget &t)
{
    const QJsonObject input = maskedInput(t);
    QString out;
    if (t.api == SnippetTarget::Api::Cog) {
        out = QStringLiteral("import requests\n\n"
                             "response = requests.post(\n"
                             "    %1,\n"
                             "    json={\"input\": %2},\n"
                             "    timeout=1800,\n"
                             ")\n"
                             "response.raise_for_status()\n"
                             "print(response.json()[\"output\"])\n")
                  .arg(pythonLiteral(cogUrl(t), 1), pythonLiteral(input, 1));
    } else {
        out = QStringLiteral("# pip install replicate; the client reads the token from $%1\n"
                             "import replicate\n\n"
                             "output = replicate.run(\n"
                             "    %2,\n"
                             "    input=%3,\n"
                             ")\n"
                             "for item in output:\n"
                             "    print(item)\n")
                  .arg(tokenVariable(), pythonLiteral(modelRef(t), 1), pythonLiteral(input, 1));
    }
    return mask(out, t.tokenToMask);
}

QString CodeSnippets::node(const SnippetTarget &t)
{
    const QJsonObject input = maskedInput(t);
    QString out;
    if (t.api == SnippetTarget::Api::Cog) {
        out = QStringLiteral("const response = await fetch(%1, {\n"
                             "  method: \"POST\",\n"
                             "  headers: { \"Content-Type\": \"application/json\" },\n"
                             "  body: JSON.stringify({ input: %2 }),\n"
                             "});\n"
                             "const prediction = await response.json();\n"
                             "console.log(prediction.output);\n")
                  .arg(pythonLiteral(cogUrl(t), 0), indentBody(jsonText(input), QStringLiteral("  ")));
    } else {
        out = QStringLiteral("// npm install replicate\n"
                             "import Replicate from \"replicate\";\n\n"
                             "const replicate = new Replicate({ auth: process.env.%1 });\n\n"
                             "const output = await replicate.run(%2, {\n"
                             "  input: %3,\n"
                             "});\n"
                             "console.log(output);\n")
                  .arg(tokenVariable(), pythonLiteral(modelRef(t), 0), indentBody(jsonText(input), QStringLiteral("  ")));
    }
    return mask(out, t.tokenToMask);
}

} // namespace sdanim::exports
