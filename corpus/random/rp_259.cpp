// Random pipeline (seed 259): 17 stages over image3d 512x640x3 uint8 input.
// Steps: boundary, boundary, histogram, histogram, scan, binary, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp259 : public Generator<Rp259> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist2, r_hist3, r_cumsum4, r_conv6;
    Func in0{"in0"}, in1{"in1"}, hist2{"hist2"}, hist3{"hist3"}, cumsum4{"cumsum4"}, mx5{"mx5"};
    Func conv6{"conv6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y, c);
        r_hist2 = RDom(0, 512, 0, 640, 0, 3, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(in0(r_hist2.x, r_hist2.y, r_hist2.z)) * 64 / 256, 0, 63)) += 1;
        r_hist3 = RDom(0, 512, 0, 640, 0, 3, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(in1(r_hist3.x, r_hist3.y, r_hist3.z)) * 128 / 256, 0, 127)) += 1;
        r_cumsum4 = RDom(1, 127, "r_cumsum4");
        cumsum4(x) = hist3(x);
        cumsum4(r_cumsum4.x) = cumsum4(r_cumsum4.x - 1) + cumsum4(r_cumsum4.x);
        mx5(x) = max(cumsum4(x), hist2(x / 2));
        r_conv6 = RDom(0, 5, 0, 5, "r_conv6");
        conv6(x, y, c) = 0.0f;
        conv6(x, y, c) += (cast<float>(in1(x + r_conv6.x - 2, y + r_conv6.y - 2, c)) * 0.003922f) * w_conv6(r_conv6.x, r_conv6.y);
        output(x, y, c) = cast<uint8_t>(clamp((conv6(x, y, c) + (cast<float>(mx5(x / 4)) * 0.000977f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 640}, {0, 3}});
        input2.set_estimates({{0, 512}, {0, 640}, {0, 3}});
        gain.set_estimate(1.25f);
        w_conv6.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 512}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            conv6.compute_root().vectorize(x, 8).parallel(y);
            conv6.update(0).vectorize(x, 16);
            mx5.compute_at(output, xo).vectorize(x, 16);
            cumsum4.compute_root();
            hist3.compute_root();
            hist2.compute_root();
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp259, rp_259)
