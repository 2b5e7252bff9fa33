#include "ui/requests/DocumentPreviewDialog.h"

#include "documents/DocumentTranslator.h"
#include "documents/PdfRenderer.h"
#include "documents/RequestDocument.h"
#include "error/FileError.h"
#include "security/OwnerOnlyFile.h"
#include "services/AuditService.h"
#include "services/ReferenceService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/ExportFolder.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>
#include <poppler-qt6.h>

namespace mladesk {

namespace {

// Every page of a PDF as an image at `dpi`. One Poppler document per call:
// Poppler documents are not shared between threads.
QList<QImage> pageImages(const QByteArray& pdf, double dpi) {
    QList<QImage> images;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return images;
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < document->numPages(); ++i)
        if (std::unique_ptr<Poppler::Page> page = document->page(i))
            images.append(page->renderToImage(dpi, dpi));
    return images;
}

struct Rendering {
    Result<RenderedDocument> document = makeError(ErrorCode::InvalidInput, QString());
    QList<QImage> pages;
};

} // namespace

DocumentPreviewDialog::DocumentPreviewDialog(Workspace& session, const QString& requestId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(session)
    , m_requestId(requestId) {
    setWindowTitle(tr("Request document"));
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Document language"));
    m_second = new QComboBox(this);
    m_second->setAccessibleName(tr("Second language"));
    m_second->addItem(tr("(none)"), QString());
    for (const QString& code : documentLanguages()) {
        m_language->addItem(documentLanguageName(code), code);
        m_second->addItem(documentLanguageName(code), code);
    }
    m_zoom = new QComboBox(this);
    m_zoom->setAccessibleName(tr("Zoom"));
    for (int percent : {50, 75, 100, 125, 150, 200})
        m_zoom->addItem(QStringLiteral("%1 %").arg(percent), percent);
    m_zoom->setCurrentIndex(2);
    m_previous = new QPushButton(tr("◀ &Previous"), this);
    m_next = new QPushButton(tr("&Next ▶"), this);
    m_pageLabel = new QLabel(this);
    controls->addWidget(new QLabel(tr("&Language:"), this));
    static_cast<QLabel*>(controls->itemAt(0)->widget())->setBuddy(m_language);
    controls->addWidget(m_language);
    auto* secondLabel = new QLabel(tr("&Side by side with:"), this);
    secondLabel->setBuddy(m_second);
    controls->addWidget(secondLabel);
    controls->addWidget(m_second);
    controls->addWidget(m_zoom);
    controls->addStretch();
    controls->addWidget(m_previous);
    controls->addWidget(m_pageLabel);
    controls->addWidget(m_next);
    layout->addLayout(controls);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Document status"));
    layout->addWidget(m_status);
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Page"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    connect(m_save, &QPushButton::clicked, this, &DocumentPreviewDialog::saveAs);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::drawPages);
    resize(900, 900);

    // The request is read (and the view recorded) through the session, on this thread.
    auto input = requestDocumentInput(m_workspace, m_requestId);
    if (!input) {
        m_status->setText(input.error().message);
        for (QWidget* w : std::initializer_list<QWidget*>{m_language, m_second, m_zoom, m_print, m_save})
            w->setEnabled(false);
        return;
    }
    m_reference = input->request.reference;
    setWindowTitle(tr("Request document: %1").arg(m_reference));
    m_model = buildDocumentModel(input.value());
    m_modelOk = true;
    if (auto catalogue = m_workspace.references().catalogue())
        m_language->setCurrentIndex(
            std::max(0, m_language->findData(defaultDocumentLanguage(catalogue.value(), input->request))));
    connect(m_language, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::render);
    connect(m_second, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::render);
    render();
}

void DocumentPreviewDialog::render() {
    if (!m_modelOk)
        return;
    RenderOptions options;
    options.language = m_language->currentData().toString();
    options.secondLanguage = m_second->currentData().toString();
    if (options.secondLanguage == options.language)
        options.secondLanguage.clear();
    const double dpi = 96.0 * m_zoom->currentData().toInt() / 100.0;
    const int generation = ++m_generation;
    m_busy = true;
    m_status->setText(tr("Rendering the document…"));
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    const DocumentModel model = m_model;
    runInBackground<Rendering>(
        this,
        [model, options, dpi] {
            Rendering result;
            result.document = PdfRenderer::render(model, options);
            if (result.document)
                result.pages = pageImages(result.document->pdf, dpi);
            return result;
        },
        [this, generation](Rendering result) {
            if (generation != m_generation)
                return; // a newer choice is being rendered
            m_busy = false;
            if (!result.document) {
                m_status->setText(result.document.error().message);
                m_pages.clear();
                showPage(0);
                emit rendered();
                return;
            }
            m_pdf = result.document->pdf;
            m_draft = result.document->draft;
            m_pages = result.pages;
            m_status->setText(
                m_draft ? tr("DRAFT: this document cannot be sent yet. %1")
                              .arg(result.document->untranslated.isEmpty()
                                       ? tr("The request lacks what its instrument requires.")
                                       : tr("Not reviewed in this language: %1.")
                                             .arg(result.document->untranslated.join(QStringLiteral(", "))))
                        : tr("Final: every required element is there and every text is reviewed "
                             "in this language."));
            m_print->setEnabled(true);
            m_save->setEnabled(true);
            showPage(std::min(m_page, int(m_pages.size()) - 1));
            emit rendered();
        });
}

void DocumentPreviewDialog::drawPages() {
    if (m_pdf.isEmpty())
        return;
    const double dpi = 96.0 * m_zoom->currentData().toInt() / 100.0;
    const QByteArray pdf = m_pdf;
    const int generation = ++m_generation;
    m_busy = true;
    runInBackground<QList<QImage>>(
        this, [pdf, dpi] { return pageImages(pdf, dpi); },
        [this, generation](QList<QImage> pages) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_pages = pages;
            showPage(m_page);
            emit rendered();
        });
}

