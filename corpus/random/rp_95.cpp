// Random pipeline (seed 95): 8 stages over image2d 640x1920 int16 input.
// Steps: boundary, pointwise, activation, histogram, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp95 : public Generator<Rp95> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_hist3;
    Func in0{"in0"}, pw1{"pw1"}, act2{"act2"}, hist3{"hist3"}, pad4{"pad4"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        pw1(x, y) = tanh((cast<float>(in0(x, y)) * 0.000031f));
        act2(x, y) = select((cast<float>(in0(x, y)) * 0.000031f) > 0.0f, (cast<float>(in0(x, y)) * 0.000031f), (cast<float>(in0(x, y)) * 0.000031f) * 0.1f);
        r_hist3 = RDom(0, 640, 0, 1920, "r_hist3");
        hist3(x) = 0.0f;
        hist3(clamp(cast<int32_t>(act2(r_hist3.x, r_hist3.y) * 255.0f), 0, 255)) += act2(r_hist3.x, r_hist3.y);
        pad4(x) = BoundaryConditions::repeat_edge(hist3, {{0, 256}})(x);
        output(x, y) = cast<int16_t>(clamp((pad4(x) + pw1(x * 5 / 2, y)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1920}});
        output.set_estimates({{0, 256}, {0, 1920}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            hist3.compute_root();
            act2.compute_root().vectorize(x, 16).parallel(y);
            pw1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp95, rp_95)
