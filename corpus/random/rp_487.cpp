// Random pipeline (seed 487): 10 stages over image3d 1536x1536x3 uint8 input.
// Steps: boundary, pointwise, upsample, conv, activation, binary, binary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp487 : public Generator<Rp487> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3;
    Func in0{"in0"}, pw1{"pw1"}, up2{"up2"}, conv3{"conv3"}, relu4{"relu4"}, avg5{"avg5"};
    Func add6{"add6"}, dilate7{"dilate7"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        pw1(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f) / (1.0f + abs((cast<float>(in0(x, y, c)) * 0.003922f)));
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y, c) = lerp(lerp(pw1(x / 2, y / 2, c), pw1(x / 2 + 1, y / 2, c), up2_fx), lerp(pw1(x / 2, y / 2 + 1, c), pw1(x / 2 + 1, y / 2 + 1, c), up2_fx), up2_fy);
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += up2(x + r_conv3.x - 1, y + r_conv3.y - 1, c) * exp(-cast<float>((r_conv3.x - 1) * (r_conv3.x - 1) + (r_conv3.y - 1) * (r_conv3.y - 1)) * 0.8f);
        relu4(x, y, c) = max(conv3(x, y, c), 0.0f);
        avg5(x, y, c) = (relu4(x, y, c) + conv3(x, y, c)) * 0.5f;
        add6(x, y, c) = avg5(x, y, c) + relu4(x, y, c);
        dilate7(x, y, c) = max(max(max(max(add6(x, y, c), add6(x - 1, y, c)), add6(x + 1, y, c)), add6(x, y - 1, c)), add6(x, y + 1, c));
        output(x, y, c) = cast<uint8_t>(clamp(dilate7(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 1536}, {0, 3}});
        output.set_estimates({{0, 3072}, {0, 3072}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            dilate7.compute_at(output, c).vectorize(x, 16);
            add6.compute_root().vectorize(x, 16).parallel(y);
            avg5.compute_at(add6, c).vectorize(x, 16);
            conv3.compute_root().vectorize(x, 8).parallel(y);
            conv3.update(0).vectorize(x, 8).parallel(y);
            up2.compute_root().vectorize(x, 8).parallel(y);
            pw1.compute_at(up2, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp487, rp_487)
