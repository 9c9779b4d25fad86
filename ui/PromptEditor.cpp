#include "ui/PromptEditor.h"
#include "ui/DeferredIcon.h"

#include "model/AnimationPlan.h"
#include "session/AnimationSummary.h"
#include "session/FieldErrorText.h"
#include "session/InputModel.h"
#include "session/ParameterText.h"
#include "session/PlanPreview.h"
#include "session/PromptSequence.h"
#include "ui/EndPromptRow.h"
#include "ui/FieldNotes.h"
#include "ui/StatusColors.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sdanim::ui {

namespace {
const QString kStart = QStringLiteral("prompt_start");
const QString kEnd = QStringLiteral("prompt_end");
} // namespace

PromptEditor::PromptEditor(session::InputModel *model, session::PlanPreview *preview, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_preview(preview)
    , m_start(new QLineEdit(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add end prompt"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_startNotes(new FieldNotes(kStart, this))
    , m_endNotes(new FieldNotes(kEnd, this))
{
    m_start->setObjectName(QStringLiteral("prompt_start_edit"));
    m_start->setPlaceholderText(tr("What the animation starts with, e.g. “a watercolor fox in a forest”"));
    m_add->setObjectName(QStringLiteral("addEndPromptButton"));
    m_add->setIcon(DeferredIcon::standard(QStyle::SP_FileDialogNewFolder));
    m_add->setToolTip(tr("Add another keyframe prompt; the animation moves through the prompts in order"));
    m_summary->setObjectName(QStringLiteral("promptSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("promptError"));
    m_error->setWordWrap(true);
    StatusColors::applyTextColor(m_error, StatusColors::error(palette()));
    m_error->hide();

    auto *startLabel = new QLabel(tr("Start prompt"), this);
    startLabel->setBuddy(m_start);
    auto *endLabel = new QLabel(tr("End prompts (in order)"), this);
    if (const schema::Parameter *p = m_model->schema().parameter(kStart)) {
        startLabel->setText(session::ParameterText::label(*p));
        m_start->setToolTip(session::ParameterText::description(*p));
    }
    if (const schema::Parameter *p = m_model->schema().parameter(kEnd))
        endLabel->setToolTip(session::ParameterText::description(*p));

    m_rowsLayout->setSpacing(4);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(startLabel);
    layout->addWidget(m_start);
    layout->addWidget(m_startNotes);
    layout->addSpacing(4);
    layout->addWidget(endLabel);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_endNotes);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);

    connect(m_start, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setValue(kStart, text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addEndPrompt();
        m_rows.last()->setFocus();
    });
    connect(m_model, &session::InputModel::valueChanged, this, &PromptEditor::syncFromModel);
    if (m_preview)
        connect(m_preview, &session::PlanPreview::changed, this, &PromptEditor::refreshSummary);
    connect(m_model, &session::InputModel::errorsChanged, this, [this](const QString &name) {
        if (name == kStart || name == kEnd) refreshErrors();
    });

    setEndPrompts(session::PromptSequence::splitEndPrompts(m_model->value(kEnd).toString()));
    syncFromModel(kStart);
    refreshSummary();
    refreshErrors();
}

QStringList PromptEditor::endPrompts() const
{
    QStringList prompts;
    for (const EndPromptRow *row : m_rows) prompts << row->text();
    return prompts;
}

void PromptEditor::setEndPrompts(const QStringList &prompts)
{
    const QStringList wanted = prompts.isEmpty() ? QStringList{QString()} : prompts;
    while (m_rows.size() > wanted.size()) {
        EndPromptRow *row = m_rows.takeLast();
        row->deleteLater();
        row->hide();
    }
    while (m_rows.size() < wanted.size()) {
        auto *row = new EndPromptRow(this);
        row->lineEdit()->setObjectName(QStringLiteral("end_prompt_edit"));
        connect(row, &EndPromptRow::edited, this, &PromptEditor::commitEndPrompts);
        connect(row, &EndPromptRow::removeRequested, this, [this, row] { removeEndPrompt(int(m_rows.indexOf(row))); });
        connect(row, &EndPromptRow::moveUpRequested, this, [this, row] {
            const int i = int(m_rows.indexOf(row));
            moveEndPrompt(i, i - 1);
        });
        connect(row, &EndPromptRow::moveDownRequested, this, [this, row] {
            const int i = int(m_rows.indexOf(row));
            moveEndPrompt(i, i + 1);
        });
        m_rows << row;
    }
    for (int i = 0; i < wanted.size(); ++i) m_rows[i]->setText(wanted.at(i));
    relayoutRows();
}

void PromptEditor::addEndPrompt(const QString &text)
{
    QStringList prompts = endPrompts();
    prompts << text;
    setEndPrompts(prompts);
    commitEndPrompts();
}

void PromptEditor::removeEndPrompt(int index)
{
    QStringList prompts = endPrompts();
    if (index < 0 || index >= prompts.size() || prompts.size() <= 1)
        return;
    prompts.removeAt(index);
    setEndPrompts(prompts);
    commitEndPrompts();
}

void PromptEditor::moveEndPrompt(int from, int to)
{
    QStringList prompts = endPrompts();
    if (from < 0 || to < 0 || from >= prompts.size() || to >= prompts.size())
        return;
    prompts.move(from, to);
    setEndPrompts(prompts);
    commitEndPrompts();
    m_rows.at(to)->setFocus();
}

void PromptEditor::relayoutRows()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowsLayout->removeWidget(m_rows[i]);
        m_rowsLayout->addWidget(m_rows[i]);
        m_rows[i]->setPosition(i, int(m_rows.size()));
        m_rows[i]->show();
    }
    // Tab order follows the visible order after a move.
    QWidget *previous = m_start;
    for (EndPromptRow *row : m_rows) {
        setTabOrder(previous, row->lineEdit());
        previous = row->lineEdit();
    }
}

void PromptEditor::commitEndPrompts()
{
    QStringList prompts = endPrompts();
    const bool allEmpty = std::all_of(prompts.begin(), prompts.end(), [](const QString &p) { return p.trimmed().isEmpty(); });
    m_model->setValue(kEnd, allEmpty && prompts.size() == 1 ? QJsonValue(QJsonValue::Undefined)
                                                            : QJsonValue(session::PromptSequence::joinEndPrompts(prompts)));
}

void PromptEditor::syncFromModel(const QString &name)
{
    if (name == kStart) {
        const QString text = m_model->value(kStart).toString();
        if (m_start->text() != text)
            m_start->setText(text);
    } else if (name == kEnd) {
        const QStringList fromModel = session::PromptSequence::splitEndPrompts(m_model->value(kEnd).toString());
        QStringList shown;
        for (const QString &p : endPrompts()) shown << p.trimmed();
        // Only rebuild when the content really differs, so typing (trailing spaces) is not disturbed.
        if (fromModel != shown && !(fromModel.isEmpty() && shown == QStringList{QString()})) {
            const int focused = [this] {
                for (int i = 0; i < m_rows.size(); ++i)
                    if (m_rows[i]->lineEdit()->hasFocus()) return i;
                return -1;
            }();
            setEndPrompts(fromModel);
            // A '|' typed into a row splits it: continue in the new piece.
            if (focused >= 0 && fromModel.size() > shown.size())
                m_rows.at(qMin(int(m_rows.size()) - 1, focused + 1))->setFocus();
        }
    }
    refreshSummary();
}

void PromptEditor::refreshSummary()
{
    if (!m_preview) {
        m_summary->setText(session::AnimationSummary::describe(model::AnimationPlan::fromInput(m_model->input())));
        return;
    }
    m_summary->setText(m_preview->summary());
    m_startNotes->setNotes(m_preview->notes(kStart));
    m_endNotes->setNotes(m_preview->notes(kEnd));
}

void PromptEditor::refreshErrors()
{
    QStringList lines;
    for (const QString &name : {kStart, kEnd})
        for (const auto &e : m_model->errors(name))
            // An empty new form is not an error worth shouting about; the Run bar says what is missing.
            if (e.type != QLatin1String("required")) lines << session::FieldErrorText::describe(e, m_model->schema());
    StatusColors::applyTextColor(m_error, StatusColors::error(palette()));
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
}

} // namespace sdanim::ui
