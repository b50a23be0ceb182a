// Random pipeline (seed 43): 19 stages over image3d 2560x768x3 uint8 input.
// Steps: boundary, activation, conv, activation, binary, resample, lut, binary, scan, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp43 : public Generator<Rp43> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv2, r_iir9;
    Func in0{"in0"}, act1{"act1"}, conv2{"conv2"}, relu3{"relu3"}, mul4{"mul4"}, resize5_x{"resize5_x"};
    Func resize5_y{"resize5_y"}, curve6{"curve6"}, lut7{"lut7"}, mul8{"mul8"}, iir9{"iir9"}, pw10{"pw10"};
    Func mul11{"mul11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        act1(x, y, c) = clamp((cast<float>(in0(x, y, c)) * 0.003922f) * 6.0f, 0.0f, 6.0f);
        r_conv2 = RDom(0, 5, 0, 5, "r_conv2");
        conv2(x, y, c) = 0.0f;
        conv2(x, y, c) += act1(x + r_conv2.x - 2, y + r_conv2.y - 2, c) * w_conv2(r_conv2.x, r_conv2.y);
        relu3(x, y, c) = max(conv2(x, y, c), 0.0f);
        mul4(x, y, c) = relu3(x, y, c) * conv2(x, y, c);
        Expr resize5_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize5_x_ix = cast<int32_t>(floor(resize5_x_sx));
        Expr resize5_x_fx = resize5_x_sx - cast<float>(resize5_x_ix);
        resize5_x(x, y, c) = lerp(mul4(resize5_x_ix, y, c), mul4(resize5_x_ix + 1, y, c), resize5_x_fx);
        Expr resize5_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize5_y_iy = cast<int32_t>(floor(resize5_y_sy));
        Expr resize5_y_fy = resize5_y_sy - cast<float>(resize5_y_iy);
        resize5_y(x, y, c) = lerp(resize5_x(x, resize5_y_iy, c), resize5_x(x, resize5_y_iy + 1, c), resize5_y_fy);
        curve6(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut7(x, y, c) = curve6(clamp(cast<int32_t>(resize5_y(x, y, c) * 255.0f), 0, 255));
        mul8(x, y, c) = lut7(x, y, c) * curve6(x / 8);
        r_iir9 = RDom(1, 613, "r_iir9");
        iir9(x, y, c) = mul8(x, y, c);
        iir9(x, r_iir9.x, c) = 0.5f * iir9(x, r_iir9.x - 1, c) + 0.5f * iir9(x, r_iir9.x, c);
        iir9(x, 613 - r_iir9.x, c) = 0.5f * iir9(x, 614 - r_iir9.x, c) + 0.5f * iir9(x, 613 - r_iir9.x, c);
        pw10(x, y, c) = pow(abs(iir9(x, y, c)) + 0.001f, 0.4545f);
        mul11(x, y, c) = pw10(x, y, c) * iir9(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(mul11(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 768}, {0, 3}});
        gain.set_estimate(2.0f);
        w_conv2.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 2048}, {0, 614}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            mul11.compute_at(output, xo).vectorize(x, 16);
            iir9.compute_root().vectorize(x, 16).parallel(y);
            iir9.update(0).vectorize(x, 8);
            iir9.update(1).vectorize(x, 8);
            resize5_x.compute_root().vectorize(x, 16).parallel(y);
            mul4.compute_at(resize5_x, y).vectorize(x, 16);
            conv2.compute_at(mul4, y).vectorize(x, 8);
            conv2.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp43, rp_43)
