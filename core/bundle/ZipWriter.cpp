#include "ZipWriter.h"

#include "bundle/OpenSsl.h"
#include "error/CoreText.h"
#include "error/FileError.h"
#include "security/OwnerOnlyFile.h"

#include <QDateTime>
#include <QFile>
#include <QtEndian>
#include <condition_variable>
#include <deque>
#include <fcntl.h>
#include <functional>
#include <libdeflate.h>
#include <mutex>
#include <thread>
#include <utility>
#include <zlib.h>

namespace mladesk::bundle {

namespace {

constexpr qint64 kLimit = 0xFFFFFFFFll; // no ZIP64
constexpr quint16 kUtf8 = 0x0800;
constexpr quint16 kDescriptor = 0x0008;

void put16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

// One worker thread that does job() on each chunk, in order. At most
// kMaxQueued bytes wait, so memory stays flat. The first error stops it.
class ZipWriter::Stage {
public:
    explicit Stage(std::function<QString(const QByteArray&)> job)
        : m_job(std::move(job)) {
        m_thread = std::thread([this] { run(); });
    }
    ~Stage() { close(); }
    Stage(const Stage&) = delete;
    Stage& operator=(const Stage&) = delete;

    // False once job() failed (error() says why).
    bool add(const QByteArray& chunk) {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_queued < kMaxQueued || !m_error.isEmpty(); });
        if (!m_error.isEmpty())
            return false;
        m_queue.push_back(chunk);
        m_queued += chunk.size();
        m_ready.notify_one();
        return true;
    }
    QString error() {
        const std::lock_guard lock(m_mutex);
        return m_error;
    }
    // Waits for the last chunk.
    void close() {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_one();
        m_thread.join();
    }

private:
    static constexpr qint64 kMaxQueued = 8 * 1024 * 1024;

    void run() {
        while (true) {
            QByteArray chunk;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [&] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty())
                    return;
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            const QString failed = m_job(chunk);
            {
                const std::lock_guard lock(m_mutex);
                m_queued -= chunk.size();
                if (!failed.isEmpty() && m_error.isEmpty()) {
                    m_error = failed;
                    m_queue.clear();
                    m_queued = 0;
                }
            }
            m_space.notify_one();
        }
    }

    std::function<QString(const QByteArray&)> m_job;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QByteArray> m_queue;
    qint64 m_queued = 0;
    QString m_error;
    bool m_closed = false;
};

// Writes the bytes of the file on one thread and hashes them on another
// while the writer goes on reading, hashing and CRC-ing the next piece: the
// file's SHA-256 (WrittenBundle::sha256) costs no second pass, and writing
// (about as slow as SHA-256 here) overlaps the rest. The file is only
// touched by the writing thread until finish() has joined it.
class ZipWriter::FileSink {
public:
    explicit FileSink(QIODevice& out)
        : m_write([this, &out](const QByteArray& chunk) {
            if (out.write(chunk) != chunk.size()) {
                auto* file = qobject_cast<QFileDevice*>(&out);
                const QString why = file ? fileProblem(*file) : out.errorString();
                return why.isEmpty() ? text::Bundle::tr("a write failed") : why;
            }
            if (auto* file = qobject_cast<QFileDevice*>(&out))
                startWriteBack(*file, chunk.size());
            return QString();
        })
        , m_hashing([this](const QByteArray& chunk) {
            m_hash.add(chunk.constData(), chunk.size());
            return QString();
        }) {}
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;

