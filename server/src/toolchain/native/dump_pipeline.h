// dump_pipeline.h: a built pipeline's full report (the JSON pipeline_dump prints and the bench worker
// returns beside a measurement): Funcs in producer-first order, each stage's algorithm as written
// (snapshotted before any schedule rewrote it), the schedule as applied, the Inputs and their estimates.
// Included by exactly one translation unit per program (it instantiates a private-member accessor).
#pragma once

#include "Halide.h"
#include "dump_funcs.h"
#include "ir_json.h"
#include "json.h"
#include "pipeline.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

// ------------------------------------------------- generator internals ----
// param_info() is private; explicit template instantiation may name private
// members, which is the standard-conforming way to reach it. We need it for
// the declared Inputs in declaration order (infer_arguments drops unused ones).
struct ParamInfoTag {
    using type = GeneratorParamInfo &(GeneratorBase::*)();
    friend type member_of(ParamInfoTag);
};
template<typename Tag, typename Tag::type M>
struct Expose {
    friend typename Tag::type member_of(Tag) { return M; }
};
template struct Expose<ParamInfoTag, &GeneratorBase::param_info>;

// Producers before consumers (DFS post-order from the outputs), so the dump
// reads in pipeline order; find_transitive_calls alone is only name-sorted.
inline std::vector<Function> ordered_funcs(const std::vector<Function> &outputs) {
    std::map<std::string, Function> env;
    for (const Function &o : outputs) {
        for (const auto &kv : find_transitive_calls(o)) env.emplace(kv.first, kv.second);
    }
    // Wrappers from Func::in() are not called until lowering; add them too.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto &kv : std::map<std::string, Function>(env)) {
            for (const auto &w : kv.second.schedule().wrappers()) {
                Function wf(w.second);
                for (const auto &c : find_transitive_calls(wf)) {
                    grew |= env.emplace(c.first, c.second).second;
                }
            }
        }
    }
    std::vector<Function> order;
    std::set<std::string> done;
    std::function<void(const Function &)> visit = [&](const Function &f) {
        if (!done.insert(f.name()).second) return;
        CallCollector cc;
        f.accept(&cc);
        for (const CallRef &r : cc.refs) {
            auto it = env.find(r.callee);
            if (r.kind == "func" && it != env.end()) visit(it->second);
        }
        order.push_back(f);
    };
    for (const Function &o : outputs) visit(o);
    for (const auto &kv : env) visit(kv.second);  // wrappers, stragglers
    return order;
}

inline const char *io_kind(IOKind k) {
    switch (k) {
    case IOKind::Scalar: return "scalar";
    case IOKind::Function: return "func";
    case IOKind::Buffer: return "buffer";
    }
    return "unknown";
}

inline void write_inputs(JsonWriter &j, GeneratorBase *gen) {
    GeneratorParamInfo &pi = (gen->*member_of(ParamInfoTag{}))();
    j.key("inputs");
    j.begin_array();
    for (GeneratorInputBase *in : pi.inputs()) {
        j.begin_object();
        j.kv("name", in->name());
        j.kv("kind", io_kind(in->kind()));
        j.key("type");
        if (in->types_defined()) j.str(elem_type(in->type())); else j.null();
        j.key("dims");
        if (in->kind() == IOKind::Scalar) j.integer(0);
        else if (in->dims_defined()) j.integer(in->dims());
        else j.null();
        if (in->is_array()) {
            j.key("array_size");
            if (in->array_size_defined()) j.integer((long long)in->array_size()); else j.null();
        }
        j.end_object();
    }
    j.end_array();
}

inline void write_number_or_null(JsonWriter &j, const Expr &e) {
    double v;
    if (const_number(e, &v)) j.num(v); else j.null();
}

