// Random pipeline (seed 132): 16 stages over image3d 2048x2560x3 uint8 input.
// Steps: boundary, conv, stencil, scan, boundary, stencil, cast, separable, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp132 : public Generator<Rp132> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_conv1, r_iir3;
    Func in0{"in0"}, conv1{"conv1"}, box2{"box2"}, iir3{"iir3"}, pad4{"pad4"}, grad5{"grad5"};
    Func cvt6{"cvt6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, tr8{"tr8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y, c) = 0.0f;
        conv1(x, y, c) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1, c)) * 0.003922f) * w_conv1(r_conv1.x, r_conv1.y);
        box2(x, y, c) = (conv1(x - 1, y - 1, c) + conv1(x, y - 1, c) + conv1(x + 1, y - 1, c) + conv1(x - 1, y, c) + conv1(x, y, c) + conv1(x + 1, y, c) + conv1(x - 1, y + 1, c) + conv1(x, y + 1, c) + conv1(x + 1, y + 1, c)) * 0.111111f;
        r_iir3 = RDom(1, 2559, "r_iir3");
        iir3(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f);
        iir3(x, r_iir3.x, c) = 0.9f * iir3(x, r_iir3.x - 1, c) + 0.1f * iir3(x, r_iir3.x, c);
        pad4(x, y, c) = BoundaryConditions::mirror_image(iir3, {{0, 2048}, {0, 2560}, {0, 3}})(x, y, c);
        grad5(x, y, c) = sqrt((conv1(x + 1, y, c) - conv1(x - 1, y, c)) * (conv1(x + 1, y, c) - conv1(x - 1, y, c)) + (conv1(x, y + 1, c) - conv1(x, y - 1, c)) * (conv1(x, y + 1, c) - conv1(x, y - 1, c)));
        cvt6(x, y, c) = cast<uint8_t>(clamp(grad5(x, y, c) * 255.0f, 0.0f, 255.0f));
        blur7_x(x, y, c) = cast<int32_t>(cvt6(x - 1, y, c)) + cast<int32_t>(cvt6(x, y, c)) + cast<int32_t>(cvt6(x + 1, y, c));
        blur7_y(x, y, c) = cast<uint8_t>((blur7_x(x, y - 1, c) + blur7_x(x, y, c) + blur7_x(x, y + 1, c)) / 9);
        tr8(x, y, c) = blur7_y(y, x, c);
        output(x, y, c) = ((cast<float>(tr8(x, y, c)) * 0.003922f) + box2(x * 4 / 5, y * 5 / 4, c) + pad4(x * 4 / 5, y * 5 / 4, c)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2560}, {0, 3}});
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            blur7_y.compute_at(output, c).vectorize(x, 16);
            blur7_x.compute_at(blur7_y, c).vectorize(x, 8);
            grad5.compute_at(blur7_x, c).vectorize(x, 8);
            pad4.compute_root().vectorize(x, 16).parallel(y);
            iir3.compute_root().vectorize(x, 8).parallel(y);
            iir3.update(0).vectorize(x, 16);
            box2.compute_root().vectorize(x, 8).parallel(y);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 16).unroll(r_conv1.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp132, rp_132)
