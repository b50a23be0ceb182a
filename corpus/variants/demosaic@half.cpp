// demosaic with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Bilinear demosaic of a GRBG Bayer mosaic (10-bit in 16-bit words) to 8-bit
// RGB: deinterleave into quarter-resolution planes, interpolate the missing
// colors at each site, and reinterleave by pixel parity.
#include "Halide.h"

using namespace Halide;

namespace {

class Demosaic : public Generator<Demosaic> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func raw{"raw"};
    Func g_gr{"g_gr"}, r_r{"r_r"}, b_b{"b_b"}, g_gb{"g_gb"};
    Func g_r{"g_r"}, g_b{"g_b"}, r_gr{"r_gr"}, b_gr{"b_gr"}, r_gb{"r_gb"}, b_gb{"b_gb"}, r_b{"r_b"}, b_r{"b_r"};
    Func red{"red"}, green{"green"}, blue{"blue"};

    void generate() {
        raw(x, y) = cast<int16_t>(BoundaryConditions::repeat_edge(input)(x, y));

        g_gr(x, y) = raw(2 * x, 2 * y);
        r_r(x, y) = raw(2 * x + 1, 2 * y);
        b_b(x, y) = raw(2 * x, 2 * y + 1);
        g_gb(x, y) = raw(2 * x + 1, 2 * y + 1);

        g_r(x, y) = (g_gr(x, y) + g_gr(x + 1, y) + g_gb(x, y - 1) + g_gb(x, y)) / 4;
        g_b(x, y) = (g_gb(x - 1, y) + g_gb(x, y) + g_gr(x, y) + g_gr(x, y + 1)) / 4;
        r_gr(x, y) = (r_r(x - 1, y) + r_r(x, y)) / 2;
        b_gr(x, y) = (b_b(x, y - 1) + b_b(x, y)) / 2;
        r_gb(x, y) = (r_r(x, y) + r_r(x, y + 1)) / 2;
        b_gb(x, y) = (b_b(x, y) + b_b(x + 1, y)) / 2;
        r_b(x, y) = (r_r(x - 1, y) + r_r(x, y) + r_r(x - 1, y + 1) + r_r(x, y + 1)) / 4;
        b_r(x, y) = (b_b(x, y - 1) + b_b(x + 1, y - 1) + b_b(x, y) + b_b(x + 1, y)) / 4;

        Expr hx = x / 2, hy = y / 2;
        Expr even_x = (x % 2) == 0, even_y = (y % 2) == 0;
        red(x, y) = select(even_y, select(even_x, r_gr(hx, hy), r_r(hx, hy)),
                           select(even_x, r_b(hx, hy), r_gb(hx, hy)));
        green(x, y) = select(even_y, select(even_x, g_gr(hx, hy), g_r(hx, hy)),
                             select(even_x, g_b(hx, hy), g_gb(hx, hy)));
        blue(x, y) = select(even_y, select(even_x, b_gr(hx, hy), b_r(hx, hy)),
                            select(even_x, b_b(hx, hy), b_gb(hx, hy)));

        output(x, y, c) = cast<uint8_t>(clamp(select(c == 0, red(x, y), c == 1, green(x, y), blue(x, y)) >> 2, 0, 255));
    }

    void schedule() {
        input.set_estimates({{0, 1296}, {0, 984}});
        output.set_estimates({{0, 1296}, {0, 984}, {0, 3}});

        if (!auto_schedule) {
            output.bound(c, 0, 3)
                .reorder(c, x, y)
                .unroll(c)
                .split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            g_gr.compute_at(output, yo).vectorize(x, 8);
            r_r.compute_at(output, yo).vectorize(x, 8);
            b_b.compute_at(output, yo).vectorize(x, 8);
            g_gb.compute_at(output, yo).vectorize(x, 8);
            g_r.compute_at(output, yo).vectorize(x, 8);
            g_b.compute_at(output, yo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Demosaic, demosaic)
