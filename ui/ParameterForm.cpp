#include "ui/ParameterForm.h"

#include "schema/ModelSchema.h"
#include "session/InputModel.h"
#include "session/ParameterText.h"
#include "session/PlanPreview.h"
#include "ui/BooleanField.h"
#include "ui/EndPromptRow.h"
#include "ui/ChoiceField.h"
#include "ui/FieldNotes.h"
#include "ui/FieldRow.h"
#include "ui/NumericField.h"
#include "ui/PromptEditor.h"
#include "ui/SeedField.h"
#include "ui/TextField.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdanim::ui {

namespace {
const QString kStart = QStringLiteral("prompt_start");
const QString kEnd = QStringLiteral("prompt_end");
const QString kSeed = QStringLiteral("seed");
} // namespace

ParameterForm::ParameterForm(session::InputModel *model, session::PlanPreview *preview, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_preview(preview)
{
    new QVBoxLayout(this);
    connect(m_model, &session::InputModel::schemaChanged, this, &ParameterForm::rebuild);
    if (m_preview)
        connect(m_preview, &session::PlanPreview::changed, this, &ParameterForm::refreshNotes);
    rebuild();
}

void ParameterForm::rebuild()
{
    auto *outer = static_cast<QVBoxLayout *>(layout());
    while (QLayoutItem *item = outer->takeAt(0)) {
        if (item->widget()) item->widget()->deleteLater();
        delete item;
    }
    qDeleteAll(m_rows);
    m_rows.clear();
    m_prompts = nullptr;
    outer->setContentsMargins(0, 0, 0, 0);

    const schema::ModelSchema &schema = m_model->schema();
    if (schema.parameter(kStart) && schema.parameter(kEnd)) {
        auto *box = new QGroupBox(tr("Prompts"), this);
        auto *boxLayout = new QVBoxLayout(box);
        m_prompts = new PromptEditor(m_model, m_preview, box);
        boxLayout->addWidget(m_prompts);
        outer->addWidget(box);
    }

    auto *box = new QGroupBox(tr("Parameters"), this);
    m_grid = new QGridLayout(box);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    int line = 0;
    for (const schema::Parameter &p : schema.parameters()) {
        if (m_prompts && (p.name == kStart || p.name == kEnd))
            continue;
        FieldEditor *editor = nullptr;
        if (p.name == kSeed && p.type == schema::ParamType::Integer) {
            auto *seed = new SeedField(p.name, box);
            seed->setLocked(m_model->isSeedLocked());
            connect(seed, &SeedField::lockToggled, m_model, &session::InputModel::setSeedLocked);
            connect(seed, &SeedField::randomRequested, m_model, &session::InputModel::drawRandomSeed);
            connect(m_model, &session::InputModel::seedLockChanged, seed, &SeedField::setLocked);
            editor = seed;
        } else if (p.isEnum()) {
            editor = new ChoiceField(p, box);
        } else if (p.isNumeric()) {
            editor = new NumericField(p, box);
        } else if (p.type == schema::ParamType::Boolean) {
            editor = new BooleanField(p.name, session::ParameterText::label(p), box);
        } else {
            editor = new TextField(p.name, box);
        }
        editor->setObjectName(p.name);
        auto *row = new FieldRow(m_model, p, editor, box);
        m_rows.insert(p.name, row);
        m_grid->addWidget(row->label(), line, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_grid->addWidget(editor, line, 1);
        m_grid->addWidget(row->hint(), line, 2);
        m_grid->addWidget(row->resetButton(), line, 3);
        ++line;
        m_grid->addWidget(row->errorLabel(), line, 1, 1, 3);
        ++line;
        m_grid->addWidget(row->notes(), line, 1, 1, 3);
        ++line;
    }
    outer->addWidget(box);
    outer->addStretch(1);
    refreshNotes();
}

void ParameterForm::refreshNotes()
{
    if (!m_preview)
        return;
    for (FieldRow *row : std::as_const(m_rows))
        row->notes()->setNotes(m_preview->notes(row->name()));
}

void ParameterForm::focusField(const QString &name)
{
    QWidget *target = nullptr;
    if (m_prompts && name == kStart)
        target = m_prompts->startEdit();
    else if (m_prompts && name == kEnd && !m_prompts->endRows().isEmpty())
        target = m_prompts->endRows().first();
    else if (FieldRow *r = m_rows.value(name))
        target = r->editor();
    if (!target)
        return;
    emit ensureVisibleRequested(target);
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace sdanim::ui
