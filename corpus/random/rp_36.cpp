// Random pipeline (seed 36): 15 stages over image2d 384x768 uint16 input.
// Steps: boundary, slice, lut, stencil, downsample, boundary, lut, stencil, upsample, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp36 : public Generator<Rp36> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, slice1{"slice1"}, curve2{"curve2"}, lut3{"lut3"}, dilate4{"dilate4"}, down5_x{"down5_x"};
    Func down5_y{"down5_y"}, pad6{"pad6"}, lut7{"lut7"}, erode8{"erode8"}, up9{"up9"}, slice10{"slice10"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        slice1(y) = in0(88, y);
        curve2(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut3(y) = curve2(clamp(cast<int32_t>(slice1(y)) / 256, 0, 255));
        dilate4(x) = max(max(curve2(x), curve2(x - 1)), curve2(x + 1));
        down5_x(x, y) = ((cast<float>(in0(2 * x - 1, y)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x, y)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x + 1, y)) * 0.000015f) + (cast<float>(in0(2 * x + 2, y)) * 0.000015f)) * 0.125f;
        down5_y(x, y) = (down5_x(x, 2 * y - 1) + 3.0f * down5_x(x, 2 * y) + 3.0f * down5_x(x, 2 * y + 1) + down5_x(x, 2 * y + 2)) * 0.125f;
        pad6(x, y) = BoundaryConditions::constant_exterior(down5_y, 0.0f, {{0, 192}, {0, 384}})(x, y);
        lut7(x, y) = dilate4(clamp(cast<int32_t>(pad6(x, y) * 255.0f), 0, 255));
        erode8(x, y) = min(min(min(min(lut7(x, y), lut7(x - 1, y)), lut7(x + 1, y)), lut7(x, y - 1)), lut7(x, y + 1));
        Expr up9_fx = cast<float>(x % 2) * 0.5f;
        Expr up9_fy = cast<float>(y % 2) * 0.5f;
        up9(x, y) = lerp(lerp(erode8(x / 2, y / 2), erode8(x / 2 + 1, y / 2), up9_fx), lerp(erode8(x / 2, y / 2 + 1), erode8(x / 2 + 1, y / 2 + 1), up9_fx), up9_fy);
        slice10(y) = up9(307, y);
        output(y) = cast<uint16_t>(clamp((slice10(y) + lut3(y)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 768}});
        output.set_estimates({{0, 768}});

        if (!auto_schedule) {
            output.parallel(y);
            slice10.compute_root().parallel(y);
            up9.compute_at(slice10, y).vectorize(x, 16);
            erode8.compute_at(up9, y).vectorize(x, 8);
            lut7.compute_root().vectorize(x, 8).parallel(y);
            down5_y.compute_at(lut7, y).vectorize(x, 16);
            down5_x.compute_at(down5_y, y).vectorize(x, 8);
            dilate4.compute_root().vectorize(x, 16);
            curve2.compute_root().vectorize(x, 8);
            slice1.compute_root().parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp36, rp_36)
