// Random pipeline (seed 75): 16 stages over tensor3d 56x56x32 int16 input.
// Steps: boundary, transpose, binary, conv, conv, binary, conv, binary, activation, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp75 : public Generator<Rp75> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<Buffer<float>> w_conv4{"w_conv4", 4};
    Input<Buffer<float>> b_conv4{"b_conv4", 1};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Input<Buffer<float>> w_conv9{"w_conv9", 4};
    Input<Buffer<float>> b_conv9{"b_conv9", 1};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv3, r_conv4, r_conv6, r_conv9;
    Func in0{"in0"}, tr1{"tr1"}, mul2{"mul2"}, conv3{"conv3"}, conv4{"conv4"}, mn5{"mn5"};
    Func conv6{"conv6"}, diff7{"diff7"}, act8{"act8"}, conv9{"conv9"}, relu10{"relu10"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        tr1(x, y, c) = in0(y, x, c);
        mul2(x, y, c) = (cast<float>(tr1(x, y, c)) * 0.000031f) * (cast<float>(in0(x, y, c)) * 0.000031f);
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += mul2(x + r_conv3.x - 1, y + r_conv3.y - 1, c) * exp(-cast<float>((r_conv3.x - 1) * (r_conv3.x - 1) + (r_conv3.y - 1) * (r_conv3.y - 1)) * 0.3f);
        r_conv4 = RDom(0, 1, 0, 1, 0, 32, "r_conv4");
        conv4(x, y, c) = b_conv4(c);
        conv4(x, y, c) += conv3(x + r_conv4.x, y + r_conv4.y, r_conv4.z) * w_conv4(r_conv4.x, r_conv4.y, r_conv4.z, c);
        mn5(x, y, c) = min(conv4(x, y, c), conv3(x, y, c));
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y, c) = 0.0f;
        conv6(x, y, c) += mn5(x + r_conv6.x - 1, y + r_conv6.y - 1, c) * w_conv6(r_conv6.x, r_conv6.y);
        diff7(x, y, c) = absd(conv6(x, y, c), (cast<float>(tr1(x, y, c)) * 0.000031f));
        act8(x, y, c) = 1.0f / (1.0f + exp(-diff7(x, y, c)));
        r_conv9 = RDom(0, 3, 0, 3, 0, 32, "r_conv9");
        conv9(x, y, c) = b_conv9(c);
        conv9(x, y, c) += act8(x + r_conv9.x - 1, y + r_conv9.y - 1, r_conv9.z) * w_conv9(r_conv9.x, r_conv9.y, r_conv9.z, c);
        relu10(x, y, c) = max(conv9(x, y, c), 0.0f);
        output(x, y, c) = cast<int16_t>(clamp(relu10(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 32}});
        w_conv4.set_estimates({{0, 1}, {0, 1}, {0, 32}, {0, 32}});
        b_conv4.set_estimates({{0, 32}});
        w_conv6.set_estimates({{0, 3}, {0, 3}});
        w_conv9.set_estimates({{0, 3}, {0, 3}, {0, 32}, {0, 32}});
        b_conv9.set_estimates({{0, 32}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            relu10.compute_root().vectorize(x, 8).parallel(c);
            conv9.compute_at(relu10, y).vectorize(x, 8);
            conv9.update(0).vectorize(x, 8).unroll(r_conv9.x);
            act8.compute_root().vectorize(x, 8).parallel(c);
            diff7.compute_root().vectorize(x, 8).parallel(c);
            conv6.compute_at(diff7, c).vectorize(x, 8);
            conv6.update(0).vectorize(x, 8).unroll(r_conv6.x);
            mn5.compute_root().vectorize(x, 8).parallel(c);
            conv4.compute_root().vectorize(x, 8).parallel(c);
            conv4.update(0).vectorize(x, 8).parallel(c);
            conv3.compute_root().vectorize(x, 8).parallel(c);
            conv3.update(0).vectorize(x, 8).parallel(c);
            mul2.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp75, rp_75)
