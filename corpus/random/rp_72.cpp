// Random pipeline (seed 72): 16 stages over image3d 2560x1024x3 uint16 input.
// Steps: boundary, boundary, upsample, histogram, separable, lut, binary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp72 : public Generator<Rp72> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist3;
    Func in0{"in0"}, in1{"in1"}, up2{"up2"}, hist3{"hist3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func lut5{"lut5"}, mx6{"mx6"}, pad7{"pad7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y, c) = lerp(lerp(in1(x / 2, y / 2, c), in1(x / 2 + 1, y / 2, c), up2_fx), lerp(in1(x / 2, y / 2 + 1, c), in1(x / 2 + 1, y / 2 + 1, c), up2_fx), up2_fy);
        r_hist3 = RDom(0, 5120, 0, 2048, 0, 3, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(up2(r_hist3.x, r_hist3.y, r_hist3.z) * 255.0f), 0, 255)) += 1;
        blur4_x(x, y, c) = cast<int32_t>(in0(x - 1, y, c)) + 2 * cast<int32_t>(in0(x, y, c)) + cast<int32_t>(in0(x + 1, y, c));
        blur4_y(x, y, c) = cast<uint16_t>((blur4_x(x, y - 1, c) + 2 * blur4_x(x, y, c) + blur4_x(x, y + 1, c)) / 16);
        lut5(x, y, c) = (cast<float>(hist3(clamp(cast<int32_t>(blur4_y(x, y, c)) / 256, 0, 255))) * 0.000977f);
        mx6(x, y, c) = max(lut5(x, y, c), (cast<float>(in0(x, y, c)) * 0.000015f));
        pad7(x, y, c) = BoundaryConditions::mirror_interior(mx6, {{0, 2560}, {0, 1024}, {0, 3}})(x, y, c);
        output(x, y, c) = cast<uint16_t>(clamp(pad7(x, y, c) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 2560}, {0, 1024}, {0, 3}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 2560}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            mx6.compute_at(output, c).vectorize(x, 8);
            blur4_y.compute_root().vectorize(x, 8).parallel(y);
            hist3.compute_root();
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp72, rp_72)
