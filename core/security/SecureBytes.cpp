#include "SecureBytes.h"

#include <cstring>
#include <new>
#include <sodium.h>
#include <utility>

namespace mladesk {

namespace {
std::uint8_t* allocate(std::size_t size) {
    if (sodium_init() < 0)
        throw std::bad_alloc();
    auto* p = static_cast<std::uint8_t*>(sodium_malloc(size == 0 ? 1 : size));
    if (!p)
        throw std::bad_alloc();
    return p;
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
    : m_data(allocate(size))
    , m_size(size)
    , m_capacity(size) {
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0)) {
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes bytes(size);
    randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::fromRaw(const void* data, std::size_t size) {
    SecureBytes bytes(size);
    if (size > 0)
        std::memcpy(bytes.m_data, data, size);
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source) {
    SecureBytes bytes = fromRaw(source.constData(), static_cast<std::size_t>(source.size()));
    wipe(source);
    return bytes;
}

void SecureBytes::append(std::uint8_t byte) {
    if (m_size == m_capacity) {
        const std::size_t capacity = m_capacity == 0 ? 64 : m_capacity * 2;
        std::uint8_t* grown = allocate(capacity);
        if (m_data) {
            std::memcpy(grown, m_data, m_size);
            sodium_free(m_data);
        }
        m_data = grown;
        m_capacity = capacity;
    }
    m_data[m_size++] = byte;
}

SecureBytes SecureBytes::toHex() const {
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // drop the terminating zero from the visible size
    return hex;
}

bool SecureBytes::equals(const SecureBytes& other) const {
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear() {
    if (m_data)
        sodium_free(m_data); // zeroes before releasing
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace mladesk
