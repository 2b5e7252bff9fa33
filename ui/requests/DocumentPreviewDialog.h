#pragma once

#include "documents/DocumentModel.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace mladesk {

class Workspace;

// A request's document as the other side will read it: rendered to PDF and
// its pages drawn by Poppler, both off the UI thread; language and second
// language, zoom, pages, print and "Save as PDF". Nothing is written to disk
// except where the user saves.
class DocumentPreviewDialog : public QDialog {
    Q_OBJECT
public:
    DocumentPreviewDialog(Workspace& session, const QString& requestId, QWidget* parent = nullptr);

    // For tests: the state of what is shown.
    int pageCount() const { return m_pages.size(); }
    int currentPage() const { return m_page; }
    bool isDraft() const { return m_draft; }
    bool isBusy() const { return m_busy; }
    QByteArray pdf() const { return m_pdf; }
    bool saveTo(const QString& path); // "Save as PDF" without the file dialog

signals:
    void rendered();

private:
    void render();
    void drawPages();
    void showPage(int page);
    void print();
    void saveAs();

    Workspace& m_workspace;
    QString m_requestId;
    QString m_reference;
    DocumentModel m_model;
    bool m_modelOk = false;
    QComboBox* m_language;
    QComboBox* m_second;
    QComboBox* m_zoom;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_pageLabel;
    QLabel* m_status;
    QLabel* m_image;
    QScrollArea* m_scroll;
    QPushButton* m_print;
    QPushButton* m_save;
    QByteArray m_pdf;
    QList<QImage> m_pages;
    int m_page = 0;
    bool m_draft = false;
    bool m_busy = false;
    int m_generation = 0; // a newer render makes older results stale
};

} // namespace mladesk
