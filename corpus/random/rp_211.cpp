// Random pipeline (seed 211): 11 stages over image3d 1280x512x3 uint16 input.
// Steps: boundary, boundary, pointwise, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp211 : public Generator<Rp211> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir3;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, iir3{"iir3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        pw2(x, y, c) = in1(x, y, c) / 2 + 16;
        r_iir3 = RDom(1, 1279, "r_iir3");
        iir3(x, y, c) = (cast<float>(pw2(x, y, c)) * 0.003922f);
        iir3(r_iir3.x, y, c) = 0.7f * iir3(r_iir3.x - 1, y, c) + 0.3f * iir3(r_iir3.x, y, c);
        output(x, y, c) = cast<uint16_t>(clamp((iir3(x, y, c) + (cast<float>(in0(x, y, c)) * 0.000015f)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 512}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 512}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            iir3.compute_root().vectorize(x, 8).parallel(y);
            iir3.update(0).vectorize(y, 8);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp211, rp_211)
