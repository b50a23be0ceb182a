// Random pipeline (seed 232): 16 stages over image3d 512x640x3 uint16 input.
// Steps: boundary, boundary, binary, reindex, resample, binary, activation, cast, binary, binary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp232 : public Generator<Rp232> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, blend2{"blend2"}, flip3{"flip3"}, resize4{"resize4"}, mul5{"mul5"};
    Func act6{"act6"}, cvt7{"cvt7"}, mul8{"mul8"}, add9{"add9"}, act10{"act10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        blend2(x, y, c) = lerp((cast<float>(in1(x, y, c)) * 0.000015f), (cast<float>(in0(x, y, c)) * 0.000015f), 0.3f);
        flip3(x, y, c) = blend2(x, 639 - y, c);
        Expr resize4_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize4_ix = cast<int32_t>(floor(resize4_sx));
        Expr resize4_fx = resize4_sx - cast<float>(resize4_ix);
        Expr resize4_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize4_iy = cast<int32_t>(floor(resize4_sy));
        Expr resize4_fy = resize4_sy - cast<float>(resize4_iy);
        resize4(x, y, c) = lerp(lerp(flip3(resize4_ix, resize4_iy, c), flip3(resize4_ix + 1, resize4_iy, c), resize4_fx), lerp(flip3(resize4_ix, resize4_iy + 1, c), flip3(resize4_ix + 1, resize4_iy + 1, c), resize4_fx), resize4_fy);
        mul5(x, y, c) = resize4(x, y, c) * flip3(x * 256 / 341, y * 640 / 853, c);
        act6(x, y, c) = log(1.0f + exp(mul5(x, y, c)));
        cvt7(x, y, c) = cast<int16_t>(clamp(act6(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
        mul8(x, y, c) = mul5(x, y, c) * (cast<float>(cvt7(x, y, c)) * 0.000031f);
        add9(x, y, c) = mul8(x, y, c) + (cast<float>(cvt7(x, y, c)) * 0.000031f);
        act10(x, y, c) = log(1.0f + exp(add9(x, y, c)));
        output(x, y, c) = cast<uint16_t>(clamp(act10(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 640}, {0, 3}});
        input2.set_estimates({{0, 512}, {0, 640}, {0, 3}});
        output.set_estimates({{0, 682}, {0, 853}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            mul8.compute_at(output, yo).vectorize(x, 16);
            cvt7.compute_root().vectorize(x, 8).parallel(y);
            act6.compute_root().vectorize(x, 16).parallel(y);
            mul5.compute_root().vectorize(x, 8).parallel(y);
            resize4.compute_root().vectorize(x, 8).parallel(y);
            flip3.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp232, rp_232)
