// Random pipeline (seed 394): 7 stages over tensor4d 56x56x32x4 int16 input.
// Steps: boundary, cast, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp394 : public Generator<Rp394> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, cvt1{"cvt1"}, mul2{"mul2"}, diff3{"diff3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        cvt1(x, y, c, n) = cast<uint16_t>(clamp((cast<float>(in0(x, y, c, n)) * 0.000031f) * 65535.0f, 0.0f, 65535.0f));
        mul2(x, y, c, n) = (cast<float>(cvt1(x, y, c, n)) * 0.000015f) * (cast<float>(in0(x, y, c, n)) * 0.000031f);
        diff3(x, y, c, n) = absd(mul2(x, y, c, n), (cast<float>(cvt1(x, y, c, n)) * 0.000015f));
        output(x, y, c, n) = cast<int16_t>(clamp(diff3(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 32}, {0, 4}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 32}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            diff3.compute_at(output, y).vectorize(x, 8);
            mul2.compute_root().vectorize(x, 8).parallel(n);
            cvt1.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp394, rp_394)
