// Random pipeline (seed 345): 8 stages over image3d 2560x640x4 uint16 input.
// Steps: boundary, boundary, pointwise, binary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp345 : public Generator<Rp345> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, diff3{"diff3"}, up4{"up4"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        pw2(x, y) = pow(abs((cast<float>(in1(x, y)) * 0.000015f)) + 0.001f, 0.4545f);
        diff3(x, y, c) = absd((cast<float>(in0(x, y, c)) * 0.000015f), pw2(x, y));
        Expr up4_fx = cast<float>(x % 2) * 0.5f;
        Expr up4_fy = cast<float>(y % 2) * 0.5f;
        up4(x, y, c) = lerp(lerp((cast<float>(in0(x / 2, y / 2, c)) * 0.000015f), (cast<float>(in0(x / 2 + 1, y / 2, c)) * 0.000015f), up4_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1, c)) * 0.000015f), (cast<float>(in0(x / 2 + 1, y / 2 + 1, c)) * 0.000015f), up4_fx), up4_fy);
        output(x, y, c) = cast<uint16_t>(clamp((up4(x, y, c) + diff3(x / 2, y / 2, c)) * 0.5f * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 640}, {0, 4}});
        input2.set_estimates({{0, 2560}, {0, 640}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 5120}, {0, 1280}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            up4.compute_at(output, yi).vectorize(x, 8);
            diff3.compute_root().vectorize(x, 16).parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp345, rp_345)
