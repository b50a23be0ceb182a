// Random pipeline (seed 67): 9 stages over image2d 640x256 uint16 input.
// Steps: boundary, boundary, pointwise, reindex.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp67 : public Generator<Rp67> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, shift3{"shift3"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        pw2(x, y) = sin((cast<float>(in1(x, y)) * 0.000015f)) * 0.5f + 0.5f;
        shift3(x, y) = pw2(x + 3, y - 6);
        output(x, y) = cast<uint8_t>(clamp((shift3(x, y) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 256}});
        input2.set_estimates({{0, 640}, {0, 256}});
        output.set_estimates({{0, 640}, {0, 256}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            pw2.compute_at(output, xo).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp67, rp_67)
