#include "Envelope.h"

#include "bundle/OpenSsl.h"
#include "error/CoreText.h"

#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mladesk::bundle {

// The OpenSSL side of an EnvelopeWriter: the CMS structure and the chain of
// BIOs from the content (cms: encrypting, BER framing) through a buffer
// (buffered) to the file (fd).
struct EnvelopeWriter::Chain {
    ossl::CmsPtr cms;
    BIO* file = nullptr;     // owns fd
    BIO* buffered = nullptr; // buffer -> file; freed with BIO_free_all
    BIO* content = nullptr;  // what the plaintext is written to; its BIOs end at buffered
    int fd = -1;

    // Frees the BIOs that BIO_new_CMS pushed in front of buffered.
    void popContent() {
        while (content && content != buffered) {
            BIO* next = BIO_pop(content);
            BIO_free(content);
            content = next;
        }
        content = nullptr;
    }
    ~Chain() {
        popContent();
        if (buffered)
            BIO_free_all(buffered); // and the file BIO, which closes fd
        else if (file)
            BIO_free(file);
    }
};

// The plaintext side: a device whose bytes go into the CMS content BIO.
class EnvelopeWriter::Device : public QIODevice {
public:
    explicit Device(BIO* content)
        : m_content(content) {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        for (qint64 done = 0; done < size;) {
            const int piece = int(qMin<qint64>(size - done, 1 << 20));
            const int n = BIO_write(m_content, data + done, piece);
            if (n <= 0) {
                setErrorString(text::Bundle::tr("encrypting failed (%1)").arg(ossl::lastError()));
                return -1;
            }
            done += n;
        }
        return size;
    }

private:
    BIO* m_content;
};

QString EnvelopeWriter::partPath(const QString& outPath) {
    return outPath + QStringLiteral(".part");
}

Result<std::unique_ptr<EnvelopeWriter>> EnvelopeWriter::create(const QList<CertificateInfo>& recipients,
                                                               const QString& outPath,
                                                               Envelope::Cipher cipher) {
    if (recipients.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("Name the recipient's certificate to encrypt for."));
    ossl::X509Stack certs(sk_X509_new_null());
    for (const CertificateInfo& c : recipients) {
        if (!c.validAt(QDateTime::currentDateTimeUtc()))
            return makeError(
                ErrorCode::InvalidInput,
                text::Bundle::tr("The recipient certificate %1 is not valid now (valid %2 to %3).")
                    .arg(c.subject, c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate)));
        sk_X509_push(certs.get(), ossl::fromDer(c.der).release());
    }
    std::unique_ptr<EnvelopeWriter> writer(new EnvelopeWriter);
    writer->m_outPath = outPath;
    auto chain = std::make_unique<Chain>();
    const unsigned int flags = CMS_BINARY | CMS_STREAM;
    chain->cms.reset(
        CMS_encrypt(certs.get(), nullptr,
                    cipher == Envelope::Cipher::Aes256Gcm ? EVP_aes_256_gcm() : EVP_aes_256_cbc(), flags));
    if (!chain->cms)
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr("Could not encrypt for the recipient (%1).").arg(ossl::lastError()));

    // What a killed export left: this envelope's part, and the plaintext
    // container that versions before issue 15 assembled beside the output.
    const QString part = partPath(outPath);
    QFile::remove(part);
    QFile::remove(outPath + QStringLiteral(".container.part"));
    // Owner-only from its creation, whatever the umask; O_EXCL: not a file
    // or link someone put there in the meantime.
    chain->fd = ::open(QFile::encodeName(part).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (chain->fd < 0)
        return makeError(ErrorCode::Io, text::Bundle::tr("Could not write %1: %2.")
                                            .arg(part, QString::fromLocal8Bit(std::strerror(errno))));
    chain->file = BIO_new_fd(chain->fd, BIO_CLOSE);
    if (!chain->file) {
        ::close(chain->fd);
        QFile::remove(part);
        return makeError(ErrorCode::Io, text::Bundle::tr("Could not write %1.").arg(part));
    }
    BIO* buffer = BIO_new(BIO_f_buffer());
    if (!buffer || BIO_set_write_buffer_size(buffer, 1 << 20) != 1) {
        BIO_free(buffer);
        writer->m_chain = std::move(chain);
        return makeError(ErrorCode::Io, text::Bundle::tr("Could not write %1.").arg(part));
    }
    chain->buffered = BIO_push(buffer, chain->file);
    chain->content = BIO_new_CMS(chain->buffered, chain->cms.get());
    writer->m_chain = std::move(chain); // from here on the destructor removes the part
    if (!writer->m_chain->content)
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr("Could not encrypt for the recipient (%1).").arg(ossl::lastError()));
    writer->m_device = std::make_unique<Device>(writer->m_chain->content);
    return writer;
}

EnvelopeWriter::~EnvelopeWriter() {
    m_device.reset();
    if (m_chain) {
        m_chain.reset();
        QFile::remove(partPath(m_outPath));
    }
}

QIODevice& EnvelopeWriter::device() {
    return *m_device;
}

