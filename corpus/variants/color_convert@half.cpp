// color_convert with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// RGB (8-bit planar) to YUV 4:2:0 conversion with integer BT.601 arithmetic:
// a full-resolution Y plane and a subsampled, interleaved UV plane.
#include "Halide.h"

using namespace Halide;

namespace {

class ColorConvert : public Generator<ColorConvert> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> y_plane{"y_plane", 2};
    Output<Buffer<uint8_t>> uv_plane{"uv_plane", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func rgb16{"rgb16"}, luma{"luma"}, chroma{"chroma"}, subsampled{"subsampled"};

    void generate() {
        rgb16(x, y, c) = cast<int32_t>(input(x, y, c));
        luma(x, y) = ((66 * rgb16(x, y, 0) + 129 * rgb16(x, y, 1) + 25 * rgb16(x, y, 2) + 128) >> 8) + 16;
        Expr u = ((-38 * rgb16(x, y, 0) - 74 * rgb16(x, y, 1) + 112 * rgb16(x, y, 2) + 128) >> 8) + 128;
        Expr v = ((112 * rgb16(x, y, 0) - 94 * rgb16(x, y, 1) - 18 * rgb16(x, y, 2) + 128) >> 8) + 128;
        chroma(x, y, c) = select(c == 0, u, v);
        subsampled(x, y, c) = (chroma(2 * x, 2 * y, c) + chroma(2 * x + 1, 2 * y, c) +
                               chroma(2 * x, 2 * y + 1, c) + chroma(2 * x + 1, 2 * y + 1, c) + 2) >> 2;

        y_plane(x, y) = cast<uint8_t>(clamp(luma(x, y), 0, 255));
        uv_plane(c, x, y) = cast<uint8_t>(clamp(subsampled(x, y, c), 0, 255));
    }

    void schedule() {
        input.set_estimates({{0, 960}, {0, 540}, {0, 3}});
        y_plane.set_estimates({{0, 960}, {0, 540}});
        uv_plane.set_estimates({{0, 2}, {0, 480}, {0, 270}});

        if (!auto_schedule) {
            y_plane.split(y, yo, yi, 16).parallel(yo).vectorize(x, 16);
            uv_plane.bound(c, 0, 2)
                .reorder(c, x, y)
                .unroll(c)
                .parallel(y, 8)
                .vectorize(x, 16);
            chroma.compute_at(uv_plane, y).bound(c, 0, 2).reorder(c, x, y).unroll(c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(ColorConvert, color_convert)
