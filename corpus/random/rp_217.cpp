// Random pipeline (seed 217): 13 stages over image3d 2048x2560x4 uint8 input.
// Steps: boundary, scan, stencil, reindex, conv, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp217 : public Generator<Rp217> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_conv4{"w_conv4", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir1, r_conv4, r_red5;
    Func in0{"in0"}, iir1{"iir1"}, grad2{"grad2"}, shift3{"shift3"}, conv4{"conv4"}, red5{"red5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        r_iir1 = RDom(1, 2559, "r_iir1");
        iir1(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f);
        iir1(x, r_iir1.x, c) = 0.5f * iir1(x, r_iir1.x - 1, c) + 0.5f * iir1(x, r_iir1.x, c);
        grad2(x, y, c) = sqrt((iir1(x + 1, y, c) - iir1(x - 1, y, c)) * (iir1(x + 1, y, c) - iir1(x - 1, y, c)) + (iir1(x, y + 1, c) - iir1(x, y - 1, c)) * (iir1(x, y + 1, c) - iir1(x, y - 1, c)));
        shift3(x, y, c) = grad2(x + 2, y - 2, c);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += shift3(x + r_conv4.x - 1, y + r_conv4.y - 1, c) * w_conv4(r_conv4.x, r_conv4.y);
        r_red5 = RDom(0, 2048, "r_red5");
        red5(y, c) = sum(conv4(r_red5.x, y, c)) * 0.000488f;
        output(y, c) = cast<uint8_t>(clamp(red5(y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2560}, {0, 4}});
        w_conv4.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 4}});

        if (!auto_schedule) {
            output.parallel(c);
            red5.compute_root().parallel(c);
            conv4.compute_at(red5, c).vectorize(x, 8);
            conv4.update(0).vectorize(x, 8);
            shift3.compute_root().vectorize(x, 16).parallel(c);
            iir1.compute_root().vectorize(x, 8).parallel(c);
            iir1.update(0).vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp217, rp_217)
