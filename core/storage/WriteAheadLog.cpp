#include "WriteAheadLog.h"

#include "error/CoreText.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtEndian>
#include <cstring>

namespace mladesk {

namespace {

// The WAL format: https://www.sqlite.org/fileformat2.html#walformat
constexpr qint64 kHeaderSize = 32;
constexpr qint64 kFrameHeaderSize = 24;
constexpr quint32 kMagic = 0x377f0682; // | 1: checksums of big-endian words
constexpr quint32 kFormatVersion = 3007000;

quint32 be32(const char* p) {
    return qFromBigEndian<quint32>(p);
}

// SQLite's walChecksumBytes: pairs of 32-bit words, in the byte order the
// log's magic number names, continuing from the previous sums.
void checksum(bool bigEndian, const char* data, qint64 size, quint32& s0, quint32& s1) {
    for (qint64 i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 =
            bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 =
            bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

// The wal-index header a writer keeps in PATH-shm (two identical copies, in
// the writer's native byte order): mxFrame is the last frame of the last
// transaction it committed. It is read only to learn what a killed writer had
// committed; SQLite rebuilds the index itself.
qint64 framesTheIndexCommitted(const QString& shmPath, const QByteArray& salts) {
    QFile shm(shmPath);
    if (!shm.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray head = shm.read(96);
    if (head.size() < 96 || std::memcmp(head.constData(), head.constData() + 48, 48) != 0)
        return 0;
    quint32 version = 0;
    quint32 mxFrame = 0;
    std::memcpy(&version, head.constData(), 4);
    std::memcpy(&mxFrame, head.constData() + 16, 4);
    if (version != kFormatVersion || head.at(12) != 1 || head.mid(32, 8) != salts)
        return 0;
    return mxFrame;
}

WriteAheadLogInspection inspectOnce(const QString& databasePath) {
    WriteAheadLogInspection result;
    const QString walPath = databasePath + QStringLiteral("-wal");
    QFile wal(walPath);
    if (!wal.open(QIODevice::ReadOnly))
        return result;
    const QByteArray header = wal.read(kHeaderSize);
    if (header.size() < kHeaderSize)
        return result; // an empty log: nothing to lose
    const QByteArray salts = header.mid(16, 8);
    // The index before the frames: what it says was committed was in the log
    // before the frames are read, even while another program writes.
    const qint64 indexed = framesTheIndexCommitted(databasePath + QStringLiteral("-shm"), salts);
    const quint32 magic = be32(header.constData());
    const bool bigEndian = (magic & 1) != 0;
    qint64 pageSize = be32(header.constData() + 8);
    const bool pageSizeFits = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if (!pageSizeFits)
        pageSize = 4096; // SQLCipher's pinned page size (Database::open)
    quint32 s0 = 0;
    quint32 s1 = 0;
    checksum(bigEndian, header.constData(), 24, s0, s1);
    const bool headerReads = (magic & ~1u) == kMagic && be32(header.constData() + 4) == kFormatVersion &&
                             pageSizeFits && s0 == be32(header.constData() + 24) &&
                             s1 == be32(header.constData() + 28);
    result.headerReads = headerReads;
    if (!headerReads)
        result.firstBadFrame = 1; // SQLite ignores every frame of the log

    const qint64 frameSize = kFrameHeaderSize + pageSize;
    result.frames = (wal.size() - kHeaderSize) / frameSize;
    if (!headerReads && result.frames == 0 && wal.size() >= kHeaderSize + kFrameHeaderSize + 512)
        result.frames = 1; // a damaged page size larger than the pages: frames follow all the same
    QByteArray frame(frameSize, Qt::Uninitialized);
    for (qint64 i = 1; i <= result.frames; ++i) {
        if (wal.read(frame.data(), frameSize) != frameSize) {
            result.frames = i - 1;
            break;
        }
        const bool ours = std::memcmp(frame.constData() + 8, salts.constData(), 8) == 0;
        const bool commits = be32(frame.constData() + 4) != 0;
        if (result.firstBadFrame == 0) {
            quint32 t0 = s0;
            quint32 t1 = s1;
            checksum(bigEndian, frame.constData(), 8, t0, t1);
            checksum(bigEndian, frame.constData() + kFrameHeaderSize, pageSize, t0, t1);
            if (ours && be32(frame.constData()) != 0 && t0 == be32(frame.constData() + 16) &&
                t1 == be32(frame.constData() + 20)) {
                s0 = t0;
                s1 = t1;
                if (commits)
                    result.validFrames = i;
                continue;
            }
            result.firstBadFrame = i;
            continue;
        }
        // Past the first frame SQLite cannot read: a frame of this log that
        // ends a transaction means a committed transaction would be dropped.
        if (ours && commits)
            ++result.committedAfter;
    }
    result.indexedFrames = indexed;
    return result;
}

} // namespace

WriteAheadLogInspection inspectWriteAheadLog(const QString& databasePath) {
    WriteAheadLogInspection first = inspectOnce(databasePath);
    if (!first.damaged())
        return first;
    // Another program may be writing the log this very moment (a frame read
    // half-written): damage is what is still there a moment later.
    QThread::msleep(100);
    return inspectOnce(databasePath);
}

Status checkWriteAheadLog(const QString& databasePath) {
    const WriteAheadLogInspection log = inspectWriteAheadLog(databasePath);
    if (!log.damaged())
        return {};
    const QString walName = QFileInfo(databasePath).fileName() + QStringLiteral("-wal");
    const QString folder = QFileInfo(databasePath).absolutePath();
    QString what;
    if (!log.headerReads)
        what = text::Storage::tr("its header (the first 32 bytes, with the log's page size and salts) does "
                                 "not verify, so none of its frames can be read, and the transactions "
                                 "committed in them would be lost if the register were opened now");
    else if (log.firstBadFrame > 0)
        what = text::Storage::tr("frame %1 of %2 cannot be read, and the transactions committed from it on "
                                 "would be lost if the register were opened now")
                   .arg(log.firstBadFrame)
                   .arg(log.frames);
    else
        what = text::Storage::tr("it holds %1 whole frames, but the index %2-shm of the program that last "
                                 "wrote it says %3 were committed: the log was cut short, and the "
                                 "transactions committed after frame %4 would be lost if the register were "
                                 "opened now")
                   .arg(log.frames)
                   .arg(QFileInfo(databasePath).fileName())
                   .arg(log.indexedFrames)
                   .arg(log.validFrames);
    return makeError(
        ErrorCode::Damaged,
        text::Storage::tr("The register's write-ahead log %1 is damaged: %2. Nothing was changed: the "
                          "register's files are exactly as they were. First make a rescue copy: "
                          "copy the whole folder %3 somewhere safe (it still holds those "
                          "transactions). Then open a backup of the register. docs/register.md (\"A "
                          "damaged register\") says how to recover.")
            .arg(walName, what, folder));
}

} // namespace mladesk
