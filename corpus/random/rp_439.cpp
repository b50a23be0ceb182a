// Random pipeline (seed 439): 8 stages over tensor3d 28x28x24 float input.
// Steps: boundary, boundary, boundary, conv, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp439 : public Generator<Rp439> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<Buffer<float>> w_conv3{"w_conv3", 4};
    Input<Buffer<float>> b_conv3{"b_conv3", 1};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv3;
    Func in0{"in0"}, in1{"in1"}, pad2{"pad2"}, conv3{"conv3"}, up4{"up4"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        pad2(x, y, c) = BoundaryConditions::repeat_edge(in1, {{0, 28}, {0, 28}, {0, 24}})(x, y, c);
        r_conv3 = RDom(0, 3, 0, 3, 0, 24, "r_conv3");
        conv3(x, y, c) = b_conv3(c);
        conv3(x, y, c) += pad2(x + r_conv3.x - 1, y + r_conv3.y - 1, r_conv3.z) * w_conv3(r_conv3.x, r_conv3.y, r_conv3.z, c);
        Expr up4_fx = cast<float>(x % 2) * 0.5f;
        Expr up4_fy = cast<float>(y % 2) * 0.5f;
        up4(x, y, c) = lerp(lerp(in0(x / 2, y / 2, c), in0(x / 2 + 1, y / 2, c), up4_fx), lerp(in0(x / 2, y / 2 + 1, c), in0(x / 2 + 1, y / 2 + 1, c), up4_fx), up4_fy);
        output(x, y, c) = (up4(x, y, c) + conv3(x / 2, y / 2, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 24}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 24}});
        w_conv3.set_estimates({{0, 3}, {0, 3}, {0, 24}, {0, 24}});
        b_conv3.set_estimates({{0, 24}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            conv3.compute_at(output, y).vectorize(x, 8);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x);
            pad2.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp439, rp_439)
