// A small stand-in for libFuzzer's main(), so every fuzz target also builds with gcc and runs as a
// ctest smoke test: it feeds every file of the given corpus folders (and files) to
// LLVMFuzzerTestOneInput, then a bounded number of deterministic mutations of them (bit flips,
// byte changes, inserts, deletes, duplicated ranges, splices of two entries), stopping at --runs
// or --seconds, whichever comes first. No coverage feedback: that is what the libFuzzer build
// (-DXASO_FUZZ=ON, README.md) is for; this one proves every target survives its corpus and the
// mutations near it on every build, sanitized or not.
//
//   fuzz_<name> [--runs N] [--seconds S] [--seed X] [--max-len L] [--artifact-prefix P] PATH...
//
// A file given as PATH with --runs 0 replays just that input (how a crash is reproduced). On a
// crash (SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL) the input being run is written to
// <artifact-prefix>crash-standalone before the process dies, like libFuzzer's crash-<sha1>.

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

using Bytes = std::vector<uint8_t>;

// The input being run, for the crash handler (which may only use async-signal-safe calls).
const uint8_t* g_current = nullptr;
size_t g_currentSize = 0;
char g_crashPath[4096] = "crash-standalone";

void onCrash(int sig)
{
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        size_t done = 0;
        while (g_current && done < g_currentSize) {
            const ssize_t n = ::write(fd, g_current + done, g_currentSize - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
        ::close(fd);
    }
    static const char msg[] = "\n==standalone== crash: the input was written to ";
    (void)!::write(2, msg, sizeof msg - 1);
    (void)!::write(2, g_crashPath, std::strlen(g_crashPath));
    (void)!::write(2, "\n", 1);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// splitmix64: small, good enough, and the same sequence on every machine for a given seed.
struct Rng
{
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n ? size_t(next() % n) : 0; }
};

// Values that often sit on a parser's boundaries: lengths, signs, separators, quotes, UTF-8 lead
// bytes, BOM and zip bytes.
const uint8_t kInteresting[] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0xc3, 0xe1,
                                '"',  ',',  ';',  '\t', '\r', '\n', '/',  '-',  '.',  '0',  '9',
                                '<',  '>',  '&',  'P',  'K',  0x03, 0x04, 0x10, 0x20, 0x40};

void mutateOnce(Bytes& b, const std::vector<Bytes>& corpus, Rng& rng, size_t maxLen)
{
    switch (rng.below(b.empty() ? 3 : 10)) {
    case 0: // insert random bytes
    case 1: {
        const size_t at = rng.below(b.size() + 1);
        const size_t n = 1 + rng.below(8);
        for (size_t i = 0; i < n; ++i)
            b.insert(b.begin() + std::ptrdiff_t(at), uint8_t(rng.next()));
        break;
    }
    case 2: { // splice: a piece of another entry inserted here
        const Bytes& other = corpus[rng.below(corpus.size())];
        if (other.empty())
            break;
        const size_t from = rng.below(other.size());
        const size_t n = 1 + rng.below(std::min<size_t>(other.size() - from, 256));
        const size_t at = rng.below(b.size() + 1);
        b.insert(b.begin() + std::ptrdiff_t(at), other.begin() + std::ptrdiff_t(from),
                 other.begin() + std::ptrdiff_t(from + n));
        break;
    }
    case 3: // flip one bit
        b[rng.below(b.size())] ^= uint8_t(1u << rng.below(8));
        break;
    case 4: // a random byte
        b[rng.below(b.size())] = uint8_t(rng.next());
        break;
    case 5: // an interesting byte
        b[rng.below(b.size())] = kInteresting[rng.below(sizeof kInteresting)];
        break;
    case 6: { // delete a range
        const size_t at = rng.below(b.size());
        const size_t n = 1 + rng.below(std::min<size_t>(b.size() - at, 16));
        b.erase(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(at + n));
        break;
    }
    case 7: { // duplicate a range in place
        const size_t at = rng.below(b.size());
        const size_t n = 1 + rng.below(std::min<size_t>(b.size() - at, 64));
        const Bytes piece(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(at + n));
        b.insert(b.begin() + std::ptrdiff_t(at), piece.begin(), piece.end());
        break;
    }
    case 8: // truncate
        b.resize(rng.below(b.size()));
        break;
    case 9: { // add or subtract a little from a byte (length and count fields)
        uint8_t& x = b[rng.below(b.size())];
        x = uint8_t(x + int(rng.below(33)) - 16);
        break;
    }
    }
    if (b.size() > maxLen)
        b.resize(maxLen);
}

