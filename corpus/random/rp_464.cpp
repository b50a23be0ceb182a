// Random pipeline (seed 464): 18 stages over image3d 384x1024x3 uint16 input.
// Steps: boundary, boundary, pointwise, resample, downsample, binary, reindex, activation, scan, pointwise, activation, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp464 : public Generator<Rp464> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir8;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, resize3{"resize3"}, down4_x{"down4_x"}, down4_y{"down4_y"};
    Func diff5{"diff5"}, shift6{"shift6"}, act7{"act7"}, iir8{"iir8"}, pw9{"pw9"}, act10{"act10"};
    Func down11{"down11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        pw2(x, y, c) = min(in1(x, y, c), 100);
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp((cast<float>(pw2(resize3_ix, resize3_iy, c)) * 0.000015f), (cast<float>(pw2(resize3_ix + 1, resize3_iy, c)) * 0.000015f), resize3_fx), lerp((cast<float>(pw2(resize3_ix, resize3_iy + 1, c)) * 0.000015f), (cast<float>(pw2(resize3_ix + 1, resize3_iy + 1, c)) * 0.000015f), resize3_fx), resize3_fy);
        down4_x(x, y, c) = (resize3(2 * x - 1, y, c) + 3.0f * resize3(2 * x, y, c) + 3.0f * resize3(2 * x + 1, y, c) + resize3(2 * x + 2, y, c)) * 0.125f;
        down4_y(x, y, c) = (down4_x(x, 2 * y - 1, c) + 3.0f * down4_x(x, 2 * y, c) + 3.0f * down4_x(x, 2 * y + 1, c) + down4_x(x, 2 * y + 2, c)) * 0.125f;
        diff5(x, y, c) = absd(down4_y(x, y, c), (cast<float>(in0(x * 128 / 51, y * 1024 / 409, c)) * 0.000015f));
        shift6(x, y, c) = diff5(x + 2, y - 1, c);
        act7(x, y, c) = log(1.0f + exp(shift6(x, y, c)));
        r_iir8 = RDom(1, 408, "r_iir8");
        iir8(x, y, c) = act7(x, y, c);
        iir8(x, r_iir8.x, c) = 0.7f * iir8(x, r_iir8.x - 1, c) + 0.3f * iir8(x, r_iir8.x, c);
        iir8(x, 408 - r_iir8.x, c) = 0.7f * iir8(x, 409 - r_iir8.x, c) + 0.3f * iir8(x, 408 - r_iir8.x, c);
        pw9(x, y, c) = iir8(x, y, c) / (1.0f + abs(iir8(x, y, c)));
        act10(x, y, c) = clamp(pw9(x, y, c) * 6.0f, 0.0f, 6.0f);
        down11(x, y, c) = (act10(2 * x, 2 * y, c) + act10(2 * x + 1, 2 * y, c) + act10(2 * x, 2 * y + 1, c) + act10(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        output(x, y, c) = cast<uint16_t>(clamp(down11(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 384}, {0, 1024}, {0, 3}});
        output.set_estimates({{0, 76}, {0, 204}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            down11.compute_at(output, y).vectorize(x, 16);
            act10.compute_root().vectorize(x, 8).parallel(y);
            pw9.compute_root().vectorize(x, 16).parallel(y);
            iir8.compute_root().vectorize(x, 8).parallel(y);
            iir8.update(0).vectorize(x, 8);
            iir8.update(1).vectorize(x, 16);
            act7.compute_root().vectorize(x, 16).parallel(y);
            shift6.compute_root().vectorize(x, 8).parallel(y);
            down4_x.compute_at(shift6, c).vectorize(x, 16);
            resize3.compute_root().vectorize(x, 16).parallel(y);
            pw2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(shift6, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp464, rp_464)
