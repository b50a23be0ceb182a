// directives.h: a schedule given as data. The client sends directives ({func, stage, name, args}:
// split, tile, vectorize, compute_at ...) and DirectiveApplier applies each to the Func it names,
// so the worker can benchmark any schedule our search proposes without compiling C++.
#pragma once

#include "Halide.h"
#include "request.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

// Halide uniquifies Func names process-wide: a second instance of a generator
// gets "blur_x$2" where a fresh process has "blur_x". Directives name Funcs as a
// fresh process (pipeline_dump, GenGen) does, so "blur_x" also finds "blur_x$N"
// when that is unambiguous. (Fork mode gives every request fresh names anyway.)
inline std::string strip_unique_suffix(const std::string &n) {
    size_t d = n.rfind('$');
    if (d == std::string::npos || d + 1 >= n.size()) return n;
    for (size_t i = d + 1; i < n.size(); i++)
        if (n[i] < '0' || n[i] > '9') return n;
    return n.substr(0, d);
}

// Halide names an unnamed Func "f" + a process-wide counter. A fresh GenGen process builds a
// generator's first unnamed Func as f0, and that is how the static front end names them; here the
// counter has moved on (start-up JIT, earlier builds), so the same Func is f<k + fresh_base>.
// Unnamed Vars likewise: "v" + a counter of their own.
inline int next_unnamed_index(char prefix) {
    const std::string probe = Internal::unique_name(prefix);  // consumes one: the build's first is the next
    return std::atoi(probe.c_str() + 1) + 1;
}

// "f3" -> "f<3 + base>" when base >= 0 and the name is the prefix and digits only.
inline std::string fresh_to_actual(const std::string &name, char prefix, int base) {
    if (base < 0 || name.size() < 2 || name[0] != prefix) return name;
    for (size_t i = 1; i < name.size(); i++)
        if (name[i] < '0' || name[i] > '9') return name;
    return std::string(1, prefix) + std::to_string(std::atoi(name.c_str() + 1) + base);
}

struct SchedContext {
    std::map<std::string, Function> funcs;  // actual Halide names
    std::map<std::string, Parameter> params;
    // >= 0: directives name unnamed Funcs and Vars as a fresh process does (f0, v0 ...), mapped to this build's.
    int fresh_base = -1;
    int fresh_var_base = -1;

    std::string var_name(const std::string &name) const { return fresh_to_actual(name, 'v', fresh_var_base); }

    const Function *find_func(const std::string &asked) const {
        const std::string name = fresh_to_actual(asked, 'f', fresh_base);
        auto it = funcs.find(name);
        if (it != funcs.end()) return &it->second;
        const Function *hit = nullptr;
        for (const auto &kv : funcs) {
            if (strip_unique_suffix(kv.first) == name) {
                if (hit) return nullptr;  // ambiguous
                hit = &kv.second;
            }
        }
        return hit;
    }
};

inline std::string arg_kind(const JVal &a) {
    if (a.kind != JVal::Obj || a.o.size() != 1) return "?";
    return a.o[0].first;
}

class DirectiveApplier {
public:
    DirectiveApplier(SchedContext &ctx, const JVal &d) : ctx_(ctx), d_(d) {
        const JVal *f = d.get("func");
        const JVal *n = d.get("name");
        const JVal *s = d.get("stage");
        const JVal *a = d.get("args");
        if (!f || f->kind != JVal::Str) throw BadRequest("directive needs \"func\" (string)");
        if (!n || n->kind != JVal::Str) throw BadRequest("directive needs \"name\" (string)");
        func_name_ = f->s;
        name_ = n->s;
        if (s && s->kind != JVal::Null) {
            if (s->kind != JVal::Num || !s->is_int || s->n < 0) throw BadRequest("\"stage\" must be an integer >= 0");
            stage_ = (int)s->n;
        }
        if (a && a->kind != JVal::Null) {
            if (a->kind != JVal::Arr) throw BadRequest("\"args\" must be an array");
            args_ = a->a;
        }
    }

    std::string label() const {
        return func_name_ + (stage_ > 0 ? ".update(" + std::to_string(stage_ - 1) + ")" : "") + "." + name_;
    }

