// Random pipeline (seed 532): 8 stages over image3d 768x1024x3 uint16 input.
// Steps: boundary, upsample, reindex, scan, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp532 : public Generator<Rp532> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_iir3;
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, rev2{"rev2"}, iir3{"iir3"}, pw4{"pw4"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        up1_x(x, y, c) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y, c)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y, c)) * 0.000015f);
        up1_y(x, y, c) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up1_x(x, y / 2, c);
        rev2(x, y, c) = up1_y(x, y, 2 - c);
        r_iir3 = RDom(1, 2047, "r_iir3");
        iir3(x, y, c) = rev2(x, y, c);
        iir3(x, r_iir3.x, c) = 0.8f * iir3(x, r_iir3.x - 1, c) + 0.2f * iir3(x, r_iir3.x, c);
        pw4(x, y, c) = iir3(x, y, c) / (1.0f + abs(iir3(x, y, c)));
        output(x, y, c) = cast<uint16_t>(clamp(pw4(x, y, c) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1024}, {0, 3}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1536}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            pw4.compute_root().vectorize(x, 8).parallel(y);
            iir3.compute_root().vectorize(x, 8).parallel(y);
            iir3.update(0).vectorize(x, 16);
            up1_y.compute_root().vectorize(x, 8).parallel(y);
            up1_x.compute_at(up1_y, y).vectorize(x, 16);
            in0.compute_at(up1_x, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp532, rp_532)
