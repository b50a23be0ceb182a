// bench_worker: a long-lived process that JIT-compiles and benchmarks many
// schedules of the generators it is linked with (their object files
// self-register via HALIDE_REGISTER_GENERATOR).
//
//   bench_worker --target TARGET [--plugin-dir DIR] [--machine-params C,LLC,BALANCE] [--no-fork]
//
// TARGET must be the sanitized host target (target.ts), never "host": Halide 14
// claims avx512_sapphirerapids on AMD Zen 4, whose code then dies of SIGILL.
//
// Protocol: JSON lines. One request per stdin line, exactly one response line
// per request on stdout (flushed). Everything else goes to stderr: at startup
// fd 1 is pointed at stderr and the protocol keeps a private copy of the
// original stdout, so chatter from Halide or an autoscheduler can't corrupt it.
//
//   {"id","cmd":"ping"}  -> {"id","ok":true,"generators":[...],"target":"...","pid":N,"fork":bool}
//   {"id","cmd":"quit"}  -> {"id","ok":true} and exit 0 (EOF on stdin also exits)
//   {"id","generator","params","schedule","threads","reps","min_rep_ms","max_total_ms","featurize","timeout_ms"}
//                        -> {"id","ok":true,...measurements} | {"id","ok":false,"error"[,"crashed"|"timed_out"]}
//
// By default each request runs in a child forked from the (single-threaded,
// pre-warmed) worker: fresh Halide state per request, and a crash or a
// timeout_ms kill costs only that request. --no-fork runs requests in-process.
//
// See worker.ts for the full request/response types.

#include "Halide.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

using namespace Halide;
using namespace Halide::Internal;

namespace {

// ================================================================ JSON ====
struct JVal {
    enum Kind { Null, Bool, Num, Str, Arr, Obj } kind = Null;
    bool b = false;
    double n = 0;
    bool is_int = false;  // the literal had no fraction/exponent
    std::string s;
    std::vector<JVal> a;
    std::vector<std::pair<std::string, JVal>> o;

    const JVal *get(const std::string &k) const {
        if (kind != Obj) return nullptr;
        for (const auto &kv : o)
            if (kv.first == k) return &kv.second;
        return nullptr;
    }
};

struct BadRequest : std::runtime_error {
    explicit BadRequest(const std::string &m) : std::runtime_error(m) {}
};

class JParser {
public:
    explicit JParser(const std::string &t) : t_(t) {}
    JVal parse() {
        JVal v = value(0);
        ws();
        if (i_ != t_.size()) fail("trailing characters");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string &why) {
        throw BadRequest("invalid JSON at offset " + std::to_string(i_) + ": " + why);
    }
    void ws() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) i_++;
    }
    bool lit(const char *w) {
        size_t n = std::strlen(w);
        if (t_.compare(i_, n, w) == 0) {
            i_ += n;
            return true;
        }
        return false;
    }
    JVal value(int depth) {
        if (depth > 64) fail("nesting too deep");
        ws();
        if (i_ >= t_.size()) fail("unexpected end");
        JVal v;
        char c = t_[i_];
        if (c == '{') {
            v.kind = JVal::Obj;
            i_++;
            ws();
            if (i_ < t_.size() && t_[i_] == '}') {
                i_++;
                return v;
            }
            for (;;) {
                ws();
                if (i_ >= t_.size() || t_[i_] != '"') fail("expected a key");
                std::string k = str();
                ws();
                if (i_ >= t_.size() || t_[i_] != ':') fail("expected ':'");
                i_++;
                v.o.emplace_back(k, value(depth + 1));
                ws();
                if (i_ < t_.size() && t_[i_] == ',') {
                    i_++;
                    continue;
                }
                if (i_ < t_.size() && t_[i_] == '}') {
                    i_++;
                    return v;
                }
                fail("expected ',' or '}'");
            }
        }
        if (c == '[') {
            v.kind = JVal::Arr;
            i_++;
            ws();
            if (i_ < t_.size() && t_[i_] == ']') {
                i_++;
                return v;
            }
            for (;;) {
                v.a.push_back(value(depth + 1));
                ws();
                if (i_ < t_.size() && t_[i_] == ',') {
                    i_++;
                    continue;
                }
                if (i_ < t_.size() && t_[i_] == ']') {
                    i_++;
                    return v;
                }
                fail("expected ',' or ']'");
            }
        }
        if (c == '"') {
            v.kind = JVal::Str;
            v.s = str();
            return v;
        }
        if (lit("true")) {
            v.kind = JVal::Bool;
            v.b = true;
            return v;
        }
        if (lit("false")) {
            v.kind = JVal::Bool;
            return v;
        }
        if (lit("null")) return v;
        if (c == '-' || (c >= '0' && c <= '9')) {
            size_t start = i_;
            bool integral = true;
            if (t_[i_] == '-') i_++;
            while (i_ < t_.size() && t_[i_] != '\0' && std::strchr("0123456789.eE+-", t_[i_])) {
                if (std::strchr(".eE", t_[i_])) integral = false;
                i_++;
            }
            std::string num = t_.substr(start, i_ - start);
            char *end = nullptr;
            v.n = std::strtod(num.c_str(), &end);
            if (!end || *end != '\0') fail("bad number '" + num + "'");
            v.kind = JVal::Num;
            v.is_int = integral;
            return v;
        }
        fail(std::string("unexpected character '") + c + "'");
    }
    static void utf8(std::string &out, unsigned cp) {
        if (cp < 0x80) {
            out += (char)cp;
        } else if (cp < 0x800) {
            out += (char)(0xC0 | (cp >> 6));
            out += (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += (char)(0xE0 | (cp >> 12));
            out += (char)(0x80 | ((cp >> 6) & 0x3F));
            out += (char)(0x80 | (cp & 0x3F));
        } else {
            out += (char)(0xF0 | (cp >> 18));
            out += (char)(0x80 | ((cp >> 12) & 0x3F));
            out += (char)(0x80 | ((cp >> 6) & 0x3F));
            out += (char)(0x80 | (cp & 0x3F));
        }
    }
    unsigned hex4() {
        if (i_ + 4 > t_.size()) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            char h = t_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= h - '0';
            else if (h >= 'a' && h <= 'f') v |= h - 'a' + 10;
            else if (h >= 'A' && h <= 'F') v |= h - 'A' + 10;
            else fail("bad \\u escape");
        }
        return v;
    }
    std::string str() {
        i_++;  // opening quote
        std::string out;
        while (i_ < t_.size()) {
            char c = t_[i_++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= t_.size()) break;
            char e = t_[i_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && i_ + 6 <= t_.size() && t_[i_] == '\\' && t_[i_ + 1] == 'u') {
                    i_ += 2;
                    unsigned lo = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                utf8(out, cp);
                break;
            }
            default: fail("bad escape");
            }
        }
        fail("unterminated string");
    }
    const std::string &t_;
    size_t i_ = 0;
};

