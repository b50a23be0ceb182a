// Random pipeline (seed 470): 13 stages over image3d 384x1536x3 uint16 input.
// Steps: boundary, boundary, downsample, stencil, pointwise, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp470 : public Generator<Rp470> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, pad1{"pad1"}, down2{"down2"}, dilate3{"dilate3"}, pw4{"pw4"}, pad5{"pad5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        pad1(x, y, c) = BoundaryConditions::constant_exterior(in0, cast<uint16_t>(0), {{0, 384}, {0, 1536}, {0, 3}})(x, y, c);
        down2(x, y, c) = ((cast<float>(pad1(2 * x, 2 * y, c)) * 0.000015f) + (cast<float>(pad1(2 * x + 1, 2 * y, c)) * 0.000015f) + (cast<float>(pad1(2 * x, 2 * y + 1, c)) * 0.000015f) + (cast<float>(pad1(2 * x + 1, 2 * y + 1, c)) * 0.000015f)) * 0.25f;
        dilate3(x, y, c) = max(max(max(max(down2(x, y, c), down2(x - 1, y, c)), down2(x + 1, y, c)), down2(x, y - 1, c)), down2(x, y + 1, c));
        pw4(x, y, c) = pow(abs(dilate3(x, y, c)) + 0.001f, 0.4545f);
        pad5(x, y, c) = BoundaryConditions::constant_exterior(pw4, 0.0f, {{0, 192}, {0, 768}, {0, 3}})(x, y, c);
        output(x, y, c) = cast<uint16_t>(clamp(pad5(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}, {0, 3}});
        output.set_estimates({{0, 192}, {0, 768}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pad5.compute_at(output, c).vectorize(x, 8);
            down2.compute_root().vectorize(x, 16).parallel(y);
            pad1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(pad1, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp470, rp_470)
