// Random pipeline (seed 256): 11 stages over image3d 2560x1280x4 uint16 input.
// Steps: boundary, separable, upsample, pointwise, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp256 : public Generator<Rp256> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mix4{"w_mix4", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mix4;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, up2_x{"up2_x"}, up2_y{"up2_y"}, pw3{"pw3"};
    Func mix4{"mix4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        blur1_x(x, y, c) = cast<int32_t>(in0(x - 1, y, c)) + cast<int32_t>(in0(x, y, c)) + cast<int32_t>(in0(x + 1, y, c));
        blur1_y(x, y, c) = cast<uint16_t>((blur1_x(x, y - 1, c) + blur1_x(x, y, c) + blur1_x(x, y + 1, c)) / 9);
        up2_x(x, y, c) = 0.25f * (cast<float>(blur1_y((x / 2) - 1 + 2 * (x % 2), y, c)) * 0.000015f) + 0.75f * (cast<float>(blur1_y(x / 2, y, c)) * 0.000015f);
        up2_y(x, y, c) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up2_x(x, y / 2, c);
        pw3(x, y, c) = tanh(up2_y(x, y, c)) * gain;
        r_mix4 = RDom(0, 4, "r_mix4");
        mix4(x, y, c) = 0.0f;
        mix4(x, y, c) += pw3(x, y, r_mix4.x) * w_mix4(r_mix4.x, clamp(c, 0, 3));
        output(x, y, c) = cast<uint8_t>(clamp(mix4(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1280}, {0, 4}});
        gain.set_estimate(2.0f);
        w_mix4.set_estimates({{0, 4}, {0, 4}});
        output.set_estimates({{0, 5120}, {0, 2560}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            mix4.compute_at(output, xo).vectorize(x, 8);
            mix4.update(0).vectorize(x, 16);
            pw3.compute_root().vectorize(x, 8).parallel(c);
            up2_x.compute_root().vectorize(x, 16).parallel(c);
            blur1_y.compute_root().vectorize(x, 16).parallel(c);
            blur1_x.compute_at(blur1_y, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp256, rp_256)
