// Random pipeline (seed 251): 14 stages over image2d 2048x1536 int16 input.
// Steps: boundary, boundary, transpose, upsample, binary, binary, activation, boundary, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp251 : public Generator<Rp251> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, tr2{"tr2"}, up3{"up3"}, blend4{"blend4"}, avg5{"avg5"};
    Func act6{"act6"}, pad7{"pad7"}, avg8{"avg8"}, blend9{"blend9"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        tr2(x, y) = in1(y, x);
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y) = lerp(lerp((cast<float>(in1(x / 2, y / 2)) * 0.000031f), (cast<float>(in1(x / 2 + 1, y / 2)) * 0.000031f), up3_fx), lerp((cast<float>(in1(x / 2, y / 2 + 1)) * 0.000031f), (cast<float>(in1(x / 2 + 1, y / 2 + 1)) * 0.000031f), up3_fx), up3_fy);
        blend4(x, y) = lerp(up3(x, y), (cast<float>(in0(x / 2, y / 2)) * 0.000031f), 0.3f);
        avg5(x, y) = (blend4(x, y) + (cast<float>(tr2(x * 3 / 8, y * 2 / 3)) * 0.000031f)) * 0.5f;
        act6(x, y) = select(avg5(x, y) > 0.0f, avg5(x, y), avg5(x, y) * 0.1f);
        pad7(x, y) = BoundaryConditions::mirror_image(act6, {{0, 4096}, {0, 3072}})(x, y);
        avg8(x, y) = (pad7(x, y) + act6(x, y)) * 0.5f;
        blend9(x, y) = lerp(avg8(x, y), pad7(x, y), 0.3f);
        output(x, y) = cast<int16_t>(clamp(blend9(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1536}});
        input2.set_estimates({{0, 2048}, {0, 1536}});
        output.set_estimates({{0, 4096}, {0, 3072}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            blend9.compute_at(output, y).vectorize(x, 8);
            avg8.compute_at(blend9, y).vectorize(x, 16);
            act6.compute_root().vectorize(x, 16).parallel(y);
            avg5.compute_root().vectorize(x, 16).parallel(y);
            tr2.compute_at(avg5, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp251, rp_251)
