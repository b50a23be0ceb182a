// Random pipeline (seed 93): 19 stages over image3d 1536x4096x3 uint16 input.
// Steps: boundary, boundary, reduction, pointwise, boundary, reduction, reindex, slice, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp93 : public Generator<Rp93> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mean2, r_mean5;
    Func in0{"in0"}, in1{"in1"}, mean2{"mean2"}, pw3{"pw3"}, pad4{"pad4"}, mean5{"mean5"};
    Func flip6{"flip6"}, slice7{"slice7"}, pw8{"pw8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_image(input2)(x, y, c);
        r_mean2 = RDom(0, 1536, "r_mean2");
        mean2(y, c) = 0.0f;
        mean2(y, c) += (cast<float>(in1(r_mean2.x, y, c)) * 0.003922f);
        mean2(y, c) = mean2(y, c) * 0.000651f;
        pw3(y, c) = mean2(y, c) / (1.0f + abs(mean2(y, c)));
        pad4(y, c) = BoundaryConditions::mirror_image(pw3, {{0, 4096}, {0, 3}})(y, c);
        r_mean5 = RDom(0, 4096, "r_mean5");
        mean5(x, c) = 0.0f;
        mean5(x, c) += (cast<float>(in0(x, r_mean5.x, c)) * 0.000015f);
        mean5(x, c) = mean5(x, c) * 0.000244f;
        flip6(x, c) = mean5(1535 - x, c);
        slice7(x) = flip6(x, 1);
        pw8(y, c) = log(abs(pw3(y, c)) + 1.0f);
        output(x, y, c) = cast<uint16_t>(clamp((pw8(y, c) + pad4(y, c) + slice7(x)) * 0.333333f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 4096}, {0, 3}});
        input2.set_estimates({{0, 1536}, {0, 4096}, {0, 3}});
        output.set_estimates({{0, 1536}, {0, 4096}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            mean5.compute_root().vectorize(x, 8);
            mean5.update(0).vectorize(x, 8);
            mean5.update(1).vectorize(x, 16);
            mean2.compute_root().parallel(y);
            mean2.update(0).vectorize(y, 8);
            mean2.update(1).vectorize(y, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp93, rp_93)
