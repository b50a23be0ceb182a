// dump_funcs.h: one Func as pipeline_dump.cpp reports it. Each stage's algorithm (LHS, values, RDom,
// calls with their index trees, op counts) is snapshotted before any autoscheduler rewrites it; its
// schedule (loop levels, dims, splits, bounds, estimates) is read after.
#pragma once

#include "Halide.h"
#include "ir_json.h"
#include "json.h"

#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

// ------------------------------------------------------------- strings ----
inline std::string to_str(const Expr &e) {
    if (!e.defined()) return "";
    std::ostringstream ss;
    ss << e;
    return ss.str();
}

const char *for_type_str(ForType f) {
    switch (f) {
    case ForType::Serial: return "serial";
    case ForType::Parallel: return "parallel";
    case ForType::Vectorized: return "vectorized";
    case ForType::Unrolled: return "unrolled";
    case ForType::Extern: return "extern";
    case ForType::GPUBlock: return "gpu_block";
    case ForType::GPUThread: return "gpu_thread";
    case ForType::GPULane: return "gpu_lane";
    }
    return "unknown";
}

const char *tail_str(TailStrategy t) {
    switch (t) {
    case TailStrategy::RoundUp: return "round_up";
    case TailStrategy::GuardWithIf: return "guard_with_if";
    case TailStrategy::Predicate: return "predicate";
    case TailStrategy::PredicateLoads: return "predicate_loads";
    case TailStrategy::PredicateStores: return "predicate_stores";
    case TailStrategy::ShiftInwards: return "shift_inwards";
    case TailStrategy::Auto: return "auto";
    }
    return "unknown";
}

const char *split_kind(const Split &s) {
    if (s.is_split()) return "split";
    if (s.is_rename()) return "rename";
    if (s.is_fuse()) return "fuse";
    return "purify";
}

// "inline" | "root" | {"func","var"}; "undefined" for unset GeneratorParam<LoopLevel>s.
inline void write_loop_level(JsonWriter &j, const LoopLevel &l) {
    if (!l.defined()) return j.str("undefined");
    if (l.is_inlined()) return j.str("inline");
    if (l.is_root()) return j.str("root");
    j.begin_object();
    j.kv("func", l.func());
    j.kv("var", l.var().name());
    j.end_object();
}

// ------------------------------------------------------------- calls ----
struct CallRef {
    std::string callee, kind;
    std::vector<std::string> args;
    std::vector<Expr> arg_exprs;
    int value_index = 0;
};

// Collects Func/image calls and scalar Param references in expression order.
// Every call site is kept (a stage's cost counts each), unless `distinct`.
class CallCollector : public IRVisitor {
public:
    explicit CallCollector(bool distinct = true, const SelfRead *self = nullptr) : distinct_(distinct), self_(self) {}
    std::vector<CallRef> refs;

protected:
    using IRVisitor::visit;
    void visit(const Call *op) override {
        // An update's read of itself at the written point: its index calls are the LHS's, listed once.
        if (!(self_ && self_->matches(op))) IRVisitor::visit(op);  // args first: nested calls are listed too
        if (op->call_type != Call::Halide && op->call_type != Call::Image) return;
        CallRef r;
        r.callee = op->name;
        r.kind = op->call_type == Call::Halide ? "func" : "image";
        for (const Expr &a : op->args) r.args.push_back(to_str(a));
        r.arg_exprs = op->args;
        r.value_index = op->value_index;
        add(r);
    }
    void visit(const Variable *op) override {
        // Scalar Input<>s are Variables bound to a scalar Parameter; buffer
        // shape variables (input.min.0 ...) carry a buffer Parameter: skip.
        if (op->param.defined() && !op->param.is_buffer()) {
            CallRef r;
            r.callee = op->param.name();
            r.kind = "param";
            add(r);
        }
    }

private:
    void add(const CallRef &r) {
        std::string key = r.kind + "\x01" + r.callee;
        for (const auto &a : r.args) key += "\x01" + a;
        if (seen_.insert(key).second || !distinct_) refs.push_back(r);
    }
    bool distinct_;
    const SelfRead *self_;
    std::set<std::string> seen_;
};

// -------------------------------------------------------------- stages ----
// The algorithm half of a stage, captured as strings. Mullapudi2016 and Li2018
// inline trivial Funcs *in place* (they rewrite consumers' definitions), so we
// snapshot before auto_schedule() to report the pipeline as written.
struct RDomVar {
    std::string var, min, extent;
    Expr min_e, extent_e;
};
struct StageAlgo {
    int index = 0;
    std::vector<std::string> args, values;
    std::vector<Expr> arg_exprs;
    OpCounts ops, ops_per_point;
    std::vector<RDomVar> rdom;
    std::string predicate;
    std::vector<CallRef> calls;
};

