// Random pipeline (seed 516): 19 stages over tensor4d 14x14x32x4 float input.
// Steps: boundary, boundary, pointwise, cast, pointwise, pointwise, pointwise, boundary, activation, conv, activation, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp516 : public Generator<Rp516> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv9;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, cvt3{"cvt3"}, pw4{"pw4"}, pw5{"pw5"};
    Func pw6{"pw6"}, pad7{"pad7"}, act8{"act8"}, conv9{"conv9"}, relu10{"relu10"}, act11{"act11"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        pw2(x, y, c, n) = log(abs(in1(x, y, c, n)) + 1.0f) * gain;
        cvt3(x, y, c, n) = cast<int32_t>(in0(x, y, c, n) * 1024.0f);
        pw4(x, y, c, n) = (cast<float>(cvt3(x, y, c, n)) * 0.000977f) / (1.0f + abs((cast<float>(cvt3(x, y, c, n)) * 0.000977f))) * gain;
        pw5(x, y, c, n) = floor(pw4(x, y, c, n) * 8.0f) * 0.125f;
        pw6(x, y, c, n) = pw5(x, y, c, n) * pw5(x, y, c, n) * 0.5f - pw5(x, y, c, n) * gain;
        pad7(x, y, c, n) = BoundaryConditions::repeat_edge(pw6, {{0, 14}, {0, 14}, {0, 32}, {0, 4}})(x, y, c, n);
        act8(x, y, c, n) = max(pw2(x, y, c, n) - 0.25f, 0.0f);
        r_conv9 = RDom(0, 5, 0, 5, "r_conv9");
        conv9(x, y, c, n) = 0.0f;
        conv9(x, y, c, n) += act8(x + r_conv9.x - 2, y + r_conv9.y - 2, c, n) * exp(-cast<float>((r_conv9.x - 2) * (r_conv9.x - 2) + (r_conv9.y - 2) * (r_conv9.y - 2)) * 0.8f);
        relu10(x, y, c, n) = max(conv9(x, y, c, n), 0.0f);
        act11(x, y, c, n) = select(pad7(x, y, c, n) > 0.0f, pad7(x, y, c, n), pad7(x, y, c, n) * 0.1f);
        output(x, y, c, n) = (act11(x, y, c, n) + relu10(x, y, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 32}, {0, 4}});
        input2.set_estimates({{0, 14}, {0, 14}, {0, 32}, {0, 4}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 14}, {0, 14}, {0, 32}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            relu10.compute_root().vectorize(x, 8).parallel(n);
            conv9.compute_root().vectorize(x, 8).parallel(n);
            conv9.update(0).vectorize(x, 8).unroll(r_conv9.x).parallel(n);
            act8.compute_root().vectorize(x, 8).parallel(n);
            pad7.compute_at(output, c).vectorize(x, 8);
            pw5.compute_at(pad7, n).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(n);
            in0.compute_at(pw5, n).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp516, rp_516)
