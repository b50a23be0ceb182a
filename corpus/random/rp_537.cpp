// Random pipeline (seed 537): 8 stages over tensor4d 56x56x8x4 float input.
// Steps: boundary, reindex, binary, pointwise, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp537 : public Generator<Rp537> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> w_conv4{"w_conv4", 4};
    Input<Buffer<float>> b_conv4{"b_conv4", 1};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv4;
    Func in0{"in0"}, flip1{"flip1"}, mn2{"mn2"}, pw3{"pw3"}, conv4{"conv4"}, relu5{"relu5"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        flip1(x, y, c, n) = in0(55 - x, y, c, n);
        mn2(x, y, c, n) = min(flip1(x, y, c, n), in0(x, y, c, n));
        pw3(x, y, c, n) = exp(-abs(mn2(x, y, c, n)));
        r_conv4 = RDom(0, 3, 0, 3, 0, 8, "r_conv4");
        conv4(x, y, c, n) = b_conv4(c);
        conv4(x, y, c, n) += pw3(x + r_conv4.x - 1, y + r_conv4.y - 1, r_conv4.z, n) * w_conv4(r_conv4.x, r_conv4.y, r_conv4.z, c);
        relu5(x, y, c, n) = max(conv4(x, y, c, n), 0.0f);
        output(x, y, c, n) = relu5(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 4}});
        w_conv4.set_estimates({{0, 3}, {0, 3}, {0, 8}, {0, 8}});
        b_conv4.set_estimates({{0, 8}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            relu5.compute_at(output, y).vectorize(x, 8);
            conv4.compute_at(relu5, n).vectorize(x, 8);
            conv4.update(0).vectorize(x, 8).unroll(r_conv4.x);
            pw3.compute_root().vectorize(x, 8).parallel(n);
            mn2.compute_root().vectorize(x, 8).parallel(n);
            in0.compute_at(mn2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp537, rp_537)