inline StageAlgo snapshot_stage(const std::string &func, const Definition &def, int index) {
    StageAlgo a;
    a.index = index;
    for (const Expr &e : def.args()) a.args.push_back(to_str(e));
    for (const Expr &e : def.args()) a.arg_exprs.push_back(substitute_in_all_lets(e));
    for (const Expr &e : def.values()) a.values.push_back(to_str(e));
    for (const ReductionVariable &rv : def.schedule().rvars()) {
        a.rdom.push_back({rv.var, to_str(rv.min), to_str(rv.extent), rv.min, rv.extent});
    }
    if (def.predicate().defined() && !is_const_one(def.predicate())) a.predicate = to_str(def.predicate());
    // Halide CSEs update definitions into Lets; substituting them back makes
    // every call's args self-contained ("t3 + 1" -> "((h - 1) - r$x) + 1").
    const SelfRead self{func, a.arg_exprs};
    CallCollector cc(false, &self);
    for (const Expr &v : def.values()) substitute_in_all_lets(v).accept(&cc);
    for (const Expr &e : def.args()) substitute_in_all_lets(e).accept(&cc);
    if (def.predicate().defined()) substitute_in_all_lets(def.predicate()).accept(&cc);
    a.calls = cc.refs;
    // Ops per point, of the values and of the LHS indices, as the front end counts them.
    // ops_per_point leaves out what lowering hoists out of the loops (a boundary condition's bounds).
    for (const Expr &v : def.values()) {
        count_ops(a.ops, substitute_in_all_lets(v), false, &self);
        count_ops(a.ops_per_point, substitute_in_all_lets(v), true, &self);
    }
    for (const Expr &e : a.arg_exprs) {
        count_ops(a.ops, e);
        count_ops(a.ops_per_point, e, true);
    }
    return a;
}

// An extern stage (define_extern) reads its Func arguments through C code Halide never sees: its
// definition is undef(), so the stage lists no calls and its inputs look unused. Each Func argument is
// listed as a call at the extern's own coordinates (the region Halide's bounds inference gives it
// unless the extern answers a bounds query otherwise): its producers stay in the graph, in Halide's
// order of the pipeline's Funcs, and are realized for it.
inline void add_extern_inputs(const Function &f, StageAlgo &a) {
    for (const ExternFuncArgument &e : f.extern_arguments()) {
        if (!e.is_func()) continue;
        const Function in(e.func);
        CallRef r;
        r.callee = in.name();
        r.kind = "func";
        for (int d = 0; d < in.dimensions(); d++) {
            const std::string v = d < (int)f.args().size() ? f.args()[d] : std::string("_") + std::to_string(d);
            r.args.push_back(v);
            r.arg_exprs.push_back(Variable::make(Int(32), v));
        }
        a.calls.push_back(r);
    }
}

inline std::vector<StageAlgo> snapshot_func(const Function &f) {
    std::vector<StageAlgo> v;
    if (f.has_pure_definition()) v.push_back(snapshot_stage(f.name(), f.definition(), 0));
    if (f.has_extern_definition()) {
        if (v.empty()) v.push_back(StageAlgo{});
        add_extern_inputs(f, v[0]);
    }
    for (size_t k = 0; k < f.updates().size(); k++) v.push_back(snapshot_stage(f.name(), f.updates()[k], (int)k + 1));
    return v;
}

inline void write_string_array(JsonWriter &j, const char *key, const std::vector<std::string> &v) {
    j.key(key);
    j.begin_array();
    for (const auto &s : v) j.str(s);
    j.end_array();
}

inline void write_trees(JsonWriter &j, const char *key, const std::vector<Expr> &v) {
    j.key(key);
    j.begin_array();
    for (const Expr &e : v) write_index_expr(j, e);
    j.end_array();
}

