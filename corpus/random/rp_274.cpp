// Random pipeline (seed 274): 7 stages over image2d 2560x1024 float input.
// Steps: boundary, boundary, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp274 : public Generator<Rp274> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, warp2{"warp2"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        Expr warp2_sx = cast<float>(x) + in0(x, y) * 8.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 2558);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y) = lerp((cast<float>(in1(warp2_ix, y)) * 0.000015f), (cast<float>(in1(warp2_ix + 1, y)) * 0.000015f), warp2_fx);
        output(x, y) = warp2(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1024}});
        input2.set_estimates({{0, 2560}, {0, 1024}});
        output.set_estimates({{0, 2560}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            warp2.compute_at(output, xo).vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp274, rp_274)
