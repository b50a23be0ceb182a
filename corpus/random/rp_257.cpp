// Random pipeline (seed 257): 19 stages over image3d 256x1024x3 uint8 input.
// Steps: boundary, boundary, pointwise, reduction, conv, slice, transpose, reduction, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp257 : public Generator<Rp257> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red3, r_conv4, r_rmax7;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, red3{"red3"}, conv4{"conv4"}, slice5{"slice5"};
    Func tr6{"tr6"}, rmax7{"rmax7"}, warp8{"warp8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y, c);
        pw2(x, y, c) = (cast<float>(in1(x, y, c)) * 0.003922f) * (cast<float>(in1(x, y, c)) * 0.003922f) * 0.5f - (cast<float>(in1(x, y, c)) * 0.003922f);
        r_red3 = RDom(0, 256, "r_red3");
        red3(y, c) = minimum(pw2(r_red3.x, y, c));
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += (cast<float>(in1(x + r_conv4.x - 1, y + r_conv4.y - 1, c)) * 0.003922f) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.8f);
        slice5(y) = red3(y, 0);
        tr6(x, y, c) = in0(y, x, c);
        r_rmax7 = RDom(1, 2, "r_rmax7");
        rmax7(x, y) = tr6(x, y, 0);
        rmax7(x, y) = max(rmax7(x, y), tr6(x, y, r_rmax7.x));
        Expr warp8_sx = cast<float>(x) + slice5(y * 4) * 8.0f;
        Expr warp8_ix = clamp(cast<int32_t>(floor(warp8_sx)), 0, 1022);
        Expr warp8_fx = clamp(warp8_sx - cast<float>(warp8_ix), 0.0f, 1.0f);
        Expr warp8_iy = clamp(cast<int32_t>(floor(cast<float>(y) - slice5(y * 4) * 8.0f)), 0, 255);
        warp8(x, y) = lerp((cast<float>(rmax7(warp8_ix, warp8_iy)) * 0.003922f), (cast<float>(rmax7(warp8_ix + 1, warp8_iy)) * 0.003922f), warp8_fx);
        output(x, y, c) = cast<uint8_t>(clamp((warp8(x, y) + conv4(x / 4, y * 4, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 256}, {0, 1024}, {0, 3}});
        output.set_estimates({{0, 1024}, {0, 256}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            warp8.compute_root().vectorize(x, 8).parallel(y);
            rmax7.compute_root().vectorize(x, 8).parallel(y);
            rmax7.update(0).vectorize(x, 8).unroll(r_rmax7.x).parallel(y);
            tr6.compute_root().vectorize(x, 16).parallel(y);
            slice5.compute_at(warp8, y);
            conv4.compute_root().vectorize(x, 8).parallel(y);
            conv4.update(0).vectorize(x, 16).parallel(y);
            red3.compute_root().parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp257, rp_257)
