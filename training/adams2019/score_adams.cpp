// score_adams: run Halide 14's Adams2019 cost model (the `cost_model` pipeline that
// libautoschedule_adams2019.so exports) on stored featurizations, with any weights.
//
//   score_adams [--num-cores N] LIST            score; LIST is a file or '-' (stdin)
//   score_adams --dump-shipped OUT.weights      write the weights built into the plugin
//   score_adams --describe                      print the pipeline's argument list
//   score_adams --train LIST --initial W --out W2 --epochs E --rate R [--num-cores N] [--checkpoints E1,E2,...]
//     (also writes W2.eK after epoch K of each checkpoint, for choosing the epochs on validation)
//       Adam steps with the plugin's `train_cost_model` pipeline (Halide's own loss and update),
//       one step per pipeline per epoch, like retrain_cost_model's loop but with no minimum
//       number of schedules and no internal validation hold-out. LIST lines: group key, run
//       time in ms, featurization (path or b64:); a group is one pipeline's schedules, given
//       on consecutive lines (at most 1024), distinct schedules only.
//
// LIST: one item per line, tab-separated: id, featurization, weights.
//   featurization: a path to the bytes the autoscheduler writes, or "b64:" + base64 of them;
//   weights: a path to a .weights file, or "shipped" (the blob built into the plugin).
// Output (stdout): id <TAB> predicted cost, one line per item, in input order.
//
// Layout (read from Halide 14's State::save_featurization, DefaultCostModel.cpp,
// NetworkSize.h and Weights.cpp): a featurization is, per stage (non-input Funcs in DAG
// order, each Func's stages last-to-first), 39 schedule features then 7 + 40*7 pipeline
// features, all float32. The model ignores the first 7 pipeline features (a type mask) and
// reads feature i of the remaining 280 as pipeline_features(i / 7, i % 7, stage); schedule
// feature i of stage s of batch item n goes to schedule_features(n, i, s).
#include <dlfcn.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "HalideBuffer.h"
#include "HalideRuntime.h"

extern "C" {
int cost_model(int32_t num_stages, int32_t batch_size, int32_t num_cores,
               halide_buffer_t *pipeline_features, halide_buffer_t *schedule_features,
               halide_buffer_t *head1_filter, halide_buffer_t *head1_bias,
               halide_buffer_t *head2_filter, halide_buffer_t *head2_bias,
               halide_buffer_t *filter1, halide_buffer_t *bias1,
               float learning_rate, int32_t timestep, int32_t reference,
               halide_buffer_t *true_runtime,
               halide_buffer_t *prediction_output, halide_buffer_t *loss_output);
const struct halide_filter_metadata_t *cost_model_metadata();
int train_cost_model(int32_t num_stages, int32_t batch_size, int32_t num_cores,
                     halide_buffer_t *pipeline_features, halide_buffer_t *schedule_features,
                     halide_buffer_t *head1_filter, halide_buffer_t *head1_bias,
                     halide_buffer_t *head2_filter, halide_buffer_t *head2_bias,
                     halide_buffer_t *filter1, halide_buffer_t *bias1,
                     float learning_rate, int32_t timestep, int32_t reference,
                     halide_buffer_t *true_runtime,
                     halide_buffer_t *updated_head1_filter, halide_buffer_t *updated_head1_bias,
                     halide_buffer_t *updated_head2_filter, halide_buffer_t *updated_head2_bias,
                     halide_buffer_t *updated_filter1, halide_buffer_t *updated_bias1,
                     halide_buffer_t *prediction_output, halide_buffer_t *loss_output);
const struct halide_filter_metadata_t *train_cost_model_metadata();
}

namespace {

using Halide::Runtime::Buffer;

// NetworkSize.h (Halide 14)
constexpr int kHead1Channels = 8, kHead1W = 40, kHead1H = 7;
constexpr int kHead2Channels = 24, kHead2W = 39;
constexpr int kConv1Channels = 32;
constexpr int kTypeMask = 7;                                               // pipeline features the model skips
constexpr int kFloatsPerStage = kHead2W + kTypeMask + kHead1W * kHead1H;  // 326
constexpr uint32_t kWeightsSignature = 0x68776631;                         // 'hwf1'

[[noreturn]] void fail(const std::string &msg) {
    throw std::runtime_error(msg);
}

// One line of an input list: exactly three tab-separated columns, named in the error.
std::vector<std::string> three_columns(const std::string &line, int lineno, const char *names) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(c);
    if (cols.size() != 3) fail("line " + std::to_string(lineno) + ": expected 3 tab-separated columns " + names);
    return cols;
}

