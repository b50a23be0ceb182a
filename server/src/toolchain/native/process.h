// process.h: the worker as a Unix process. The protocol channel (a private copy of the original
// stdout, so chatter from Halide or an autoscheduler on fd 1 can't corrupt it), logging, the
// fatal-signal note that names the request that died, stderr capture (Adams2019 reports its
// cost only in its log), and environment overrides for one request.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace halide_lens {

inline FILE *g_proto = nullptr;  // the original stdout
inline char g_current_id[256] = "";

inline void send_line(const std::string &line) {
    std::fwrite(line.data(), 1, line.size(), g_proto);
    std::fputc('\n', g_proto);
    std::fflush(g_proto);
}

inline void log_line(const std::string &msg) {
    std::cerr << "bench_worker: " << msg << std::endl;
}

// Fatal signals: say which request died (async-signal-safe writes only), then
// die with the same signal so the parent sees it.
inline void on_fatal_signal(int sig) {
    const char *name = sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : sig == SIGILL ? "SIGILL" :
                       sig == SIGFPE ? "SIGFPE" : sig == SIGABRT ? "SIGABRT" : "signal";
    const char *a = "\nbench_worker: fatal ";
    const char *b = " while handling request '";
    const char *c = "'\n";
    (void)!write(2, a, std::strlen(a));
    (void)!write(2, name, std::strlen(name));
    (void)!write(2, b, std::strlen(b));
    (void)!write(2, g_current_id, strnlen(g_current_id, sizeof(g_current_id)));
    (void)!write(2, c, std::strlen(c));
    std::signal(sig, SIG_DFL);
    raise(sig);
}

// Runs fn with fd 2 redirected into a temp file; returns what was written
// (and echoes it to the real stderr afterwards).
inline std::string capture_stderr(const std::function<void()> &fn) {
    std::cerr.flush();
    std::fflush(stderr);
    FILE *tmp = std::tmpfile();
    int saved = tmp ? dup(2) : -1;
    if (!tmp || saved < 0) {
        if (tmp) std::fclose(tmp);
        fn();
        return "";
    }
    dup2(fileno(tmp), 2);
    auto restore = [&]() -> std::string {
        std::cerr.flush();
        std::fflush(stderr);
        dup2(saved, 2);
        close(saved);
        std::string text;
        std::rewind(tmp);
        char buf[65536];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof(buf), tmp)) > 0) text.append(buf, n);
        std::fclose(tmp);
        std::cerr << text;
        std::cerr.flush();
        return text;
    };
    try {
        fn();
    } catch (...) {
        restore();
        throw;
    }
    return restore();
}

// write(2) until all of s is written; false on an error (the reader went away).
inline bool write_all(int fd, const std::string &s) {
    size_t off = 0;
    while (off < s.size()) {
        ssize_t n = write(fd, s.data() + off, s.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        off += (size_t)n;
    }
    return true;
}

// Sets environment variables (an autoscheduler's HL_* knobs) and restores them when it goes out of scope.
struct EnvGuard {
    std::vector<std::pair<std::string, std::pair<bool, std::string>>> saved;
    void set(const std::string &k, const std::string &v) {
        const char *old = getenv(k.c_str());
        saved.push_back({k, {old != nullptr, old ? old : ""}});
        setenv(k.c_str(), v.c_str(), 1);
    }
    ~EnvGuard() {
        for (auto it = saved.rbegin(); it != saved.rend(); ++it) {
            if (it->second.first) setenv(it->first.c_str(), it->second.second.c_str(), 1);
            else unsetenv(it->first.c_str());
        }
    }
};

}  // namespace halide_lens
