// Random pipeline (seed 210): 15 stages over image2d 1920x4096 float input.
// Steps: boundary, boundary, scan, pointwise, separable, histogram, slice, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp210 : public Generator<Rp210> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_iir2, r_hist5;
    Func in0{"in0"}, pad1{"pad1"}, iir2{"iir2"}, pw3{"pw3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func hist5{"hist5"}, slice6{"slice6"}, avg7{"avg7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        pad1(x, y) = BoundaryConditions::repeat_edge(in0, {{0, 1920}, {0, 4096}})(x, y);
        r_iir2 = RDom(1, 4095, "r_iir2");
        iir2(x, y) = pad1(x, y);
        iir2(x, r_iir2.x) = 0.9f * iir2(x, r_iir2.x - 1) + 0.1f * iir2(x, r_iir2.x);
        pw3(x, y) = sin(iir2(x, y)) * 0.5f + 0.5f;
        blur4_x(x, y) = (pw3(x - 1, y) + 3.0f * pw3(x, y) + 3.0f * pw3(x + 1, y) + pw3(x + 2, y)) * 0.125f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + 3.0f * blur4_x(x, y) + 3.0f * blur4_x(x, y + 1) + blur4_x(x, y + 2)) * 0.125f;
        r_hist5 = RDom(0, 1920, 0, 4096, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(blur4_y(r_hist5.x, r_hist5.y) * 255.0f), 0, 255)) += 1;
        slice6(y) = blur4_y(1895, y);
        avg7(x, y) = (iir2(x, y) + slice6(y)) * 0.5f;
        output(x, y) = (avg7(x, y) + (cast<float>(hist5(x * 2 / 15)) * 0.000977f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 4096}});
        output.set_estimates({{0, 1920}, {0, 4096}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            slice6.compute_root().parallel(y);
            hist5.compute_root();
            blur4_y.compute_root().vectorize(x, 8).parallel(y);
            blur4_x.compute_root().vectorize(x, 16).parallel(y);
            pw3.compute_root().vectorize(x, 8).parallel(y);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(x, 16);
            pad1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(pad1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp210, rp_210)
