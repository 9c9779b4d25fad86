#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace sdanim::exports {

// What a snippet needs to reproduce one run outside the app.
struct SnippetTarget
{
    enum class Api { Replicate, Cog };
    Api api = Api::Replicate;
    QUrl baseUrl;          // Replicate: https://api.replicate.com/v1; Cog: http://localhost:5000
    QString model;         // owner/name
    QString version;       // version id
    QJsonObject input;
    // The user's real token, only so it can be scrubbed should it have been pasted into an input;
    // snippets always read the token from $REPLICATE_API_TOKEN.
    QString tokenToMask;
};

// "Copy as code": curl, Python and Node programs equivalent to a run. The token never appears in
// the output — not even a prefix of it.
class CodeSnippets
{
public:
    static QString curl(const SnippetTarget &target);
    static QString python(const SnippetTarget &target);
    static QString node(const SnippetTarget &target);

    static QString tokenVariable() { return QStringLiteral("REPLICATE_API_TOKEN"); }
    static QString maskedToken() { return QStringLiteral("<REPLICATE_API_TOKEN>"); }
    // Every occurrence of the token in `text` replaced by maskedToken().
    static QString mask(const QString &text, const QString &token);
};

} // namespace sdanim::exports
