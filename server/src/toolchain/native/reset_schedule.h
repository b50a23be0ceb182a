// reset_schedule.h: a built pipeline as its algorithm alone, every stage as Halide leaves it after
// definition. Halide's autoschedulers refuse a stage that has been split (Adams2019) or placed
// (Mullapudi2016), so generators whose authors schedule unconditionally, not under
// `if (!auto_schedule)`, could not be autoscheduled at all; most real generators do that.
//
// Kept: estimates, an output's bounds (the sizes the pipeline promises), and what the schedule
// added to the algorithm that calls now reach (rfactor's intermediate Funcs; a Func::in() wrapper
// some definition calls directly). Dropped: splits, loop order and kinds, compute/store levels, storage
// layout, memoization, async, compute_with, prefetches, specializations, the wrappers lowering
// would substitute, and bounds on Funcs inside the pipeline (Mullapudi2016 refuses those).
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

// The DimType a reduction variable had when it was defined. Halide decides it then (whether one
// value of the RVar can write where another reads); a split passes it on to the pieces, so it is
// read back through the split chain. An RVar we cannot trace is treated as impure: never wrong.
inline DimType defined_rvar_type(const StageSchedule &s, const std::string &rvar) {
    std::vector<std::string> names{rvar};
    for (size_t k = 0; k < names.size(); k++) {
        for (const Dim &d : s.dims()) {
            if (d.var == names[k]) return d.dim_type;
        }
        for (const Split &sp : s.splits()) {
            if (sp.old_var != names[k]) continue;
            if (sp.is_split()) names.push_back(sp.inner);
            if (sp.is_split() || sp.is_rename()) names.push_back(sp.outer);
        }
    }
    return DimType::ImpureRVar;
}

inline Dim serial_dim(const std::string &var, DimType type) {
    return Dim{var, ForType::Serial, DeviceAPI::None, type};
}

// The dims Halide gives a definition: reduction variables innermost, then the pure Vars of the
// left-hand side (those naming the Func's own argument in their place), then the outermost dummy.
inline StageSchedule unscheduled_stage(const Function &f, const Definition &def) {
    StageSchedule fresh;
    if (f.has_extern_definition()) {  // an extern stage's loops are the extern call's own
        for (const std::string &a : f.args()) fresh.dims().push_back(Dim{a, ForType::Extern, DeviceAPI::None, DimType::PureVar});
        fresh.dims().push_back(serial_dim(Var::outermost().name(), DimType::PureVar));
        return fresh;
    }
    const StageSchedule &old = def.schedule();
    fresh.rvars() = old.rvars();
    for (const ReductionVariable &rv : old.rvars()) fresh.dims().push_back(serial_dim(rv.var, defined_rvar_type(old, rv.var)));
    const std::vector<Expr> &lhs = def.args();
    for (size_t i = 0; i < lhs.size() && i < f.args().size(); i++) {
        const Variable *v = lhs[i].as<Variable>();
        if (v && !v->param.defined() && !v->reduction_domain.defined() && v->name == f.args()[i]) {
            fresh.dims().push_back(serial_dim(v->name, DimType::PureVar));
        }
    }
    fresh.dims().push_back(serial_dim(Var::outermost().name(), DimType::PureVar));
    return fresh;
}

inline void reset_function(Function f, bool is_output) {
    FuncSchedule fresh;
    fresh.estimates() = f.schedule().estimates();
    if (is_output) fresh.bounds() = f.schedule().bounds();
    for (const std::string &a : f.args()) fresh.storage_dims().push_back(StorageDim{a});
    f.schedule() = fresh;  // wrappers() left empty: lowering substitutes none
    f.definition().schedule() = unscheduled_stage(f, f.definition());
    f.definition().specializations().clear();
    for (int k = 0; k < (int)f.updates().size(); k++) {
        Definition &u = f.update(k);
        u.schedule() = unscheduled_stage(f, u);
        u.specializations().clear();
    }
}

// Resets every Func the pipeline reaches (all_functions: wrappers too, before their maps are cleared).
inline void reset_schedule(const Pipeline &p) {
    std::set<std::string> outputs;
    for (const Func &o : p.outputs()) outputs.insert(o.name());
    for (const auto &kv : all_functions(p)) reset_function(kv.second, outputs.count(kv.first) > 0);
}

}  // namespace halide_lens
