#pragma once
// Key material lives in sodium_malloc memory: guarded pages, locked against swapping, and wiped
// with sodium_memzero before it is freed. Move-only so a key is never copied by accident.

#include <QByteArray>

#include <cstddef>

namespace xaso::crypto {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(const unsigned char* data, std::size_t size);
    static SecureBytes copyOf(const QByteArray& data);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Overwrite with zeros and release. Safe to call twice.
    void wipe();
    // True when every byte is zero (used by tests that prove a key was wiped in place).
    bool isAllZero() const;
    // Constant-time comparison.
    bool equals(const SecureBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace xaso::crypto
