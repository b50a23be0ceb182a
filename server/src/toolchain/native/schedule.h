// schedule.h: giving the pipeline its schedule. "hand" keeps the generator's own, "directives"
// applies a schedule sent as data, "autoscheduler" runs one of Halide's plugins (loaded once per
// worker) and keeps what it reports: its schedule source, its featurization, Adams2019's cost.
#pragma once

#include "Halide.h"
#include "directives.h"
#include "pipeline.h"
#include "process.h"
#include "request.h"
#include "timing.h"

#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

inline std::set<std::string> g_loaded_plugins;

inline std::string registered_scheduler_name(const std::string &s) {
    if (s == "adams2019") return "Adams2019";
    if (s == "mullapudi2016") return "Mullapudi2016";
    if (s == "li2018") return "Li2018";
    throw BadRequest("unknown autoscheduler '" + s + "' (adams2019, mullapudi2016, li2018)");
}

inline void ensure_plugin(const Config &cfg, const std::string &name) {
    registered_scheduler_name(name);  // validates
    if (g_loaded_plugins.count(name)) return;
    std::string path = cfg.plugin_dir + "/libautoschedule_" + name + ".so";
    if (access(path.c_str(), R_OK) != 0) throw BadRequest("autoscheduler plugin " + path + " not found");
    load_plugin(path);
    g_loaded_plugins.insert(name);
}

// Parses "Best cost: X" (the last one) out of Adams2019's log.
inline bool parse_adams_cost(const std::string &log, double *cost) {
    const std::string key = "Best cost: ";
    size_t pos = log.rfind(key);
    if (pos == std::string::npos) return false;
    const char *p = log.c_str() + pos + key.size();
    char *end = nullptr;
    double v = std::strtod(p, &end);
    if (end == p) return false;
    *cost = v;
    return true;
}

struct ScheduleOutcome {
    std::string source;  // an autoscheduler's schedule as C++ (have_source says whether there is one)
    bool have_source = false;
    std::vector<uint8_t> featurization;
    double adams_cost = NAN;
    double ms = 0;  // time spent scheduling
    std::string name;  // the autoscheduler's, for an autoscheduler
    std::string dump;  // dump_pipeline's JSON when the request asked for it
    std::vector<std::string> guessed;  // estimates the worker guessed (guess_estimates.h)
};

// Schedules p as `kind` says (sched is the request's "schedule" object; null for "hand").
// Directive errors name the directive: "directive 3 (blur_x.vectorize): ...".
inline ScheduleOutcome apply_schedule(const Config &cfg, const std::string &kind, const JVal *sched, Pipeline &p,
                                      SchedContext &sctx) {
    ScheduleOutcome out;
    const double t_sched0 = now_ms();
    if (kind == "directives") {
        const JVal *ds = sched->get("directives");
        if (ds && ds->kind != JVal::Arr && ds->kind != JVal::Null) throw BadRequest("\"schedule.directives\" must be an array");
        if (ds && ds->kind == JVal::Arr) {
            for (size_t i = 0; i < ds->a.size(); i++) {
                std::string where = "directive " + std::to_string(i);
                try {
                    DirectiveApplier d(sctx, ds->a[i]);
                    where += " (" + d.label() + ")";
                    d.apply();
                } catch (const Halide::Error &e) {
                    throw BadRequest(where + ": " + e.what());
                } catch (const BadRequest &e) {
                    throw BadRequest(where + ": " + e.what());
                }
            }
        }
    } else if (kind == "autoscheduler") {
        const JVal *n = sched->get("name");
        if (!n || n->kind != JVal::Str) throw BadRequest("\"schedule.name\" (string) is required");
        std::string reg = registered_scheduler_name(n->s);
        out.name = n->s;
        ensure_plugin(cfg, n->s);
        EnvGuard env;
        if (const JVal *e = sched->get("env")) {
            if (e->kind != JVal::Obj && e->kind != JVal::Null) throw BadRequest("\"schedule.env\" must be an object");
            for (const auto &kv : e->o) env.set(kv.first, param_value_string(kv.second));
        }
        AutoSchedulerResults r;
        std::string log = capture_stderr([&]() { r = p.auto_schedule(reg, cfg.target, cfg.machine); });
        out.source = r.schedule_source;
        out.have_source = true;
        out.featurization = r.featurization;
        if (n->s == "adams2019") parse_adams_cost(log, &out.adams_cost);
        // Autoschedulers may add Funcs (wrappers, rfactor intermediates).
        sctx.funcs = all_functions(p);
    }
    out.ms = now_ms() - t_sched0;
    return out;
}

}  // namespace halide_lens
