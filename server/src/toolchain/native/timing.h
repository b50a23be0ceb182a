// timing.h: clocks, the machine's state around a measurement, the JIT runtime's thread count,
// and the measurement loop itself (warm-up, calibration, timed repetitions).
#pragma once

#include "Halide.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

inline double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// User + system CPU time of this process, all threads.
inline double cpu_ms() {
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0) return NAN;
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

// OS threads of this process: fork mode is only safe while it is 1.
inline int thread_count() {
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    int n = -1;
    while (std::fgets(line, sizeof(line), f)) {
        if (std::sscanf(line, "Threads: %d", &n) == 1) break;
    }
    std::fclose(f);
    return n;
}

// The 1-minute load average, reported with each measurement: a busy machine explains a slow one.
inline double loadavg1() {
    FILE *f = std::fopen("/proc/loadavg", "r");
    if (!f) return NAN;
    double l = NAN;
    if (std::fscanf(f, "%lf", &l) != 1) l = NAN;
    std::fclose(f);
    return l;
}

inline int (*g_set_num_threads)(int) = nullptr;

// halide_set_num_threads lives in the JIT's shared runtime (not in libHalide),
// so look it up in that module's exports once a pipeline has been JIT-compiled.
inline int set_num_threads(const Target &target, int n) {
    if (!g_set_num_threads) {
        for (const JITModule &m : JITSharedRuntime::get(nullptr, target, false)) {
            auto it = m.exports().find("halide_set_num_threads");
            if (it != m.exports().end() && it->second.address) {
                g_set_num_threads = (int (*)(int))it->second.address;
                break;
            }
        }
        if (!g_set_num_threads) throw std::runtime_error("halide_set_num_threads not found in the JIT runtime");
    }
    g_set_num_threads(n);
    return g_set_num_threads(n);  // returns the previous value: what n became after clamping
}

// What measure() saw; the response derives median, min, max and spread from `times`.
struct Measurement {
    int effective_threads = 0;
    double load = NAN;  // 1-minute load average just before
    double t_b0 = 0, t_b1 = 0;  // start and end of the whole measurement (warm-up included)
    double first_run_ms = 0;
    int iters = 1;  // realizations per timed repetition
    std::vector<double> times;  // ms per realization, one per repetition
    std::vector<double> rep_cpu;  // CPU time over wall time, per repetition
    bool truncated = false;  // max_total_ms ran out before all repetitions
    double busy = 0;  // cores busy over the timed repetitions
    int os_threads = -1;
};

// Realizes p into dst: reps timed repetitions of iters runs each, iters sized so a repetition
// lasts at least min_rep_ms (short pipelines are otherwise all timer noise).
// A first run that fails is offered to grow_input (see buffers.h grow_input_for) and retried
// while it fixes something.
inline Measurement measure(Pipeline &p, Realization &dst, const Target &target, int threads, int reps,
                           double min_rep_ms, double max_total_ms,
                           const std::function<bool(const std::string &)> &grow_input = nullptr) {
    Measurement m;
    // 0 = Halide's default (HL_NUM_THREADS, else the number of cores).
    m.effective_threads = set_num_threads(target, threads);

    m.load = loadavg1();
    m.t_b0 = now_ms();
    auto once = [&]() {
        p.realize(dst, target);
    };
    // Untimed warm-up (first-touch of outputs, thread pool start); a second
    // calibration run when the first was quick, to size iterations per rep.
    double t0 = 0;
    for (int tries = 0;; tries++) {
        try {
            t0 = now_ms();
            once();
            break;
        } catch (const Halide::Error &e) {
            // Each retry fixes one bound of one input; a few dozen cover any real pipeline.
            if (tries >= 32 || !grow_input || !grow_input(e.what())) throw;
        }
    }
    double warm = now_ms() - t0;
    m.first_run_ms = warm;
    if (warm < min_rep_ms) {
        t0 = now_ms();
        once();
        warm = std::min(warm, now_ms() - t0);
    }
    if (min_rep_ms > 0 && warm < min_rep_ms) {
        m.iters = (int)std::ceil(min_rep_ms / std::max(warm, 1e-3));
        m.iters = std::max(1, std::min(m.iters, 1000000));
    }
    const double cpu0 = cpu_ms();
    const double t_timed0 = now_ms();
    for (int r = 0; r < reps; r++) {
        if (r > 0 && now_ms() - m.t_b0 > max_total_ms) {
            m.truncated = true;
            break;
        }
        double c = cpu_ms();
        double s = now_ms();
        for (int i = 0; i < m.iters; i++) once();
        double e = now_ms();
        m.times.push_back((e - s) / m.iters);
        m.rep_cpu.push_back((cpu_ms() - c) / std::max(e - s, 1e-9));
    }
    m.t_b1 = now_ms();
    // CPU time over wall time of the timed reps: how many cores were busy.
    m.busy = (cpu_ms() - cpu0) / std::max(m.t_b1 - t_timed0, 1e-9);
    m.os_threads = thread_count();
    return m;
}

}  // namespace halide_lens