// The argument order our prototype assumes; checked against the pipeline's own metadata.
const char *const kExpectedArgs[] = {
    "num_stages", "batch_size", "num_cores", "pipeline_features", "schedule_features",
    "head1_filter", "head1_bias", "head2_filter", "head2_bias", "filter1", "bias1",
    "learning_rate", "timestep", "reference", "true_runtime", "prediction_output", "loss_output"};

const char *const kExpectedTrainArgs[] = {
    "num_stages", "batch_size", "num_cores", "pipeline_features", "schedule_features",
    "head1_filter", "head1_bias", "head2_filter", "head2_bias", "filter1", "bias1",
    "learning_rate", "timestep", "reference", "true_runtime",
    "updated_head1_filter", "updated_head1_bias", "updated_head2_filter", "updated_head2_bias",
    "updated_filter1", "updated_bias1", "prediction_output", "loss_output"};

void check_args(const char *what, const halide_filter_metadata_t *md, const char *const *expected, int n) {
    if (md->num_arguments != n) fail(std::string(what) + " has " + std::to_string(md->num_arguments) + " arguments, expected " + std::to_string(n));
    for (int i = 0; i < n; i++) {
        if (std::strcmp(md->arguments[i].name, expected[i]) != 0) {
            fail(std::string(what) + " argument " + std::to_string(i) + " is '" + md->arguments[i].name + "', expected '" + expected[i] + "'");
        }
    }
}

void check_signature() {
    check_args("cost_model", cost_model_metadata(), kExpectedArgs, (int)(sizeof(kExpectedArgs) / sizeof(kExpectedArgs[0])));
    check_args("train_cost_model", train_cost_model_metadata(), kExpectedTrainArgs, (int)(sizeof(kExpectedTrainArgs) / sizeof(kExpectedTrainArgs[0])));
}

struct Weights {
    uint32_t pipeline_version = 0, schedule_version = 0;
    Buffer<float> head1_filter{kHead1Channels, kHead1W, kHead1H};
    Buffer<float> head1_bias{kHead1Channels};
    Buffer<float> head2_filter{kHead2Channels, kHead2W};
    Buffer<float> head2_bias{kHead2Channels};
    Buffer<float> conv1_filter{kConv1Channels, kHead1Channels + kHead2Channels};
    Buffer<float> conv1_bias{kConv1Channels};
    std::vector<Buffer<float> *> all() { return {&head1_filter, &head1_bias, &head2_filter, &head2_bias, &conv1_filter, &conv1_bias}; }
};

// Parses the .weights format (Weights.cpp: signature, two versions, buffer count 6, then per
// buffer: rank, extents, float data). Returns bytes consumed, or 0 if `p` is not a weights
// image of exactly our network's shapes.
size_t parse_weights(const uint8_t *p, size_t n, Weights *w) {
    size_t at = 0;
    auto u32 = [&](uint32_t *v) {
        if (at + 4 > n) return false;
        std::memcpy(v, p + at, 4);
        at += 4;
        return true;
    };
    uint32_t sig, count;
    if (!u32(&sig) || sig != kWeightsSignature) return 0;
    if (!u32(&w->pipeline_version) || !u32(&w->schedule_version)) return 0;
    if (!u32(&count) || count != 6) return 0;
    for (Buffer<float> *b : w->all()) {
        uint32_t rank;
        if (!u32(&rank) || rank != (uint32_t)b->dimensions()) return 0;
        for (int d = 0; d < b->dimensions(); d++) {
            uint32_t e;
            if (!u32(&e) || (int)e != b->dim(d).extent()) return 0;
        }
        if (at + b->size_in_bytes() > n) return 0;
        std::memcpy(b->data(), p + at, b->size_in_bytes());
        at += b->size_in_bytes();
    }
    return at;
}

void save_weights(Weights &w, const std::string &path) {
    std::ofstream o(path, std::ios::binary | std::ios::trunc);
    auto u32 = [&](uint32_t v) { o.write((const char *)&v, 4); };
    u32(kWeightsSignature);
    u32(w.pipeline_version);
    u32(w.schedule_version);
    u32(6);
    for (Buffer<float> *b : w.all()) {
        u32((uint32_t)b->dimensions());
        for (int d = 0; d < b->dimensions(); d++) u32((uint32_t)b->dim(d).extent());
        o.write((const char *)b->data(), b->size_in_bytes());
    }
    o.close();
    if (!o) fail("cannot write " + path);
}

