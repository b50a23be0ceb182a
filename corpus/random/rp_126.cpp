// Random pipeline (seed 126): 20 stages over image3d 640x1280x3 uint8 input.
// Steps: boundary, boundary, cast, binary, pointwise, binary, binary, reduction, binary, stencil, downsample, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp126 : public Generator<Rp126> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_rmax7;
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"}, blend3{"blend3"}, pw4{"pw4"}, mul5{"mul5"};
    Func avg6{"avg6"}, rmax7{"rmax7"}, mx8{"mx8"}, erode9{"erode9"}, down10_x{"down10_x"}, down10_y{"down10_y"};
    Func blur11_x{"blur11_x"}, blur11_y{"blur11_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        cvt2(x, y) = cast<int32_t>(in1(x, y) * 1024.0f);
        blend3(x, y, c) = lerp((cast<float>(in0(x, y, c)) * 0.003922f), (cast<float>(cvt2(x, y)) * 0.000977f), 0.3f);
        pw4(x, y, c) = sin(blend3(x, y, c)) * 0.5f + 0.5f;
        mul5(x, y, c) = pw4(x, y, c) * in1(x, y);
        avg6(x, y, c) = (mul5(x, y, c) + pw4(x, y, c)) * 0.5f;
        r_rmax7 = RDom(1, 639, "r_rmax7");
        rmax7(y, c) = avg6(0, y, c);
        rmax7(y, c) = max(rmax7(y, c), avg6(r_rmax7.x, y, c));
        mx8(x, y, c) = max(avg6(x, y, c), rmax7(y, c));
        erode9(x, y, c) = min(min(min(min(mx8(x, y, c), mx8(x - 1, y, c)), mx8(x + 1, y, c)), mx8(x, y - 1, c)), mx8(x, y + 1, c));
        down10_x(x, y, c) = (erode9(2 * x - 1, y, c) + 3.0f * erode9(2 * x, y, c) + 3.0f * erode9(2 * x + 1, y, c) + erode9(2 * x + 2, y, c)) * 0.125f;
        down10_y(x, y, c) = (down10_x(x, 2 * y - 1, c) + 3.0f * down10_x(x, 2 * y, c) + 3.0f * down10_x(x, 2 * y + 1, c) + down10_x(x, 2 * y + 2, c)) * 0.125f;
        blur11_x(x, y, c) = (down10_y(x - 1, y, c) + 2.0f * down10_y(x, y, c) + down10_y(x + 1, y, c)) * 0.25f;
        blur11_y(x, y, c) = (blur11_x(x, y - 1, c) + 2.0f * blur11_x(x, y, c) + blur11_x(x, y + 1, c)) * 0.25f;
        output(x, y, c) = cast<uint8_t>(clamp(blur11_y(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1280}, {0, 3}});
        input2.set_estimates({{0, 640}, {0, 1280}});
        output.set_estimates({{0, 320}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            blur11_y.compute_at(output, yo).vectorize(x, 8);
            blur11_x.compute_root().vectorize(x, 16).parallel(y);
            down10_x.compute_root().vectorize(x, 8).parallel(y);
            mx8.compute_root().vectorize(x, 8).parallel(y);
            rmax7.compute_root().parallel(y);
            rmax7.update(0).vectorize(y, 8);
            avg6.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_at(avg6, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp126, rp_126)
