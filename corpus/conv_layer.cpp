// 3x3 convolution layer with bias and ReLU (ResNet conv3_x sizes), Halide
// x/y/channel/batch layout with an RDom over the kernel and input channels.
#include "Halide.h"

using namespace Halide;

namespace {

class ConvLayer : public Generator<ConvLayer> {
public:
    GeneratorParam<int> in_channels{"in_channels", 128};
    GeneratorParam<int> out_channels{"out_channels", 128};
    GeneratorParam<int> width{"width", 28};
    GeneratorParam<int> height{"height", 28};
    GeneratorParam<int> batch{"batch", 4};

    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> filter{"filter", 4};
    Input<Buffer<float>> bias{"bias", 1};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"}, xo{"xo"}, xi{"xi"}, yo{"yo"}, yi{"yi"}, cn{"cn"};
    RDom r;
    Func conv{"conv"};

    void generate() {
        r = RDom(0, 3, 0, 3, 0, (int)in_channels, "r");
        conv(x, y, c, n) = bias(c);
        conv(x, y, c, n) += filter(r.x, r.y, r.z, c) * input(x + r.x, y + r.y, r.z, n);
        output(x, y, c, n) = max(0.0f, conv(x, y, c, n));
    }

    void schedule() {
        const int W = width, H = height, CI = in_channels, CO = out_channels, N = batch;
        input.set_estimates({{0, W + 2}, {0, H + 2}, {0, CI}, {0, N}});
        filter.set_estimates({{0, 3}, {0, 3}, {0, CI}, {0, CO}});
        bias.set_estimates({{0, CO}});
        output.set_estimates({{0, W}, {0, H}, {0, CO}, {0, N}});

        if (!auto_schedule) {
            output.split(x, xo, xi, 8)
                .split(y, yo, yi, 4)
                .reorder(xi, yi, xo, yo, c, n)
                .vectorize(xi)
                .unroll(yi)
                .fuse(c, n, cn)
                .parallel(cn);
            conv.compute_at(output, xo).vectorize(x, 8).unroll(y);
            conv.update(0)
                .reorder(x, y, r.x, r.y, r.z)
                .vectorize(x, 8)
                .unroll(y)
                .unroll(r.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(ConvLayer, conv_layer)