Status EnvelopeWriter::commit() {
    if (!m_chain)
        return makeError(ErrorCode::Io, text::Bundle::tr("The envelope %1 is not open.").arg(m_outPath));
    const QString part = partPath(m_outPath);
    auto failed = [&](const QString& why) {
        return makeError(ErrorCode::Io,
                         text::Bundle::tr("Could not write the envelope %1 (%2).").arg(m_outPath, why));
    };
    m_device.reset();
    // Flushing the content BIO ends the encryption and writes the rest of the
    // structure (GCM's tag, the end-of-contents octets).
    if (BIO_flush(m_chain->content) != 1)
        return failed(ossl::lastError());
    m_chain->popContent();
    if (BIO_flush(m_chain->buffered) != 1)
        return failed(ossl::lastError());
    if (::fsync(m_chain->fd) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    BIO_free_all(m_chain->buffered); // closes fd
    m_chain->buffered = nullptr;
    m_chain->file = nullptr;
    m_chain.reset();
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(m_outPath).constData()) != 0) {
        QFile::remove(part);
        return makeError(ErrorCode::Io,
                         text::Bundle::tr("Could not move the envelope into place at %1.").arg(m_outPath));
    }
    return {};
}

Status Envelope::seal(const QString& containerPath, const QList<CertificateInfo>& recipients,
                      const QString& outPath, Cipher cipher) {
    QFile in(containerPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         text::Bundle::tr("Could not read %1: %2.").arg(containerPath, in.errorString()));
    auto writer = EnvelopeWriter::create(recipients, outPath, cipher);
    if (!writer)
        return writer.error();
    QIODevice& out = writer.value()->device();
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Io,
                             text::Bundle::tr("Could not read %1: %2.").arg(containerPath, in.errorString()));
        if (n == 0)
            break;
        if (out.write(buffer.constData(), n) != n)
            return makeError(
                ErrorCode::Io,
                text::Bundle::tr("Could not write the envelope %1 (%2).").arg(outPath, out.errorString()));
    }
    return writer.value()->commit();
}

bool Envelope::looksEnveloped(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(2);
    return head.size() == 2 && head.at(0) == 0x30; // DER SEQUENCE; a ZIP starts with "PK"
}

namespace {

// A BIO that appends what is written to it to a QByteArray (BIO_get_data),
// so that the opened container is written once, where it is kept.
int appendWrite(BIO* bio, const char* data, int size) {
    auto* target = static_cast<QByteArray*>(BIO_get_data(bio));
    if (!target || size < 0)
        return -1;
    target->append(data, size);
    return size;
}
long appendCtrl(BIO*, int command, long, void*) {
    return command == BIO_CTRL_FLUSH ? 1 : 0;
}
int appendCreate(BIO* bio) {
    BIO_set_init(bio, 1);
    return 1;
}
BIO_METHOD* appendMethod() {
    static BIO_METHOD* method = [] {
        BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "QByteArray sink");
        if (m) {
            BIO_meth_set_write(m, appendWrite);
            BIO_meth_set_ctrl(m, appendCtrl);
            BIO_meth_set_create(m, appendCreate);
        }
        return m;
    }();
    return method;
}

} // namespace

Result<QByteArray> Envelope::open(const QString& path, const SigningIdentity& recipient, qint64 maxSize) {
    // In memory: the file's bytes while OpenSSL parses them (collecting the
    // BER pieces of the encrypted content costs up to 2.4 times their size
    // for a moment), then the parsed envelope and the container, written once
    // into the array returned: about 3.4 times the envelope at the peak (was
    // 4.8: the plaintext in a memory BIO, then copied).
    ossl::CmsPtr cms;
    qint64 size = 0;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             text::Bundle::tr("Could not read %1: %2.").arg(path, f.errorString()));
        size = f.size();
        if (size > maxSize)
            return makeError(
                ErrorCode::InvalidInput,
                text::Bundle::tr("The envelope is larger than %1 bytes, the most that can be opened.")
                    .arg(maxSize));
        const QByteArray der = f.readAll();
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        cms.reset(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
    }
    const int type = cms ? OBJ_obj2nid(CMS_get0_type(cms.get())) : NID_undef;
    if (!cms || (type != NID_pkcs7_enveloped && type != NID_id_smime_ct_authEnvelopedData)) {
        ERR_clear_error();
        return makeError(ErrorCode::InvalidInput,
                         text::Bundle::tr("The file is neither a ZIP container nor a CMS envelope."));
    }
    ossl::X509Ptr cert = ossl::fromDer(recipient.certificate().der);
    QByteArray container;
    container.reserve(size); // the plaintext is no longer than the envelope
    ossl::Bio out(appendMethod() ? BIO_new(appendMethod()) : nullptr);
    if (!out)
        return makeError(
            ErrorCode::Io,
            text::Bundle::tr("OpenSSL could not open the envelope (%1).").arg(ossl::lastError()));
    BIO_set_data(out.get(), &container);
    if (CMS_decrypt(cms.get(), recipient.key(), cert.get(), nullptr, out.get(), CMS_BINARY) != 1) {
        ERR_clear_error();
        return makeError(
            ErrorCode::InvalidInput,
            text::Bundle::tr("The envelope cannot be opened with the certificate of %1: it was encrypted "
                             "for someone else, or it is damaged.")
                .arg(recipient.certificate().subject));
    }
    return container;
}

} // namespace mladesk::bundle
