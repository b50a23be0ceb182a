// Random pipeline (seed 64): 8 stages over image3d 1280x1280x3 float input.
// Steps: boundary, scan, binary, downsample, cast, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp64 : public Generator<Rp64> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir1;
    Func in0{"in0"}, iir1{"iir1"}, mul2{"mul2"}, down3{"down3"}, cvt4{"cvt4"}, cvt5{"cvt5"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        r_iir1 = RDom(1, 1279, "r_iir1");
        iir1(x, y, c) = in0(x, y, c);
        iir1(x, r_iir1.x, c) = 0.7f * iir1(x, r_iir1.x - 1, c) + 0.3f * iir1(x, r_iir1.x, c);
        mul2(x, y, c) = in0(x, y, c) * iir1(x, y, c);
        down3(x, y, c) = (mul2(2 * x, 2 * y, c) + mul2(2 * x + 1, 2 * y, c) + mul2(2 * x, 2 * y + 1, c) + mul2(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        cvt4(x, y, c) = cast<int16_t>(clamp(down3(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
        cvt5(x, y, c) = cast<uint16_t>(clamp((cast<float>(cvt4(x, y, c)) * 0.000031f) * 65535.0f, 0.0f, 65535.0f));
        output(x, y, c) = (cast<float>(cvt5(x, y, c)) * 0.000015f);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 640}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            cvt5.compute_at(output, y).vectorize(x, 16);
            cvt4.compute_at(cvt5, c).vectorize(x, 16);
            mul2.compute_root().vectorize(x, 8).parallel(y);
            iir1.compute_root().vectorize(x, 16).parallel(y);
            iir1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp64, rp_64)
