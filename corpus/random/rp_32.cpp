// Random pipeline (seed 32): 8 stages over image3d 1920x512x3 uint8 input.
// Steps: boundary, boundary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp32 : public Generator<Rp32> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, diff2{"diff2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_image(input2)(x, y, c);
        diff2(x, y, c) = absd(in1(x, y, c), (cast<float>(in0(x, y, c)) * 0.003922f));
        output(x, y, c) = cast<uint8_t>(clamp(diff2(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 512}, {0, 3}});
        input2.set_estimates({{0, 1920}, {0, 512}, {0, 3}});
        output.set_estimates({{0, 1920}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            diff2.compute_at(output, c).vectorize(x, 8);
            in1.compute_at(diff2, y).vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp32, rp_32)
