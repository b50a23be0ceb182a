// pipeline.h: reaching into a generator's pipeline. Building it outside GenGen (GeneratorAccess,
// pipeline_dump's too), finding every Func (wrappers included) and every Parameter it uses, and
// reading constants out of Exprs (estimates, bounds, stride constraints) to size buffers.
#pragma once

#include "Halide.h"

#include <map>
#include <sstream>
#include <string>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

// build_pipeline()/call_configure() are protected: naming them through a derived class lets us
// form member pointers (legal C++, no #define hacks). native/pipeline_dump.cpp uses it too.
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

inline std::map<std::string, Function> all_functions(const Pipeline &p) {
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

// A constant (after simplification) as a double; false when e is undefined or not constant.
inline bool const_number(Expr e, double *out) {
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

inline std::string type_name(const Type &t) {
    std::ostringstream ss;
    ss << t;
    return ss.str();
}

}  // namespace halide_lens
