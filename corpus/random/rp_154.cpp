// Random pipeline (seed 154): 9 stages over tensor4d 32x32x64x4 uint8 input.
// Steps: boundary, lut, cast, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp154 : public Generator<Rp154> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Input<Buffer<float>> w_mix4{"w_mix4", 2};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix4;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, cvt3{"cvt3"}, mix4{"mix4"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        curve1(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut2(x, y, c, n) = curve1(clamp(cast<int32_t>(in0(x, y, c, n)) * 256 / 256, 0, 255));
        cvt3(x, y, c, n) = cast<uint16_t>(clamp(lut2(x, y, c, n) * 65535.0f, 0.0f, 65535.0f));
        r_mix4 = RDom(0, 64, "r_mix4");
        mix4(x, y, c, n) = 0.0f;
        mix4(x, y, c, n) += (cast<float>(cvt3(x, y, r_mix4.x, n)) * 0.000015f) * w_mix4(r_mix4.x, clamp(c, 0, 63));
        output(x, y, c, n) = cast<uint8_t>(clamp(mix4(x, y, c, n) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 64}, {0, 4}});
        w_mix4.set_estimates({{0, 64}, {0, 64}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 64}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mix4.compute_root().vectorize(x, 8).parallel(n);
            mix4.update(0).vectorize(x, 8).parallel(n);
            lut2.compute_root().vectorize(x, 8).parallel(n);
            curve1.compute_root().vectorize(x, 16);
            in0.compute_at(lut2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp154, rp_154)
