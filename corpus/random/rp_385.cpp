// Random pipeline (seed 385): 12 stages over tensor3d 64x64x24 float input.
// Steps: boundary, conv, binary, lut, activation, lut, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp385 : public Generator<Rp385> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> w_conv1{"w_conv1", 4};
    Input<Buffer<float>> b_conv1{"b_conv1", 1};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"}, mul2{"mul2"}, curve3{"curve3"}, lut4{"lut4"}, act5{"act5"};
    Func lut6{"lut6"}, erode7{"erode7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        r_conv1 = RDom(0, 3, 0, 3, 0, 24, "r_conv1");
        conv1(x, y, c) = b_conv1(c);
        conv1(x, y, c) += in0(x + r_conv1.x - 1, y + r_conv1.y - 1, r_conv1.z) * w_conv1(r_conv1.x, r_conv1.y, r_conv1.z, c);
        mul2(x, y, c) = conv1(x, y, c) * in0(x, y, c);
        curve3(x) = sqrt(cast<float>(x) * 0.003922f);
        lut4(x, y, c) = curve3(clamp(cast<int32_t>(mul2(x, y, c) * 255.0f), 0, 255));
        act5(x, y, c) = max(lut4(x, y, c) - 0.25f, 0.0f);
        lut6(x, y, c) = curve3(clamp(cast<int32_t>(act5(x, y, c) * 255.0f), 0, 255));
        erode7(x, y, c) = min(min(min(min(lut6(x, y, c), lut6(x - 1, y, c)), lut6(x + 1, y, c)), lut6(x, y - 1, c)), lut6(x, y + 1, c));
        output(x, y, c) = erode7(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 24}});
        w_conv1.set_estimates({{0, 3}, {0, 3}, {0, 24}, {0, 24}});
        b_conv1.set_estimates({{0, 24}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 24}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            lut6.compute_at(output, yo).vectorize(x, 16);
            act5.compute_root().vectorize(x, 8).parallel(c);
            conv1.compute_at(act5, y).vectorize(x, 8);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp385, rp_385)
