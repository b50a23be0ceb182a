// request.h: what the worker reads. Requests are JSON lines: JVal is a parsed value, JParser a
// strict parser (the TypeScript client writes them, so anything odd is a client bug worth a clear
// error), BadRequest the error every malformed field becomes: the request gets {"ok":false} and
// the worker carries on. Config is what the command line fixed for every request.
#pragma once

#include "Halide.h"

#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace halide_lens {

using namespace Halide;

// ================================================================ JSON ====
struct JVal {
    enum Kind { Null, Bool, Num, Str, Arr, Obj } kind = Null;
    bool b = false;
    double n = 0;
    bool is_int = false;  // the literal had no fraction/exponent
    std::string s;
    std::vector<JVal> a;
    std::vector<std::pair<std::string, JVal>> o;

    const JVal *get(const std::string &k) const {
        if (kind != Obj) return nullptr;
        for (const auto &kv : o)
            if (kv.first == k) return &kv.second;
        return nullptr;
    }
};

struct BadRequest : std::runtime_error {
    explicit BadRequest(const std::string &m) : std::runtime_error(m) {}
};

class JParser {
public:
    explicit JParser(const std::string &t) : t_(t) {}
    JVal parse() {
        JVal v = value(0);
        ws();
        if (i_ != t_.size()) fail("trailing characters");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string &why) {
        throw BadRequest("invalid JSON at offset " + std::to_string(i_) + ": " + why);
    }
    void ws() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) i_++;
    }
    bool lit(const char *w) {
        size_t n = std::strlen(w);
        if (t_.compare(i_, n, w) == 0) {
            i_ += n;
            return true;
        }
        return false;
    }
    JVal value(int depth) {
        if (depth > 64) fail("nesting too deep");
        ws();
        if (i_ >= t_.size()) fail("unexpected end");
        JVal v;
        char c = t_[i_];
        if (c == '{') {
            v.kind = JVal::Obj;
            i_++;
            ws();
            if (i_ < t_.size() && t_[i_] == '}') {
                i_++;
                return v;
            }
            for (;;) {
                ws();
                if (i_ >= t_.size() || t_[i_] != '"') fail("expected a key");
                std::string k = str();
                ws();
                if (i_ >= t_.size() || t_[i_] != ':') fail("expected ':'");
                i_++;
                v.o.emplace_back(k, value(depth + 1));
                ws();
                if (i_ < t_.size() && t_[i_] == ',') {
                    i_++;
                    continue;
                }
                if (i_ < t_.size() && t_[i_] == '}') {
                    i_++;
                    return v;
                }
                fail("expected ',' or '}'");
            }
        }
        if (c == '[') {
            v.kind = JVal::Arr;
            i_++;
            ws();
            if (i_ < t_.size() && t_[i_] == ']') {
                i_++;
                return v;
            }
            for (;;) {
                v.a.push_back(value(depth + 1));
                ws();
                if (i_ < t_.size() && t_[i_] == ',') {
                    i_++;
                    continue;
                }
                if (i_ < t_.size() && t_[i_] == ']') {
                    i_++;
                    return v;
                }
                fail("expected ',' or ']'");
            }
        }
        if (c == '"') {
            v.kind = JVal::Str;
            v.s = str();
            return v;
        }
        if (lit("true")) {
            v.kind = JVal::Bool;
            v.b = true;
            return v;
        }
        if (lit("false")) {
            v.kind = JVal::Bool;
            return v;
        }
        if (lit("null")) return v;
        if (c == '-' || (c >= '0' && c <= '9')) {
            size_t start = i_;
            bool integral = true;
            if (t_[i_] == '-') i_++;
            while (i_ < t_.size() && t_[i_] != '\0' && std::strchr("0123456789.eE+-", t_[i_])) {
                if (std::strchr(".eE", t_[i_])) integral = false;
                i_++;
            }
            std::string num = t_.substr(start, i_ - start);
            char *end = nullptr;
            v.n = std::strtod(num.c_str(), &end);
            if (!end || *end != '\0') fail("bad number '" + num + "'");
            v.kind = JVal::Num;
            v.is_int = integral;
            return v;
        }
        fail(std::string("unexpected character '") + c + "'");
    }
    static void utf8(std::string &out, unsigned cp) {
        if (cp < 0x80) {
            out += (char)cp;
        } else if (cp < 0x800) {
            out += (char)(0xC0 | (cp >> 6));
            out += (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += (char)(0xE0 | (cp >> 12));
            out += (char)(0x80 | ((cp >> 6) & 0x3F));
            out += (char)(0x80 | (cp & 0x3F));
        } else {
            out += (char)(0xF0 | (cp >> 18));
            out += (char)(0x80 | ((cp >> 12) & 0x3F));
            out += (char)(0x80 | ((cp >> 6) & 0x3F));
            out += (char)(0x80 | (cp & 0x3F));
        }
    }
    unsigned hex4() {
        if (i_ + 4 > t_.size()) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            char h = t_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= h - '0';
            else if (h >= 'a' && h <= 'f') v |= h - 'a' + 10;
            else if (h >= 'A' && h <= 'F') v |= h - 'A' + 10;
            else fail("bad \\u escape");
        }
        return v;
    }
    std::string str() {
        i_++;  // opening quote
        std::string out;
        while (i_ < t_.size()) {
            char c = t_[i_++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= t_.size()) break;
            char e = t_[i_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && i_ + 6 <= t_.size() && t_[i_] == '\\' && t_[i_ + 1] == 'u') {
                    i_ += 2;
                    unsigned lo = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                utf8(out, cp);
                break;
            }
            default: fail("bad escape");
            }
        }
        fail("unterminated string");
    }
    const std::string &t_;
    size_t i_ = 0;
};

// The worker's command line: --target, --plugin-dir, --machine-params.
struct Config {
    Target target;
    std::string target_string;
    std::string plugin_dir = "/usr/lib/x86_64-linux-gnu/halide14";
    MachineParams machine{2, 1048576, 40};
};

// A flag: true only when present and the JSON boolean true.
inline bool bool_field(const JVal &req, const char *k) {
    const JVal *v = req.get(k);
    return v && v->kind == JVal::Bool && v->b;
}

// A number field: absent or null gives the default, anything else must be a number in [lo, hi].
inline double num_field(const JVal &req, const char *k, double dflt, double lo, double hi) {
    const JVal *v = req.get(k);
    if (!v || v->kind == JVal::Null) return dflt;
    if (v->kind != JVal::Num) throw BadRequest(std::string("\"") + k + "\" must be a number");
    if (!(v->n >= lo && v->n <= hi)) {
        throw BadRequest(std::string("\"") + k + "\" out of range [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    }
    return v->n;
}

// Generator params (and numeric ids) arrive as JSON scalars; Halide takes their string form.
inline std::string param_value_string(const JVal &v) {
    switch (v.kind) {
    case JVal::Str: return v.s;
    case JVal::Bool: return v.b ? "true" : "false";
    case JVal::Num: {
        if (v.is_int) return std::to_string((long long)v.n);
        char buf[40];
        std::snprintf(buf, sizeof(buf), "%.9g", v.n);
        return buf;
    }
    default: throw BadRequest("generator param values must be strings, numbers or booleans");
    }
}

}  // namespace halide_lens