    void apply() {
        const Function *fn = ctx_.find_func(func_name_);
        if (!fn) throw BadRequest("unknown Func '" + func_name_ + "'" + known_funcs());
        Func f(*fn);
        int nupdates = (int)fn->updates().size();
        if (stage_ > nupdates) {
            throw BadRequest("Func '" + func_name_ + "' has no stage " + std::to_string(stage_) + " (it has " +
                             std::to_string(nupdates) + " update(s))");
        }
        if (apply_stage(f)) return;
        if (apply_func(f)) return;
        throw BadRequest("unknown directive '" + name_ + "'");
    }

private:
    std::string known_funcs() const {
        std::string all;
        for (const auto &kv : ctx_.funcs) all += (all.empty() ? "" : ", ") + kv.first;
        return " (pipeline Funcs: " + all + ")";
    }
    Stage stage_of(Func &f) { return stage_ == 0 ? Stage(f) : f.update(stage_ - 1); }

    void arity(size_t lo, size_t hi) {
        if (args_.size() < lo || args_.size() > hi) {
            std::string want = lo == hi ? std::to_string(lo) : std::to_string(lo) + ".." + std::to_string(hi);
            throw BadRequest("expects " + want + " argument(s), got " + std::to_string(args_.size()));
        }
    }
    const JVal &arg(size_t i) {
        if (i >= args_.size()) throw BadRequest("missing argument " + std::to_string(i));
        return args_[i];
    }
    [[noreturn]] void bad(size_t i, const std::string &want) {
        throw BadRequest("argument " + std::to_string(i) + " must be " + want + ", got " + arg_kind(arg(i)));
    }
    const JVal *field(const JVal &a, const char *k) {
        if (a.kind != JVal::Obj || a.o.size() != 1 || a.o[0].first != k) return nullptr;
        return &a.o[0].second;
    }
    VarOrRVar var_of(const JVal &a, size_t i) {
        if (const JVal *v = field(a, "var")) {
            if (v->kind == JVal::Str) return Var(ctx_.var_name(v->s));
        }
        if (const JVal *v = field(a, "rvar")) {
            if (v->kind == JVal::Str) return RVar(v->s);
        }
        bad(i, "{var} or {rvar}");
    }
    VarOrRVar vor(size_t i) { return var_of(arg(i), i); }
    Var pure_var(size_t i) {
        const JVal *v = field(arg(i), "var");
        if (!v || v->kind != JVal::Str) bad(i, "{var}");
        return Var(ctx_.var_name(v->s));
    }
    bool is(size_t i, const char *k) { return i < args_.size() && field(args_[i], k) != nullptr; }
    Expr expr(size_t i) {
        if (const JVal *v = field(arg(i), "int")) {
            if (v->kind == JVal::Num && v->n == std::floor(v->n) && std::fabs(v->n) < 2147483648.0) return Expr((int)v->n);
        }
        if (const JVal *v = field(arg(i), "float")) {
            if (v->kind == JVal::Num) return Expr((float)v->n);
        }
        bad(i, "{int} or {float}");
    }
    int integer(size_t i) {
        const JVal *v = field(arg(i), "int");
        if (!v || v->kind != JVal::Num || v->n != std::floor(v->n) || std::fabs(v->n) >= 2147483648.0) bad(i, "{int}");
        return (int)v->n;
    }
    bool boolean(size_t i) {
        const JVal *v = field(arg(i), "bool");
        if (!v || v->kind != JVal::Bool) bad(i, "{bool}");
        return v->b;
    }
    TailStrategy tail(size_t i) {
        const JVal *v = field(arg(i), "tail");
        if (!v || v->kind != JVal::Str) bad(i, "{tail}");
        static const std::map<std::string, TailStrategy> m = {
            {"RoundUp", TailStrategy::RoundUp},
            {"GuardWithIf", TailStrategy::GuardWithIf},
            {"Predicate", TailStrategy::Predicate},
            {"PredicateLoads", TailStrategy::PredicateLoads},
            {"PredicateStores", TailStrategy::PredicateStores},
            {"ShiftInwards", TailStrategy::ShiftInwards},
            {"Auto", TailStrategy::Auto},
        };
        auto it = m.find(v->s);
        if (it == m.end()) throw BadRequest("unknown tail strategy '" + v->s + "'");
        return it->second;
    }
    MemoryType memory(size_t i) {
        const JVal *v = field(arg(i), "memory");
        if (!v || v->kind != JVal::Str) bad(i, "{memory}");
        static const std::map<std::string, MemoryType> m = {
            {"Auto", MemoryType::Auto},
            {"Heap", MemoryType::Heap},
            {"Stack", MemoryType::Stack},
            {"Register", MemoryType::Register},
            {"LockedCache", MemoryType::LockedCache},
        };
        auto it = m.find(v->s);
        if (it == m.end()) throw BadRequest("unsupported memory type '" + v->s + "'");
        return it->second;
    }
    std::string func_name_arg(size_t i) {
        const JVal *v = field(arg(i), "func");
        if (!v || v->kind != JVal::Str) bad(i, "{func}");
        return v->s;
    }
    Func func_arg(size_t i) {
        std::string n = func_name_arg(i);
        const Function *fn = ctx_.find_func(n);
        if (!fn) throw BadRequest("unknown Func '" + n + "'" + known_funcs());
        return Func(*fn);
    }
    // A list argument, or the plain arguments [from, to) when there is no list.
    std::vector<JVal> list_or_rest(size_t i, size_t end) {
        if (i < args_.size()) {
            if (const JVal *l = field(args_[i], "list")) {
                if (l->kind != JVal::Arr) bad(i, "{list}");
                return l->a;
            }
        }
        return std::vector<JVal>(args_.begin() + std::min(i, args_.size()), args_.begin() + std::min(end, args_.size()));
    }
    std::vector<VarOrRVar> var_list(size_t i) {
        const JVal *l = field(arg(i), "list");
        if (!l || l->kind != JVal::Arr) bad(i, "{list}");
        std::vector<VarOrRVar> v;
        for (const JVal &a : l->a) v.push_back(var_of(a, i));
        return v;
    }
    std::vector<Expr> expr_list(size_t i) {
        const JVal *l = field(arg(i), "list");
        if (!l || l->kind != JVal::Arr) bad(i, "{list}");
        std::vector<Expr> v;
        for (const JVal &a : l->a) {
            const JVal *n = field(a, "int");
            if (!n || n->kind != JVal::Num) bad(i, "{list} of {int}");
            v.push_back(Expr((int)n->n));
        }
        return v;
    }

