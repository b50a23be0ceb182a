// Random pipeline (seed 363): 11 stages over image2d 2048x640 uint8 input.
// Steps: boundary, slice, conv, lut, upsample, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp363 : public Generator<Rp363> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv2;
    Func in0{"in0"}, slice1{"slice1"}, conv2{"conv2"}, curve3{"curve3"}, lut4{"lut4"}, up5{"up5"};
    Func dilate6{"dilate6"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        slice1(y) = in0(445, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in0(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.003922f) * w_conv2(r_conv2.x, r_conv2.y);
        curve3(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut4(x, y) = curve3(clamp(cast<int32_t>(conv2(x, y) * 255.0f), 0, 255));
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y) = lerp(lerp(lut4(x / 2, y / 2), lut4(x / 2 + 1, y / 2), up5_fx), lerp(lut4(x / 2, y / 2 + 1), lut4(x / 2 + 1, y / 2 + 1), up5_fx), up5_fy);
        dilate6(x, y) = max(max(max(max(up5(x, y), up5(x - 1, y)), up5(x + 1, y)), up5(x, y - 1)), up5(x, y + 1));
        output(x, y) = (dilate6(x, y) + (cast<float>(slice1(y / 2)) * 0.003922f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 640}});
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 4096}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            up5.compute_at(output, yo).vectorize(x, 8);
            conv2.compute_at(up5, y).vectorize(x, 16);
            conv2.update(0).vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp363, rp_363)
