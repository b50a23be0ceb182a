// guess_estimates.h: sizes for a generator that sets no estimates. Many real generators don't (their
// authors schedule by hand and size buffers at run time), yet a benchmark needs output sizes and the
// autoschedulers need every output, input buffer and scalar Param estimated. Only what is missing is
// guessed, and the response names it, so a measurement at guessed sizes never passes for the authors'.
#pragma once

#include "Halide.h"
#include "pipeline.h"

#include <map>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

// About a million elements whatever the dimensionality, laid out as images usually are: a
// 1024x1024 plane, a third dimension of 3 (channels), a fourth of 1 (a batch).
inline int guessed_extent(int dims, int d) {
    switch (dims) {
        case 1: return 1 << 20;
        case 2: return 1024;
        case 3: return d < 2 ? 1024 : 3;
        case 4: return d == 3 ? 1 : d == 0 ? 64 : 128;
        default: return d < 4 ? 16 : 4;
    }
}

// Fills in the missing estimates of p's outputs, input buffers and scalar Params (a scalar takes its
// default, clamped to its range). Returns a description of each guess ("output f: 1024x1024").
inline std::vector<std::string> guess_estimates(Pipeline &p, std::map<std::string, Parameter> &params) {
    std::vector<std::string> guessed;
    // "output f: 1024x1024x?": the guessed extents, '?' where the generator gave its own.
    auto describe = [](const std::string &what, const std::vector<int> &ex) {
        std::string s = what + ": ";
        for (size_t i = 0; i < ex.size(); i++) s += (i ? "x" : "") + (ex[i] ? std::to_string(ex[i]) : std::string("?"));
        return s;
    };
    for (Func of : p.outputs()) {
        Function fn = of.function();
        const int n = fn.dimensions();
        std::vector<int> ex;
        bool any = false;
        for (int d = 0; d < n; d++) {
            const std::string &v = fn.args()[d];
            bool have = false;
            for (const auto &lists : {fn.schedule().estimates(), fn.schedule().bounds()}) {
                for (const Bound &b : lists) have |= b.var == v && b.extent.defined();
            }
            int e = guessed_extent(n, d);
            ex.push_back(have ? 0 : e);
            if (have) continue;
            fn.schedule().estimates().push_back(Bound{v, Expr(0), Expr(e), Expr(), Expr()});
            any = true;
        }
        if (any) guessed.push_back(describe("output " + fn.name(), ex));
    }
    for (auto &kv : params) {
        Parameter &prm = kv.second;
        bool is_output = false;
        for (const Func &of : p.outputs()) {
            for (const Parameter &ob : of.function().output_buffers()) is_output |= ob.same_as(prm);
        }
        if (is_output) continue;
        if (prm.is_buffer()) {
            const int n = prm.dimensions();
            std::vector<int> ex;
            bool any = false;
            for (int d = 0; d < n; d++) {
                int e = guessed_extent(n, d);
                if (prm.extent_constraint(d).defined() || prm.extent_constraint_estimate(d).defined()) {
                    ex.push_back(0);
                    continue;
                }
                if (!prm.min_constraint_estimate(d).defined()) prm.set_min_constraint_estimate(d, Expr(0));
                prm.set_extent_constraint_estimate(d, Expr(e));
                any = true;
                ex.push_back(e);
            }
            if (any) guessed.push_back(describe("input " + prm.name(), ex));
        } else if (!prm.estimate().defined()) {
            Expr v = prm.default_value().defined() ? prm.default_value() : make_const(prm.type(), prm.type().is_float() ? 0.5 : 1);
            if (prm.min_value().defined()) v = max(v, prm.min_value());
            if (prm.max_value().defined()) v = min(v, prm.max_value());
            prm.set_estimate(simplify(cast(prm.type(), v)));
            guessed.push_back("scalar " + prm.name());
        }
    }
    return guessed;
}

}  // namespace halide_lens
