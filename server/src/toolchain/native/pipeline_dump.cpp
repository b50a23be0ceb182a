// pipeline_dump: prints, as JSON on stdout, what Halide 14 knows about one
// generator's pipeline (funcs, stages, calls, schedules). It is linked with
// generator object files, which self-register via HALIDE_REGISTER_GENERATOR.
//
//   pipeline_dump -g NAME [-a adams2019|mullapudi2016|li2018 -p PLUGIN.so]
//                 [-s SCHEDULE_OUT.h] [-t TARGET] [key=value generator params...]
//
// -t defaults to the host target. (Halide 14 reports avx512_sapphirerapids on
// AVX512-BF16 CPUs without AVX512-FP16, e.g. AMD Zen 4, so callers may pass a
// corrected target string.)
//
// The output is the ground truth that Halide Lens' tree-sitter front end is
// checked against, so it reports Halide's own names and structures verbatim;
// it is also the product's "compiled graph" (toolchain/compiledGraph.ts), so
// index expressions and op counts come as Halide Lens' own structures too
// (ir_json.h): TypeScript never parses printed Halide expressions.

#include "Halide.h"
#include "ir_json.h"
#include "json.h"
#include "pipeline.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace Halide;
using namespace Halide::Internal;

// A schedule written by an autoscheduler (NAME.schedule.h) is applied by a small translation unit
// compiledGraph.ts generates and links in, defining this; without it the symbol is null.
void halide_lens_apply_schedule(Pipeline p, const Target &t) __attribute__((weak));

