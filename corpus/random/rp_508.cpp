// Random pipeline (seed 508): 10 stages over tensor3d 32x32x32 float input.
// Steps: boundary, scan, activation, reduction, downsample, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp508 : public Generator<Rp508> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_cumsum1, r_rmax3;
    Func in0{"in0"}, cumsum1{"cumsum1"}, act2{"act2"}, rmax3{"rmax3"}, down4_x{"down4_x"}, down4_y{"down4_y"};
    Func mx5{"mx5"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        r_cumsum1 = RDom(1, 31, "r_cumsum1");
        cumsum1(x, y, c) = in0(x, y, c);
        cumsum1(r_cumsum1.x, y, c) = cumsum1(r_cumsum1.x - 1, y, c) + cumsum1(r_cumsum1.x, y, c);
        act2(x, y, c) = log(1.0f + exp(cumsum1(x, y, c)));
        r_rmax3 = RDom(1, 31, "r_rmax3");
        rmax3(x, y) = act2(x, y, 0);
        rmax3(x, y) = max(rmax3(x, y), act2(x, y, r_rmax3.x));
        down4_x(x, y, c) = (act2(2 * x - 1, y, c) + 3.0f * act2(2 * x, y, c) + 3.0f * act2(2 * x + 1, y, c) + act2(2 * x + 2, y, c)) * 0.125f;
        down4_y(x, y, c) = (down4_x(x, 2 * y - 1, c) + 3.0f * down4_x(x, 2 * y, c) + 3.0f * down4_x(x, 2 * y + 1, c) + down4_x(x, 2 * y + 2, c)) * 0.125f;
        mx5(x, y, c) = max(down4_y(x, y, c), rmax3(x * 2, y * 2));
        output(x, y, c) = mx5(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 32}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            mx5.compute_at(output, y).vectorize(x, 8);
            down4_y.compute_at(mx5, c).vectorize(x, 8);
            rmax3.compute_root().vectorize(x, 8).parallel(y);
            rmax3.update(0).vectorize(x, 8);
            cumsum1.compute_root().vectorize(x, 8).parallel(c);
            cumsum1.update(0).vectorize(y, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp508, rp_508)