    // Directives that act on one stage (pure or update).
    bool apply_stage(Func &f) {
        const std::string &n = name_;
        if (n == "split") {
            arity(4, 5);
            Stage s = stage_of(f);
            s.split(vor(0), vor(1), vor(2), expr(3), args_.size() > 4 ? tail(4) : TailStrategy::Auto);
        } else if (n == "fuse") {
            arity(3, 3);
            stage_of(f).fuse(vor(0), vor(1), vor(2));
        } else if (n == "tile") {
            Stage s = stage_of(f);
            if (is(0, "list")) {
                // tile([prev], [outers], [inners], [factors][, tail]) or tile([prev], [inners], [factors][, tail])
                if (args_.size() >= 4 && is(3, "list")) {
                    arity(4, 5);
                    s.tile(var_list(0), var_list(1), var_list(2), expr_list(3), args_.size() > 4 ? tail(4) : TailStrategy::Auto);
                } else {
                    arity(3, 4);
                    s.tile(var_list(0), var_list(1), expr_list(2), args_.size() > 3 ? tail(3) : TailStrategy::Auto);
                }
            } else if (args_.size() == 8 || args_.size() == 9) {
                s.tile(vor(0), vor(1), vor(2), vor(3), vor(4), vor(5), expr(6), expr(7),
                       args_.size() > 8 ? tail(8) : TailStrategy::Auto);
            } else if (args_.size() == 6 || args_.size() == 7) {
                s.tile(vor(0), vor(1), vor(2), vor(3), expr(4), expr(5), args_.size() > 6 ? tail(6) : TailStrategy::Auto);
            } else {
                throw BadRequest("expects 6..9 arguments (or lists), got " + std::to_string(args_.size()));
            }
        } else if (n == "reorder") {
            std::vector<JVal> vs = list_or_rest(0, args_.size());
            if (is(0, "list")) arity(1, 1);
            std::vector<VarOrRVar> vars;
            for (size_t i = 0; i < vs.size(); i++) vars.push_back(var_of(vs[i], i));
            if (vars.size() < 2) throw BadRequest("needs at least two vars");
            stage_of(f).reorder(vars);
        } else if (n == "rename") {
            arity(2, 2);
            stage_of(f).rename(vor(0), vor(1));
        } else if (n == "vectorize" || n == "unroll" || n == "parallel") {
            arity(1, 3);
            Stage s = stage_of(f);
            if (args_.size() == 1) {
                if (n == "vectorize") s.vectorize(vor(0));
                else if (n == "unroll") s.unroll(vor(0));
                else s.parallel(vor(0));
            } else {
                TailStrategy t = args_.size() > 2 ? tail(2) : TailStrategy::Auto;
                if (n == "vectorize") s.vectorize(vor(0), expr(1), t);
                else if (n == "unroll") s.unroll(vor(0), expr(1), t);
                else s.parallel(vor(0), expr(1), t);
            }
        } else if (n == "serial") {
            arity(1, 1);
            stage_of(f).serial(vor(0));
        } else if (n == "atomic") {
            arity(0, 1);
            stage_of(f).atomic(args_.empty() ? false : boolean(0));
        } else if (n == "allow_race_conditions") {
            arity(0, 0);
            stage_of(f).allow_race_conditions();
        } else if (n == "compute_with") {
            // compute_with(func, var): with stage 0 of that Func.
            arity(2, 2);
            Func other = func_arg(0);
            stage_of(f).compute_with(Stage(other), vor(1));
        } else if (n == "prefetch") {
            // prefetch(func_or_input, var[, offset]): at == from == var.
            arity(2, 3);
            std::string target = func_name_arg(0);
            Expr off = args_.size() > 2 ? Expr(integer(2)) : Expr(1);
            Stage s = stage_of(f);
            if (const Function *fn = ctx_.find_func(target)) {
                s.prefetch(Func(*fn), vor(1), vor(1), off);
            } else {
                auto pit = ctx_.params.find(target);
                if (pit == ctx_.params.end() || !pit->second.is_buffer()) {
                    throw BadRequest("unknown Func or input buffer '" + target + "'");
                }
                s.prefetch(pit->second, vor(1), vor(1), off);
            }
        } else {
            return false;
        }
        return true;
    }

