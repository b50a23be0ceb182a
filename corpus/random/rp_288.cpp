// Random pipeline (seed 288): 13 stages over image3d 2560x1024x3 float input.
// Steps: boundary, reduction, lut, boundary, cast, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp288 : public Generator<Rp288> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mean1;
    Func in0{"in0"}, mean1{"mean1"}, curve2{"curve2"}, lut3{"lut3"}, pad4{"pad4"}, cvt5{"cvt5"};
    Func box6{"box6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_mean1 = RDom(0, 2560, "r_mean1");
        mean1(y, c) = 0.0f;
        mean1(y, c) += in0(r_mean1.x, y, c);
        mean1(y, c) = mean1(y, c) * 0.000391f;
        curve2(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut3(y, c) = curve2(clamp(cast<int32_t>(mean1(y, c) * 255.0f), 0, 255));
        pad4(y, c) = BoundaryConditions::mirror_image(lut3, {{0, 1024}, {0, 3}})(y, c);
        cvt5(y, c) = cast<uint8_t>(clamp(pad4(y, c) * 255.0f, 0.0f, 255.0f));
        box6(x) = (curve2(x - 1) + curve2(x) + curve2(x + 1)) * 0.333333f;
        output(x, y, c) = (box6(x) + (cast<float>(cvt5(y, c)) * 0.003922f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1024}, {0, 3}});
        output.set_estimates({{0, 256}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            box6.compute_root().vectorize(x, 8);
            cvt5.compute_root().parallel(y);
            pad4.compute_at(cvt5, y);
            curve2.compute_root().vectorize(x, 16);
            mean1.compute_root().parallel(y);
            mean1.update(0).vectorize(y, 16);
            mean1.update(1).vectorize(y, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp288, rp_288)
