#include "ui/HistoryImportBar.h"

#include "api/ApiError.h"
#include "api/ReplicateBackend.h"
#include "schema/ModelSchema.h"
#include "session/BackendSession.h"
#include "settings/AppSettings.h"
#include "store/HistoryImporter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace sdanim::ui {

namespace {
// The backend an import can read the account from; null when there is none.
api::ReplicateBackend *importSource(session::BackendSession *backends)
{
    if (!backends) return nullptr;
    auto *replicate = qobject_cast<api::ReplicateBackend *>(backends->backend());
    // The in-process emulator is a ReplicateBackend too, but holds only this session's runs,
    // which the history has already.
    if (!replicate || replicate->producesSyntheticPreviews()) return nullptr;
    return replicate;
}
} // namespace

HistoryImportBar::HistoryImportBar(const session::AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("historyImportBar"));
    m_importAction = new QAction(tr("&Import from Replicate Account"), this);
    m_importAction->setObjectName(QStringLiteral("importHistoryAction"));
    m_importAction->setStatusTip(tr("Add the predictions of this model made with your token or on replicate.com "
                                    "to the history (none twice)."));
    connect(m_importAction, &QAction::triggered, this, &HistoryImportBar::startImport);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("historyImportLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);   // the number of pages is not known in advance
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("historyImportCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import (what is imported so far stays in the history)"));
    connect(m_cancel, &QToolButton::clicked, this, &HistoryImportBar::cancelImport);
    layout->addWidget(m_label);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);
    setVisible(false);

    if (m_services.backends)
        connect(m_services.backends, &session::BackendSession::backendChanged, this, [this] {
            // The import reads through the old backend's client, which may be released now.
            cancelImport();
            refreshAvailability();
        });
    refreshAvailability();
}

HistoryImportBar::~HistoryImportBar()
{
    // Stop the requests, but tell no one: the window is going away.
    if (m_importer) {
        m_importer->disconnect(this);
        m_importer->cancel();
    }
}

void HistoryImportBar::refreshAvailability()
{
    const bool available = importSource(m_services.backends) && m_services.history;
    m_importAction->setEnabled(available && !isImporting());
    m_importAction->setToolTip(available ? m_importAction->statusTip()
                                         : tr("Needs the Replicate cloud backend (a token in Settings)."));
}

void HistoryImportBar::startImport()
{
    api::ReplicateBackend *replicate = importSource(m_services.backends);
    if (isImporting() || !replicate || !m_services.history) {
        if (!isImporting())
            emit message(tr("Importing needs the Replicate cloud backend: set a token in Settings."));
        return;
    }
    auto *importer = new store::HistoryImporter(replicate->client(), m_services.history,
                                                m_services.backends->identity(), this);
    QStringList versions{schema::ModelSchema::pinnedVersionId(), replicate->schema().versionId()};
    if (m_services.settings) {
        versions << m_services.settings->pinnedVersion();
        importer->setPricePerSecondUsd(m_services.settings->pricePerSecondUsd());
    }
    importer->setModel(replicate->model(), versions);
    m_importer = importer;
    connect(importer, &store::HistoryImporter::pageImported, this, [this](int page, int seen) {
        m_label->setText(tr("Importing history: page %1, %n prediction(s) read", nullptr, seen).arg(page));
        emit historyChanged();
    });
    connect(importer, &store::HistoryImporter::finished, this, [this](int added, int updated, int unchanged, int) {
        finish(tr("History import: %1 new, %2 updated, %3 already known.").arg(added).arg(updated).arg(unchanged));
    });
    connect(importer, &store::HistoryImporter::failed, this, [this](const api::ApiError &error) {
        finish(tr("History import failed: %1").arg(error.userMessage()));
    });
    connect(importer, &store::HistoryImporter::canceled, this, [this](int added, int updated) {
        finish(tr("History import canceled (%1 new, %2 updated before that).").arg(added).arg(updated));
    });
    m_label->setText(tr("Importing history…"));
    setVisible(true);
    refreshAvailability();
    importer->start();
}

void HistoryImportBar::cancelImport()
{
    if (m_importer) m_importer->cancel();
}

void HistoryImportBar::finish(const QString &text)
{
    if (m_importer) m_importer->deleteLater();
    m_importer = nullptr;
    setVisible(false);
    refreshAvailability();
    emit historyChanged();
    emit message(text);
}

} // namespace sdanim::ui
