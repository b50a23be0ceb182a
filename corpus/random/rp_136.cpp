// Random pipeline (seed 136): 19 stages over image3d 2048x768x3 uint8 input.
// Steps: boundary, stencil, reindex, reduction, binary, separable, boundary, binary, pointwise, binary, cast, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp136 : public Generator<Rp136> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_red3;
    Func in0{"in0"}, grad1{"grad1"}, flip2{"flip2"}, red3{"red3"}, mn4{"mn4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, pad6{"pad6"}, mul7{"mul7"}, pw8{"pw8"}, avg9{"avg9"}, cvt10{"cvt10"};
    Func mn11{"mn11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        grad1(x, y, c) = sqrt(((cast<float>(in0(x + 1, y, c)) * 0.003922f) - (cast<float>(in0(x - 1, y, c)) * 0.003922f)) * ((cast<float>(in0(x + 1, y, c)) * 0.003922f) - (cast<float>(in0(x - 1, y, c)) * 0.003922f)) + ((cast<float>(in0(x, y + 1, c)) * 0.003922f) - (cast<float>(in0(x, y - 1, c)) * 0.003922f)) * ((cast<float>(in0(x, y + 1, c)) * 0.003922f) - (cast<float>(in0(x, y - 1, c)) * 0.003922f)));
        flip2(x, y, c) = grad1(2047 - x, y, c);
        r_red3 = RDom(0, 768, "r_red3");
        red3(x, c) = sum(flip2(x, r_red3.x, c)) * 0.001302f;
        mn4(x, y, c) = min(flip2(x, y, c), red3(x, c));
        blur5_x(x, y, c) = (mn4(x - 1, y, c) + 2.0f * mn4(x, y, c) + mn4(x + 1, y, c)) * 0.25f;
        blur5_y(x, y, c) = (blur5_x(x, y - 1, c) + 2.0f * blur5_x(x, y, c) + blur5_x(x, y + 1, c)) * 0.25f;
        pad6(x, y, c) = BoundaryConditions::mirror_interior(blur5_y, {{0, 2048}, {0, 768}, {0, 3}})(x, y, c);
        mul7(x, y, c) = pad6(x, y, c) * blur5_y(x, y, c);
        pw8(x, y, c) = exp(-abs(mul7(x, y, c)));
        avg9(x, y, c) = (pw8(x, y, c) + pad6(x, y, c)) * 0.5f;
        cvt10(x, y, c) = cast<uint16_t>(clamp(avg9(x, y, c) * 65535.0f, 0.0f, 65535.0f));
        mn11(x, y, c) = min((cast<float>(cvt10(x, y, c)) * 0.000015f), flip2(x, y, c));
        output(x, y, c) = mn11(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 768}, {0, 3}});
        output.set_estimates({{0, 2048}, {0, 768}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            cvt10.compute_at(output, yi).vectorize(x, 8);
            pw8.compute_at(cvt10, y).vectorize(x, 8);
            mul7.compute_at(pw8, c).vectorize(x, 8);
            pad6.compute_root().vectorize(x, 16).parallel(y);
            blur5_y.compute_root().vectorize(x, 16).parallel(y);
            red3.compute_root().vectorize(x, 16);
            flip2.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp136, rp_136)
