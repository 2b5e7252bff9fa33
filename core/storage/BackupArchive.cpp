#include "BackupArchive.h"

#include "error/CoreText.h"
#include "error/FileError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <cstring>

namespace mladesk {

namespace {

constexpr qint64 kBlock = 512;
constexpr qint64 kPiece = 1 << 20;
constexpr qint64 kOctalLimit = 077777777777ll; // 11 octal digits: 8 GiB - 1

// Fields of a ustar header (POSIX.1-1988): offset, length.
struct Field {
    int at;
    int size;
};
constexpr Field kName{0, 100}, kMode{100, 8}, kUid{108, 8}, kGid{116, 8}, kSize{124, 12}, kMtime{136, 12},
    kChecksum{148, 8}, kType{156, 1}, kMagic{257, 6}, kVersion{263, 2};

void putOctal(QByteArray& block, Field f, qint64 value) {
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(f.size - 1, '0');
    std::memcpy(block.data() + f.at, digits.constData(), std::size_t(f.size - 1));
    block[f.at + f.size - 1] = '\0';
}

void putSize(QByteArray& block, qint64 size) {
    if (size <= kOctalLimit) {
        putOctal(block, kSize, size);
        return;
    }
    // GNU base-256: the high bit of the first byte set, the value big-endian.
    block[kSize.at] = char(0x80);
    for (int i = kSize.size - 1; i > 0; --i, size >>= 8)
        block[kSize.at + i] = char(size & 0xff);
}

qint64 checksumOf(const QByteArray& block) {
    qint64 sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += (i >= kChecksum.at && i < kChecksum.at + kChecksum.size) ? ' ' : quint8(block[i]);
    return sum;
}

// An octal field, or -1 when it is not one.
qint64 readOctal(const QByteArray& block, Field f) {
    qint64 value = 0;
    int i = 0;
    while (i < f.size && block[f.at + i] == ' ')
        ++i;
    int digits = 0;
    for (; i < f.size && block[f.at + i] >= '0' && block[f.at + i] <= '7'; ++i, ++digits) {
        if (value > (std::numeric_limits<qint64>::max() >> 3))
            return -1;
        value = value * 8 + (block[f.at + i] - '0');
    }
    for (; i < f.size; ++i)
        if (block[f.at + i] != '\0' && block[f.at + i] != ' ')
            return -1;
    return digits > 0 ? value : -1;
}

qint64 readSize(const QByteArray& block) {
    if (quint8(block[kSize.at]) != 0x80)
        return readOctal(block, kSize);
    qint64 value = 0;
    for (int i = 1; i < kSize.size; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 8))
            return -1;
        value = (value << 8) | quint8(block[kSize.at + i]);
    }
    return value;
}

QString problemOf(const QIODevice& device) {
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    return file ? fileProblem(*file) : device.errorString();
}

Error damaged(const QString& why) {
    return makeError(
        ErrorCode::Damaged,
        text::Storage::tr("This is not a readable MLA Desk backup (%1). Nothing was restored; use "
                          "another copy of the backup.")
            .arg(why));
}

// The bytes of one entry, and no more, as a sequential device.
class EntryDevice : public QIODevice {
public:
    EntryDevice(QIODevice& in, qint64 size)
        : m_in(in)
        , m_left(size) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_left + QIODevice::bytesAvailable(); }
    qint64 left() const { return m_left; }

protected:
    qint64 readData(char* data, qint64 max) override {
        if (m_left == 0)
            return -1;
        const qint64 got = m_in.read(data, std::min(max, m_left));
        if (got <= 0) {
            setErrorString(text::Storage::tr("the archive ends inside a file"));
            return -1;
        }
        m_left -= got;
        return got;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_in;
    qint64 m_left;
};

Status skip(QIODevice& in, qint64 bytes) {
    QByteArray buffer;
    while (bytes > 0) {
        buffer = in.read(std::min(bytes, kPiece));
        if (buffer.isEmpty())
            return damaged(text::Storage::tr("the archive ends inside a file"));
        bytes -= buffer.size();
    }
    return {};
}

} // namespace