// Estimates of the Inputs live on their Parameters (set_estimates on an Input buffer), not on
// any Func: every Parameter the definitions use, by name (array Inputs: in_0, in_1 ...).
inline void write_param_estimates(JsonWriter &j, const std::vector<Function> &funcs) {
    ParamCollector pc;
    for (const Function &f : funcs) {
        Function(f).accept(&pc);
    }
    j.key("param_estimates");
    j.begin_object();
    for (const auto &kv : pc.params) {
        const Parameter &p = kv.second;
        j.key(kv.first);
        j.begin_object();
        if (p.is_buffer()) {
            j.key("dims");
            j.begin_array();
            for (int d = 0; d < p.dimensions(); d++) {
                j.begin_object();
                j.key("min");
                write_number_or_null(j, p.min_constraint_estimate(d));
                j.key("extent");
                write_number_or_null(j, p.extent_constraint_estimate(d));
                j.end_object();
            }
            j.end_array();
        } else {
            j.key("estimate");
            write_number_or_null(j, p.estimate());
        }
        j.end_object();
    }
    j.end_object();
}

// The algorithm before any schedule step that adds or rewrites Funcs (autoschedulers, directives, a
// linked schedule.h): taken right after the generator built its pipeline.
struct PipelineSnapshot {
    std::vector<Function> outputs;
    std::vector<Function> funcs;
    std::map<std::string, std::vector<StageAlgo>> algo;
};

inline PipelineSnapshot snapshot_pipeline(const Pipeline &p) {
    PipelineSnapshot s;
    for (const Func &f : p.outputs()) s.outputs.push_back(f.function());
    s.funcs = ordered_funcs(s.outputs);
    for (const Function &f : s.funcs) s.algo[f.name()] = snapshot_func(f);
    return s;
}

// The report after scheduling. `rescheduled`: a schedule was applied after the snapshot, so Funcs it
// created (wrappers, rfactor intermediates) go last and Funcs no longer reachable are marked eliminated.
inline std::string dump_pipeline(PipelineSnapshot s, GeneratorBase *gen, const std::string &generator,
                                 const std::string &schedule_source, const Target &target,
                                 const std::map<std::string, std::string> &params, bool rescheduled) {
    std::set<std::string> live;
    if (rescheduled) {
        for (const Function &f : ordered_funcs(s.outputs)) {
            live.insert(f.name());
            if (!s.algo.count(f.name())) {
                s.funcs.push_back(f);
                s.algo[f.name()] = snapshot_func(f);
            }
        }
    } else {
        for (const Function &f : s.funcs) live.insert(f.name());
    }

    // LoopLevels can't be inspected until locked. Function::lock_loop_levels() is what lowering does
    // (it also copies compute_at into an inline store_at); if it throws on an unset
    // GeneratorParam<LoopLevel>, lock the rest one by one so they can still be reported.
    auto lock = [](LoopLevel &l) {
        try {
            l.lock();
        } catch (const Halide::Error &) {
        }
    };
    for (Function &f : s.funcs) {
        try {
            f.lock_loop_levels();
            continue;
        } catch (const Halide::Error &) {
        }
        lock(f.schedule().compute_level());
        lock(f.schedule().store_level());
        if (f.has_pure_definition()) lock(f.definition().schedule().fuse_level().level);
        for (size_t k = 0; k < f.updates().size(); k++) lock(f.update((int)k).schedule().fuse_level().level);
    }

    JsonWriter j;
    j.begin_object();
    j.kv("generator", generator);
    j.kv("schedule_source", schedule_source);
    j.kv("target", target.to_string());
    j.key("params");
    j.begin_object();
    for (const auto &kv : params) j.kv(kv.first, kv.second);
    j.end_object();
    j.key("outputs");
    j.begin_array();
    for (const Function &f : s.outputs) j.str(f.name());
    j.end_array();
    write_inputs(j, gen);
    write_param_estimates(j, s.funcs);
    j.key("funcs");
    j.begin_array();
    std::set<std::string> out_names;
    for (const Function &f : s.outputs) out_names.insert(f.name());
    for (const Function &f : s.funcs) {
        write_func(j, f, s.algo[f.name()], out_names.count(f.name()) > 0, live.count(f.name()) == 0);
    }
    j.end_array();
    j.end_object();
    return j.text();
}

}  // namespace halide_lens
