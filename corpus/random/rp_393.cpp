// Random pipeline (seed 393): 16 stages over image3d 640x1536x3 uint8 input.
// Steps: boundary, boundary, stencil, downsample, pointwise, pointwise, boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp393 : public Generator<Rp393> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, lap2{"lap2"}, down3_x{"down3_x"}, down3_y{"down3_y"}, pw4{"pw4"};
    Func pw5{"pw5"}, pad6{"pad6"}, grad7{"grad7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        lap2(x, y) = (cast<float>(in1(x - 1, y)) * 0.003922f) + (cast<float>(in1(x + 1, y)) * 0.003922f) + (cast<float>(in1(x, y - 1)) * 0.003922f) + (cast<float>(in1(x, y + 1)) * 0.003922f) - 4.0f * (cast<float>(in1(x, y)) * 0.003922f);
        down3_x(x, y, c) = ((cast<float>(in0(2 * x - 1, y, c)) * 0.003922f) + 3.0f * (cast<float>(in0(2 * x, y, c)) * 0.003922f) + 3.0f * (cast<float>(in0(2 * x + 1, y, c)) * 0.003922f) + (cast<float>(in0(2 * x + 2, y, c)) * 0.003922f)) * 0.125f;
        down3_y(x, y, c) = (down3_x(x, 2 * y - 1, c) + 3.0f * down3_x(x, 2 * y, c) + 3.0f * down3_x(x, 2 * y + 1, c) + down3_x(x, 2 * y + 2, c)) * 0.125f;
        pw4(x, y, c) = down3_y(x, y, c) * down3_y(x, y, c) * 0.5f - down3_y(x, y, c);
        pw5(x, y, c) = floor(pw4(x, y, c) * 8.0f) * 0.125f;
        pad6(x, y, c) = BoundaryConditions::repeat_edge(pw5, {{0, 320}, {0, 768}, {0, 3}})(x, y, c);
        grad7(x, y, c) = sqrt((pad6(x + 1, y, c) - pad6(x - 1, y, c)) * (pad6(x + 1, y, c) - pad6(x - 1, y, c)) + (pad6(x, y + 1, c) - pad6(x, y - 1, c)) * (pad6(x, y + 1, c) - pad6(x, y - 1, c)));
        output(x, y, c) = cast<uint8_t>(clamp((grad7(x, y, c) + lap2(x * 2, y * 2)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1536}, {0, 3}});
        input2.set_estimates({{0, 640}, {0, 1536}});
        output.set_estimates({{0, 320}, {0, 768}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            grad7.compute_root().vectorize(x, 16).parallel(y);
            lap2.compute_at(output, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp393, rp_393)
