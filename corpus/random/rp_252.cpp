// Random pipeline (seed 252): 16 stages over image2d 640x1280 uint16 input.
// Steps: boundary, pointwise, slice, boundary, cast, binary, separable, lut, binary, binary, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp252 : public Generator<Rp252> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"}, slice2{"slice2"}, pad3{"pad3"}, cvt4{"cvt4"}, blend5{"blend5"};
    Func blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, lut7{"lut7"}, add8{"add8"}, diff9{"diff9"}, lut10{"lut10"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        pw1(x, y) = floor((cast<float>(in0(x, y)) * 0.000015f) * 8.0f) * 0.125f;
        slice2(x) = pw1(x, 127);
        pad3(x) = BoundaryConditions::repeat_edge(slice2, {{0, 640}})(x);
        cvt4(x) = cast<uint8_t>(clamp(pad3(x) * 255.0f, 0.0f, 255.0f));
        blend5(x) = lerp((cast<float>(cvt4(x)) * 0.003922f), pad3(x), 0.3f);
        blur6_x(x, y) = (pw1(x - 1, y) + 3.0f * pw1(x, y) + 3.0f * pw1(x + 1, y) + pw1(x + 2, y)) * 0.125f;
        blur6_y(x, y) = (blur6_x(x, y - 1) + 3.0f * blur6_x(x, y) + 3.0f * blur6_x(x, y + 1) + blur6_x(x, y + 2)) * 0.125f;
        lut7(x, y) = blend5(clamp(cast<int32_t>(blur6_y(x, y) * 639.0f), 0, 639));
        add8(x, y) = lut7(x, y) + blur6_y(x, y);
        diff9(x, y) = absd(add8(x, y), lut7(x, y));
        lut10(x, y) = blend5(clamp(cast<int32_t>(diff9(x, y) * 639.0f), 0, 639));
        output(x, y) = cast<uint8_t>(clamp(lut10(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1280}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 640}, {0, 1280}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
            lut10.compute_at(output, yo).vectorize(x, 8);
            diff9.compute_root().vectorize(x, 16).parallel(y);
            add8.compute_at(diff9, y).vectorize(x, 16);
            blur6_y.compute_root().vectorize(x, 16).parallel(y);
            blur6_x.compute_at(blur6_y, y).vectorize(x, 16);
            slice2.compute_root().vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp252, rp_252)