void DocumentPreviewDialog::showPage(int page) {
    m_page = std::clamp(page, 0, std::max(0, int(m_pages.size()) - 1));
    m_image->setPixmap(m_pages.isEmpty() ? QPixmap() : QPixmap::fromImage(m_pages.at(m_page)));
    m_pageLabel->setText(m_pages.isEmpty() ? QString()
                                           : tr("Page %1 of %2").arg(m_page + 1).arg(m_pages.size()));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pages.size());
}

bool DocumentPreviewDialog::saveTo(const QString& path) {
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(m_pdf) != m_pdf.size() || !commitSaved(file)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The PDF could not be written to %1 (%2). Choose another place.")
                                 .arg(path, fileProblem(file)));
        return false;
    }
    (void)m_workspace.audit().record(
        QStringLiteral("render"), QStringLiteral("request:") + m_requestId,
        QStringLiteral("saved as PDF (%1)%2")
            .arg(m_language->currentData().toString(), m_draft ? QStringLiteral(", draft") : QString()));
    return true;
}

void DocumentPreviewDialog::saveAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), exportFolder::suggestedPath(m_reference + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    exportFolder::remember(path);
    if (saveTo(path))
        QMessageBox::information(this, windowTitle(),
                                 tr("Saved to %1. This copy is not encrypted: keep it where the case file "
                                    "belongs and delete it when it has been sent.")
                                     .arg(path));
}

void DocumentPreviewDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_reference);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(m_pdf);
    QPainter painter(&printer);
    for (int i = 0; document && i < document->numPages(); ++i) {
        if (i > 0)
            printer.newPage();
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QImage image = page->renderToImage(printer.resolution(), printer.resolution());
        const QRect target = painter.viewport();
        const QSize size = image.size().scaled(target.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(target.topLeft(), size), image);
    }
    painter.end();
    QApplication::restoreOverrideCursor();
    (void)m_workspace.audit().record(
        QStringLiteral("render"), QStringLiteral("request:") + m_requestId,
        QStringLiteral("printed (%1)").arg(m_language->currentData().toString()));
}

} // namespace mladesk
