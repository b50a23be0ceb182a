// Random pipeline (seed 406): 13 stages over tensor3d 128x128x32 uint8 input.
// Steps: boundary, pointwise, binary, activation, reindex, pointwise, pointwise, pointwise, pointwise, downsample, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp406 : public Generator<Rp406> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, pw1{"pw1"}, avg2{"avg2"}, act3{"act3"}, shift4{"shift4"}, pw5{"pw5"};
    Func pw6{"pw6"}, pw7{"pw7"}, pw8{"pw8"}, down9{"down9"}, blur10_x{"blur10_x"}, blur10_y{"blur10_y"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        pw1(x, y, c) = sin((cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f + 0.5f;
        avg2(x, y, c) = (pw1(x, y, c) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f;
        act3(x, y, c) = 1.0f / (1.0f + exp(-avg2(x, y, c)));
        shift4(x, y, c) = act3(x + 5, y - 3, c);
        pw5(x, y, c) = floor(shift4(x, y, c) * 8.0f) * 0.125f;
        pw6(x, y, c) = exp(-abs(pw5(x, y, c)));
        pw7(x, y, c) = sqrt(abs(pw6(x, y, c)) + 1.0f);
        pw8(x, y, c) = floor(pw7(x, y, c) * 8.0f) * 0.125f;
        down9(x, y, c) = (avg2(2 * x, 2 * y, c) + avg2(2 * x + 1, 2 * y, c) + avg2(2 * x, 2 * y + 1, c) + avg2(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        blur10_x(x, y, c) = (down9(x - 2, y, c) + 4.0f * down9(x - 1, y, c) + 6.0f * down9(x, y, c) + 4.0f * down9(x + 1, y, c) + down9(x + 2, y, c)) * 0.0625f;
        blur10_y(x, y, c) = (blur10_x(x, y - 2, c) + 4.0f * blur10_x(x, y - 1, c) + 6.0f * blur10_x(x, y, c) + 4.0f * blur10_x(x, y + 1, c) + blur10_x(x, y + 2, c)) * 0.0625f;
        output(x, y, c) = (blur10_y(x, y, c) + pw8(x * 2, y * 2, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 32}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            blur10_y.compute_root().vectorize(x, 8).parallel(c);
            pw6.compute_at(output, c).vectorize(x, 16);
            shift4.compute_at(pw6, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp406, rp_406)
