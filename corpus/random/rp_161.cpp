// Random pipeline (seed 161): 18 stages over image3d 512x2048x4 uint8 input.
// Steps: boundary, stencil, slice, binary, binary, conv, activation, all_to_all, stencil, stencil, binary, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp161 : public Generator<Rp161> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv5, r_mix7, r_hist11;
    Func in0{"in0"}, box1{"box1"}, slice2{"slice2"}, mx3{"mx3"}, avg4{"avg4"}, conv5{"conv5"};
    Func relu6{"relu6"}, mix7{"mix7"}, lap8{"lap8"}, erode9{"erode9"}, mn10{"mn10"}, hist11{"hist11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        box1(x, y, c) = ((cast<float>(in0(x - 1, y - 1, c)) * 0.003922f) + (cast<float>(in0(x, y - 1, c)) * 0.003922f) + (cast<float>(in0(x + 1, y - 1, c)) * 0.003922f) + (cast<float>(in0(x - 1, y, c)) * 0.003922f) + (cast<float>(in0(x, y, c)) * 0.003922f) + (cast<float>(in0(x + 1, y, c)) * 0.003922f) + (cast<float>(in0(x - 1, y + 1, c)) * 0.003922f) + (cast<float>(in0(x, y + 1, c)) * 0.003922f) + (cast<float>(in0(x + 1, y + 1, c)) * 0.003922f)) * 0.111111f;
        slice2(x, y) = in0(x, y, 3);
        mx3(x, y, c) = max(box1(x, y, c), (cast<float>(slice2(x, y)) * 0.003922f));
        avg4(x, y, c) = (mx3(x, y, c) + (cast<float>(slice2(x, y)) * 0.003922f)) * 0.5f;
        r_conv5 = RDom(0, 5, 0, 5, "r_conv5");
        conv5(x, y, c) = 0.0f;
        conv5(x, y, c) += avg4(x + r_conv5.x - 2, y + r_conv5.y - 2, c) * exp(-cast<float>((r_conv5.x - 2) * (r_conv5.x - 2) + (r_conv5.y - 2) * (r_conv5.y - 2)) * 0.8f);
        relu6(x, y, c) = max(conv5(x, y, c), 0.0f);
        r_mix7 = RDom(0, 4, "r_mix7");
        mix7(x, y, c) = 0.0f;
        mix7(x, y, c) += relu6(x, y, r_mix7.x) * (cast<float>((r_mix7.x + 2 * c) % 7) * 0.1f - 0.3f);
        lap8(x, y, c) = mix7(x - 1, y, c) + mix7(x + 1, y, c) + mix7(x, y - 1, c) + mix7(x, y + 1, c) - 4.0f * mix7(x, y, c);
        erode9(x, y, c) = min(min(min(min(lap8(x, y, c), lap8(x - 1, y, c)), lap8(x + 1, y, c)), lap8(x, y - 1, c)), lap8(x, y + 1, c));
        mn10(x, y, c) = min(erode9(x, y, c), lap8(x, y, c));
        r_hist11 = RDom(0, 512, 0, 2048, 0, 4, "r_hist11");
        hist11(x) = 0;
        hist11(clamp(cast<int32_t>(mn10(r_hist11.x, r_hist11.y, r_hist11.z) * 127.0f), 0, 127)) += 1;
        output(x) = cast<uint8_t>(clamp((cast<float>(hist11(x)) * 0.000977f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 2048}, {0, 4}});
        output.set_estimates({{0, 128}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            hist11.compute_root().vectorize(x, 8);
            hist11.update(0).unroll(r_hist11.z);
            mn10.compute_root().vectorize(x, 8).parallel(c);
            lap8.compute_at(mn10, y).vectorize(x, 8);
            mix7.compute_at(lap8, c).vectorize(x, 16);
            mix7.update(0).vectorize(x, 16).unroll(r_mix7.x);
            relu6.compute_root().vectorize(x, 8).parallel(c);
            conv5.compute_root().vectorize(x, 16).parallel(c);
            conv5.update(0).vectorize(x, 8).parallel(c);
            mx3.compute_root().vectorize(x, 8).parallel(c);
            slice2.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp161, rp_161)