inline void write_stage(JsonWriter &j, const StageAlgo &a, const Definition *def) {
    j.begin_object();
    j.key("index");
    j.integer(a.index);
    write_string_array(j, "args", a.args);
    write_trees(j, "arg_trees", a.arg_exprs);
    j.key("ops");
    write_op_counts(j, a.ops);
    j.key("ops_per_point");
    write_op_counts(j, a.ops_per_point);
    write_string_array(j, "values", a.values);
    j.key("rvars");
    j.begin_array();
    for (const RDomVar &rv : a.rdom) j.str(rv.var);
    j.end_array();
    if (!a.rdom.empty()) {
        j.key("rdom");
        j.begin_array();
        for (const RDomVar &rv : a.rdom) {
            j.begin_object();
            j.kv("var", rv.var);
            j.kv("min", rv.min);
            j.kv("extent", rv.extent);
            j.key("min_tree");
            write_index_expr(j, rv.min_e);
            j.key("extent_tree");
            write_index_expr(j, rv.extent_e);
            j.end_object();
        }
        j.end_array();
    }
    if (!a.predicate.empty()) j.kv("predicate", a.predicate);
    j.key("calls");
    j.begin_array();
    for (const CallRef &r : a.calls) {
        j.begin_object();
        j.kv("callee", r.callee);
        j.kv("kind", r.kind);
        write_string_array(j, "args", r.args);
        if (r.kind != "param") write_trees(j, "arg_trees", r.arg_exprs);
        if (r.value_index) {
            j.key("value_index");
            j.integer(r.value_index);
        }
        j.end_object();
    }
    j.end_array();

    // The schedule half: read from the Function after any autoscheduling.
    // (def is null only if an autoscheduler removed the stage, which none do.)
    std::vector<Dim> dims;
    std::vector<Split> splits;
    if (def) {
        dims = def->schedule().dims();
        splits = def->schedule().splits();
    }

    // Innermost first, as Halide stores them; the __outermost dummy is noise.
    j.key("dims");
    j.begin_array();
    for (const Dim &d : dims) {
        if (d.var == Var::outermost().name()) continue;
        j.begin_object();
        j.kv("var", d.var);
        j.kv("for", for_type_str(d.for_type));
        j.key("is_rvar");
        j.boolean(d.is_rvar());
        j.end_object();
    }
    j.end_array();

    j.key("splits");
    j.begin_array();
    for (const Split &sp : splits) {
        j.begin_object();
        j.kv("kind", split_kind(sp));
        j.kv("old", sp.old_var);
        j.kv("outer", sp.outer);
        j.kv("inner", sp.inner);
        j.kv("factor", to_str(sp.factor));
        if (sp.is_split()) {
            j.kv("tail", tail_str(sp.tail));
            j.key("exact");
            j.boolean(sp.exact);
        }
        j.end_object();
    }
    j.end_array();

    if (def) {
        const StageSchedule &s = def->schedule();
        const LoopLevel &fl = s.fuse_level().level;
        if (fl.defined() && !fl.is_inlined()) {
            j.key("compute_with");
            write_loop_level(j, fl);
        }
        if (s.atomic()) {
            j.key("atomic");
            j.boolean(true);
        }
        if (!def->specializations().empty()) {
            j.key("specializations");
            j.integer((long long)def->specializations().size());
        }
    }
    j.end_object();
}

inline void write_bounds(JsonWriter &j, const char *name, const std::vector<Bound> &bs) {
    if (bs.empty()) return;
    j.key(name);
    j.begin_array();
    for (const Bound &b : bs) {
        j.begin_object();
        j.kv("var", b.var);
        j.kv("min", to_str(b.min));
        j.kv("extent", to_str(b.extent));
        j.end_object();
    }
    j.end_array();
}

inline void write_func(JsonWriter &j, Function f, const std::vector<StageAlgo> &algo, bool is_output, bool eliminated) {
    j.begin_object();
    j.kv("name", f.name());
    j.key("is_output");
    j.boolean(is_output);
    if (eliminated) {
        // Reachable before auto_schedule() but inlined away by it.
        j.key("eliminated");
        j.boolean(true);
    }
    j.key("dims");
    j.integer(f.dimensions());
    write_string_array(j, "args", f.args());
    j.key("types");
    j.begin_array();
    for (const Type &t : f.output_types()) j.str(halide_lens::elem_type(t));
    j.end_array();

    const FuncSchedule &fs = f.schedule();
    j.key("compute");
    write_loop_level(j, fs.compute_level());
    j.key("store");
    write_loop_level(j, fs.store_level());
    write_bounds(j, "bounds", fs.bounds());
    write_bounds(j, "estimates", fs.estimates());
    if (fs.memoized()) {
        j.key("memoized");
        j.boolean(true);
    }
    if (!fs.wrappers().empty()) {
        // Func::in() wrappers are only substituted during lowering.
        j.key("wrappers");
        j.begin_object();
        for (const auto &w : fs.wrappers()) {
            j.kv(w.first.empty() ? "*" : w.first, Function(w.second).name());
        }
        j.end_object();
    }
    if (f.has_extern_definition()) j.kv("extern", f.extern_function_name());

    j.key("stages");
    j.begin_array();
    for (const StageAlgo &a : algo) {
        const Definition *def = nullptr;
        if (a.index == 0 && f.has_pure_definition()) def = &f.definition();
        if (a.index > 0 && (size_t)a.index <= f.updates().size()) def = &f.updates()[a.index - 1];
        write_stage(j, a, def);
    }
    j.end_array();
    j.end_object();
}

}  // namespace halide_lens
