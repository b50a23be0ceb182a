// buffers.h: the buffers a benchmark runs on. Outputs at their estimated extents, inputs at
// their estimates (or as bounds inference asks), filled with deterministic data so that every
// run of a pipeline reads the same values; scalar inputs at their estimate or default.
#pragma once

#include "Halide.h"
#include "pipeline.h"
#include "request.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

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

inline uint64_t hash_name(const std::string &s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

// Fills a dense buffer: integers in [0, max/4] (small, non-negative, so data
// dependent indices stay sane), floats in [0, 1), bools 0/1.
inline void fill_buffer(Buffer<> &b, const std::string &name) {
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

// One buffer bigger than this is refused (a quarter of a 24 GiB machine's memory at most).
constexpr double kMaxBufferBytes = 4.0 * (1ull << 30);

// Allocates a dense buffer with the given mins/extents whose storage order
// honors any constant stride constraints (e.g. interleaved: dim(2).stride == 1).
inline Buffer<> alloc_buffer(const Type &t, const std::vector<int> &mins, std::vector<int> extents,
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
    // An interleaved layout fixes the inner extent: dim(2).stride == 1 with dim(0).stride == 2 means
    // 2 channels whatever the estimate says (estimates are often loose), so the constraint wins.
    if (param && param->defined()) {
        long long inner = 1;
        for (size_t k = 0; k < order.size(); k++) {
            double s;
            if (k > 0 && const_number(param->stride_constraint(order[k]), &s) && s > 0 && (long long)s != inner) {
                long long below = inner / extents[order[k - 1]];
                if (below > 0 && (long long)s % below == 0) {
                    extents[order[k - 1]] = (int)((long long)s / below);
                    inner = (long long)s;
                }
            }
            inner *= extents[order[k]];
        }
    }
    // Estimates can be absurd (512^4 floats is 256 GiB): say so instead of dying in malloc.
    double bytes = t.bytes();
    for (int e : extents) bytes *= std::max(e, 1);
    if (bytes > kMaxBufferBytes) {
        throw BadRequest(what + " would take " + std::to_string((long long)(bytes / (1 << 20))) + " MiB at its estimated size (the limit is " +
                         std::to_string((long long)(kMaxBufferBytes / (1 << 20))) + " MiB): give it smaller estimates");
    }
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

inline void set_scalar_param(Parameter &p, double v) {
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

// One buffer per output (per element of a Tuple output), at the output's constant estimates
// (or bounds) for every dimension.
inline std::vector<Buffer<>> output_buffers(const Pipeline &p) {
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
    return outs;
}

// Binds every input Parameter: buffers sized by their estimates and filled, scalars set to their
// estimate/default (clamped to their range). Returns the inputs with no constant estimate: they
// get their buffers from bounds inference once the pipeline is compiled.
inline std::vector<std::string> bind_inputs(const Pipeline &p, std::map<std::string, Parameter> &params) {
    std::vector<std::string> infer_later;
    for (auto &kv : params) {
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
    return infer_later;
}

// An input left to bounds inference may still have estimates for some of its dims (a filter whose
// depth follows the output, whose width the generator reads as an RDom extent). Bounds inference
// cannot size those: the query sees an empty buffer, so the window it reduces over is empty too and
// the run measures a pipeline the dump does not describe. They take their estimate (covering what
// inference asked for); reads beyond other inputs then grow those (grow_input_for).
inline void widen_to_estimates(Parameter &prm) {
    Buffer<> have = prm.buffer();
    const int dims = have.dimensions();
    std::vector<int> mins(dims), extents(dims);
    bool changed = false;
    for (int d = 0; d < dims; d++) {
        int lo = have.dim(d).min(), hi = have.dim(d).min() + have.dim(d).extent();
        double mn, ex;
        const bool has_min = const_number(prm.min_constraint(d), &mn) || const_number(prm.min_constraint_estimate(d), &mn);
        const bool has_extent = const_number(prm.extent_constraint(d), &ex) || const_number(prm.extent_constraint_estimate(d), &ex);
        if (has_min && has_extent && ex > 0) {
            const int nlo = have.dim(d).extent() > 0 ? std::min(lo, (int)mn) : (int)mn;
            const int nhi = have.dim(d).extent() > 0 ? std::max(hi, (int)(mn + ex)) : (int)(mn + ex);
            changed |= nlo != lo || nhi != hi;
            lo = nlo, hi = nhi;
        }
        mins[d] = lo;
        extents[d] = hi - lo;
    }
    if (!changed) return;
    prm.set_buffer(alloc_buffer(prm.type(), mins, extents, &prm, "input " + prm.name()));
}

// A schedule may read an input beyond its estimated region (an autoscheduler's split rounded up
// at a root producer, say). Halide's bounds query under-reports such reads, but its entry check
// names the exact coordinate: given that error, grow the input to cover it, as a caller of the
// compiled pipeline would have to allocate it. Dims with a hard min/extent constraint are not
// touched. Returns whether the error was such a read and the input grew.
inline bool grow_input_for(const std::string &error, std::map<std::string, Parameter> &params) {
    static const std::regex re("Input buffer (\\S+) is accessed at (-?\\d+), which is (before the min|beyond the max) \\((-?\\d+)\\) in dimension (\\d+)");
    std::smatch m;
    if (!std::regex_search(error, m, re)) return false;
    auto it = params.find(m[1].str());
    if (it == params.end() || !it->second.is_buffer() || !it->second.buffer().defined()) return false;
    Parameter &prm = it->second;
    const Buffer<> have = prm.buffer();
    const int at = std::stoi(m[2].str()), dim = std::stoi(m[5].str());
    double c;
    if (dim >= have.dimensions() || const_number(prm.min_constraint(dim), &c) || const_number(prm.extent_constraint(dim), &c)) return false;
    std::vector<int> mins, extents;
    for (int d = 0; d < have.dimensions(); d++) {
        int lo = have.dim(d).min(), hi = have.dim(d).max();
        if (d == dim) lo = std::min(lo, at), hi = std::max(hi, at);
        mins.push_back(lo);
        extents.push_back(hi - lo + 1);
    }
    Buffer<> b = alloc_buffer(prm.type(), mins, extents, &prm, "input " + prm.name());
    fill_buffer(b, prm.name());
    prm.set_buffer(b);
    return true;
}

}  // namespace halide_lens
