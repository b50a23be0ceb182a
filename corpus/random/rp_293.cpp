// Random pipeline (seed 293): 13 stages over image2d 3072x4096 uint8 input.
// Steps: boundary, downsample, binary, activation, activation, separable, stencil, pointwise, pointwise, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp293 : public Generator<Rp293> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_cumsum9;
    Func in0{"in0"}, down1{"down1"}, mx2{"mx2"}, act3{"act3"}, act4{"act4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, box6{"box6"}, pw7{"pw7"}, pw8{"pw8"}, cumsum9{"cumsum9"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        down1(x, y) = ((cast<float>(in0(2 * x, 2 * y)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y)) * 0.003922f) + (cast<float>(in0(2 * x, 2 * y + 1)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y + 1)) * 0.003922f)) * 0.25f;
        mx2(x, y) = max(down1(x, y), (cast<float>(in0(x * 2, y * 2)) * 0.003922f));
        act3(x, y) = log(1.0f + exp(mx2(x, y)));
        act4(x, y) = select(act3(x, y) > 0.0f, act3(x, y), act3(x, y) * 0.1f);
        blur5_x(x, y) = (act4(x - 1, y) + 3.0f * act4(x, y) + 3.0f * act4(x + 1, y) + act4(x + 2, y)) * 0.125f;
        blur5_y(x, y) = (blur5_x(x, y - 1) + 3.0f * blur5_x(x, y) + 3.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.125f;
        box6(x, y) = (blur5_y(x - 1, y - 1) + blur5_y(x, y - 1) + blur5_y(x + 1, y - 1) + blur5_y(x - 1, y) + blur5_y(x, y) + blur5_y(x + 1, y) + blur5_y(x - 1, y + 1) + blur5_y(x, y + 1) + blur5_y(x + 1, y + 1)) * 0.111111f;
        pw7(x, y) = floor(box6(x, y) * 8.0f) * 0.125f;
        pw8(x, y) = floor(pw7(x, y) * 8.0f) * 0.125f * gain;
        r_cumsum9 = RDom(1, 1535, "r_cumsum9");
        cumsum9(x, y) = pw8(x, y);
        cumsum9(r_cumsum9.x, y) = cumsum9(r_cumsum9.x - 1, y) + cumsum9(r_cumsum9.x, y);
        output(x, y) = cast<int16_t>(clamp(cumsum9(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 4096}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1536}, {0, 2048}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            cumsum9.compute_root().vectorize(x, 16).parallel(y);
            cumsum9.update(0).vectorize(y, 16);
            pw8.compute_root().vectorize(x, 16).parallel(y);
            blur5_x.compute_at(pw8, y).vectorize(x, 16);
            act4.compute_root().vectorize(x, 16).parallel(y);
            act3.compute_root().vectorize(x, 8).parallel(y);
            mx2.compute_root().vectorize(x, 8).parallel(y);
            down1.compute_at(mx2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp293, rp_293)
