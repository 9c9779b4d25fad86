#pragma once

#include "export/ExportSettings.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sdanim::exports { class OutputExporter; }
namespace sdanim::store { class AsyncHistoryStore; }

namespace sdanim::ui {

// "Export…" from the preview and the history: a local re-export of one finished output
// (exports::OutputExporter) with format, fps, trim, scale, loop count, ping-pong and interpolation,
// a preview of the first few frames, progress and cancel. The work (probe, decode, encode, the
// sidecar and the history entry through the AsyncHistoryStore's thread) never runs on the UI
// thread. Closing the dialog cancels a running export (nothing is left on disk).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `history` may be null (no entry is recorded then).
    ExportDialog(const QString &sourcePath, store::AsyncHistoryStore *history, QWidget *parent = nullptr);
    ~ExportDialog() override;

    exports::ExportSettings settings() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

    // For tests and the screenshot: the widgets.
    QComboBox *formatBox() const { return m_format; }
    QComboBox *interpolationBox() const { return m_interpolation; }
    QSpinBox *fpsBox() const { return m_fps; }
    QCheckBox *pingPongBox() const { return m_pingPong; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QList<QLabel *> previewLabels() const { return m_previewFrames; }

public slots:
    void startPreview();
    void startExport();
    void cancelExport();

signals:
    void previewShown(int frames);
    // The file is complete; `key` is its history entry (empty without a history).
    void exported(const QString &path, const QString &key);
    void exportFailed(const QString &message);

protected:
    void reject() override;

private:
    void buildUi();
    void probeSource();
    void updateEnabled();
    void formatChanged();
    void browse();
    void showStatus(const QString &text, bool error);

    QString m_source;
    store::AsyncHistoryStore *m_history = nullptr;
    exports::OutputExporter *m_exporter = nullptr;
    exports::OutputExporter *m_previewer = nullptr;
    QDateTime m_startedAt;
    QString m_defaultStem;

    QLabel *m_sourceInfo = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_fps = nullptr;
    QComboBox *m_interpolation = nullptr;
    QComboBox *m_quality = nullptr;
    QSpinBox *m_trimStart = nullptr;
    QSpinBox *m_trimEnd = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QSpinBox *m_loop = nullptr;
    QCheckBox *m_pingPong = nullptr;
    QLineEdit *m_out = nullptr;
    QPushButton *m_previewButton = nullptr;
    QHBoxLayout *m_previewRow = nullptr;
    QList<QLabel *> m_previewFrames;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sdanim::ui