std::vector<uint8_t> read_file(const std::string &path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) fail("cannot open " + path);
    return std::vector<uint8_t>((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

std::string plugin_path() {
    Dl_info info;
    if (!dladdr((void *)&cost_model, &info) || !info.dli_fname) fail("dladdr(cost_model) failed: cannot locate the plugin file");
    return info.dli_fname;
}

// The shipped weights: the plugin embeds baseline.weights as a byte array (binary2cpp). Its
// symbol is not exported, so find the one well-formed weights image in the plugin's bytes.
Weights shipped_weights(std::vector<uint8_t> *image = nullptr) {
    const std::string path = plugin_path();
    const std::vector<uint8_t> so = read_file(path);
    int found = 0;
    Weights result;
    for (size_t i = 0; i + 16 <= so.size(); i++) {
        uint32_t sig;
        std::memcpy(&sig, so.data() + i, 4);
        if (sig != kWeightsSignature) continue;
        Weights w;
        size_t len = parse_weights(so.data() + i, so.size() - i, &w);
        if (!len) continue;
        if (++found == 1) {
            result = w;
            if (image) image->assign(so.begin() + i, so.begin() + i + len);
        }
    }
    if (found != 1) fail("expected exactly one embedded weights image in " + path + ", found " + std::to_string(found));
    return result;
}

Weights load_weights(const std::string &spec) {
    if (spec == "shipped") return shipped_weights();
    std::vector<uint8_t> bytes = read_file(spec);
    Weights w;
    size_t len = parse_weights(bytes.data(), bytes.size(), &w);
    if (!len) fail(spec + " is not a Halide 14 Adams2019 .weights file for this network size");
    if (len != bytes.size()) fail(spec + " has " + std::to_string(bytes.size() - len) + " trailing bytes");
    return w;
}

std::vector<uint8_t> base64_decode(const std::string &s) {
    auto val = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    std::vector<uint8_t> out;
    uint32_t acc = 0;
    int bits = 0;
    for (char c : s) {
        if (c == '=') break;
        int v = val(c);
        if (v < 0) fail(std::string("invalid base64 character '") + c + "'");
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back((uint8_t)((acc >> bits) & 0xff));
        }
    }
    return out;
}

std::vector<float> load_featurization(const std::string &spec) {
    std::vector<uint8_t> bytes = spec.rfind("b64:", 0) == 0 ? base64_decode(spec.substr(4)) : read_file(spec);
    const size_t stage_bytes = kFloatsPerStage * sizeof(float);
    if (bytes.empty() || bytes.size() % stage_bytes != 0) {
        fail("featurization of " + std::to_string(bytes.size()) + " bytes is not a whole number of " + std::to_string(stage_bytes) + "-byte stages");
    }
    std::vector<float> f(bytes.size() / sizeof(float));
    std::memcpy(f.data(), bytes.data(), bytes.size());
    return f;
}

void unpack(const std::vector<float> &feat, int n, Buffer<float> &schedule_features, Buffer<float> *pipeline_features);

double score(const std::vector<float> &feat, Weights &w, int num_cores) {
    const int stages = (int)(feat.size() / kFloatsPerStage);
    // The batch dimension is padded to 8 (the inference schedule vectorizes across the
    // batch in groups of 8); only item 0 is real.
    const int padded = 8;
    Buffer<float> pipeline_features(kHead1W, kHead1H, stages);
    Buffer<float> schedule_features(padded, kHead2W, stages);
    schedule_features.fill(0.0f);
    unpack(feat, 0, schedule_features, &pipeline_features);
    Buffer<float> prediction(1);
    Buffer<float> loss = Buffer<float>::make_scalar();
    int r = cost_model(stages, 1, num_cores, pipeline_features, schedule_features,
                       w.head1_filter, w.head1_bias, w.head2_filter, w.head2_bias,
                       w.conv1_filter, w.conv1_bias, 0.0f, 0, 0, nullptr, prediction, loss);
    if (r != 0) fail("cost_model returned error " + std::to_string(r));
    return prediction(0);
}

// Splits a featurization into the model's two inputs, for batch item n.
void unpack(const std::vector<float> &feat, int n, Buffer<float> &schedule_features, Buffer<float> *pipeline_features) {
    const int stages = (int)(feat.size() / kFloatsPerStage);
    for (int s = 0; s < stages; s++) {
        const float *st = feat.data() + (size_t)s * kFloatsPerStage;
        for (int i = 0; i < kHead2W; i++) schedule_features(n, i, s) = st[i];
        if (pipeline_features) {
            const float *pf = st + kHead2W + kTypeMask;
            for (int i = 0; i < kHead1W * kHead1H; i++) (*pipeline_features)(i / kHead1H, i % kHead1H, s) = pf[i];
        }
    }
}

struct Group {
    std::string key;
    int stages = 0;
    std::vector<std::vector<float>> feats;
    std::vector<float> runtimes;
};

int train(const std::string &list, const std::string &initial, const std::string &out, int epochs, float rate, int num_cores,
          const std::set<int> &checkpoints) {
    if (initial.empty() || out.empty() || epochs <= 0 || !(rate > 0)) fail("--train needs --initial, --out, --epochs > 0 and --rate > 0");
    std::ifstream in(list);
    if (!in) fail("cannot open " + list);
    std::vector<Group> groups;
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
        lineno++;
        if (line.empty()) continue;
        const std::vector<std::string> cols = three_columns(line, lineno, "(group, runtime ms, featurization)");
        std::vector<float> f = load_featurization(cols[2]);
        const int stages = (int)(f.size() / kFloatsPerStage);
        if (groups.empty() || groups.back().key != cols[0]) {
            for (const Group &g : groups) {
                if (g.key == cols[0]) fail("group " + cols[0] + " is not on consecutive lines");
            }
            groups.emplace_back();
            groups.back().key = cols[0];
            groups.back().stages = stages;
        }
        Group &g = groups.back();
        if (stages != g.stages) fail("line " + std::to_string(lineno) + ": " + std::to_string(stages) + " stages, but group " + g.key + " has " + std::to_string(g.stages));
        const float rt = std::stof(cols[1]);
        if (!(rt > 0)) fail("line " + std::to_string(lineno) + ": run time must be > 0");
        g.feats.push_back(std::move(f));
        g.runtimes.push_back(rt);
        if (g.feats.size() > 1024) fail("group " + g.key + " has more than 1024 schedules");
    }
    if (groups.empty()) fail("--train: no samples in " + list);

    Weights w = load_weights(initial);
    // Adam state as in DefaultCostModel::backprop: each weight gets an output buffer with an
    // extra outermost dimension of 4 (new weight, first moment, second moment, gradient),
    // zero at the start and carried across steps.
    std::vector<Buffer<float>> updates;
    for (Buffer<float> *b : w.all()) {
        std::vector<int> shape;
        for (int d = 0; d < b->dimensions(); d++) shape.push_back(b->dim(d).extent());
        shape.push_back(4);
        updates.emplace_back(shape);
        updates.back().fill(0.0f);
    }
    // Per group, the inputs that do not change between epochs.
    struct Prepared {
        Buffer<float> pipeline_features, schedule_features, runtimes;
        int reference = 0;
    };
    std::vector<Prepared> prep(groups.size());
    for (size_t gi = 0; gi < groups.size(); gi++) {
        const Group &g = groups[gi];
        Prepared &p = prep[gi];
        p.pipeline_features = Buffer<float>(kHead1W, kHead1H, g.stages);
        // Batch dimension as wide as DefaultCostModel's queue (1024); items past the batch are zero.
        p.schedule_features = Buffer<float>(1024, kHead2W, g.stages);
        p.schedule_features.fill(0.0f);
        p.runtimes = Buffer<float>((int)g.feats.size());
        for (size_t n = 0; n < g.feats.size(); n++) {
            unpack(g.feats[n], (int)n, p.schedule_features, n == 0 ? &p.pipeline_features : nullptr);
            p.runtimes((int)n) = g.runtimes[n];
            if (g.runtimes[n] < g.runtimes[p.reference]) p.reference = (int)n;
        }
    }
    int timestep = 0;
    for (int e = 0; e < epochs; e++) {
        double loss_sum = 0;
        for (size_t gi = 0; gi < groups.size(); gi++) {
            Prepared &p = prep[gi];
            const int batch = p.runtimes.dim(0).extent();
            Buffer<float> prediction(batch);
            Buffer<float> loss = Buffer<float>::make_scalar();
            int r = train_cost_model(groups[gi].stages, batch, num_cores, p.pipeline_features, p.schedule_features,
                                     w.head1_filter, w.head1_bias, w.head2_filter, w.head2_bias, w.conv1_filter, w.conv1_bias,
                                     rate, timestep++, p.reference, p.runtimes,
                                     updates[0], updates[1], updates[2], updates[3], updates[4], updates[5],
                                     prediction, loss);
            if (r != 0) fail("train_cost_model returned error " + std::to_string(r));
            if (!std::isfinite(loss())) fail("non-finite loss at epoch " + std::to_string(e) + " on group " + groups[gi].key);
            loss_sum += loss();
            std::vector<Buffer<float> *> ws = w.all();
            for (size_t k = 0; k < ws.size(); k++) {
                ws[k]->copy_from(updates[k].sliced(updates[k].dimensions() - 1, 0));
            }
        }
        if (e == 0 || (e + 1) % 100 == 0 || e + 1 == epochs) {
            std::printf("epoch %d loss %.6g\n", e + 1, loss_sum / groups.size());
            std::fflush(stdout);
        }
        if (checkpoints.count(e + 1)) save_weights(w, out + ".e" + std::to_string(e + 1));
    }
    save_weights(w, out);
    std::printf("trained %zu groups for %d epochs (%d steps); wrote %s\n", groups.size(), epochs, timestep, out.c_str());
    return 0;
}

