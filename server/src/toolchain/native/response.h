// response.h: what the worker writes, one JSON object per request (worker.ts has the types:
// BenchResult, PingResult, WorkerFailure). Every response carries the request's id and "ok".
#pragma once

#include "Halide.h"
#include "json.h"
#include "schedule.h"
#include "timing.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;

// Adams2019's featurization is binary; it travels as base64 in a JSON string.
inline std::string base64(const std::vector<uint8_t> &in) {
    static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        uint32_t v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
        out += tbl[v >> 18];
        out += tbl[(v >> 12) & 63];
        out += tbl[(v >> 6) & 63];
        out += tbl[v & 63];
    }
    if (i < in.size()) {
        uint32_t v = in[i] << 16;
        if (i + 1 < in.size()) v |= in[i + 1] << 8;
        out += tbl[v >> 18];
        out += tbl[(v >> 12) & 63];
        out += i + 1 < in.size() ? tbl[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

// Every response opens with the request's id and whether it succeeded.
inline void open_response(JsonWriter &j, const std::string &id, bool ok) {
    j.begin_object();
    j.key("id"); j.str(id);
    j.key("ok"); j.boolean(ok);
}

inline std::string error_response(const std::string &id, const std::string &msg, bool crashed = false) {
    // Halide's messages carry "Error:\n" prefixes and trailing newlines.
    std::string m = msg;
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    JsonWriter j;
    open_response(j, id, false);
    j.key("error"); j.str(m.empty() ? "unknown error" : m);
    if (crashed) {
        j.key("crashed"); j.boolean(true);
    }
    j.end_object();
    return j.text();
}

// The forked child ran past the request's timeout_ms and was killed.
inline std::string timeout_response(const std::string &id) {
    JsonWriter j;
    open_response(j, id, false);
    j.key("error"); j.str("timeout");
    j.key("timed_out"); j.boolean(true);
    j.end_object();
    return j.text();
}

inline std::string ping_response(const std::string &id, const Target &target, bool fork_mode) {
    JsonWriter j;
    open_response(j, id, true);
    j.key("generators");
    j.begin_array();
    for (const auto &n : GeneratorRegistry::enumerate()) j.str(n);
    j.end_array();
    j.key("target"); j.str(target.to_string());
    j.key("pid"); j.integer(getpid());
    j.key("fork"); j.boolean(fork_mode);
    j.end_object();
    return j.text();
}

inline std::string quit_response(const std::string &id) {
    JsonWriter j;
    open_response(j, id, true);
    j.end_object();
    return j.text();
}

// A schedule_only request: the schedule and no measurement.
inline std::string schedule_only_response(const std::string &id, const std::string &generator, const std::string &kind,
                                          const ScheduleOutcome &s) {
    JsonWriter j;
    open_response(j, id, true);
    j.key("generator"); j.str(generator);
    j.key("schedule_kind"); j.str(kind);
    j.key("schedule_only"); j.boolean(true);
    j.key("schedule_ms"); j.num(s.ms);
    j.key("schedule_source");
    if (s.have_source) j.str(s.source); else j.null();
    j.key("adams2019_cost");
    if (std::isfinite(s.adams_cost)) j.num(s.adams_cost); else j.null();
    if (!s.dump.empty()) {
        j.key("dump");
        j.raw(s.dump);
    }
    if (!s.guessed.empty()) {
        j.key("guessed_estimates");
        j.begin_array();
        for (const std::string &g : s.guessed) j.str(g);
        j.end_array();
    }
    j.end_object();
    return j.text();
}

// Timestamps (now_ms) of a bench request's phases before the measurement.
struct BenchPhases {
    double start = 0;  // request received
    double built = 0;  // generator built its pipeline
    double compile_ms = 0;  // compile_jit
};

// A measured request. total_ms is taken last, as the response is written.
inline std::string bench_response(const std::string &id, const std::string &generator, const std::string &kind,
                                  const BenchPhases &ph, const ScheduleOutcome &s, const Measurement &m,
                                  bool featurize, const std::vector<Buffer<>> &outs) {
    std::vector<double> sorted = m.times;
    std::sort(sorted.begin(), sorted.end());
    size_t n = sorted.size();
    double median = n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    double mn = sorted.front(), mx = sorted.back();

    JsonWriter j;
    open_response(j, id, true);
    j.key("generator"); j.str(generator);
    j.key("schedule_kind"); j.str(kind);
    j.key("compile_ms"); j.num(ph.compile_ms);
    j.key("schedule_ms"); j.num(s.ms);
    j.key("build_ms"); j.num(ph.built - ph.start);
    j.key("bench_ms"); j.num(m.t_b1 - m.t_b0);
    j.key("first_run_ms"); j.num(m.first_run_ms);
    j.key("times_ms");
    j.begin_array();
    for (double t : m.times) j.num(t);
    j.end_array();
    j.key("cpu_per_rep");
    j.begin_array();
    for (double c : m.rep_cpu) j.num(std::round(c * 1000) / 1000);
    j.end_array();
    j.key("median_ms"); j.num(median);
    j.key("min_ms"); j.num(mn);
    j.key("max_ms"); j.num(mx);
    j.key("spread"); j.num(median > 0 ? (mx - mn) / median : 0);
    j.key("threads"); j.integer(m.effective_threads);
    j.key("iterations_per_rep"); j.integer(m.iters);
    j.key("cpu_utilization"); j.num(m.busy);
    j.key("os_threads"); j.integer(m.os_threads);
    j.key("truncated"); j.boolean(m.truncated);
    j.key("schedule_source");
    if (s.have_source) j.str(s.source); else j.null();
    j.key("adams2019_cost");
    if (std::isfinite(s.adams_cost)) j.num(s.adams_cost); else j.null();
    j.key("featurization");
    if (featurize && !s.featurization.empty()) j.str(base64(s.featurization)); else j.null();
    j.key("load");
    j.begin_array();
    j.num(m.load);
    j.end_array();
    j.key("output_shapes");
    j.begin_array();
    for (const Buffer<> &b : outs) {
        j.begin_array();
        for (int d = 0; d < b.dimensions(); d++) j.integer(b.dim(d).extent());
        j.end_array();
    }
    j.end_array();
    if (!s.dump.empty()) {
        j.key("dump");
        j.raw(s.dump);
    }
    if (!s.guessed.empty()) {
        j.key("guessed_estimates");
        j.begin_array();
        for (const std::string &g : s.guessed) j.str(g);
        j.end_array();
    }
    j.key("total_ms"); j.num(now_ms() - ph.start);
    j.end_object();
    return j.text();
}

}  // namespace halide_lens
