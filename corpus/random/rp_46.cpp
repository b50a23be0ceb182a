// Random pipeline (seed 46): 8 stages over image2d 3072x768 float input.
// Steps: boundary, boundary, conv, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp46 : public Generator<Rp46> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv2;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, tr3{"tr3"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.000015f) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.8f);
        tr3(x, y) = conv2(y, x);
        output(x, y) = (tr3(x, y) + in0(x * 4, y / 4)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 768}});
        input2.set_estimates({{0, 3072}, {0, 768}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 768}, {0, 3072}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            tr3.compute_root().vectorize(x, 16).parallel(y);
            conv2.compute_at(tr3, y).vectorize(x, 16);
            conv2.update(0).vectorize(x, 16).unroll(r_conv2.x);
            in0.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp46, rp_46)
