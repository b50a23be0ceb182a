// bench_worker: a long-lived process that JIT-compiles and benchmarks many
// schedules of the generators it is linked with (their object files
// self-register via HALIDE_REGISTER_GENERATOR).
//
//   bench_worker --target TARGET [--plugin-dir DIR] [--machine-params C,LLC,BALANCE] [--no-fork]
//
// TARGET must be the sanitized host target (target.ts), never "host": Halide 14
// claims avx512_sapphirerapids on AMD Zen 4, whose code then dies of SIGILL.
//
// Protocol: JSON lines. One request per stdin line, exactly one response line
// per request on stdout (flushed). Everything else goes to stderr: at startup
// fd 1 is pointed at stderr and the protocol keeps a private copy of the
// original stdout, so chatter from Halide or an autoscheduler can't corrupt it.
//
//   {"id","cmd":"ping"}  -> {"id","ok":true,"generators":[...],"target":"...","pid":N,"fork":bool}
//   {"id","cmd":"quit"}  -> {"id","ok":true} and exit 0 (EOF on stdin also exits)
//   {"id","generator","params","schedule","threads","reps","min_rep_ms","max_total_ms","featurize","timeout_ms"}
//                        -> {"id","ok":true,...measurements} | {"id","ok":false,"error"[,"crashed"|"timed_out"]}
//
// By default each request runs in a child forked from the (single-threaded,
// pre-warmed) worker: fresh Halide state per request, and a crash or a
// timeout_ms kill costs only that request. --no-fork runs requests in-process.
//
// See worker.ts for the full request/response types.
//
// The parts, each a header included only here: request.h (JSON requests, Config), process.h
// (protocol channel, signals, stderr capture), pipeline.h (building a generator, its Funcs and
// Parameters), reset_schedule.h (the algorithm without its authors' schedule), schedule.h +
// directives.h (hand, directives, autoschedulers), buffers.h, timing.h (clocks and the
// measurement loop), response.h (written with json.h, which native/pipeline_dump.cpp shares).
// worker.ts hashes them into the build's cache key.

#include "Halide.h"
#include "buffers.h"
#include "guess_estimates.h"
#include "dump_pipeline.h"
#include "pipeline.h"
#include "process.h"
#include "request.h"
#include "reset_schedule.h"
#include "response.h"
#include "schedule.h"
#include "timing.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

// Many generators set their estimates only under `if (auto_schedule)`, so their hand-scheduled
// pipeline has none to size buffers with. Build the generator a second time as an autoscheduler
// would see it and copy the estimates it sets onto the hand pipeline's outputs and inputs (by
// name), where the hand pipeline has none of its own: the hand schedule then runs on the sizes
// the authors gave the autoschedulers.
void borrow_estimates(const Config &cfg, const std::string &name, const std::map<std::string, std::string> &params, Pipeline &p) {
    std::unique_ptr<GeneratorBase> twin = GeneratorRegistry::create(name, GeneratorContext(cfg.target, true, cfg.machine));
    if (!params.empty()) {
        GeneratorParamsMap m;
        for (const auto &kv : params) m[kv.first] = kv.second;
        twin->set_generator_param_values(m);
    }
    Pipeline q;
    try {
        q = GeneratorAccess::build(twin.get());
    } catch (const Halide::Error &) {
        return;  // the hand pipeline is measured as it is (and says what it lacks)
    }
    std::vector<Func> mine = p.outputs(), theirs = q.outputs();
    for (size_t i = 0; i < mine.size() && i < theirs.size(); i++) {
        Function f = mine[i].function(), t = theirs[i].function();
        if (f.schedule().estimates().empty() && !t.schedule().estimates().empty()) f.schedule().estimates() = t.schedule().estimates();
    }
    ParamCollector a, b;
    for (const auto &kv : all_functions(p)) Function(kv.second).accept(&a);
    for (const auto &kv : all_functions(q)) Function(kv.second).accept(&b);
    for (auto &kv : a.params) {
        auto it = b.params.find(kv.first);
        if (it == b.params.end()) continue;
        Parameter &dst = kv.second;
        const Parameter &src = it->second;
        if (dst.is_buffer() && src.is_buffer() && dst.dimensions() == src.dimensions()) {
            for (int d = 0; d < dst.dimensions(); d++) {
                if (!dst.min_constraint_estimate(d).defined()) dst.set_min_constraint_estimate(d, src.min_constraint_estimate(d));
                if (!dst.extent_constraint_estimate(d).defined()) dst.set_extent_constraint_estimate(d, src.extent_constraint_estimate(d));
            }
        } else if (!dst.is_buffer() && !src.is_buffer() && !dst.estimate().defined() && src.estimate().defined()) {
            dst.set_estimate(src.estimate());
        }
    }
}

