// Random pipeline (seed 198): 14 stages over image2d 1024x640 uint16 input.
// Steps: boundary, conv, binary, gather, boundary, slice, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp198 : public Generator<Rp198> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"}, avg2{"avg2"}, warp3{"warp3"}, pad4{"pad4"}, slice5{"slice5"};
    Func mx6{"mx6"}, avg7{"avg7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1)) * 0.000015f) * w_conv1(r_conv1.x, r_conv1.y);
        avg2(x, y) = (conv1(x, y) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f;
        Expr warp3_sx = cast<float>(x) + conv1(x, y) * 8.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 1022);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        Expr warp3_iy = clamp(cast<int32_t>(floor(cast<float>(y) - conv1(x, y) * 8.0f)), 0, 639);
        warp3(x, y) = lerp(avg2(warp3_ix, warp3_iy), avg2(warp3_ix + 1, warp3_iy), warp3_fx);
        pad4(x, y) = BoundaryConditions::constant_exterior(warp3, 0.0f, {{0, 1024}, {0, 640}})(x, y);
        slice5(x) = pad4(x, 470);
        mx6(x, y) = max(warp3(x, y), slice5(x));
        avg7(x, y) = (mx6(x, y) + warp3(x, y)) * 0.5f;
        output(x, y) = cast<uint16_t>(clamp(avg7(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 640}});
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1024}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            avg7.compute_at(output, xo).vectorize(x, 16);
            slice5.compute_root().vectorize(x, 8);
            avg2.compute_root().vectorize(x, 16).parallel(y);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp198, rp_198)
