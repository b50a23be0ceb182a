// Random pipeline (seed 298): 16 stages over image3d 768x1024x3 float input.
// Steps: boundary, boundary, conv, activation, stencil, stencil, binary, all_to_all, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp298 : public Generator<Rp298> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 3};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv2, r_mix7;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, relu3{"relu3"}, lap4{"lap4"}, erode5{"erode5"};
    Func mx6{"mx6"}, mix7{"mix7"}, pw8{"pw8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y, c) = 0.0f;
        conv2(x, y, c) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1, c)) * 0.000015f) * w_conv2(r_conv2.x, r_conv2.y);
        relu3(x, y, c) = max(conv2(x, y, c), 0.0f);
        lap4(x, y, c) = relu3(x - 1, y, c) + relu3(x + 1, y, c) + relu3(x, y - 1, c) + relu3(x, y + 1, c) - 4.0f * relu3(x, y, c);
        erode5(x, y, c) = min(min(min(min(lap4(x, y, c), lap4(x - 1, y, c)), lap4(x + 1, y, c)), lap4(x, y - 1, c)), lap4(x, y + 1, c));
        mx6(x, y, c) = max(erode5(x, y, c), in0(x, y, c));
        r_mix7 = RDom(0, 3, "r_mix7");
        mix7(x, y, c) = 0.0f;
        mix7(x, y, c) += mx6(x, y, r_mix7.x) * (cast<float>((r_mix7.x + 2 * c) % 7) * 0.1f - 0.3f);
        pw8(x, y, c) = pow(abs(mix7(x, y, c)) + 0.001f, 0.4545f);
        output(x, y, c) = cast<uint16_t>(clamp(pw8(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 768}, {0, 1024}, {0, 3}});
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            mix7.compute_at(output, xo).vectorize(x, 8);
            mix7.update(0).vectorize(x, 8);
            mx6.compute_root().vectorize(x, 8).parallel(y);
            relu3.compute_at(mx6, c).vectorize(x, 8);
            conv2.compute_at(relu3, y).vectorize(x, 8);
            conv2.update(0).vectorize(x, 8);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp298, rp_298)
