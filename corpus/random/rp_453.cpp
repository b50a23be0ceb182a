// Random pipeline (seed 453): 12 stages over image2d 256x1024 float input.
// Steps: boundary, all_to_all, slice, downsample, histogram, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp453 : public Generator<Rp453> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> w_mm1{"w_mm1", 2};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_mm1, r_hist4;
    Func in0{"in0"}, mm1{"mm1"}, slice2{"slice2"}, down3{"down3"}, hist4{"hist4"}, blend5{"blend5"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        r_mm1 = RDom(0, 256, "r_mm1");
        mm1(x, y) = 0.0f;
        mm1(x, y) += in0(r_mm1.x, y) * w_mm1(r_mm1.x, clamp(x, 0, 255));
        slice2(x) = mm1(x, 367);
        down3(x, y) = (mm1(2 * x, 2 * y) + mm1(2 * x + 1, 2 * y) + mm1(2 * x, 2 * y + 1) + mm1(2 * x + 1, 2 * y + 1)) * 0.25f;
        r_hist4 = RDom(0, 128, 0, 512, "r_hist4");
        hist4(x) = 0.0f;
        hist4(clamp(cast<int32_t>(down3(r_hist4.x, r_hist4.y) * 255.0f), 0, 255)) += down3(r_hist4.x, r_hist4.y);
        blend5(x) = lerp(hist4(x), slice2(x), 0.3f);
        output(x) = blend5(x);
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 1024}});
        w_mm1.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            hist4.compute_root();
            mm1.compute_root().vectorize(x, 8).parallel(y);
            mm1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp453, rp_453)