// Minimal writer; the caller places commas via the `first` flags.
class JOut {
public:
    void begin_object() { sep(); os_ << '{'; first_.push_back(true); }
    void end_object() { first_.pop_back(); os_ << '}'; }
    void begin_array() { sep(); os_ << '['; first_.push_back(true); }
    void end_array() { first_.pop_back(); os_ << ']'; }
    void key(const std::string &k) {
        sep();
        quote(k);
        os_ << ':';
        after_key_ = true;
    }
    void str(const std::string &s) { sep(); quote(s); }
    void num(double v) {
        sep();
        if (!std::isfinite(v)) {
            os_ << "null";
            return;
        }
        char buf[40];
        std::snprintf(buf, sizeof(buf), "%.9g", v);
        os_ << buf;
    }
    void integer(long long v) { sep(); os_ << v; }
    void boolean(bool b) { sep(); os_ << (b ? "true" : "false"); }
    void null() { sep(); os_ << "null"; }
    std::string text() const { return os_.str(); }

private:
    void sep() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!first_.empty()) {
            if (!first_.back()) os_ << ',';
            first_.back() = false;
        }
    }
    void quote(const std::string &s) {
        os_ << '"';
        for (unsigned char c : s) {
            switch (c) {
            case '"': os_ << "\\\""; break;
            case '\\': os_ << "\\\\"; break;
            case '\n': os_ << "\\n"; break;
            case '\r': os_ << "\\r"; break;
            case '\t': os_ << "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof(buf), "\\u%04x", c);
                    os_ << buf;
                } else {
                    os_ << c;
                }
            }
        }
        os_ << '"';
    }
    std::ostringstream os_;
    std::vector<bool> first_;
    bool after_key_ = false;
};