int run(int argc, char **argv) {
    int num_cores = 2;
    std::string list, dump, train_list, initial, out_path;
    int epochs = 0;
    float rate = 0;
    std::set<int> checkpoints;
    bool describe = false;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) fail(a + " needs a value");
            return argv[++i];
        };
        if (a == "--num-cores") num_cores = std::stoi(next());
        else if (a == "--dump-shipped") dump = next();
        else if (a == "--describe") describe = true;
        else if (a == "--train") train_list = next();
        else if (a == "--initial") initial = next();
        else if (a == "--out") out_path = next();
        else if (a == "--epochs") epochs = std::stoi(next());
        else if (a == "--rate") rate = std::stof(next());
        else if (a == "--checkpoints") {
            std::stringstream ss(next());
            for (std::string k; std::getline(ss, k, ',');) checkpoints.insert(std::stoi(k));
        }
        else if (list.empty() && (a == "-" || a[0] != '-')) list = a;
        else fail("unknown argument " + a + "\nusage: score_adams [--num-cores N] LIST | --dump-shipped OUT.weights | --describe");
    }
    check_signature();
    if (describe) {
        const halide_filter_metadata_t *md = cost_model_metadata();
        std::cout << "plugin: " << plugin_path() << "\ntarget: " << md->target << "\n";
        for (int i = 0; i < md->num_arguments; i++) std::cout << i << " " << md->arguments[i].name << " dims=" << md->arguments[i].dimensions << "\n";
        Weights w = shipped_weights();
        std::cout << "shipped weights: pipeline_features_version=" << w.pipeline_version << " schedule_features_version=" << w.schedule_version << "\n";
        return 0;
    }
    if (!train_list.empty()) return train(train_list, initial, out_path, epochs, rate, num_cores, checkpoints);
    if (!dump.empty()) {
        std::vector<uint8_t> image;
        shipped_weights(&image);
        std::ofstream o(dump, std::ios::binary | std::ios::trunc);
        o.write((const char *)image.data(), image.size());
        o.close();
        if (!o) fail("cannot write " + dump);
        std::cerr << "wrote " << image.size() << " bytes of shipped weights to " << dump << "\n";
        return 0;
    }
    if (list.empty()) fail("no LIST given (usage: score_adams [--num-cores N] LIST)");
    if (num_cores <= 0) fail("--num-cores must be > 0");

    std::ifstream file;
    if (list != "-") {
        file.open(list);
        if (!file) fail("cannot open " + list);
    }
    std::istream &in = list == "-" ? std::cin : file;
    std::map<std::string, std::unique_ptr<Weights>> weights;
    std::string line;
    int lineno = 0;
    char out[64];
    while (std::getline(in, line)) {
        lineno++;
        if (line.empty()) continue;
        const std::vector<std::string> cols = three_columns(line, lineno, "(id, featurization, weights)");
        auto &w = weights[cols[2]];
        if (!w) w.reset(new Weights(load_weights(cols[2])));
        double cost;
        try {
            cost = score(load_featurization(cols[1]), *w, num_cores);
        } catch (const std::exception &e) {
            fail("line " + std::to_string(lineno) + " (id " + cols[0] + "): " + e.what());
        }
        std::snprintf(out, sizeof(out), "%.9g", cost);
        std::cout << cols[0] << '\t' << out << '\n';
    }
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        std::cerr << "score_adams: " << e.what() << "\n";
        return 1;
    }
}
