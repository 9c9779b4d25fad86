#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace sdanim::session { class PresetLibrary; }
namespace sdanim::schema { class ModelSchema; }

namespace sdanim::ui {

// Lists the built-in and saved presets; applies, renames, deletes, imports and exports them.
class PresetManagerDialog : public QDialog
{
    Q_OBJECT
public:
    PresetManagerDialog(session::PresetLibrary *library, const schema::ModelSchema *schema, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

signals:
    void applyRequested(const QString &name);

private:
    void reload();
    void updateButtons();
    QString currentName() const;
    bool currentIsBuiltIn() const;
    void renameCurrent();
    void deleteCurrent();
    void importFile();
    void exportCurrent();

    session::PresetLibrary *m_library;
    const schema::ModelSchema *m_schema;
    QListWidget *m_list;
    QLabel *m_details;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace sdanim::ui
