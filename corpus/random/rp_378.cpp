// Random pipeline (seed 378): 19 stages over tensor3d 56x56x32 float input.
// Steps: boundary, separable, binary, pointwise, activation, scan, activation, scan, binary, activation, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp378 : public Generator<Rp378> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv10{"w_conv10", 4};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir5, r_cumsum7, r_conv10;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, mn2{"mn2"}, pw3{"pw3"}, act4{"act4"};
    Func iir5{"iir5"}, act6{"act6"}, cumsum7{"cumsum7"}, add8{"add8"}, act9{"act9"}, conv10{"conv10"};
    Func act11{"act11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        blur1_x(x, y, c) = (in0(x - 2, y, c) + 4.0f * in0(x - 1, y, c) + 6.0f * in0(x, y, c) + 4.0f * in0(x + 1, y, c) + in0(x + 2, y, c)) * 0.0625f;
        blur1_y(x, y, c) = (blur1_x(x, y - 2, c) + 4.0f * blur1_x(x, y - 1, c) + 6.0f * blur1_x(x, y, c) + 4.0f * blur1_x(x, y + 1, c) + blur1_x(x, y + 2, c)) * 0.0625f;
        mn2(x, y, c) = min(blur1_y(x, y, c), in0(x, y, c));
        pw3(x, y, c) = log(abs(mn2(x, y, c)) + 1.0f) * gain;
        act4(x, y, c) = 1.0f / (1.0f + exp(-pw3(x, y, c)));
        r_iir5 = RDom(1, 55, "r_iir5");
        iir5(x, y, c) = act4(x, y, c);
        iir5(r_iir5.x, y, c) = 0.8f * iir5(r_iir5.x - 1, y, c) + 0.2f * iir5(r_iir5.x, y, c);
        act6(x, y, c) = max(iir5(x, y, c) - 0.25f, 0.0f);
        r_cumsum7 = RDom(1, 55, "r_cumsum7");
        cumsum7(x, y, c) = act6(x, y, c);
        cumsum7(x, r_cumsum7.x, c) = cumsum7(x, r_cumsum7.x - 1, c) + cumsum7(x, r_cumsum7.x, c);
        add8(x, y, c) = cumsum7(x, y, c) + act6(x, y, c);
        act9(x, y, c) = log(1.0f + exp(add8(x, y, c)));
        r_conv10 = RDom(0, 3, 0, 3, 0, 32, "r_conv10");
        conv10(x, y, c) = 0.0f;
        conv10(x, y, c) += act9(x + r_conv10.x - 1, y + r_conv10.y - 1, r_conv10.z) * w_conv10(r_conv10.x, r_conv10.y, r_conv10.z, c);
        act11(x, y, c) = 1.0f / (1.0f + exp(-conv10(x, y, c)));
        output(x, y, c) = act11(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 32}});
        gain.set_estimate(1.0f);
        w_conv10.set_estimates({{0, 3}, {0, 3}, {0, 32}, {0, 32}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            act11.compute_at(output, c).vectorize(x, 8);
            conv10.compute_root().vectorize(x, 8).parallel(c);
            conv10.update(0).vectorize(x, 8).unroll(r_conv10.x).parallel(c);
            act9.compute_root().vectorize(x, 8).parallel(c);
            add8.compute_root().vectorize(x, 8).parallel(c);
            cumsum7.compute_root().vectorize(x, 8).parallel(c);
            cumsum7.update(0).vectorize(x, 8);
            iir5.compute_root().vectorize(x, 8).parallel(c);
            iir5.update(0).vectorize(y, 8).parallel(c);
            act4.compute_root().vectorize(x, 8).parallel(c);
            pw3.compute_root().vectorize(x, 8).parallel(c);
            mn2.compute_at(pw3, c).vectorize(x, 8);
            blur1_y.compute_root().vectorize(x, 8).parallel(c);
            blur1_x.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp378, rp_378)
