// Random pipeline (seed 280): 14 stages over image3d 640x1024x4 uint8 input.
// Steps: boundary, lut, all_to_all, downsample, all_to_all, stencil, scan, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp280 : public Generator<Rp280> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mix3, r_mix5, r_iir7;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, mix3{"mix3"}, down4{"down4"}, mix5{"mix5"};
    Func grad6{"grad6"}, iir7{"iir7"}, tr8{"tr8"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        curve1(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut2(x, y, c) = curve1(clamp(cast<int32_t>(in0(x, y, c)) * 256 / 256, 0, 255));
        r_mix3 = RDom(0, 4, "r_mix3");
        mix3(x, y, c) = 0.0f;
        mix3(x, y, c) += lut2(x, y, r_mix3.x) * (cast<float>((r_mix3.x + 2 * c) % 7) * 0.1f - 0.3f);
        down4(x, y, c) = (mix3(2 * x, 2 * y, c) + mix3(2 * x + 1, 2 * y, c) + mix3(2 * x, 2 * y + 1, c) + mix3(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        r_mix5 = RDom(0, 4, "r_mix5");
        mix5(x, y, c) = 0.0f;
        mix5(x, y, c) += down4(x, y, r_mix5.x) * (cast<float>((r_mix5.x + 2 * c) % 7) * 0.1f - 0.3f);
        grad6(x, y, c) = sqrt((mix5(x + 1, y, c) - mix5(x - 1, y, c)) * (mix5(x + 1, y, c) - mix5(x - 1, y, c)) + (mix5(x, y + 1, c) - mix5(x, y - 1, c)) * (mix5(x, y + 1, c) - mix5(x, y - 1, c)));
        r_iir7 = RDom(1, 319, "r_iir7");
        iir7(x, y, c) = grad6(x, y, c);
        iir7(r_iir7.x, y, c) = 0.9f * iir7(r_iir7.x - 1, y, c) + 0.1f * iir7(r_iir7.x, y, c);
        iir7(319 - r_iir7.x, y, c) = 0.9f * iir7(320 - r_iir7.x, y, c) + 0.1f * iir7(319 - r_iir7.x, y, c);
        tr8(x, y, c) = iir7(y, x, c);
        output(x, y, c) = cast<uint8_t>(clamp(tr8(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1024}, {0, 4}});
        output.set_estimates({{0, 512}, {0, 320}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            tr8.compute_at(output, yi).vectorize(x, 16);
            iir7.compute_root().vectorize(x, 8).parallel(c);
            iir7.update(0).vectorize(y, 8).parallel(c);
            iir7.update(1).vectorize(y, 16);
            mix5.compute_root().vectorize(x, 16).parallel(c);
            mix5.update(0).vectorize(x, 8).unroll(r_mix5.x).parallel(c);
            down4.compute_root().vectorize(x, 8).parallel(c);
            mix3.compute_root().vectorize(x, 16).parallel(c);
            mix3.update(0).vectorize(x, 16).unroll(r_mix3.x);
            lut2.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp280, rp_280)