Status BackupArchiveWriter::header(const QString& name, qint64 size) {
    const QByteArray encoded = name.toUtf8();
    if (encoded.size() >= kName.size)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Archive name too long: %1").arg(name));
    QByteArray block(kBlock, '\0');
    std::memcpy(block.data() + kName.at, encoded.constData(), std::size_t(encoded.size()));
    putOctal(block, kMode, 0600);
    putOctal(block, kUid, 0);
    putOctal(block, kGid, 0);
    putSize(block, size);
    putOctal(block, kMtime, m_modified);
    block[kType.at] = '0';
    std::memcpy(block.data() + kMagic.at, "ustar", 6);
    std::memcpy(block.data() + kVersion.at, "00", 2);
    const QByteArray sum = QByteArray::number(checksumOf(block), 8).rightJustified(6, '0');
    std::memcpy(block.data() + kChecksum.at, sum.constData(), 6);
    block[kChecksum.at + 6] = '\0';
    block[kChecksum.at + 7] = ' ';
    if (m_out.write(block) != kBlock)
        return makeError(ErrorCode::Io, problemOf(m_out));
    return {};
}

Status BackupArchiveWriter::pad(qint64 size) {
    const qint64 rest = (kBlock - size % kBlock) % kBlock;
    if (rest > 0 && m_out.write(QByteArray(rest, '\0')) != rest)
        return makeError(ErrorCode::Io, problemOf(m_out));
    return {};
}

Status BackupArchiveWriter::addFile(const QString& name, const QString& path, QString* sha256,
                                    const std::function<bool(qint64)>& advanced) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            text::Storage::tr("Could not read %1 for the backup: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (auto st = header(name, size); !st)
        return st;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    while (copied < size) {
        const QByteArray piece = file.read(std::min(kPiece, size - copied));
        if (piece.isEmpty())
            return makeError(
                ErrorCode::Io,
                text::Storage::tr("Could not read %1 for the backup: %2").arg(path, file.errorString()));
        if (m_out.write(piece) != piece.size())
            return makeError(ErrorCode::Io, problemOf(m_out));
        hash.addData(piece);
        copied += piece.size();
        if (advanced && !advanced(piece.size()))
            return makeError(ErrorCode::Io, text::Storage::tr("The backup was cancelled."));
    }
    if (sha256)
        *sha256 = QString::fromLatin1(hash.result().toHex());
    return pad(size);
}

Status BackupArchiveWriter::addBytes(const QString& name, const QByteArray& bytes) {
    if (auto st = header(name, bytes.size()); !st)
        return st;
    if (m_out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, problemOf(m_out));
    return pad(bytes.size());
}

Status BackupArchiveWriter::finish() {
    if (m_out.write(QByteArray(2 * kBlock, '\0')) != 2 * kBlock)
        return makeError(ErrorCode::Io, problemOf(m_out));
    return {};
}

Status BackupArchiveReader::read(QIODevice& in, const std::function<bool(const QString&)>& acceptName,
                                 const Sink& sink, int maxEntries) {
    QSet<QString> seen;
    const qint64 total = in.isSequential() ? std::numeric_limits<qint64>::max() : in.size();
    for (;;) {
        const QByteArray block = in.read(kBlock);
        if (block.size() != kBlock)
            return damaged(text::Storage::tr("it ends without the end-of-archive blocks"));
        if (block.count('\0') == kBlock)
            return {}; // the end
        if (readOctal(block, kChecksum) != checksumOf(block))
            return damaged(text::Storage::tr("a header's checksum is wrong"));
        if (std::memcmp(block.constData() + kMagic.at, "ustar", 5) != 0)
            return damaged(text::Storage::tr("a header is not a ustar header"));
        const char type = block[kType.at];
        const QByteArray nameField = block.mid(kName.at, kName.size);
        const qsizetype nameEnd = nameField.indexOf('\0');
        const QString name = QString::fromUtf8(nameEnd < 0 ? nameField : nameField.left(nameEnd));
        const qint64 size = readSize(block);
        if (size < 0 || size > total - in.pos())
            return damaged(text::Storage::tr("the size of %1 is impossible").arg(name));
        if (type == '5') { // a folder: nothing to read
            if (size != 0)
                return damaged(text::Storage::tr("the folder %1 has a size").arg(name));
            continue;
        }
        if (type != '0' && type != '\0')
            return damaged(
                text::Storage::tr("%1 is not a regular file (links and devices are refused)").arg(name));
        if (!acceptName(name))
            return damaged(text::Storage::tr("it holds %1, which a backup does not").arg(name));
        if (seen.contains(name))
            return damaged(text::Storage::tr("it holds %1 twice").arg(name));
        if (seen.size() >= maxEntries)
            return damaged(text::Storage::tr("it holds more than %1 files").arg(maxEntries));
        seen.insert(name);
        EntryDevice entry(in, size);
        if (auto st = sink(name, size, entry); !st)
            return st;
        if (auto st = skip(in, entry.left() + (kBlock - size % kBlock) % kBlock); !st)
            return st;
    }
}

} // namespace mladesk
