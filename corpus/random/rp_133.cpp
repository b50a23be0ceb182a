// Random pipeline (seed 133): 14 stages over image2d 3072x2560 uint8 input.
// Steps: boundary, transpose, stencil, pointwise, cast, lut, cast, pointwise, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp133 : public Generator<Rp133> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, tr1{"tr1"}, box2{"box2"}, pw3{"pw3"}, cvt4{"cvt4"}, curve5{"curve5"};
    Func lut6{"lut6"}, cvt7{"cvt7"}, pw8{"pw8"}, blur9_x{"blur9_x"}, blur9_y{"blur9_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        tr1(x, y) = in0(y, x);
        box2(x, y) = ((cast<float>(tr1(x - 1, y - 1)) * 0.003922f) + (cast<float>(tr1(x, y - 1)) * 0.003922f) + (cast<float>(tr1(x + 1, y - 1)) * 0.003922f) + (cast<float>(tr1(x - 1, y)) * 0.003922f) + (cast<float>(tr1(x, y)) * 0.003922f) + (cast<float>(tr1(x + 1, y)) * 0.003922f) + (cast<float>(tr1(x - 1, y + 1)) * 0.003922f) + (cast<float>(tr1(x, y + 1)) * 0.003922f) + (cast<float>(tr1(x + 1, y + 1)) * 0.003922f)) * 0.111111f;
        pw3(x, y) = sqrt(abs(box2(x, y)) + 1.0f);
        cvt4(x, y) = cast<uint16_t>(clamp(pw3(x, y) * 65535.0f, 0.0f, 65535.0f));
        curve5(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut6(x, y) = curve5(clamp(cast<int32_t>(cvt4(x, y)) / 256, 0, 255));
        cvt7(x, y) = cast<int16_t>(clamp(lut6(x, y) * 32767.0f, -32768.0f, 32767.0f));
        pw8(x, y) = min(cvt7(x, y), 100);
        blur9_x(x, y) = cast<int32_t>(pw8(x - 1, y)) + 2 * cast<int32_t>(pw8(x, y)) + cast<int32_t>(pw8(x + 1, y));
        blur9_y(x, y) = cast<int16_t>((blur9_x(x, y - 1) + 2 * blur9_x(x, y) + blur9_x(x, y + 1)) / 16);
        output(x, y) = cast<uint8_t>(clamp((cast<float>(blur9_y(x, y)) * 0.000031f) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 2560}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 2560}, {0, 3072}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            blur9_y.compute_root().vectorize(x, 8).parallel(y);
            blur9_x.compute_at(blur9_y, y).vectorize(x, 8);
            pw8.compute_root().vectorize(x, 8).parallel(y);
            lut6.compute_root().vectorize(x, 16).parallel(y);
            cvt4.compute_at(lut6, y).vectorize(x, 16);
            pw3.compute_at(cvt4, y).vectorize(x, 16);
            box2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp133, rp_133)
