// Random pipeline (seed 183): 19 stages over tensor3d 56x56x24 float input.
// Steps: boundary, boundary, binary, conv, activation, lut, activation, stencil, slice, gather, all_to_all, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp183 : public Generator<Rp183> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<int16_t>> input2{"input2", 3};
    Input<Buffer<float>> w_conv3{"w_conv3", 4};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv3, r_mm11;
    Func in0{"in0"}, in1{"in1"}, diff2{"diff2"}, conv3{"conv3"}, act4{"act4"}, curve5{"curve5"};
    Func lut6{"lut6"}, act7{"act7"}, box8{"box8"}, slice9{"slice9"}, warp10{"warp10"}, mm11{"mm11"};
    Func mn12{"mn12"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        diff2(x, y, c) = absd(in0(x, y, c), (cast<float>(in1(x, y, c)) * 0.000031f));
        r_conv3 = RDom(0, 1, 0, 1, 0, 24, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += diff2(x + r_conv3.x, y + r_conv3.y, r_conv3.z) * w_conv3(r_conv3.x, r_conv3.y, r_conv3.z, c);
        act4(x, y, c) = clamp(conv3(x, y, c) * 6.0f, 0.0f, 6.0f);
        curve5(x) = sqrt(cast<float>(x) * 0.003922f);
        lut6(x, y, c) = curve5(clamp(cast<int32_t>(act4(x, y, c) * 255.0f), 0, 255));
        act7(x, y, c) = 1.0f / (1.0f + exp(-lut6(x, y, c)));
        box8(x, y, c) = (act7(x - 1, y - 1, c) + act7(x, y - 1, c) + act7(x + 1, y - 1, c) + act7(x - 1, y, c) + act7(x, y, c) + act7(x + 1, y, c) + act7(x - 1, y + 1, c) + act7(x, y + 1, c) + act7(x + 1, y + 1, c)) * 0.111111f;
        slice9(x, y) = box8(x, y, 17);
        Expr warp10_sx = cast<float>(x) + curve5(x * 32 / 7) * 2.0f;
        Expr warp10_ix = clamp(cast<int32_t>(floor(warp10_sx)), 0, 54);
        Expr warp10_fx = clamp(warp10_sx - cast<float>(warp10_ix), 0.0f, 1.0f);
        warp10(x, y) = lerp(slice9(warp10_ix, y), slice9(warp10_ix + 1, y), warp10_fx);
        r_mm11 = RDom(0, 56, "r_mm11");
        mm11(x, y) = 0.0f;
        mm11(x, y) += warp10(r_mm11.x, y) * (cast<float>((r_mm11.x + 2 * x) % 7) * 0.1f - 0.3f);
        mn12(x, y, c) = min(diff2(x, y, c), mm11(x, y));
        output(x, y, c) = mn12(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 24}});
        input2.set_estimates({{0, 56}, {0, 56}, {0, 24}});
        w_conv3.set_estimates({{0, 1}, {0, 1}, {0, 24}, {0, 24}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            mn12.compute_root().vectorize(x, 8).parallel(c);
            mm11.compute_root().vectorize(x, 8).parallel(y);
            mm11.update(0).vectorize(x, 8).parallel(y);
            warp10.compute_root().vectorize(x, 8).parallel(y);
            slice9.compute_root().vectorize(x, 8).parallel(y);
            act7.compute_at(slice9, y).vectorize(x, 8);
            curve5.compute_root().vectorize(x, 8);
            conv3.compute_root().vectorize(x, 8).parallel(c);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x).parallel(c);
            diff2.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_at(diff2, c).vectorize(x, 8);
            in0.compute_at(diff2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp183, rp_183)