// One bench request: build the generator, schedule it, bind buffers, JIT-compile, measure.
std::string bench(const Config &cfg, const JVal &req, const std::string &id) {
    const double t_start = now_ms();
    const JVal *g = req.get("generator");
    if (!g || g->kind != JVal::Str) throw BadRequest("\"generator\" (string) is required");
    const JVal *sched = req.get("schedule");
    std::string kind = "hand";
    if (sched && sched->kind != JVal::Null) {
        const JVal *k = sched->get("kind");
        if (!k || k->kind != JVal::Str) throw BadRequest("\"schedule.kind\" (string) is required");
        kind = k->s;
    }
    if (kind != "hand" && kind != "directives" && kind != "autoscheduler") {
        throw BadRequest("unknown schedule kind '" + kind + "' (hand, directives, autoscheduler)");
    }
    const int threads = (int)num_field(req, "threads", 0, 0, 1024);
    const int reps = (int)num_field(req, "reps", 7, 1, 100000);
    const double min_rep_ms = num_field(req, "min_rep_ms", 20, 0, 1e7);
    const double max_total_ms = num_field(req, "max_total_ms", 20000, 0, 1e9);
    const bool featurize = bool_field(req, "featurize");
    // schedule_only: run the autoscheduler and report its schedule, no compile or benchmark, so
    // the collector can drop a duplicate probe for the price of the search alone.
    const bool schedule_only = bool_field(req, "schedule_only");
    // dump: also report the pipeline as scheduled (pipeline_dump's JSON), so a sample carries the
    // exact graph it measured even where the static front end can't read the generator.
    const bool dump = bool_field(req, "dump");
    // guess_estimates: size what the generator leaves unestimated (and say so in the response)
    // rather than refuse it.
    const bool guess = bool_field(req, "guess_estimates");
    // fresh_names: the directives name unnamed Funcs as a fresh process does (the static front end).
    const bool fresh_names = bool_field(req, "fresh_names");
    // reset_schedule: directives are the whole schedule, applied to the algorithm alone. An
    // autoscheduler always gets the algorithm alone (Halide refuses stages already scheduled).
    const bool reset = kind == "autoscheduler" || (kind == "directives" && bool_field(req, "reset_schedule"));

    auto names = GeneratorRegistry::enumerate();
    if (std::find(names.begin(), names.end(), g->s) == names.end()) {
        std::string all;
        for (const auto &n : names) all += (all.empty() ? "" : ", ") + n;
        throw BadRequest("no generator named '" + g->s + "' (linked: " + all + ")");
    }

    // A fresh generator and pipeline every time: Generators are single-use.
    const bool autosched = kind != "hand";
    std::unique_ptr<GeneratorBase> gen =
        GeneratorRegistry::create(g->s, GeneratorContext(cfg.target, autosched, cfg.machine));
    std::map<std::string, std::string> param_strings;
    if (const JVal *params = req.get("params")) {
        if (params->kind != JVal::Obj && params->kind != JVal::Null) throw BadRequest("\"params\" must be an object");
        GeneratorParamsMap m;
        for (const auto &kv : params->o) m[kv.first] = param_strings[kv.first] = param_value_string(kv.second);
        if (!m.empty()) gen->set_generator_param_values(m);
    }
    const int unnamed_base = next_unnamed_index('f'), unnamed_var_base = next_unnamed_index('v');
    Pipeline p = GeneratorAccess::build(gen.get());
    const double t_built = now_ms();
    if (!autosched) borrow_estimates(cfg, g->s, param_strings, p);
    if (reset) reset_schedule(p);

    SchedContext sctx;
    if (fresh_names) sctx.fresh_base = unnamed_base, sctx.fresh_var_base = unnamed_var_base;
    sctx.funcs = all_functions(p);
    {
        ParamCollector pc;
        for (auto &kv : sctx.funcs) kv.second.accept(&pc);
        sctx.params = pc.params;
    }

    std::vector<std::string> guessed;
    if (guess) guessed = guess_estimates(p, sctx.params);

    PipelineSnapshot snap;
    if (dump) snap = snapshot_pipeline(p);
    ScheduleOutcome s = apply_schedule(cfg, kind, sched, p, sctx);
    s.guessed = guessed;
    if (dump) {
        s.dump = dump_pipeline(snap, gen.get(), g->s, kind == "autoscheduler" ? s.name : kind == "hand" ? "hand" : "directives",
                               cfg.target, param_strings, kind != "hand");
    }
    if (schedule_only) return schedule_only_response(id, g->s, kind, s);

    std::vector<Buffer<>> outs = output_buffers(p);
    std::vector<std::string> infer_later = bind_inputs(p, sctx.params);

    BenchPhases ph;
    ph.start = t_start;
    ph.built = t_built;
    const double t_c0 = now_ms();
    p.compile_jit(cfg.target);
    ph.compile_ms = now_ms() - t_c0;

    Realization dst(outs);
    if (!infer_later.empty()) {
        p.infer_input_bounds(dst, cfg.target);
        for (const std::string &n : infer_later) {
            Parameter &prm = sctx.params[n];
            if (!prm.buffer().defined()) throw BadRequest("bounds inference gave no buffer for input " + n);
            widen_to_estimates(prm);
            Buffer<> b = prm.buffer();
            fill_buffer(b, n);
        }
    }

    auto grow = [&](const std::string &error) { return grow_input_for(error, sctx.params); };
    Measurement m = measure(p, dst, cfg.target, threads, reps, min_rep_ms, max_total_ms, grow);
    return bench_response(id, g->s, kind, ph, s, m, featurize, outs);
}

