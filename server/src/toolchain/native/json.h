// json.h: the one JSON writer of our native programs, bench_worker (its protocol responses) and
// native/pipeline_dump.cpp (Halide's view of a pipeline). Both outputs are read by
// JSON.parse in TypeScript, so the writer only has to be valid and compact: no pretty printing,
// numbers as C would print them, non-finite numbers as null (JSON has no NaN).
#pragma once

#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace halide_lens {

// A streaming writer into a string. The caller emits keys and values in order; the writer places
// the commas, tracking per nesting level whether a value was already written.
class JsonWriter {
public:
    void begin_object() { sep(); os_ << '{'; first_.push_back(true); }
    void end_object() { first_.pop_back(); os_ << '}'; }
    void begin_array() { sep(); os_ << '['; first_.push_back(true); }
    void end_array() { first_.pop_back(); os_ << ']'; }
    void key(const std::string &k) {
        sep();
        quote(k);
        os_ << ':';
        after_key_ = true;
    }
    void str(const std::string &s) { sep(); quote(s); }
    // 9 significant digits: enough for any float, and timings need no more.
    void num(double v) {
        sep();
        if (!std::isfinite(v)) {
            os_ << "null";
            return;
        }
        char buf[40];
        std::snprintf(buf, sizeof(buf), "%.9g", v);
        os_ << buf;
    }
    void integer(long long v) { sep(); os_ << v; }
    void boolean(bool b) { sep(); os_ << (b ? "true" : "false"); }
    void null() { sep(); os_ << "null"; }
    // A value that is already JSON (another writer's text()).
    void raw(const std::string &json) { sep(); os_ << json; }
    // "k": "v", the most common pair.
    void kv(const std::string &k, const std::string &v) { key(k); str(v); }
    std::string text() const { return os_.str(); }

private:
    // A value right after its key needs no comma: the key already placed one.
    void sep() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!first_.empty()) {
            if (!first_.back()) os_ << ',';
            first_.back() = false;
        }
    }
    void quote(const std::string &s) {
        os_ << '"';
        for (unsigned char c : s) {
            switch (c) {
            case '"': os_ << "\\\""; break;
            case '\\': os_ << "\\\\"; break;
            case '\n': os_ << "\\n"; break;
            case '\r': os_ << "\\r"; break;
            case '\t': os_ << "\\t"; break;
            case '\b': os_ << "\\b"; break;
            case '\f': os_ << "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof(buf), "\\u%04x", c);
                    os_ << buf;
                } else {
                    os_ << c;  // UTF-8 bytes pass through unchanged
                }
            }
        }
        os_ << '"';
    }
    std::ostringstream os_;
    std::vector<bool> first_;
    bool after_key_ = false;
};

}  // namespace halide_lens
