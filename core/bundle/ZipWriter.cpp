#include "ZipWriter.h"

#include <QDateTime>
#include <QFile>
#include <QtEndian>
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

// Deflates what is written to it into the container, counting CRC and sizes.
class ZipWriter::EntryDevice : public QIODevice {
public:
    explicit EntryDevice(ZipWriter& writer)
        : m_writer(writer) {
        m_stream.zalloc = Z_NULL;
        m_stream.zfree = Z_NULL;
        m_stream.opaque = Z_NULL;
        m_ok = deflateInit2(&m_stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        open(QIODevice::WriteOnly);
    }
    ~EntryDevice() override { deflateEnd(&m_stream); }
    bool isSequential() const override { return true; }
    bool ok() const { return m_ok; }
    quint32 crc() const { return m_crc; }
    qint64 size() const override { return m_size; }
    qint64 compressed() const { return m_compressed; }

    bool finish() { return pump(nullptr, 0, Z_FINISH); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        if (!m_ok)
            return -1;
        qint64 done = 0;
        while (done < size) {
            const qint64 piece = qMin<qint64>(size - done, 1 << 20);
            m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef*>(data + done), uInt(piece)));
            if (!pump(data + done, piece, Z_NO_FLUSH))
                return -1;
            done += piece;
        }
        m_size += size;
        if (m_size > kLimit) {
            m_ok = false;
            setErrorString(QStringLiteral("an entry of a bundle may not exceed 4 GiB"));
            return -1;
        }
        return size;
    }

private:
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
    z_stream m_stream{};
    bool m_ok = false;
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

ZipWriter::~ZipWriter() {
    m_entry.reset();
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Status ZipWriter::fail(const QString& why) {
    m_error = why;
    return makeError(ErrorCode::Io, QStringLiteral("Could not write the bundle %1: %2.").arg(m_path, why));
}

Status ZipWriter::open() {
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    return {};
}

Status ZipWriter::writeRaw(const QByteArray& bytes) {
    if (m_file.write(bytes) != bytes.size())
        return fail(m_file.errorString());
    m_offset += bytes.size();
    if (m_offset > kLimit)
        return fail(QStringLiteral("a bundle may not exceed 4 GiB"));
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
    c.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(bytes.constData()), uInt(bytes.size())));
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

Result<QIODevice*> ZipWriter::beginEntry(const QString& name) {
    if (m_entry)
        return fail(QStringLiteral("an entry is still open")).error();
    Central c;
    c.name = name.toUtf8();
    c.offset = m_offset;
    c.method = 8;
    c.flags = kUtf8 | kDescriptor;
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
    if (auto st = writeRaw(header); !st)
        return st.error();
    m_central << c;
    m_entry = std::make_unique<EntryDevice>(*this);
    if (!m_entry->ok())
        return fail(QStringLiteral("zlib could not start")).error();
    return static_cast<QIODevice*>(m_entry.get());
}

Status ZipWriter::finishEntry() {
    if (!m_entry)
        return fail(QStringLiteral("no entry is open"));
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
                         QStringLiteral("Could not read %1: %2.").arg(sourcePath, source.errorString()));
    auto device = beginEntry(name);
    if (!device)
        return device.error();
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Io,
                             QStringLiteral("Could not read %1: %2.").arg(sourcePath, source.errorString()));
        if (n == 0)
            break;
        if (device.value()->write(buffer.constData(), n) != n)
            return fail(device.value()->errorString());
    }
    return finishEntry();
}

Status ZipWriter::commit() {
    if (m_entry)
        return fail(QStringLiteral("an entry is still open"));
    const qint64 start = m_offset;
    QByteArray central;
    for (const Central& c : m_central) {
        put32(central, 0x02014b50);
        put16(central, 0x031e); // made by: Unix, ZIP 3.0
        put16(central, c.method == 0 ? 10 : 20);
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
        return fail(QStringLiteral("a bundle may not hold more than 65535 entries"));
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
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!m_file.commit())
        return fail(m_file.errorString());
    return {};
}

} // namespace mladesk::bundle