bool readFile(const std::filesystem::path& path, Bytes& out)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return false;
    out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    return true;
}

void runOne(const Bytes& input)
{
    // A copy in its own heap block of exactly the input's size, so a sanitized build catches a read
    // one byte past the end (what libFuzzer does too).
    const size_t n = input.size();
    uint8_t* copy = static_cast<uint8_t*>(std::malloc(n ? n : 1));
    if (n)
        std::memcpy(copy, input.data(), n);
    g_current = copy;
    g_currentSize = n;
    LLVMFuzzerTestOneInput(copy, n);
    g_current = nullptr;
    std::free(copy);
}

int usage(const char* self)
{
    std::fprintf(stderr,
                 "usage: %s [--runs N] [--seconds S] [--seed X] [--max-len L] [--artifact-prefix P] "
                 "PATH...\n  PATH: corpus folders or single input files\n",
                 self);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    long long runs = 1000;
    double seconds = 10;
    uint64_t seed = 1;
    size_t maxLen = 0; // 0: 2 × the largest corpus entry, at least 4 KiB
    std::vector<std::filesystem::path> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (a == "--runs" && (v = value()))
            runs = std::atoll(v);
        else if (a == "--seconds" && (v = value()))
            seconds = std::atof(v);
        else if (a == "--seed" && (v = value()))
            seed = std::strtoull(v, nullptr, 0);
        else if (a == "--max-len" && (v = value()))
            maxLen = size_t(std::atoll(v));
        else if (a == "--artifact-prefix" && (v = value()))
            std::snprintf(g_crashPath, sizeof g_crashPath, "%scrash-standalone", v);
        else if (a.rfind("--", 0) == 0 || a.rfind("-", 0) == 0)
            return usage(argv[0]);
        else
            paths.emplace_back(a);
    }

    std::vector<Bytes> corpus;
    for (const auto& p : paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            std::vector<std::filesystem::path> files;
            for (const auto& e : std::filesystem::recursive_directory_iterator(p, ec)) {
                if (e.is_regular_file())
                    files.push_back(e.path());
            }
            std::sort(files.begin(), files.end()); // a deterministic order for a given seed
            for (const auto& f : files) {
                Bytes b;
                if (readFile(f, b))
                    corpus.push_back(std::move(b));
            }
        } else {
            Bytes b;
            if (!readFile(p, b)) {
                std::fprintf(stderr, "cannot read %s\n", p.c_str());
                return 2;
            }
            corpus.push_back(std::move(b));
        }
    }
    if (corpus.empty())
        corpus.emplace_back(); // still run the empty input and mutations of it

    for (int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL})
        std::signal(sig, onCrash);

    size_t largest = 0;
    for (const Bytes& b : corpus)
        largest = std::max(largest, b.size());
    if (maxLen == 0)
        maxLen = std::max<size_t>(4096, 2 * largest);

    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };

    for (const Bytes& b : corpus)
        runOne(b);
    runOne(Bytes()); // the empty input, always
    std::fprintf(stderr, "==standalone== %zu corpus inputs ran (%.1f s)\n", corpus.size() + 1, elapsed());

    Rng rng{seed};
    long long done = 0;
    while (done < runs && elapsed() < seconds) {
        Bytes b = corpus[rng.below(corpus.size())];
        const size_t stack = 1 + rng.below(4);
        for (size_t i = 0; i < stack; ++i)
            mutateOnce(b, corpus, rng, maxLen);
        runOne(b);
        ++done;
    }
    std::fprintf(stderr, "==standalone== %lld mutated inputs ran in %.1f s (seed %llu); no crash\n", done,
                 elapsed(), static_cast<unsigned long long>(seed));
    return 0;
}
