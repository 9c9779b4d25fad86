#include "ui/FieldRow.h"
#include "ui/DeferredIcon.h"

#include "schema/Parameter.h"
#include "session/FieldErrorText.h"
#include "session/InputModel.h"
#include "session/ParameterText.h"
#include "ui/FieldEditor.h"
#include "ui/FieldNotes.h"
#include "ui/StatusColors.h"

#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace sdanim::ui {

namespace {
QString displayDefault(const schema::Parameter &p)
{
    const QJsonValue d = p.defaultValue;
    if (d.isBool()) return d.toBool() ? FieldRow::tr("on") : FieldRow::tr("off");
    if (d.isDouble()) return QLocale().toString(d.toDouble(), 'g', 15);
    if (d.isString()) return d.toString().toUpper();
    return QString();
}
} // namespace

FieldRow::FieldRow(session::InputModel *model, const schema::Parameter &p, FieldEditor *editor, QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_name(p.name)
    , m_label(new QLabel(parent))
    , m_editor(editor)
    , m_hint(new QLabel(parent))
    , m_reset(new QToolButton(parent))
    , m_error(new QLabel(parent))
    , m_notes(new FieldNotes(p.name, parent))
{
    const QString description = session::ParameterText::description(p);
    if (p.type != schema::ParamType::Boolean) {
        m_label->setText(session::ParameterText::label(p));
        m_label->setBuddy(editor);
    }
    m_label->setToolTip(description);
    m_editor->setToolTip(description);

    QString hint;
    if (p.hasDefault())
        hint = tr("default %1").arg(displayDefault(p));
    else if (p.name == QLatin1String("seed"))
        hint = tr("default random");
    if (p.minimum && p.maximum)
        hint += tr(" · %1–%2").arg(QLocale().toString(*p.minimum), QLocale().toString(*p.maximum));
    m_hint->setText(hint);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setObjectName(p.name + QStringLiteral("_hint"));

    m_reset->setObjectName(p.name + QStringLiteral("_reset"));
    m_reset->setIcon(DeferredIcon::standard(QStyle::SP_BrowserReload));
    m_reset->setAutoRaise(true);
    m_reset->setToolTip(p.hasDefault() ? tr("Reset to default (%1)").arg(displayDefault(p))
                                       : tr("Reset to default (random seed)"));

    m_error->setObjectName(p.name + QStringLiteral("_error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColors::applyTextColor(m_error, StatusColors::error(parent->palette()));
    m_error->hide();

    connect(m_editor, &FieldEditor::edited, this, [this](const QJsonValue &v) { m_model->setValue(m_name, v); });
    connect(m_reset, &QToolButton::clicked, this, [this] { m_model->resetToDefault(m_name); });
    connect(m_notes, &FieldNotes::actionTriggered, this, [this](const QJsonValue &v) { m_model->setValue(m_name, v); });
    connect(m_model, &session::InputModel::valueChanged, this, [this](const QString &n) {
        if (n == m_name) refreshValue();
    });
    connect(m_model, &session::InputModel::errorsChanged, this, [this](const QString &n) {
        if (n == m_name) refreshErrors();
    });
    refreshValue();
    refreshErrors();
}

void FieldRow::refreshValue()
{
    m_editor->setValue(m_model->value(m_name));
    m_reset->setEnabled(!m_model->isDefault(m_name));
}

void FieldRow::refreshErrors()
{
    const auto errors = m_model->errors(m_name);
    QStringList lines;
    for (const auto &e : errors) lines << session::FieldErrorText::describe(e, m_model->schema());
    StatusColors::applyTextColor(m_error, StatusColors::error(m_label->palette()));
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
    m_editor->setProperty("invalid", !lines.isEmpty());
}

} // namespace sdanim::ui