    // False once a write failed (error() says why).
    bool add(const char* data, qint64 size) {
        const QByteArray chunk(data, size); // shared by both threads, read only
        return m_write.add(chunk) && m_hashing.add(chunk);
    }
    QString error() { return m_write.error(); }
    // Waits for the last write; the SHA-256 in lower-case hex, or empty
    // when a write or OpenSSL failed (error()).
    QString finish() {
        m_write.close();
        m_hashing.close();
        if (!m_write.error().isEmpty())
            return {};
        const QByteArray digest = m_hash.result();
        if (digest.isEmpty())
            m_hashError = text::Bundle::tr("OpenSSL could not compute its SHA-256");
        return QString::fromLatin1(digest.toHex());
    }
    QString finishError() { return m_hashError.isEmpty() ? m_write.error() : m_hashError; }

private:
    // Asks the kernel to start writing what has been written so far to the
    // disk (Linux sync_file_range, without waiting), so that the fdatasync of
    // QSaveFile::commit() finds little left to write: 200 MB took 65-100 ms
    // there, after the writing, instead of during it.
    void startWriteBack(QFileDevice& file, qint64 written) {
        m_unsynced += written;
        if (m_unsynced < kWriteBackBytes || !file.flush())
            return;
        ::sync_file_range(file.handle(), m_synced, m_unsynced, SYNC_FILE_RANGE_WRITE);
        m_synced += m_unsynced;
        m_unsynced = 0;
    }
    static constexpr qint64 kWriteBackBytes = 8 * 1024 * 1024;

    ossl::Sha256 m_hash;
    QString m_hashError;
    qint64 m_synced = 0; // written and handed to the kernel's write-back (write thread only)
    qint64 m_unsynced = 0;
    Stage m_write; // declared after m_hash: the threads stop before it goes
    Stage m_hashing;
};

// Deflates or stores what is written to it into the container, counting CRC
// and sizes. With Compression::Auto the local header waits for the first
// kTrial bytes, which decide the method.
class ZipWriter::EntryDevice : public QIODevice {
public:
    EntryDevice(ZipWriter& writer, Compression compression)
        : m_writer(writer)
        , m_compression(compression) {
        m_stream.zalloc = Z_NULL;
        m_stream.zfree = Z_NULL;
        m_stream.opaque = Z_NULL;
        open(QIODevice::WriteOnly);
        m_ok = compression == Compression::Auto || start(compression == Compression::Deflate);
    }
    ~EntryDevice() override {
        if (m_deflating)
            deflateEnd(&m_stream);
    }
    bool isSequential() const override { return true; }
    bool ok() const { return m_ok; }
    quint32 crc() const { return m_crc; }
    qint64 size() const override { return m_size; }
    qint64 compressed() const { return m_compressed; }

    bool finish() {
        if (!m_ok)
            return false;
        if (!m_started && !decide())
            return false;
        return !m_deflating || pump(nullptr, 0, Z_FINISH);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        if (!m_ok)
            return -1;
        if (m_size + size > kLimit) {
            m_ok = false;
            setErrorString(text::Bundle::tr("an entry of a bundle may not exceed 4 GiB"));
            return -1;
        }
        qint64 done = 0;
        if (!m_started) {
            done = qMin<qint64>(size, kTrial - m_pending.size());
            m_pending.append(data, done);
            if (m_pending.size() >= kTrial && !decide())
                return -1;
        }
        while (done < size) {
            const qint64 piece = qMin<qint64>(size - done, 1 << 20);
            if (!consume(data + done, piece))
                return -1;
            done += piece;
        }
        m_size += size;
        return size;
    }

private:
    static constexpr qint64 kTrial = 64 * 1024;

