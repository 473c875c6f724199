#pragma once
// A TCP relay on 127.0.0.1 between a sync client and the real server, for "the network fails at any
// byte": it counts the bytes of each direction (over all connections since the last reset) and can
// cut every connection at an exact byte of either direction, or stall there (forward nothing more)
// until the client goes away, so a test can kill -9 the client mid-transfer. TLS runs end to end
// through it; the relay never sees plain text. POSIX sockets, one thread per connection.

#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace xaso::test {

class CuttingProxy
{
public:
    enum class Direction { Up, Down }; // Up: client → server

    explicit CuttingProxy(quint16 upstreamPort) : m_upstream(upstreamPort)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a = loopback(0);
        if (::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(m_listen, 16) != 0)
            qFatal("cutting proxy: cannot listen");
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~CuttingProxy()
    {
        m_stop = true;
        m_acceptor.join();
        ::close(m_listen);
        for (std::thread& t : m_relays)
            t.join();
    }
    CuttingProxy(const CuttingProxy&) = delete;
    CuttingProxy& operator=(const CuttingProxy&) = delete;

    quint16 port() const { return m_port; }
    qint64 bytes(Direction d) const { return d == Direction::Up ? m_up.load() : m_down.load(); }
    void resetCounts()
    {
        m_up = 0;
        m_down = 0;
    }
    // One-shot: when `direction` has carried `at` bytes (counted from now), close the connection
    // (stall = false) or forward nothing more until the client closes it (stall = true).
    void cutAt(Direction direction, qint64 at, bool stall = false)
    {
        std::lock_guard<std::mutex> g(m_lock);
        resetCounts();
        m_cutDirection = direction;
        m_cutAt = at;
        m_stall = stall;
        m_stalled = false;
    }
    // Blocks until a stall has happened (true) or the timeout passes (false).
    bool waitStalled(int timeoutMs = 30000)
    {
        std::unique_lock<std::mutex> g(m_lock);
        return m_changed.wait_for(g, std::chrono::milliseconds(timeoutMs), [this] { return m_stalled; });
    }

private:
    static sockaddr_in loopback(quint16 port)
    {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return a;
    }

    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_listen, nullptr, nullptr);
            if (client < 0)
                continue;
            const int server = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in a = loopback(m_upstream);
            if (::connect(server, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
                ::close(server);
                ::close(client);
                continue;
            }
            m_relays.emplace_back([this, client, server] { relay(client, server); });
        }
    }

    // How many of `n` bytes about to pass in direction d may go; arms the cut when reached.
    qint64 allowance(Direction d, qint64 n, bool* cut)
    {
        std::lock_guard<std::mutex> g(m_lock);
        std::atomic<qint64>& count = d == Direction::Up ? m_up : m_down;
        qint64 allowed = n;
        if (m_cutAt >= 0 && m_cutDirection == d) {
            allowed = qBound(qint64(0), m_cutAt - count.load(), n);
            if (count.load() + n >= m_cutAt) {
                *cut = true;
                m_cutAt = -1;
                if (m_stall) {
                    m_stalled = true;
                    m_changed.notify_all();
                }
            }
        }
        count += allowed;
        return allowed;
    }

    void relay(int client, int server)
    {
        char buffer[16384];
        bool stalled = false;
        while (!m_stop) {
            pollfd p[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
            if (::poll(p, stalled ? 1 : 2, 50) <= 0)
                continue;
            bool done = false;
            for (int i = 0; i < (stalled ? 1 : 2) && !done; ++i) {
                if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::recv(p[i].fd, buffer, sizeof buffer, 0);
                if (n <= 0) {
                    done = true;
                    break;
                }
                if (stalled)
                    continue; // swallow what the client still sends; it hears nothing more
                bool cut = false;
                const qint64 ok = allowance(i == 0 ? Direction::Up : Direction::Down, n, &cut);
                const int to = i == 0 ? server : client;
                for (qint64 sent = 0; sent < ok;) {
                    const ssize_t w = ::send(to, buffer + sent, size_t(ok - sent), MSG_NOSIGNAL);
                    if (w <= 0)
                        break;
                    sent += w;
                }
                if (cut) {
                    std::lock_guard<std::mutex> g(m_lock);
                    if (m_stalled)
                        stalled = true;
                    else
                        done = true;
                }
            }
            if (done)
                break;
        }
        ::shutdown(client, SHUT_RDWR);
        ::shutdown(server, SHUT_RDWR);
        ::close(client);
        ::close(server);
    }

    quint16 m_upstream;
    quint16 m_port = 0;
    int m_listen = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_up{0}, m_down{0};
    std::mutex m_lock;
    std::condition_variable m_changed;
    Direction m_cutDirection = Direction::Up;
    qint64 m_cutAt = -1;
    bool m_stall = false;
    bool m_stalled = false;
    std::thread m_acceptor;
    std::vector<std::thread> m_relays;
};

} // namespace xaso::test
