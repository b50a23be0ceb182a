// Random pipeline (seed 164): 11 stages over image2d 4096x1536 uint16 input.
// Steps: boundary, boundary, stencil, binary, cast, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp164 : public Generator<Rp164> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, grad2{"grad2"}, mul3{"mul3"}, cvt4{"cvt4"}, add5{"add5"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        grad2(x, y) = sqrt(((cast<float>(in1(x + 1, y)) * 0.000015f) - (cast<float>(in1(x - 1, y)) * 0.000015f)) * ((cast<float>(in1(x + 1, y)) * 0.000015f) - (cast<float>(in1(x - 1, y)) * 0.000015f)) + ((cast<float>(in1(x, y + 1)) * 0.000015f) - (cast<float>(in1(x, y - 1)) * 0.000015f)) * ((cast<float>(in1(x, y + 1)) * 0.000015f) - (cast<float>(in1(x, y - 1)) * 0.000015f)));
        mul3(x, y) = grad2(x, y) * (cast<float>(in0(x, y)) * 0.000015f);
        cvt4(x, y) = cast<uint8_t>(clamp(mul3(x, y) * 255.0f, 0.0f, 255.0f));
        add5(x, y) = (cast<float>(cvt4(x, y)) * 0.003922f) + (cast<float>(in0(x, y)) * 0.000015f);
        output(x, y) = cast<uint16_t>(clamp(add5(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1536}});
        input2.set_estimates({{0, 4096}, {0, 1536}});
        output.set_estimates({{0, 4096}, {0, 1536}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            add5.compute_at(output, y).vectorize(x, 16);
            mul3.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_at(mul3, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp164, rp_164)
