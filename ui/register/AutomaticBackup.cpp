#include "AutomaticBackup.h"

#include "access/Role.h"
#include "repositories/Backup.h"
#include "services/BackupService.h"
#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/widgets/BackgroundTask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

namespace mladesk {

namespace {

constexpr int kCheckEveryMs = 60 * 60 * 1000;
constexpr auto kStamp = "yyyyMMdd-HHmmss";

QString key(const QString& registerId, const char* name) {
    return QStringLiteral("backup/%1/%2").arg(registerId, QLatin1String(name));
}

QString prefix(const QString& registerName, const QString& registerId) {
    return registerName + QLatin1Char('-') + registerId.left(8) + QLatin1Char('-');
}

// When a file of backupsIn() was taken, from its name.
QDateTime takenAt(const QString& file, const QString& start) {
    const QString name = QFileInfo(file).fileName();
    return QDateTime::fromString(name.mid(start.size(), 15), QLatin1String(kStamp)).toUTC();
}

} // namespace

AutomaticBackup::Settings AutomaticBackup::load(const QString& registerId) {
    QSettings settings;
    Settings s;
    s.enabled = settings.value(key(registerId, "enabled"), false).toBool();
    s.folder = settings.value(key(registerId, "folder")).toString();
    s.everyDays = std::clamp(settings.value(key(registerId, "every_days"), 7).toInt(), 1, 365);
    s.keep = std::clamp(settings.value(key(registerId, "keep"), 5).toInt(), 1, 1000);
    return s;
}

void AutomaticBackup::save(const QString& registerId, const Settings& s) {
    QSettings settings;
    settings.setValue(key(registerId, "enabled"), s.enabled);
    settings.setValue(key(registerId, "folder"), s.folder);
    settings.setValue(key(registerId, "every_days"), s.everyDays);
    settings.setValue(key(registerId, "keep"), s.keep);
}

QStringList AutomaticBackup::backupsIn(const QString& folder, const QString& registerName,
                                       const QString& registerId) {
    const QString start = prefix(registerName, registerId);
    const QRegularExpression pattern(QStringLiteral("^%1\\d{8}-\\d{6}%2$")
                                         .arg(QRegularExpression::escape(start),
                                              QRegularExpression::escape(QLatin1String(kBackupSuffix))));
    QStringList found;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files, QDir::Name))
        if (pattern.match(file.fileName()).hasMatch())
            found << file.absoluteFilePath();
    return found; // by name: by time
}

AutomaticBackup::AutomaticBackup(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &AutomaticBackup::checkNow);
}

AutomaticBackup::~AutomaticBackup() = default;

void AutomaticBackup::setWorkspace(Workspace* workspace, const QString& registerName,
                                   const QString& registerId) {
    m_workspace = workspace;
    m_registerName = registerName;
    m_registerId = registerId;
    m_warned = false;
    if (!workspace || !workspace->session().can(Action::BackUp)) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    QTimer::singleShot(0, this, [this] { checkNow(); });
}

bool AutomaticBackup::checkNow() {
    if (!m_workspace || m_running || !m_workspace->session().can(Action::BackUp))
        return false;
    const Settings settings = load(m_registerId);
    if (!settings.enabled || settings.folder.isEmpty())
        return false;
    const QStringList existing = backupsIn(settings.folder, m_registerName, m_registerId);
    const QString start = prefix(m_registerName, m_registerId);
    const QDateTime now = m_clock();
    if (!existing.isEmpty() && takenAt(existing.last(), start).addDays(settings.everyDays) > now)
        return false;
    if (!QFileInfo(settings.folder).isDir()) {
        finish(makeError(ErrorCode::NotFound,
                         tr("The folder for automatic backups, %1, is not there (a disk not connected?). "
                            "Connect it, or choose another in Register › Back up….")
                             .arg(settings.folder)),
               settings);
        return false;
    }
    auto copier = m_workspace->backups().copier();
    if (!copier) {
        finish(copier.error(), settings);
        return false;
    }
    const QString target =
        QDir(settings.folder)
            .filePath(start + now.toString(QLatin1String(kStamp)) + QLatin1String(kBackupSuffix));
    std::shared_ptr<BackupCopier> shared(std::move(copier.value()));
    m_running = true;
    QPointer<AutomaticBackup> self(this);
    runInBackground<Result<BackupFacts>>(
        this, [shared, target] { return shared->write(target); },
        [self, settings](Result<BackupFacts> written) {
            if (self)
                self->finish(written, settings);
        });
    return true;
}

void AutomaticBackup::finish(const Result<BackupFacts>& written, const Settings& settings) {
    m_running = false;
    if (!written) {
        const QString message = tr("The automatic backup failed: %1").arg(written.error().message);
        if (!m_warned)
            emit done(false, message);
        m_warned = true;
        return;
    }
    if (m_workspace)
        (void)m_workspace->backups().recordBackup(written.value());
    // Keep the last K (the one just written among them).
    QStringList all = backupsIn(settings.folder, m_registerName, m_registerId);
    QStringList removed;
    while (all.size() > settings.keep) {
        const QString oldest = all.takeFirst();
        if (QFile::remove(oldest))
            removed << QFileInfo(oldest).fileName();
    }
    emit done(true, removed.isEmpty()
                        ? tr("Automatic backup written: %1").arg(QFileInfo(written->file).fileName())
                        : tr("Automatic backup written: %1; older ones deleted: %2")
                              .arg(QFileInfo(written->file).fileName(), removed.join(QStringLiteral(", "))));
}

} // namespace mladesk
