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
#include "dump_funcs.h"
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

// The JSON writer and GeneratorAccess are bench_worker's too; a Func's report is dump_funcs.h.
using halide_lens::CallCollector;
using halide_lens::CallRef;
using halide_lens::GeneratorAccess;
using halide_lens::JsonWriter;
using halide_lens::snapshot_func;
using halide_lens::StageAlgo;
using halide_lens::write_func;

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