    // Directives on the Func as a whole (storage, placement): stage 0 only.
    bool apply_func(Func &f) {
        static const std::set<std::string> names = {
            "compute_root", "compute_inline", "compute_at", "store_root", "store_at", "store_in", "bound",
            "bound_extent", "align_bounds", "reorder_storage", "align_storage", "fold_storage", "async", "memoize"};
        if (!names.count(name_)) return false;
        if (stage_ != 0) throw BadRequest("'" + name_ + "' applies to the whole Func; use stage 0");
        const std::string &n = name_;
        if (n == "compute_root") {
            arity(0, 0);
            f.compute_root();
        } else if (n == "compute_inline") {
            arity(0, 0);
            f.compute_inline();
        } else if (n == "compute_at" || n == "store_at") {
            arity(2, 2);
            Func at = func_arg(0);
            const JVal &v = arg(1);
            if (field(v, "rvar")) {
                RVar r(field(v, "rvar")->s);
                if (n == "compute_at") f.compute_at(at, r); else f.store_at(at, r);
            } else {
                Var x = pure_var(1);
                if (n == "compute_at") f.compute_at(at, x); else f.store_at(at, x);
            }
        } else if (n == "store_root") {
            arity(0, 0);
            f.store_root();
        } else if (n == "store_in") {
            arity(1, 1);
            f.store_in(memory(0));
        } else if (n == "bound") {
            arity(3, 3);
            f.bound(pure_var(0), expr(1), expr(2));
        } else if (n == "bound_extent") {
            arity(2, 2);
            f.bound_extent(pure_var(0), expr(1));
        } else if (n == "align_bounds") {
            arity(2, 3);
            f.align_bounds(pure_var(0), expr(1), args_.size() > 2 ? expr(2) : Expr(0));
        } else if (n == "reorder_storage") {
            std::vector<JVal> vs = list_or_rest(0, args_.size());
            if (is(0, "list")) arity(1, 1);
            std::vector<Var> vars;
            for (size_t i = 0; i < vs.size(); i++) {
                const JVal *v = field(vs[i], "var");
                if (!v || v->kind != JVal::Str) throw BadRequest("reorder_storage takes {var}s");
                vars.push_back(Var(ctx_.var_name(v->s)));
            }
            if (vars.size() < 2) throw BadRequest("needs at least two vars");
            f.reorder_storage(vars);
        } else if (n == "align_storage") {
            arity(2, 2);
            f.align_storage(pure_var(0), expr(1));
        } else if (n == "fold_storage") {
            arity(2, 3);
            f.fold_storage(pure_var(0), expr(1), args_.size() > 2 ? boolean(2) : true);
        } else if (n == "async") {
            arity(0, 0);
            f.async();
        } else if (n == "memoize") {
            arity(0, 0);
            f.memoize();
        }
        return true;
    }

    SchedContext &ctx_;
    const JVal &d_;
    std::string func_name_, name_;
    int stage_ = 0;
    std::vector<JVal> args_;
};

}  // namespace halide_lens
