// Random pipeline (seed 166): 9 stages over image2d 768x640 int16 input.
// Steps: boundary, cast, conv, binary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp166 : public Generator<Rp166> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv2;
    Func in0{"in0"}, cvt1{"cvt1"}, conv2{"conv2"}, avg3{"avg3"}, pw4{"pw4"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        cvt1(x, y) = cast<uint8_t>(clamp((cast<float>(in0(x, y)) * 0.000031f) * 255.0f, 0.0f, 255.0f));
        r_conv2 = RDom(0, 5, 0, 5, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(cvt1(x + r_conv2.x - 2, y + r_conv2.y - 2)) * 0.003922f) * w_conv2(r_conv2.x, r_conv2.y);
        avg3(x, y) = ((cast<float>(cvt1(x, y)) * 0.003922f) + conv2(x, y)) * 0.5f;
        pw4(x, y) = pow(abs(avg3(x, y)) + 0.001f, 0.4545f) * gain;
        output(x, y) = cast<int16_t>(clamp(pw4(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 640}});
        gain.set_estimate(0.5f);
        w_conv2.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 768}, {0, 640}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pw4.compute_at(output, y).vectorize(x, 16);
            avg3.compute_at(pw4, y).vectorize(x, 8);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp166, rp_166)
