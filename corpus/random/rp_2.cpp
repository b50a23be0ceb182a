// Random pipeline (seed 2): 9 stages over image3d 2048x768x4 float input.
// Steps: boundary, boundary, stencil, histogram, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp2 : public Generator<Rp2> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_hist3;
    Func in0{"in0"}, in1{"in1"}, erode2{"erode2"}, hist3{"hist3"}, up4{"up4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        erode2(x, y, c) = min(min(min(min(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        r_hist3 = RDom(0, 2048, 0, 768, 0, 4, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(erode2(r_hist3.x, r_hist3.y, r_hist3.z) * 255.0f), 0, 255)) += 1;
        Expr up4_fx = cast<float>(x % 2) * 0.5f;
        Expr up4_fy = cast<float>(y % 2) * 0.5f;
        up4(x, y, c) = lerp(lerp(in0(x / 2, y / 2, c), in0(x / 2 + 1, y / 2, c), up4_fx), lerp(in0(x / 2, y / 2 + 1, c), in0(x / 2 + 1, y / 2 + 1, c), up4_fx), up4_fy);
        output(x, y, c) = (up4(x, y, c) + (cast<float>(in1(x / 2, y / 2, c)) * 0.003922f) + (cast<float>(hist3(x / 16)) * 0.000977f)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 768}, {0, 4}});
        input2.set_estimates({{0, 2048}, {0, 768}, {0, 4}});
        output.set_estimates({{0, 4096}, {0, 1536}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            up4.compute_root().vectorize(x, 8).parallel(c);
            hist3.compute_root();
            in1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp2, rp_2)