namespace {

// The JSON writer and GeneratorAccess are bench_worker's too (they live beside this file).
using halide_lens::GeneratorAccess;
using halide_lens::JsonWriter;
using halide_lens::OpCounts;

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

// ------------------------------------------------------------- strings ----
std::string to_str(const Expr &e) {
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
void write_loop_level(JsonWriter &j, const LoopLevel &l) {
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
    explicit CallCollector(bool distinct = true, const halide_lens::SelfRead *self = nullptr) : distinct_(distinct), self_(self) {}
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
    const halide_lens::SelfRead *self_;
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

StageAlgo snapshot_stage(const std::string &func, const Definition &def, int index) {
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
    const halide_lens::SelfRead self{func, a.arg_exprs};
    CallCollector cc(false, &self);
    for (const Expr &v : def.values()) substitute_in_all_lets(v).accept(&cc);
    for (const Expr &e : def.args()) substitute_in_all_lets(e).accept(&cc);
    if (def.predicate().defined()) substitute_in_all_lets(def.predicate()).accept(&cc);
    a.calls = cc.refs;
    // Ops per point, of the values and of the LHS indices, as the front end counts them.
    // ops_per_point leaves out what lowering hoists out of the loops (a boundary condition's bounds).
    for (const Expr &v : def.values()) {
        halide_lens::count_ops(a.ops, substitute_in_all_lets(v), false, &self);
        halide_lens::count_ops(a.ops_per_point, substitute_in_all_lets(v), true, &self);
    }
    for (const Expr &e : a.arg_exprs) {
        halide_lens::count_ops(a.ops, e);
        halide_lens::count_ops(a.ops_per_point, e, true);
    }
    return a;
}

std::vector<StageAlgo> snapshot_func(const Function &f) {
    std::vector<StageAlgo> v;
    if (f.has_pure_definition()) v.push_back(snapshot_stage(f.name(), f.definition(), 0));
    for (size_t k = 0; k < f.updates().size(); k++) v.push_back(snapshot_stage(f.name(), f.updates()[k], (int)k + 1));
    return v;
}

void write_string_array(JsonWriter &j, const char *key, const std::vector<std::string> &v) {
    j.key(key);
    j.begin_array();
    for (const auto &s : v) j.str(s);
    j.end_array();
}

void write_trees(JsonWriter &j, const char *key, const std::vector<Expr> &v) {
    j.key(key);
    j.begin_array();
    for (const Expr &e : v) halide_lens::write_index_expr(j, e);
    j.end_array();
}

void write_stage(JsonWriter &j, const StageAlgo &a, const Definition *def) {
    j.begin_object();
    j.key("index");
    j.integer(a.index);
    write_string_array(j, "args", a.args);
    write_trees(j, "arg_trees", a.arg_exprs);
    j.key("ops");
    halide_lens::write_op_counts(j, a.ops);
    j.key("ops_per_point");
    halide_lens::write_op_counts(j, a.ops_per_point);
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
            halide_lens::write_index_expr(j, rv.min_e);
            j.key("extent_tree");
            halide_lens::write_index_expr(j, rv.extent_e);
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

void write_bounds(JsonWriter &j, const char *name, const std::vector<Bound> &bs) {
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

void write_func(JsonWriter &j, Function f, const std::vector<StageAlgo> &algo, bool is_output, bool eliminated) {
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

// Producers before consumers (DFS post-order from the outputs), so the dump
// reads in pipeline order; find_transitive_calls alone is only name-sorted.
std::vector<Function> ordered_funcs(const std::vector<Function> &outputs) {
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

const char *io_kind(IOKind k) {
    switch (k) {
    case IOKind::Scalar: return "scalar";
    case IOKind::Function: return "func";
    case IOKind::Buffer: return "buffer";
    }
    return "unknown";
}

void write_inputs(JsonWriter &j, GeneratorBase *gen) {
    GeneratorParamInfo &pi = (gen->*member_of(ParamInfoTag{}))();
    j.key("inputs");
    j.begin_array();
    for (GeneratorInputBase *in : pi.inputs()) {
        j.begin_object();
        j.kv("name", in->name());
        j.kv("kind", io_kind(in->kind()));
        j.key("type");
        if (in->types_defined()) j.str(halide_lens::elem_type(in->type())); else j.null();
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

void write_number_or_null(JsonWriter &j, const Expr &e) {
    double v;
    if (halide_lens::const_number(e, &v)) j.num(v); else j.null();
}

// Estimates of the Inputs live on their Parameters (set_estimates on an Input buffer), not on
// any Func: every Parameter the definitions use, by name (array Inputs: in_0, in_1 ...).
void write_param_estimates(JsonWriter &j, const std::vector<Function> &funcs) {
    halide_lens::ParamCollector pc;
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

// --------------------------------------------------------------- main ----
struct Options {
    std::string generator, scheduler, plugin, schedule_out, target;
    GeneratorParamsMap params;
};

[[noreturn]] void usage(const char *msg) {
    std::cerr << "pipeline_dump: " << msg << "\n"
              << "usage: pipeline_dump -g NAME [-a adams2019|mullapudi2016|li2018 -p PLUGIN.so]"
                 " [-s SCHEDULE_OUT.h] [-t TARGET] [key=value ...]\n";
    std::exit(2);
}

Options parse_args(int argc, char **argv) {
    Options o;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) usage(("missing value after " + a).c_str());
            return argv[++i];
        };
        if (a == "-g") o.generator = next();
        else if (a == "-a") o.scheduler = next();
        else if (a == "-p") o.plugin = next();
        else if (a == "-s") o.schedule_out = next();
        else if (a == "-t") o.target = next();
        else if (a.find('=') != std::string::npos && a[0] != '-') {
            size_t eq = a.find('=');
            o.params[a.substr(0, eq)] = a.substr(eq + 1);
        } else {
            usage(("unknown argument " + a).c_str());
        }
    }
    if (o.generator.empty()) usage("-g NAME is required");
    if (!o.scheduler.empty() && o.plugin.empty()) {  // none are built into libHalide14
        usage("-a needs -p PLUGIN.so");
    }
    return o;
}

// The plugins register themselves under these CamelCase names.
std::string registered_scheduler_name(const std::string &s) {
    if (s == "adams2019") return "Adams2019";
    if (s == "mullapudi2016") return "Mullapudi2016";
    if (s == "li2018") return "Li2018";
    usage(("unknown autoscheduler " + s).c_str());
}

int run(const Options &o) {
    const bool autosched = !o.scheduler.empty();
    // A linked schedule.h stands in for the generator's own schedule, as with GenGen's
    // auto_schedule=true (the generator's `if (!auto_schedule)` branch is skipped).
    const bool linked_schedule = halide_lens_apply_schedule != nullptr;
    if (!o.plugin.empty()) load_plugin(o.plugin);
    const Target target = o.target.empty() ? get_host_target() : Target(o.target);
    const MachineParams mp(2, 1048576, 40);  // 2 cores, 1 MiB LLC, balance 40

    auto names = GeneratorRegistry::enumerate();
    if (std::find(names.begin(), names.end(), o.generator) == names.end()) {
        std::cerr << "pipeline_dump: no generator named '" << o.generator << "'; linked:";
        for (const auto &n : names) std::cerr << " " << n;
        std::cerr << "\n";
        return 3;
    }
    std::unique_ptr<GeneratorBase> gen =
        GeneratorRegistry::create(o.generator, GeneratorContext(target, autosched || linked_schedule, mp));
    if (!o.params.empty()) gen->set_generator_param_values(o.params);
    Pipeline p = GeneratorAccess::build(gen.get());

    std::vector<Function> outputs;
    for (const Func &f : p.outputs()) outputs.push_back(f.function());
    std::vector<Function> funcs = ordered_funcs(outputs);
    std::map<std::string, std::vector<StageAlgo>> algo;
    for (const Function &f : funcs) algo[f.name()] = snapshot_func(f);

    std::set<std::string> live;  // reachable after scheduling
    if (autosched) {
        AutoSchedulerResults r = p.auto_schedule(registered_scheduler_name(o.scheduler), target, mp);
        if (!o.schedule_out.empty()) {
            std::ofstream f(o.schedule_out);
            f << r.schedule_source;
            if (!f) {
                std::cerr << "pipeline_dump: cannot write " << o.schedule_out << "\n";
                return 4;
            }
        }
        // Funcs an autoscheduler created (e.g. rfactor/wrappers) go last.
        for (const Function &f : ordered_funcs(outputs)) {
            live.insert(f.name());
            if (!algo.count(f.name())) {
                funcs.push_back(f);
                algo[f.name()] = snapshot_func(f);
            }
        }
    } else if (linked_schedule) {
        halide_lens_apply_schedule(p, target);
        for (const Function &f : ordered_funcs(outputs)) {
            live.insert(f.name());
            if (!algo.count(f.name())) {
                funcs.push_back(f);
                algo[f.name()] = snapshot_func(f);
            }
        }
    } else {
        for (const Function &f : funcs) live.insert(f.name());
    }

    // LoopLevels can't be inspected until locked. Function::lock_loop_levels()
    // is what lowering does (it also copies compute_at into an inline
    // store_at); if it throws on an unset GeneratorParam<LoopLevel>, lock the
    // rest one by one so they can still be reported.
    auto lock = [](LoopLevel &l) {
        try {
            l.lock();
        } catch (const Halide::Error &) {
        }
    };
    for (Function &f : funcs) {
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
    j.kv("generator", o.generator);
    j.kv("schedule_source", autosched ? o.scheduler : linked_schedule ? "schedule.h" : "hand");
    j.kv("target", target.to_string());
    j.key("params");
    j.begin_object();
    for (const auto &kv : o.params) j.kv(kv.first, kv.second.string_value);
    j.end_object();
    j.key("outputs");
    j.begin_array();
    for (const Function &f : outputs) j.str(f.name());
    j.end_array();
    write_inputs(j, gen.get());
    write_param_estimates(j, funcs);
    j.key("funcs");
    j.begin_array();
    std::set<std::string> out_names;
    for (const Function &f : outputs) out_names.insert(f.name());
    for (const Function &f : funcs) {
        write_func(j, f, algo[f.name()], out_names.count(f.name()) > 0, live.count(f.name()) == 0);
    }
    j.end_array();
    j.end_object();
    std::cout << j.text() << "\n";
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    Options o = parse_args(argc, argv);
    try {
        return run(o);
    } catch (const Halide::Error &e) {
        // Halide already logged details to stderr; repeat the summary last.
        std::cerr << "pipeline_dump: Halide error: " << e.what() << "\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "pipeline_dump: " << e.what() << "\n";
        return 1;
    }
}
