// Random pipeline (seed 89): 13 stages over tensor4d 32x32x8x4 float input.
// Steps: boundary, stencil, reindex, pointwise, pointwise, pointwise, reindex, lut, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp89 : public Generator<Rp89> {
public:
    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, erode1{"erode1"}, flip2{"flip2"}, pw3{"pw3"}, pw4{"pw4"}, pw5{"pw5"};
    Func rev6{"rev6"}, curve7{"curve7"}, lut8{"lut8"}, tr9{"tr9"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        erode1(x, y, c, n) = min(min(min(min(in0(x, y, c, n), in0(x - 1, y, c, n)), in0(x + 1, y, c, n)), in0(x, y - 1, c, n)), in0(x, y + 1, c, n));
        flip2(x, y, c, n) = erode1(x, 31 - y, c, n);
        pw3(x, y, c, n) = flip2(x, y, c, n) * flip2(x, y, c, n) * 0.5f - flip2(x, y, c, n);
        pw4(x, y, c, n) = log(abs(flip2(x, y, c, n)) + 1.0f);
        pw5(x, y, c, n) = pw3(x, y, c, n) * pw3(x, y, c, n) * 0.5f - pw3(x, y, c, n);
        rev6(x, y, c, n) = pw5(x, y, 7 - c, n);
        curve7(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut8(x, y, c, n) = curve7(clamp(cast<int32_t>(rev6(x, y, c, n) * 255.0f), 0, 255));
        tr9(x, y, c, n) = lut8(y, x, c, n);
        output(x, y, c, n) = (tr9(x, y, c, n) + pw4(x, y, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 8}, {0, 4}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            lut8.compute_at(output, c).vectorize(x, 8);
            curve7.compute_root().vectorize(x, 8);
            rev6.compute_at(lut8, y).vectorize(x, 8);
            pw5.compute_at(rev6, y).vectorize(x, 8);
            pw4.compute_root().vectorize(x, 8).parallel(n);
            flip2.compute_root().vectorize(x, 8).parallel(n);
            erode1.compute_at(flip2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp89, rp_89)
