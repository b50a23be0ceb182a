// Random pipeline (seed 484): 11 stages over image3d 512x1280x3 float input.
// Steps: boundary, boundary, pointwise, slice, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp484 : public Generator<Rp484> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, slice3{"slice3"}, down4_x{"down4_x"}, down4_y{"down4_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        pw2(x, y, c) = floor(in1(x, y, c) * 8.0f) * 0.125f;
        slice3(x, y) = pw2(x, y, 0);
        down4_x(x, y) = (slice3(2 * x - 1, y) + 3.0f * slice3(2 * x, y) + 3.0f * slice3(2 * x + 1, y) + slice3(2 * x + 2, y)) * 0.125f;
        down4_y(x, y) = (down4_x(x, 2 * y - 1) + 3.0f * down4_x(x, 2 * y) + 3.0f * down4_x(x, 2 * y + 1) + down4_x(x, 2 * y + 2)) * 0.125f;
        output(x, y, c) = cast<uint8_t>(clamp((down4_y(x, y) + in0(x * 2, y * 2, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1280}, {0, 3}});
        input2.set_estimates({{0, 512}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 256}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            down4_y.compute_at(output, c).vectorize(x, 8);
            down4_x.compute_at(down4_y, y).vectorize(x, 16);
            slice3.compute_root().vectorize(x, 8).parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(output, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp484, rp_484)
