// Random pipeline (seed 241): 13 stages over tensor4d 28x28x8x8 float input.
// Steps: boundary, boundary, slice, conv, activation, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp241 : public Generator<Rp241> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<Buffer<float>> w_conv3{"w_conv3", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv3;
    Func in0{"in0"}, in1{"in1"}, slice2{"slice2"}, conv3{"conv3"}, relu4{"relu4"}, mn5{"mn5"};
    Func add6{"add6"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_interior(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::repeat_edge(input2)(x, y, c, n);
        slice2(x, y, c) = in1(x, y, c, 2);
        r_conv3 = RDom(0, 1, 0, 1, 0, 8, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += slice2(x + r_conv3.x, y + r_conv3.y, r_conv3.z) * w_conv3(r_conv3.x, r_conv3.y, r_conv3.z, c);
        relu4(x, y, c) = max(conv3(x, y, c), 0.0f);
        mn5(x, y, c, n) = min(in0(x, y, c, n), relu4(x, y, c));
        add6(x, y, c, n) = mn5(x, y, c, n) + relu4(x, y, c);
        output(x, y, c, n) = add6(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 8}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 8}});
        w_conv3.set_estimates({{0, 1}, {0, 1}, {0, 8}, {0, 8}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            add6.compute_at(output, n).vectorize(x, 8);
            mn5.compute_at(add6, y).vectorize(x, 8);
            relu4.compute_root().vectorize(x, 8).parallel(c);
            conv3.compute_at(relu4, c).vectorize(x, 8);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x);
            slice2.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_at(mn5, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp241, rp_241)
