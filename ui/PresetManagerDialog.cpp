#include "ui/PresetManagerDialog.h"

#include "schema/ModelSchema.h"
#include "session/PresetLibrary.h"
#include "ui/StatusColors.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sdanim::ui {

namespace {
constexpr int NameRole = Qt::UserRole;
constexpr int BuiltInRole = Qt::UserRole + 1;
} // namespace

PresetManagerDialog::PresetManagerDialog(session::PresetLibrary *library, const schema::ModelSchema *schema, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_schema(schema)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Presets"));
    m_list->setObjectName(QStringLiteral("presetList"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumWidth(260);
    m_status->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_apply, m_rename, m_delete, m_import, m_export}) buttons->addWidget(b);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 2);
    top->addWidget(m_details, 2);
    top->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(720, 380);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &PresetManagerDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { m_apply->click(); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!currentName().isEmpty()) emit applyRequested(currentName());
    });
    connect(m_rename, &QPushButton::clicked, this, &PresetManagerDialog::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PresetManagerDialog::deleteCurrent);
    connect(m_import, &QPushButton::clicked, this, &PresetManagerDialog::importFile);
    connect(m_export, &QPushButton::clicked, this, &PresetManagerDialog::exportCurrent);
    connect(m_library, &session::PresetLibrary::presetsChanged, this, &PresetManagerDialog::reload);
    connect(m_library, &session::PresetLibrary::operationFinished, this,
            [this](bool ok, const QString &message, const QList<schema::FieldError> &fieldErrors) {
                QString text = message;
                for (const schema::FieldError &e : fieldErrors)
                    text += QStringLiteral("\n• ") + (e.field.isEmpty() ? e.description : e.field + QStringLiteral(": ") + e.description);
                m_status->setText(text);
                StatusColors::applyTextColor(m_status, ok ? palette().color(QPalette::WindowText) : StatusColors::error(palette()));
            });
    reload();
}

void PresetManagerDialog::reload()
{
    const QString keep = currentName();
    m_list->clear();
    for (const store::Preset &p : m_library->presets()) {
        auto *item = new QListWidgetItem(p.builtIn ? tr("%1 (built-in)").arg(p.name) : p.name, m_list);
        item->setData(NameRole, p.name);
        item->setData(BuiltInRole, p.builtIn);
        item->setToolTip(p.description);
        if (p.name == keep) m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString PresetManagerDialog::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

bool PresetManagerDialog::currentIsBuiltIn() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(BuiltInRole).toBool();
}

void PresetManagerDialog::updateButtons()
{
    const bool any = !currentName().isEmpty();
    const bool editable = any && !currentIsBuiltIn();
    m_apply->setEnabled(any);
    m_rename->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_export->setEnabled(any);
    const auto preset = m_library->find(currentName());
    if (!preset) {
        m_details->clear();
        return;
    }
    QString text = preset->description.isEmpty() ? QString() : preset->description + QStringLiteral("\n\n");
    text += QString::fromUtf8(QJsonDocument(preset->input).toJson(QJsonDocument::Indented));
    m_details->setText(text);
}

void PresetManagerDialog::renameCurrent()
{
    const QString from = currentName();
    if (from.isEmpty() || currentIsBuiltIn())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename Preset"), tr("New name:"), QLineEdit::Normal, from, &ok).trimmed();
    if (ok && !to.isEmpty() && to != from)
        m_library->rename(from, to);
}

void PresetManagerDialog::deleteCurrent()
{
    const QString name = currentName();
    if (name.isEmpty() || currentIsBuiltIn())
        return;
    if (QMessageBox::question(this, tr("Delete Preset"), tr("Delete the preset “%1”?").arg(name)) == QMessageBox::Yes)
        m_library->remove(name);
}

void PresetManagerDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Preset"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Presets (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_library->importFile(path, *m_schema, false);
}

void PresetManagerDialog::exportCurrent()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                              + QString(name).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Preset"), suggested, tr("Presets (*.json)"));
    if (!path.isEmpty())
        m_library->exportTo(name, path);
}

} // namespace sdanim::ui
