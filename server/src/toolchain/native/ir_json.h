// ir_json.h: Halide IR expressions as Halide Lens' own structures, for pipeline_dump.cpp.
//  - write_index_expr: the IndexExpr tree of server/src/halide/graph.ts (the bounds analysis reads it).
//  - count_ops: per-point op counts keyed as the static front end keys them (summary.ts, expr.ts,
//    exprCalls.ts), so features computed from either graph agree.
// A plain recursive function over node types: the shapes we map are few and everything else is opaque.
#pragma once

#include "Halide.h"
#include "json.h"

#include <map>
#include <sstream>
#include <string>

namespace halide_lens {

using namespace Halide;
using namespace Halide::Internal;

using OpCounts = std::map<std::string, std::map<std::string, long long>>;

inline std::string elem_type(const Type &t) {
    if (t.is_bool()) return "bool";
    if (t.is_handle()) return "handle";
    std::string base = t.is_float() ? "float" : t.is_uint() ? "uint" : "int";
    return base + std::to_string(t.bits());
}

inline std::string expr_text(const Expr &e) {
    if (!e.defined()) return "";
    std::ostringstream ss;
    ss << e;
    return ss.str();
}

inline bool is_zero_const(const Expr &e) {
    if (const IntImm *i = e.as<IntImm>()) return i->value == 0;
    if (const UIntImm *u = e.as<UIntImm>()) return u->value == 0;
    if (const FloatImm *f = e.as<FloatImm>()) return f->value == 0;
    return false;
}

// Intrinsics that only annotate their first argument: no cost, the index sees through them.
inline bool pass_through(const Call *c) {
    static const char *names[] = {"likely", "likely_if_innermost", "promise_clamped", "unsafe_promise_clamped",
                                  "strict_float", "require"};
    if (!c->is_intrinsic() || c->args.empty()) return false;
    for (const char *n : names) {
        if (c->name == n) return true;
    }
    return false;
}

// "floor_f32" -> "floor": Halide's math functions are PureExtern calls suffixed by the float width.
inline std::string math_name(const std::string &name) {
    size_t u = name.rfind("_f");
    if (u != std::string::npos && u + 2 < name.size() &&
        name.find_first_not_of("0123456789", u + 2) == std::string::npos) {
        return name.substr(0, u);
    }
    return name;
}

inline void write_index_expr(JsonWriter &j, const Expr &e);

// "input.extent.0" -> "input.dim(0).extent()"; other shape fields keep Halide's name.
inline std::string shape_text(const std::string &buffer, const std::string &name) {
    const std::string rest = name.compare(0, buffer.size() + 1, buffer + ".") == 0 ? name.substr(buffer.size() + 1) : "";
    const size_t dot = rest.find('.');
    if (dot == std::string::npos) return name;
    const std::string field = rest.substr(0, dot), dim = rest.substr(dot + 1);
    if ((field != "min" && field != "extent") || dim.empty() || dim.find_first_not_of("0123456789") != std::string::npos) return name;
    return buffer + ".dim(" + dim + ")." + field + "()";
}

inline void write_node(JsonWriter &j, const char *op, std::initializer_list<Expr> args) {
    j.begin_object();
    j.kv("op", op);
    j.key("args");
    j.begin_array();
    for (const Expr &a : args) write_index_expr(j, a);
    j.end_array();
    j.end_object();
}

inline void write_opaque(JsonWriter &j, const Expr &e) {
    j.begin_object();
    j.kv("op", "opaque");
    j.kv("text", expr_text(e));
    j.end_object();
}

// Halide's clamp(a, lo, hi) is built as max(min(a, hi), lo); the static front end reads it as one clamp.
inline bool write_clamp(JsonWriter &j, const Max *mx) {
    const Min *mn = mx->a.as<Min>();
    if (!mn) return false;
    write_node(j, "clamp", {mn->a, mx->b, mn->b});
    return true;
}

inline void write_index_expr(JsonWriter &j, const Expr &e) {
    if (!e.defined()) return write_opaque(j, e);
    if (const IntImm *i = e.as<IntImm>()) {
        j.begin_object();
        j.kv("op", "const");
        j.key("value");
        j.integer(i->value);
        return j.end_object();
    }
    if (const UIntImm *u = e.as<UIntImm>()) {
        j.begin_object();
        j.kv("op", "const");
        j.key("value");
        j.integer((long long)u->value);
        return j.end_object();
    }
    if (const FloatImm *f = e.as<FloatImm>()) {
        j.begin_object();
        j.kv("op", "const");
        j.key("value");
        j.num(f->value);
        j.key("float");
        j.boolean(true);
        return j.end_object();
    }
    if (const Variable *v = e.as<Variable>()) {
        // Buffer shape variables (input.extent.0) are opaque, spelled as the source would
        // (input.dim(0).extent()) so the bounds analysis reads them from the Input's estimates.
        if (v->param.defined() && v->param.is_buffer()) {
            j.begin_object();
            j.kv("op", "opaque");
            j.kv("text", shape_text(v->param.name(), v->name));
            return j.end_object();
        }
        j.begin_object();
        j.kv("op", "var");
        j.kv("name", v->name);
        return j.end_object();
    }
    if (const Add *n = e.as<Add>()) return write_node(j, "add", {n->a, n->b});
    if (const Sub *n = e.as<Sub>()) {
        // Halide writes -a as 0 - a.
        if (is_zero_const(n->a)) return write_node(j, "neg", {n->b});
        return write_node(j, "sub", {n->a, n->b});
    }
    if (const Mul *n = e.as<Mul>()) return write_node(j, "mul", {n->a, n->b});
    if (const Div *n = e.as<Div>()) return write_node(j, "div", {n->a, n->b});
    if (const Mod *n = e.as<Mod>()) return write_node(j, "mod", {n->a, n->b});
    if (const Min *n = e.as<Min>()) return write_node(j, "min", {n->a, n->b});
    if (const Max *n = e.as<Max>()) {
        if (write_clamp(j, n)) return;
        return write_node(j, "max", {n->a, n->b});
    }
    if (const LT *n = e.as<LT>()) return write_node(j, "lt", {n->a, n->b});
    if (const LE *n = e.as<LE>()) return write_node(j, "le", {n->a, n->b});
    if (const GT *n = e.as<GT>()) return write_node(j, "lt", {n->b, n->a});
    if (const GE *n = e.as<GE>()) return write_node(j, "le", {n->b, n->a});
    if (const EQ *n = e.as<EQ>()) return write_node(j, "eq", {n->a, n->b});
    if (const NE *n = e.as<NE>()) return write_node(j, "ne", {n->a, n->b});
    if (const And *n = e.as<And>()) return write_node(j, "and", {n->a, n->b});
    if (const Or *n = e.as<Or>()) return write_node(j, "or", {n->a, n->b});
    if (const Not *n = e.as<Not>()) return write_node(j, "not", {n->a});
    if (const Select *n = e.as<Select>()) return write_node(j, "select", {n->condition, n->true_value, n->false_value});
    if (const Cast *n = e.as<Cast>()) {
        j.begin_object();
        j.kv("op", "cast");
        j.kv("type", elem_type(n->type));
        j.key("args");
        j.begin_array();
        write_index_expr(j, n->value);
        j.end_array();
        return j.end_object();
    }
    if (const Let *n = e.as<Let>()) return write_index_expr(j, substitute_in_all_lets(Expr(n)));
    if (const Call *c = e.as<Call>()) {
        if (pass_through(c)) return write_index_expr(j, c->args[0]);
        if (c->call_type == Call::Halide || c->call_type == Call::Image) {
            // A data-dependent index: spelled f(x, y) (Halide prints a type prefix) so the bounds
            // analysis can bound it by f's element type.
            std::string text = c->name + "(";
            for (size_t i = 0; i < c->args.size(); i++) text += (i ? ", " : "") + expr_text(c->args[i]);
            j.begin_object();
            j.kv("op", "opaque");
            j.kv("text", text + ")");
            return j.end_object();
        }
        if (c->is_intrinsic(Call::abs)) return write_node(j, "abs", {c->args[0]});
        if (c->is_intrinsic(Call::absd)) {
            j.begin_object();
            j.kv("op", "abs");
            j.key("args");
            j.begin_array();
            write_node(j, "sub", {c->args[0], c->args[1]});
            j.end_array();
            return j.end_object();
        }
        if (c->call_type == Call::PureExtern && c->args.size() == 1) {
            std::string m = math_name(c->name);
            if (m == "floor" || m == "ceil" || m == "round" || m == "trunc" || m == "sqrt" || m == "exp" || m == "log") {
                return write_node(j, m.c_str(), {c->args[0]});
            }
        }
    }
    write_opaque(j, e);
}

// ---------------------------------------------------------------- op counts ----
inline void add_op(OpCounts &ops, const std::string &kind, const Type &t) { ops[kind][elem_type(t)]++; }

// Intrinsic -> the op the front end counts it as (exprCalls.ts INTRINSICS); empty: no op of its own.
inline std::string intrinsic_kind(const std::string &name) {
    static const std::map<std::string, std::string> table = {
        {"abs", "abs"}, {"absd", "absd"}, {"lerp", "lerp"}, {"bitwise_and", "bitand"}, {"bitwise_or", "bitor"},
        {"bitwise_xor", "bitxor"}, {"bitwise_not", "bitnot"}, {"shift_left", "shift"}, {"shift_right", "shift"},
        {"widening_add", "add"}, {"widening_sub", "sub"}, {"widening_mul", "mul"}, {"widening_shift_left", "shift"},
        {"widening_shift_right", "shift"}, {"saturating_add", "add"}, {"saturating_sub", "sub"},
        {"halving_add", "add"}, {"halving_sub", "sub"}, {"rounding_halving_add", "add"},
        {"rounding_shift_left", "shift"}, {"rounding_shift_right", "shift"}, {"mul_shift_right", "mul"},
        {"rounding_mul_shift_right", "mul"}, {"div_round_to_zero", "div"}, {"mod_round_to_zero", "mod"},
        {"count_leading_zeros", "bitand"}, {"count_trailing_zeros", "bitand"}, {"popcount", "bitand"},
        {"reinterpret", "cast"}, {"mux", "mux"}, {"random", "mul"},
    };
    auto it = table.find(name);
    return it == table.end() ? "call_unknown" : it->second;
}

// Whether e reads a loop variable (a Variable that is no Parameter) or any Func/buffer: if not, it
// is the same at every point and Halide's lowering computes it once outside the loops.
inline bool varies(const Expr &e) {
    struct Finder : IRVisitor {
        bool found = false;
        using IRVisitor::visit;
        void visit(const Variable *op) override { found |= !op->param.defined(); }
        void visit(const Call *op) override {
            found |= op->call_type == Call::Halide || op->call_type == Call::Image;
            IRVisitor::visit(op);
        }
    } f;
    e.accept(&f);
    return f.found;
}

// An update's read of its own value at the point it writes (`f(i) = f(i) + 1`): the index is
// computed once for both, so the read's arguments are not counted again.
struct SelfRead {
    std::string func;
    std::vector<Expr> args;
    bool matches(const Call *c) const {
        if (c->call_type != Call::Halide || c->name != func || c->args.size() != args.size()) return false;
        for (size_t i = 0; i < args.size(); i++) {
            if (!equal(c->args[i], args[i])) return false;
        }
        return true;
    }
};

// Counts every operation of e (lets substituted first) once per occurrence, as written; with
// per_point, subexpressions that do not vary over the loops are left out.
inline void count_ops(OpCounts &ops, const Expr &e, bool per_point = false, const SelfRead *self = nullptr) {
    if (!e.defined() || (per_point && !varies(e))) return;
    auto both = [&](const Expr &a, const Expr &b) {
        count_ops(ops, a, per_point, self);
        count_ops(ops, b, per_point, self);
    };
    if (const Add *n = e.as<Add>()) return add_op(ops, "add", n->type), both(n->a, n->b);
    if (const Sub *n = e.as<Sub>()) {
        if (is_zero_const(n->a)) return add_op(ops, "neg", n->type), count_ops(ops, n->b, per_point, self);
        return add_op(ops, "sub", n->type), both(n->a, n->b);
    }
    if (const Mul *n = e.as<Mul>()) return add_op(ops, "mul", n->type), both(n->a, n->b);
    if (const Div *n = e.as<Div>()) return add_op(ops, "div", n->type), both(n->a, n->b);
    if (const Mod *n = e.as<Mod>()) return add_op(ops, "mod", n->type), both(n->a, n->b);
    if (const Min *n = e.as<Min>()) return add_op(ops, "min", n->type), both(n->a, n->b);
    if (const Max *n = e.as<Max>()) return add_op(ops, "max", n->type), both(n->a, n->b);
    // Comparisons are counted at their operands' type, as the front end does.
    if (const LT *n = e.as<LT>()) return add_op(ops, "cmp", n->a.type()), both(n->a, n->b);
    if (const LE *n = e.as<LE>()) return add_op(ops, "cmp", n->a.type()), both(n->a, n->b);
    if (const GT *n = e.as<GT>()) return add_op(ops, "cmp", n->a.type()), both(n->a, n->b);
    if (const GE *n = e.as<GE>()) return add_op(ops, "cmp", n->a.type()), both(n->a, n->b);
    if (const EQ *n = e.as<EQ>()) return add_op(ops, "eq", n->a.type()), both(n->a, n->b);
    if (const NE *n = e.as<NE>()) return add_op(ops, "eq", n->a.type()), both(n->a, n->b);
    if (const And *n = e.as<And>()) return add_op(ops, "and", n->a.type()), both(n->a, n->b);
    if (const Or *n = e.as<Or>()) return add_op(ops, "or", n->a.type()), both(n->a, n->b);
    if (const Not *n = e.as<Not>()) return add_op(ops, "not", n->type), count_ops(ops, n->a, per_point, self);
    if (const Select *n = e.as<Select>()) {
        add_op(ops, "select", n->type);
        count_ops(ops, n->condition, per_point, self);
        return both(n->true_value, n->false_value);
    }
    if (const Cast *n = e.as<Cast>()) return add_op(ops, "cast", n->type), count_ops(ops, n->value, per_point, self);
    if (const Let *n = e.as<Let>()) return count_ops(ops, substitute_in_all_lets(Expr(n)), per_point, self);
    if (const Call *c = e.as<Call>()) {
        if (c->call_type == Call::Halide || c->call_type == Call::Image) {
            add_op(ops, "load", c->type);
            if (self && self->matches(c)) return;
        } else if (pass_through(c)) {
            return count_ops(ops, c->args[0], per_point, self);
        } else if (c->is_intrinsic()) {
            // The front end types these by their first argument (abs/absd/lerp of the operands).
            const Type t = c->args.empty() ? c->type : c->args[0].type();
            add_op(ops, intrinsic_kind(c->name), c->is_intrinsic(Call::reinterpret) ? c->type : t);
        } else if (c->call_type == Call::PureExtern || c->call_type == Call::Extern || c->call_type == Call::ExternCPlusPlus) {
            std::string m = math_name(c->name);
            add_op(ops, m.rfind("fast_", 0) == 0 ? m : "math_" + m, c->type);
        }
        for (const Expr &a : c->args) count_ops(ops, a, per_point, self);
        return;
    }
    // Constants, Variables and anything else: no op of their own (Broadcast/Ramp do not appear
    // before lowering).
}

inline void write_op_counts(JsonWriter &j, const OpCounts &ops) {
    j.begin_object();
    for (const auto &kind : ops) {
        j.key(kind.first);
        j.begin_object();
        for (const auto &t : kind.second) {
            j.key(t.first);
            j.integer(t.second);
        }
        j.end_object();
    }
    j.end_object();
}

}  // namespace halide_lens
