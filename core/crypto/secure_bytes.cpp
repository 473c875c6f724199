#include "crypto/secure_bytes.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace xaso::crypto {

SecureBytes::SecureBytes(std::size_t size) : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        std::abort(); // out of locked memory: nothing sensible to do with a key we cannot hold
    sodium_memzero(m_data, size);
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes b(size);
    if (size)
        randombytes_buf(b.m_data, size);
    return b;
}

SecureBytes SecureBytes::copyOf(const unsigned char* data, std::size_t size)
{
    SecureBytes b(size);
    if (size)
        std::memcpy(b.m_data, data, size);
    return b;
}

SecureBytes SecureBytes::copyOf(const QByteArray& data)
{
    return copyOf(reinterpret_cast<const unsigned char*>(data.constData()), std::size_t(data.size()));
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBytes::wipe()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data); // also zeroes, and checks the guard canary
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::isAllZero() const
{
    return m_size == 0 || sodium_is_zero(m_data, m_size) == 1;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace xaso::crypto
