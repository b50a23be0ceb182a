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
#include "dump_pipeline.h"

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

// The report itself is dump_pipeline.h, which the bench worker shares.
using halide_lens::GeneratorAccess;

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

    halide_lens::PipelineSnapshot snap = halide_lens::snapshot_pipeline(p);
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
    } else if (linked_schedule) {
        halide_lens_apply_schedule(p, target);
    }
    std::map<std::string, std::string> params;
    for (const auto &kv : o.params) params[kv.first] = kv.second.string_value;
    std::cout << halide_lens::dump_pipeline(snap, gen.get(), o.generator,
                                            autosched ? o.scheduler : linked_schedule ? "schedule.h" : "hand",
                                            target, params, autosched || linked_schedule)
              << "\n";
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
