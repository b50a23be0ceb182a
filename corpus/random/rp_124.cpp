// Random pipeline (seed 124): 18 stages over image3d 512x512x3 float input.
// Steps: boundary, boundary, scan, cast, binary, reindex, binary, pointwise, stencil, separable, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp124 : public Generator<Rp124> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_cumsum2;
    Func in0{"in0"}, in1{"in1"}, cumsum2{"cumsum2"}, cvt3{"cvt3"}, add4{"add4"}, shift5{"shift5"};
    Func mn6{"mn6"}, pw7{"pw7"}, box8{"box8"}, blur9_x{"blur9_x"}, blur9_y{"blur9_y"}, up10{"up10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        r_cumsum2 = RDom(1, 511, "r_cumsum2");
        cumsum2(x, y) = cast<int32_t>(in1(x, y));
        cumsum2(x, r_cumsum2.x) = cumsum2(x, r_cumsum2.x - 1) + cumsum2(x, r_cumsum2.x);
        cvt3(x, y) = cast<uint8_t>(clamp((cast<float>(cumsum2(x, y)) * 0.000977f) * 255.0f, 0.0f, 255.0f));
        add4(x, y, c) = in0(x, y, c) + (cast<float>(cvt3(x, y)) * 0.003922f);
        shift5(x, y, c) = add4(x + 2, y - 8, c);
        mn6(x, y, c) = min(shift5(x, y, c), in0(x, y, c));
        pw7(x, y, c) = tanh(mn6(x, y, c));
        box8(x, y, c) = (mn6(x - 1, y - 1, c) + mn6(x, y - 1, c) + mn6(x + 1, y - 1, c) + mn6(x - 1, y, c) + mn6(x, y, c) + mn6(x + 1, y, c) + mn6(x - 1, y + 1, c) + mn6(x, y + 1, c) + mn6(x + 1, y + 1, c)) * 0.111111f;
        blur9_x(x, y, c) = (box8(x - 1, y, c) + 3.0f * box8(x, y, c) + 3.0f * box8(x + 1, y, c) + box8(x + 2, y, c)) * 0.125f;
        blur9_y(x, y, c) = (blur9_x(x, y - 1, c) + 3.0f * blur9_x(x, y, c) + 3.0f * blur9_x(x, y + 1, c) + blur9_x(x, y + 2, c)) * 0.125f;
        Expr up10_fx = cast<float>(x % 2) * 0.5f;
        Expr up10_fy = cast<float>(y % 2) * 0.5f;
        up10(x, y, c) = lerp(lerp(pw7(x / 2, y / 2, c), pw7(x / 2 + 1, y / 2, c), up10_fx), lerp(pw7(x / 2, y / 2 + 1, c), pw7(x / 2 + 1, y / 2 + 1, c), up10_fx), up10_fy);
        output(x, y, c) = (up10(x, y, c) + blur9_y(x / 2, y / 2, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 512}, {0, 3}});
        input2.set_estimates({{0, 512}, {0, 512}});
        output.set_estimates({{0, 1024}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            up10.compute_at(output, y).vectorize(x, 16);
            blur9_y.compute_root().vectorize(x, 8).parallel(y);
            pw7.compute_at(up10, c).vectorize(x, 16);
            add4.compute_root().vectorize(x, 16).parallel(y);
            cvt3.compute_at(add4, c).vectorize(x, 8);
            cumsum2.compute_root().vectorize(x, 16).parallel(y);
            cumsum2.update(0).vectorize(x, 16);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp124, rp_124)
