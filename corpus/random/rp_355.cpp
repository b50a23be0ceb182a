// Random pipeline (seed 355): 13 stages over tensor3d 112x112x32 int16 input.
// Steps: boundary, binary, activation, cast, slice, binary, separable, activation, lut, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp355 : public Generator<Rp355> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, mn1{"mn1"}, act2{"act2"}, cvt3{"cvt3"}, slice4{"slice4"}, diff5{"diff5"};
    Func blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, act7{"act7"}, curve8{"curve8"}, lut9{"lut9"}, pw10{"pw10"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        mn1(x, y, c) = min(in0(x, y, c), in0(x + 1, y, c));
        act2(x, y, c) = max((cast<float>(mn1(x, y, c)) * 0.000031f) - 0.25f, 0.0f);
        cvt3(x, y, c) = cast<int32_t>(act2(x, y, c) * 1024.0f);
        slice4(y, c) = cvt3(83, y, c);
        diff5(x, y, c) = absd((cast<float>(mn1(x, y, c)) * 0.000031f), (cast<float>(slice4(y, c)) * 0.000977f));
        blur6_x(x, y, c) = (diff5(x - 2, y, c) + 4.0f * diff5(x - 1, y, c) + 6.0f * diff5(x, y, c) + 4.0f * diff5(x + 1, y, c) + diff5(x + 2, y, c)) * 0.0625f;
        blur6_y(x, y, c) = (blur6_x(x, y - 2, c) + 4.0f * blur6_x(x, y - 1, c) + 6.0f * blur6_x(x, y, c) + 4.0f * blur6_x(x, y + 1, c) + blur6_x(x, y + 2, c)) * 0.0625f;
        act7(x, y, c) = max(blur6_y(x, y, c) - 0.25f, 0.0f);
        curve8(x) = sqrt(cast<float>(x) * 0.003922f);
        lut9(x, y, c) = curve8(clamp(cast<int32_t>(act7(x, y, c) * 255.0f), 0, 255));
        pw10(x, y, c) = lut9(x, y, c) / (1.0f + abs(lut9(x, y, c)));
        output(x, y, c) = cast<int16_t>(clamp(pw10(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 32}});
        output.set_estimates({{0, 112}, {0, 112}, {0, 32}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            pw10.compute_root().vectorize(x, 16).parallel(c);
            curve8.compute_root().vectorize(x, 8);
            act7.compute_root().vectorize(x, 16).parallel(c);
            blur6_y.compute_root().vectorize(x, 16).parallel(c);
            blur6_x.compute_at(blur6_y, c).vectorize(x, 16);
            diff5.compute_root().vectorize(x, 16).parallel(c);
            cvt3.compute_at(diff5, c).vectorize(x, 8);
            mn1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp355, rp_355)
