#pragma once

#include <QJsonObject>
#include <QString>

namespace sdanim::store {

// A named set of model inputs (usually without prompts) the user can apply in one click.
struct Preset
{
    QString name;
    QString description;
    QString model;            // owner/name the inputs were made for
    QJsonObject input;
    bool builtIn = false;     // shipped with the app, read-only
    QString filePath;         // where a user preset lives; empty for built-ins

    bool operator==(const Preset &o) const
    {
        return name == o.name && description == o.description && model == o.model && input == o.input;
    }
};

} // namespace sdanim::store
