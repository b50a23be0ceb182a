// Random pipeline (seed 139): 12 stages over tensor4d 28x28x8x8 int16 input.
// Steps: boundary, boundary, reindex, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp139 : public Generator<Rp139> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<int16_t>> input2{"input2", 4};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_iir3;
    Func in0{"in0"}, in1{"in1"}, flip2{"flip2"}, iir3{"iir3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        flip2(x, y, c, n) = in0(27 - x, y, c, n);
        r_iir3 = RDom(1, 27, "r_iir3");
        iir3(x, y, c, n) = (cast<float>(flip2(x, y, c, n)) * 0.000031f);
        iir3(r_iir3.x, y, c, n) = 0.8f * iir3(r_iir3.x - 1, y, c, n) + 0.2f * iir3(r_iir3.x, y, c, n);
        iir3(27 - r_iir3.x, y, c, n) = 0.8f * iir3(28 - r_iir3.x, y, c, n) + 0.2f * iir3(27 - r_iir3.x, y, c, n);
        output(x, y, c, n) = cast<int16_t>(clamp((iir3(x, y, c, n) + (cast<float>(in1(x, y, c, n)) * 0.000031f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 8}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 8}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            iir3.compute_root().vectorize(x, 8).parallel(n);
            iir3.update(0).vectorize(y, 8).parallel(n);
            iir3.update(1).vectorize(y, 8).parallel(n);
            flip2.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp139, rp_139)