// bench() with every error turned into an {"ok":false} response.
std::string guarded_bench(const Config &cfg, const JVal &req, const std::string &id) {
    try {
        return bench(cfg, req, id);
    } catch (const Halide::Error &e) {
        return error_response(id, std::string("Halide: ") + e.what());
    } catch (const BadRequest &e) {
        return error_response(id, e.what());
    } catch (const std::exception &e) {
        return error_response(id, std::string("internal: ") + e.what());
    } catch (...) {
        return error_response(id, "internal: unknown exception");
    }
}

// Fork mode: the request runs in a child forked from this (single-threaded)
// process. The child starts from a pristine state every time: Func names as in
// a fresh process, no JIT code or memory left over from earlier requests, and
// a crash (SIGSEGV in generated code, an LLVM abort) costs only this request.
// The parent has already JIT-compiled a trivial pipeline, so the shared Halide
// runtime and LLVM are initialized once and inherited.
std::string forked_bench(const Config &cfg, const JVal &req, const std::string &id, double timeout_ms) {
    int fds[2];
    if (pipe(fds) != 0) return error_response(id, std::string("internal: pipe: ") + std::strerror(errno));
    std::cerr.flush();
    std::fflush(stderr);
    std::fflush(g_proto);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return error_response(id, std::string("internal: fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
        close(fds[0]);
        prctl(PR_SET_PDEATHSIG, SIGKILL);  // die with the worker (e.g. on a timeout kill)
        if (getppid() != parent) _exit(3);
        std::string r = guarded_bench(cfg, req, id);
        bool ok = write_all(fds[1], r);
        close(fds[1]);
        std::cerr.flush();
        std::fflush(stderr);
        _exit(ok ? 0 : 4);  // no atexit handlers or static destructors in the child
    }
    close(fds[1]);
    std::string resp;
    char buf[65536];
    const double deadline = timeout_ms > 0 ? now_ms() + timeout_ms : INFINITY;
    bool timed_out = false;
    for (;;) {
        int wait_ms = std::isinf(deadline) ? -1 : (int)std::max(0.0, std::ceil(deadline - now_ms()));
        struct pollfd pfd = {fds[0], POLLIN, 0};
        int pr = poll(&pfd, 1, wait_ms);
        if (pr < 0 && errno == EINTR) continue;
        if (pr == 0) {
            timed_out = true;
            kill(pid, SIGKILL);
            break;
        }
        ssize_t n = read(fds[0], buf, sizeof(buf));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        resp.append(buf, (size_t)n);
    }
    close(fds[0]);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    if (timed_out) return timeout_response(id);
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0 && !resp.empty()) return resp;
    std::string why;
    if (WIFSIGNALED(st)) {
        int sig = WTERMSIG(st);
        const char *name = sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : sig == SIGILL ? "SIGILL" :
                           sig == SIGFPE ? "SIGFPE" : sig == SIGABRT ? "SIGABRT" : sig == SIGKILL ? "SIGKILL" : nullptr;
        why = std::string("killed by ") + (name ? name : "signal " + std::to_string(sig));
    } else {
        why = "exited with code " + std::to_string(WEXITSTATUS(st));
    }
    return error_response(id, "benchmark process crashed: " + why, true);
}

// JIT-compiles a trivial pipeline so the shared runtime and LLVM are set up
// (and halide_set_num_threads can be found) before any request.
void prewarm(const Config &cfg) {
    // Vectorized, parallel, with a buffer input and a float stage: it warms up
    // more of LLVM's lazily initialized state than a scalar Func would, which
    // every forked child would otherwise pay for again.
    Var x("bench_worker_prewarm_x"), y("bench_worker_prewarm_y");
    ImageParam in(UInt(16), 2, "bench_worker_prewarm_input");
    Func g("bench_worker_prewarm_g"), f("bench_worker_prewarm");
    g(x, y) = cast<float>(in(x, y)) * 0.5f + 1;
    f(x, y) = cast<uint16_t>(g(x, y) + g(x + 1, y));
    g.compute_at(f, y).vectorize(x, 8);
    f.vectorize(x, 16).parallel(y);
    f.compile_jit(cfg.target);
    set_num_threads(cfg.target, 0);
}

