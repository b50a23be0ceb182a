// guess_estimates.h: sizes for a generator that sets no estimates. Many real generators don't (their
// authors schedule by hand and size buffers at run time), yet a benchmark needs output sizes and the
// autoschedulers need every output, input buffer and scalar Param estimated. Only what is missing is
// guessed, and the response names it, so a measurement at guessed sizes never passes for the authors'.
#pragma once

#include "Halide.h"
#include "pipeline.h"

#include <map>
#include <set>
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

// A stencil window's extent when a buffer's extent sizes it (halide/sizing.ts GUESSED_WINDOW):
// `RDom r(0, filter.dim(1).extent())` read as `in(x + r.x)` is a 3-wide filter in practice.
constexpr int kGuessedWindow = 3;

// The buffer extents ("filter.extent.1") that bound a reduction variable used as a window offset:
// some call's argument holds both a pure Var and the RVar (`in(x*stride + r.x*dilation)`). A
// reduction over a whole dimension (`A(r, y) * B(x, r)`) is no window and keeps the large guess.
inline std::set<std::string> window_extents(const Pipeline &p) {
    struct Args : IRVisitor {
        std::vector<std::set<std::string>> arg_vars;  // the Variables of each call argument
        using IRVisitor::visit;
        void visit(const Call *op) override {
            for (const Expr &a : op->args) {
                struct Vars : IRVisitor {
                    std::set<std::string> names;
                    using IRVisitor::visit;
                    void visit(const Variable *v) override { names.insert(v->name); }
                } vs;
                a.accept(&vs);
                arg_vars.push_back(vs.names);
            }
            IRVisitor::visit(op);
        }
    };
    std::set<std::string> out;
    for (const auto &kv : all_functions(p)) {
        const Function &fn = kv.second;
        const std::set<std::string> pure(fn.args().begin(), fn.args().end());
        for (const Definition &def : fn.updates()) {
            std::map<std::string, std::string> extent_of;  // rvar -> "P.extent.k"
            for (const ReductionVariable &rv : def.schedule().rvars()) {
                const Variable *v = rv.extent.as<Variable>();
                if (v && v->name.find(".extent.") != std::string::npos) extent_of[rv.var] = v->name;
            }
            if (extent_of.empty()) continue;
            Args calls;
            for (const Expr &e : def.values()) e.accept(&calls);
            for (const Expr &e : def.args()) e.accept(&calls);
            for (const auto &names : calls.arg_vars) {
                bool has_pure = false;
                for (const std::string &n : names) has_pure |= pure.count(n) > 0;
                if (!has_pure) continue;
                for (const std::string &n : names) {
                    auto it = extent_of.find(n);
                    if (it != extent_of.end()) out.insert(it->second);
                }
            }
        }
    }
    return out;
}

// Fills in the missing estimates of p's outputs, input buffers and scalar Params (a scalar takes its
// default, clamped to its range). Returns a description of each guess ("output f: 1024x1024").
inline std::vector<std::string> guess_estimates(Pipeline &p, std::map<std::string, Parameter> &params) {
    std::vector<std::string> guessed;
    const std::set<std::string> windows = window_extents(p);
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
                int e = windows.count(prm.name() + ".extent." + std::to_string(d)) ? kGuessedWindow : guessed_extent(n, d);
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
