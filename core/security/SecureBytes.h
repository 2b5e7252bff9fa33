#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace mladesk {

// Secret bytes (keys, passphrases) in libsodium's guarded, locked memory,
// zeroed when released. Move-only: a secret is never silently copied, and
// never passes through a QString.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    // Copies and then zeroes the source, which the caller no longer needs.
    static SecureBytes takeFrom(QByteArray& source);
    static SecureBytes fromRaw(const void* data, std::size_t size);

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Appends one byte, growing the buffer (used while reading a passphrase).
    void append(std::uint8_t byte);
    // Lower-case hexadecimal, still in secure memory.
    SecureBytes toHex() const;
    bool equals(const SecureBytes& other) const;
    void clear();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Zeroes a QByteArray that held a secret (the keychain API hands them over so).
void wipe(QByteArray& bytes);

} // namespace mladesk
