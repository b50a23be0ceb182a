// Random pipeline (seed 504): 15 stages over tensor3d 64x64x24 float input.
// Steps: boundary, boundary, reindex, binary, binary, binary, binary, separable, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp504 : public Generator<Rp504> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, flip2{"flip2"}, avg3{"avg3"}, mx4{"mx4"}, mx5{"mx5"};
    Func mn6{"mn6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, act8{"act8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        flip2(x, y, c) = in1(x, 63 - y, c);
        avg3(x, y, c) = (flip2(x, y, c) + in0(x, y, c)) * 0.5f;
        mx4(x, y, c) = max(avg3(x, y, c), flip2(x, y, c));
        mx5(x, y, c) = max(mx4(x, y, c), avg3(x, y, c));
        mn6(x, y, c) = min(mx5(x, y, c), flip2(x, y, c));
        blur7_x(x, y, c) = (mn6(x - 1, y, c) + mn6(x, y, c) + mn6(x + 1, y, c)) * 0.333333f;
        blur7_y(x, y, c) = (blur7_x(x, y - 1, c) + blur7_x(x, y, c) + blur7_x(x, y + 1, c)) * 0.333333f;
        act8(x, y, c) = clamp(blur7_y(x, y, c) * 6.0f, 0.0f, 6.0f);
        output(x, y, c) = act8(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 24}});
        input2.set_estimates({{0, 64}, {0, 64}, {0, 24}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 24}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            act8.compute_at(output, xo).vectorize(x, 16);
            blur7_y.compute_at(act8, c).vectorize(x, 8);
            blur7_x.compute_root().vectorize(x, 8).parallel(c);
            mn6.compute_at(blur7_x, y).vectorize(x, 8);
            mx5.compute_root().vectorize(x, 16).parallel(c);
            mx4.compute_at(mx5, y).vectorize(x, 16);
            in1.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp504, rp_504)
