// Random pipeline (seed 535): 12 stages over image3d 2560x1024x4 uint8 input.
// Steps: boundary, boundary, pointwise, stencil, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp535 : public Generator<Rp535> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, dilate3{"dilate3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y, c);
        pw2(x, y, c) = in1(x, y, c) * 3 / 4;
        dilate3(x, y, c) = max(max(max(max(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        blur4_x(x, y, c) = cast<int32_t>(dilate3(x - 1, y, c)) + cast<int32_t>(dilate3(x, y, c)) + cast<int32_t>(dilate3(x + 1, y, c));
        blur4_y(x, y, c) = cast<uint8_t>((blur4_x(x, y - 1, c) + blur4_x(x, y, c) + blur4_x(x, y + 1, c)) / 9);
        output(x, y, c) = cast<uint8_t>(clamp(((cast<float>(blur4_y(x, y, c)) * 0.003922f) + (cast<float>(pw2(x, y, c)) * 0.003922f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1024}, {0, 4}});
        input2.set_estimates({{0, 2560}, {0, 1024}, {0, 4}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 2560}, {0, 1024}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(c);
            in1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp535, rp_535)