[[noreturn]] void usage(const std::string &msg) {
    std::cerr << "bench_worker: " << msg << "\n"
              << "usage: bench_worker --target TARGET [--plugin-dir DIR] [--machine-params CORES,LLC_BYTES,BALANCE]"
                 " [--no-fork]\n";
    std::exit(2);
}

// The worker's main loop: one request line in, one response line out.
int run_worker(int argc, char **argv) {
    // Keep the protocol channel private: fd 1 becomes a copy of stderr.
    int proto_fd = dup(1);
    if (proto_fd < 0) return 1;
    fcntl(proto_fd, F_SETFD, FD_CLOEXEC);
    dup2(2, 1);
    g_proto = fdopen(proto_fd, "w");
    std::signal(SIGPIPE, SIG_DFL);
    for (int s : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) std::signal(s, on_fatal_signal);

    Config cfg;
    bool fork_mode = true;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) usage("missing value after " + a);
            return argv[++i];
        };
        if (a == "--target") cfg.target_string = next();
        else if (a == "--plugin-dir") cfg.plugin_dir = next();
        else if (a == "--machine-params") cfg.machine = MachineParams(next());
        else if (a == "--no-fork") fork_mode = false;
        else usage("unknown argument " + a);
    }
    if (cfg.target_string.empty()) usage("--target is required (pass the sanitized host target)");
    try {
        cfg.target = Target(cfg.target_string);
    } catch (const std::exception &e) {
        usage(std::string("bad target: ") + e.what());
    }
    if (!exceptions_enabled()) log_line("warning: libHalide was built without exceptions; Halide errors will abort");
    const double t0 = now_ms();
    try {
        prewarm(cfg);
    } catch (const std::exception &e) {
        log_line(std::string("cannot JIT-compile for this target: ") + e.what());
        return 1;
    }
    if (fork_mode && thread_count() != 1) {
        log_line("warning: " + std::to_string(thread_count()) + " threads after start-up; fork mode is unsafe, running requests in-process");
        fork_mode = false;
    }
    char ready[256];
    std::snprintf(ready, sizeof(ready), "ready in %.0f ms: target %s, pid %d, %s mode", now_ms() - t0,
                  cfg.target.to_string().c_str(), (int)getpid(), fork_mode ? "fork" : "in-process");
    log_line(ready);

    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        std::string id;
        std::string response;
        bool quit = false;
        try {
            JVal req = JParser(line).parse();
            if (req.kind != JVal::Obj) throw BadRequest("request must be a JSON object");
            if (const JVal *v = req.get("id")) {
                if (v->kind == JVal::Str) id = v->s;
                else if (v->kind == JVal::Num) id = param_value_string(*v);
            }
            std::snprintf(g_current_id, sizeof(g_current_id), "%s", id.c_str());
            const JVal *cmd = req.get("cmd");
            std::string c = cmd && cmd->kind == JVal::Str ? cmd->s : "bench";
            if (c == "ping") {
                response = ping_response(id, cfg.target, fork_mode);
            } else if (c == "quit") {
                response = quit_response(id);
                quit = true;
            } else if (c == "bench") {
                // Plugins register themselves globally: load them here, before
                // any fork, so they are loaded once per worker.
                const JVal *sched = req.get("schedule");
                const JVal *kind = sched ? sched->get("kind") : nullptr;
                const JVal *name = sched ? sched->get("name") : nullptr;
                if (kind && kind->kind == JVal::Str && kind->s == "autoscheduler" && name && name->kind == JVal::Str) {
                    ensure_plugin(cfg, name->s);
                }
                // timeout_ms: a hard limit enforced here by killing the child
                // (fork mode only); the worker itself stays up.
                const double timeout_ms = num_field(req, "timeout_ms", 0, 0, 1e9);
                response = fork_mode ? forked_bench(cfg, req, id, timeout_ms) : guarded_bench(cfg, req, id);
            } else {
                throw BadRequest("unknown cmd '" + c + "' (ping, quit, bench)");
            }
        } catch (const Halide::Error &e) {
            response = error_response(id, std::string("Halide: ") + e.what());
        } catch (const BadRequest &e) {
            response = error_response(id, e.what());
        } catch (const std::exception &e) {
            response = error_response(id, std::string("internal: ") + e.what());
        } catch (...) {
            response = error_response(id, "internal: unknown exception");
        }
        send_line(response);
        g_current_id[0] = '\0';
        if (quit) break;
    }
    return 0;
}

}  // namespace halide_lens

int main(int argc, char **argv) {
    return halide_lens::run_worker(argc, argv);
}