    // Whether level 1 saves at least 10 % of the first bytes.
    static bool worthDeflating(const QByteArray& first) {
        if (first.isEmpty())
            return true;
        z_stream trial{};
        if (deflateInit2(&trial, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return true;
        QByteArray out(qsizetype(deflateBound(&trial, uLong(first.size()))), Qt::Uninitialized);
        trial.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(first.constData()));
        trial.avail_in = uInt(first.size());
        trial.next_out = reinterpret_cast<Bytef*>(out.data());
        trial.avail_out = uInt(out.size());
        const int rc = deflate(&trial, Z_FINISH);
        const qint64 deflated = qint64(trial.total_out);
        deflateEnd(&trial);
        return rc == Z_STREAM_END && deflated * 10 <= qint64(first.size()) * 9;
    }

    bool start(bool deflating) {
        m_started = true;
        if (deflating) {
            if (deflateInit2(&m_stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
                Z_OK) {
                setErrorString(text::Bundle::tr("zlib could not start"));
                return false;
            }
            m_deflating = true;
        }
        if (!m_writer.writeLocalHeader(deflating ? 8 : 0)) {
            setErrorString(m_writer.m_error);
            return false;
        }
        return true;
    }

    bool decide() {
        const bool deflating = m_compression == Compression::Deflate ||
                               (m_compression == Compression::Auto && worthDeflating(m_pending));
        const QByteArray pending = std::exchange(m_pending, {});
        if (!start(deflating)) {
            m_ok = false;
            return false;
        }
        return pending.isEmpty() || consume(pending.constData(), pending.size());
    }

    bool consume(const char* data, qint64 size) {
        m_crc = libdeflate_crc32(m_crc, data, size_t(size));
        if (m_deflating)
            return pump(data, size, Z_NO_FLUSH);
        if (!m_writer.writeRaw(QByteArray::fromRawData(data, size))) {
            m_ok = false;
            setErrorString(m_writer.m_error);
            return false;
        }
        m_compressed += size;
        return true;
    }

    bool pump(const char* data, qint64 size, int flush) {
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
        m_stream.avail_in = uInt(size);
        char out[64 * 1024];
        int rc = Z_OK;
        do {
            m_stream.next_out = reinterpret_cast<Bytef*>(out);
            m_stream.avail_out = sizeof(out);
            rc = deflate(&m_stream, flush);
            if (rc == Z_STREAM_ERROR) {
                m_ok = false;
                return false;
            }
            const qint64 have = qint64(sizeof(out) - m_stream.avail_out);
            if (have > 0) {
                if (!m_writer.writeRaw(QByteArray::fromRawData(out, have))) {
                    m_ok = false;
                    setErrorString(m_writer.m_error);
                    return false;
                }
                m_compressed += have;
            }
        } while (m_stream.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        return true;
    }

    ZipWriter& m_writer;
    Compression m_compression;
    z_stream m_stream{};
    bool m_ok = false;
    bool m_started = false;
    bool m_deflating = false;
    QByteArray m_pending;
    quint32 m_crc = 0;
    qint64 m_size = 0;
    qint64 m_compressed = 0;
};

ZipWriter::ZipWriter(const QString& path)
    : m_path(path)
    , m_file(path) {
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    m_dosDate = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

ZipWriter::ZipWriter(QIODevice& target, const QString& name)
    : ZipWriter(name) {
    m_target = &target;
}

ZipWriter::~ZipWriter() {
    m_entry.reset();
    m_sink.reset();
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Status ZipWriter::fail(const QString& why) {
    m_error = why;
    return makeError(ErrorCode::Io, text::Bundle::tr("Could not write the bundle %1: %2.").arg(m_path, why));
}

Status ZipWriter::open() {
    if (m_target) {
        if (!m_target->isWritable())
            return fail(text::Bundle::tr("its target is not open for writing"));
        m_sink = std::make_unique<FileSink>(*m_target);
        return {};
    }
    // Owner-only from its creation: a bundle carries the case.
    if (!openOwnerOnly(m_file))
        return fail(fileProblem(m_file));
    m_sink = std::make_unique<FileSink>(m_file);
    return {};
}

Status ZipWriter::writeRaw(const QByteArray& bytes) {
    if (!m_sink)
        return fail(text::Bundle::tr("it is not open"));
    if (!m_sink->add(bytes.constData(), bytes.size()))
        return fail(m_sink->error());
    m_offset += bytes.size();
    if (m_offset > kLimit)
        return fail(text::Bundle::tr("a bundle may not exceed 4 GiB"));
    return {};
}

Status ZipWriter::addBytes(const QString& name, const QByteArray& bytes, bool stored) {
    if (!stored) {
        auto device = beginEntry(name);
        if (!device)
            return device.error();
        if (device.value()->write(bytes) != bytes.size())
            return fail(device.value()->errorString());
        return finishEntry();
    }
    Central c;
    c.name = name.toUtf8();
    c.crc = libdeflate_crc32(0, bytes.constData(), size_t(bytes.size()));
    c.compressed = c.size = bytes.size();
    c.offset = m_offset;
    c.method = 0;
    c.flags = 0; // ASCII name, sizes in the header: what ASiC-E asks of "mimetype"
    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, 10);
    put16(header, c.flags);
    put16(header, c.method);
    put16(header, m_dosTime);
    put16(header, m_dosDate);
    put32(header, c.crc);
    put32(header, quint32(c.compressed));
    put32(header, quint32(c.size));
    put16(header, quint16(c.name.size()));
    put16(header, 0);
    header += c.name;
    if (auto st = writeRaw(header); !st)
        return st;
    if (auto st = writeRaw(bytes); !st)
        return st;
    m_central << c;
    return {};
}

Result<QIODevice*> ZipWriter::beginEntry(const QString& name, Compression compression) {
    if (m_entry)
        return fail(text::Bundle::tr("an entry is still open")).error();
    Central c;
    c.name = name.toUtf8();
    c.offset = m_offset;
    c.flags = kUtf8 | kDescriptor;
    m_central << c;
    m_entry = std::make_unique<EntryDevice>(*this, compression);
    if (!m_entry->ok())
        return fail(m_error.isEmpty() ? m_entry->errorString() : m_error).error();
    return static_cast<QIODevice*>(m_entry.get());
}

// The local header of the open entry, once its method is known; CRC and
// sizes follow the data in a descriptor.
Status ZipWriter::writeLocalHeader(quint16 method) {
    Central& c = m_central.last();
    c.method = method;
    c.offset = m_offset;
    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, 20);
    put16(header, c.flags);
    put16(header, c.method);
    put16(header, m_dosTime);
    put16(header, m_dosDate);
    put32(header, 0);
    put32(header, 0);
    put32(header, 0);
    put16(header, quint16(c.name.size()));
    put16(header, 0);
    header += c.name;
    return writeRaw(header);
}

Status ZipWriter::finishEntry() {
    if (!m_entry)
        return fail(text::Bundle::tr("no entry is open"));
    if (!m_entry->ok() || !m_entry->finish())
        return fail(m_error.isEmpty() ? m_entry->errorString() : m_error);
    Central& c = m_central.last();
    c.crc = m_entry->crc();
    c.size = m_entry->size();
    c.compressed = m_entry->compressed();
    m_entry.reset();
    QByteArray descriptor;
    put32(descriptor, 0x08074b50);
    put32(descriptor, c.crc);
    put32(descriptor, quint32(c.compressed));
    put32(descriptor, quint32(c.size));
    return writeRaw(descriptor);
}

Status ZipWriter::addFile(const QString& name, const QString& sourcePath) {
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         text::Bundle::tr("Could not read %1: %2.").arg(sourcePath, source.errorString()));
    auto device = beginEntry(name, Compression::Auto);
    if (!device)
        return device.error();
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(
                ErrorCode::Io,
                text::Bundle::tr("Could not read %1: %2.").arg(sourcePath, source.errorString()));
        if (n == 0)
            break;
        if (device.value()->write(buffer.constData(), n) != n)
            return fail(device.value()->errorString());
    }
    return finishEntry();
}

Status ZipWriter::commit() {
    if (m_entry)
        return fail(text::Bundle::tr("an entry is still open"));
    const qint64 start = m_offset;
    QByteArray central;
    for (const Central& c : m_central) {
        put32(central, 0x02014b50);
        put16(central, 0x031e); // made by: Unix, ZIP 3.0
        put16(central, c.method == 0 && !(c.flags & kDescriptor) ? 10 : 20);
        put16(central, c.flags);
        put16(central, c.method);
        put16(central, m_dosTime);
        put16(central, m_dosDate);
        put32(central, c.crc);
        put32(central, quint32(c.compressed));
        put32(central, quint32(c.size));
        put16(central, quint16(c.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, quint32(0100644) << 16);
        put32(central, quint32(c.offset));
        central += c.name;
    }
    if (m_central.size() > 0xFFFF)
        return fail(text::Bundle::tr("a bundle may not hold more than 65535 entries"));
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_central.size()));
    put16(end, quint16(m_central.size()));
    put32(end, quint32(central.size()));
    put32(end, quint32(start));
    put16(end, 0);
    if (auto st = writeRaw(central + end); !st)
        return st;
    m_sha256 = m_sink->finish();
    if (m_sha256.isEmpty())
        return fail(m_sink->finishError());
    m_sink.reset();
    if (m_target)
        return {};
    if (!commitSaved(m_file))
        return fail(fileProblem(m_file));
    return {};
}

} // namespace mladesk::bundle
