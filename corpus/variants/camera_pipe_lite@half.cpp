// camera_pipe_lite with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Simplified camera pipeline: black level, hot pixel suppression on the raw
// Bayer mosaic (GRBG), full-resolution bilinear demosaic selected by parity,
// 3x4 color correction matrix, and a gamma curve applied as a LUT.
#include "Halide.h"

using namespace Halide;

namespace {

class CameraPipeLite : public Generator<CameraPipeLite> {
public:
    GeneratorParam<float> gamma{"gamma", 2.2f};
    GeneratorParam<int> white_level{"white_level", 1023};

    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<float>> matrix{"matrix", 2};
    Input<int32_t> black_level{"black_level"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, v{"v"}, xi{"xi"}, yi{"yi"};
    Func shifted{"shifted"}, denoised{"denoised"}, cross_avg{"cross_avg"}, diag_avg{"diag_avg"};
    Func horiz_avg{"horiz_avg"}, vert_avg{"vert_avg"}, demosaiced{"demosaiced"};
    Func corrected{"corrected"}, curve{"curve"};

    void generate() {
        shifted(x, y) = cast<int16_t>(max(cast<int32_t>(BoundaryConditions::mirror_interior(input)(x, y)) - black_level, 0));

        Expr nbr_max = max(max(shifted(x - 2, y), shifted(x + 2, y)), max(shifted(x, y - 2), shifted(x, y + 2)));
        Expr nbr_min = min(min(shifted(x - 2, y), shifted(x + 2, y)), min(shifted(x, y - 2), shifted(x, y + 2)));
        denoised(x, y) = clamp(shifted(x, y), nbr_min, nbr_max);

        cross_avg(x, y) = (denoised(x - 1, y) + denoised(x + 1, y) + denoised(x, y - 1) + denoised(x, y + 1)) / 4;
        diag_avg(x, y) = (denoised(x - 1, y - 1) + denoised(x + 1, y - 1) + denoised(x - 1, y + 1) + denoised(x + 1, y + 1)) / 4;
        horiz_avg(x, y) = (denoised(x - 1, y) + denoised(x + 1, y)) / 2;
        vert_avg(x, y) = (denoised(x, y - 1) + denoised(x, y + 1)) / 2;

        Expr ex = (x % 2) == 0, ey = (y % 2) == 0;
        Expr is_r = !ex && ey, is_b = ex && !ey, is_g = (ex && ey) || (!ex && !ey);
        Expr red = select(is_r, denoised(x, y), is_b, diag_avg(x, y), ey, horiz_avg(x, y), vert_avg(x, y));
        Expr green = select(is_g, denoised(x, y), cross_avg(x, y));
        Expr blue = select(is_b, denoised(x, y), is_r, diag_avg(x, y), ey, vert_avg(x, y), horiz_avg(x, y));
        demosaiced(x, y, c) = cast<float>(select(c == 0, red, c == 1, green, blue));

        corrected(x, y, c) = matrix(3, c) * (float)(int)white_level +
                             matrix(0, c) * demosaiced(x, y, 0) +
                             matrix(1, c) * demosaiced(x, y, 1) +
                             matrix(2, c) * demosaiced(x, y, 2);

        Expr norm = clamp(cast<float>(v) / (float)(int)white_level, 0.0f, 1.0f);
        curve(v) = cast<uint8_t>(clamp(pow(norm, 1.0f / gamma) * 255.0f + 0.5f, 0.0f, 255.0f));

        Expr idx = clamp(cast<int32_t>(corrected(x, y, c)), 0, (int)white_level);
        output(x, y, c) = curve(idx);
    }

    void schedule() {
        input.set_estimates({{0, 1296}, {0, 984}});
        matrix.set_estimates({{0, 4}, {0, 3}});
        black_level.set_estimate(64);
        output.set_estimates({{0, 1296}, {0, 984}, {0, 3}});

        if (!auto_schedule) {
            curve.compute_root().vectorize(v, 8);
            output.bound(c, 0, 3)
                .tile(x, y, xi, yi, 128, 32)
                .reorder(xi, c, yi, x, y)
                .unroll(c)
                .vectorize(xi, 16)
                .parallel(y);
            corrected.compute_at(output, x).vectorize(x, 8).reorder(c, x, y).unroll(c);
            demosaiced.compute_at(output, x).vectorize(x, 8).reorder(c, x, y).unroll(c);
            denoised.compute_at(output, x).vectorize(x, 16);
            shifted.compute_at(output, x).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(CameraPipeLite, camera_pipe_lite)
