// Random pipeline (seed 81): 14 stages over image3d 384x1536x4 uint8 input.
// Steps: boundary, histogram, upsample, pointwise, lut, activation, gather, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp81 : public Generator<Rp81> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_hist1, r_red7;
    Func in0{"in0"}, hist1{"hist1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, pw3{"pw3"}, lut4{"lut4"};
    Func act5{"act5"}, warp6{"warp6"}, red7{"red7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        r_hist1 = RDom(0, 384, 0, 1536, 0, 4, "r_hist1");
        hist1(x) = 0;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y, r_hist1.z)) * 128 / 256, 0, 127)) += 1;
        up2_x(x, y, c) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y, c)) * 0.003922f) + 0.75f * (cast<float>(in0(x / 2, y, c)) * 0.003922f);
        up2_y(x, y, c) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up2_x(x, y / 2, c);
        pw3(x, y, c) = sin(up2_y(x, y, c)) * 0.5f + 0.5f;
        lut4(x, y, c) = (cast<float>(hist1(clamp(cast<int32_t>(pw3(x, y, c) * 127.0f), 0, 127))) * 0.000977f);
        act5(x, y, c) = clamp(lut4(x, y, c) * 6.0f, 0.0f, 6.0f);
        Expr warp6_sx = cast<float>(x) + (cast<float>(in0(x / 2, y / 2, c)) * 0.003922f) * 2.0f;
        Expr warp6_ix = clamp(cast<int32_t>(floor(warp6_sx)), 0, 766);
        Expr warp6_fx = clamp(warp6_sx - cast<float>(warp6_ix), 0.0f, 1.0f);
        warp6(x, y, c) = lerp(act5(warp6_ix, y, c), act5(warp6_ix + 1, y, c), warp6_fx);
        r_red7 = RDom(0, 3072, "r_red7");
        red7(x, c) = 0.0f;
        red7(x, c) += warp6(x, r_red7.x, c);
        output(x, c) = cast<uint8_t>(clamp(red7(x, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}, {0, 4}});
        output.set_estimates({{0, 768}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(c);
            red7.compute_root().vectorize(x, 16).parallel(c);
            red7.update(0).vectorize(x, 8).parallel(c);
            warp6.compute_root().vectorize(x, 8).parallel(c);
            act5.compute_root().vectorize(x, 16).parallel(c);
            lut4.compute_at(act5, c).vectorize(x, 16);
            up2_y.compute_at(lut4, y).vectorize(x, 16);
            hist1.compute_root().vectorize(x, 16);
            hist1.update(0).unroll(r_hist1.z);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp81, rp_81)
