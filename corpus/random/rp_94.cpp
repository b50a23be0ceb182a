// Random pipeline (seed 94): 11 stages over image3d 640x2048x3 uint16 input.
// Steps: boundary, boundary, boundary, boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp94 : public Generator<Rp94> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pad2{"pad2"}, pad3{"pad3"}, box4{"box4"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        pad2(x, y, c) = BoundaryConditions::constant_exterior(in0, cast<uint16_t>(0), {{0, 640}, {0, 2048}, {0, 3}})(x, y, c);
        pad3(x, y, c) = BoundaryConditions::repeat_edge(pad2, {{0, 640}, {0, 2048}, {0, 3}})(x, y, c);
        box4(x, y, c) = ((cast<float>(pad3(x - 1, y - 1, c)) * 0.000015f) + (cast<float>(pad3(x, y - 1, c)) * 0.000015f) + (cast<float>(pad3(x + 1, y - 1, c)) * 0.000015f) + (cast<float>(pad3(x - 1, y, c)) * 0.000015f) + (cast<float>(pad3(x, y, c)) * 0.000015f) + (cast<float>(pad3(x + 1, y, c)) * 0.000015f) + (cast<float>(pad3(x - 1, y + 1, c)) * 0.000015f) + (cast<float>(pad3(x, y + 1, c)) * 0.000015f) + (cast<float>(pad3(x + 1, y + 1, c)) * 0.000015f)) * 0.111111f;
        output(x, y, c) = cast<uint16_t>(clamp((box4(x, y, c) + (cast<float>(in1(x, y, c)) * 0.000015f)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 2048}, {0, 3}});
        input2.set_estimates({{0, 640}, {0, 2048}, {0, 3}});
        output.set_estimates({{0, 640}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            box4.compute_at(output, yo).vectorize(x, 8);
            pad3.compute_root().vectorize(x, 16).parallel(y);
            pad2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(output, c).vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp94, rp_94)
