// Random pipeline (seed 309): 16 stages over image2d 1536x4096 uint8 input.
// Steps: boundary, boundary, reduction, slice, pointwise, downsample, stencil, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp309 : public Generator<Rp309> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_mean2;
    Func in0{"in0"}, in1{"in1"}, mean2{"mean2"}, slice3{"slice3"}, pw4{"pw4"}, down5_x{"down5_x"};
    Func down5_y{"down5_y"}, lap6{"lap6"}, down7{"down7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_mean2 = RDom(0, 4096, "r_mean2");
        mean2(x) = 0.0f;
        mean2(x) += (cast<float>(in1(x, r_mean2.x)) * 0.003922f);
        mean2(x) = mean2(x) * 0.000244f;
        slice3(y) = in0(1476, y);
        pw4(y) = slice3(y) / 2 + 16;
        down5_x(x, y) = ((cast<float>(in1(2 * x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(in1(2 * x, y)) * 0.003922f) + 3.0f * (cast<float>(in1(2 * x + 1, y)) * 0.003922f) + (cast<float>(in1(2 * x + 2, y)) * 0.003922f)) * 0.125f;
        down5_y(x, y) = (down5_x(x, 2 * y - 1) + 3.0f * down5_x(x, 2 * y) + 3.0f * down5_x(x, 2 * y + 1) + down5_x(x, 2 * y + 2)) * 0.125f;
        lap6(x, y) = down5_y(x - 1, y) + down5_y(x + 1, y) + down5_y(x, y - 1) + down5_y(x, y + 1) - 4.0f * down5_y(x, y);
        down7(x, y) = (lap6(2 * x, 2 * y) + lap6(2 * x + 1, 2 * y) + lap6(2 * x, 2 * y + 1) + lap6(2 * x + 1, 2 * y + 1)) * 0.25f;
        output(x, y) = cast<uint8_t>(clamp((down7(x, y) + mean2(x * 4) + (cast<float>(pw4(y * 4)) * 0.003922f)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 4096}});
        input2.set_estimates({{0, 1536}, {0, 4096}});
        output.set_estimates({{0, 384}, {0, 1024}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            lap6.compute_root().vectorize(x, 8).parallel(y);
            pw4.compute_at(output, yi);
            slice3.compute_at(pw4, y);
            mean2.compute_root().vectorize(x, 16);
            mean2.update(0).vectorize(x, 16);
            mean2.update(1).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp309, rp_309)