std::string base64(const std::vector<uint8_t> &in) {
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

// ===================================================== process plumbing ====
FILE *g_proto = nullptr;  // the original stdout
char g_current_id[256] = "";

void send_line(const std::string &line) {
    std::fwrite(line.data(), 1, line.size(), g_proto);
    std::fputc('\n', g_proto);
    std::fflush(g_proto);
}

void log_line(const std::string &msg) {
    std::cerr << "bench_worker: " << msg << std::endl;
}

// Fatal signals: say which request died (async-signal-safe writes only), then
// die with the same signal so the parent sees it.
void on_fatal_signal(int sig) {
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

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// User + system CPU time of this process, all threads.
double cpu_ms() {
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0) return NAN;
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

int thread_count() {
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

double loadavg1() {
    FILE *f = std::fopen("/proc/loadavg", "r");
    if (!f) return NAN;
    double l = NAN;
    if (std::fscanf(f, "%lf", &l) != 1) l = NAN;
    std::fclose(f);
    return l;
}

// Runs fn with fd 2 redirected into a temp file; returns what was written
// (and echoes it to the real stderr afterwards).
std::string capture_stderr(const std::function<void()> &fn) {
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

// ================================================== generator internals ====
// build_pipeline()/call_configure() are protected: reach them through a
// derived class's member pointers (same technique as pipeline_dump.cpp).
struct GeneratorAccess : GeneratorBase {
    static Pipeline build(GeneratorBase *g) {
        void (GeneratorBase::*configure)() = &GeneratorAccess::call_configure;
        Pipeline (GeneratorBase::*build_fn)() = &GeneratorAccess::build_pipeline;
        (g->*configure)();
        return (g->*build_fn)();
    }
};

// Every Parameter (scalar or buffer) the pipeline's definitions mention.
class ParamCollector : public IRVisitor {
public:
    std::map<std::string, Parameter> params;

protected:
    using IRVisitor::visit;
    void visit(const Variable *op) override {
        if (op->param.defined()) params.emplace(op->param.name(), op->param);
        IRVisitor::visit(op);
    }
    void visit(const Call *op) override {
        if (op->param.defined()) params.emplace(op->param.name(), op->param);
        IRVisitor::visit(op);
    }
};

std::map<std::string, Function> all_functions(const Pipeline &p) {
    std::map<std::string, Function> env;
    for (const Func &o : p.outputs()) {
        env.emplace(o.name(), o.function());
        for (const auto &kv : find_transitive_calls(o.function())) env.emplace(kv.first, kv.second);
    }
    bool grew = true;  // Func::in() wrappers are only called after lowering
    while (grew) {
        grew = false;
        for (const auto &kv : std::map<std::string, Function>(env)) {
            for (const auto &w : kv.second.schedule().wrappers()) {
                Function wf(w.second);
                grew |= env.emplace(wf.name(), wf).second;
                for (const auto &c : find_transitive_calls(wf)) grew |= env.emplace(c.first, c.second).second;
            }
        }
    }
    return env;
}

// ============================================================ helpers ====
bool const_number(Expr e, double *out) {
    if (!e.defined()) return false;
    e = simplify(e);
    if (const int64_t *i = as_const_int(e)) {
        *out = (double)*i;
        return true;
    }
    if (const uint64_t *u = as_const_uint(e)) {
        *out = (double)*u;
        return true;
    }
    if (const double *f = as_const_float(e)) {
        *out = *f;
        return true;
    }
    return false;
}

std::string type_name(const Type &t) {
    std::ostringstream ss;
    ss << t;
    return ss.str();
}

// Deterministic pseudo-random stream (splitmix64).
struct Rng {
    uint64_t s;
    explicit Rng(uint64_t seed) : s(seed) {}
    uint64_t next() {
        uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return (next() >> 11) * (1.0 / 9007199254740992.0); }
};

uint64_t hash_name(const std::string &s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

// Fills a dense buffer: integers in [0, max/4] (small, non-negative, so data
// dependent indices stay sane), floats in [0, 1), bools 0/1.
void fill_buffer(Buffer<> &b, const std::string &name) {
    Rng rng(hash_name(name) ^ 0x5eedull);
    const Type t = b.type();
    uint8_t *base = (uint8_t *)b.data();
    size_t n = b.size_in_bytes() / t.bytes();
    for (size_t i = 0; i < n; i++) {
        void *p = base + i * t.bytes();
        if (t.is_bool()) {
            *(uint8_t *)p = (uint8_t)(rng.next() & 1);
        } else if (t.is_float()) {
            double v = rng.unit();
            if (t.bits() == 32) *(float *)p = (float)v;
            else if (t.bits() == 64) *(double *)p = v;
            else if (t.bits() == 16) *(uint16_t *)p = t.is_bfloat() ? 0x3f00 : 0x3800;  // 0.5
        } else {
            uint64_t maxv = t.is_uint() ? (t.bits() >= 64 ? ~0ull : ((1ull << t.bits()) - 1))
                                        : ((1ull << (t.bits() - 1)) - 1);
            uint64_t lim = maxv / 4;
            // Keep wide types modest too: indices into LUTs and the like.
            if (lim > (1u << 16)) lim = (1u << 16);
            uint64_t v = rng.next() % (lim + 1);
            switch (t.bytes()) {
            case 1: *(uint8_t *)p = (uint8_t)v; break;
            case 2: *(uint16_t *)p = (uint16_t)v; break;
            case 4: *(uint32_t *)p = (uint32_t)v; break;
            case 8: *(uint64_t *)p = (uint64_t)v; break;
            }
        }
    }
}

// Allocates a dense buffer with the given mins/extents whose storage order
// honors any constant stride constraints (e.g. interleaved: dim(2).stride == 1).
Buffer<> alloc_buffer(const Type &t, const std::vector<int> &mins, const std::vector<int> &extents,
                      const Parameter *param, const std::string &what) {
    int d = (int)extents.size();
    std::vector<int> order;
    std::vector<int> rest;
    for (int i = 0; i < d; i++) {
        double s;
        if (param && param->defined() && const_number(param->stride_constraint(i), &s) && s == 1) order.push_back(i);
        else rest.push_back(i);
    }
    order.insert(order.end(), rest.begin(), rest.end());
    Buffer<> b = d == 0 ? Buffer<>(t, std::vector<int>{}) : Buffer<>(t, extents, order);
    for (int i = 0; i < d; i++) b.raw_buffer()->dim[i].min = mins[i];
    if (param && param->defined()) {
        for (int i = 0; i < d; i++) {
            double s;
            if (const_number(param->stride_constraint(i), &s) && (int)s != b.dim(i).stride()) {
                throw BadRequest(what + ": cannot satisfy its stride constraint on dim " + std::to_string(i));
            }
        }
    }
    return b;
}

void set_scalar_param(Parameter &p, double v) {
    const Type t = p.type();
    halide_scalar_value_t val;
    val.u.u64 = 0;
    if (t.is_bool()) val.u.b = v != 0;
    else if (t.is_float() && t.bits() == 32) val.u.f32 = (float)v;
    else if (t.is_float() && t.bits() == 64) val.u.f64 = v;
    else if (t.is_int() && t.bits() == 8) val.u.i8 = (int8_t)v;
    else if (t.is_int() && t.bits() == 16) val.u.i16 = (int16_t)v;
    else if (t.is_int() && t.bits() == 32) val.u.i32 = (int32_t)v;
    else if (t.is_int() && t.bits() == 64) val.u.i64 = (int64_t)v;
    else if (t.is_uint() && t.bits() == 8) val.u.u8 = (uint8_t)v;
    else if (t.is_uint() && t.bits() == 16) val.u.u16 = (uint16_t)v;
    else if (t.is_uint() && t.bits() == 32) val.u.u32 = (uint32_t)v;
    else if (t.is_uint() && t.bits() == 64) val.u.u64 = (uint64_t)v;
    else throw BadRequest("scalar input " + p.name() + " has unsupported type " + type_name(t));
    p.set_scalar(t, val);
}

// ========================================================= directives ====
// Halide uniquifies Func names process-wide: a second instance of a generator
// gets "blur_x$2" where a fresh process has "blur_x". Directives name Funcs as a
// fresh process (pipeline_dump, GenGen) does, so "blur_x" also finds "blur_x$N"
// when that is unambiguous. (Fork mode gives every request fresh names anyway.)
std::string strip_unique_suffix(const std::string &n) {
    size_t d = n.rfind('$');
    if (d == std::string::npos || d + 1 >= n.size()) return n;
    for (size_t i = d + 1; i < n.size(); i++)
        if (n[i] < '0' || n[i] > '9') return n;
    return n.substr(0, d);
}

struct SchedContext {
    std::map<std::string, Function> funcs;  // actual Halide names
    std::map<std::string, Parameter> params;

    const Function *find_func(const std::string &name) const {
        auto it = funcs.find(name);
        if (it != funcs.end()) return &it->second;
        const Function *hit = nullptr;
        for (const auto &kv : funcs) {
            if (strip_unique_suffix(kv.first) == name) {
                if (hit) return nullptr;  // ambiguous
                hit = &kv.second;
            }
        }
        return hit;
    }
};

std::string arg_kind(const JVal &a) {
    if (a.kind != JVal::Obj || a.o.size() != 1) return "?";
    return a.o[0].first;
}

class DirectiveApplier {
public:
    DirectiveApplier(SchedContext &ctx, const JVal &d) : ctx_(ctx), d_(d) {
        const JVal *f = d.get("func");
        const JVal *n = d.get("name");
        const JVal *s = d.get("stage");
        const JVal *a = d.get("args");
        if (!f || f->kind != JVal::Str) throw BadRequest("directive needs \"func\" (string)");
        if (!n || n->kind != JVal::Str) throw BadRequest("directive needs \"name\" (string)");
        func_name_ = f->s;
        name_ = n->s;
        if (s && s->kind != JVal::Null) {
            if (s->kind != JVal::Num || !s->is_int || s->n < 0) throw BadRequest("\"stage\" must be an integer >= 0");
            stage_ = (int)s->n;
        }
        if (a && a->kind != JVal::Null) {
            if (a->kind != JVal::Arr) throw BadRequest("\"args\" must be an array");
            args_ = a->a;
        }
    }

    std::string label() const {
        return func_name_ + (stage_ > 0 ? ".update(" + std::to_string(stage_ - 1) + ")" : "") + "." + name_;
    }

    void apply() {
        const Function *fn = ctx_.find_func(func_name_);
        if (!fn) throw BadRequest("unknown Func '" + func_name_ + "'" + known_funcs());
        Func f(*fn);
        int nupdates = (int)fn->updates().size();
        if (stage_ > nupdates) {
            throw BadRequest("Func '" + func_name_ + "' has no stage " + std::to_string(stage_) + " (it has " +
                             std::to_string(nupdates) + " update(s))");
        }
        if (apply_stage(f)) return;
        if (apply_func(f)) return;
        throw BadRequest("unknown directive '" + name_ + "'");
    }

private:
    std::string known_funcs() const {
        std::string all;
        for (const auto &kv : ctx_.funcs) all += (all.empty() ? "" : ", ") + kv.first;
        return " (pipeline Funcs: " + all + ")";
    }
    Stage stage_of(Func &f) { return stage_ == 0 ? Stage(f) : f.update(stage_ - 1); }

    void arity(size_t lo, size_t hi) {
        if (args_.size() < lo || args_.size() > hi) {
            std::string want = lo == hi ? std::to_string(lo) : std::to_string(lo) + ".." + std::to_string(hi);
            throw BadRequest("expects " + want + " argument(s), got " + std::to_string(args_.size()));
        }
    }
    const JVal &arg(size_t i) {
        if (i >= args_.size()) throw BadRequest("missing argument " + std::to_string(i));
        return args_[i];
    }
    [[noreturn]] void bad(size_t i, const std::string &want) {
        throw BadRequest("argument " + std::to_string(i) + " must be " + want + ", got " + arg_kind(arg(i)));
    }
    const JVal *field(const JVal &a, const char *k) {
        if (a.kind != JVal::Obj || a.o.size() != 1 || a.o[0].first != k) return nullptr;
        return &a.o[0].second;
    }
    VarOrRVar var_of(const JVal &a, size_t i) {
        if (const JVal *v = field(a, "var")) {
            if (v->kind == JVal::Str) return Var(v->s);
        }
        if (const JVal *v = field(a, "rvar")) {
            if (v->kind == JVal::Str) return RVar(v->s);
        }
        bad(i, "{var} or {rvar}");
    }
    VarOrRVar vor(size_t i) { return var_of(arg(i), i); }
    Var pure_var(size_t i) {
        const JVal *v = field(arg(i), "var");
        if (!v || v->kind != JVal::Str) bad(i, "{var}");
        return Var(v->s);
    }
    bool is(size_t i, const char *k) { return i < args_.size() && field(args_[i], k) != nullptr; }
    Expr expr(size_t i) {
        if (const JVal *v = field(arg(i), "int")) {
            if (v->kind == JVal::Num && v->n == std::floor(v->n) && std::fabs(v->n) < 2147483648.0) return Expr((int)v->n);
        }
        if (const JVal *v = field(arg(i), "float")) {
            if (v->kind == JVal::Num) return Expr((float)v->n);
        }
        bad(i, "{int} or {float}");
    }
    int integer(size_t i) {
        const JVal *v = field(arg(i), "int");
        if (!v || v->kind != JVal::Num || v->n != std::floor(v->n) || std::fabs(v->n) >= 2147483648.0) bad(i, "{int}");
        return (int)v->n;
    }
    bool boolean(size_t i) {
        const JVal *v = field(arg(i), "bool");
        if (!v || v->kind != JVal::Bool) bad(i, "{bool}");
        return v->b;
    }
    TailStrategy tail(size_t i) {
        const JVal *v = field(arg(i), "tail");
        if (!v || v->kind != JVal::Str) bad(i, "{tail}");
        static const std::map<std::string, TailStrategy> m = {
            {"RoundUp", TailStrategy::RoundUp},
            {"GuardWithIf", TailStrategy::GuardWithIf},
            {"Predicate", TailStrategy::Predicate},
            {"PredicateLoads", TailStrategy::PredicateLoads},
            {"PredicateStores", TailStrategy::PredicateStores},
            {"ShiftInwards", TailStrategy::ShiftInwards},
            {"Auto", TailStrategy::Auto},
        };
        auto it = m.find(v->s);
        if (it == m.end()) throw BadRequest("unknown tail strategy '" + v->s + "'");
        return it->second;
    }
    MemoryType memory(size_t i) {
        const JVal *v = field(arg(i), "memory");
        if (!v || v->kind != JVal::Str) bad(i, "{memory}");
        static const std::map<std::string, MemoryType> m = {
            {"Auto", MemoryType::Auto},
            {"Heap", MemoryType::Heap},
            {"Stack", MemoryType::Stack},
            {"Register", MemoryType::Register},
            {"LockedCache", MemoryType::LockedCache},
        };
        auto it = m.find(v->s);
        if (it == m.end()) throw BadRequest("unsupported memory type '" + v->s + "'");
        return it->second;
    }
    std::string func_name_arg(size_t i) {
        const JVal *v = field(arg(i), "func");
        if (!v || v->kind != JVal::Str) bad(i, "{func}");
        return v->s;
    }
    Func func_arg(size_t i) {
        std::string n = func_name_arg(i);
        const Function *fn = ctx_.find_func(n);
        if (!fn) throw BadRequest("unknown Func '" + n + "'" + known_funcs());
        return Func(*fn);
    }
    // A list argument, or the plain arguments [from, to) when there is no list.
    std::vector<JVal> list_or_rest(size_t i, size_t end) {
        if (i < args_.size()) {
            if (const JVal *l = field(args_[i], "list")) {
                if (l->kind != JVal::Arr) bad(i, "{list}");
                return l->a;
            }
        }
        return std::vector<JVal>(args_.begin() + std::min(i, args_.size()), args_.begin() + std::min(end, args_.size()));
    }
    std::vector<VarOrRVar> var_list(size_t i) {
        const JVal *l = field(arg(i), "list");
        if (!l || l->kind != JVal::Arr) bad(i, "{list}");
        std::vector<VarOrRVar> v;
        for (const JVal &a : l->a) v.push_back(var_of(a, i));
        return v;
    }
    std::vector<Expr> expr_list(size_t i) {
        const JVal *l = field(arg(i), "list");
        if (!l || l->kind != JVal::Arr) bad(i, "{list}");
        std::vector<Expr> v;
        for (const JVal &a : l->a) {
            const JVal *n = field(a, "int");
            if (!n || n->kind != JVal::Num) bad(i, "{list} of {int}");
            v.push_back(Expr((int)n->n));
        }
        return v;
    }

    // Directives that act on one stage (pure or update).
    bool apply_stage(Func &f) {
        const std::string &n = name_;
        if (n == "split") {
            arity(4, 5);
            Stage s = stage_of(f);
            s.split(vor(0), vor(1), vor(2), expr(3), args_.size() > 4 ? tail(4) : TailStrategy::Auto);
        } else if (n == "fuse") {
            arity(3, 3);
            stage_of(f).fuse(vor(0), vor(1), vor(2));
        } else if (n == "tile") {
            Stage s = stage_of(f);
            if (is(0, "list")) {
                // tile([prev], [outers], [inners], [factors][, tail]) or tile([prev], [inners], [factors][, tail])
                if (args_.size() >= 4 && is(3, "list")) {
                    arity(4, 5);
                    s.tile(var_list(0), var_list(1), var_list(2), expr_list(3), args_.size() > 4 ? tail(4) : TailStrategy::Auto);
                } else {
                    arity(3, 4);
                    s.tile(var_list(0), var_list(1), expr_list(2), args_.size() > 3 ? tail(3) : TailStrategy::Auto);
                }
            } else if (args_.size() == 8 || args_.size() == 9) {
                s.tile(vor(0), vor(1), vor(2), vor(3), vor(4), vor(5), expr(6), expr(7),
                       args_.size() > 8 ? tail(8) : TailStrategy::Auto);
            } else if (args_.size() == 6 || args_.size() == 7) {
                s.tile(vor(0), vor(1), vor(2), vor(3), expr(4), expr(5), args_.size() > 6 ? tail(6) : TailStrategy::Auto);
            } else {
                throw BadRequest("expects 6..9 arguments (or lists), got " + std::to_string(args_.size()));
            }
        } else if (n == "reorder") {
            std::vector<JVal> vs = list_or_rest(0, args_.size());
            if (is(0, "list")) arity(1, 1);
            std::vector<VarOrRVar> vars;
            for (size_t i = 0; i < vs.size(); i++) vars.push_back(var_of(vs[i], i));
            if (vars.size() < 2) throw BadRequest("needs at least two vars");
            stage_of(f).reorder(vars);
        } else if (n == "rename") {
            arity(2, 2);
            stage_of(f).rename(vor(0), vor(1));
        } else if (n == "vectorize" || n == "unroll" || n == "parallel") {
            arity(1, 3);
            Stage s = stage_of(f);
            if (args_.size() == 1) {
                if (n == "vectorize") s.vectorize(vor(0));
                else if (n == "unroll") s.unroll(vor(0));
                else s.parallel(vor(0));
            } else {
                TailStrategy t = args_.size() > 2 ? tail(2) : TailStrategy::Auto;
                if (n == "vectorize") s.vectorize(vor(0), expr(1), t);
                else if (n == "unroll") s.unroll(vor(0), expr(1), t);
                else s.parallel(vor(0), expr(1), t);
            }
        } else if (n == "serial") {
            arity(1, 1);
            stage_of(f).serial(vor(0));
        } else if (n == "atomic") {
            arity(0, 1);
            stage_of(f).atomic(args_.empty() ? false : boolean(0));
        } else if (n == "allow_race_conditions") {
            arity(0, 0);
            stage_of(f).allow_race_conditions();
        } else if (n == "compute_with") {
            // compute_with(func, var): with stage 0 of that Func.
            arity(2, 2);
            Func other = func_arg(0);
            stage_of(f).compute_with(Stage(other), vor(1));
        } else if (n == "prefetch") {
            // prefetch(func_or_input, var[, offset]): at == from == var.
            arity(2, 3);
            std::string target = func_name_arg(0);
            Expr off = args_.size() > 2 ? Expr(integer(2)) : Expr(1);
            Stage s = stage_of(f);
            if (const Function *fn = ctx_.find_func(target)) {
                s.prefetch(Func(*fn), vor(1), vor(1), off);
            } else {
                auto pit = ctx_.params.find(target);
                if (pit == ctx_.params.end() || !pit->second.is_buffer()) {
                    throw BadRequest("unknown Func or input buffer '" + target + "'");
                }
                s.prefetch(pit->second, vor(1), vor(1), off);
            }
        } else {
            return false;
        }
        return true;
    }

    // Directives on the Func as a whole (storage, placement): stage 0 only.
    bool apply_func(Func &f) {
        static const std::set<std::string> names = {
            "compute_root", "compute_inline", "compute_at", "store_root", "store_at", "store_in", "bound",
            "bound_extent", "align_bounds", "reorder_storage", "align_storage", "fold_storage", "async", "memoize"};
        if (!names.count(name_)) return false;
        if (stage_ != 0) throw BadRequest("'" + name_ + "' applies to the whole Func; use stage 0");
        const std::string &n = name_;
        if (n == "compute_root") {
            arity(0, 0);
            f.compute_root();
        } else if (n == "compute_inline") {
            arity(0, 0);
            f.compute_inline();
        } else if (n == "compute_at" || n == "store_at") {
            arity(2, 2);
            Func at = func_arg(0);
            const JVal &v = arg(1);
            if (field(v, "rvar")) {
                RVar r(field(v, "rvar")->s);
                if (n == "compute_at") f.compute_at(at, r); else f.store_at(at, r);
            } else {
                Var x = pure_var(1);
                if (n == "compute_at") f.compute_at(at, x); else f.store_at(at, x);
            }
        } else if (n == "store_root") {
            arity(0, 0);
            f.store_root();
        } else if (n == "store_in") {
            arity(1, 1);
            f.store_in(memory(0));
        } else if (n == "bound") {
            arity(3, 3);
            f.bound(pure_var(0), expr(1), expr(2));
        } else if (n == "bound_extent") {
            arity(2, 2);
            f.bound_extent(pure_var(0), expr(1));
        } else if (n == "align_bounds") {
            arity(2, 3);
            f.align_bounds(pure_var(0), expr(1), args_.size() > 2 ? expr(2) : Expr(0));
        } else if (n == "reorder_storage") {
            std::vector<JVal> vs = list_or_rest(0, args_.size());
            if (is(0, "list")) arity(1, 1);
            std::vector<Var> vars;
            for (size_t i = 0; i < vs.size(); i++) {
                const JVal *v = field(vs[i], "var");
                if (!v || v->kind != JVal::Str) throw BadRequest("reorder_storage takes {var}s");
                vars.push_back(Var(v->s));
            }
            if (vars.size() < 2) throw BadRequest("needs at least two vars");
            f.reorder_storage(vars);
        } else if (n == "align_storage") {
            arity(2, 2);
            f.align_storage(pure_var(0), expr(1));
        } else if (n == "fold_storage") {
            arity(2, 3);
            f.fold_storage(pure_var(0), expr(1), args_.size() > 2 ? boolean(2) : true);
        } else if (n == "async") {
            arity(0, 0);
            f.async();
        } else if (n == "memoize") {
            arity(0, 0);
            f.memoize();
        }
        return true;
    }

    SchedContext &ctx_;
    const JVal &d_;
    std::string func_name_, name_;
    int stage_ = 0;
    std::vector<JVal> args_;
};

// ======================================================= the worker ====
struct Config {
    Target target;
    std::string target_string;
    std::string plugin_dir = "/usr/lib/x86_64-linux-gnu/halide14";
    MachineParams machine{2, 1048576, 40};
};

std::set<std::string> g_loaded_plugins;
int (*g_set_num_threads)(int) = nullptr;

std::string registered_scheduler_name(const std::string &s) {
    if (s == "adams2019") return "Adams2019";
    if (s == "mullapudi2016") return "Mullapudi2016";
    if (s == "li2018") return "Li2018";
    throw BadRequest("unknown autoscheduler '" + s + "' (adams2019, mullapudi2016, li2018)");
}

void ensure_plugin(const Config &cfg, const std::string &name) {
    registered_scheduler_name(name);  // validates
    if (g_loaded_plugins.count(name)) return;
    std::string path = cfg.plugin_dir + "/libautoschedule_" + name + ".so";
    if (access(path.c_str(), R_OK) != 0) throw BadRequest("autoscheduler plugin " + path + " not found");
    load_plugin(path);
    g_loaded_plugins.insert(name);
}

// halide_set_num_threads lives in the JIT's shared runtime (not in libHalide),
// so look it up in that module's exports once a pipeline has been JIT-compiled.
int set_num_threads(const Target &target, int n) {
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

// Parses "Best cost: X" (the last one) out of Adams2019's log.
bool parse_adams_cost(const std::string &log, double *cost) {
    const std::string key = "Best cost: ";
    size_t pos = log.rfind(key);
    if (pos == std::string::npos) return false;
    const char *p = log.c_str() + pos + key.size();
    char *end = nullptr;
    double v = std::strtod(p, &end);
    if (end == p) return false;
    *cost = v;
    return true;
}

double num_field(const JVal &req, const char *k, double dflt, double lo, double hi) {
    const JVal *v = req.get(k);
    if (!v || v->kind == JVal::Null) return dflt;
    if (v->kind != JVal::Num) throw BadRequest(std::string("\"") + k + "\" must be a number");
    if (!(v->n >= lo && v->n <= hi)) {
        throw BadRequest(std::string("\"") + k + "\" out of range [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    }
    return v->n;
}

std::string param_value_string(const JVal &v) {
    switch (v.kind) {
    case JVal::Str: return v.s;
    case JVal::Bool: return v.b ? "true" : "false";
    case JVal::Num: {
        if (v.is_int) return std::to_string((long long)v.n);
        char buf[40];
        std::snprintf(buf, sizeof(buf), "%.9g", v.n);
        return buf;
    }
    default: throw BadRequest("generator param values must be strings, numbers or booleans");
    }
}

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

std::string bench(const Config &cfg, const JVal &req, const std::string &id) {
    const double t_start = now_ms();
    const JVal *g = req.get("generator");
    if (!g || g->kind != JVal::Str) throw BadRequest("\"generator\" (string) is required");
    const JVal *sched = req.get("schedule");
    std::string kind = "hand";
    if (sched && sched->kind != JVal::Null) {
        const JVal *k = sched->get("kind");
        if (!k || k->kind != JVal::Str) throw BadRequest("\"schedule.kind\" (string) is required");
        kind = k->s;
    }
    if (kind != "hand" && kind != "directives" && kind != "autoscheduler") {
        throw BadRequest("unknown schedule kind '" + kind + "' (hand, directives, autoscheduler)");
    }
    const int threads = (int)num_field(req, "threads", 0, 0, 1024);
    const int reps = (int)num_field(req, "reps", 7, 1, 100000);
    const double min_rep_ms = num_field(req, "min_rep_ms", 20, 0, 1e7);
    const double max_total_ms = num_field(req, "max_total_ms", 20000, 0, 1e9);
    bool featurize = false;
    if (const JVal *f = req.get("featurize")) featurize = f->kind == JVal::Bool && f->b;
    // schedule_only: run the autoscheduler and report its schedule, no compile or benchmark, so
    // the collector can drop a duplicate probe for the price of the search alone.
    bool schedule_only = false;
    if (const JVal *f = req.get("schedule_only")) schedule_only = f->kind == JVal::Bool && f->b;

    auto names = GeneratorRegistry::enumerate();
    if (std::find(names.begin(), names.end(), g->s) == names.end()) {
        std::string all;
        for (const auto &n : names) all += (all.empty() ? "" : ", ") + n;
        throw BadRequest("no generator named '" + g->s + "' (linked: " + all + ")");
    }

    // A fresh generator and pipeline every time: Generators are single-use.
    const bool autosched = kind != "hand";
    std::unique_ptr<GeneratorBase> gen =
        GeneratorRegistry::create(g->s, GeneratorContext(cfg.target, autosched, cfg.machine));
    if (const JVal *params = req.get("params")) {
        if (params->kind != JVal::Obj && params->kind != JVal::Null) throw BadRequest("\"params\" must be an object");
        GeneratorParamsMap m;
        for (const auto &kv : params->o) m[kv.first] = param_value_string(kv.second);
        if (!m.empty()) gen->set_generator_param_values(m);
    }
    Pipeline p = GeneratorAccess::build(gen.get());
    const double t_built = now_ms();

    SchedContext sctx;
    sctx.funcs = all_functions(p);
    {
        ParamCollector pc;
        for (auto &kv : sctx.funcs) kv.second.accept(&pc);
        sctx.params = pc.params;
    }

    // ------------------------------------------------------- schedule --
    std::string schedule_source;
    bool have_source = false;
    std::vector<uint8_t> featurization;
    double adams_cost = NAN;
    const double t_sched0 = now_ms();
    if (kind == "directives") {
        const JVal *ds = sched->get("directives");
        if (ds && ds->kind != JVal::Arr && ds->kind != JVal::Null) throw BadRequest("\"schedule.directives\" must be an array");
        if (ds && ds->kind == JVal::Arr) {
            for (size_t i = 0; i < ds->a.size(); i++) {
                std::string where = "directive " + std::to_string(i);
                try {
                    DirectiveApplier d(sctx, ds->a[i]);
                    where += " (" + d.label() + ")";
                    d.apply();
                } catch (const Halide::Error &e) {
                    throw BadRequest(where + ": " + e.what());
                } catch (const BadRequest &e) {
                    throw BadRequest(where + ": " + e.what());
                }
            }
        }
    } else if (kind == "autoscheduler") {
        const JVal *n = sched->get("name");
        if (!n || n->kind != JVal::Str) throw BadRequest("\"schedule.name\" (string) is required");
        std::string reg = registered_scheduler_name(n->s);
        ensure_plugin(cfg, n->s);
        EnvGuard env;
        if (const JVal *e = sched->get("env")) {
            if (e->kind != JVal::Obj && e->kind != JVal::Null) throw BadRequest("\"schedule.env\" must be an object");
            for (const auto &kv : e->o) env.set(kv.first, param_value_string(kv.second));
        }
        AutoSchedulerResults r;
        std::string log = capture_stderr([&]() { r = p.auto_schedule(reg, cfg.target, cfg.machine); });
        schedule_source = r.schedule_source;
        have_source = true;
        featurization = r.featurization;
        if (n->s == "adams2019") parse_adams_cost(log, &adams_cost);
        // Autoschedulers may add Funcs (wrappers, rfactor intermediates).
        sctx.funcs = all_functions(p);
    }
    const double t_sched1 = now_ms();
    if (schedule_only) {
        JOut j;
        j.begin_object();
        j.key("id"); j.str(id);
        j.key("ok"); j.boolean(true);
        j.key("generator"); j.str(g->s);
        j.key("schedule_kind"); j.str(kind);
        j.key("schedule_only"); j.boolean(true);
        j.key("schedule_ms"); j.num(t_sched1 - t_sched0);
        j.key("schedule_source");
        if (have_source) j.str(schedule_source); else j.null();
        j.key("adams2019_cost");
        if (std::isfinite(adams_cost)) j.num(adams_cost); else j.null();
        j.end_object();
        return j.text();
    }

    // ---------------------------------------------------- buffers ----
    // Outputs at their estimated extents.
    std::vector<Buffer<>> outs;
    for (const Func &of : p.outputs()) {
        Function fn = of.function();
        std::vector<int> mins(fn.dimensions()), extents(fn.dimensions());
        for (int d = 0; d < fn.dimensions(); d++) {
            const std::string &v = fn.args()[d];
            bool found = false;
            for (const auto &lists : {fn.schedule().estimates(), fn.schedule().bounds()}) {
                for (const Bound &b : lists) {
                    double mn, ex;
                    if (b.var == v && const_number(b.min, &mn) && const_number(b.extent, &ex)) {
                        mins[d] = (int)mn;
                        extents[d] = (int)ex;
                        found = true;
                        break;
                    }
                }
                if (found) break;
            }
            if (!found) throw BadRequest("output " + fn.name() + " has no constant estimate for dimension " + v);
        }
        for (size_t k = 0; k < fn.output_types().size(); k++) {
            const Parameter *op = k < fn.output_buffers().size() ? &fn.output_buffers()[k] : nullptr;
            outs.push_back(alloc_buffer(fn.output_types()[k], mins, extents, op, "output " + fn.name()));
        }
    }

    // Inputs: buffers sized by their estimates (or by bounds inference when an
    // estimate is missing), scalars set to their estimate/default.
    std::vector<std::string> infer_later;
    for (auto &kv : sctx.params) {
        Parameter &prm = kv.second;
        if (prm.is_buffer()) {
            // Output buffers' Parameters show up too; they are bound by realize.
            bool is_output = false;
            for (const Func &of : p.outputs()) {
                for (const Parameter &ob : of.function().output_buffers()) is_output |= ob.same_as(prm);
            }
            if (is_output) continue;
            int dims = prm.dimensions();
            std::vector<int> mins(dims), extents(dims);
            bool ok = true;
            for (int d = 0; d < dims && ok; d++) {
                double mn, ex;
                if (const_number(prm.min_constraint(d), &mn) || const_number(prm.min_constraint_estimate(d), &mn)) mins[d] = (int)mn;
                else ok = false;
                if (const_number(prm.extent_constraint(d), &ex) || const_number(prm.extent_constraint_estimate(d), &ex)) extents[d] = (int)ex;
                else ok = false;
            }
            if (!ok) {
                prm.set_buffer(Buffer<>());
                infer_later.push_back(prm.name());
                continue;
            }
            Buffer<> b = alloc_buffer(prm.type(), mins, extents, &prm, "input " + prm.name());
            fill_buffer(b, prm.name());
            prm.set_buffer(b);
        } else {
            double v = 1;
            if (!const_number(prm.estimate(), &v) && !const_number(prm.default_value(), &v)) {
                v = prm.type().is_float() ? 0.5 : 1;
            }
            double lo, hi;
            if (const_number(prm.min_value(), &lo)) v = std::max(v, lo);
            if (const_number(prm.max_value(), &hi)) v = std::min(v, hi);
            set_scalar_param(prm, v);
        }
    }

    // ------------------------------------------------------- compile --
    const double t_c0 = now_ms();
    p.compile_jit(cfg.target);
    const double t_c1 = now_ms();

    Realization dst(outs);
    if (!infer_later.empty()) {
        p.infer_input_bounds(dst, cfg.target);
        for (const std::string &n : infer_later) {
            Parameter &prm = sctx.params[n];
            Buffer<> b = prm.buffer();
            if (!b.defined()) throw BadRequest("bounds inference gave no buffer for input " + n);
            fill_buffer(b, n);
        }
    }

    // -------------------------------------------------------- measure --
    // 0 = Halide's default (HL_NUM_THREADS, else the number of cores).
    const int effective_threads = set_num_threads(cfg.target, threads);

    const double load = loadavg1();
    const double t_b0 = now_ms();
    auto once = [&]() {
        p.realize(dst, cfg.target);
    };
    // Untimed warm-up (first-touch of outputs, thread pool start); a second
    // calibration run when the first was quick, to size iterations per rep.
    double t0 = now_ms();
    once();
    double warm = now_ms() - t0;
    const double first_run_ms = warm;
    if (warm < min_rep_ms) {
        t0 = now_ms();
        once();
        warm = std::min(warm, now_ms() - t0);
    }
    int iters = 1;
    if (min_rep_ms > 0 && warm < min_rep_ms) {
        iters = (int)std::ceil(min_rep_ms / std::max(warm, 1e-3));
        iters = std::max(1, std::min(iters, 1000000));
    }
    std::vector<double> times, rep_cpu;
    bool truncated = false;
    const double cpu0 = cpu_ms();
    const double t_timed0 = now_ms();
    for (int r = 0; r < reps; r++) {
        if (r > 0 && now_ms() - t_b0 > max_total_ms) {
            truncated = true;
            break;
        }
        double c = cpu_ms();
        double s = now_ms();
        for (int i = 0; i < iters; i++) once();
        double e = now_ms();
        times.push_back((e - s) / iters);
        rep_cpu.push_back((cpu_ms() - c) / std::max(e - s, 1e-9));
    }
    const double t_b1 = now_ms();
    // CPU time over wall time of the timed reps: how many cores were busy.
    const double busy = (cpu_ms() - cpu0) / std::max(t_b1 - t_timed0, 1e-9);
    const int os_threads = thread_count();

    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    size_t m = sorted.size();
    double median = m % 2 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
    double mn = sorted.front(), mx = sorted.back();

    JOut j;
    j.begin_object();
    j.key("id"); j.str(id);
    j.key("ok"); j.boolean(true);
    j.key("generator"); j.str(g->s);
    j.key("schedule_kind"); j.str(kind);
    j.key("compile_ms"); j.num(t_c1 - t_c0);
    j.key("schedule_ms"); j.num(t_sched1 - t_sched0);
    j.key("build_ms"); j.num(t_built - t_start);
    j.key("bench_ms"); j.num(t_b1 - t_b0);
    j.key("first_run_ms"); j.num(first_run_ms);
    j.key("times_ms");
    j.begin_array();
    for (double t : times) j.num(t);
    j.end_array();
    j.key("cpu_per_rep");
    j.begin_array();
    for (double c : rep_cpu) j.num(std::round(c * 1000) / 1000);
    j.end_array();
    j.key("median_ms"); j.num(median);
    j.key("min_ms"); j.num(mn);
    j.key("max_ms"); j.num(mx);
    j.key("spread"); j.num(median > 0 ? (mx - mn) / median : 0);
    j.key("threads"); j.integer(effective_threads);
    j.key("iterations_per_rep"); j.integer(iters);
    j.key("cpu_utilization"); j.num(busy);
    j.key("os_threads"); j.integer(os_threads);
    j.key("truncated"); j.boolean(truncated);
    j.key("schedule_source");
    if (have_source) j.str(schedule_source); else j.null();
    j.key("adams2019_cost");
    if (std::isfinite(adams_cost)) j.num(adams_cost); else j.null();
    j.key("featurization");
    if (featurize && !featurization.empty()) j.str(base64(featurization)); else j.null();
    j.key("load");
    j.begin_array();
    j.num(load);
    j.end_array();
    j.key("output_shapes");
    j.begin_array();
    for (const Buffer<> &b : outs) {
        j.begin_array();
        for (int d = 0; d < b.dimensions(); d++) j.integer(b.dim(d).extent());
        j.end_array();
    }
    j.end_array();
    j.key("total_ms"); j.num(now_ms() - t_start);
    j.end_object();
    return j.text();
}

std::string error_response(const std::string &id, const std::string &msg, bool crashed = false) {
    // Halide's messages carry "Error:\n" prefixes and trailing newlines.
    std::string m = msg;
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    JOut j;
    j.begin_object();
    j.key("id"); j.str(id);
    j.key("ok"); j.boolean(false);
    j.key("error"); j.str(m.empty() ? "unknown error" : m);
    if (crashed) {
        j.key("crashed"); j.boolean(true);
    }
    j.end_object();
    return j.text();
}

// bench() with every error turned into an {"ok":false} response.
std::string guarded_bench(const Config &cfg, const JVal &req, const std::string &id) {
    try {
        return bench(cfg, req, id);
    } catch (const Halide::Error &e) {
        return error_response(id, std::string("Halide: ") + e.what());
    } catch (const BadRequest &e) {
        return error_response(id, e.what());
    } catch (const std::exception &e) {
        return error_response(id, std::string("internal: ") + e.what());
    } catch (...) {
        return error_response(id, "internal: unknown exception");
    }
}

bool write_all(int fd, const std::string &s) {
    size_t off = 0;
    while (off < s.size()) {
        ssize_t n = write(fd, s.data() + off, s.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        off += (size_t)n;
    }
    return true;
}

// Fork mode: the request runs in a child forked from this (single-threaded)
// process. The child starts from a pristine state every time: Func names as in
// a fresh process, no JIT code or memory left over from earlier requests, and
// a crash (SIGSEGV in generated code, an LLVM abort) costs only this request.
// The parent has already JIT-compiled a trivial pipeline, so the shared Halide
// runtime and LLVM are initialized once and inherited.
std::string forked_bench(const Config &cfg, const JVal &req, const std::string &id, double timeout_ms) {
    int fds[2];
    if (pipe(fds) != 0) return error_response(id, std::string("internal: pipe: ") + std::strerror(errno));
    std::cerr.flush();
    std::fflush(stderr);
    std::fflush(g_proto);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return error_response(id, std::string("internal: fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
        close(fds[0]);
        prctl(PR_SET_PDEATHSIG, SIGKILL);  // die with the worker (e.g. on a timeout kill)
        if (getppid() != parent) _exit(3);
        std::string r = guarded_bench(cfg, req, id);
        bool ok = write_all(fds[1], r);
        close(fds[1]);
        std::cerr.flush();
        std::fflush(stderr);
        _exit(ok ? 0 : 4);  // no atexit handlers or static destructors in the child
    }
    close(fds[1]);
    std::string resp;
    char buf[65536];
    const double deadline = timeout_ms > 0 ? now_ms() + timeout_ms : INFINITY;
    bool timed_out = false;
    for (;;) {
        int wait_ms = std::isinf(deadline) ? -1 : (int)std::max(0.0, std::ceil(deadline - now_ms()));
        struct pollfd pfd = {fds[0], POLLIN, 0};
        int pr = poll(&pfd, 1, wait_ms);
        if (pr < 0 && errno == EINTR) continue;
        if (pr == 0) {
            timed_out = true;
            kill(pid, SIGKILL);
            break;
        }
        ssize_t n = read(fds[0], buf, sizeof(buf));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        resp.append(buf, (size_t)n);
    }
    close(fds[0]);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    if (timed_out) {
        JOut j;
        j.begin_object();
        j.key("id"); j.str(id);
        j.key("ok"); j.boolean(false);
        j.key("error"); j.str("timeout");
        j.key("timed_out"); j.boolean(true);
        j.end_object();
        return j.text();
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0 && !resp.empty()) return resp;
    std::string why;
    if (WIFSIGNALED(st)) {
        int sig = WTERMSIG(st);
        const char *name = sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : sig == SIGILL ? "SIGILL" :
                           sig == SIGFPE ? "SIGFPE" : sig == SIGABRT ? "SIGABRT" : sig == SIGKILL ? "SIGKILL" : nullptr;
        why = std::string("killed by ") + (name ? name : "signal " + std::to_string(sig));
    } else {
        why = "exited with code " + std::to_string(WEXITSTATUS(st));
    }
    return error_response(id, "benchmark process crashed: " + why, true);
}

// JIT-compiles a trivial pipeline so the shared runtime and LLVM are set up
// (and halide_set_num_threads can be found) before any request.
void prewarm(const Config &cfg) {
    // Vectorized, parallel, with a buffer input and a float stage: it warms up
    // more of LLVM's lazily initialized state than a scalar Func would, which
    // every forked child would otherwise pay for again.
    Var x("bench_worker_prewarm_x"), y("bench_worker_prewarm_y");
    ImageParam in(UInt(16), 2, "bench_worker_prewarm_input");
    Func g("bench_worker_prewarm_g"), f("bench_worker_prewarm");
    g(x, y) = cast<float>(in(x, y)) * 0.5f + 1;
    f(x, y) = cast<uint16_t>(g(x, y) + g(x + 1, y));
    g.compute_at(f, y).vectorize(x, 8);
    f.vectorize(x, 16).parallel(y);
    f.compile_jit(cfg.target);
    set_num_threads(cfg.target, 0);
}

[[noreturn]] void usage(const std::string &msg) {
    std::cerr << "bench_worker: " << msg << "\n"
              << "usage: bench_worker --target TARGET [--plugin-dir DIR] [--machine-params CORES,LLC_BYTES,BALANCE]"
                 " [--no-fork]\n";
    std::exit(2);
}

}  // namespace

int main(int argc, char **argv) {
    // Keep the protocol channel private: fd 1 becomes a copy of stderr.
    int proto_fd = dup(1);
    if (proto_fd < 0) return 1;
    fcntl(proto_fd, F_SETFD, FD_CLOEXEC);
    dup2(2, 1);
    g_proto = fdopen(proto_fd, "w");
    std::signal(SIGPIPE, SIG_DFL);
    for (int s : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) std::signal(s, on_fatal_signal);

    Config cfg;
    bool fork_mode = true;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) usage("missing value after " + a);
            return argv[++i];
        };
        if (a == "--target") cfg.target_string = next();
        else if (a == "--plugin-dir") cfg.plugin_dir = next();
        else if (a == "--machine-params") cfg.machine = MachineParams(next());
        else if (a == "--no-fork") fork_mode = false;
        else usage("unknown argument " + a);
    }
    if (cfg.target_string.empty()) usage("--target is required (pass the sanitized host target)");
    try {
        cfg.target = Target(cfg.target_string);
    } catch (const std::exception &e) {
        usage(std::string("bad target: ") + e.what());
    }
    if (!exceptions_enabled()) log_line("warning: libHalide was built without exceptions; Halide errors will abort");
    const double t0 = now_ms();
    try {
        prewarm(cfg);
    } catch (const std::exception &e) {
        log_line(std::string("cannot JIT-compile for this target: ") + e.what());
        return 1;
    }
    if (fork_mode && thread_count() != 1) {
        log_line("warning: " + std::to_string(thread_count()) + " threads after start-up; fork mode is unsafe, running requests in-process");
        fork_mode = false;
    }
    char ready[256];
    std::snprintf(ready, sizeof(ready), "ready in %.0f ms: target %s, pid %d, %s mode", now_ms() - t0,
                  cfg.target.to_string().c_str(), (int)getpid(), fork_mode ? "fork" : "in-process");
    log_line(ready);

    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        std::string id;
        std::string response;
        bool quit = false;
        try {
            JVal req = JParser(line).parse();
            if (req.kind != JVal::Obj) throw BadRequest("request must be a JSON object");
            if (const JVal *v = req.get("id")) {
                if (v->kind == JVal::Str) id = v->s;
                else if (v->kind == JVal::Num) id = param_value_string(*v);
            }
            std::snprintf(g_current_id, sizeof(g_current_id), "%s", id.c_str());
            const JVal *cmd = req.get("cmd");
            std::string c = cmd && cmd->kind == JVal::Str ? cmd->s : "bench";
            if (c == "ping") {
                JOut j;
                j.begin_object();
                j.key("id"); j.str(id);
                j.key("ok"); j.boolean(true);
                j.key("generators");
                j.begin_array();
                for (const auto &n : GeneratorRegistry::enumerate()) j.str(n);
                j.end_array();
                j.key("target"); j.str(cfg.target.to_string());
                j.key("pid"); j.integer(getpid());
                j.key("fork"); j.boolean(fork_mode);
                j.end_object();
                response = j.text();
            } else if (c == "quit") {
                JOut j;
                j.begin_object();
                j.key("id"); j.str(id);
                j.key("ok"); j.boolean(true);
                j.end_object();
                response = j.text();
                quit = true;
            } else if (c == "bench") {
                // Plugins register themselves globally: load them here, before
                // any fork, so they are loaded once per worker.
                const JVal *sched = req.get("schedule");
                const JVal *kind = sched ? sched->get("kind") : nullptr;
                const JVal *name = sched ? sched->get("name") : nullptr;
                if (kind && kind->kind == JVal::Str && kind->s == "autoscheduler" && name && name->kind == JVal::Str) {
                    ensure_plugin(cfg, name->s);
                }
                // timeout_ms: a hard limit enforced here by killing the child
                // (fork mode only); the worker itself stays up.
                const double timeout_ms = num_field(req, "timeout_ms", 0, 0, 1e9);
                response = fork_mode ? forked_bench(cfg, req, id, timeout_ms) : guarded_bench(cfg, req, id);
            } else {
                throw BadRequest("unknown cmd '" + c + "' (ping, quit, bench)");
            }
        } catch (const Halide::Error &e) {
            response = error_response(id, std::string("Halide: ") + e.what());
        } catch (const BadRequest &e) {
            response = error_response(id, e.what());
        } catch (const std::exception &e) {
            response = error_response(id, std::string("internal: ") + e.what());
        } catch (...) {
            response = error_response(id, "internal: unknown exception");
        }
        send_line(response);
        g_current_id[0] = '\0';
        if (quit) break;
    }
    return 0;
}
