// Random pipeline (seed 231): 18 stages over tensor4d 28x28x64x8 float input.
// Steps: boundary, boundary, activation, cast, cast, binary, binary, pointwise, pointwise, binary, conv, reindex.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp231 : public Generator<Rp231> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv10{"w_conv10", 4};
    Input<Buffer<float>> b_conv10{"b_conv10", 1};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv10;
    Func in0{"in0"}, in1{"in1"}, act2{"act2"}, cvt3{"cvt3"}, cvt4{"cvt4"}, avg5{"avg5"};
    Func mx6{"mx6"}, pw7{"pw7"}, pw8{"pw8"}, mul9{"mul9"}, conv10{"conv10"}, shift11{"shift11"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_interior(input2)(x, y, c, n);
        act2(x, y, c, n) = clamp(in1(x, y, c, n) * 6.0f, 0.0f, 6.0f);
        cvt3(x, y, c, n) = cast<int32_t>(in0(x, y, c, n) * 1024.0f);
        cvt4(x, y, c, n) = cast<int16_t>(clamp(act2(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
        avg5(x, y, c, n) = ((cast<float>(cvt4(x, y, c, n)) * 0.000031f) + (cast<float>(cvt3(x, y, c, n)) * 0.000977f)) * 0.5f;
        mx6(x, y, c, n) = max(avg5(x, y, c, n), (cast<float>(cvt4(x, y, c, n)) * 0.000031f));
        pw7(x, y, c, n) = mx6(x, y, c, n) / (1.0f + abs(mx6(x, y, c, n)));
        pw8(x, y, c, n) = floor(pw7(x, y, c, n) * 8.0f) * 0.125f;
        mul9(x, y, c, n) = pw8(x, y, c, n) * act2(x, y, c, n);
        r_conv10 = RDom(0, 3, 0, 3, 0, 64, "r_conv10");
        conv10(x, y, c, n) = b_conv10(c);
        conv10(x, y, c, n) += mx6(x + r_conv10.x - 1, y + r_conv10.y - 1, r_conv10.z, n) * w_conv10(r_conv10.x, r_conv10.y, r_conv10.z, c);
        shift11(x, y, c, n) = conv10(x + 1, y - 4, c, n);
        output(x, y, c, n) = (shift11(x, y, c, n) + mul9(x, y, c, n)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 8}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 8}});
        gain.set_estimate(1.0f);
        w_conv10.set_estimates({{0, 3}, {0, 3}, {0, 64}, {0, 64}});
        b_conv10.set_estimates({{0, 64}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            shift11.compute_at(output, c).vectorize(x, 8);
            conv10.compute_root().vectorize(x, 8).parallel(n);
            conv10.update(0).vectorize(x, 8).unroll(r_conv10.x).parallel(n);
            mul9.compute_root().vectorize(x, 8).parallel(n);
            pw8.compute_at(mul9, n).vectorize(x, 8);
            pw7.compute_at(pw8, n).vectorize(x, 8);
            mx6.compute_root().vectorize(x, 8).parallel(n);
            cvt3.compute_root().vectorize(x, 8).parallel(n);
            in1.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp231, rp_231)
