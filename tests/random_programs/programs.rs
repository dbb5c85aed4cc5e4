//! 300 random `#[differentiable]` programs, written by tools/program-generator with
//! seed 6. Do not edit: regenerate with
//! `cargo run --release --manifest-path tools/program-generator/Cargo.toml -- --seed 6 --count 300 --out DIR`.
#![allow(unused_variables)]
#![allow(unused_mut)]
#![allow(unused_assignments)]
#![allow(clippy::approx_constant)]
#![allow(clippy::collapsible_else_if)]
#![allow(clippy::collapsible_if)]
#![allow(clippy::double_comparisons)]
#![allow(clippy::eq_op)]
#![allow(clippy::explicit_counter_loop)]
#![allow(clippy::manual_is_multiple_of)]
#![allow(clippy::identity_op)]
#![allow(clippy::if_same_then_else)]
#![allow(clippy::ifs_same_cond)]
#![allow(clippy::impossible_comparisons)]
#![allow(clippy::int_plus_one)]
#![allow(clippy::let_and_return)]
#![allow(clippy::manual_clamp)]
#![allow(clippy::manual_memcpy)]
#![allow(clippy::manual_range_contains)]
#![allow(clippy::needless_range_loop)]
#![allow(clippy::neg_cmp_op_on_partial_ord)]
#![allow(clippy::nonminimal_bool)]
#![allow(clippy::overly_complex_bool_expr)]
#![allow(clippy::redundant_comparisons)]
#![allow(clippy::redundant_locals)]
#![allow(clippy::unnecessary_cast)]
#![allow(clippy::unused_enumerate_index)]

use gradus::{differentiable, Float};

use crate::harness::Program;

/// The seed these programs were generated with.
pub const SEED: u64 = 6;

const SCALE: f64 = 0.75;
const OFFSET: f64 = -0.25;

#[differentiable]
pub fn gen_0<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -(T::from(0).unwrap() + T::from(n).unwrap());
    let mut s2 = (a1 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut k3: usize = 0;
    loop {
        if k3 >= 4 {
            break;
        }
        k3 += 1;
        s2 = T::tanh(
            (s2 * T::from(0.51).unwrap()
                + (T::from(1.0).unwrap()
                    + ((y - T::zero() - (T::from(-0.48).unwrap() - w[n % 4])).atan()
                        * T::from(1.89).unwrap())
                    .tanh()
                    + T::from(0.51).unwrap())
                .atan()
                    * T::from(1.26).unwrap())
                * T::from(0.6).unwrap(),
        ) * T::from(2.0).unwrap();
        if x > x.abs() {
            break;
        }
        if s2 > a1 {
            break;
        }
    }
    let mut a1 = T::atan2(
        (T::from((k3 * 2) as f64).unwrap() * y * T::from(0.09).unwrap())
            .tanh()
            .abs()
            + T::from(0.68).unwrap(),
        s2,
    );
    let a4 = if n % 2 > 3 {
        w[(k3 + 3) % 4]
    } else if y <= ((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).powi(k3 as i32) {
        (y.abs() + T::from(0.62).unwrap()).sqrt().sinh()
    } else {
        T::from(n as f64).unwrap()
    };
    (T::from(1.0).unwrap()
        + ((w[(k3 + 3) % 4] / T::from(0.57).unwrap() * T::from(0.43).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .tanh()
        + T::from(0.23).unwrap())
    .log10()
        + x
}

#[differentiable]
pub fn gen_1<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a11 = {
        for &v1 in w.iter() {
            if w[n * 2 % 4] >= T::from(0.19).unwrap() {
                let mut h2 = [T::zero(); 4];
                for i3 in 0..4 {
                    h2[i3] = T::atan(
                        T::sin(
                            (x / (w[i3].powi(2) + T::from(0.38).unwrap())
                                + (T::from(n + i3).unwrap() + h2[n * 3 % 4]))
                                * T::from(0.11).unwrap(),
                        ) * T::from(2.0).unwrap(),
                    ) * T::from(1.26).unwrap();
                }
                let y = y * w[n % 4];
            } else if gen_0(
                (gen_0(
                    (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w[n % 4].atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ) * T::from(0.57).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                T::atan(w[n % 4] / (T::from(1.0).unwrap() + x.tanh() + T::from(0.27).unwrap()))
                    * T::from(1.26).unwrap(),
                w,
                n,
            ) <= w[n % 4] + T::one()
            {
                let mut k4: usize = n;
                let mut s5 = (T::exp(v1.sin())
                    .atan2(T::from(2).unwrap() / (y.powi(2) + T::from(0.64).unwrap()))
                    * T::from(0.48).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
                let mut k6: usize = 0;
                while s5 < T::from(0).unwrap().cosh() && k6 < 4 {
                    k6 += 1;
                    s5 = ((s5 * T::from(0.81).unwrap()
                        + (T::from(1.0).unwrap() + w[2].tanh() + T::from(0.29).unwrap()).atan()
                            * T::from(1.26).unwrap())
                        * T::from(0.49).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap();
                    s5 = T::atan(x) * T::from(1.26).unwrap();
                    let a7 = -T::from(-1.1).unwrap().trunc();
                }
                s5 = T::from(core::f64::consts::LN_2).unwrap()
                    * T::tan(w[k6 % 4].atan() * T::from(0.75).unwrap());
            }
            let mut s8: T = (gen_0(
                T::atan(x) * T::from(1.26).unwrap(),
                w[0].atan() * T::from(1.26).unwrap(),
                w,
                n,
            ) * v1)
                .atan()
                * T::from(1.89).unwrap();
            let a9 = w[n % 4] + w[n % 4]
                - (T::from(1.0).unwrap() + w[n * 2 % 4].tanh() + T::from(0.54).unwrap()).ln();
        }
        let a10 = w[(n + 1) % 4].cosh();
        w[n % 4]
    };
    let a12: T = x;
    (T::tanh(w[0] * T::from(0.75).unwrap()) * T::from(0.8).unwrap()).ln_1p() - a12
}

#[differentiable]
pub fn gen_2<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::from(n + 2).unwrap() * T::from(1.22).unwrap() + y < w[n % 4] {
        if n % 2 == 0
            || w[n * 3 % 4] - y
                >= w[3]
                    % (T::from(1.0).unwrap()
                        + T::from(-0.96).unwrap().tanh()
                        + T::from(0.44).unwrap())
        {
            let mut x = ((((((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                .ln_1p()
                - gen_0(
                    (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                ))
                * T::from(0.38).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .sinh()
                * T::from(0.15).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            if T::zero() / (T::abs(y / T::one()) + T::from(0.49).unwrap())
                <= T::from(-1.05).unwrap()
            {
                return w[(n + 3) % 4];
            }
        } else {
            let a1 = if n % 2 == 0 && w[n % 4] >= T::from(1.27).unwrap() {
                w[(n + 1) % 4]
            } else {
                (w[n % 4] + w[0]).atan()
            };
            let a2 = x.tanh().fract();
        }
    }
    ((T::from(-0.84).unwrap().recip().floor() * y + y) * T::from(0.25).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_3<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut h1 = [T::one(); 4];
        for i2 in 0..4 {
            h1[i2] = (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
        }
    }
    let a3 = w[n % 4];
    let a4 = gen_0(
        w[3].atan() * T::from(1.26).unwrap(),
        (a3 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        4,
    ) + T::from(n).unwrap();
    let mut h5 = [T::zero(); 4];
    T::tanh((a3 * y + a3) * T::from(0.25).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_4<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if !(n % 3 < 1 && n != 1) {
        let a1 = (T::from(1.0).unwrap()
            + (((x - y) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
            + T::from(0.53).unwrap())
        .log(T::from(3.63).unwrap());
        if (T::from(OFFSET).unwrap() * T::from(n).unwrap()).tan()
            > T::from(0.45).unwrap() + T::from(-0.41).unwrap()
        {
            return ((((y - y) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.44).unwrap())
            .log10();
        }
    }
    let mut s2: T = w[n * 2 % 4].sin().powi(n as i32);
    for i3 in (0..n).rev() {
        s2 = T::tanh(
            (s2 - ((x + y).atan() * T::from(1.57).unwrap()).exp()) * T::from(0.11).unwrap(),
        ) * T::from(6.0).unwrap();
        let mut s4 = T::sin(s2);
        let mut k5: usize = 0;
        loop {
            if k5 >= 5 {
                break;
            }
            k5 += 1;
            s4 = T::atan(
                s4 * T::from(0.73).unwrap()
                    + (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.23).unwrap()).atan()
                        * T::from(1.26).unwrap(),
            ) * T::from(1.26).unwrap();
            let a6 = T::abs(T::from(-1.12).unwrap());
            let a7 = a6;
            if s4
                > w[i3]
                    % (T::from(1.0).unwrap()
                        + T::from(-1.55).unwrap().powi(1).tanh()
                        + T::from(0.59).unwrap())
            {
                break;
            }
        }
    }
    let y = T::log(
        w[(n + 3) % 4].powi(2) + T::from(0.49).unwrap(),
        T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(1.49).unwrap(),
    ) * T::log10(x.cosh());
    let mut s8 = T::tanh(T::min(s2, T::from(0.63).unwrap()) * T::from(0.25).unwrap())
        * T::from(2.0).unwrap();
    let mut s9 = T::sqrt(T::exp(s8.tanh()));
    {
        let k10 = n;
    }
    s9 = (s9 - T::from(n * 2).unwrap()).atan() * T::from(1.89).unwrap();
    let mut s11 = (T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
    w[0] / (w[3].powi(2) + T::from(0.67).unwrap())
        - (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.17).unwrap()).log10()
}

#[differentiable]
pub fn gen_5<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = T::from(0.89).unwrap();
    let a2 = T::cosh((s1.max(s1) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).log10();
    let a3 = T::from(-1.41).unwrap();
    let mut k4: usize = n * 2 % 5;
    if T::hypot(T::from(-1.83).unwrap(), T::from(0.58).unwrap()).sqrt() * x > T::from(1.15).unwrap()
    {
        return x.signum();
    }
    let a5 = gen_0(
        T::exp2(T::from(SCALE).unwrap()),
        T::tanh(w[2] * T::from(1.91).unwrap() * T::from(0.39).unwrap()) * T::from(2.0).unwrap(),
        w,
        1,
    );
    let a6 = (((T::from(k4).unwrap() + x) * T::from(0.25).unwrap()).tanh() * T::from(0.8).unwrap())
        .ln_1p();
    let a7 = gen_4(
        gen_3(
            T::from(1.56).unwrap() / T::from(1.57).unwrap(),
            (s1 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )
        .atan()
            * T::from(1.26).unwrap(),
        (a3 - (w[n % 4] + a2)).atan() * T::from(1.26).unwrap(),
        w,
        n,
    );
    s1 = (s1 * (T::from(-0.72).unwrap() * T::from(n).unwrap() * a3) * T::from(0.09).unwrap())
        .tanh()
        * T::from(4.0).unwrap();
    let mut s8 = (T::from(-0.38).unwrap() * w[n * 2 % 4]
        / (T::from(1.0).unwrap() + a2.ln_1p().sin() + T::from(0.68).unwrap())
        * w[n % 4])
        .atan()
        * T::from(1.26).unwrap();
    let mut s9 = (a7 + T::zero())
        .mul_add(a6 + a3, a2 * w[(k4 + 2) % 4])
        .atan()
        * T::from(1.26).unwrap();
    k4 *= 3;
    k4 %= 5;
    s9 = ((s9 - w[n * 2 % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    let a11 = if n > 1 {
        let mut s10 = (T::floor(s8) * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap();
        (T::from(1.36).unwrap() * a3 - T::from(k4 as f64).unwrap() * w[(n + 1) % 4]).atan()
    } else {
        a2.atan2(
            ((s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
                + T::from(0.44).unwrap(),
        ) % (T::from(1.0).unwrap() + T::tanh(T::from(0.48).unwrap() * s1) + T::from(0.54).unwrap())
    };
    if (w[n % 4] / (w[n % 4].powi(2) + T::from(0.56).unwrap())).asinh()
        <= w[(n + k4) % 4] / (x.abs() + T::from(0.7).unwrap())
    {
        return T::tanh(
            w[k4 * 2 % 4].max(w[(n + 2) % 4])
                * (s9 / (T::abs(y) + T::from(0.42).unwrap()))
                * T::from(0.16).unwrap(),
        ) * T::from(6.0).unwrap();
    }
    a6 + a11 - a3.exp()
}

#[differentiable]
pub fn gen_6<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 < 3 {
        if (x + T::from(SCALE).unwrap()).cos() >= T::from(1.88).unwrap() {
            let a1 = -x * (x + w[n % 4]);
            {
                for i2 in (1..n).step_by(2) {
                    if T::tanh(w[i2])
                        - T::powf(
                            ((w[(n + 2) % 4] * T::from(0.75).unwrap()).sin()
                                * T::from(2.0).unwrap())
                            .powi(2)
                                + T::from(0.35).unwrap(),
                            T::from(-0.95).unwrap(),
                        )
                        <= T::from(1.07).unwrap()
                        && -T::from(2).unwrap().tanh() <= T::from(SCALE).unwrap() + x
                    {
                        continue;
                    }
                    let a8 = {
                        for _ in w.iter() {
                            let a5 = {
                                let a4 = if (T::from(0.01).unwrap() * x).cosh()
                                    < x + T::from(-0.6).unwrap()
                                {
                                    (T::abs(y) + T::from(0.62).unwrap()).cbrt() * w[(i2 + n) % 4]
                                } else {
                                    w[3 - i2]
                                        + (T::from(1.0).unwrap()
                                            + ((a1 * T::from(0.19).unwrap()).tanh()
                                                * T::from(3.0).unwrap())
                                            .tanh()
                                            + T::from(0.27).unwrap())
                                        .ln()
                                };
                                w[(n + 2) % 4]
                                    + ((T::from(-0.1).unwrap() + y).powi(2)
                                        + T::from(0.45).unwrap())
                                    .cbrt()
                            };
                            let a6 = if w[n % 4].abs()
                                > w[(i2 + 2) % 4].hypot(
                                    T::from(1.0).unwrap() + T::tanh(x) + T::from(0.26).unwrap(),
                                ) {
                                w[i2]
                                    + y
                                    + gen_0(
                                        T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                                        T::tanh(a1 * T::from(0.19).unwrap())
                                            * T::from(2.0).unwrap(),
                                        w,
                                        i2,
                                    )
                            } else {
                                a5 - T::zero() + y.max(x)
                            };
                        }
                        let a7 = w[i2];
                        w[n % 4]
                            / (T::from(1.0).unwrap()
                                + (T::tanh(a1 * T::from(0.19).unwrap()) * T::from(3.0).unwrap())
                                    .tanh()
                                + T::from(0.36).unwrap())
                            - w[n % 4] * w[i2 * 2 % 4]
                    };
                }
            }
        } else if x > T::from(-1.24).unwrap() {
            let a9 = (x.sinh().atan() * T::from(2.2).unwrap()).exp2();
        } else {
            let a10 = if (-(T::tanh(w[1] * T::from(0.75).unwrap()) * T::from(0.8).unwrap())
                .ln_1p()
                .hypot(T::from(0.61).unwrap()))
            .cbrt()
                < x * w[n * 3 % 4]
            {
                y
            } else {
                gen_3(
                    (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                .floor()
            };
        }
    } else if T::ln_1p(
        ((w[n * 3 % 4] + w[0]) * T::from(0.37).unwrap()).sin() * T::from(0.8).unwrap(),
    ) <= x + w[n % 4]
    {
        let y = y * T::from(0.66).unwrap();
    }
    ((y / (y.powi(2) + T::from(0.64).unwrap())
        / (T::from(1.0).unwrap()
            + T::sin(
                (gen_4(
                    (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n,
                ) * T::from(0.41).unwrap())
                .sin()
                    * T::from(3.0).unwrap(),
            )
            + T::from(0.43).unwrap())
        + y
        + x)
        * T::from(0.13).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_7<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::from(-0.8).unwrap() + x;
    let k2 = n;
    let k3 = n + 1;
    let a4 = if k3 % 2 > 1 {
        w[2]
    } else {
        T::ln_1p(T::from(-0.51).unwrap())
    };
    let a5: T = (((w[3] / -a4.hypot(T::from(0.27).unwrap()))
        .max(w[(k3 + 2) % 4].hypot(T::from(0.96).unwrap()).sqrt())
        * T::from(0.2).unwrap())
    .sin()
        * T::from(3.5).unwrap())
    .exp2();
    let mut s6 = T::atan(w[k3 * 3 % 4]) * T::from(1.26).unwrap();
    s6 = (T::from((k3 * 2 % 9) as f64).unwrap() * T::from(0.19).unwrap()).tanh()
        * T::from(2.0).unwrap();
    s6 = s6
        * (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
            % (T::zero() + T::from(1.48).unwrap()));
    s1 = ((s1 + w[k3 * 3 % 4]) * T::from(0.19).unwrap()).tanh() * T::from(6.0).unwrap();
    s6 = (s6 + w[k3 * 2 % 4]).atan() * T::from(1.26).unwrap();
    ((T::tanh(
        a4 % (T::from(1.0).unwrap()
            + ((T::from(k3 * 2 % 9).unwrap() * T::from(0.19).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .tanh()),
    ) * s6
        + a5)
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_8<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = gen_7(
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    )
    .atan();
    let k2 = n + 1;
    for v3 in w.iter() {
        let mut h4 = [T::zero(); 4];
        if (T::atan(s1.cosh()) * T::from(1.89).unwrap()).cosh().acosh() < T::from(1.45).unwrap() {
            h4[n * 3 % 4] = (y.max(
                (T::from(k2).unwrap() / T::from(OFFSET).unwrap()).atan() * T::from(2.52).unwrap()
                    + (y - T::from(n as f64).unwrap()),
            ) * T::from(0.75).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        } else {
            let mut s5 = (((x.abs() + T::from(0.23).unwrap()).log10() + *v3)
                * T::from(0.57).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            let mut k6: usize = 0;
            while T::tan(T::from(0.67).unwrap())
                - gen_4(
                    h4[n % 4].atan() * T::from(1.26).unwrap(),
                    (*v3 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    (n + k2) % 5,
                )
                <= x + s1
                && k6 < 4
            {
                k6 += 1;
                s5 = (s5 * T::from(0.9).unwrap()
                    + (((T::from(n + 1).unwrap() * T::from(0.3).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .cosh()
                        * T::from(0.2).unwrap())
                    .sin()
                        * T::from(2.0).unwrap())
                .atan()
                    * T::from(1.26).unwrap();
                let a7 = ((T::from(k2).unwrap() * T::from(0.3).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .hypot(T::from(0.42).unwrap())
                .log10()
                    + h4[n % 4] / T::from(-1.94).unwrap();
                let mut x = T::atan(
                    (h4[3] / -y.cosh()).abs()
                        - ((w[k2 % 4] + a7) * (*v3 + s1) * T::from(0.11).unwrap()).tanh()
                            * T::from(4.0).unwrap(),
                ) * T::from(1.26).unwrap();
                s1 = (s1 * (s5 * x + w[(n + 1) % 4].exp2()) * T::from(0.09).unwrap()).sin()
                    * T::from(2.0).unwrap();
            }
        }
    }
    w[k2 % 4] + s1
}

#[differentiable]
pub fn gen_9<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (-gen_7(
        T::atan(gen_5(
            y.atan() * T::from(1.26).unwrap(),
            T::atan(w[2]) * T::from(1.26).unwrap(),
            w,
            n * 2 % 5,
        )) * T::from(1.26).unwrap(),
        ((T::from(n).unwrap() + x) * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        0,
    ) * T::from(0.28).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    for i2 in (0..4).step_by(2) {
        let y = y * (w[(i2 + n) % 4] - T::one() + x.cos());
        let s1 = s1.tanh();
    }
    let mut s3 =
        (T::from(1.34).unwrap() + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + (w[1] + y))
            .atan()
            * T::from(1.89).unwrap();
    let mut k4: usize = 0;
    while w[n % 4] < T::from(-1.22).unwrap() && k4 < 2 {
        k4 += 1;
        {
            let y = (y
                * (w[(n + 3) % 4] + s3)
                    .hypot((T::atan(x + y) * T::from(1.89).unwrap()).hypot(T::from(0.44).unwrap()))
                    .mul_add(T::from(-1.06).unwrap(), y)
                * T::from(0.09).unwrap())
            .tanh();
            s1 = s1 * y;
        }
        s3 = ((-s1 - (s3 + w[n % 4])) * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap();
        s3 = ((s3 * T::from(0.83).unwrap()
            + T::sin(
                ((T::min(s3, y)
                    / (T::from(1.0).unwrap()
                        + (T::ceil(s1).atan() * T::from(1.89).unwrap()).sin()
                        + T::from(0.27).unwrap()))
                .atan()
                    * T::from(1.89).unwrap())
                .cosh()
                    * T::from(0.18).unwrap(),
            ) * T::from(2.0).unwrap())
            * T::from(0.33).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    }
    let a5 = -x
        % (((w[(n + k4) % 4] + y) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh();
    (T::abs(s3.atan() * T::from(1.89).unwrap()) + T::from(0.23).unwrap()).log2() + -T::zero()
}

#[differentiable]
pub fn gen_10<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x * x;
    let a1 = x * w[n % 4] * T::zero();
    let mut h2 = [T::from(-0.25).unwrap(); 4];
    for i3 in 0..4 {
        h2[i3] = x.atan() * T::from(1.26).unwrap();
    }
    let a4: T = w[n % 4];
    let a5 = y * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
        + y / -(T::from(1.0).unwrap()
            + T::tanh((x * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
            + T::from(0.57).unwrap());
    if n % 2 < 1 {
        return (-T::from(n).unwrap().asinh()).cosh();
    }
    let mut s6 = ((-a4 * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos();
    let a7 = gen_7(
        T::tanh(x * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
        -T::from(0.52).unwrap(),
        &h2,
        n,
    );
    if T::ceil(a1.asinh()) >= T::from(-1.26).unwrap().mul_add(T::from(-1.35).unwrap(), y) {
        return a7;
    }
    let a8 = (-y).tanh()
        * ((T::from(0.45).unwrap().exp() * T::from(0.96).unwrap()).tanh() * T::from(0.9).unwrap())
            .atanh();
    h2[(n + 1) % 4] = T::log2(w[1].hypot(T::from(0.9).unwrap())).abs();
    if n % 3 != 1 {
        let a1 = a1
            + gen_7(
                ((x - w[(n + 3) % 4]) * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap(),
                (T::from(1.0).unwrap() + a1.tanh()).log10(),
                &h2,
                2,
            );
    } else {
        s6 = (s6 * a5).atan() * T::from(2.52).unwrap();
    }
    T::from(core::f64::consts::LN_2).unwrap() + a1
}

#[differentiable]
pub fn gen_11<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n > 1 && w[n % 4] > w[(n + 1) % 4] + y {
        let a1 = T::cbrt(-(T::from(1.0).unwrap() + x.tanh() + T::from(0.45).unwrap())).sinh();
    } else {
        {
            let mut h2 = [T::one(); 4];
            for i3 in 0..4 {
                h2[i3] = T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
            }
        }
    }
    let k4 = n;
    let mut h5 = [T::one(); 4];
    for i6 in 0..4 {
        h5[i6] = (T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let a7 = (y - h5[(k4 + 2) % 4]).floor();
    h5[k4 * 3 % 4] = (T::from(1.0).unwrap()
        + T::tanh(T::sin(a7 * T::from(0.3).unwrap()) * T::from(3.0).unwrap())
        + T::from(0.36).unwrap())
    .ln();
    let a8 = {
        h5[n % 4] = (gen_5(
            ((T::from(1.44).unwrap() - T::from(-1.28).unwrap()) * T::from(0.55).unwrap()).tanh()
                * T::from(2.0).unwrap(),
            (T::from(1.0).unwrap() + y.tanh() + T::from(0.39).unwrap()).ln(),
            &h5,
            0,
        ) * T::from(0.27).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        h5[k4 % 4]
            / ((T::sin(a7 * T::from(0.3).unwrap()) * T::from(3.0).unwrap()).powi(2)
                + T::from(0.55).unwrap())
            * (T::tanh(
                a7 / (T::from(1.0).unwrap() + x.tanh() + T::from(0.26).unwrap())
                    * T::from(0.09).unwrap(),
            ) * T::from(3.0).unwrap())
    };
    ((((T::from(n + 1).unwrap() + a8) * T::from(0.1).unwrap()).tanh() + -h5[k4 % 4] + a7 + x)
        * T::from(0.15).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_12<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::atan(T::from(OFFSET).unwrap().trunc());
    let mut k2: usize = 0;
    while ((s1 + s1) * -x * T::from(0.09).unwrap()).sin() * T::from(6.0).unwrap()
        > T::from(-0.07).unwrap()
        && k2 < 4
    {
        k2 += 1;
        let mut s3: T = ((T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin()
            * T::from(1.2).unwrap())
        .tan();
        let mut x = x.tanh();
        let a8 = {
            let a4 = w[n * 2 % 4].exp_m1();
            if n > 3 || T::from(core::f64::consts::LN_2).unwrap() > T::from(-0.05).unwrap() {
                let a5 = T::from(-0.22).unwrap();
                let y = T::tanh(y);
                let mut h6 = [T::one(); 4];
                for i7 in 0..4 {
                    h6[i7] = T::atan(T::from(n + 2).unwrap()) * T::from(1.26).unwrap();
                }
            }
            s1 / (T::from(1.0).unwrap()
                + T::tanh((x * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                + T::from(0.64).unwrap())
        };
        s1 = s1 * T::from(0.76).unwrap()
            + (T::from(OFFSET).unwrap() % T::sqrt(T::from(0.99).unwrap()))
                .hypot(T::from(0.87).unwrap());
    }
    s1 = ((s1 - y) * T::from(0.25).unwrap()).sin() * T::from(4.0).unwrap();
    let a13 = if -w[n % 4] * (w[n * 2 % 4] - T::from(-0.98).unwrap())
        > T::from(0.87).unwrap().asinh()
    {
        (T::from(1.0).unwrap() + T::tanh(x * T::zero())).powi(-2)
    } else if ((T::tanh((s1 + w[k2 % 4]) * T::from(0.25).unwrap()) * T::from(3.0).unwrap()).abs()
        + T::from(0.25).unwrap())
    .log10()
        > w[(k2 + 1) % 4]
    {
        let a9 = w[(n + 3) % 4];
        if T::from(-0.88).unwrap() <= T::from(-0.89).unwrap() {
            s1 = (s1
                * (((w[n % 4] + y) * (y - s1) * T::from(0.06).unwrap()).tanh()
                    * T::from(4.0).unwrap())
                * T::from(0.1).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let a10 = gen_10(
                (T::tanh((x + s1) * (x + s1) * T::from(0.04).unwrap())
                    * T::from(6.0).unwrap()
                    * T::from(0.28).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                (y * y
                    / (T::from(1.0).unwrap()
                        + (T::tanh((w[k2 % 4] - a9) * T::from(0.37).unwrap())
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.52).unwrap()))
                .atan()
                    * T::from(1.26).unwrap(),
                w,
                1,
            );
        } else if y > T::from(0.78).unwrap() {
            let a12 = {
                let a11 = T::sin(
                    ((s1 * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap()).exp()
                        * T::from(0.12).unwrap(),
                );
                (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.57).unwrap()).log2()
                    + T::tanh(T::from(core::f64::consts::LN_2).unwrap())
            };
        }
        y
    } else {
        w[3]
    };
    T::from(k2).unwrap()
}

#[differentiable]
pub fn gen_13<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 =
        T::zero() * ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh();
    let mut s2 = (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let a3 = if w[n % 4] * (s1 / (w[n % 4].powi(2) + T::from(0.6).unwrap()))
        <= s2 / -s2.hypot(T::from(0.43).unwrap())
    {
        ((T::mul_add(s2, s1 % T::one(), s1 * s1) * T::from(0.25).unwrap()).sin()
            * T::from(0.9).unwrap())
        .atanh()
    } else {
        x
    };
    let mut s4 = T::sqrt(
        T::from(1.0).unwrap()
            + T::tanh(((x + a3) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            + T::from(0.47).unwrap(),
    );
    let mut s5 = T::tanh(
        (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - w[n % 4]).cosh()
            * T::from(0.2).unwrap(),
    ) * T::from(3.0).unwrap();
    s4 = ((T::atan(s4) * T::from(1.89).unwrap()).cosh().log2() * w[n % 4] * T::from(0.29).unwrap())
        .tanh()
        * T::from(4.0).unwrap();
    let mut s6 = T::one() - (T::from(-0.29).unwrap() + T::from(1).unwrap());
    let a7 = w[0];
    let mut s8 = T::sin(-w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    let mut k9: usize = 0;
    loop {
        if k9 >= 3 {
            break;
        }
        k9 += 1;
        s8 = (s8
            + (gen_0(
                T::atan(
                    ((w[(n + 1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                        .acos(),
                ) * T::from(1.26).unwrap(),
                (T::cosh(T::from(-1.74).unwrap()) * T::from(0.51).unwrap()).sin()
                    * T::from(2.0).unwrap(),
                w,
                0,
            )
            .abs()
                + T::from(0.36).unwrap())
            .atan()
                * T::from(1.26).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        let a10 = -(w[3].atan() * T::from(0.5).unwrap()).ln_1p();
        let a11 = T::atan2(T::from(n).unwrap(), x.powi(2) + T::from(0.4).unwrap())
            - a7 / (T::from(n * 2).unwrap().atan() * T::from(1.89).unwrap())
                .hypot(T::from(0.59).unwrap())
            + (w[n % 4].atan() * T::from(0.75).unwrap()).tan()
                * gen_5(
                    T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w[n % 4].atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                );
        for i12 in 0..4 {
            if T::min(y + s5, T::from(3).unwrap().sin()) >= a7 + w[(n + 2) % 4] {
                s2 = T::sin(
                    (s2 * (T::from(-0.4).unwrap() + w[i12])
                        .hypot(T::from(0.44).unwrap())
                        .log(T::cosh(a10 + T::from(-0.72).unwrap()) + T::from(0.73).unwrap())
                        + T::from(n + 3).unwrap() % w[i12].cosh())
                        * T::from(0.21).unwrap(),
                ) * T::from(2.0).unwrap();
            } else {
                let a13 = (w[(i12 + 1) % 4] + T::from(-0.97).unwrap()) * s4;
            }
            s4 = (s4 * y).atan() * T::from(2.52).unwrap();
        }
        if s8 > T::from(1.97).unwrap().ceil() * s5.abs() {
            break;
        }
    }
    w[k9]
}

#[differentiable]
pub fn gen_14<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y.atan2(((x + w[(n + 3) % 4]).atan() * T::from(1.89).unwrap()).cosh());
    let mut k2: usize = 0;
    while (T::from(n).unwrap() < T::from(-0.95).unwrap()
        || (T::from(-0.33).unwrap() + w[n % 4]) / T::cosh(w[n % 4]) <= T::from(1.41).unwrap().cos())
        && k2 < 4
    {
        k2 += 1;
        s1 = (s1
            * (T::from(n as f64).unwrap() * w[n % 4]
                - (T::from(0.25).unwrap() + T::from(1.63).unwrap())))
        .atan()
            * T::from(1.26).unwrap();
        let mut h3 = [T::one(); 4];
        let mut s4 = (gen_12(
            (h3[n % 4] * T::one()).atan() * T::from(1.26).unwrap(),
            T::hypot(w[0], T::from(0.63).unwrap()).cbrt(),
            &h3,
            n,
        ) * T::from(0.37).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        s1 = ((s1 * T::from(0.76).unwrap()
            + (((((T::max(w[3], x) - w[(n + 3) % 4].exp2()) * T::from(0.25).unwrap()).sin()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.51).unwrap())
                * T::from(0.16).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            * T::from(0.45).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    let a6 = {
        let a5 = (s1 * y).signum();
        T::from(n + k2).unwrap()
    };
    (a6 * T::from(0.19).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_15<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::from(-0.51).unwrap(); 4];
    for i2 in 0..4 {
        h1[i2] = (T::sinh(T::from(2).unwrap()) / x.hypot(T::from(0.41).unwrap())
            * T::from(0.17).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    for i3 in 0..n % 3 + 1 {
        if (T::from(1.0).unwrap() + h1[(n + i3) % 4].tanh() + T::from(0.56).unwrap())
            .hypot(h1[(i3 + 2) % 4])
            .cbrt()
            > T::from(0.27).unwrap()
        {
            break;
        }
        let a4 = y;
    }
    let mut k5: usize = n;
    let a6: T = (h1[1].powi(2) + T::from(0.6).unwrap()).log(x.cosh() + T::from(0.69).unwrap())
        - (h1[n % 4] + w[n * 2 % 4]);
    let a9 = if T::from(1.41).unwrap() > T::one() + a6 {
        k5 = (k5 + (k5 + n) % 5) % 5;
        h1[n % 4]
    } else {
        let mut h7 = [T::zero(); 4];
        for i8 in 0..4 {
            h7[i8] = (gen_5(
                T::from(1.85).unwrap().asinh(),
                T::from(0.79).unwrap(),
                w,
                (i8 + n) % 5,
            ) * T::from(0.27).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        (T::from(k5).unwrap() - y)
            % ((((x - h1[0]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.57).unwrap())
    };
    (T::from(k5).unwrap() * a6 * a6).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_16<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4].atan() * T::from(1.26).unwrap();
    if x >= T::from(0.53).unwrap() {
        s1 = (s1 - T::from(1.87).unwrap()).atan() * T::from(1.26).unwrap();
        let a2 = s1.asinh();
    }
    {
        let mut s3 =
            T::tanh((w[0] + w[1]) / (s1.powi(2) + T::from(0.38).unwrap()) * T::from(0.14).unwrap())
                * T::from(3.0).unwrap();
        let mut k4: usize = 0;
        loop {
            if k4 >= 5 {
                break;
            }
            k4 += 1;
            s3 = T::sin(
                (s3 * T::from(0.61).unwrap()
                    + T::atan(
                        T::from(1.0).unwrap()
                            + (T::tanh(
                                (T::zero()
                                    - (T::from(n).unwrap()
                                        / (w[n % 4].powi(2) + T::from(0.31).unwrap())
                                        * T::from(0.12).unwrap())
                                    .sin()
                                        * T::from(3.0).unwrap())
                                    * T::from(0.5).unwrap(),
                            ) * T::from(3.0).unwrap())
                            .sin()
                            + T::from(0.35).unwrap(),
                    ) * T::from(1.26).unwrap())
                    * T::from(0.45).unwrap(),
            ) * T::from(3.0).unwrap();
            if s3 >= T::from(-0.41).unwrap() {
                return (T::exp_m1(
                    ((T::from(1.0).unwrap()
                        + T::sin(
                            T::from(1).unwrap()
                                / (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.51).unwrap()),
                        )
                        + T::from(0.48).unwrap())
                    .hypot(T::from(-0.46).unwrap())
                        * T::from(0.59).unwrap())
                    .tanh()
                        * T::from(2.5).unwrap(),
                ) * T::from(0.18).unwrap())
                .tanh()
                    * T::from(6.0).unwrap();
            }
            if s3
                > (T::from(-1.17).unwrap() - s1)
                    / -(T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.49).unwrap())
            {
                break;
            }
        }
    }
    let a5 = gen_3(
        T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        y.atan() * T::from(1.26).unwrap(),
        w,
        n,
    )
    .abs();
    let a6 = (w[(n + 1) % 4] - w[n % 4]) * y;
    s1 = ((s1 - T::from(-1.03).unwrap()) * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap();
    s1 = (s1 * a6 * T::from(0.09).unwrap()).tanh() * T::from(2.0).unwrap();
    s1 = ((gen_3(
        T::tanh(w[1] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::from(0.5).unwrap(),
        w,
        3,
    ) - (w[n % 4] + T::from(-0.43).unwrap()))
        * T::from(0.19).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    T::from(SCALE).unwrap() * x
}

#[differentiable]
pub fn gen_17<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(1.23).unwrap().abs() - x.exp();
    for _ in w.iter() {
        let mut s3 = w[n % 4].abs().hypot(T::from(0.47).unwrap()).cbrt();
    }
    if a1 < T::from(0.63).unwrap() {
        return (y + T::from(core::f64::consts::LN_2).unwrap()).cos();
    }
    let mut s4 = gen_5(-T::from(-1.63).unwrap(), T::one() - T::one(), w, n * 3 % 5);
    let k5 = n + 1;
    if T::atan(
        gen_2(
            T::from(0.68).unwrap(),
            (w[(k5 + 3) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) * x.exp(),
    ) * T::from(0.63).unwrap()
        < s4
        || y >= w[1] - w[(n + k5) % 4]
    {
        return (-((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()).cos();
    }
    s4 = (s4 * T::abs(y) + s4).atan() * T::from(3.78).unwrap();
    let a6: T = x + -w[k5 % 4];
    s4 = (w[n % 4].exp_m1() * T::from(0.23).unwrap()).sin() * T::from(6.0).unwrap();
    let a7: T = a6;
    let mut s8 = T::from(-0.2).unwrap()
        / (T::abs((a1 * T::from(0.24).unwrap()).sin() * T::from(3.0).unwrap())
            + T::from(0.61).unwrap());
    (((-a7 * T::abs(a1)).atan() * T::from(3.78).unwrap() + y + a7) * T::from(0.13).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_18<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::log10(x.abs() + T::from(0.37).unwrap()) * (T::from(n).unwrap() - x);
    let a2 = a1 - T::fract(a1);
    let mut s3 =
        ((w[n % 4] - T::zero() - -a1) * T::from(0.33).unwrap()).sin() * T::from(2.0).unwrap();
    let a4 = T::atan(
        gen_7(
            T::tanh(a1 * T::from(0.58).unwrap()) * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            4,
        ) * (w[n % 4] + x),
    ) * T::from(1.26).unwrap();
    let mut h5 = [T::from(-0.3).unwrap(); 4];
    s3 =
        ((s3 - gen_3(
            (y / (T::from(1.0).unwrap() + T::sin(x) + T::from(0.48).unwrap())
                * T::from(0.36).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            (w[(n + 1) % 4] * y * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            1,
        )) * T::from(0.2).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    let a6 = if w[n * 2 % 4]
        - (T::from((n + 3) as f64).unwrap() * T::from(n).unwrap() * T::from(0.05).unwrap()).tanh()
        < x
    {
        s3 = (w[n * 2 % 4] % (T::from(1.0).unwrap() + a1.tanh() + T::from(0.63).unwrap()))
            .cosh()
            .log10();
        (T::from(-1.44).unwrap() - T::from(0.38).unwrap()).exp()
    } else {
        a4 / (w[1].abs() + T::from(0.47).unwrap())
            / T::hypot(a2.atan() * T::from(1.89).unwrap(), T::from(0.9).unwrap())
            + T::from(OFFSET).unwrap().cosh()
    };
    T::sin(a4)
        / ((T::atan(T::from(-1.58).unwrap() * x) * T::from(1.89).unwrap()).abs()
            + T::from(0.51).unwrap())
}

#[differentiable]
pub fn gen_19<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::tan(
        (y.cosh() / w[n % 4].hypot(T::from(0.69).unwrap()) * T::from(0.28).unwrap()).tanh()
            * T::from(1.2).unwrap(),
    );
    if T::hypot(x, T::from(0.24).unwrap())
        .log(T::from(1.0).unwrap() + T::from(-1.71).unwrap().sin() + T::from(1.86).unwrap())
        .sin()
        <= y * T::from(0.06).unwrap()
    {
        let a2 = T::log(
            x.abs() + T::from(0.44).unwrap(),
            T::from(2).unwrap().powi(2) + T::from(1.95).unwrap(),
        ) * (-w[n % 4].cosh()).cbrt();
        let a3 = (a1.atan() * T::from(0.56).unwrap()).atanh();
        let a4 = T::min(w[2] + T::from(1.44).unwrap(), x);
    } else if !(gen_3(
        T::tanh(-w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        ((w[3] + x) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) > w[n % 4].exp()
        && w[n % 4] <= y - w[(n + 3) % 4])
    {
        if !(n % 3 > 2 && n % 3 > 2) {
            let mut k5: usize = (n + 1) % 5;
        } else if (T::from(1.0).unwrap()
            + ((T::from(std::f64::consts::PI).unwrap() * x * T::from(0.24).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(1.21).unwrap())
        .acosh()
            <= T::from(0.2).unwrap()
        {
            if T::sinh(
                (x / (T::zero().abs() + T::from(0.25).unwrap()) * T::from(0.19).unwrap()).tanh()
                    * T::from(3.0).unwrap(),
            ) <= a1
            {
                if y < -a1 {
                    let a7 = if T::from(n).unwrap() > T::from(0.55).unwrap() {
                        T::zero()
                    } else if n % 2 < 3 {
                        let a6 = T::from(n + 1).unwrap();
                        w[n % 4] + a6
                    } else {
                        w[n * 3 % 4].sinh().cos()
                            + gen_3(
                                (y * w[(n + 1) % 4]).atan() * T::from(1.26).unwrap(),
                                (w[n % 4] * x * T::from(0.37).unwrap()).sin()
                                    * T::from(2.0).unwrap(),
                                w,
                                n,
                            )
                    };
                }
            }
        }
    } else {
        let mut s8 = gen_7(
            ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh(),
            T::from(1).unwrap().max(a1),
            w,
            n,
        );
    }
    T::atan(
        ((T::from(1.0).unwrap() + w[(n + 2) % 4].sin() + T::from(1.36).unwrap()).acosh() + a1) * a1,
    ) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_20<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in (0..4).step_by(2) {
        if n != 1 {
            continue;
        }
    }
    let a2: T = (w[2] + y - x / T::from(1.92).unwrap())
        / ((T::atan2(
            T::from(1.0).unwrap() + T::sin(T::from(-0.66).unwrap()) + T::from(0.45).unwrap(),
            y,
        ) * T::from(0.48).unwrap())
        .tanh()
            * T::from(0.9).unwrap())
        .acos();
    let mut k3: usize = 0;
    for _ in (0..4).rev() {
        let mut h5 = [T::zero(); 4];
        h5[n * 3 % 4] = ((T::atan(a2 - T::from(-0.49).unwrap()) * T::from(2.2).unwrap()).exp2()
            * T::from(0.16).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let mut s6 = x;
    }
    let mut s7 =
        T::atan(T::from(1.08).unwrap() + (T::from(core::f64::consts::LN_2).unwrap() - w[n % 4]))
            * T::from(1.89).unwrap();
    let mut k8: usize = 0;
    while s7
        < s7 % T::from(1.41).unwrap()
            % (T::from(1.0).unwrap()
                + (((T::one() + w[2]) * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap())
                    .tanh()
                + T::from(0.64).unwrap())
        && k8 < 2
    {
        k8 += 1;
        let a9 = a2;
        s7 = s7 * T::from(0.66).unwrap() + T::from(SCALE).unwrap().ln_1p();
    }
    let a10 = T::from(SCALE).unwrap();
    s7 = ((s7 * T::from(1).unwrap() + T::from(OFFSET).unwrap()) * T::from(0.46).unwrap()).tanh()
        * T::from(3.0).unwrap();
    let a11 = if w[n * 3 % 4].min(w[(k3 + n) % 4]) > T::from(-0.78).unwrap() || n % 2 != 1 {
        (T::from(core::f64::consts::LN_2).unwrap() * x).tanh()
    } else {
        (T::from(1.0).unwrap()
            + ((a2 / -y.hypot(T::from(0.89).unwrap())).atan() * T::from(1.89).unwrap()).tanh()
            + T::from(0.32).unwrap())
        .sqrt()
    };
    T::from(std::f64::consts::PI).unwrap()
}

#[differentiable]
pub fn gen_21<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::sin((y * y).trunc() * T::from(0.37).unwrap()) * T::from(2.0).unwrap();
    let a13 = if !(n % 3 != 3
        && (T::from(-1.33).unwrap().atan() * T::from(0.56).unwrap())
            .atanh()
            .fract()
            > T::from(-0.39).unwrap())
    {
        let mut s2 = (T::from(1.0).unwrap() + y.sin() + T::from(0.54).unwrap()).recip();
        let mut h3 = [T::zero(); 4];
        h3[n % 4]
    } else if n < 2 {
        let mut s4 = T::from((n + 2) as f64).unwrap().tanh()
            * (T::from(1.0).unwrap() + y.sin() + T::from(0.48).unwrap()).ln();
        let mut k5: usize = 0;
        while s4 < (T::from(0.3).unwrap() + w[n % 4]).exp() && k5 < 5 {
            k5 += 1;
            let a6 = if (T::from(0.59).unwrap() / (T::abs(T::zero()) + T::from(0.32).unwrap()))
                .min(s4 * w[n % 4])
                < w[n * 2 % 4]
            {
                w[3]
            } else {
                s4 + -w[n % 4] - -(T::from(-1.9).unwrap() * y)
            };
            let a7: T = w[n % 4]
                * (T::cosh(
                    (T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
                        * T::from(3.0).unwrap(),
                ) + T::from(0.62).unwrap())
                .acosh();
            s4 = ((s4 + T::from(core::f64::consts::LN_2).unwrap().recip())
                * T::from(0.34).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
        }
        if T::tan(T::sin(x * T::from(0.75).unwrap()) * T::from(1.2).unwrap())
            / -(T::from(1.0).unwrap() + T::sin(x) + T::from(0.47).unwrap())
            >= T::exp_m1(
                (T::from(k5 + 3).unwrap() * T::from(0.19).unwrap()).sin() * T::from(2.5).unwrap(),
            )
        {
            let a8 = (T::atan(T::log2(
                T::from(1.0).unwrap() + y.tanh() + T::from(0.26).unwrap(),
            )) * T::from(0.56).unwrap())
            .acos();
        } else if !(s1 <= T::from(-0.85).unwrap()
            && gen_19(
                (gen_10(
                    (s1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(0.37).unwrap(),
                    w,
                    (n + 2) % 5,
                ) * T::from(0.28).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                T::atan(s4) * T::from(1.26).unwrap(),
                w,
                (n + 1) % 5,
            ) <= w[n % 4] - x)
        {
            for i9 in (0..n).rev() {
                let a10 = w[3 - i9] / T::hypot(s1, T::from(0.29).unwrap())
                    - w[n * 2 % 4].hypot(T::from(std::f64::consts::PI).unwrap());
                s4 = T::atan(s4 + s4 * (T::from(1.81).unwrap() + s1)) * T::from(1.89).unwrap();
                if w[n % 4] < w[3 - i9] {
                    if ((x - s1) * (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + s4)).atan()
                        * T::from(1.26).unwrap()
                        >= T::from(-0.99).unwrap()
                    {
                        break;
                    }
                } else if -w[n * 2 % 4]
                    + (T::from(1.0).unwrap()
                        + ((a10 * T::from(0.14).unwrap()).sin() * T::from(3.0).unwrap()).sin()
                        + T::from(0.3).unwrap())
                    .sqrt()
                    < a10
                {
                    let mut s11 = ((T::from(1.79).unwrap() * x
                        - (T::from(1.0).unwrap()
                            + T::from(-1.4).unwrap().sin()
                            + T::from(0.46).unwrap())
                        .log(T::from(1.0).unwrap() + w[3 - i9].tanh() + T::from(1.88).unwrap()))
                        * T::from(0.3).unwrap())
                    .tanh()
                        * T::from(4.0).unwrap();
                    let a12 = T::from(-0.74).unwrap() / T::from(1.68).unwrap()
                        + (T::from(1.0).unwrap() + w[i9].tanh() + T::from(0.51).unwrap()).hypot(x);
                } else {
                    s4 = ((s4
                        + (T::tanh(w[i9] * T::from(0.75).unwrap()) * T::from(2.0).unwrap())
                            .powi(i9 as i32))
                        * T::from(0.17).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap();
                }
            }
        } else {
            s4 = (s4 * w[(n + 3) % 4] * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap();
        }
        w[1]
    } else {
        w[(n + 2) % 4]
    };
    (T::zero().sinh().asinh() + a13) * x
}

#[differentiable]
pub fn gen_22<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x < T::from(0.54).unwrap() {
        let mut s1 = ((x * T::from((n + 1) as f64).unwrap() - x) * T::from(0.12).unwrap()).tanh()
            * T::from(4.0).unwrap();
        let a2 = if n % 2 != 1 {
            (y / T::from(0.56).unwrap()
                * (T::from((n * 2) as f64).unwrap() + T::from(1.79).unwrap()))
            .atan()
                * T::from(3.78).unwrap()
        } else {
            w[n % 4]
        };
        let a3 = w[n * 3 % 4];
    } else {
        let mut s4 = (T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
        let mut k5: usize = 0;
        while s4 < x / T::from(0.64).unwrap().ln() && k5 < 6 {
            k5 += 1;
            s4 = ((s4
                + T::atan(T::hypot(
                    ((x + T::from(1.74).unwrap())
                        * T::from(-1.26).unwrap()
                        * T::from(0.32).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap(),
                    T::from(0.98).unwrap(),
                )) * T::from(1.26).unwrap())
                * T::from(0.42).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            if T::cosh(x).atan2((T::from(-0.94).unwrap().atan() * T::from(0.56).unwrap()).asin())
                > x
            {
                return T::min((T::cosh(w[3]) + T::from(0.69).unwrap()).acosh(), s4.tanh());
            }
            let a7 = if T::from(-1.84).unwrap().min(T::from(n as f64).unwrap())
                <= T::from(-0.28).unwrap()
            {
                T::recip(-T::cosh(x))
            } else if w[n * 2 % 4] <= T::from(-1.08).unwrap() {
                let k6 = 0;
                s4 * (w[3 - k6] + T::from(1.31).unwrap())
            } else {
                (x / x.hypot(T::from(0.23).unwrap()) * w[2].exp_m1() * T::from(0.03).unwrap())
                    .tanh()
                    * T::from(6.0).unwrap()
            };
            let a8 = (s4 * a7 * T::from(0.11).unwrap()).sin() * T::from(6.0).unwrap();
        }
    }
    let a9 = if n < 2
        && ((y * w[(n + 2) % 4] * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            .hypot(T::from(0.33).unwrap())
            .ln()
            <= T::from(0.16).unwrap()
    {
        x.max(y)
            / ((T::ceil(w[(n + 1) % 4]).atan() * T::from(1.89).unwrap()).abs()
                + T::from(0.37).unwrap())
    } else {
        -(y * y)
    };
    let a10 = if T::from(-0.13).unwrap() * w[n % 4] >= x {
        T::one()
    } else {
        return gen_7(
            (T::asinh(y) / -((-T::zero()).powi(2) + T::from(0.5).unwrap())).atan()
                * T::from(1.26).unwrap(),
            (T::max(-a9, x + y) * T::from(0.28).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        );
    };
    w[n % 4].sin()
}

#[differentiable]
pub fn gen_23<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for v1 in w.iter() {
        let a2 = ((*v1 * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin();
        if T::cosh(w[1]) - y > T::from(-0.08).unwrap() {
            return y;
        }
        let mut h3 = [T::from(0.86).unwrap(); 4];
    }
    let a6 = if (T::from(-1.46).unwrap() * y).exp2() >= T::one() * y {
        let mut h4 = [T::zero(); 4];
        for i5 in 0..4 {
            h4[i5] = T::atan(T::from(0.97).unwrap() / -h4[i5].hypot(T::from(0.86).unwrap()) * y)
                * T::from(1.26).unwrap();
        }
        gen_12(
            w[2].atan() * T::from(1.26).unwrap(),
            T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            &h4,
            n,
        )
    } else {
        -(T::from(SCALE).unwrap() * x.max(x))
    };
    ((T::acos((w[(n + 2) % 4].abs() * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()) + x)
        * a6
        * T::from(0.08).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_24<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a9 = {
        let k1 = 4;
        let a8 = {
            if ((w[n % 4] * T::from(1.51).unwrap()).atan() * T::from(0.5).unwrap()).ln_1p()
                > T::from(n * 2).unwrap()
            {
                for _ in 0..4 {
                    let k3 = k1 * 3 % 8;
                    if y * T::zero() * (y - w[1]) > T::sin(T::from(0.64).unwrap()) {
                        continue;
                    }
                }
                let a4 = T::asinh(w[n % 4] * T::from(k1 as f64).unwrap())
                    .cosh()
                    .cbrt();
                let a7 = {
                    let a6 = if !(w[k1 % 4] <= T::from(-0.23).unwrap()
                        && w[2].cos() * y.asinh() > T::from(-0.66).unwrap())
                    {
                        let k5 = k1;
                        T::from(std::f64::consts::PI).unwrap()
                    } else {
                        ((T::log2(
                            T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.46).unwrap(),
                        ) * T::from(1.17).unwrap())
                        .tanh()
                            * T::from(0.9).unwrap())
                        .acos()
                    };
                    -((T::from(-0.15).unwrap() - w[n % 4]) * T::floor(a6))
                };
            } else {
                let k1 = T::from(k1).unwrap()
                    * ((T::atan(
                        ((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
                            .powi(n as i32),
                    ) * T::from(1.89).unwrap())
                    .abs()
                        + T::from(0.33).unwrap())
                    .log2();
            }
            T::from(0.41).unwrap()
        };
        y * w[n % 4] - w[n * 3 % 4].atan2(T::from(core::f64::consts::LN_2).unwrap())
    };
    x
}

#[differentiable]
pub fn gen_25<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    let a3 = {
        let a2 = if x.max(x) - x <= T::sin(x) {
            (T::from(1.0).unwrap()
                + ((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).tanh()
                + T::from(0.54).unwrap())
            .powf(T::tanh(T::exp(w[n % 4]) * T::from(0.2).unwrap()) * T::from(2.0).unwrap())
        } else {
            T::from(1.67).unwrap().asinh() + y
        };
        a2 * h1[n % 4] + T::from(core::f64::consts::LN_2).unwrap().ln_1p()
    };
    let mut h4 = [T::from(0.7).unwrap(); 4];
    for i5 in 0..4 {
        h4[i5] = T::tanh(
            T::from(i5 as f64).unwrap() * T::from(-1.77).unwrap()
                % (((x * x * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                    + T::from(0.84).unwrap())
                * T::from(0.28).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    h1[n % 4] = (x.cosh()
        / ((a3 * T::from(0.14).unwrap()).sin() * T::from(0.9).unwrap())
            .asin()
            .exp()
        * T::from(0.13).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    h4[(n + 2) % 4] = h4[(n + 2) % 4] * T::from(0.99).unwrap();
    let mut h6 = [T::zero(); 4];
    for i7 in 0..4 {
        h6[i7] = ((T::tanh((a3 + y) * T::from(0.12).unwrap()).abs() + T::from(0.28).unwrap())
            .hypot(T::from(-1.19).unwrap().floor())
            * T::from(0.64).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    let a8: T = T::from(1.03).unwrap();
    {
        for _ in 0..n % 3 + 1 {
            if y < x {
                return a8 % T::from(-0.4).unwrap().cosh();
            }
            if T::from(-0.91).unwrap() > T::from(-0.96).unwrap() {
                continue;
            }
            if n > 1 {
                break;
            }
        }
    }
    (gen_12(
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        (h1[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        &h1,
        n * 3 % 5,
    ) * (h1[n * 2 % 4] / T::cosh(x))
        * y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_26<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in w.iter() {
        let mut s2: T = gen_10(
            gen_23(T::from(1.72).unwrap().acosh(), T::from(0.22).unwrap(), w, n).atan()
                * T::from(1.26).unwrap(),
            (x * w[n % 4] + T::from(-1.12).unwrap()).atan() * T::from(1.26).unwrap(),
            w,
            (n + 2) % 5,
        );
        if x.atan2(
            T::from(1.0).unwrap()
                + (T::atan((s2 * w[2] * T::from(0.12).unwrap()).sin() * T::from(4.0).unwrap())
                    * T::from(1.89).unwrap())
                .tanh()
                + T::from(0.68).unwrap(),
        ) <= T::from(0.26).unwrap()
            || s2 < T::from(0.38).unwrap()
        {
            let a3 = T::from(n).unwrap();
        }
        s2 = ((y + w[n % 4] * w[n % 4]) * T::from(0.25).unwrap()).sin() * T::from(6.0).unwrap();
    }
    let a4 = y;
    let mut s5 = (-(a4.powi(2) + T::from(0.47).unwrap())).cbrt();
    let mut k6: usize = 0;
    while s5 < T::from(1.5).unwrap().exp_m1() - (w[n % 4] + y) && k6 < 4 {
        k6 += 1;
        s5 = T::sin(
            (s5 + (((gen_23(
                T::atan(s5 + y) * T::from(1.26).unwrap(),
                (w[n % 4] * s5).atan() * T::from(1.26).unwrap(),
                w,
                n * 3 % 5,
            )
            .atan()
                * T::from(1.89).unwrap())
            .abs()
                + T::from(0.49).unwrap())
                * T::from(0.48).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
                * T::from(0.39).unwrap(),
        ) * T::from(2.0).unwrap();
        s5 = ((s5 + T::from(0.59).unwrap() * w[n % 4] * (w[n * 3 % 4] / -y.cosh()))
            * T::from(0.34).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let mut y = ((T::acos(T::sin(a4 * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
            + (w[(n + 3) % 4] - a4))
            / T::from(std::f64::consts::PI).unwrap()
            * T::from(0.7).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        y = T::sin(
            (y + (((T::from((n * 3 % 9) as f64).unwrap() - T::from(0.52).unwrap())
                * y
                * T::from(0.1).unwrap())
            .sin()
                + a4))
                * T::from(0.3).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    for i7 in 0..n % 3 + 1 {
        if (w[3 - i7] - T::from(-0.75).unwrap()) * T::zero().exp2() < w[k6 * 3 % 4] - w[n * 2 % 4]
            && T::from(OFFSET).unwrap().hypot(T::from(0.41).unwrap()).ln()
                + T::from(k6 + i7).unwrap()
                < T::from(-1.13).unwrap()
        {
            return (T::from(1.0).unwrap() + T::sin(w[(k6 + 2) % 4]) + T::from(0.49).unwrap())
                .hypot(x)
                - w[(i7 + k6) % 4] % s5.hypot(T::from(0.95).unwrap())
                + T::floor(T::tanh(T::from(2).unwrap()));
        }
        if (T::acos(
            (T::from(k6 + n).unwrap() * T::from(0.19).unwrap()).sin() * T::from(0.9).unwrap(),
        ) / -(T::from(1.0).unwrap()
            + (((w[0] - T::from(i7 + 1).unwrap()) * T::from(0.3).unwrap()).sin()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.2).unwrap())
            * T::from(0.11).unwrap())
        .tanh()
            < x + T::from(-1.44).unwrap()
        {
            let a8 = w[k6 * 3 % 4];
            s5 = (-(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + w[(n + i7) % 4] - s5)
                * T::from(0.32).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        } else {
            s5 = (T::mul_add(x, T::from(1.54).unwrap(), T::from(-0.91).unwrap() + y) * -a4.atan())
                .atan()
                * T::from(1.26).unwrap();
        }
    }
    (-(T::from(1.0).unwrap()
        + T::tanh(
            ((T::from(n).unwrap() + x) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap(),
        )
        + T::from(0.45).unwrap()))
    .recip()
        + a4
}

#[differentiable]
pub fn gen_27<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    let k2 = 0;
    let mut h3 = [T::one(); 4];
    let mut s4 = h3[k2];
    let mut k5: usize = 0;
    loop {
        if k5 >= 5 {
            break;
        }
        k5 += 1;
        s4 = ((s4 * T::from(0.61).unwrap()
            + T::sin(
                (T::from(1.0).unwrap()
                    + ((s4 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                    + T::from(1.58).unwrap())
                .acosh()
                .max(a1 - x)
                    * T::from(0.37).unwrap(),
            ) * T::from(2.0).unwrap())
            * T::from(0.34).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        let k6 = 3;
        s4 = ((T::atanh(w[k2 + 1].atan() * T::from(0.56).unwrap())
            + s4.max(T::from(OFFSET).unwrap()))
            * -T::from(k6 + k2).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        if s4 > y {
            break;
        }
    }
    let a7 = (w[3 - k2].atan() * T::from(0.5).unwrap()).ln_1p();
    T::sin(
        (T::from(2)
            .unwrap()
            .exp_m1()
            .max((T::from(1.0).unwrap() + a7.tanh()).ln())
            * y
            + x)
            * T::from(0.1).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_28<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (-(T::from(1.0).unwrap() + x.tanh() + T::from(0.63).unwrap())).cbrt()
        - T::from(-1.37).unwrap()
            % (T::from(1.0).unwrap()
                + (T::atan(T::from(n).unwrap()) * T::from(1.89).unwrap()).sin()
                + T::from(0.8).unwrap())
        > T::from(0.51).unwrap()
    {
        let mut s1 = w[1].fract();
        let mut k2: usize = 0;
        loop {
            if k2 >= 3 {
                break;
            }
            k2 += 1;
            s1 = ((s1 * T::from(0.88).unwrap()
                + T::sin(
                    (T::from(1.0).unwrap()
                        + T::tanh(
                            (gen_21(
                                (w[(n + 2) % 4] * T::from(0.75).unwrap()).sin()
                                    * T::from(2.0).unwrap(),
                                T::atan(s1) * T::from(1.26).unwrap(),
                                w,
                                (n + 3) % 5,
                            ) / T::hypot(-w[n % 4], T::from(0.56).unwrap())
                                * T::from(0.21).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.25).unwrap())
                        * T::from(0.67).unwrap(),
                ) * T::from(2.0).unwrap())
                * T::from(0.32).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            let mut h3 = [T::one(); 4];
            for i4 in 0..4 {
                h3[i4] = (((((w[(n + 3) % 4] * T::from(0.75).unwrap()).sin()
                    * T::from(2.0).unwrap())
                .powi(2)
                    + T::from(0.54).unwrap())
                .powf(
                    (y.hypot(
                        T::from(1.0).unwrap() + h3[(i4 + 2) % 4].tanh() + T::from(0.21).unwrap(),
                    ) * T::from(0.51).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
                ) * T::from(0.07).unwrap())
                .tanh()
                    * T::from(3.0).unwrap()
                    * T::from(0.56).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            }
            let x = x
                + (T::from(1.0).unwrap() + T::from(-1.48).unwrap().tanh() + T::from(0.28).unwrap())
                    .hypot(s1);
            if (T::from(-0.39).unwrap() - h3[n * 2 % 4])
                / (T::abs(T::atan(s1) * T::from(1.89).unwrap()) + T::from(0.53).unwrap())
                <= w[1] - x
            {
                break;
            }
        }
        let a5 = if (T::from(1.0).unwrap()
            + T::tanh(((y + y) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            + T::from(0.67).unwrap())
        .ln()
            < gen_20(T::from(1.55).unwrap(), T::from(-0.52).unwrap(), w, n)
        {
            (w[3 - k2] + T::from(OFFSET).unwrap()).atan()
        } else {
            T::from(n as f64).unwrap()
        };
        let a6 = T::abs(w[(k2 + n) % 4]).abs();
    } else {
        let mut y = T::sin(y * w[0] * T::from(0.37).unwrap()) * T::from(3.0).unwrap();
        if n % 2 != 2 {
            return w[n % 4] - T::from(-1.37).unwrap();
        }
    }
    let mut s7 = (T::cosh(T::zero())
        - ((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap())
            .exp2())
    .atan()
        * T::from(1.89).unwrap();
    let mut k8: usize = 0;
    loop {
        if k8 >= 6 {
            break;
        }
        k8 += 1;
        s7 = ((s7 * T::from(0.75).unwrap()
            + (((((y + (w[n % 4] - w[2])) * T::from(0.25).unwrap()).sin()
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.48).unwrap())
                * T::from(0.43).unwrap())
            .sin()
                * T::from(2.0).unwrap())
            * T::from(0.35).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        let a9 = s7;
        s7 = (T::from(1.0).unwrap() + T::zero().sinh().tanh())
            .atan2(-y)
            .atan()
            * T::from(1.89).unwrap();
        if T::from(-0.78).unwrap() - w[n * 3 % 4] + w[n % 4] <= x - T::from(-1.88).unwrap() {
            break;
        }
        if s7 > T::max(w[n * 2 % 4], w[n % 4]) / T::from(-1.25).unwrap() {
            break;
        }
    }
    s7 = T::sin(
        (s7 * (T::acosh(w[n % 4].hypot(T::from(0.69).unwrap()) + T::from(0.97).unwrap())
            + w[n % 4] * T::from(-1.73).unwrap())
            + w[1].hypot(T::from(0.26).unwrap()).log10())
            * T::from(0.09).unwrap(),
    ) * T::from(3.0).unwrap();
    s7 = (s7 * (w[k8 % 4].cosh().ln() * y) * T::from(0.19).unwrap()).tanh() * T::from(3.0).unwrap();
    let mut s7 = (s7
        + (T::from(-0.53).unwrap() / (w[k8 * 2 % 4].powi(2) + T::from(0.39).unwrap())
            - (x - w[1])))
        .atan()
        * T::from(1.89).unwrap();
    ((y + x) / -T::ln_1p(T::from(4).unwrap()).hypot(T::from(0.4).unwrap()) * y * y).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_29<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = w[n % 4].exp2();
    let a1 = w[n % 4] * (y.atan() * T::from(0.56).unwrap()).asin();
    let a2 = ((T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap()).tanh()
        * T::from(3.0).unwrap())
    .hypot(T::from(0.62).unwrap())
    .cbrt()
        - T::from(1.95).unwrap();
    let mut s3 = (y / w[n * 3 % 4].hypot(T::from(0.38).unwrap())).sin();
    if s3 > T::from(-0.63).unwrap() {
        return T::atan(
            x / ((T::from(0.54).unwrap().atanh() * w[(n + 1) % 4]).powi(2)
                + T::from(0.52).unwrap()),
        ) * T::from(3.78).unwrap();
    }
    if (T::from(1.0).unwrap() + y.tanh() + T::from(0.55).unwrap())
        .cbrt()
        .recip()
        >= T::from(1.46).unwrap()
    {
        let mut s4 = a2;
    }
    let mut s5 = (gen_21(
        a2,
        (x * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) * y)
        .atan()
        * T::from(2.52).unwrap();
    let mut k6: usize = 0;
    loop {
        if k6 >= 4 {
            break;
        }
        k6 += 1;
        s5 = ((s5 * T::from(0.88).unwrap()
            + (T::from(1.0).unwrap()
                + T::tanh(
                    T::atan(
                        (T::one() - w[n * 2 % 4])
                            / (T::zero() - w[n * 3 % 4]).hypot(T::from(0.79).unwrap()),
                    ) * T::from(1.89).unwrap(),
                )))
            * T::from(0.27).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        if (s3 + a1) / (y.abs() + T::from(0.71).unwrap()) < w[3] - y {
            continue;
        }
        let mut s7 = -T::from(0.8).unwrap() - a2;
        if -gen_23(a1, T::from(0.83).unwrap(), w, 0) < T::from(-1.12).unwrap() {
            break;
        }
    }
    let mut k8: usize = 3;
    if k8 % 2 == 0 {
        let a9 = (y.exp().atan() * T::from(0.56).unwrap()).asin().abs();
        s5 = (s5
            * (a1.sin().abs()
                + ((gen_21(
                    a9,
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                ) * T::from(0.37).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .sinh())
            + a2.fract())
        .atan()
            * T::from(2.52).unwrap();
        let a10 =
            (s3 - T::from(-0.71).unwrap()) % (T::abs(w[k8 % 4]).abs() + T::from(0.96).unwrap());
    }
    ((w[k8 % 4]
        / (T::abs((s5 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            + T::from(0.35).unwrap()))
    .atan()
        * T::from(0.56).unwrap())
    .acos()
}

#[differentiable]
pub fn gen_30<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    let a2 = if x - gen_20(
        a1.atan() * T::from(1.26).unwrap(),
        T::from(-1.04).unwrap(),
        w,
        n,
    ) >= gen_23(
        w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
        T::from(0.08).unwrap(),
        w,
        3,
    ) {
        T::from(SCALE).unwrap().asinh().atanh()
    } else {
        (T::from(-0.63).unwrap().exp() + T::from(0.99).unwrap())
            .acosh()
            .tanh()
    };
    let a3 = -T::ln_1p((T::from(1.0).unwrap() + y.tanh() + T::from(0.33).unwrap()).hypot(w[n % 4]));
    if n % 3 > 3 {
        return (gen_23(
            x.atan() * T::from(1.26).unwrap(),
            T::atan(a1 - w[n % 4]) * T::from(1.26).unwrap(),
            w,
            n,
        ) * T::from(0.25).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
    }
    let a4 = a3 * a2 * w[(n + 3) % 4];
    let x = x + T::tanh(
        (w[n % 4] + a4)
            / (T::from(1.0).unwrap()
                + ((a3 + x).atan() * T::from(1.89).unwrap()).tanh()
                + T::from(0.42).unwrap())
            * (T::zero() - w[3] + a3 % (T::from(1.0).unwrap() + x.tanh() + T::from(0.59).unwrap()))
            * T::from(0.04).unwrap(),
    ) * T::from(3.0).unwrap();
    let k5 = n;
    if (a2 * w[(k5 + n) % 4]).ceil() >= a2 * a3 {
        return -T::from(n * 2).unwrap().ln_1p();
    }
    let a8 = {
        let mut s6 = y.abs();
        let a7: T = T::exp(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap());
        T::sin(T::from(-1.51).unwrap())
    };
    let a9 = (T::from(k5 as f64).unwrap() + w[(k5 + 2) % 4])
        / (T::from(1.0).unwrap()
            + ((w[n % 4] * x).atan() * T::from(1.89).unwrap()).tanh()
            + T::from(0.62).unwrap());
    let a11 = {
        let a10 = T::tanh(
            (a1 + a4)
                / T::from(0.53)
                    .unwrap()
                    .powf((a9 * T::from(0.16).unwrap()).sin() * T::from(2.0).unwrap())
                * T::from(0.1).unwrap(),
        );
        a9
    };
    T::from(0.44).unwrap() % T::from(1.04).unwrap()
        / (T::from(1.0).unwrap()
            + (((T::from(k5 * 2).unwrap().atan() * T::from(1.57).unwrap()).exp_m1()
                * T::from(0.17).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .sin()
            + T::from(0.3).unwrap())
        + a4
}

#[differentiable]
pub fn gen_31<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if T::from(n as f64).unwrap().sin() + w[1].hypot(y.hypot(T::from(0.23).unwrap()))
        >= gen_5(
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w[n % 4].atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) {
        x + w[(n + 2) % 4] + T::cos(x)
    } else {
        return w[1] / T::from(0.74).unwrap()
            - w[n % 4]
            - (x * T::from(-0.07).unwrap())
                .hypot(T::from(0.37).unwrap())
                .log10();
    };
    let mut s2: T = (x * a1 * y * T::from(0.07).unwrap()).tanh() * T::from(3.0).unwrap();
    let mut s3 = s2.fract() * T::from(-1.03).unwrap();
    let mut k4: usize = 0;
    loop {
        if k4 >= 6 {
            break;
        }
        k4 += 1;
        s3 = (s3
            + (T::powf(
                T::hypot(
                    (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                        * a1
                        * T::from(0.42).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap(),
                    T::from(1.0).unwrap(),
                ),
                ((T::one() + a1) * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
            ) * T::from(0.35).unwrap())
            .sin()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        let a5 = gen_12(
            -T::from(-1.13).unwrap(),
            T::tan(T::from(-0.13).unwrap()),
            w,
            n,
        );
        let mut s6 = (T::atan(T::from(n).unwrap()) * T::from(0.56).unwrap()).asin();
        if s3
            > (w[n * 3 % 4] * T::from(1.48).unwrap()).mul_add(
                T::atanh(T::tanh(s2 * T::from(0.25).unwrap()) * T::from(0.9).unwrap()),
                w[1].exp2(),
            )
        {
            break;
        }
    }
    let mut h7 = [T::zero(); 4];
    for i8 in 0..4 {
        h7[i8] = (T::from(OFFSET).unwrap() * w[i8 * 3 % 4] + (w[k4 % 4] + x)).atan()
            * T::from(1.26).unwrap();
    }
    {
        let mut s9 = (T::from(k4).unwrap() * s3).atan() * T::from(1.26).unwrap()
            / (T::sin(a1 * T::from(0.3).unwrap()) * T::from(3.0).unwrap()).cosh();
        let mut k10: usize = 0;
        loop {
            if k10 >= 6 {
                break;
            }
            k10 += 1;
            s9 = T::tanh(
                (s9 + T::sin(
                    (((s2 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
                        + T::from(0.6).unwrap())
                    .log(
                        (T::sin(a1 * T::from(0.3).unwrap()) * T::from(3.0).unwrap()).powi(2)
                            + T::from(1.66).unwrap(),
                    )
                    .cosh()
                        * T::from(0.28).unwrap(),
                ) * T::from(2.0).unwrap())
                    * T::from(0.3).unwrap(),
            ) * T::from(3.0).unwrap();
            h7[k4 % 4] = ((a1.atan() * T::from(0.56).unwrap()).acos() * T::from(0.61).unwrap())
                .tanh()
                * T::from(2.0).unwrap();
            if s9
                > T::ln(
                    T::from(1.0).unwrap()
                        + (gen_3(
                            T::from(1.75).unwrap(),
                            T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
                            &h7,
                            (n + 1) % 5,
                        )
                        .atan()
                            * T::from(1.89).unwrap())
                        .tanh()
                        + T::from(0.46).unwrap(),
                )
            {
                break;
            }
        }
        let k10 = (T::from(k10).unwrap() * a1).atan() * T::from(1.26).unwrap();
    }
    if s3
        / (T::from(1.0).unwrap()
            + (s2.atan() * T::from(1.89).unwrap()).tanh()
            + T::from(0.7).unwrap())
        * T::one()
        < T::from(0.76).unwrap()
    {
        return T::from(0.89).unwrap().exp2();
    }
    let mut h11 = [T::zero(); 4];
    (-h7[2] * y * s3).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_32<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -y;
    let mut s2 = (-((w[n % 4] / T::from(std::f64::consts::PI).unwrap()).abs()
        + T::from(0.64).unwrap())
    .atan2(w[n * 3 % 4] - T::from(-1.36).unwrap()))
    .atan()
        * T::from(1.89).unwrap();
    let a3 = gen_25(
        (s2 / (T::from(1.0).unwrap()
            + (((w[0] - w[n % 4]) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).sin()
            + T::from(0.4).unwrap())
            * T::from(0.2).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        (a1 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    );
    let a5 = if n < 1 {
        s2
    } else {
        s2 = ((s2 - a3) * T::from(0.17).unwrap()).sin() * T::from(3.0).unwrap();
        let a4 = T::atan(
            x + gen_22(
                (w[3] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                (n + 2) % 5,
            ) + gen_27(
                ((-(T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.35).unwrap())).recip()
                    * T::from(0.52).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                (-a3 * T::from(0.26).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            ),
        ) * T::from(3.78).unwrap();
        (T::from(1.19).unwrap() + w[n % 4])
            / ((T::tanh(w[2] * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
                .atanh()
                .abs()
                + T::from(0.63).unwrap())
    };
    let a6 = w[n % 4];
    s2 = (s2 * T::from(1.63).unwrap()).atan() * T::from(1.89).unwrap();
    s2 = ((s2
        - T::from(-1.67).unwrap()
            % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.93).unwrap())
            * (a6 * T::from(3).unwrap()))
        * T::from(0.12).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    s2 = T::tanh((s2 * w[1] + w[n % 4] * s2) * T::from(0.12).unwrap()) * T::from(3.0).unwrap();
    let a7 = x
        % ((T::from(1.54).unwrap()
            % (T::from(1.0).unwrap()
                + ((a3 * T::from(0.26).unwrap()).sin() * T::from(3.0).unwrap()).sin()
                + T::from(0.59).unwrap()))
        .powi(2)
            + T::from(0.95).unwrap());
    ((y + a1 + a1) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_33<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::sin((w[2] * T::from(0.01).unwrap() + w[2].min(y)) * T::from(0.74).unwrap())
        * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 3 {
            break;
        }
        k2 += 1;
        s1 = T::atan(
            s1 + ((T::from(1.0).unwrap() + T::sin(-y.sin()) + T::from(0.52).unwrap())
                * T::from(0.6).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
        ) * T::from(1.26).unwrap();
        let mut k3: usize = n * 3 % 4;
        let k4 = 4;
        {
            if T::from(-0.52).unwrap().recip().recip() <= T::ceil(s1) {
                for (_, _) in w.iter().enumerate() {
                    let a7 = (T::tanh(T::from(k4).unwrap() * T::from(0.37).unwrap())
                        * T::from(3.0).unwrap())
                    .cosh()
                    .sqrt()
                        * T::from(1.66).unwrap()
                        / ((-T::from((k4 + 1) as f64).unwrap()).atan() * T::from(1.89).unwrap())
                            .hypot(T::from(0.67).unwrap())
                            .sqrt();
                    {
                        s1 = (s1 * T::from(std::f64::consts::PI).unwrap() + w[3 - k3]).atan()
                            * T::from(1.26).unwrap();
                        let mut k8: usize = 3;
                    }
                }
                let mut k9: usize = 2;
            } else {
                k3 = (k3 + n) % 4;
                if (s1 + T::from(0).unwrap()).fract() > T::from(-1.02).unwrap() {
                    continue;
                }
            }
        }
        if s1
            > T::from(1.94)
                .unwrap()
                .sin()
                .max(T::from(core::f64::consts::LN_2).unwrap())
        {
            break;
        }
    }
    T::tanh(T::from(n + 3).unwrap() * T::from(0.21).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_34<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (w[(n + 2) % 4].asinh().powi(2) + T::from(0.55).unwrap()).log10();
    let mut s2 = T::from(1.88).unwrap().recip().exp_m1();
    let mut s3 = (T::from(1.0).unwrap() + (T::from(1.42).unwrap() * a1 * a1).tanh())
        .log(T::from(3.29).unwrap());
    if gen_20(
        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    )
    .acosh()
        <= T::asin((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(0.9).unwrap())
    {
        s3 = T::log(
            s2.round().abs() + T::from(0.3).unwrap(),
            T::from(1.93).unwrap(),
        );
        let a6 = {
            let mut s4: T = w[n % 4];
            let k5 = n;
            (T::from(1.0).unwrap()
                + T::sin(((x + s3) * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap())
                + T::from(0.54).unwrap())
            .powf((x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
        };
    } else if T::one() < T::from(0.84).unwrap() {
        let a7 = ((w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
            / (((w[(n + 2) % 4]
                + gen_21(
                    a1,
                    T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    (n + 3) % 5,
                ))
                * T::from(0.25).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .cosh();
    }
    y + y
}

#[differentiable]
pub fn gen_35<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a6 = if T::exp_m1(
        T::sin((w[n % 4] + w[n % 4]) * T::from(0.37).unwrap()) * T::from(2.5).unwrap(),
    ) > y * w[0]
    {
        w[(n + 1) % 4] + ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
    } else if w[n % 4] * w[n % 4] + T::exp_m1(y) > T::from(-0.73).unwrap() {
        if n < 1 {
            let a1: T = w[n * 2 % 4]
                + (((T::exp2(T::from((n * 2) as f64).unwrap().atan() * T::from(2.2).unwrap())
                    * T::from(0.17).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                .abs()
                    + T::from(0.48).unwrap())
                .powf(T::from(1.56).unwrap());
            let mut s2 = (T::sinh(x) * T::from(0.41).unwrap()).sin() * T::from(3.0).unwrap();
            let a3 = x;
        }
        let mut h4 = [T::one(); 4];
        for i5 in 0..4 {
            h4[i5] = ((-(y.abs() + T::from(0.51).unwrap())).cbrt() / h4[n * 3 % 4].signum().exp()
                * T::from(0.41).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        (T::tanh(h4[3] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos()
            - (T::from(1.51).unwrap() / T::from(-0.93).unwrap() - y)
    } else {
        T::from(1.81).unwrap().sinh()
    };
    let a7 = (y * w[n % 4]).sin();
    let a12 = {
        for i8 in 1..=3 {
            let mut s9 = T::ln(
                (gen_7(
                    (T::from(n + i8).unwrap()
                        / -(T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.64).unwrap()))
                    .atan()
                        * T::from(1.26).unwrap(),
                    T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                    w,
                    3,
                )
                .atan()
                    * T::from(1.89).unwrap())
                .powi(2)
                    + T::from(0.65).unwrap(),
            )
            .atan()
                * T::from(1.26).unwrap();
            let a7 = a7.tanh();
            let k10 = n;
        }
        let a11 = w[0];
        T::tan((-a6 * T::from(0.24).unwrap()).tanh() * T::from(1.2).unwrap())
    };
    if n % 2 == 0 {
        return (T::from(0.9).unwrap()
            / (T::from(1.0).unwrap() + y.tanh() + T::from(0.29).unwrap())
            * (T::from(2).unwrap() * x)
            * T::from(0.14).unwrap())
        .sin()
            * T::from(6.0).unwrap();
    }
    (gen_27(
        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w[0].atan() * T::from(1.26).unwrap(),
        w,
        4,
    )
    .atan()
        * T::from(0.56).unwrap())
    .asin()
        + a12
        + x
}

#[differentiable]
pub fn gen_36<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::sin(
        ((T::tanh(T::from(1.73).unwrap() * T::from(0.87).unwrap()) * T::from(1.2).unwrap()).tan()
            + w[n % 4] * y)
            * T::from(0.25).unwrap(),
    ) * T::from(4.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 4 {
            break;
        }
        k2 += 1;
        s1 = T::tanh(
            (s1 + ((-(((x.max(s1) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                .powi(2)
                + T::from(0.53).unwrap()))
            .cbrt()
            .powi(2)
                * T::from(0.33).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
                * T::from(0.26).unwrap(),
        ) * T::from(4.0).unwrap();
        let a4 = if w[1] <= w[n * 3 % 4] || (w[n % 4] - T::from(n).unwrap()).floor() <= w[2] {
            s1
        } else if T::cbrt((-w[n % 4].cosh()).cbrt()) > y.exp()
            && T::exp(T::from(1.24).unwrap() / (y.abs() + T::from(0.59).unwrap()))
                > T::from(-1.06).unwrap()
        {
            let a3 = T::sin(
                (((s1 + y).atan() * T::from(1.26).unwrap()).powi(2) + T::from(0.22).unwrap())
                    .powf((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
                    * T::from(0.1).unwrap(),
            ) * T::from(2.0).unwrap();
            let y = T::log2(T::from(0.17).unwrap().abs() + T::from(0.27).unwrap());
            (x + y) * s1.atan()
        } else {
            (y.mul_add(w[1], w[n * 3 % 4]) - -x) / T::from(1.47).unwrap()
        };
        if (((T::from((n * 2) as f64).unwrap() * T::from(0.19).unwrap()).sin()
            * T::from(3.0).unwrap())
        .powi(2)
            + T::from(0.48).unwrap())
        .log2()
            > T::from(1.37).unwrap()
        {
            break;
        }
    }
    let a5 = (s1
        / T::from(0.66).unwrap()
        / (((s1 * w[(k2 + n) % 4] * T::from(0.19).unwrap()).tanh() * T::from(3.0).unwrap())
            .powi(2)
            + T::from(0.45).unwrap())
        * T::from(0.11).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    s1 = ((s1 * y + (s1 + w[k2 % 4])) * T::from(0.11).unwrap()).sin() * T::from(4.0).unwrap();
    let k6 = n * 2 % 8;
    let a7 =
        w[0] * T::acosh((T::atan(y + a5) * T::from(1.89).unwrap()).abs() + T::from(1.47).unwrap());
    (T::from(1.0).unwrap()
        + (T::sin(a7 * T::from(0.36).unwrap()) * T::from(3.0).unwrap()).sin()
        + T::from(0.63).unwrap())
    .sqrt()
}

#[differentiable]
pub fn gen_37<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x * T::from(0.97).unwrap() - T::from(2).unwrap();
    let a2 = y;
    if n % 2 < 1
        && -y - (a1 + T::from(SCALE).unwrap()) > (y.powi(2) + T::from(1.22).unwrap()).acosh()
    {
        return x / T::cosh(-w[n % 4]);
    }
    let mut s3 = w[n * 3 % 4];
    let a4 = w[(n + 3) % 4]
        / ((s3.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.24).unwrap())
        - (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.34).unwrap()).atan2(a2);
    s3 = ((s3 + s3 * (T::from(0.48).unwrap() / T::hypot(y, T::from(0.53).unwrap())))
        * T::from(0.13).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    (w[n % 4].atan() * T::from(0.75).unwrap()).tan().exp2()
}

#[differentiable]
pub fn gen_38<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = y;
    for i2 in 0..n {
        let mut s3 = x.asinh().ceil();
        let mut s4 = (w[i2].exp() * T::from(0.2).unwrap()).sin() * T::from(3.0).unwrap();
        for (i6, _) in w.iter().enumerate() {
            let i2 = (T::from(i2).unwrap()
                * T::from(std::f64::consts::PI).unwrap().ceil()
                * T::from(0.12).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            if n > 3 {
                return (T::from(1.0).unwrap() + w[(i6 + n) % 4].tanh() + T::from(0.36).unwrap())
                    .log(T::from(4.65).unwrap())
                    / T::one().abs();
            }
            s3 = T::from(-1.41).unwrap();
        }
    }
    s1 = T::atan(
        s1 * -T::one().cosh()
            + (T::sin(T::from(-1.9).unwrap() * T::from(0.79).unwrap()) * T::from(0.8).unwrap())
                .ln_1p(),
    ) * T::from(3.78).unwrap();
    let s1 = y;
    let y = y.tanh();
    T::from(0.62).unwrap() + w[n % 4] - T::from(1.38).unwrap().exp()
}

#[differentiable]
pub fn gen_39<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = w[3] - y - x / (T::from(1.0).unwrap() + x.tanh() + T::from(0.65).unwrap());
    let a2 = {
        let mut s1 = (gen_32(
            T::sin(w[(n + 2) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::sin(w[2] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        )
        .ceil()
            * T::from(0.25).unwrap())
        .sin()
            * T::from(6.0).unwrap();
        s1 / (w[n % 4].cos().abs() + T::from(0.53).unwrap())
    };
    let a3 = if n % 2 == 0 {
        ((x - a2) * T::from(0.08).unwrap()).tanh() * T::from(4.0).unwrap() - x
    } else if T::acos((T::from(OFFSET).unwrap() - a2).atan() * T::from(0.56).unwrap())
        > T::from(-0.3).unwrap()
    {
        y
    } else {
        (x % T::from(1.25).unwrap()).atan()
            * ((w[n * 2 % 4].powi(2) + T::from(0.69).unwrap()).hypot(x)
                * (w[(n + 3) % 4] / T::from(1.96).unwrap()))
    };
    let a4 = (((T::from(-1.25).unwrap() - a2) * T::from(0.12).unwrap()).tanh()
        - T::min(a2, T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()))
    .atan()
        * T::from(3.78).unwrap();
    let a5: T = T::atanh(
        ((T::from(0.94).unwrap() - x) * T::from(0.19).unwrap()).sin() * T::from(0.9).unwrap(),
    );
    let mut a4 = ((a4 * a2).atan() * T::from(3.78).unwrap() * T::from(0.26).unwrap()).sin()
        * T::from(3.0).unwrap();
    let mut h6 = [T::zero(); 4];
    for i7 in 0..4 {
        h6[i7] = (T::sin(
            (w[(i7 + n) % 4].powi(2) + T::from(0.25).unwrap()).cbrt()
                * (a2 / ((a3 * T::from(0.14).unwrap()).tanh() * T::from(3.0).unwrap()).cosh())
                * T::from(0.08).unwrap(),
        ) * T::from(4.0).unwrap()
            * T::from(0.37).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    for _ in 0..4 {
        let a2 = (a2
            + -y / (T::from(1.0).unwrap()
                + T::tanh(
                    ((x * a3 * T::from(0.02).unwrap()).tanh()
                        * T::from(4.0).unwrap()
                        * T::from(0.42).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.55).unwrap()))
        .atan()
            * T::from(0.63).unwrap();
    }
    a4 =
        (a4 * (-h6[1]).atan().exp().powf(
            (gen_37(
                T::atan(y),
                (((a2 * T::from(0.13).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
                    + T::from(0.53).unwrap())
                .sqrt()
                .atan()
                    * T::from(1.26).unwrap(),
                &h6,
                n * 2 % 5,
            ) * T::from(0.7).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
        ) * T::from(0.05).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    if n % 2 % 2 == 0 {
        {
            let a9: T = (-(((a4
                / T::from(0.71).unwrap()
                / (T::from(1.0).unwrap()
                    + (gen_10(
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        T::from(1.45).unwrap(),
                        w,
                        n,
                    )
                    .atan()
                        * T::from(1.89).unwrap())
                    .sin()
                    + T::from(0.65).unwrap())
                * T::from(0.23).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.22).unwrap()))
            .recip();
            let mut k10: usize = n % 4;
        }
        let a11: T = T::atan(
            h6[n * 3 % 4].cosh() + T::from((n * 3 % 9) as f64).unwrap()
                - (w[n % 4]
                    + a5
                    + T::from(-1.6).unwrap()
                        / (T::from(1.0).unwrap() + T::tanh(w[n * 2 % 4]) + T::from(0.47).unwrap())),
        ) * T::from(3.78).unwrap();
    }
    (T::cosh((a4 - T::from(SCALE).unwrap()).atan() * T::from(1.89).unwrap()) + a3).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_40<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x > y {
        return (y + x).sin();
    }
    let a3 = {
        {
            if (T::from(1.0).unwrap() + x.sin() + T::from(0.22).unwrap())
                .sqrt()
                .recip()
                > T::from(1.23).unwrap()
            {
                let mut s1 = gen_25(
                    (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    (w[(n + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                .atan()
                    * T::from(1.26).unwrap();
                s1 = T::atan(
                    s1 - ((T::tanh(T::from(1.64).unwrap() * y * T::from(0.46).unwrap())
                        * T::from(3.0).unwrap())
                    .powi(2)
                        + T::from(0.51).unwrap())
                    .log10(),
                ) * T::from(1.26).unwrap();
            }
            let a2 = if n % 3 > 3 {
                x.abs()
            } else {
                ((T::from(1.0).unwrap()
                    + (T::from(n).unwrap().atan() * T::from(1.89).unwrap()).tanh())
                .ln()
                    % ((w[n % 4] % (T::from(1.0).unwrap() + x.tanh() + T::from(0.69).unwrap()))
                        .powi(2)
                        + T::from(0.95).unwrap()))
                .exp()
            };
        }
        T::atan2(
            gen_23(
                T::sin(
                    gen_34(
                        T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        T::atan(x) * T::from(1.26).unwrap(),
                        w,
                        2,
                    ) * T::from(0.37).unwrap(),
                ) * T::from(2.0).unwrap(),
                ((y.powi(2) + T::from(0.27).unwrap()).recip() * T::from(0.4).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            ),
            T::acosh(T::from(1.0).unwrap() + T::sin(y) + T::from(1.37).unwrap()),
        )
    };
    T::tanh((T::from(n as f64).unwrap().tanh() * y.abs() + y) * x * T::from(0.19).unwrap())
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_41<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a7 = if (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.46).unwrap()).sqrt() - x
        > T::from(1.12).unwrap()
        && gen_35(
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) >= w[n % 4]
    {
        if x.ceil() - T::from(2).unwrap() < T::from(-1.21).unwrap() {
            let a1 = T::ceil(T::from(n).unwrap());
            let a6 = {
                for i2 in (0..4).step_by(2) {
                    let a5 = if x > T::from(core::f64::consts::LN_2).unwrap() {
                        T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                            / (T::from(1.0).unwrap()
                                + T::tanh(
                                    ((a1 + w[0]) * T::from(0.21).unwrap()).sin()
                                        * T::from(3.0).unwrap(),
                                )
                                + T::from(0.25).unwrap())
                    } else if a1 <= (x.powi(2) + T::from(0.32).unwrap()).ln() {
                        gen_18(
                            (T::from(1.0).unwrap()
                                + T::from(-0.65).unwrap().sin()
                                + T::from(0.84).unwrap())
                            .powi(-1),
                            T::sin(
                                a1 / -(T::abs(
                                    (a1 * T::from(0.3).unwrap()).tanh() * T::from(3.0).unwrap(),
                                ) + T::from(0.49).unwrap())
                                    * T::from(0.15).unwrap(),
                            ) * T::from(2.0).unwrap(),
                            w,
                            i2 + 2,
                        )
                    } else {
                        let a4 = if T::from(SCALE).unwrap() >= T::from(0.3).unwrap() {
                            let a3 = T::from(n).unwrap() + a1 * T::zero();
                            a1 + -a3
                        } else {
                            T::one().ceil() - y.mul_add(w[n % 4], w[n * 2 % 4])
                        };
                        (-((a4.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.25).unwrap()))
                            .recip()
                            .round()
                            .tanh()
                    };
                }
                -y
            };
        }
        w[n % 4].atan() * T::zero()
    } else if T::max(
        ((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh(),
        x,
    ) < x - x
    {
        w[n * 2 % 4]
            + y
            + gen_25(
                y.atan() * T::from(1.26).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                1,
            )
    } else {
        x.cosh().log(T::from(4.73).unwrap()) / -(T::from(0.12).unwrap() * y).cosh()
    };
    (T::from(1.1).unwrap().cos().mul_add(w[n % 4].powi(2), x) * T::from(0.25).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_42<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = ((gen_32(
        T::from(0.48).unwrap(),
        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        (n + 1) % 5,
    ) + gen_25(T::from(-0.23).unwrap(), T::from(-0.21).unwrap(), w, n)
        - (T::from(0.71).unwrap() - y + T::atan2(T::one(), T::from(3).unwrap())))
        * T::from(0.09).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s2 = T::atan(
        (y % T::exp(T::from(1).unwrap()))
            .min((T::from(n * 2).unwrap().atan() * T::from(1.89).unwrap()).sinh()),
    ) * T::from(1.26).unwrap();
    let mut k3: usize = 0;
    while s2
        < (T::exp((s2 * x * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap())
            * T::from(0.12).unwrap())
        .sin()
            * T::from(6.0).unwrap()
        && k3 < 2
    {
        k3 += 1;
        s2 = T::sin(
            (s2 + T::sin(
                (T::from(1.0).unwrap() + T::zero().sin() + T::from(0.16).unwrap())
                    * T::from(0.69).unwrap(),
            ) * T::from(2.0).unwrap())
                * T::from(0.37).unwrap(),
        ) * T::from(2.0).unwrap();
        let a4 = -T::exp2(
            (T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin() * T::from(3.5).unwrap(),
        );
        let mut h5 = [T::one(); 4];
        for i6 in 0..4 {
            h5[i6] = T::sin(
                T::exp(
                    x % (T::from(1.0).unwrap()
                        + (T::sin(T::from(n + 2).unwrap() * T::from(0.25).unwrap())
                            * T::from(3.0).unwrap())
                        .sin()
                        + T::from(0.61).unwrap()),
                ) * T::from(0.2).unwrap(),
            ) * T::from(2.0).unwrap();
        }
        let mut h7 = [T::zero(); 4];
        for i8 in 0..4 {
            h7[i8] = gen_33(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(-1.66).unwrap(),
                &h5,
                (i8 + 2) % 5,
            ) % T::from(1.88).unwrap();
        }
    }
    (T::exp2(w[k3 * 3 % 4]) * s2 * x * T::from(0.09).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_43<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in (1..n).step_by(2) {
        let mut s2 = T::from(0.4).unwrap().tan().sinh();
        let mut s3 = (w[n % 4] - T::from(-0.71).unwrap()).round();
        s3 = (s3 * y + (x + T::zero())).atan() * T::from(2.52).unwrap();
    }
    if n > 3 {
        let mut s4 = -w[3] * -T::from(1.0).unwrap();
        for i5 in 0..4 {
            for i6 in 0..4 {
                if !(i6 > 2 && i5 < 2) {
                    continue;
                }
                let mut k7: usize = n % 4;
            }
            if w[2] > T::from(1.28).unwrap() {
                break;
            }
            s4 = T::sin(
                (s4 * w[n % 4]
                    + gen_34(
                        T::zero(),
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        (n + 2) % 5,
                    ))
                    * T::from(0.09).unwrap(),
            ) * T::from(6.0).unwrap();
        }
        let a8 = T::max(
            T::from(1.2).unwrap() * y
                - (s4 * s4 * T::from(0.04).unwrap()).tanh() * T::from(2.0).unwrap(),
            x % (T::from(1.0).unwrap()
                + T::tanh(s4.atan() * T::from(1.89).unwrap())
                + T::from(0.68).unwrap())
                / (T::from(1.0).unwrap()
                    + (((y + T::from(1.47).unwrap()) * T::from(0.43).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.57).unwrap()),
        );
    } else {
        let k9 = 3;
        let mut s10 = T::sin(
            (x % (T::from(1.0).unwrap() + x.tanh() + T::from(0.68).unwrap()) - -w[3])
                * T::from(0.37).unwrap(),
        ) * T::from(4.0).unwrap();
        let a11: T =
            ((T::from(-0.04).unwrap() + w[k9]) * (s10 + w[(k9 + n) % 4]) * T::from(0.12).unwrap())
                .sin();
    }
    w[(n + 3) % 4] * x.atan() * y
}

#[differentiable]
pub fn gen_44<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 > 2 && -T::from(2).unwrap() >= x * x {
        let mut h1 = [T::from(0.39).unwrap(); 4];
        for i2 in 0..4 {
            h1[i2] = (w[(n + 1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
        }
    }
    for _ in (0..4).step_by(2) {
        let a4 = {
            let y = gen_35(
                T::from(-1.62).unwrap(),
                x.atan() * T::from(1.26).unwrap(),
                w,
                3,
            ) + x % T::one();
            y * T::from(1).unwrap()
        };
        let y = y + T::from(1.37).unwrap() * T::atan(x);
    }
    w[n * 2 % 4] + x
}

#[differentiable]
pub fn gen_45<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::cosh(y).ln() + T::from(-0.59).unwrap();
    let a2 = T::log10(w[(n + 1) % 4].abs() + T::from(0.55).unwrap())
        / -(T::from(1.0).unwrap()
            + ((gen_2(
                (w[(n + 3) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                a1,
                w,
                1,
            ) * T::from(0.25).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.34).unwrap());
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = ((w[0]
            / -(T::from(1.0).unwrap() + h3[i4 * 2 % 4].tanh() + T::from(0.25).unwrap())
            + w[3 - i4])
            * T::from(0.17).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    h3[n * 2 % 4] = (T::hypot(x, T::from(1.0).unwrap() + x.tanh() + T::from(0.18).unwrap())
        * T::from(0.51).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let a5: T = (T::tanh(
        gen_2(T::from(0.61).unwrap(), T::from(1.19).unwrap(), &h3, n) * T::from(0.25).unwrap(),
    ) * T::from(0.9).unwrap())
    .asin();
    let mut a5 = (a5
        * (gen_17(a5, T::from(-1.91).unwrap(), w, n * 2 % 5).floor()
            - (T::from(n).unwrap() * w[(n + 3) % 4]).atan2(
                ((y * w[0]).atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.52).unwrap(),
            ))
        * T::from(0.18).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let k6 = n + 2;
    let mut s7 = h3[(k6 + 1) % 4].abs();
    s7 = ((s7 - ((a5 * y * T::from(0.25).unwrap()).tanh() * T::from(2.5).unwrap()).exp())
        * T::from(0.1).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    a2.tanh() * a5
}

#[differentiable]
pub fn gen_46<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x.max(w[n % 4]) / (T::from(0.46).unwrap() / T::from(-0.95).unwrap());
    let a2 = w[n * 3 % 4];
    let mut s3: T = T::acosh(
        T::from(1.0).unwrap()
            + (T::from(1.29).unwrap() * w[n * 2 % 4]).tanh()
            + T::from(1.52).unwrap(),
    ) + T::from(0.07).unwrap().exp2();
    let mut h4 = [T::one(); 4];
    let a6 = if T::hypot(h4[n % 4], T::abs(y) + T::from(0.53).unwrap()) - a2.ceil() < h4[n % 4] {
        s3 = T::sin((s3 - (T::tanh(y) - w[n * 3 % 4].round())) * T::from(0.17).unwrap())
            * T::from(6.0).unwrap();
        let a5 = (((h4[n % 4] * x + a2.cos()) * T::from(0.3).unwrap()).tanh()
            * T::from(1.2).unwrap())
        .tan();
        (T::from(0.26).unwrap() + T::from(0.68).unwrap()) * h4[n % 4]
    } else if a1 + T::from(0.14).unwrap().mul_add(w[(n + 2) % 4], T::one())
        >= T::from(0.77).unwrap()
    {
        h4[n % 4]
            .hypot(
                T::from(std::f64::consts::FRAC_1_SQRT_2)
                    .unwrap()
                    .powf(T::from(-0.3).unwrap()),
            )
            .exp()
    } else {
        T::atan2(
            (x * w[n % 4] / (h4[n % 4].powi(2) + T::from(0.3).unwrap()) * T::from(0.11).unwrap())
                .sin()
                * T::from(4.0).unwrap(),
            (((T::powf(
                ((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).cosh(),
                T::from(1.73).unwrap(),
            ) - gen_7(
                T::tanh(a2 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                T::from(1.02).unwrap(),
                &h4,
                (n + 2) % 5,
            )) * T::from(0.14).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.41).unwrap(),
        )
    };
    if w[n % 4].mul_add(
        ((a6 + a1) * T::from(0.11).unwrap()).tanh() * T::from(3.0).unwrap(),
        T::from(-0.18).unwrap().acos(),
    ) >= T::from(-0.57).unwrap()
    {
        return w[n % 4];
    }
    ((s3 + a6) * T::from(0.09).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_47<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if n % 3 < 3 {
        (T::zero() + x) * x
    } else if ((T::from(SCALE).unwrap().exp2() * T::from(0.89).unwrap()).tanh()
        * T::from(0.9).unwrap())
    .atanh()
        >= T::from(-0.01).unwrap()
    {
        T::fract(w[n % 4])
            * gen_3(
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                T::atan(y) * T::from(1.26).unwrap(),
                w,
                3,
            )
    } else {
        T::from(0.47).unwrap() + T::from(-1.86).unwrap() * x
    };
    let a2 = T::from((n + 3) as f64).unwrap()
        % (T::from(1.0).unwrap() + x.tanh() + T::from(0.62).unwrap())
        + w[n % 4];
    let mut s3 = w[n * 2 % 4];
    let a4 = if (x.trunc().abs() + T::from(0.31).unwrap()).recip() < T::from(-1.23).unwrap() {
        s3 % (T::from(1.0).unwrap()
            + ((w[n * 2 % 4] - w[0] + T::from(std::f64::consts::PI).unwrap().recip()).atan()
                * T::from(1.89).unwrap())
            .sin()
            + T::from(0.66).unwrap())
    } else {
        T::tanh(T::from(1.48).unwrap() + T::zero())
    };
    let k5 = n;
    s3 = ((s3 * (w[(k5 + 2) % 4] % T::from(-0.95).unwrap().cosh() - w[n % 4].sin())
        + (w[k5 % 4] + a2))
        * T::from(0.11).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    s3 = (s3
        * (T::zero().atanh() - T::from(std::f64::consts::PI).unwrap())
        * T::from(0.16).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    s3 = (s3 * T::from(1).unwrap().powi(n as i32) + (w[2] + T::one())).atan()
        * T::from(1.89).unwrap();
    if (x + a1) % (a4.max(x).powi(2) + T::from(0.64).unwrap()) >= T::from(-0.35).unwrap() {
        let a6 = if w[k5 % 4] + T::from(SCALE).unwrap() + T::atan(a1 * a1) * T::from(3.78).unwrap()
            <= T::from(-0.21).unwrap()
        {
            (x * (a2 + a2) * T::from(0.08).unwrap()).tanh() * T::from(2.0).unwrap()
        } else {
            T::from(-1.73)
                .unwrap()
                .hypot(T::from(0.76).unwrap() + T::from((k5 + 2) as f64).unwrap())
                - T::hypot(a2.atan() * T::from(1.89).unwrap(), T::from(0.26).unwrap())
                    .log10()
                    .powi(3)
        };
    }
    let mut k7: usize = 1;
    let a8 = -T::ln(T::from(-0.09).unwrap().hypot(T::from(0.28).unwrap()));
    k7 += k5 * 2 % 5;
    k7 %= 6;
    let mut s9 = a4;
    let mut s10 = (gen_44(
        ((a1 - w[k7 % 4]) * T::from(0.2).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::sin(
            (((a2 * T::from(0.33).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.6).unwrap())
            .log2()
                * T::from(0.46).unwrap(),
        ) * T::from(2.0).unwrap(),
        w,
        (n + k5) % 5,
    ) * T::from(0.37).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    ((w[k5 * 2 % 4] + s10) * (a8 / T::from(-0.71).unwrap()) * a4 * T::from(0.07).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_48<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..4 {
        {
            let a2: T = T::fract(x - w[i1]);
            for i3 in 0..=i1 {
                if gen_33(
                    T::atan(T::from(1.57).unwrap().exp()) * T::from(1.26).unwrap(),
                    T::atan(T::from(i1 + i3).unwrap() - w[(i1 + 1) % 4]) * T::from(1.26).unwrap(),
                    w,
                    i3 * 3 % 5,
                ) < y.min(w[3 - i1])
                {
                    continue;
                }
                let a4 = gen_7(
                    (T::from(1.0).unwrap() + w[(i1 + 2) % 4].tanh() + T::from(0.24).unwrap())
                        .log10(),
                    ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin(),
                    w,
                    i3 * 3 % 5,
                );
                let a5 = (T::from(-1.13).unwrap() - T::from(-1.98).unwrap()).sqrt();
            }
            let a11 = {
                if x <= T::from(1.0).unwrap() {
                    {
                        for _ in w.iter() {
                            let a7: T =
                                (T::from(1.0).unwrap() + w[2].sin() + T::from(0.63).unwrap())
                                    .sqrt()
                                    * a2.hypot(
                                        T::from(1.0).unwrap() + y.tanh() + T::from(0.62).unwrap(),
                                    );
                            let a8 = ((w[n * 3 % 4] - y).atan() * T::from(1.89).unwrap()).sinh();
                            let mut s9: T = w[3 - i1];
                        }
                    }
                    let a10 = if a2 - w[n * 2 % 4] + a2.signum() >= w[2] + T::from(1.5).unwrap()
                        || i1 != 2
                    {
                        T::hypot(
                            T::from(n * 2).unwrap().atan() * T::from(1.89).unwrap(),
                            T::from(0.3).unwrap(),
                        )
                        .recip()
                        .log10()
                    } else {
                        a2 + y
                            % (T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.66).unwrap())
                    };
                }
                (T::from(n * 3 % 9).unwrap() + T::zero())
                    * T::log2(T::hypot(y, T::from(0.49).unwrap()))
            };
        }
    }
    ((y + y + x) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_49<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a8 = {
            let mut s1 = (T::min(
                gen_7(
                    T::from(0.51).unwrap(),
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    (n + 3) % 5,
                ),
                y * w[n % 4],
            ) * T::from(0.37).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            let mut k2: usize = 0;
            loop {
                if k2 >= 5 {
                    break;
                }
                k2 += 1;
                s1 = T::sin(
                    (s1 * T::from(0.84).unwrap()
                        + (y.powi(2) + T::from(0.17).unwrap()).atan() * T::from(1.26).unwrap())
                        * T::from(0.45).unwrap(),
                ) * T::from(2.0).unwrap();
                s1 = T::sin(
                    (s1 + (gen_35(
                        T::from(OFFSET).unwrap(),
                        w[3].atan() * T::from(1.26).unwrap(),
                        w,
                        n,
                    ) + -w[n % 4]
                        - T::zero()
                            / (T::from(1.0).unwrap()
                                + (((s1 - T::from(1.48).unwrap()) * T::from(0.43).unwrap())
                                    .tanh()
                                    * T::from(3.0).unwrap())
                                .tanh()
                                + T::from(0.29).unwrap())))
                        * T::from(0.15).unwrap(),
                ) * T::from(2.0).unwrap();
                let mut s3 = ((T::atan(T::from(n).unwrap()) * T::from(1.57).unwrap()).exp_m1()
                    * T::from(0.21).unwrap())
                .sin()
                    * T::from(4.0).unwrap();
                let mut k4: usize = 0;
                loop {
                    if k4 >= 5 {
                        break;
                    }
                    k4 += 1;
                    s3 = s3 * T::from(0.7).unwrap() + T::from(0.6).unwrap();
                    let a5 = s1 * s3 + T::from(0.4).unwrap();
                    let mut s6 = (gen_46(
                        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        (-w[n % 4] * x).atan() * T::from(1.26).unwrap(),
                        w,
                        (n + 3) % 5,
                    ) * T::from(0.28).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap();
                    if s3 > s3 {
                        break;
                    }
                }
                let a7 = (T::log10(y.powi(2) + T::from(0.29).unwrap()).abs()
                    + T::from(0.48).unwrap())
                .log(
                    (((s3 + T::from(0.35).unwrap()) * T::from(0.34).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .abs()
                        + T::from(1.97).unwrap(),
                ) + (w[(k4 + n) % 4]
                    - (T::tanh(s3 * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).cosh());
                if n < 3 {
                    break;
                }
            }
            s1 + x - x.asinh()
        };
    }
    x - T::one() * T::from(-1.04).unwrap() + x
}

#[differentiable]
pub fn gen_50<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if ((T::from(-1.72).unwrap() * x * T::from(0.44).unwrap()).sin()
        * T::from(2.5).unwrap())
    .exp_m1()
        < T::from(0.61).unwrap()
    {
        (T::from(1.0).unwrap() + (-w[(n + 3) % 4]).sin() + T::from(0.26).unwrap()).ln()
    } else {
        w[n % 4]
    };
    if -(w[(n + 1) % 4] / T::from(-0.8).unwrap()) < T::from(-0.82).unwrap() {
        let mut s2 = T::cosh(T::log2(
            T::from(1.0).unwrap()
                + (((T::from(0.09).unwrap() + T::from(n as f64).unwrap())
                    * T::from(0.37).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .tanh(),
        ));
    } else {
        let a7 = if ((w[(n + 1) % 4] + a1).mul_add(
            T::from(1.64).unwrap() + T::one(),
            w[n % 4] / -(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.3).unwrap()),
        ) * T::from(0.09).unwrap())
        .tanh()
            * T::from(6.0).unwrap()
            < T::from(-0.4).unwrap()
        {
            T::atanh(
                (((a1 * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
                    * T::from(0.59).unwrap())
                .sin()
                    * T::from(0.9).unwrap(),
            )
        } else if gen_34(
            (-x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w[n % 4].atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) <= T::from(-1.18).unwrap()
        {
            T::from(-1.88).unwrap().powi(2).atan2(
                (T::from(1.0).unwrap() + T::sin(x + T::zero()) + T::from(1.67).unwrap()).acosh(),
            )
        } else {
            if !(w[(n + 2) % 4] > T::from(-1.03).unwrap() && n % 3 < 1) {
                let a5 = if T::atan(-w[2]) >= w[n % 4] - y {
                    T::from(OFFSET).unwrap()
                } else {
                    let mut h3 = [T::zero(); 4];
                    for i4 in 0..4 {
                        h3[i4] = (T::max(
                            T::zero() - x,
                            w[(n + 2) % 4] / -y.hypot(T::from(0.64).unwrap()),
                        ) * T::from(0.48).unwrap())
                        .sin()
                            * T::from(2.0).unwrap();
                    }
                    gen_24(
                        T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        gen_12(
                            w[(n + 1) % 4].atan() * T::from(1.26).unwrap(),
                            T::tanh(a1 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                            &h3,
                            3,
                        ) % T::from(-0.7).unwrap().tanh().cosh(),
                        w,
                        n * 2 % 5,
                    )
                };
            } else {
                let a6 = a1.cos();
            }
            T::acosh(
                T::from(1.0).unwrap()
                    + a1.hypot(T::from(0.86).unwrap())
                        .log(T::from(3.78).unwrap())
                        .sin()
                    + T::from(1.61).unwrap(),
            )
        };
    }
    T::sqrt((T::from(0.14).unwrap().powi(2) + T::from(0.41).unwrap()).cbrt()) * x * a1
}

#[differentiable]
pub fn gen_51<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (x - T::ln_1p((y * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap())).atan()
        * T::from(1.89).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 6 {
            break;
        }
        k2 += 1;
        s1 = ((s1 * T::from(0.57).unwrap()
            + (((s1 % (x.abs() + T::from(1.01).unwrap()) * T::from(0.5).unwrap()).sin()
                * T::from(2.0).unwrap())
            .hypot(T::from(0.58).unwrap())
            .powf((s1 * w[(n + 3) % 4]).atan() * T::from(1.26).unwrap())
                * T::from(0.41).unwrap())
            .sin()
                * T::from(2.0).unwrap())
            * T::from(0.4).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        let mut s3 = T::from(1.34).unwrap();
        for _ in (0..4).rev() {
            if s3 < T::from(-1.47).unwrap() {
                break;
            }
            s1 = (s1 * x + s3).atan() * T::from(1.89).unwrap();
            let a5: T = s1 - y + w[3];
        }
        if s1
            > (T::mul_add(w[n % 4], T::from(1).unwrap(), x) * T::sinh(y) * T::from(0.1).unwrap())
                .tanh()
                * T::from(2.0).unwrap()
        {
            break;
        }
    }
    s1 = (gen_47(
        (y.hypot(T::from(0.22).unwrap()) + T::from(1.17).unwrap()).acosh(),
        ((T::zero() + w[3]) * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) * T::from(0.27).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    if x.sin() - (y + T::from(OFFSET).unwrap()) < y + w[(n + 3) % 4] {
        for i6 in 1..=3 {
            if w[n % 4] - x - x >= y - s1 {
                let mut k7: usize = (n + k2) % 6;
                s1 = T::sin(
                    (s1 - (s1 * T::from((k7 * 2 % 9) as f64).unwrap()).atan()
                        * T::from(0.63).unwrap())
                        * T::from(0.38).unwrap(),
                ) * T::from(3.0).unwrap();
            }
            let s1 = s1
                + gen_37(
                    (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::sin((T::from(-0.78).unwrap() - w[0]) * T::from(0.54).unwrap())
                        * T::from(2.0).unwrap(),
                    w,
                    n * 2 % 5,
                );
            let a9 = if !(i6 % 2 == 0 && T::from(1.17).unwrap() > y) {
                T::one()
            } else if ((w[(i6 + k2) % 4].atan() * T::from(1.26).unwrap()).abs()
                + T::from(0.63).unwrap())
            .powf(T::from(0.68).unwrap())
                >= T::from(0.92).unwrap()
            {
                y / -((y + T::zero()).abs() + T::from(0.5).unwrap())
            } else {
                let mut s8 = (-w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
                s1
            };
        }
    } else if T::from(-0.43).unwrap().fract().tanh() >= y - w[k2 % 4] {
        let a10 = (w[1].powi(2) + T::from(0.4).unwrap()).ln().cosh();
    } else {
        let mut k11: usize = k2 % 5;
    }
    (T::from(k2 * 2 % 9).unwrap() * w[n % 4] * T::from(0.09).unwrap()).sin()
        + T::from(-1.24).unwrap()
        + y
}

#[differentiable]
pub fn gen_52<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (w[2] / T::one()).cosh() < y - T::from(0.55).unwrap() {
        let a1 = -gen_46(
            ((y + x) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            T::tanh(T::powi(w[n * 2 % 4], 1) * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            1,
        );
        let a3 = {
            let a2 = ((gen_38(
                T::atan(a1) * T::from(1.26).unwrap(),
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            ) + a1 / x.hypot(T::from(0.77).unwrap()))
                * T::from(0.12).unwrap())
            .sin()
            .exp();
            T::hypot(
                (a2 * T::from(0.55).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(0.59).unwrap(),
            )
            .powf(T::from(-0.31).unwrap())
                + a2
        };
        let mut h4 = [T::one(); 4];
    }
    let mut h5 = [T::from(-0.44).unwrap(); 4];
    for i6 in 0..4 {
        h5[i6] = (w[(n + i6) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    let a12 = if -y
        % (T::tanh(
            gen_33(
                T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                T::atan(x) * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.28).unwrap(),
        ) * T::from(3.0).unwrap())
        .hypot(T::from(0.76).unwrap())
        <= T::from(1.21).unwrap()
    {
        for (&v7, &v8) in h5.iter().zip(w.iter()) {
            let a9 = ((v7 - v8).atan() * T::from(2.2).unwrap()).exp2();
            if T::exp2(T::cosh(x).ln()) >= v8 - T::from(1.54).unwrap() {
                let mut s10 = (y + w[2])
                    * (T::from(1.0).unwrap() + y.tanh() + T::from(0.34).unwrap()).ln()
                    + h5[n % 4];
                let a11 = h5[n % 4].abs().hypot(T::from(0.44).unwrap()).recip();
            } else {
                let y = y * T::from(-0.3).unwrap();
            }
        }
        x + T::from(std::f64::consts::PI).unwrap() + y
    } else {
        (x - x - x.abs()) / (-y + y * T::zero()).cosh()
    };
    (((x.ceil().atan() * T::from(1.89).unwrap())
        .hypot(T::from(0.8).unwrap())
        .log2()
        + a12
        + y)
        * T::from(0.14).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_53<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (gen_11(
        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        4,
    )
    .atan()
        * T::from(0.56).unwrap())
    .acos()
        >= gen_44(
            T::from(0.83).unwrap(),
            (w[(n + 3) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )
    {
        return T::atan(
            ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p(),
        );
    }
    for (_, v1) in w.iter().enumerate() {
        let mut s3: T = (((x + *v1) * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap())
            .exp()
            .atan()
            * T::from(3.78).unwrap();
    }
    let mut s4 = (-(x - w[3]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
    if n != 1 {
        let mut s5: T = ((s4 + (w[n * 3 % 4] - T::from(0.34).unwrap()) - T::from(0.77).unwrap())
            * T::from(0.29).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        let mut x = T::tanh(x);
    } else {
        s4 =
            ((s4 + ((y.abs() + T::from(0.61).unwrap())
                .log(T::from(1.0).unwrap() + x.sin() + T::from(1.97).unwrap())
                * ((T::from(n).unwrap() / (T::abs(x) + T::from(0.25).unwrap())
                    * T::from(0.09).unwrap())
                .sin()
                    * T::from(3.0).unwrap()))
            .min(gen_52(
                (x + x).atan() * T::from(1.26).unwrap(),
                T::atan(y * w[0]) * T::from(1.26).unwrap(),
                w,
                (n + 2) % 5,
            ))) * T::from(0.22).unwrap())
            .sin()
                * T::from(2.0).unwrap();
    }
    T::cosh(y * T::from(-1.05).unwrap()).recip() * s4 * y
}

#[differentiable]
pub fn gen_54<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a3 = {
        if T::from(core::f64::consts::LN_2).unwrap() + T::from(4).unwrap() + -w[n % 4]
            < x - T::from(SCALE).unwrap()
        {
            if -(w[n % 4] * T::from(-0.09).unwrap()) > T::from(0.33).unwrap() {
                if w[n * 2 % 4] * y < T::from(-0.08).unwrap() {
                    let a1 = w[n % 4];
                } else {
                    let a2 = ((T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
                        .acos()
                        .atan()
                        * T::from(0.75).unwrap())
                    .tan();
                }
            }
        }
        x
    };
    w[3]
}

#[differentiable]
pub fn gen_55<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = gen_47(
            T::from(-1.4)
                .unwrap()
                .hypot(y.powi(2) + T::from(0.56).unwrap())
                .atan(),
            (T::atan(T::from(SCALE).unwrap().sin()) * T::from(0.56).unwrap())
                .acos()
                .atan()
                * T::from(1.26).unwrap(),
            w,
            n * 2 % 5,
        );
        let mut k2: usize = n;
        let mut s3: T =
            ((w[n * 3 % 4] - y) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    let mut h4 = [T::zero(); 4];
    let x = T::from(n * 2).unwrap();
    let mut s5 = T::tanh(
        (T::from(SCALE).unwrap()
            - T::atan2(w[1].abs() + T::from(0.53).unwrap(), T::from(-1.45).unwrap()))
            * T::from(0.63).unwrap(),
    ) * T::from(2.0).unwrap();
    s5 = ((s5
        + (w[n % 4] - (x * h4[n % 4] * T::from(0.09).unwrap()).sin() * T::from(3.0).unwrap()))
        * T::from(0.21).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    T::from(std::f64::consts::PI)
        .unwrap()
        .log(T::from(1.0).unwrap() + y.tanh() + T::from(1.72).unwrap())
        + y
}

#[differentiable]
pub fn gen_56<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y;
    s1 = (T::from(4).unwrap() * T::from(0.37).unwrap()).sin() * T::from(4.0).unwrap();
    let a2 = (w[n % 4].powi(2) + T::from(0.53).unwrap())
        .hypot(w[n % 4])
        .tanh()
        + gen_36(
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w[n % 4].asinh(),
            w,
            4,
        );
    s1 = T::asinh(a2).sin();
    s1 = T::tanh((s1 + (s1 * T::from(1.66).unwrap() + w[n % 4])) * T::from(0.12).unwrap())
        * T::from(4.0).unwrap();
    ((s1 + x) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_57<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x.floor();
    for i2 in (0..4).step_by(2) {
        s1 = ((s1 * x + T::from(0.58).unwrap() * w[i2]) * T::from(0.16).unwrap()).tanh()
            * T::from(4.0).unwrap();
        if (s1 % w[(i2 + n) % 4].cosh() * (y + s1) * T::from(0.07).unwrap()).tanh()
            * T::from(6.0).unwrap()
            >= T::from(-1.0).unwrap()
        {
            let a3 = ((T::sin(
                gen_30(
                    (w[i2 * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    x.atan() * T::from(1.26).unwrap(),
                    w,
                    (n + i2) % 5,
                ) * T::from(0.28).unwrap(),
            ) * T::from(3.0).unwrap())
            .abs()
                + T::from(0.44).unwrap())
            .hypot(y.min(s1))
            .min(((-w[i2]).powi(2) + T::from(0.42).unwrap()).cbrt());
            let a4 = w[3];
        } else {
            if n % 2 % 2 == 0 {
                let a5 = if T::recip(
                    -(T::abs(T::tanh(s1 * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                        + T::from(0.34).unwrap()),
                ) >= T::from(0.58).unwrap()
                {
                    T::atan(T::one() + w[i2 * 3 % 4] / -(x.abs() + T::from(0.37).unwrap()))
                } else if T::zero()
                    / T::from(1.97)
                        .unwrap()
                        .powf(T::from(n + 3).unwrap().atan() * T::from(1.26).unwrap())
                    <= y % T::from(SCALE).unwrap()
                {
                    (T::from(1.0).unwrap()
                        + (((s1 - T::one()) * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap())
                            .tanh()
                        + T::from(0.47).unwrap())
                    .sqrt()
                } else {
                    T::from((i2 + n) as f64).unwrap() + (w[0] + w[0])
                };
            }
        }
    }
    let a9 = {
        let mut s6 = ((w[n % 4] - (w[n % 4] - T::from(-1.17).unwrap())) * T::from(0.29).unwrap())
            .sin()
            * T::from(4.0).unwrap();
        let mut k7: usize = 0;
        while s6
            < gen_45(
                (x - T::zero()).atan() * T::from(1.26).unwrap(),
                T::tanh(
                    ((T::from(1.96).unwrap() * T::from(0.77).unwrap()).sin()
                        * T::from(0.9).unwrap())
                    .acos()
                        * T::from(0.56).unwrap(),
                ) * T::from(2.0).unwrap(),
                w,
                n,
            )
            && k7 < 2
        {
            k7 += 1;
            s6 = ((s6
                + ((T::from(1.0).unwrap()
                    + (((-s6 - s1) * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap())
                        .sin()
                    + T::from(0.33).unwrap())
                    * T::from(0.64).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.26).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            s6 = T::atan(
                s6 * (gen_37(
                    T::from(1.76).unwrap(),
                    T::from(4).unwrap().atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ) * T::from(-0.95).unwrap()
                    / (((T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - s1).min(x)
                        * T::from(0.46).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .cosh())
                    + w[n % 4].cosh().cbrt(),
            ) * T::from(2.52).unwrap();
        }
        let mut s8 = T::acos(
            T::tanh((s6 + T::from(3).unwrap()) * T::from(0.21).unwrap()) * T::from(0.9).unwrap(),
        );
        T::atan(
            (x.cosh() + T::from(0.69).unwrap()).acosh().min(w[0] + s8)
                / (T::from(1.0).unwrap() + y.sin() + T::from(0.28).unwrap()),
        ) * T::from(1.89).unwrap()
    };
    let mut s10 = a9.asinh().cosh().cbrt();
    s1 = (s1
        * T::hypot(T::atan(s1) * T::from(1.26).unwrap(), T::from(0.33).unwrap())
            .powf(T::from(0.33).unwrap())
            .cos()
        * T::from(0.37).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    s10 = (s10 * x).atan() * T::from(2.52).unwrap();
    T::sin((T::atan(w[n % 4]) * T::from(1.26).unwrap()).powi(n as i32))
}

#[differentiable]
pub fn gen_58<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (y * w[n * 3 % 4]).floor().atan() * T::from(2.52).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 3 {
            break;
        }
        k2 += 1;
        s1 =
            ((s1 + T::from(1.81).unwrap()) * T::from(0.26).unwrap()).tanh() * T::from(4.0).unwrap();
        let a5 = {
            let mut s3 = s1 % T::from(0.85).unwrap()
                / ((T::tanh(
                    gen_47(
                        T::from(-1.77).unwrap(),
                        (w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        0,
                    ) * T::from(0.27).unwrap(),
                ) * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.51).unwrap());
            let mut k4: usize = 0;
            while s3 < T::from(-1.85).unwrap() && k4 < 3 {
                k4 += 1;
                s1 = T::atan(s1 * w[n % 4]) * T::from(2.52).unwrap();
                s3 = ((s3 * T::from(0.61).unwrap()
                    + (T::cosh(
                        ((T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() * s3
                            + w[3]
                                % (T::from(1.0).unwrap()
                                    + ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin()
                                        * T::from(3.0).unwrap())
                                    .tanh()
                                    + T::from(0.97).unwrap()))
                            * T::from(0.31).unwrap())
                        .tanh()
                            * T::from(3.0).unwrap(),
                    ) * T::from(0.2).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap())
                    * T::from(0.35).unwrap())
                .sin()
                    * T::from(4.0).unwrap();
            }
            s1 * w[n % 4] - (x - T::from(1).unwrap())
        };
        if s1 > y {
            break;
        }
    }
    s1 = T::atan(w[n % 4] * (T::from(1.28).unwrap() * w[k2])) * T::from(2.52).unwrap();
    s1 = -(T::from(-0.96).unwrap() + x);
    let a6 = if x.powi(2) > T::from(0.99).unwrap() {
        (T::one() * T::from(0.67).unwrap())
            .hypot(((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos())
    } else if T::zero() - (s1 + w[n % 4])
        >= T::from(-1.57).unwrap() + T::from(core::f64::consts::LN_2).unwrap()
    {
        T::from(-0.16).unwrap()
    } else {
        -w[3 - k2]
    };
    (T::from(1.0).unwrap()
        + s1.atan2(x.powi(2) + T::from(0.58).unwrap()).tanh()
        + T::from(0.2).unwrap())
    .log2()
        * a6
}

#[differentiable]
pub fn gen_59<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x + T::from(-1.03).unwrap() * w[(n + 3) % 4];
    let a2: T = ((T::sin(T::trunc(w[(n + 2) % 4]) * T::from(0.75).unwrap())
        * T::from(2.0).unwrap())
    .powi(n as i32)
        * T::from(0.09).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let mut k3: usize = n;
    if a2 * T::from(-1.12).unwrap() - (s1 - w[k3 % 4])
        >= T::exp2(
            (T::from((k3 + n) % 9).unwrap() * T::from(0.19).unwrap()).sin() * T::from(3.5).unwrap(),
        )
    {
        let mut h4 = [T::zero(); 4];
        h4[(k3 + 2) % 4] = (s1
            % (T::abs(((w[n % 4] + a2) * T::from(0.32).unwrap()).tanh() * T::from(3.0).unwrap())
                + T::from(0.63).unwrap()))
        .atan()
            * T::from(1.26).unwrap();
        k3 += k3 % 5;
        k3 %= 6;
    } else if x + s1.sin() > T::from(1.13).unwrap() {
        s1 = T::from(k3).unwrap();
    }
    T::sin(
        (s1 % (T::from(1.0).unwrap() + x.sin() + T::from(0.67).unwrap()) + y + y)
            * T::from(0.22).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_60<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut s1 = T::cbrt(
            (T::sin((w[0] + y) * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).powi(2)
                + T::from(0.24).unwrap(),
        );
        let a3 = {
            let a2 = T::atan(y).tan();
            T::from(1.25).unwrap()
        };
        if n % 2 == 0 {
            let mut s4 = a3.round()
                % ((T::from(-0.95).unwrap() - T::max(T::from(-1.55).unwrap(), w[n % 4]))
                    .hypot(T::from(0.47).unwrap())
                    + T::from(0.39).unwrap());
            let mut s5 = T::from(-1.2).unwrap().floor().sinh();
        } else {
            let a6: T = T::from((n + 3) as f64).unwrap()
                - T::from(std::f64::consts::FRAC_1_SQRT_2)
                    .unwrap()
                    .mul_add(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(), w[n % 4]);
        }
    }
    for _ in (0..4).step_by(2) {
        let mut s8: T = T::from(0.52).unwrap().atan() - y;
    }
    let mut s9 = T::from(-0.98).unwrap();
    s9 = (s9
        - ((T::from(1.1).unwrap().max(w[n % 4]) * T::from(0.75).unwrap()).sin()
            * T::from(1.2).unwrap())
        .tan())
    .atan()
        * T::from(1.26).unwrap();
    let mut h10 = [T::zero(); 4];
    for i11 in 0..4 {
        h10[i11] = T::round((T::from(1.0).unwrap() + T::sin(x) + T::from(0.52).unwrap()).cbrt());
    }
    h10[n * 2 % 4] = T::tanh(s9 * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    let mut s12 = (gen_59(
        (-x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        x.atan() * T::from(1.26).unwrap(),
        &h10,
        n,
    ) * T::from(0.25).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    w[3].atan2(T::from(1.0).unwrap() + y.sin() + T::from(0.36).unwrap()) + -T::from(n).unwrap()
}

#[differentiable]
pub fn gen_61<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 % 2 == 0 {
        let mut h1 = [T::one(); 4];
    } else {
        let mut h2 = [T::zero(); 4];
        for i3 in 0..4 {
            h2[i3] = (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
        }
        let a4 = gen_11(
            T::atan(y) * T::from(1.26).unwrap(),
            T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            &h2,
            n,
        ) + w[n * 2 % 4].min(y);
    }
    if w[n % 4] <= w[n % 4].cos() {
        let mut h5 = [T::from(0.65).unwrap(); 4];
        for i6 in 0..4 {
            h5[i6] =
                ((y + h5[(n + i6) % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
        }
    } else if n < 1 {
        for i7 in 1..=3 {
            let a8 = y
                / (T::from(1.0).unwrap()
                    + ((w[i7 * 3 % 4].hypot(T::from(0.5).unwrap()).sqrt()
                        + (w[(n + i7) % 4] + x))
                        .atan()
                        * T::from(1.89).unwrap())
                    .sin()
                    + T::from(0.46).unwrap());
            {
                let a9 = y;
                let mut s10 = T::tanh(
                    (w[i7] + T::from(i7).unwrap() + y.cos()
                        - T::atan(
                            a8.max(x)
                                * gen_56(
                                    (w[i7 * 2 % 4] * T::from(0.75).unwrap()).tanh()
                                        * T::from(2.0).unwrap(),
                                    w[(n + 2) % 4].atan() * T::from(1.26).unwrap(),
                                    w,
                                    i7,
                                ),
                        ) * T::from(2.52).unwrap())
                        * T::from(0.15).unwrap(),
                ) * T::from(6.0).unwrap();
                let mut s11 = T::tanh(
                    (a8 + T::from(0.49).unwrap())
                        * (x + T::from(1.83).unwrap())
                        * T::from(0.08).unwrap(),
                );
            }
        }
        let a12 = w[3];
    } else {
        let mut s13 = ((y + T::from(-0.83).unwrap().cos()) * T::from(0.5).unwrap()).tanh()
            * T::from(3.0).unwrap();
    }
    T::from(1).unwrap() / -(((y - x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
        * x
}

#[differentiable]
pub fn gen_62<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::from(OFFSET).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 6 {
            break;
        }
        k2 += 1;
        s1 = ((s1 * T::from(0.73).unwrap()
            + T::tanh(
                (((T::one().mul_add(T::from(-1.91).unwrap(), s1)
                    * T::from(-1.87).unwrap().round()
                    * T::from(0.13).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.43).unwrap())
                    * T::from(0.16).unwrap(),
            ) * T::from(2.0).unwrap())
            * T::from(0.32).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        let mut s3 = T::atan(
            y * (x
                % (T::from(1.0).unwrap()
                    + (s1.atan() * T::from(1.89).unwrap()).tanh()
                    + T::from(0.83).unwrap())),
        ) * T::from(1.26).unwrap();
        s3 = (s3
            * ((w[(n + 3) % 4].powi(2) + T::from(0.57).unwrap()).log10()
                - gen_37(
                    T::tanh(w[(n + 3) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    T::tanh((T::from(-0.74).unwrap() + s3) * T::from(0.55).unwrap())
                        * T::from(2.0).unwrap(),
                    w,
                    (n + 1) % 5,
                ))
            * T::from(0.28).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let a4 = T::one();
        if s1 > T::asinh(y * x) {
            break;
        }
    }
    let k5 = k2;
    T::tanh(
        (T::from(1.0).unwrap()
            + ((w[(k2 + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).sin()
            + T::from(0.31).unwrap())
        .powf(s1.atan() * T::from(1.26).unwrap())
            * s1
            * T::from(0.05).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_63<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n < 2 {
        return (((w[n * 3 % 4] * y).atan() * T::from(1.57).unwrap()).exp_m1()
            * T::from(0.21).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
    }
    let a1 = if n < 3 {
        gen_16(
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::atan(x - T::one()) * T::from(1.26).unwrap(),
            w,
            (n + 1) % 5,
        )
    } else {
        return (T::from(1.0).unwrap()
            + T::tanh(
                T::sin((T::from((n * 3 % 9) as f64).unwrap() + y) * T::from(0.15).unwrap())
                    * T::from(3.0).unwrap(),
            )
            + T::from(0.33).unwrap())
        .log10();
    };
    let mut k2: usize = n % 4;
    let k2 = T::from(k2).unwrap() * w[k2 * 3 % 4];
    let a11 = {
        for i3 in (1..n).step_by(2) {
            if i3 % 2 < 1 {
                let mut s4 = ((T::from(0.0).unwrap() - a1 * w[3 - i3]) * T::from(0.14).unwrap())
                    .sin()
                    * T::from(4.0).unwrap();
            }
            let a5 = T::ceil(x) * y;
            let mut h6 = [T::one(); 4];
        }
        for (v7, v8) in w.iter().zip(w.iter()) {
            if n % 2 == 0 {
                let mut a1 = a1.tanh();
                let a10 = if n != 2 {
                    let a9 = *v7
                        % ((T::from(-0.52).unwrap() * y).hypot(T::from(0.28).unwrap())
                            + T::from(0.29).unwrap());
                    (x - T::from(n as f64).unwrap())
                        * ((*v8).atan() * T::from(0.5).unwrap()).ln_1p()
                } else if n % 3 > 1 {
                    (((w[n % 4] + y)
                        / (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.56).unwrap())
                        * T::from(0.22).unwrap())
                    .sin()
                        * T::from(3.0).unwrap())
                    .cosh()
                    .log(
                        ((x / -(T::from(1.0).unwrap()
                            + (T::tanh(
                                T::from((n + 1) as f64).unwrap() * T::from(0.3).unwrap(),
                            ) * T::from(3.0).unwrap())
                            .tanh())
                            * T::ln_1p(
                                (k2 * T::from(0.25).unwrap()).sin() * T::from(0.8).unwrap(),
                            )
                            * T::from(0.47).unwrap())
                        .sin()
                            * T::from(3.0).unwrap())
                        .powi(2)
                            + T::from(1.73).unwrap(),
                    )
                } else {
                    T::hypot(w[3], T::from(0.99).unwrap()).cbrt()
                        % (T::from(1.0).unwrap()
                            + ((T::from(1.79).unwrap() * w[n % 4] * T::from(0.42).unwrap()).tanh()
                                * T::from(3.0).unwrap())
                            .sin()
                            + T::from(0.99).unwrap())
                };
            }
        }
        w[(n + 2) % 4]
    };
    (gen_55(
        T::from(-0.88).unwrap().abs().log2(),
        (k2 % (T::from(1.0).unwrap()
            + ((a1 * T::from(0.27).unwrap()).sin() * T::from(3.0).unwrap()).sin()
            + T::from(0.57).unwrap()))
        .atan()
            * T::from(1.26).unwrap(),
        w,
        n,
    ) * x
        * T::from(0.19).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_64<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = x + w[0];
    let x = x + x;
    let mut s2: T = T::powi(
        (T::atan(s1 / T::from(-0.49).unwrap()) * T::from(2.52).unwrap() * T::from(0.4).unwrap())
            .tanh()
            * T::from(2.5).unwrap(),
        0,
    );
    if n < 1 {
        s2 = T::tanh(
            s2 * (w[0] / (y.powi(2) + T::from(0.46).unwrap()) - T::from(1.19).unwrap().round())
                * T::from(0.05).unwrap(),
        ) * T::from(6.0).unwrap();
        let a3 = (-s1
            * T::hypot(
                (T::atan(s1 - T::from(-1.75).unwrap()) * T::from(1.89).unwrap()).abs()
                    + T::from(0.7).unwrap(),
                (T::from(1.0).unwrap()
                    + ((s1 * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
                    + T::from(0.68).unwrap())
                .log10(),
            ))
        .atan()
            * T::from(1.26).unwrap();
    } else if n > 1 {
        s1 = T::sin(
            (s1 * (T::from(-0.78).unwrap().ln_1p()
                + T::atan2(
                    ((gen_55(
                        T::from(-0.77).unwrap(),
                        T::from(OFFSET).unwrap(),
                        w,
                        (n + 2) % 5,
                    ) * T::from(0.37).unwrap())
                    .sin()
                        * T::from(3.0).unwrap())
                    .cosh(),
                    y % (T::from(1.0).unwrap()
                        + ((x * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sin()
                        + T::from(0.98).unwrap()),
                ))
                + T::log(
                    w[n % 4].powi(2) + T::from(0.35).unwrap(),
                    ((s1 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap())
                        .hypot(T::from(0.6).unwrap())
                        + T::from(1.06).unwrap(),
                ))
                * T::from(0.12).unwrap(),
        ) * T::from(6.0).unwrap();
        if (T::from((n * 3 % 9) as f64).unwrap().tanh().powi(2) + T::from(0.49).unwrap()).recip()
            <= T::from(0.25).unwrap()
        {
            return (T::from(n * 2).unwrap()
                / -(T::from(1.0).unwrap()
                    + T::tanh((y + w[1]).atan() * T::from(1.89).unwrap())
                    + T::from(0.3).unwrap())
                * T::from(0.06).unwrap())
            .tanh();
        }
        let a4 = w[n % 4]
            % (T::from(1.0).unwrap() + T::from(0.41).unwrap().sin() + T::from(0.57).unwrap())
            - T::from(0.83).unwrap();
    }
    let mut s5 = T::one().exp();
    for &v6 in w.iter() {
        s1 = T::tanh(
            (s5.signum()
                - gen_25(
                    (v6 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
                    w,
                    4,
                ))
                * T::from(0.22).unwrap(),
        ) * T::from(6.0).unwrap();
        s2 = (s2
            - (w[3]
                / (T::from(1.0).unwrap()
                    + (T::from(1.0).unwrap() + w[2].tanh() + T::from(0.33).unwrap())
                        .log(w[n * 3 % 4].hypot(T::from(0.83).unwrap()) + T::from(0.72).unwrap())
                        .tanh()
                    + T::from(0.52).unwrap())
                + T::abs(T::from(1).unwrap().asinh())))
        .atan()
            * T::from(3.78).unwrap();
    }
    s5 =
        (s5 * T::from(1.89).unwrap().exp2() * T::from(0.13).unwrap()).sin() * T::from(3.0).unwrap();
    ((T::zero() + s1) * s2 * T::from(0.04).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_65<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = gen_46(
        (w[0] + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).atan() * T::from(1.26).unwrap(),
        ((w[2] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh(),
        w,
        n,
    );
    if x > T::from(1.7).unwrap() {
        for i2 in 0..n {
            if (((w[(n + 1) % 4] * a1).atan() * T::from(1.89).unwrap()).abs()
                + T::from(0.7).unwrap())
            .sqrt()
                > T::from((n + 1) as f64).unwrap()
            {
                let k3 = 1;
            } else if T::cbrt(T::abs(a1.atan() * T::from(1.89).unwrap()) + T::from(0.64).unwrap())
                / (y.abs() + T::from(0.66).unwrap()).sqrt()
                > y
            {
                let a4 = (T::from(std::f64::consts::PI).unwrap() + w[n % 4])
                    / (T::from(1.0).unwrap()
                        + (((w[(i2 + 2) % 4] + x) * T::from(0.37).unwrap()).sin()
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.64).unwrap());
                let mut s5 =
                    y / (T::from(0.04).unwrap().abs() + T::from(0.17).unwrap()) % w[1].cosh();
                let mut k6: usize = 0;
                loop {
                    if k6 >= 6 {
                        break;
                    }
                    k6 += 1;
                    s5 = ((s5 * T::from(0.59).unwrap()
                        + ((T::from(1.0).unwrap()
                            + T::tanh(
                                T::ln_1p(
                                    (s5 * T::from(0.37).unwrap()).tanh() * T::from(0.8).unwrap(),
                                ) + T::atanh(a1.atan() * T::from(0.56).unwrap()),
                            )
                            + T::from(0.11).unwrap())
                            * T::from(0.74).unwrap())
                        .sin()
                            * T::from(2.0).unwrap())
                        * T::from(0.34).unwrap())
                    .tanh()
                        * T::from(4.0).unwrap();
                    if !(i2 > 2 && T::from(-0.68).unwrap() > w[n % 4].exp()) {
                        break;
                    }
                    if gen_20(
                        (w[(n + i2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        T::one().powi(2),
                        w,
                        n,
                    ) < T::from(-1.24).unwrap()
                    {
                        s5 = s5 * T::from(OFFSET).unwrap().asinh()
                            + T::from(-1.07).unwrap().min(w[i2 * 3 % 4]);
                        s5 = (s5 * a4 * T::from(0.05).unwrap()).tanh() * T::from(4.0).unwrap();
                        if T::log2(
                            (s5 / (T::from(1.0).unwrap()
                                + (T::atan(a1) * T::from(1.89).unwrap()).tanh()
                                + T::from(0.24).unwrap())
                                * T::from(0.1).unwrap())
                            .tanh()
                            .abs()
                                + T::from(0.56).unwrap(),
                        ) >= T::sinh(w[i2])
                        {
                            break;
                        }
                    }
                    if w[(i2 + 1) % 4].hypot(T::from(0.63).unwrap()).recip() < s5 - a1
                        && w[i2] > T::from(i2).unwrap() * T::from(-1.48).unwrap()
                    {
                        return T::abs(T::max(y, T::zero()));
                    }
                    if (T::from(n as f64).unwrap().atan() * T::from(0.75).unwrap()).tan()
                        >= T::from(-1.32).unwrap()
                        || (s5 + s5) / T::from(0.69).unwrap().max(T::from(-1.13).unwrap())
                            >= T::from(0.44).unwrap()
                    {
                        break;
                    }
                }
            } else {
                let a7 = T::from(i2 * 3 % 9).unwrap()
                    % (T::from(1.0).unwrap()
                        + T::sin(
                            ((T::from(OFFSET).unwrap() + T::from(i2 + 1).unwrap())
                                * T::from(0.4).unwrap())
                            .sin()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.91).unwrap());
            }
            if (T::atan(T::atanh(
                (a1 * T::from(0.28).unwrap()).sin() * T::from(0.9).unwrap(),
            )) * T::from(0.56).unwrap())
            .atanh()
                > T::from(-0.67).unwrap()
            {
                return ((x / (T::from(1.0).unwrap() + y.tanh() + T::from(0.37).unwrap())
                    * T::from(0.3).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                .hypot(T::from(0.9).unwrap())
                .powf((w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap());
            }
        }
    } else if !(gen_60(
        T::from(0.97).unwrap(),
        (a1 * T::from(0.28).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        2,
    ) + (T::from(1.0).unwrap() + w[1].tanh() + T::from(0.26).unwrap()).log2()
        < T::from(core::f64::consts::LN_2)
            .unwrap()
            .powf((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
        && w[n * 2 % 4] % w[n % 4].cosh()
            / -(T::from(1.0).unwrap()
                + (w[(n + 3) % 4] + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).sin()
                + T::from(0.66).unwrap())
            <= T::from(1.05).unwrap())
    {
        let a8 = if T::asin((w[(n + 2) % 4] - x).atan() * T::from(0.56).unwrap())
            <= ((a1 * T::from(0.28).unwrap()).sin() * T::from(2.5).unwrap()).exp_m1()
        {
            T::sin(y.hypot(T::from(0.79).unwrap()).sqrt() * (a1 + a1) * T::from(0.1).unwrap())
                * T::from(3.0).unwrap()
        } else if (x + w[(n + 3) % 4]) * T::from(-1.44).unwrap() >= T::from(0.14).unwrap() {
            a1
        } else {
            (T::from(0.57).unwrap() + a1) % T::asinh(T::from(1.83).unwrap())
        };
    }
    (((y - T::from(-0.27).unwrap()).sin() + a1 + y) * T::from(0.18).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_66<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut y = (y
        * T::cos((T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.36).unwrap()).ln())
        * T::from(0.75).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    y = (y
        * ((T::sin(
            gen_47(
                T::sin((w[n % 4] + x) * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                ((T::from(1.0).unwrap() + y.tanh() + T::from(0.23).unwrap()).hypot(w[0])
                    * T::from(0.51).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.27).unwrap(),
        ) * T::from(3.0).unwrap())
        .abs()
            + T::from(0.69).unwrap())
        .sqrt())
    .atan()
        * T::from(1.26).unwrap();
    for _ in 0..n % 3 + 1 {
        let a2: T = T::exp(T::from(-0.86).unwrap());
        let x = (a2 - T::from(-1.11).unwrap()).sinh();
        let a3: T = gen_46(
            (x * T::from(0.68).unwrap()).sin() * T::from(2.0).unwrap(),
            T::one(),
            w,
            n,
        ) * (T::tanh(x * T::from(0.68).unwrap()) * T::from(1.2).unwrap()).tan();
    }
    let mut s4 = y;
    for i5 in (0..4).step_by(2) {
        let mut s6 = y.asinh().max(y / T::from(-1.34).unwrap());
        let x = w[(n + 2) % 4];
        let a7: T = (T::from(1.0).unwrap()
            + T::sin((w[i5] / x.hypot(T::from(0.26).unwrap())).atan() * T::from(1.89).unwrap())
            + T::from(0.59).unwrap())
        .log10();
    }
    T::tanh(
        (T::sinh(T::tanh(-s4 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()) + x)
            * s4
            * T::from(0.05).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_67<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n != 2 {
        let a1 = y.hypot(T::hypot(w[n % 4], T::from(0.56).unwrap()))
            / T::from(std::f64::consts::PI).unwrap()
            / -(T::from(1.0).unwrap() + x.tanh() + T::from(0.52).unwrap());
    }
    {
        let mut s2 = (T::from(1.0).unwrap()
            + ((T::hypot(w[n * 3 % 4], T::from(0.95).unwrap()).hypot(x)
                / (T::abs(w[n % 4] + T::from(-0.05).unwrap()) + T::from(0.59).unwrap()))
            .atan()
                * T::from(1.89).unwrap())
            .tanh())
        .acosh();
    }
    if (T::from(1.0).unwrap() + y.tanh() + T::from(0.26).unwrap()).log10()
        > T::from(0.08).unwrap() + T::from(n as f64).unwrap()
    {
        let a3 = w[(n + 1) % 4];
        let mut s4 = w[(n + 2) % 4].atan() * T::from(1.26).unwrap();
    } else {
        let a5 = w[n % 4];
    }
    (w[n * 2 % 4].atan2(w[(n + 2) % 4].cosh()) / -(T::from(1.0).unwrap() + w[n % 4].tanh().tanh())
        + x
        + y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_68<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = if T::from(OFFSET).unwrap() >= T::from(0.84).unwrap() {
        let a1 = gen_55(
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) * T::from(-1.58).unwrap().max(y);
        T::sin((a1 - T::from(-0.41).unwrap() - T::sinh(x)) * T::from(0.12).unwrap())
            * T::from(3.0).unwrap()
    } else {
        gen_46(
            (w[2] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (w[3]
                / (T::abs(
                    T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(3.0).unwrap(),
                ) + T::from(0.42).unwrap())
                * T::from(0.31).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            w,
            (n + 3) % 5,
        )
        .asinh()
    };
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = T::log(
            T::from(core::f64::consts::LN_2).unwrap(),
            T::abs(y) + T::from(1.95).unwrap(),
        );
    }
    let a5 = h3[0];
    let mut h6 = [T::zero(); 4];
    h3[n * 2 % 4] = ((((h3[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
        .powi(n as i32)
        - gen_24(
            w[3].atan() * T::from(1.26).unwrap(),
            (a2 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h3,
            n,
        ))
    .atan()
        * T::from(3.78).unwrap()
        * T::from(0.27).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let a7 = -(-x - T::from(1.63).unwrap().log(T::from(4.51).unwrap()));
    if n % 3 < 1 {
        if n % 3 != 3 {
            let a8 = (h3[n % 4] % w[n % 4].cosh()).atan();
            let mut k9: usize = (n + 1) % 5;
        }
    } else {
        h3[n * 2 % 4] = (a5 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    }
    h3[n % 4]
}

#[differentiable]
pub fn gen_69<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::atan(w[n * 3 % 4] * x + T::abs(w[2])) * T::from(0.5).unwrap()).ln_1p();
    let a2: T = T::atan2(
        x,
        T::from(1.0).unwrap() + T::tanh(y) + T::from(0.29).unwrap(),
    ) - T::from(-1.31).unwrap();
    let k3 = n + 2;
    let k4 = (n + k3) % 8;
    {
        if (a2.powi(2) + T::from(0.46).unwrap()).log(T::from(1.68).unwrap())
            >= T::from(-0.74).unwrap()
        {
            for (i6, _) in w.iter().enumerate() {
                {
                    if !(n != 1
                        && (T::from(0.06).unwrap() * a2)
                            .hypot(T::from(0.91).unwrap())
                            .atan2(y.mul_add(T::from(n).unwrap(), a1))
                            >= T::from(-1.85).unwrap() + w[k4 % 4])
                    {
                        if n != 1 {
                            continue;
                        }
                    } else {
                        if w[n * 3 % 4] < T::from(0.6).unwrap() {
                            return T::exp((w[(k3 + 3) % 4] + a2).atan() * T::from(1.57).unwrap())
                                .atan()
                                * T::from(3.78).unwrap();
                        }
                        let a7 = (T::exp(
                            (x.cosh() * T::from(0.4).unwrap()).sin() * T::from(2.5).unwrap(),
                        ) * T::from(0.12).unwrap())
                        .sin()
                            * T::from(2.0).unwrap()
                            - (T::from(1.0).unwrap()
                                + T::sin(
                                    w[0].cosh().atan2(w[k3 * 3 % 4]).atan()
                                        * T::from(1.89).unwrap(),
                                )
                                + T::from(0.69).unwrap())
                            .hypot(x);
                        if (w[(k3 + k4) % 4] * (a7 * w[3 - i6]) * T::from(0.07).unwrap()).tanh()
                            * T::from(3.0).unwrap()
                            <= y
                        {
                            continue;
                        }
                    }
                }
            }
        } else if gen_52(
            (a2 * T::from(0.52).unwrap()).sin() * T::from(2.0).unwrap(),
            T::atan(a2) * T::from(1.26).unwrap(),
            w,
            (k4 + n) % 5,
        ) - x
            < a2.fract()
            || T::hypot(w[2], T::from(0.43).unwrap()).log2().exp_m1() > T::from(-0.76).unwrap()
        {
            let a8: T = y;
        }
    }
    ((x * x).min(T::one().exp()) * a2 * T::from(0.13).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_70<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (((y * x * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap()).exp2()
        * T::from(0.13).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    let mut k2: usize = 0;
    while s1 < s1.atan() && k2 < 2 {
        k2 += 1;
        s1 = (s1 * T::from(0.89).unwrap()
            + ((((s1.max(x) - gen_45(T::one(), w[n % 4].atan() * T::from(1.26).unwrap(), w, n))
                .atan()
                * T::from(1.89).unwrap())
            .powi(2)
                + T::from(0.31).unwrap())
                * T::from(0.2).unwrap())
            .sin()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(2.52).unwrap();
        let mut h3 = [T::zero(); 4];
        for i4 in 0..4 {
            h3[i4] = T::from(1.53).unwrap();
        }
        let mut s5 = y;
    }
    let a6 = {
        s1 = ((s1 + x * x.floor()) * T::from(0.15).unwrap()).tanh() * T::from(4.0).unwrap();
        gen_20(
            (s1.atan() * T::from(0.5).unwrap()).ln_1p(),
            T::atan(gen_12(
                T::from(0.07).unwrap(),
                (T::from(2).unwrap() * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                4,
            )) * T::from(1.26).unwrap(),
            w,
            (n + 1) % 5,
        )
    };
    let y = w[n * 3 % 4];
    if T::atan2(
        (w[0].atan() * T::from(0.56).unwrap()).acos(),
        T::from(n).unwrap()
            / (((T::from(n + 1).unwrap() * T::from(0.3).unwrap()).tanh() * T::from(3.0).unwrap())
                .powi(2)
                + T::from(0.52).unwrap()),
    ) > T::from(0.33).unwrap()
    {
        return T::atan(
            ((s1 * T::from(0.37).unwrap()).tanh() * T::from(3.5).unwrap()).exp2() + (a6 - a6),
        ) * T::from(3.78).unwrap();
    }
    let mut s7 = T::sin(a6 * T::from(0.48).unwrap()) * T::from(3.0).unwrap();
    let mut s8 = ((s1 / (T::from(1.0).unwrap() + w[k2].tanh() + T::from(0.27).unwrap())
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(4.0).unwrap())
    .hypot(
        T::from(1.0).unwrap()
            + (((s7 + s1) * T::from(0.21).unwrap()).sin() * T::from(3.0).unwrap()).sin()
            + T::from(0.39).unwrap(),
    );
    s1 = T::tanh(
        (s1 - (s7 + T::recip(-(T::from(1.0).unwrap() + T::tanh(x) + T::from(0.63).unwrap()))))
            * T::from(0.18).unwrap(),
    ) * T::from(4.0).unwrap();
    let mut s9 = s1.tanh()
        % (((x - w[(k2 + n) % 4]).atan() * T::from(1.89).unwrap()).powi(2)
            + T::from(0.52).unwrap());
    let mut k10: usize = k2 + n;
    a6
}

#[differentiable]
pub fn gen_71<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n < 3 {
        return T::tan((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap());
    }
    let a3 = {
        let a1 = -(w[n * 2 % 4] * w[n % 4]);
        let mut s2 = -(T::sin(x * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan();
        T::sinh(w[n % 4])
            / (T::abs((w[3] + x).atan() * T::from(1.89).unwrap()) + T::from(0.58).unwrap())
    };
    {
        let a4 = y - w[n % 4] - a3;
        if n % 2 == 0 && n % 2 < 1 {
            let a6 = {
                let mut s5 = w[(n + 3) % 4];
                (((y - y) * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap()).exp2()
            };
        } else {
            let a7: T = (T::from(1.0).unwrap()
                + T::tanh(
                    ((T::from(n * 3 % 9).unwrap() + a3).atan() * T::from(2.52).unwrap()).atan()
                        * T::from(1.89).unwrap(),
                )
                + T::from(0.64).unwrap())
            .ln();
            let mut s8: T = a7;
        }
    }
    let mut h9 = [T::zero(); 4];
    for i10 in 0..4 {
        h9[i10] = (((w[i10] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
            * T::asinh(h9[n * 2 % 4]))
        .atan()
            * T::from(1.26).unwrap();
    }
    T::from(0.84).unwrap().round().sin()
}

#[differentiable]
pub fn gen_72<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut s1 = ((T::atan(y) + y) * T::from(0.48).unwrap()).tanh() * T::from(2.0).unwrap();
        let mut k2: usize = 0;
        while (s1
            + x % (T::from(1.0).unwrap() + T::sin(T::from(0.33).unwrap()) + T::from(0.82).unwrap())
            < T::from(-0.81).unwrap()
            || T::from(1.67).unwrap() / T::from(-0.97).unwrap()
                % ((T::atan(s1 + T::from((n * 3 % 9) as f64).unwrap()) * T::from(1.89).unwrap())
                    .powi(2)
                    + T::from(0.98).unwrap())
                > T::from(-1.12).unwrap())
            && k2 < 2
        {
            k2 += 1;
            s1 = ((s1
                - ((gen_62(
                    (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::tanh(w[3] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    n,
                ) * T::from(0.28).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .hypot(T::from(0.46).unwrap())
                .sqrt())
                * T::from(0.41).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            s1 = ((s1
                + (((y + T::from(1.28).unwrap()) * T::from(0.46).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .cosh()
                .recip())
                * T::from(0.5).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        let a3: T = y - w[(n + 1) % 4].max(y);
    }
    {
        let mut h4 = [T::from(-0.77).unwrap(); 4];
        for i5 in 0..4 {
            h4[i5] = T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
        }
        let mut s6 = T::tanh(
            ((T::from(n).unwrap() + (y.atan() * T::from(0.56).unwrap()).acos())
                * (T::from(-0.86).unwrap() * x).floor())
            .atan()
                * T::from(1.89).unwrap()
                * T::from(0.53).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    T::asin((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
        * (T::from(0.66).unwrap() * T::from(n as f64).unwrap())
}

#[differentiable]
pub fn gen_73<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::asin(
        (T::from(-1.47).unwrap().hypot(T::cosh(x)) * T::from(0.37).unwrap()).sin()
            * T::from(0.9).unwrap(),
    ) <= T::from(-1.3).unwrap()
    {
        return ((y - T::from(n).unwrap()) / w[n * 2 % 4].cosh()).atan() * T::from(3.78).unwrap();
    }
    for (i2, v1) in w.iter().enumerate() {
        if T::tanh(
            w[n % 4]
                .hypot(T::from(0.68).unwrap())
                .hypot(T::from(-1.05).unwrap())
                .powi(4)
                * T::from(0.05).unwrap(),
        ) * T::from(4.0).unwrap()
            >= T::from(0.7).unwrap()
        {
            let mut s3: T = ((T::from(core::f64::consts::LN_2).unwrap()
                + gen_69(
                    (gen_71(
                        (w[i2] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        T::from(1.51).unwrap(),
                        w,
                        i2,
                    ) * T::from(0.58).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap(),
                    T::sin((*v1 - T::from(-1.63).unwrap()) * T::from(0.41).unwrap())
                        * T::from(2.0).unwrap(),
                    w,
                    i2,
                ))
                * T::from(0.22).unwrap())
            .sin()
                * T::from(3.0).unwrap();
        } else {
            let a5 = if n % 3 % 2 == 0 {
                y
            } else if x.fract() <= T::from(-0.73).unwrap() {
                let mut h4 = [T::one(); 4];
                T::from(1).unwrap() - w[3].hypot(T::cosh(w[(n + i2) % 4]))
            } else {
                (gen_38(
                    (*v1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    (w[3 - i2] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    (n + i2) % 5,
                )
                .atan()
                    * T::from(0.75).unwrap())
                .tan()
            };
        }
    }
    w[3]
}

#[differentiable]
pub fn gen_74<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::atan(x) * T::from(1.26).unwrap();
    s1 = (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let a2 = if w[n % 4] - y
        + (T::sin(w[(n + 1) % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh()
        < T::from(0.44).unwrap()
    {
        s1 = T::tanh(
            (s1 * T::from(1.71).unwrap().cosh().log(
                ((gen_55(
                    T::sin(w[(n + 2) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                ) * T::from(0.37).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .hypot(T::from(0.9).unwrap())
                    + T::from(0.69).unwrap(),
            ) + gen_72(
                T::from(-0.77).unwrap(),
                (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                1,
            )) * T::from(0.21).unwrap(),
        ) * T::from(2.0).unwrap();
        gen_0(
            (x * x * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            (w[n % 4] * (y.powi(2) + T::from(0.33).unwrap()).atan2(y) * T::from(0.24).unwrap())
                .sin()
                * T::from(2.0).unwrap(),
            w,
            n,
        )
    } else {
        s1 = T::from(-1.24).unwrap();
        x / T::from(-0.53).unwrap() - (w[n * 3 % 4] - T::from(n as f64).unwrap())
    };
    let mut h3 = [T::one(); 4];
    for i4 in 0..4 {
        h3[i4] = (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let s1 = (h3[n % 4] * T::from(1.37).unwrap())
        .max((T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.69).unwrap()).powi(-1));
    let mut s5 = T::asin(
        T::atan(h3[1] / -(T::from(1.0).unwrap() + h3[n * 2 % 4].sin() + T::from(0.28).unwrap()))
            * T::from(0.56).unwrap(),
    ) % h3[1].hypot(T::from(0.67).unwrap());
    (T::sin(
        (((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).powi(n as i32)
            + x / -(T::from(1.0).unwrap()
                + ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                    .tanh()))
            * T::from(0.12).unwrap(),
    ) * T::from(6.0).unwrap()
        + y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_75<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a4 = if w[n % 4]
        / (((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
            .asin()
            .abs()
            + T::from(0.27).unwrap())
        >= -x
    {
        return (y.powi(2) + T::from(0.51).unwrap())
            .sqrt()
            .log(T::from(4.24).unwrap());
    } else {
        let a3 = if n != 2 && w[3] >= T::from(0.49).unwrap() {
            -T::from(n as f64).unwrap()
        } else {
            if n < 3 {
                let mut s1 = (T::from(1.0).unwrap()
                    + T::tanh(
                        (x * w[n * 3 % 4] * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
                    )
                    + T::from(0.6).unwrap())
                .atan2((T::from(1.0).unwrap() + x.sin() + T::from(0.28).unwrap()).log2());
            } else {
                let mut s2 = w[3];
                s2 = T::sin((s2 + y) * T::from(0.3).unwrap()) * T::from(3.0).unwrap();
            }
            (-x).abs()
        };
        -y / x.hypot(T::from(0.3).unwrap())
    };
    (T::from(1.0).unwrap() + T::from(-0.7).unwrap().abs().log2().sin() + T::from(0.4).unwrap())
        .hypot(w[n * 3 % 4].cosh().ln())
}

#[differentiable]
pub fn gen_76<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut y = T::sin(
        gen_52(
            (-(T::from(-0.76).unwrap() + x) * T::from(0.54).unwrap()).sin() * T::from(2.0).unwrap(),
            (x.abs().exp() * T::from(0.2).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            (n + 3) % 5,
        ) * T::from(0.28).unwrap(),
    ) * T::from(2.0).unwrap();
    if -(-T::from(n as f64).unwrap()) > T::from(0.32).unwrap().abs() {
        y = ((y * ((T::zero() * T::one()).atanh() / (w[3].abs() + T::from(0.55).unwrap()))
            + (T::from(0.67).unwrap() + x))
            * T::from(0.56).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let mut s1 = T::tanh(
            gen_30(
                T::sin(x.max(T::zero()) * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (gen_24(
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-0.68).unwrap(),
                    w,
                    n,
                ) * T::from(0.75).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            ) * T::from(0.28).unwrap(),
        ) * T::from(2.0).unwrap();
        let mut k2: usize = 0;
        while s1 < T::from(0.99).unwrap() + T::one() && k2 < 3 {
            k2 += 1;
            if !((T::tanh(
                w[n % 4] / (T::from(1.0).unwrap() + y.sin() + T::from(0.69).unwrap())
                    * T::from(0.52).unwrap(),
            ) * T::from(0.9).unwrap())
            .acos()
                > T::from(-1.47).unwrap()
                && ((w[1] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
                    % (T::from(1.0).unwrap()
                        + (((T::from(1.0).unwrap() + s1.sin() + T::from(0.45).unwrap())
                            .atan2(w[n % 4])
                            * T::from(0.48).unwrap())
                        .sin()
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.97).unwrap())
                    >= (T::from(1.0).unwrap() + x.sin() + T::from(0.27).unwrap()).ln())
            {
                return w[(n + 2) % 4];
            }
            s1 = ((s1 - T::zero()) * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
            s1 = ((s1
                + T::atan(
                    T::abs(
                        ((T::atan2(x.hypot(T::from(0.51).unwrap()), s1) + -s1)
                            * T::from(0.29).unwrap())
                        .tanh()
                            * T::from(3.0).unwrap(),
                    ) + T::from(0.11).unwrap(),
                ) * T::from(1.26).unwrap())
                * T::from(0.42).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        }
        if x < T::from(-1.47).unwrap() {
            if s1 / x.hypot(T::from(0.79).unwrap())
                - T::from(std::f64::consts::PI).unwrap()
                    / (T::abs(
                        (T::from(4).unwrap() * T::from(0.37).unwrap()).sin()
                            * T::from(3.0).unwrap(),
                    ) + T::from(0.62).unwrap())
                > (-(T::from(1.0).unwrap() + y.tanh() + T::from(0.38).unwrap())).recip()
            {
                let y = y.tanh();
                let a3 = (w[k2 * 3 % 4] * T::zero()).atan();
            }
            let a4 = {
                y = T::acos(
                    ((x + T::one()) * T::from(0.5).unwrap()).tanh() * T::from(0.9).unwrap(),
                );
                s1
            };
        } else if !(T::one() > -T::from(1.37).unwrap() && n % 2 < 2) {
            let a5: T = w[n * 3 % 4].max(s1).cos();
        }
    } else if (((w[n % 4] + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap())
        .exp2()
        > x + y
    {
        y = ((y.atan() - w[n % 4]) * T::from(0.48).unwrap()).tanh() * T::from(2.0).unwrap();
    } else {
        let a6 = T::exp2(x);
    }
    T::from(1.34).unwrap().powf(
        T::tanh(
            w[n * 3 % 4] / -(T::from(1.0).unwrap() + x.sin() + T::from(0.39).unwrap())
                * T::from(0.29).unwrap(),
        ) * T::from(2.0).unwrap(),
    )
}

#[differentiable]
pub fn gen_77<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = T::acos((x.trunc() * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap());
    let mut k2: usize = n;
    let mut h3 = [T::from(0.46).unwrap(); 4];
    for i4 in 0..4 {
        h3[i4] = ((((x * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p()
            - (T::from(-1.99).unwrap() + h3[n % 4]))
            * T::from(0.33).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a5 = T::cbrt(a1 * a1);
    let mut h6 = [T::zero(); 4];
    let mut s7 = (a5 + y).fract();
    let mut s8 = (x.powi(2) + T::from(1.64).unwrap()).acosh();
    let a9 = gen_67(
        T::tanh(w[2] * h6[(k2 + n) % 4] * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
        (gen_55(
            (a1 * T::from(0.59).unwrap()).tanh() * T::from(2.0).unwrap(),
            (s7 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h3,
            0,
        ) * T::from(0.37).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        &h6,
        n,
    ) / T::hypot(
        (s7 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
        T::from(0.73).unwrap(),
    );
    let mut s10 = (w[3].max(h3[(k2 + 2) % 4]) / a1.atan()
        - (h3[(n + k2) % 4] + T::from(-0.96).unwrap())
            .atan2((a5 - T::from(0.79).unwrap()).hypot(T::from(0.62).unwrap())))
    .atan()
        * T::from(1.89).unwrap();
    s8 = ((((T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).powi(n as i32)
        - w[k2 % 4])
        * T::from(0.12).unwrap())
    .sin()
        * T::from(4.0).unwrap())
    .atan()
        * T::from(2.52).unwrap();
    k2 = (k2 + k2) % 5;
    let mut h11 = [T::zero(); 4];
    s8 = (s8 * (w[2] * s7 * T::one()) + (h6[(n + 1) % 4] + a1)).atan() * T::from(2.52).unwrap();
    k2 = (k2 + 1) % 5;
    s8 = ((s8 - s8) * T::from(0.19).unwrap()).sin() * T::from(4.0).unwrap();
    (((s10 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).sinh()
        * gen_2(
            T::from(-0.9).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h3,
            n,
        ))
    .atan()
        * T::from(1.26).unwrap()
}

#[differentiable]
pub fn gen_78<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (i2, v1) in w.iter().enumerate() {
        let a4 = if n % 3 % 2 == 0 {
            T::cbrt(T::from(-0.1).unwrap().abs() + T::from(0.11).unwrap())
                / -(T::abs(w[n * 2 % 4]) + T::from(0.25).unwrap())
        } else if x.exp2()
            / -(((T::from(1.0).unwrap() + T::tanh(T::from(-1.01).unwrap()))
                .powf((x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                * T::from(0.08).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            .exp()
            <= T::from(core::f64::consts::LN_2).unwrap().log2()
        {
            let y = y
                * (((T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap()).tanh()
                    * T::from(0.9).unwrap())
                .atanh()
                    - gen_71(
                        T::from(0.8).unwrap(),
                        y.atan() * T::from(1.26).unwrap(),
                        w,
                        i2,
                    ));
            let mut h3 = [T::zero(); 4];
            T::sqrt(T::from(SCALE).unwrap())
                * T::log(
                    T::from(1.0).unwrap()
                        + T::tanh(T::atan(y) * T::from(1.89).unwrap())
                        + T::from(0.66).unwrap(),
                    T::from(3.22).unwrap(),
                )
        } else {
            *v1 + T::from(n).unwrap() + T::from(1.32).unwrap().acosh()
        };
        let k5 = 0;
        let a7 = {
            let k6 = n + 2;
            T::from((k5 * 3) as f64).unwrap()
        };
    }
    (((y - T::from(0.77).unwrap().asinh()) * y + y) * T::from(0.2).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_79<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::sqrt(T::from(1.0).unwrap() + x.tanh() + T::from(0.36).unwrap()).asinh()
        <= T::from(0.97).unwrap()
    {
        return x;
    }
    if (T::exp(T::from(0.98).unwrap()).atan() * T::from(1.57).unwrap()).exp() >= w[n * 3 % 4] {
        let a2 = {
            let mut s1 = T::from(1.23).unwrap().sqrt()
                / -(T::from(1.0).unwrap() + T::tanh(x.trunc()) + T::from(0.48).unwrap());
            w[n * 2 % 4]
        };
    } else if n % 3 != 2 {
        let mut s3 = T::sin(
            T::exp_m1(T::from(1.69).unwrap().powi(4).atan() * T::from(1.57).unwrap())
                * T::from(0.17).unwrap(),
        ) * T::from(4.0).unwrap();
        let a4 = (y
            * (T::sin(s3 * T::from(0.37).unwrap()) * T::from(2.5).unwrap()).exp_m1()
            * T::from(0.07).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
        let a5: T = w[n * 3 % 4];
    }
    (-(x.powi(2) + T::from(0.32).unwrap())).cbrt() * x + x
}

#[differentiable]
pub fn gen_80<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = ((T::ceil(T::from(n + 2).unwrap()) * T::from(0.21).unwrap()).sin()
        * T::from(3.5).unwrap())
    .exp2();
    if T::abs(w[n % 4] * T::from(n as f64).unwrap()) > T::min(y, y) {
        let a2 = if x <= T::from(1.41).unwrap() {
            (T::from(1.0).unwrap()
                + ((-x / (T::one() - T::from(core::f64::consts::LN_2).unwrap())).atan()
                    * T::from(1.89).unwrap())
                .tanh()
                + T::from(0.42).unwrap())
            .sqrt()
        } else {
            ((y - x).atan() * T::from(0.56).unwrap()).asin()
                / T::exp2((T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.3).unwrap()).ln())
        };
        let mut h3 = [T::zero(); 4];
    } else {
        if n % 2 % 2 == 0 {
            let k4 = n;
        } else {
            let a5 = ((w[2] + y) * ((a1 + y).atan() * T::from(3.78).unwrap())).atan()
                * T::from(1.26).unwrap();
        }
    }
    (((w[(n + 2) % 4] - T::from(-1.76).unwrap()) / T::one() + a1 + x) * T::from(0.09).unwrap())
        .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_81<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if gen_52(
        ((T::one() - T::from(-1.16).unwrap()) * T::from(0.69).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n * 2 % 5,
    ) > T::from(-0.14).unwrap()
    {
        return -y + w[n % 4];
    }
    let a2 = {
        let a1 = (T::from(1.0).unwrap() + y.tanh() + T::from(0.64).unwrap()).ln()
            / -(gen_75(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            )
            .powi(2)
                + T::from(0.7).unwrap());
        gen_69(
            (T::from(n + 1).unwrap() * T::from(-1.11).unwrap()
                + a1 / T::from(core::f64::consts::LN_2).unwrap())
            .atan()
                * T::from(1.26).unwrap(),
            T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            4,
        )
    };
    let a3 = ((w[n % 4] * T::from(n * 2).unwrap() * T::from(0.09).unwrap()).tanh()
        * T::from(4.0).unwrap()
        * (T::from(3).unwrap() - w[n % 4])
        * T::from(0.08).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    let mut s4 =
        (T::from(n as f64).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap();
    for i5 in 0..4 {
        s4 =
            ((s4 * T::one().ln_1p().mul_add(
                w[i5] * x,
                (T::from(1.0).unwrap()
                    + T::sin(s4.atan() * T::from(1.89).unwrap())
                    + T::from(0.6).unwrap())
                .sqrt(),
            ) + T::from(1.7).unwrap())
                * T::from(0.1).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
        if T::from(-0.55).unwrap() <= T::from(0.7).unwrap() {
            return ((T::from(n + i5).unwrap() * a3 * T::from(0.04).unwrap()).tanh()
                * T::from(3.0).unwrap()
                + (y - a3))
                .atan()
                * T::from(3.78).unwrap();
        }
    }
    let a6 =
        w[(n + 1) % 4] % (T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.73).unwrap());
    s4 = (s4 * T::from(std::f64::consts::PI).unwrap().cbrt()
        + w[n % 4]
            / (((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.21).unwrap()))
    .atan()
        * T::from(1.89).unwrap();
    let a7 = if T::from(n).unwrap() - s4 * w[3] < T::one() * T::from(0.64).unwrap() {
        a6 - y - (T::from(2).unwrap() - s4)
    } else {
        (a2 / ((s4.atan() * T::from(1.89).unwrap()).abs() + T::from(0.56).unwrap())).abs()
    };
    let a3 = ((w[(n + 1) % 4] + a2)
        / (T::from(1.0).unwrap() + w[3].sin() + T::from(0.56).unwrap()))
    .atan()
        * T::from(0.63).unwrap();
    ((((T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap())
        .cosh()
        .powf(x.atan() * T::from(1.26).unwrap())
        .atan()
        * T::from(1.26).unwrap())
    .powi(n as i32)
        + a3
        + a3)
        * T::from(0.14).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_82<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::zero();
    let mut s2 = T::ln_1p((y * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
        % ((T::from(1.24).unwrap() / -(x.abs() + T::from(0.3).unwrap())).atan()
            * T::from(1.89).unwrap())
        .abs();
    let mut k3: usize = 0;
    loop {
        if k3 >= 4 {
            break;
        }
        k3 += 1;
        s2 = ((s2
            + T::from(-1.48).unwrap().abs()
                / ((s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                    .hypot(T::from(0.97).unwrap()))
            * T::from(0.27).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        s1 = T::sin(
            (s1 * (-w[n * 2 % 4]
                / (T::from(1.0).unwrap()
                    + T::atan2(
                        s2,
                        T::abs((s2 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                            + T::from(0.53).unwrap(),
                    )
                    .tanh()
                    + T::from(0.47).unwrap()))
                + w[1] % (w[0].powi(2) + T::from(0.65).unwrap()))
                * T::from(0.09).unwrap(),
        ) * T::from(4.0).unwrap();
        let mut s4 = T::atan(T::powf(
            T::from(1.0).unwrap()
                + (T::sin(T::from(n * 2).unwrap() * T::from(0.19).unwrap())
                    * T::from(2.0).unwrap())
                .sin()
                + T::from(0.44).unwrap(),
            (y % (T::from(1.0).unwrap()
                + T::sin((s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                + T::from(0.53).unwrap())
                * T::from(0.75).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
        )) * T::from(1.26).unwrap();
        if s2 > w[n % 4] {
            break;
        }
    }
    s1 = ((s1
        + (((s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
            + T::from(1.46).unwrap())
        .acosh()
            / T::from(0.24).unwrap().sinh())
        * T::from(0.12).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut k3 = (T::from(k3).unwrap()
        * ((x * T::from(-0.99).unwrap()).signum()
            * T::hypot(
                ((s2 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh(),
                y,
            )
            .cbrt())
        * T::from(0.17).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let a8 = if y < w[2] + T::from(n * 3 % 9).unwrap() {
        if s2 <= s2 + w[n % 4] || (y - y).min(x + w[n * 3 % 4]) < T::from(0.34).unwrap() {
            k3 = ((k3 * T::from(n + 2).unwrap() + T::from(n as f64).unwrap())
                * T::from(0.07).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            let mut h5 = [T::one(); 4];
            for i6 in 0..4 {
                h5[i6] = (w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
            }
            k3 = (k3
                * (-(T::from(1.0).unwrap()
                    + ((s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
                    + T::from(0.24).unwrap())
                .atan2(y)
                    + s1)
                * T::from(0.07).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
        } else if n < 3 {
            k3 = T::tanh(
                (k3 + ((y.atan() * T::from(1.26).unwrap()).powi(n as i32)
                    * (k3
                        / -(T::from(1.0).unwrap()
                            + ((k3 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                                .tanh()
                            + T::from(0.33).unwrap()))
                    * T::from(0.04).unwrap())
                .tanh()
                    * T::from(2.0).unwrap()
                    * T::hypot(
                        -y,
                        (T::tanh(x.powi(2) * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).abs()
                            + T::from(0.29).unwrap(),
                    ))
                    * T::from(0.16).unwrap(),
            ) * T::from(3.0).unwrap();
        }
        T::atan(k3 * (s1 + T::from(-0.64).unwrap())) * T::from(0.63).unwrap()
    } else {
        let mut s7 = (((T::tanh(x * T::from(0.75).unwrap()) * T::from(0.8).unwrap())
            .ln_1p()
            .atan()
            * T::from(0.56).unwrap())
        .acos()
            * T::from(0.71).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        (s2.atan() * T::from(1.89).unwrap()).sinh()
    };
    (T::from(n).unwrap() * s1 * k3 * T::from(0.03).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_83<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4].abs().atan() * T::from(1.26).unwrap();
    let s1 = s1 + w[n * 2 % 4];
    let mut s2 = gen_12(
        T::atan(gen_23(
            w[0].atan() * T::from(1.26).unwrap(),
            T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        )) * T::from(1.26).unwrap(),
        ((x + T::from(n * 3 % 9).unwrap()) * T::from(0.15).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        1,
    )
    .atan()
        * T::from(1.26).unwrap();
    let a3 = s2.trunc();
    let a4: T = w[0];
    let a5 = T::atan(
        w[(n + 3) % 4]
            / (x.powi(2) + T::from(0.47).unwrap())
            / (T::from(1.0).unwrap() + T::sin(a3) + T::from(0.25).unwrap()),
    ) * T::from(0.63).unwrap();
    let a6: T = gen_71(
        (T::from(1.0).unwrap() + T::tanh(s2) + T::from(0.89).unwrap()).powi(-2),
        T::sin(w[n * 2 % 4] * s2 * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
        w,
        (n + 1) % 5,
    );
    let a3 = a3 * T::from(std::f64::consts::PI).unwrap();
    let a7 = s2;
    s2 = ((w[n % 4].fract() + (w[3] + T::from(4).unwrap())) * T::from(0.21).unwrap()).sin()
        * T::from(2.0).unwrap();
    let a8: T = ((w[n % 4] * s1).atan() * T::from(1.89).unwrap())
        .cosh()
        .log2();
    let mut h9 = [T::zero(); 4];
    for i10 in 0..4 {
        h9[i10] = T::recip(s2.hypot(T::from(0.69).unwrap())).exp().atan() * T::from(1.26).unwrap();
    }
    let mut s11 = (x + a5).ceil();
    let a12: T = s11;
    let mut s13: T = T::tanh(-(-(s1 + a3)) * T::from(0.15).unwrap()) * T::from(2.0).unwrap();
    (((a4 - w[n % 4] / (T::from(1.0).unwrap() + a8.tanh())) * a4 + a8) * T::from(0.14).unwrap())
        .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_84<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = ((T::from((n * 2) as f64).unwrap().atan() * T::from(1.57).unwrap()).exp_m1()
        * T::from(std::f64::consts::PI).unwrap().trunc()
        * T::from(0.06).unwrap())
    .tanh()
        * T::from(3.0).unwrap()
        % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.87).unwrap());
    let mut s2 =
        (T::from(1.81).unwrap() + T::from(1).unwrap() + (w[n * 2 % 4] - T::from(-1.65).unwrap()))
            .atan()
            * T::from(2.52).unwrap();
    let a3 = y;
    let mut s4 = w[3]
        .max(
            T::from(1.97).unwrap() + a1
                - gen_24(
                    (w[1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
                    w,
                    n,
                ),
        )
        .atan()
        * T::from(1.26).unwrap();
    s2 = (T::sqrt(w[n % 4].powi(2) + T::from(0.29).unwrap())
        * T::log(
            T::from(-1.88).unwrap().hypot(T::from(0.22).unwrap()),
            T::from(3.72).unwrap(),
        ))
    .atan();
    let y = y + -T::round(x);
    let a5 = w[n * 3 % 4];
    s4 = (s4
        * ((s2.atan() * T::from(1.89).unwrap()).cosh()
            / -(T::from(1.0).unwrap()
                + T::tanh(((x + y) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap())
                + T::from(0.53).unwrap()))
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let k6 = 3;
    a5 + a1
}

#[differentiable]
pub fn gen_85<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if !(T::from(n as f64).unwrap() + (T::from(-1.4).unwrap() - T::from(-1.42).unwrap())
        <= w[0].cosh().sqrt()
        && x <= T::from(-0.78).unwrap())
    {
        let a1 = gen_69(
            (w[2] + w[0]).atan() * T::from(1.26).unwrap(),
            (w[2] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n * 2 % 5,
        );
        for i2 in 0..4 {
            let a3 = if w[(n + i2) % 4].min(w[0]) * (w[n * 2 % 4] * x) >= T::from(0.33).unwrap() {
                T::from(core::f64::consts::LN_2).unwrap().atan2(x) + y
            } else {
                y
            };
            let y = T::tanh(y);
        }
        if w[n % 4]
            % T::cosh(T::tanh(a1 * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
            % ((T::sin((w[n % 4] - T::from(-1.75).unwrap()) * T::from(0.4).unwrap())
                * T::from(3.0).unwrap())
            .hypot(T::from(0.34).unwrap())
                + T::from(0.33).unwrap())
            > T::from(1.36).unwrap()
        {
            return T::cos(
                y + gen_84(
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::tanh(w[(n + 3) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    1,
                ),
            );
        }
    } else {
        let mut s4 = x;
        let mut k5: usize = 0;
        while s4 < (x - T::from(1.58).unwrap()).min(T::asinh(w[n % 4])) && k5 < 5 {
            k5 += 1;
            s4 = (s4
                + T::sin(
                    (T::from(1.0).unwrap()
                        + (T::round(T::zero())
                            % T::hypot(
                                (w[n % 4] * s4).atan() * T::from(1.89).unwrap(),
                                T::from(0.99).unwrap(),
                            ))
                        .sin()
                        + T::from(0.06).unwrap())
                        * T::from(0.73).unwrap(),
                ) * T::from(2.0).unwrap())
            .atan()
                * T::from(1.89).unwrap();
            if (y * x).asinh() >= s4 {
                let mut h6 = [T::zero(); 4];
            } else {
                s4 = (s4 * T::from(1.25).unwrap()
                    + gen_67(
                        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        w,
                        (n + 2) % 5,
                    ))
                .atan()
                    * T::from(1.89).unwrap();
            }
            let a7 = if s4 <= s4 {
                return (-x.hypot(T::from(0.75).unwrap())).cbrt().exp().log10();
            } else {
                w[n * 2 % 4]
            };
        }
    }
    (w[n % 4] + x + y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_86<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = gen_83(
        T::atan(w[n * 2 % 4]) * T::from(1.26).unwrap(),
        (y * w[n % 4] * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    )
    .atan()
        * T::from(1.89).unwrap();
    if n % 2 < 1 {
        for i2 in 0..n % 3 + 1 {
            let k3 = i2 * 2;
            let k4 = n;
        }
        let y = T::from(n).unwrap() + w[n % 4];
    }
    s1 = T::trunc(T::atan(T::from((n * 3 % 9) as f64).unwrap() * w[2]) * T::from(1.26).unwrap());
    for (_, v5) in w.iter().enumerate() {
        let mut h7 = [T::zero(); 4];
        for i8 in 0..4 {
            h7[i8] = ((T::from((n + i8) as f64).unwrap()
                / (T::from(1.0).unwrap()
                    + T::tanh(
                        gen_60(
                            T::from(-0.52).unwrap(),
                            (*v5 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            &h7,
                            (i8 + 3) % 5,
                        )
                        .atan()
                            * T::from(1.89).unwrap(),
                    )
                    + T::from(0.2).unwrap()))
            .atan()
                * T::from(3.78).unwrap())
            .atan()
                * T::from(1.26).unwrap();
        }
    }
    let mut s9 = x;
    let mut s10: T = T::tanh(
        (T::from(1.8).unwrap() - T::from(n as f64).unwrap() - (x + s1)) * T::from(0.21).unwrap(),
    ) * T::from(4.0).unwrap();
    x
}

#[differentiable]
pub fn gen_87<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n;
    let a2 = T::from(OFFSET).unwrap() + w[3];
    let y = y.tanh();
    let a3 = T::from((n * 2) as f64).unwrap().signum().cosh();
    let mut s4: T = ((T::from(-0.86).unwrap() * w[2]
        - (T::from(1.21).unwrap().atan() * T::from(0.56).unwrap()).atanh())
    .trunc()
        * T::from(0.75).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let a2 = a2 * (T::from(1.0).unwrap() + y.exp().tanh()).acosh();
    s4 = (s4 * (a3 * T::abs(w[(n + k1) % 4])) + s4).atan() * T::from(1.26).unwrap();
    let a5: T = x;
    s4 = (s4 * a2 * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap();
    ((T::from(std::f64::consts::PI).unwrap().sin()
        - gen_78(
            T::atan(w[k1 % 4]) * T::from(1.26).unwrap(),
            T::from(0.86).unwrap(),
            w,
            (n + 1) % 5,
        ))
        * a2
        + y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_88<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y
        * (x * (T::from(1.0).unwrap()
            + (((w[(n + 2) % 4] + w[n % 4]) * T::from(0.37).unwrap()).sin()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.33).unwrap())
        .log2());
    let a2 = {
        let mut k1: usize = n;
        x - T::sin((y - y) * T::from(0.12).unwrap()) * T::from(3.0).unwrap()
    };
    let mut h3 = [T::from(0.36).unwrap(); 4];
    let a4 = (T::from(-0.09).unwrap()
        / (T::from(1.0).unwrap() + h3[(n + 3) % 4].tanh() + T::from(0.36).unwrap()))
    .powi(3);
    h3[n % 4] = h3[n % 4] * a4;
    let mut s5 = T::cos(y).exp2().atan() * T::from(1.26).unwrap();
    h3[n % 4] = ((T::from(-1.29).unwrap().cos()
        + T::mul_add(a4, w[n % 4], T::from(-1.17).unwrap()))
        * T::from(0.68).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let a6 = (T::tanh(h3[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).powi(n as i32);
    let a7: T = (T::from(1.0).unwrap() + (x + a4).sin() + T::from(0.56).unwrap()).ln();
    let a8 = T::from(0.55).unwrap();
    s5 = (s5
        * (a8
            / (T::from(1.0).unwrap()
                + (gen_80(
                    T::from(SCALE).unwrap(),
                    (T::from(1.0).unwrap()
                        + ((a2 * T::from(0.3).unwrap()).tanh() * T::from(3.0).unwrap()).sin()
                        + T::from(0.28).unwrap())
                    .cbrt(),
                    w,
                    n * 3 % 5,
                )
                .atan()
                    * T::from(1.89).unwrap())
                .sin()
                + T::from(0.3).unwrap()))
        * T::from(0.41).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let k9 = n * 2 % 8;
    let mut x = T::tanh(x);
    let a10 = {
        h3[k9 * 3 % 4] = h3[k9 * 3 % 4] * (w[k9 % 4].atan() * T::from(0.63).unwrap());
        ((s5.atan() * T::from(0.75).unwrap()).tan() * (x * h3[(k9 + 1) % 4])
            / ((gen_35(
                a7 + T::from(0.26).unwrap(),
                T::tanh(h3[(k9 + 3) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                &h3,
                k9 % 5,
            )
            .atan()
                * T::from(1.89).unwrap())
            .powi(2)
                + T::from(0.62).unwrap()))
        .atan()
            * T::from(1.26).unwrap()
    };
    T::sinh(
        (T::from(1.0).unwrap() + T::from(-1.74).unwrap().tanh() + T::from(0.31).unwrap())
            .powf(T::from(3).unwrap().atan() * T::from(1.26).unwrap()),
    )
}

#[differentiable]
pub fn gen_89<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    let mut s2 = T::sin(w[n * 2 % 4].powi(3) * T::from(0.19).unwrap()) * T::from(3.0).unwrap();
    if h1[n % 4].atan() <= w[(n + 2) % 4] + T::from(0.77).unwrap() {
        let a5 = {
            let a3 = (s2 * y).signum()
                * (T::tanh(T::atan(s2) * T::from(1.2).unwrap()) * T::from(0.9).unwrap()).acos();
            let a4 = (((w[n % 4] - T::from(-0.67).unwrap()) * T::from(0.56).unwrap()).tanh()
                * T::from(2.5).unwrap())
            .exp_m1();
            T::from(n).unwrap()
        };
        let mut s6 = x;
        let mut k7: usize = 0;
        loop {
            if k7 >= 5 {
                break;
            }
            k7 += 1;
            s6 = ((s6 * T::from(0.52).unwrap()
                + T::sin(
                    (T::from(1.0).unwrap()
                        + (T::tanh(
                            (T::from(-1.05).unwrap() * s2).mul_add(
                                y.signum(),
                                (s6 * s6 * T::from(0.09).unwrap()).tanh() * T::from(6.0).unwrap(),
                            ) * T::from(0.18).unwrap(),
                        ) * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.41).unwrap())
                        * T::from(0.62).unwrap(),
                ) * T::from(2.0).unwrap())
                * T::from(0.37).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let a8 = T::max(
                w[n * 3 % 4]
                    / ((T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap()).powi(2)
                        + T::from(0.67).unwrap())
                    - T::from(-0.69).unwrap(),
                T::from(SCALE).unwrap()
                    + w[(n + 2) % 4]
                    + T::log10(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.64).unwrap()),
            );
            if T::cosh(y.sinh().atan() * T::from(1.89).unwrap()) <= T::from(1.45).unwrap() - a5 {
                continue;
            }
            if T::from(1.67).unwrap()
                >= T::asin((h1[3] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
            {
                if T::log10(T::from(1.0).unwrap() + T::from(-0.69).unwrap().tanh())
                    / -(T::abs(T::ln_1p(a5)) + T::from(0.43).unwrap())
                    < (T::from(1.0).unwrap() + T::from(-0.8).unwrap().sin() + T::from(0.3).unwrap())
                        .sqrt()
                {
                    return (gen_5(
                        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        ((x + T::from(1.06).unwrap()) * T::from(0.49).unwrap()).sin()
                            * T::from(2.0).unwrap(),
                        w,
                        (n + 1) % 5,
                    ) * ((a5 * T::from(n).unwrap()).atan() * T::from(0.63).unwrap()
                        - ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin()
                            * T::from(1.2).unwrap())
                        .tan())
                        * T::from(0.08).unwrap())
                    .sin()
                        * T::from(2.0).unwrap();
                }
            }
            if s6
                > T::from(SCALE).unwrap() * w[n % 4]
                    / -(((h1[n * 2 % 4] * w[n % 4] * T::from(0.37).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .powi(2)
                        + T::from(0.55).unwrap())
            {
                break;
            }
        }
    }
    let mut s9 = w[n % 4];
    let mut k10: usize = 0;
    loop {
        if k10 >= 5 {
            break;
        }
        k10 += 1;
        s9 = ((s9 * T::from(0.68).unwrap()
            + T::tanh(T::asinh(T::from(n).unwrap() - h1[1]).cosh() * T::from(0.25).unwrap())
                * T::from(2.0).unwrap())
            * T::from(0.39).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        let a11 = T::cbrt(T::abs(x) + T::from(0.34).unwrap()).fract();
        if s9 > w[n % 4] - (x.abs() + T::from(1.68).unwrap()).acosh() {
            break;
        }
    }
    let a12 = T::from(k10 + 1).unwrap();
    s2 = ((s2
        - gen_79(
            T::from(-0.5).unwrap(),
            (h1[k10 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h1,
            n,
        ) / -(T::from(1.0).unwrap()
            + (T::tanh(h1[k10 % 4] * s9 * T::from(0.25).unwrap()) * T::from(3.0).unwrap()).sin()
            + T::from(0.53).unwrap()))
        * T::from(0.12).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    ((T::from(-1.58).unwrap() - w[k10 % 4] * T::from(-0.43).unwrap()) * s2).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_90<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n;
    let a2 = -y - (y + x);
    let a3 = (-a2 * T::from(0.93).unwrap() / (w[(k1 + n) % 4].abs() + T::from(0.34).unwrap())
        * T::from(0.09).unwrap())
    .sin();
    let mut s4: T = gen_88(
        (w[(k1 + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        (w[k1 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        (k1 + 2) % 5,
    )
    .asinh();
    let a5 = w[(k1 + n) % 4];
    s4 = (s4
        * (gen_87(
            (a2 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            (k1 + 2) % 5,
        ) - T::from(0.87).unwrap().powi(k1 as i32)))
    .atan()
        * T::from(3.78).unwrap();
    ((a3.abs() + s4) * T::from(0.21).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_91<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut s1 = (-T::from(0.18).unwrap().exp()
            * (w[n % 4] % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.62).unwrap())
                + T::from(-1.34).unwrap().round())
            * T::from(0.42).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    }
    if gen_34(
        x.atan() * T::from(1.26).unwrap(),
        (x.ceil() * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) <= x
        && T::atan2(T::from(-1.42).unwrap().hypot(T::from(0.93).unwrap()), x)
            - T::from(-0.6).unwrap() / T::cosh(y)
            <= T::from(0.83).unwrap()
    {
        let a2 = x + w[(n + 1) % 4] - w[(n + 2) % 4];
        let a3 = (T::tanh((T::from(n + 3).unwrap() + a2) * T::from(0.12).unwrap())
            * T::from(2.0).unwrap())
        .cosh()
        .log2();
    } else if x > T::from(-0.29).unwrap()
        && w[2] - y + (x + T::from(std::f64::consts::PI).unwrap()) < T::from(-0.89).unwrap()
    {
        let a4 = if -gen_5(
            T::from(-1.99).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) < T::from(-0.15).unwrap()
        {
            (T::from(1.0).unwrap() + T::sin(x) + T::from(0.69).unwrap())
                .log(T::from(3.69).unwrap())
                .hypot(T::from(0.29).unwrap())
                .log(
                    (w[n * 3 % 4].atan() * T::from(0.56).unwrap())
                        .atanh()
                        .powi(2)
                        + T::from(1.99).unwrap(),
                )
        } else {
            return w[n % 4];
        };
    } else {
        let a5 = w[(n + 3) % 4] - (T::from(0.6).unwrap() - x);
    }
    T::one() + y % (y.abs() + T::from(0.82).unwrap()) + x
}

#[differentiable]
pub fn gen_92<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = (n + 1) % 5;
    let mut h2 = [T::from(1.0).unwrap(); 4];
    let a3 = gen_87(
        T::from(-1.97).unwrap(),
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        &h2,
        2,
    ) - (T::from(-1.77).unwrap() + h2[n * 3 % 4]);
    k1 = (k1 + k1) % 5;
    k1 = (k1 + (k1 + 2) % 5) % 5;
    let a4 = gen_46(
        T::exp_m1(x).atan() * T::from(1.26).unwrap(),
        (T::tanh((a3 - T::from(n + k1).unwrap()) * T::from(0.11).unwrap())
            * T::from(3.0).unwrap()
            * T::from(0.55).unwrap())
        .sin()
            * T::from(2.0).unwrap(),
        &h2,
        4,
    );
    h2[k1 % 4] = h2[k1 % 4]
        * (T::atan(y * (T::sin(w[2] * a3 * T::from(0.08).unwrap()) * T::from(2.0).unwrap()))
            * T::from(0.63).unwrap());
    let mut k5: usize = n;
    ((x.sinh() + a3) * a3 * T::from(0.01).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_93<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = y.sinh().atan() * T::from(1.26).unwrap();
    }
    for _ in h1.iter() {
        let mut h4 = [T::zero(); 4];
        let mut h5 = [T::from(0.46).unwrap(); 4];
        for i6 in 0..4 {
            h5[i6] = (T::from(0.49).unwrap() + h1[n % 4] + (h1[n % 4] - h4[i6])).atan()
                * T::from(1.26).unwrap();
        }
        let mut h7 = [T::from(0.73).unwrap(); 4];
        for i8 in 0..4 {
            h7[i8] = y.fract().powi(n as i32);
        }
        for _ in (0..4).step_by(2) {
            if n % 3 != 3 {
                return h1[n * 2 % 4];
            }
        }
    }
    let a10 = (((y * T::from(4).unwrap()).atan() * T::from(1.89).unwrap()).powi(2)
        + T::from(0.55).unwrap())
    .ln();
    for i11 in (0..4).rev() {
        let a12 = if y.hypot(T::from(0.74).unwrap()).sqrt() - T::from(3).unwrap()
            <= h1[(i11 + 3) % 4] + a10
        {
            T::trunc(T::fract(T::from(i11).unwrap().sin()))
        } else {
            (x / (T::from(1.0).unwrap() + x.tanh() + T::from(0.35).unwrap()))
                .mul_add(x + a10, y + a10)
                .atan()
                * T::from(1.26).unwrap()
                + y * T::zero() * (y - h1[0])
        };
    }
    if (T::from(1.0).unwrap()
        + T::tanh(h1[(n + 1) % 4] / T::from(-0.92).unwrap())
        + T::from(0.47).unwrap())
    .recip()
        < T::from(1).unwrap() + y
    {
        let mut s13 = w[n % 4];
    }
    let mut s14 = (gen_16(
        h1[2].atan() * T::from(1.26).unwrap(),
        T::from(-0.69).unwrap(),
        &h1,
        1,
    )
    .round()
        * T::from(0.3).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut h15 = [T::zero(); 4];
    let a16 = (gen_87(
        (h15[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::from(0.71).unwrap(),
        w,
        n * 3 % 5,
    ) * gen_80(
        (s14 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        (h1[1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        &h15,
        n,
    ))
    .atan()
        * T::from(3.78).unwrap();
    (T::from(1.0).unwrap()
        + (((T::from(1.0).unwrap()
            + ((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).tanh()
            + T::from(0.39).unwrap())
        .powf(T::atan(s14) * T::from(1.26).unwrap())
            * T::from(0.36).unwrap())
        .sin()
            * T::from(3.0).unwrap())
        .tanh()
        + T::from(1.44).unwrap())
    .acosh()
        + x
}

#[differentiable]
pub fn gen_94<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::atan2(
        (T::from(0).unwrap() + w[n % 4]).abs() + T::from(0.36).unwrap(),
        w[n % 4],
    );
    let mut s2 = T::acosh(T::from(1.74).unwrap().asinh());
    s2 = T::atan(s2 + s2) * T::from(1.89).unwrap();
    let mut s3 = ((w[n % 4] / (T::from(1.0).unwrap() + w[1].tanh() + T::from(0.55).unwrap())
        - (a1 + y))
        * T::from(0.18).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let mut k4: usize = 0;
    while s3
        < ((((s3 + T::zero()) * T::from(0.5).unwrap()).sin() * T::from(2.5).unwrap()).exp()
            * T::from(0.12).unwrap())
        .sin()
        && k4 < 4
    {
        k4 += 1;
        s3 = ((s3 * T::from(0.9).unwrap()
            + (T::from(0.69).unwrap().exp() - (T::from(1.55).unwrap() - T::from(3).unwrap()))
                .atan()
                * T::from(1.26).unwrap())
            * T::from(0.35).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        let mut s5 = (T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap();
        let mut k6: usize = 0;
        while s5
            < gen_79(
                s3.atan() * T::from(1.26).unwrap(),
                T::tanh(s5 * T::from(0.5).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            )
            && k6 < 3
        {
            k6 += 1;
            if (s5 * x).floor() > -s5 {
                continue;
            }
            let a7 = s3;
            let a8 = x;
            s5 = (s5 * T::from(0.84).unwrap()
                + ((T::abs(
                    (a8 * (T::hypot(
                        T::tanh(s5 * T::from(0.5).unwrap()) * T::from(3.0).unwrap(),
                        T::from(0.22).unwrap(),
                    ) + T::from(1.15).unwrap())
                    .acosh()
                        * T::from(0.37).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap(),
                ) + T::from(0.55).unwrap())
                    * T::from(0.46).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
            .atan()
                * T::from(1.89).unwrap();
        }
        let a9 = T::from(k6 + 2).unwrap()
            * T::ln_1p((w[(k6 + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap());
    }
    T::from(-0.79).unwrap() + s3 - T::from(-1.7).unwrap().fract()
}

#[differentiable]
pub fn gen_95<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x <= y {
        let a1 = T::from(n).unwrap();
    }
    let mut k2: usize = n;
    let mut s3: T = (((y.powi(2) + T::from(0.3).unwrap()).ln() - T::from(-1.12).unwrap())
        * T::from(0.58).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    s3 = (s3 * T::from(0.86).unwrap() + (s3 - y)).atan() * T::from(1.26).unwrap();
    let a4: T = T::log(
        T::from(1.0).unwrap() + (-x).tanh() + T::from(0.37).unwrap(),
        T::from(2.88).unwrap(),
    );
    let a5 = s3;
    (s3 - x).tanh() + y + y
}

#[differentiable]
pub fn gen_96<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = x / (T::from(1.0).unwrap() + x.sin() + T::from(0.63).unwrap())
            - gen_62(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(-0.09).unwrap(),
                w,
                n,
            );
        let mut s2 = ((a1 * w[3]).atan() * T::from(3.78).unwrap() * T::from(0.26).unwrap()).sin()
            * T::from(4.0).unwrap();
        s2 = T::log(
            T::from(1.0).unwrap()
                + T::tanh(
                    ((a1 / -(w[(n + 2) % 4].powi(2) + T::from(0.57).unwrap())
                        * T::from(0.1).unwrap())
                    .tanh()
                        * T::from(6.0).unwrap()
                        * T::from(0.28).unwrap())
                    .sin()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.32).unwrap(),
            T::from(1.0).unwrap() + (x - T::from(0.11).unwrap()).tanh() + T::from(1.83).unwrap(),
        );
    }
    let mut s3 = T::acos(x.atan() * T::from(0.56).unwrap()) + y * T::from(OFFSET).unwrap();
    let a4 = ((T::from(0.89).unwrap() * x)
        .mul_add(T::exp2(y), w[(n + 1) % 4].abs())
        .atan()
        * T::from(2.2).unwrap())
    .exp2();
    s3 = T::sin(s3 * T::from(1.06).unwrap() * T::from(0.35).unwrap()) * T::from(4.0).unwrap();
    let a5 = T::from(-0.94).unwrap().tan();
    let a6 = w[n % 4];
    let mut h7 = [T::zero(); 4];
    for i8 in 0..4 {
        h7[i8] = (T::from(i8 + n).unwrap() + w[i8]).signum();
    }
    s3 = ((s3 - T::from(n + 1).unwrap().tanh()) * T::from(0.3).unwrap()).sin()
        * T::from(4.0).unwrap();
    let mut a6 = a6 + T::from(OFFSET).unwrap();
    gen_94(
        T::from(0.3).unwrap().recip().atan() * T::from(1.26).unwrap(),
        T::from(SCALE).unwrap() - T::from(0.53).unwrap(),
        &h7,
        n,
    )
}

#[differentiable]
pub fn gen_97<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in 0..4 {
        let mut s2 = x;
        s2 = ((s2 - (x + y * T::from(1.88).unwrap())) * T::from(0.17).unwrap()).tanh()
            * T::from(3.0).unwrap();
        s2 = s2
            * T::atanh(
                T::atan(((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin())
                    * T::from(0.56).unwrap(),
            );
        if gen_95(
            T::tan((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()),
            ((w[3] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan(),
            w,
            0,
        ) <= gen_80(
            T::from(1.6).unwrap(),
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            4,
        ) {
            continue;
        }
    }
    let a3 = w[n % 4];
    let a4 = (((T::hypot(x, T::from(0.39).unwrap()).atan2(w[(n + 1) % 4]) + (x - w[(n + 3) % 4]))
        * T::from(0.21).unwrap())
    .sin()
        * T::from(0.9).unwrap())
    .atanh();
    let a5 = if T::tanh(w[3]) <= T::from(0.26).unwrap() {
        x + (w[n % 4] + y)
    } else {
        return a4.floor()
            + gen_88(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::from(1.91).unwrap(),
                w,
                2,
            );
    };
    let a8 = {
        let mut h6 = [T::one(); 4];
        for i7 in 0..4 {
            h6[i7] = a4;
        }
        (((a5 + w[(n + 2) % 4] + T::abs(h6[n % 4])).atan() * T::from(1.89).unwrap()).powi(2)
            + T::from(0.47).unwrap())
        .log(T::from(2.75).unwrap())
    };
    T::from(-0.34).unwrap()
}

#[differentiable]
pub fn gen_98<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 % 2 == 0 {
        return x;
    }
    let a1 = y + y + -x;
    let mut h2 = [T::one(); 4];
    h2[0] = h2[0] * T::tanh(a1 * T::from(0.25).unwrap());
    for (i4, v3) in w.iter().enumerate() {
        h2[i4] = h2[i4]
            * ((T::from(1.29).unwrap() - (*v3).hypot(T::from(0.66).unwrap()).ln())
                * T::from(0.88).unwrap())
            .tanh();
        let mut h5 = [T::one(); 4];
        let a6 = a1;
    }
    for _ in h2.iter() {
        let a8 = (T::from(1.0).unwrap() + T::sin(x) + T::from(0.68).unwrap()).recip();
    }
    let a9 = a1;
    let a10 = if ((T::from(1.93).unwrap() / T::from(1.43).unwrap()).atan() * T::from(0.75).unwrap())
        .tan()
        > h2[(n + 3) % 4]
    {
        return (T::atan(w[n * 3 % 4].max(x)) * T::from(0.75).unwrap()).tan()
            % (T::from(1.0).unwrap()
                + (T::sin(T::from(n + 2).unwrap() * T::from(0.25).unwrap())
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.92).unwrap());
    } else {
        w[n % 4] / -T::hypot(a1.atan() * T::from(1.89).unwrap(), T::from(0.73).unwrap())
    };
    h2[(n + 2) % 4] = T::sin(
        T::cosh(((a9 - x) * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap()).ln()
            * T::from(0.65).unwrap(),
    ) * T::from(2.0).unwrap();
    (a9 * a10 + a10).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_99<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::from(n * 3 % 9).unwrap() <= T::from(0.76).unwrap() {
        return w[n % 4] / -x.cosh();
    }
    let a1 = if w[(n + 1) % 4] > T::one() * x {
        y
    } else {
        w[n % 4].exp() + w[n % 4].tanh()
    };
    for _ in w.iter() {
        {
            let a4 = if y.abs() > T::from(-0.87).unwrap() {
                T::zero().exp().atan2(y + T::from(1.67).unwrap())
            } else if n != 3 {
                let a3 = (T::from(OFFSET).unwrap() - w[n % 4])
                    / (T::abs((-a1 * T::from(0.18).unwrap()).sin() * T::from(3.0).unwrap())
                        + T::from(0.49).unwrap());
                w[n * 2 % 4] * x
                    / ((T::tanh(
                        a3 / (T::abs((a3 * T::from(0.33).unwrap()).sin() * T::from(3.0).unwrap())
                            + T::from(0.41).unwrap())
                            * T::from(0.13).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .abs()
                        + T::from(0.5).unwrap())
            } else {
                T::from(n + 3).unwrap()
            };
        }
        let a5 = w[n % 4];
    }
    (((a1 * a1 * T::from(0.02).unwrap()).tanh()
        * T::from(6.0).unwrap()
        * (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.34).unwrap()).atan2(a1))
    .atan()
        * T::from(2.52).unwrap()
        * a1
        * T::from(0.05).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_100<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if !(n > 1
        && x >= gen_78(
            T::from(1.56).unwrap(),
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            1,
        )) {
        return ((T::asinh(y) * T::from(1.04).unwrap()).tanh() * T::from(1.2).unwrap()).tan();
    } else {
        y + y - -x
    };
    {
        let mut s2 = T::from(-0.15).unwrap();
        let mut k3: usize = 0;
        while s2
            < gen_33(
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::from(-1.83).unwrap(),
                w,
                1,
            )
            .ln_1p()
            && k3 < 3
        {
            k3 += 1;
            if w[1]
                + gen_88(
                    T::from(1.46).unwrap(),
                    T::atan(x) * T::from(1.26).unwrap(),
                    w,
                    n * 2 % 5,
                )
                <= s2
            {
                break;
            }
            if T::exp_m1(w[2]) - -T::from(1.67).unwrap() <= y {
                let mut s4 = s2.atan() * T::from(2.52).unwrap();
            } else {
                let mut k5: usize = n;
            }
            s2 = ((s2
                + (((((y - T::cosh(T::from(-0.87).unwrap())) * T::from(0.44).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.24).unwrap())
                    * T::from(0.16).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.26).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        }
    }
    let mut s6 = (T::from(1.38).unwrap() - y).fract() - (w[1] - w[n % 4]);
    ((-(s6 * T::from(1.52).unwrap()) + a1) * x * T::from(0.05).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_101<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = T::zero();
    {
        let a2 = (w[n % 4].atan() * T::from(0.56).unwrap()).asin()
            * (w[n % 4] + T::from(-1.28).unwrap())
            + (T::from(1.0).unwrap() + T::sin(y).tanh()).cbrt();
        let mut s3 = T::zero().tan();
        let mut k4: usize = 0;
        while (-(T::from(1.0).unwrap() + (-w[n * 2 % 4]).sin() + T::from(0.43).unwrap())).recip()
            <= T::tan(
                (T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap()).sin()
                    * T::from(1.2).unwrap(),
            )
            && k4 < 2
        {
            k4 += 1;
            let a5 = ((T::atan(T::from(n + 1).unwrap() * (y - T::from(-0.97).unwrap()))
                * T::from(2.52).unwrap()
                * T::from(0.4).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .cosh()
            .sqrt();
            s3 = T::sin(
                (s3 * T::from(0.79).unwrap()
                    + T::sin(
                        (((a1 + w[n * 3 % 4])
                            / (T::sin(s3 * w[n % 4] * T::from(0.37).unwrap())
                                * T::from(3.0).unwrap())
                            .cosh())
                        .powi(2)
                            + T::from(0.23).unwrap())
                            * T::from(0.35).unwrap(),
                    ) * T::from(2.0).unwrap())
                    * T::from(0.42).unwrap(),
            ) * T::from(2.0).unwrap();
        }
        let a6 = if y > gen_84(
            (a2 * T::from(0.44).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::sin(a2 * T::from(0.44).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        ) {
            s3 + T::from(k4 * 2).unwrap()
        } else if w[(n + k4) % 4] <= T::from(-0.92).unwrap() {
            y.abs() - x.asinh()
        } else {
            (x.powi(2) + T::from(1.23).unwrap()).acosh()
        };
    }
    let a7 = w[n % 4]
        / -(T::from(1.0).unwrap()
            + ((x * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap())
                .tan()
                .sin()
            + T::from(0.4).unwrap());
    let a8 = y + T::from(1.47).unwrap() + a7;
    let a10 = {
        let mut s9 = w[n % 4].fract()
            - gen_97(
                w[(n + 3) % 4].atan() * T::from(1.26).unwrap(),
                T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            );
        (T::from(1.5).unwrap() - a1).atan()
    };
    (T::from(-1.85).unwrap() - x + a8) * a1 * a10
}

#[differentiable]
pub fn gen_102<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (((T::from(4).unwrap() * x).atan() * T::from(1.89).unwrap()).abs()
        + T::from(0.24).unwrap())
    .log(T::fract(x).powi(2) + T::from(1.58).unwrap());
    let a2 = gen_94(
        (y * w[1] * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        (y * w[n % 4] * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        (n + 2) % 5,
    );
    let a3: T = T::from(1.9).unwrap().sqrt();
    let x = x.tanh();
    let a4 = y.fract() * T::atanh((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap());
    let a9 = if ((T::from(-1.27).unwrap() * T::from(1.18).unwrap()).sin() * T::from(0.8).unwrap())
        .ln_1p()
        < w[n * 2 % 4]
    {
        for (i6, _) in w.iter().enumerate() {
            {
                s1 = a3;
                s1 = (T::from(OFFSET).unwrap() * w[(i6 + n) % 4]).cos();
            }
            let a3 = a3 + T::from(i6).unwrap();
            let a8 = if s1 >= w[(i6 + n) % 4] {
                T::hypot(T::from(0.71).unwrap() - w[2], T::from(0.61).unwrap()).log(
                    T::from(1.0).unwrap()
                        + T::tanh(
                            ((T::sin(s1 * T::from(0.37).unwrap()) * T::from(3.5).unwrap()).exp2()
                                * T::from(0.13).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.74).unwrap(),
                )
            } else {
                let a7 = if T::from(0.65).unwrap()
                    / (T::from(1.0).unwrap()
                        + ((-s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                        + T::from(0.27).unwrap())
                    > T::from(n).unwrap().ln_1p()
                {
                    let a3 = T::from(OFFSET).unwrap();
                    gen_71(
                        y.atan() * T::from(1.26).unwrap(),
                        T::from(1).unwrap(),
                        w,
                        (n + 3) % 5,
                    ) * (a4 + T::from(-1.06).unwrap())
                } else {
                    w[i6]
                };
                a2
            };
        }
        T::from(0.05).unwrap().min(w[n % 4]) + T::from(1.51).unwrap().powi(n as i32)
    } else if (((a4 - y) * T::from(0.43).unwrap()).sin() * T::from(1.2).unwrap()).tan()
        <= T::from(-0.19).unwrap()
    {
        w[n % 4].mul_add(
            gen_97(
                T::tanh(a2 * w[2] * T::from(0.2).unwrap()) * T::from(2.0).unwrap(),
                (s1 * T::from(-1.78).unwrap() * T::from(0.21).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                w,
                (n + 2) % 5,
            ),
            a4,
        )
    } else {
        T::hypot(
            (T::sin(T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap())
                * T::from(1.2).unwrap())
            .tan()
            .abs()
                + T::from(0.51).unwrap(),
            x,
        )
    };
    T::sin(
        (T::acosh(T::abs(T::one() * w[0]) + T::from(1.67).unwrap()) + a9 + a3)
            * T::from(0.16).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_103<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -T::from(0.85).unwrap().exp();
    let a7 = {
        let a2 = if n % 2 % 2 == 0 {
            a1 * (y * y)
        } else {
            gen_92(
                T::from(-0.74).unwrap(),
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            )
        };
        for (v3, _) in w.iter().zip(w.iter()) {
            let a2 = (a2
                * (gen_84(
                    T::from(1.51).unwrap(),
                    ((a1 * T::from(0.64).unwrap()).tanh() * T::from(1.2).unwrap()).tan(),
                    w,
                    1,
                ) + (*v3).ceil())
                * T::from(0.02).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            let a5 = -(*v3
                / (T::from(1.0).unwrap()
                    + (T::atan(T::from(n + 1).unwrap()) * T::from(1.89).unwrap()).tanh()))
                - ((w[n * 2 % 4].abs() + T::from(0.24).unwrap()).log2()
                    - T::from(n).unwrap() * T::from(core::f64::consts::LN_2).unwrap());
            let a6: T = gen_54(
                w[n % 4].atan() * T::from(1.26).unwrap(),
                (w[n % 4] * a1 * T::from(0.32).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                2,
            );
        }
        ((a2 * T::from(0.16).unwrap()).tanh() * T::from(3.5).unwrap())
            .exp2()
            .min(x.exp_m1())
    };
    T::tanh(
        (T::exp2(T::one()).hypot(T::hypot(w[n * 2 % 4], T::from(0.34).unwrap())) * y + x)
            * T::from(0.19).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_104<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for &v1 in w.iter() {
        {
            let mut s2: T = T::atan(-T::from(n * 2).unwrap()) * T::from(2.52).unwrap();
            let a5 = if !(n % 3 > 2 && w[3] >= T::from(0.41).unwrap()) {
                if x <= T::from(1.31).unwrap() {
                    let a3 = w[n * 3 % 4] - T::from(-0.37).unwrap();
                    let a4 = {
                        s2 = ((s2
                            + ((w[n % 4]
                                / (T::from(1.0).unwrap()
                                    + (T::from(SCALE).unwrap() + w[n % 4]).tanh()
                                    + T::from(0.49).unwrap())
                                * T::from(0.48).unwrap())
                            .sin()
                                * T::from(3.0).unwrap())
                            .cosh()
                            .cbrt())
                            * T::from(0.24).unwrap())
                        .sin()
                            * T::from(4.0).unwrap();
                        s2 - (w[n % 4] - a3)
                    };
                    s2 = T::tanh(
                        (T::sin(
                            ((T::from(1.0).unwrap()
                                + T::tanh(T::from(-1.99).unwrap())
                                + T::from(1.42).unwrap())
                            .acosh()
                                - w[3])
                                * T::from(0.51).unwrap(),
                        ) * T::from(2.5).unwrap())
                        .exp_m1()
                            * T::from(0.13).unwrap(),
                    ) * T::from(4.0).unwrap();
                }
                v1 % (T::from(1.0).unwrap()
                    + (T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap())
                        * T::from(3.0).unwrap())
                    .tanh())
                    * (T::from(1.0).unwrap() + v1.tanh() + T::from(0.23).unwrap()).hypot(s2)
            } else if (T::one() * y).cos() < T::from(0.82).unwrap() {
                T::acos(T::tanh(w[(n + 3) % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
            } else {
                (w[n % 4] - T::from(0.09).unwrap()) * w[n % 4]
                    + gen_19(
                        (T::max(T::from(-1.26).unwrap(), w[(n + 2) % 4]) * T::from(0.75).unwrap())
                            .sin()
                            * T::from(2.0).unwrap(),
                        T::zero(),
                        w,
                        2,
                    )
            };
        }
    }
    T::one().log10()
        % ((T::one() * T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin()
            * T::from(3.0).unwrap())
        .cosh()
}

#[differentiable]
pub fn gen_105<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 1..=3 {
        let mut s2 = (w[n % 4]
            / (T::from(1.0).unwrap() + w[(n + 2) % 4].tanh() + T::from(1.23).unwrap()).acosh())
        .atan()
            * T::from(1.26).unwrap();
        let mut k3: usize = 0;
        while s2 < x && k3 < 5 {
            k3 += 1;
            {
                s2 =
                    ((s2 + gen_60(
                        y.floor().atan() * T::from(1.26).unwrap(),
                        T::tanh(w[n % 4] / w[3 - i1].cosh() * T::from(0.75).unwrap())
                            * T::from(2.0).unwrap(),
                        w,
                        (i1 + n) % 5,
                    )) * T::from(0.2).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap();
                let a4 = s2;
                s2 = T::sin(
                    (s2 + (T::zero().hypot(T::from(0.95).unwrap()) + T::from(0.5).unwrap())
                        .acosh()
                        .asinh())
                        * T::from(0.53).unwrap(),
                ) * T::from(2.0).unwrap();
            }
            s2 = s2 * T::from(SCALE).unwrap();
            s2 = T::atan(
                s2 * T::from(0.71).unwrap()
                    + ((T::from(1.0).unwrap()
                        + T::sin(
                            ((x + y)
                                / x.hypot(
                                    T::from(1.0).unwrap() + s2.tanh() + T::from(0.26).unwrap(),
                                ))
                            .atan()
                                * T::from(1.26).unwrap(),
                        )
                        + T::from(0.39).unwrap())
                        * T::from(0.63).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
            ) * T::from(1.26).unwrap();
        }
        s2 = (s2 + T::from(-0.54).unwrap() / -T::from(0.94).unwrap()).atan()
            * T::from(1.26).unwrap();
    }
    let mut s5 = ((T::zero() - w[n % 4])
        % (T::from(1.0).unwrap()
            + (gen_10(T::one(), T::from(1.57).unwrap(), w, 0).atan() * T::from(1.89).unwrap())
                .tanh()
            + T::from(0.45).unwrap())
        * T::from(0.75).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut k6: usize = 0;
    while s5 < x && k6 < 2 {
        k6 += 1;
        let mut s7 = T::round(gen_90(
            (T::from(0.39)
                .unwrap()
                .powf(T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap())
                * T::from(0.23).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            T::from(OFFSET).unwrap(),
            w,
            n,
        ))
        .atan()
            * T::from(1.26).unwrap();
        let a8 = T::from(1.87).unwrap();
        {
            s5 = T::from(-0.19).unwrap().atanh().asinh();
        }
        s5 = ((s5
            + ((T::atan(T::exp(s5) * T::sin(T::from(1.33).unwrap())) * T::from(1.89).unwrap())
                .hypot(T::from(0.44).unwrap())
                * T::from(0.55).unwrap())
            .sin()
                * T::from(2.0).unwrap())
            * T::from(0.37).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    s5 = ((s5 - (x + T::from((k6 * 3) as f64).unwrap()) * T::from(SCALE).unwrap())
        * T::from(0.19).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    s5 = T::tanh((s5 + s5) * T::from(0.37).unwrap()) * T::from(2.0).unwrap();
    let a9 = x;
    (T::from(1.0).unwrap() + w[3 - k6].sin() + T::from(0.41).unwrap()).cbrt() * y
}

#[differentiable]
pub fn gen_106<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a7 = {
        if (((w[n * 2 % 4].exp_m1() * T::from(0.23).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
            + T::from(0.68).unwrap())
        .acosh()
            < T::from(0.89).unwrap()
        {
            let mut s1 = (-(-x).cosh()).atan() * T::from(1.26).unwrap();
            let mut h2 = [T::zero(); 4];
            for i3 in 0..4 {
                h2[i3] = T::atan(w[3 - i3].sinh()) * T::from(1.26).unwrap();
            }
            let mut h4 = [T::from(0.78).unwrap(); 4];
            for i5 in 0..4 {
                h4[i5] = (T::from(OFFSET).unwrap() - w[i5]).exp2().atan() * T::from(1.26).unwrap();
            }
        } else {
            let a6 = T::from(-0.94).unwrap();
        }
        (y.atan() * T::from(0.75).unwrap()).tan() * (x - y)
    };
    T::tanh(
        (((a7 / T::from(-0.84).unwrap()).atan() * T::from(1.57).unwrap()).exp() + x)
            * y
            * T::from(0.07).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_107<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if ((w[n % 4] + y).atan() * T::from(1.89).unwrap()).sinh() <= T::from(-1.09).unwrap() {
        ((T::from(-1.21).unwrap() + x) / (T::from(std::f64::consts::PI).unwrap() + x)).abs()
    } else {
        T::from(n).unwrap()
    };
    if n % 2 != 1 {
        return T::min(T::abs(w[n % 4]), a1)
            + T::from(1.13).unwrap().tanh() * T::max(a1, T::from(-1.97).unwrap());
    }
    let a2 = y
        + (((T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap()).tanh() * T::from(2.5).unwrap())
            .powi(2)
            + T::zero().tanh());
    let a3 = w[n * 3 % 4].sin()
        - w[n * 3 % 4] * x * (T::from(1.0).unwrap() + y.sin() + T::from(0.6).unwrap()).log10();
    let a6 = {
        {
            let mut s4 = T::atan(x.powi(3)) * T::from(1.89).unwrap();
            let mut s5 =
                T::sin((T::from(-0.9).unwrap() * a3 + (w[1] - s4)) * T::from(0.2).unwrap())
                    * T::from(6.0).unwrap();
        }
        y
    };
    for i7 in (1..n).step_by(2) {
        if n % 2 % 2 == 0 {
            continue;
        }
        let a8 = a3.cosh() / T::from(1.08).unwrap() + w[i7];
        let mut s9 = w[(n + i7) % 4];
    }
    let mut s10: T = T::sin(
        y % (T::from(1.0).unwrap() + T::one().min(w[n * 2 % 4]).sin() + T::from(0.76).unwrap())
            * T::from(0.75).unwrap(),
    ) * T::from(2.0).unwrap();
    s10 = ((T::from(n + 1).unwrap() * T::ceil(a1.round()) * T::from(0.06).unwrap()).tanh()
        * T::from(6.0).unwrap()
        * T::from(0.28).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    s10 = a3.atan() * T::from(1.26).unwrap();
    let mut h11 = [T::zero(); 4];
    for i12 in 0..4 {
        h11[i12] = ((T::abs(a6) + w[(i12 + n) % 4] / s10.cosh()) * T::from(0.37).unwrap()).tanh()
            * T::from(2.0).unwrap();
    }
    T::log(
        T::from(1.0).unwrap() + y.tanh() + T::from(0.34).unwrap(),
        T::from(3.97).unwrap(),
    ) * (T::from(std::f64::consts::PI).unwrap() + T::from(n).unwrap())
}

#[differentiable]
pub fn gen_108<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 =
        ((x + (w[n * 3 % 4] + T::from(-1.88).unwrap()) * w[n % 4]) * T::from(0.15).unwrap()).tanh()
            * T::from(4.0).unwrap();
    s1 = (s1 - (s1.atan() * T::from(0.5).unwrap()).ln_1p()).atan() * T::from(2.52).unwrap();
    let a2 = w[n % 4];
    if T::from(1.5).unwrap() < T::from(-1.22).unwrap() {
        return w[n % 4] * (T::from(0.56).unwrap() + x);
    }
    s1 = T::tanh(
        (s1 * (T::hypot(a2.abs() + T::from(0.54).unwrap(), w[2]) - w[n % 4].cosh())
            + w[(n + 3) % 4].min(w[n * 2 % 4]))
            * T::from(0.1).unwrap(),
    ) * T::from(4.0).unwrap();
    w[n % 4].cos() * -y
}

#[differentiable]
pub fn gen_109<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let x = T::atan2(
            T::from(1.0).unwrap()
                + (w[n % 4] / T::from(1.56).unwrap()).sin()
                + T::from(0.6).unwrap(),
            w[n % 4],
        );
    }
    let mut s1 = T::from(-0.95).unwrap().sin() + y;
    let mut k2: usize = 0;
    while s1
        < (w[n * 3 % 4] * x * (T::from(1.82).unwrap() + y) * T::from(0.1).unwrap()).sin()
            * T::from(6.0).unwrap()
        && k2 < 2
    {
        k2 += 1;
        {
            let a3 = w[(n + 3) % 4].min(y);
        }
        s1 = T::atan(
            s1 + T::atan(
                T::from(1.0).unwrap()
                    + T::tanh((s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                    + T::from(0.29).unwrap(),
            ) * T::from(1.26).unwrap(),
        ) * T::from(2.52).unwrap();
    }
    let a4: T = w[(k2 + n) % 4];
    let x = x.tanh();
    s1 = s1
        * ((T::from(1.0).unwrap()
            + ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                .sin()
            + T::from(0.31).unwrap())
        .log10()
            * x);
    let a5: T = (x * x).sinh();
    let s1 = s1 * (-(T::from(1.0).unwrap() + T::sin(a4 * x) + T::from(0.65).unwrap())).recip();
    if a4 >= T::from(-1.26).unwrap() && y <= T::from(-0.43).unwrap() {
        let a6 = a4.round().sinh();
        let a7 = w[(k2 + 3) % 4].cosh().log2();
    }
    let mut s8 = T::from(-1.58).unwrap();
    s8 = T::atan(
        s8 - (T::from(1.0).unwrap() + (T::from(0.05).unwrap() - a4).sin() + T::from(0.36).unwrap())
            .log2(),
    ) * T::from(1.89).unwrap();
    ((y + s1) * y * T::from(0.09).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_110<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if y.mul_add(
        y,
        y / (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.64).unwrap()),
    ) < x
    {
        return T::from(-0.59).unwrap();
    }
    let a2 = if w[(n + 3) % 4] > x
        && (w[n % 4] % (x.powi(2) + T::from(0.69).unwrap())).cos() < T::one() * w[n % 4]
    {
        let mut s1: T = ((T::from(1.0).unwrap() + y.tanh() + T::from(0.62).unwrap()).sqrt()
            / ((T::from(0.89).unwrap() - x).powi(2) + T::from(0.22).unwrap()))
        .atan()
            * T::from(2.52).unwrap();
        T::from(1.75).unwrap()
    } else {
        T::hypot(
            x,
            T::from(1.0).unwrap() + T::sin(x) + T::from(0.64).unwrap(),
        ) - T::from(n + 1).unwrap().abs()
    };
    let mut s3 = (gen_99(
        (gen_3(
            T::from(3).unwrap().atan() * T::from(1.26).unwrap(),
            T::from(OFFSET).unwrap(),
            w,
            0,
        ) * T::from(0.28).unwrap())
        .sin()
            * T::from(2.0).unwrap(),
        T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        (n + 1) % 5,
    ) * T::from(0.27).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut s4 = ((((T::from(1.53).unwrap() * T::from(0.98).unwrap()).tanh()
        * T::from(0.9).unwrap())
    .atanh()
        + T::from(n).unwrap() / (T::abs(w[n * 2 % 4]) + T::from(0.39).unwrap()))
        * T::from(0.13).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let mut k5: usize = 0;
    loop {
        if k5 >= 6 {
            break;
        }
        k5 += 1;
        s4 = ((s4
            + ((((a2 + a2) * T::from(0.17).unwrap()).sin() * T::from(0.9).unwrap())
                .asin()
                .powi(2)
                + T::from(0.32).unwrap()))
            * T::from(0.33).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        if w[n % 4]
            > gen_59(
                (s4 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                2,
            )
        {
            s3 = ((s3 + w[2]) * T::from(0.25).unwrap()).tanh() * T::from(4.0).unwrap();
            let a6 = (T::from(n as f64).unwrap() * -T::from(0).unwrap()).powi(n as i32);
        }
        if s4 > (T::from(1.0).unwrap() + w[(n + 2) % 4].sin() + T::from(1.33).unwrap()).acosh() {
            break;
        }
    }
    -w[k5 % 4] * (w[k5 % 4].powi(2) + T::from(0.32).unwrap()).log10() * a2
}

#[differentiable]
pub fn gen_111<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4];
    s1 = ((s1 + y) * T::from(0.25).unwrap()).sin() * T::from(4.0).unwrap();
    if gen_106(
        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        x.mul_add(x, y).atan() * T::from(1.26).unwrap(),
        w,
        (n + 2) % 5,
    ) <= T::from(0.79).unwrap()
    {
        let mut h2 = [T::zero(); 4];
        for i3 in 0..4 {
            h2[i3] = (T::powi(
                (x * h2[2] * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap(),
                2,
            ) * T::from(0.24).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        let mut s4 = (y - -x).atan() * T::from(1.89).unwrap();
        let mut k5: usize = 0;
        while s4 < (h2[1] + T::from(-1.53).unwrap()).min(w[n % 4] - T::from(-0.21).unwrap())
            && k5 < 3
        {
            k5 += 1;
            s4 = ((s4 * T::from(0.72).unwrap()
                + (T::cosh(
                    s1 % (T::from(1.0).unwrap()
                        + ((s4 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
                        + T::from(0.96).unwrap())
                        % (T::from(1.0).unwrap()
                            + T::sin(T::from(-0.1).unwrap().tan())
                            + T::from(0.83).unwrap()),
                ) * T::from(0.18).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.36).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            let mut h6 = [T::from(0.76).unwrap(); 4];
            for i7 in 0..4 {
                h6[i7] = ((h2[(n + 2) % 4] / T::one() + s1.cos()) * T::from(0.5).unwrap()).tanh()
                    * T::from(2.0).unwrap();
            }
        }
    } else if (y * x).signum() >= w[(n + 1) % 4] * w[n % 4] {
        let mut y =
            ((w[3] + s1 - w[n % 4] * w[2]) * T::from(0.15).unwrap()).sin() * T::from(4.0).unwrap();
    }
    let mut s8 = (T::tanh(x * T::from(0.75).unwrap()) * T::from(0.8).unwrap()).ln_1p();
    let mut h9 = [T::from(-0.7).unwrap(); 4];
    for i10 in 0..4 {
        h9[i10] = (T::atan(gen_99(
            T::atan(y) * T::from(1.26).unwrap(),
            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            i10 * 2 % 5,
        )) * T::from(0.75).unwrap())
        .tan();
    }
    let a11 = gen_107(
        h9[n * 3 % 4] % T::from(-0.58).unwrap().abs(),
        x.atan() * T::from(1.26).unwrap(),
        &h9,
        n,
    );
    T::atan(T::from(1.67).unwrap().fract() * y.exp()) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_112<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n % 4;
    let mut h2 = [T::one(); 4];
    for i3 in 0..4 {
        h2[i3] = (y
            / (T::from(1.0).unwrap()
                + (((w[1] + y) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sin()
                + T::from(0.29).unwrap())
            * T::from(0.22).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a5 = {
        let a4 = x;
        gen_111(
            h2[3] / T::from(-1.86).unwrap(),
            T::sqrt(T::from(1.0).unwrap() + T::tanh(x) + T::from(0.48).unwrap()),
            w,
            (n + 1) % 5,
        )
        .fract()
    };
    let mut s6 =
        (T::from(1.0).unwrap() + T::from(-1.12).unwrap().tanh() + T::from(0.24).unwrap()).ln();
    let a7 = a5 * y;
    let mut s8 = T::atan(w[n % 4].cosh() + x / T::exp(a5)) * T::from(1.26).unwrap();
    let a9 = if T::from(1.15).unwrap() <= T::from(-0.43).unwrap() {
        let a5 = a5.tanh();
        s8 = ((s8 + h2[k1 * 3 % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
        ((T::from(k1 as f64).unwrap() * x + y.mul_add(h2[k1 * 3 % 4], T::from(k1).unwrap()))
            * T::from(0.12).unwrap())
        .tanh()
    } else {
        return T::ln(
            T::from(1.0).unwrap()
                + ((h2[n * 2 % 4]
                    / -(T::from(1.0).unwrap()
                        + T::tanh((s6 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                        + T::from(0.6).unwrap())
                    * T::from(0.45).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .sin()
                + T::from(0.67).unwrap(),
        );
    };
    {
        s6 = (s6 - h2[n % 4]).atan() * T::from(1.89).unwrap();
    }
    s8 = T::tanh(T::from(k1).unwrap() * T::from(0.5).unwrap()) * T::from(2.0).unwrap();
    let a10 = ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
        .acos()
        .signum()
        * (a7 * w[n % 4]).round();
    ((y * a7 * (x / T::from(-0.95).unwrap()) + a9) * T::from(0.16).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_113<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a2 = {
            let k1 = n + 1;
            (((w[n % 4] * T::from(k1 + 3).unwrap()).atan()
                * T::from(1.26).unwrap()
                * T::from(0.79).unwrap())
            .tanh()
                * T::from(0.9).unwrap())
            .acos()
        };
        let a3 = (((T::exp(y) * T::from(0.2).unwrap()).tanh() * T::from(2.0).unwrap()).powi(2)
            + T::from(0.53).unwrap())
        .powf(T::from(std::f64::consts::PI).unwrap().ln_1p());
    }
    if n % 2 == 0 {
        let a4 = T::powi(T::from(0.96).unwrap().cos(), 0);
        let mut s5 = T::asin(
            T::sin(T::from(-0.96).unwrap() * y * T::from(0.78).unwrap()) * T::from(0.9).unwrap(),
        );
    } else {
        let a6 = {
            let y = gen_78(
                T::from(-0.55).unwrap(),
                (gen_90(
                    T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    (w[1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                ) * T::from(0.28).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                w,
                n,
            );
            w[3]
        };
    }
    ((y + x + T::sin(T::powi(y, 4) * T::from(0.09).unwrap()) * T::from(2.0).unwrap())
        * y
        * T::from(0.12).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_114<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    let a2 = if (T::from(1.0).unwrap() + a1.tanh() + T::from(0.26).unwrap())
        .cbrt()
        .sqrt()
        < gen_99(
            T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::from(1.8).unwrap(),
            w,
            2,
        ) {
        ((T::from(1.07).unwrap() + w[n * 3 % 4]) * (y * x)).atan() * T::from(3.78).unwrap()
    } else {
        T::zero().cosh().log2()
    };
    let mut s3: T = a2
        % ((gen_110(
            T::tanh(a1 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            (w[n * 3 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            3,
        ) * T::from(0.27).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .cosh()
        % (T::from(1.0).unwrap()
            + T::sin(
                (a2 / (T::from(OFFSET).unwrap() - T::from(SCALE).unwrap())).atan()
                    * T::from(1.89).unwrap(),
            )
            + T::from(0.53).unwrap());
    let mut s4 =
        ((a2 * (a2 * w[n % 4])).atan() * T::from(1.89).unwrap()).atan() * T::from(1.26).unwrap();
    let mut k5: usize = 0;
    while s4 < a1 && k5 < 2 {
        k5 += 1;
        let a6 = w[n * 2 % 4].signum()
            / -(T::from(1.0).unwrap()
                + (((a1 + T::from(n).unwrap()) * T::from(0.25).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.47).unwrap());
        s4 = ((s4 + T::from(1.96).unwrap()) * T::from(0.38).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let a7 = T::from(std::f64::consts::PI).unwrap();
    for (_, &v8) in w.iter().enumerate() {
        if T::from(0.38).unwrap() - a7 > v8 + s4 {
            break;
        }
        let mut h10 = [T::zero(); 4];
        s4 = ((s4 * x.signum() + T::from(-1.65).unwrap() % T::one()) * T::from(0.5).unwrap())
            .tanh()
            * T::from(2.0).unwrap();
    }
    let mut s11 = (a7 * T::from(0.48).unwrap()).sin() * T::from(2.0).unwrap();
    let a12: T = (a7 % (a2.atan() * T::from(1.89).unwrap()).hypot(T::from(0.98).unwrap())).tanh();
    let k13 = n + 3;
    ((s4 * x + s4) * T::from(0.25).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_115<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        {
            let a1 = (-(T::from(1.0).unwrap() + y.tanh() + T::from(0.52).unwrap())).recip();
        }
        if y >= T::from(1.09).unwrap() {
            let y = y;
        }
        x
    };
    let mut h3 = [T::one(); 4];
    let a4 = x + x;
    h3[0] * y
}

#[differentiable]
pub fn gen_116<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::from(-1.07).unwrap() % (-x).cosh();
    }
    let mut s3: T = T::from(-1.25).unwrap();
    {
        if n < 2 {
            for (&v4, _) in w.iter().zip(w.iter()) {
                let v4 = v4.tanh();
            }
            let mut x = T::tanh(x * s3 * T::from(0.37).unwrap()) * T::from(2.0).unwrap();
            x = ((x
                * (T::tanh(
                    T::acosh(T::from(1.0).unwrap() + x.sin() + T::from(1.67).unwrap())
                        / (y.powi(2) + T::from(0.25).unwrap())
                        * y
                        * T::from(0.09).unwrap(),
                ) * T::from(3.0).unwrap())
                + T::from(n).unwrap().cos())
                * T::from(0.24).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        } else {
            {
                let a6 = T::from(-0.21).unwrap().sin() + T::from(0.94).unwrap() * w[n % 4];
                let mut h7 = [T::from(-0.3).unwrap(); 4];
                for i8 in 0..4 {
                    h7[i8] = ((T::sin(y * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan()
                        * w[n % 4]
                        * T::from(0.29).unwrap())
                    .sin()
                        * T::from(2.0).unwrap();
                }
                let mut h9 = [T::one(); 4];
            }
        }
        h1[n % 4] =
            T::from(0.71).unwrap().round().round() - x * (T::from(-1.23).unwrap() + T::one());
    }
    T::tanh((x + y + s3) * T::from(0.25).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_117<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut y = T::tanh((y + x) * T::from(0.37).unwrap()) * T::from(2.0).unwrap();
    for _ in 1..=3 {
        let a2 = T::from(0.18).unwrap();
        let a3 = T::hypot(a2, T::from(0.26).unwrap()).log10().acos();
    }
    y = ((y - T::from(0.22).unwrap()) * T::from(0.68).unwrap()).tanh() * T::from(2.0).unwrap();
    for (i5, v4) in w.iter().enumerate() {
        if !((T::from(1.38).unwrap() - T::from(-0.38).unwrap())
            * (T::from(0.99).unwrap() - w[i5 * 3 % 4])
            >= T::from(1.39).unwrap()
            && w[(n + i5) % 4].asinh() - *v4 <= y.cosh())
        {
            if T::from(i5 as f64)
                .unwrap()
                .atan2(w[(i5 + n) % 4].hypot(T::from(0.71).unwrap()))
                .min(w[n * 3 % 4])
                < T::from(0.28).unwrap()
            {
                let mut s6 = T::from(1.64).unwrap();
                let mut k7: usize = 0;
                while s6 < T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().sqrt() && k7 < 5 {
                    k7 += 1;
                    y = T::tanh((y + s6) * T::from(0.3).unwrap()) * T::from(2.0).unwrap();
                    let mut s8: T = *v4;
                    s6 = T::tanh(
                        (s6 + (((T::atan(s8) * T::from(1.89).unwrap()).powi(2)
                            + T::from(0.11).unwrap())
                            * T::from(0.23).unwrap())
                        .tanh()
                            * T::from(2.0).unwrap())
                            * T::from(0.31).unwrap(),
                    ) * T::from(3.0).unwrap();
                }
                let a9: T = w[i5];
                let mut s10 = -T::zero() * (T::from(-1.34).unwrap() + a9);
            }
            if n != 3 {
                return y * y;
            }
        } else {
            if w[n % 4].abs().round() < w[(i5 + n) % 4] {
                continue;
            }
        }
    }
    (T::sin((w[n % 4] - y) * T::from(0.37).unwrap()) * T::from(0.9).unwrap()).atanh() + x + y
}

#[differentiable]
pub fn gen_118<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 3 % 2 == 0 {
        return T::atan(gen_27(
            ((w[0] - x).abs() * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            T::sin((T::from(SCALE).unwrap().hypot(x) + y.exp()) * T::from(0.16).unwrap())
                * T::from(2.0).unwrap(),
            w,
            1,
        )) * T::from(3.78).unwrap();
    }
    let a1 = w[n % 4] - y * x;
    let mut s2: T = (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().log(
        T::cosh(T::sin(a1 * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
            + T::from(0.78).unwrap(),
    ) * T::from(-1.23).unwrap())
    .mul_add(y, y * w[n % 4]);
    if w[(n + 3) % 4] <= T::from(1.49).unwrap() {
        s2 = T::atan(
            s2 - (x.signum()
                / (((w[(n + 3) % 4] * s2).atan() * T::from(1.26).unwrap()).powi(2)
                    + T::from(0.59).unwrap())
                + (T::from(1.7).unwrap() + w[n % 4])),
        ) * T::from(3.78).unwrap();
        let a3 = a1;
    }
    s2 = T::atan(s2 - ((s2.atan() * T::from(0.75).unwrap()).tan() + w[(n + 1) % 4]))
        * T::from(3.78).unwrap();
    (w[n * 2 % 4] * a1 * T::from(0.12).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_119<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x * T::from(-1.67).unwrap();
    {
        let a1 = -T::from(4).unwrap() * w[n % 4];
        if !(((a1
            + w[n % 4] / -(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.39).unwrap()))
            * T::from(0.12).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
            <= T::from(-1.05).unwrap()
            && -T::one() - (T::from(2).unwrap() + a1) > T::from(-1.05).unwrap())
        {
            return (-w[n % 4].sin()).tanh();
        }
        let a8 = {
            if n % 2 == 0 {
                let k2 = n * 3 % 8;
                let a3 = T::from(-0.1).unwrap();
                let a5 = {
                    let a4: T = T::log2(
                        ((x * T::from(0.45).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                            + T::from(0.33).unwrap(),
                    ) * ((a1 * a1 * T::from(0.02).unwrap()).tanh()
                        * T::from(2.0).unwrap());
                    w[k2 % 4] - w[k2 % 4].min(a4)
                };
            } else {
                let mut h6 = [T::from(-0.12).unwrap(); 4];
                for i7 in 0..4 {
                    h6[i7] = T::sin(
                        h6[n % 4] / (h6[(n + 2) % 4].abs() + T::from(0.53).unwrap())
                            * T::from(0.4).unwrap(),
                    ) * T::from(2.0).unwrap();
                }
            }
            (x * (w[n % 4] - y)).atan() * T::from(3.78).unwrap()
        };
    }
    if T::from(1.64).unwrap()
        - y.hypot(T::from(0.78).unwrap())
            .hypot(T::from(-1.44).unwrap())
        >= x
    {
        {
            let mut h9 = [T::from(-0.81).unwrap(); 4];
            let a10 = {
                let x = x.tanh();
                T::zero().mul_add(
                    (((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .abs()
                        + T::from(0.67).unwrap())
                    .recip(),
                    w[3] - x + y * T::from(-1.9).unwrap(),
                )
            };
        }
    } else {
        let a11 = T::atan(w[n % 4] * x);
    }
    x
}

#[differentiable]
pub fn gen_120<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for v1 in w.iter() {
        let a2 = T::from(1.69).unwrap();
        if w[n % 4] / (T::abs(w[n % 4]) + T::from(0.58).unwrap())
            - T::ln_1p((y * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap())
            >= T::from(0.54).unwrap()
            || T::from(n).unwrap() <= T::round(w[n % 4])
        {
            return *v1 + (w[n % 4].abs() + T::from(0.29).unwrap()).recip();
        }
        if y > T::from(0.58).unwrap()
            && T::from(0.51).unwrap() > T::from(1.01).unwrap() * T::from(0).unwrap()
        {
            if n % 3 < 3 {
                return T::from(1.95).unwrap();
            }
            let a3 = if w[n % 4].signum() * y.abs() > x * T::from(-1.73).unwrap() {
                (a2 - w[n % 4]) * T::from(-0.47).unwrap()
            } else if T::from(n as f64).unwrap() <= w[1] - y {
                (x.atan() * T::from(0.56).unwrap()).asin()
            } else {
                return T::sin(
                    ((y / T::cosh(T::from(n).unwrap().atan() * T::from(1.89).unwrap())
                        * (w[2] * x)
                        + (*v1 + T::zero() - y))
                        * T::from(0.12).unwrap())
                    .sin()
                        * T::from(6.0).unwrap()
                        * T::from(0.25).unwrap(),
                ) * T::from(6.0).unwrap();
            };
            let mut h4 = [T::one(); 4];
            for i5 in 0..4 {
                h4[i5] = (gen_10(
                    (w[(n + 1) % 4] + T::from(0.29).unwrap()).atan() * T::from(1.26).unwrap(),
                    ((w[i5] + a2) * T::from(0.41).unwrap()).sin() * T::from(2.0).unwrap(),
                    &h4,
                    1,
                ) * T::from(0.28).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
        } else {
            let mut h6 = [T::zero(); 4];
            for i7 in 0..4 {
                h6[i7] = -T::from(0.84).unwrap() % (T::asinh(*v1).abs() + T::from(0.7).unwrap());
            }
            let mut h8 = [T::zero(); 4];
            for i9 in 0..4 {
                h8[i9] = a2.acosh();
            }
        }
        if n % 2 < 1 {
            if gen_117(
                (w[(n + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (w[n % 4] * T::from(-1.86).unwrap() * T::from(0.4).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                w,
                1,
            ) < T::from(-0.6).unwrap().powi(1)
            {
                continue;
            }
        } else {
            if x <= T::from(0.69).unwrap()
                || T::from(-1.19).unwrap() / w[n % 4].cosh() % a2.asinh() >= T::from(-0.62).unwrap()
            {
                let mut h10 = [T::zero(); 4];
                for i11 in 0..4 {
                    h10[i11] = T::atan(
                        (y.min(T::from((i11 + 1) as f64).unwrap()).powi(2)
                            + T::from(0.53).unwrap())
                        .sqrt(),
                    ) * T::from(1.26).unwrap();
                }
            } else if y > *v1 / (x.abs() + T::from(0.24).unwrap()) {
                let a12 = T::asin(
                    ((w[n * 2 % 4] + T::from(-1.1).unwrap()) * T::from(0.48).unwrap()).sin()
                        * T::from(0.9).unwrap(),
                );
            }
        }
    }
    x
}

#[differentiable]
pub fn gen_121<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a4 = if n % 3 != 3 && y < y - w[n % 4] {
        (gen_115(
            T::atan(((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos())
                * T::from(1.26).unwrap(),
            x.atan() * T::from(1.26).unwrap(),
            w,
            n,
        )
        .atan()
            * T::from(2.2).unwrap())
        .exp2()
    } else {
        let a3 = if T::from(3).unwrap() * x.asinh()
            >= w[(n + 2) % 4].mul_add(T::from(0).unwrap(), w[1])
            && y * x + (y + w[n * 3 % 4]) >= T::from(0.53).unwrap()
        {
            ((T::from(1.0).unwrap() + T::tanh(x) + T::from(0.24).unwrap())
                .log(T::from(2.98).unwrap())
                .atan()
                * T::from(0.56).unwrap())
            .atanh()
                * T::tan((w[n % 4] + y).atan() * T::from(0.75).unwrap())
        } else {
            let a1 = T::from(-0.86).unwrap();
            let mut s2 = ((T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(1.62).unwrap())
                .acosh()
                .exp_m1()
                * T::from(0.25).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            (y.exp().ln_1p() * T::from(n + 2).unwrap()).atan() * T::from(0.63).unwrap()
        };
        gen_69(a3 + a3, a3.min(a3), w, (n + 3) % 5)
            + gen_110(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                (n + 2) % 5,
            )
    };
    let a8 = if y < x {
        let a5 = T::from(1.12).unwrap() + w[(n + 1) % 4] - w[n % 4];
        let a6 = if w[(n + 1) % 4] <= x.max(w[n % 4]) {
            T::from(core::f64::consts::LN_2).unwrap().recip().recip()
        } else {
            y / -x.cosh() - T::from(1.16).unwrap() / w[(n + 3) % 4].cosh()
        };
        x - T::tanh(y * a4 * T::from(0.06).unwrap()) * T::from(2.0).unwrap()
    } else {
        let a7 = T::ln_1p(T::from(-0.53).unwrap()) * (y * y);
        ((-a7 * T::from(0.5).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
    };
    let a9 = ((w[2] - w[1]).atan() * T::from(1.57).unwrap()).exp_m1();
    if y <= T::trunc(a4) {
        let mut s10 = (a8 * T::from(0.4).unwrap()).tanh() * T::from(2.0).unwrap();
        let mut y = y.tanh();
    }
    ((((a8 + y)
        / (T::from(1.0).unwrap()
            + T::sin(
                (a8 / -y.hypot(T::from(0.42).unwrap()) * T::from(0.17).unwrap()).tanh()
                    * T::from(3.0).unwrap(),
            )
            + T::from(0.25).unwrap()))
    .atan()
        * T::from(0.63).unwrap()
        + a4)
        * T::from(0.12).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_122<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n * 2 % 4].sinh().min(y.fract());
    let a5 = {
        for &v2 in w.iter() {
            let a3: T = T::from(-0.25).unwrap().max(a1)
                % (T::from(1.0).unwrap()
                    + (a1 % (T::from(1.0).unwrap() + w[0].sin() + T::from(0.9).unwrap())).tanh()
                    + T::from(0.6).unwrap())
                * (x.powi(0) * (T::from(1.38).unwrap() - v2));
            let mut k4: usize = n;
            if gen_118(
                gen_119(T::from(-0.72).unwrap(), T::one(), w, n).atan() * T::from(1.26).unwrap(),
                (y.max(w[n % 4]) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            ) >= w[k4 % 4]
            {
                break;
            }
        }
        y.cosh().log10()
    };
    (T::from(-1.35).unwrap() * w[n % 4]).min(T::zero() - w[3]) * a5
}

#[differentiable]
pub fn gen_123<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..n {
        if i1 % 3 % 2 == 0 {
            continue;
        }
        for &v2 in w.iter() {
            let mut s3 = ((gen_98(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                y.atan() * T::from(1.26).unwrap(),
                w,
                0,
            ) - (x - x))
                * T::from(0.15).unwrap())
            .sin()
                * T::from(6.0).unwrap();
            {
                if y > T::from(-0.93).unwrap() {
                    return (gen_116(
                        (w[3 - i1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        v2.atan() * T::from(1.26).unwrap(),
                        w,
                        n,
                    ) * (x - w[1]))
                        .atan()
                        * T::from(1.26).unwrap();
                }
            }
            if T::trunc(w[(i1 + 2) % 4] + w[1]) < s3 {
                continue;
            }
        }
    }
    let mut s4: T = (((y / (x.powi(2) + T::from(0.23).unwrap())).atan() * T::from(1.57).unwrap())
        .exp()
        * T::from(0.15).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    s4 = x;
    ((T::from(n + 3).unwrap() + x) * y * T::from(0.08).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_124<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    let a2 = x * y - (T::from(0.68).unwrap() - x);
    h1[(n + 2) % 4] = T::tanh(
        (y - T::from(0.46).unwrap() - (T::atan(h1[n * 2 % 4]) * T::from(0.56).unwrap()).acos())
            * T::from(0.32).unwrap(),
    ) * T::from(2.0).unwrap();
    let a3 = -gen_122(
        (x - T::from(-0.44).unwrap()).atan() * T::from(1.26).unwrap(),
        T::atan(x) * T::from(1.26).unwrap(),
        &h1,
        (n + 2) % 5,
    );
    let mut s4 = T::atan(
        ((T::from(n).unwrap().round().atan() * T::from(1.26).unwrap()).abs()
            + T::from(0.61).unwrap())
        .powf(-a3.asinh()),
    ) * T::from(1.26).unwrap();
    T::tan(
        (gen_116(
            a3,
            (s4 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) * T::from(0.28).unwrap())
        .tanh()
            * T::from(1.2).unwrap(),
    ) * x
        + a3
}

#[differentiable]
pub fn gen_125<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = y.max(x) / -T::from(std::f64::consts::PI).unwrap();
    let a2 = w[n * 3 % 4];
    let a3 = a1 / x.hypot(T::from(1.0).unwrap())
        + ((T::sin(a2 * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).powi(2)
            + T::from(0.24).unwrap())
        .powf(a1);
    if a2 >= T::from(-1.09).unwrap() {
        return T::from(0.47).unwrap();
    }
    let a4 = T::zero().tanh();
    if a3 > a1 {
        let a5 = gen_118(
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::from(-0.28).unwrap(),
            w,
            2,
        ) + (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.55).unwrap())
            .hypot(w[n % 4]);
        for (i7, _) in w.iter().enumerate() {
            if a3.signum().sinh()
                > (T::from(1.0).unwrap()
                    + ((T::from(i7 * 3 % 9).unwrap() * T::from(0.19).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.5).unwrap())
                .recip()
            {
                break;
            }
            let a3 = a3
                + T::recip(
                    ((T::from((i7 + 2) as f64).unwrap() * T::from(0.3).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .hypot(T::from(0.61).unwrap()),
                );
        }
        let mut s8 = ((gen_109(T::zero(), T::from(-0.74).unwrap(), w, n)
            * (T::one() - y)
            * T::from(0.09).unwrap())
        .sin()
            * T::from(6.0).unwrap()
            * T::from(0.25).unwrap())
        .sin()
            * T::from(4.0).unwrap();
    }
    let a9 = a2;
    let mut s10 = T::from(-1.93).unwrap() * a2;
    {
        let a11 = T::from(-1.76).unwrap();
        s10 = ((s10
            + (T::exp(s10.atan() * T::from(1.57).unwrap()) * a2 * T::from(0.08).unwrap()).tanh()
                * T::from(2.0).unwrap())
            * T::from(0.19).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
    }
    (T::round(a2) * (a1 + T::from(-1.06).unwrap()) + x + a9).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_126<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let a1 = (T::from(1.0).unwrap()
            + (((T::from(-1.01).unwrap() + x) * T::from(0.5).unwrap()).sin()
                * T::from(0.9).unwrap())
            .atanh()
            .sin()
            + T::from(0.28).unwrap())
        .sqrt();
        a1 * (y + w[(n + 2) % 4])
    };
    let mut s3 = ((x - w[n * 2 % 4])
        / (T::from(1.0).unwrap()
            + ((T::from(-1.61).unwrap() * w[n * 2 % 4] * T::from(0.47).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.61).unwrap())
        * T::from(0.23).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    for i4 in 0..n % 3 + 1 {
        if T::from(-1.45).unwrap() > T::from(-1.04).unwrap() {
            s3 = ((w[i4 + 1] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin();
            let a5 = if i4 % 2 == 0 {
                T::from(-0.06).unwrap() * s3 - s3
            } else {
                return ((T::from(0.47).unwrap() + y).exp() * T::from(0.13).unwrap()).sin()
                    * T::from(6.0).unwrap();
            };
        }
        s3 = T::tanh(
            s3 * gen_122(
                T::sin(
                    T::mul_add(s3.atan(), y + T::from(1.16).unwrap(), s3) * T::from(0.18).unwrap(),
                ) * T::from(2.0).unwrap(),
                a2.atan() * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.24).unwrap(),
        ) * T::from(4.0).unwrap();
        let mut h6 = [T::zero(); 4];
    }
    if T::tanh(x.min(s3)) >= s3 - w[n % 4]
        || T::from(core::f64::consts::LN_2).unwrap() <= T::from(-1.4).unwrap()
    {
        return w[n % 4] + y.hypot(T::from(0.33).unwrap()).log2();
    }
    let k7 = n + 3;
    ((x + (s3 - w[(k7 + n) % 4])) * T::from(0.19).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_127<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4];
    let k2 = 4;
    for i3 in 0..4 {
        let a6 = if (w[(n + 3) % 4].abs() + T::from(0.33).unwrap()).ln()
            > T::from(i3).unwrap().ln_1p()
        {
            let a4: T = gen_111(
                (T::zero() / T::from(0.68).unwrap()).asin(),
                (w[k2 * 3 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                i3,
            );
            let a5 = if (T::from(1.0).unwrap() + y.sin() + T::from(0.4).unwrap()).sqrt()
                + (w[3 - i3] + w[3 - i3])
                < T::from(-0.48).unwrap()
                || x < T::from(-1.23).unwrap()
            {
                a1
            } else {
                T::powi(T::tan(T::atan(a4.round()) * T::from(0.75).unwrap()), 3)
            };
            a5
        } else {
            return T::hypot(
                a1.cosh().log2().abs() + T::from(0.52).unwrap(),
                T::from(SCALE).unwrap() * x,
            ) + gen_54(
                x.atan2(T::hypot(a1, T::from(0.47).unwrap())),
                T::one(),
                w,
                k2,
            );
        };
    }
    ((a1.mul_add(y, x) + (a1 + T::one())) * a1).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_128<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a5 = {
        let mut s1 = (gen_111(
            (-x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            ((x + w[1]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) * T::from(0.28).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        let mut k2: usize = 0;
        while T::from(1.34).unwrap() >= T::from(-1.32).unwrap() && k2 < 4 {
            k2 += 1;
            s1 = (s1
                + (T::cosh(-(w[n * 3 % 4] / -x.cosh())) * T::from(0.4).unwrap()).tanh()
                    * T::from(2.0).unwrap())
            .atan()
                * T::from(2.52).unwrap();
            {
                let mut h3 = [T::one(); 4];
                for i4 in 0..4 {
                    h3[i4] = ((T::from(-0.56).unwrap() - x - T::from(-0.77).unwrap() * x)
                        * T::from(0.37).unwrap())
                    .sin()
                        * T::from(2.0).unwrap();
                }
            }
        }
        T::tanh(
            (T::atan2(
                T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.3).unwrap(),
                w[n % 4] / T::from(1.8).unwrap(),
            ) + (s1 - y)
                * T::sqrt(T::from(1.0).unwrap() + w[k2 % 4].sin() + T::from(0.36).unwrap()))
                * T::from(0.12).unwrap(),
        ) * T::from(3.0).unwrap()
    };
    let mut k6: usize = n;
    for _ in (0..n).rev() {
        let mut s8 = x.mul_add(T::zero(), T::from(-1.67).unwrap()).floor();
        s8 = (s8
            * y.max(
                T::from(1.56).unwrap()
                    / (T::from(1.0).unwrap()
                        + (T::tanh(s8 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).tanh()
                        + T::from(0.56).unwrap())
                    - T::from(1.27).unwrap()
                        / ((T::tanh(s8 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).powi(2)
                            + T::from(0.69).unwrap()),
            ))
        .atan()
            * T::from(1.89).unwrap();
        let mut s9 = y;
    }
    (w[n % 4]
        % (T::from(1.0).unwrap()
            + ((a5 * y * T::from(0.28).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
            + T::from(0.74).unwrap())
        * x
        * x
        * T::from(0.19).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_129<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if !(gen_128(
        T::sin(y.exp_m1() * T::from(0.23).unwrap()) * T::from(2.0).unwrap(),
        T::from(-0.2).unwrap() / T::cosh(y),
        w,
        n,
    ) >= x * T::from(n).unwrap()
        && n != 3)
    {
        let a2 = if (T::tanh(
            gen_115(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                x.atan() * T::from(1.26).unwrap(),
                w,
                (n + 1) % 5,
            ) * T::from(0.37).unwrap(),
        ) * T::from(3.0).unwrap())
        .cosh()
        .log2()
            > w[(n + 3) % 4].min(y)
        {
            let mut h1 = [T::from(-0.09).unwrap(); 4];
            (T::from(1.0).unwrap()
                + ((h1[0] * h1[n % 4]).atan() * T::from(1.89).unwrap()).tanh()
                + T::from(1.39).unwrap())
            .acosh()
        } else {
            (w[n * 3 % 4] * T::one()).exp()
        };
        let a3 = if n % 2 == 0 {
            (a2.atan() * T::from(0.75).unwrap()).tan().cosh()
        } else {
            w[n % 4]
        };
        let mut s4 = ((y * T::exp(w[(n + 1) % 4]) * T::from(0.1).unwrap()).tanh()
            * T::from(3.0).unwrap()
            * T::from(0.55).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let mut k5: usize = 0;
        loop {
            if k5 >= 4 {
                break;
            }
            k5 += 1;
            s4 = (s4 * T::from(0.78).unwrap()
                + (T::hypot(
                    ((a3 + w[n % 4]) / w[n % 4].hypot(T::from(0.83).unwrap()).powi(-1)).atan()
                        * T::from(1.89).unwrap(),
                    T::from(0.46).unwrap(),
                ) * T::from(0.53).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
            .atan()
                * T::from(1.26).unwrap();
            for i6 in (1..n).step_by(2) {
                s4 = T::sin(
                    (s4 - ((w[n % 4] * a2 * T::from(0.1).unwrap()).tanh() * T::from(6.0).unwrap()
                        + s4)
                        / y.cosh())
                        * T::from(0.16).unwrap(),
                ) * T::from(2.0).unwrap();
                let mut s7: T = w[3 - i6];
                let mut s8 = (x / T::from(1.06).unwrap()).floor()
                    - (y - w[i6 * 2 % 4]).atan2(
                        T::from(1.0).unwrap()
                            + (gen_118(
                                T::from(-1.62).unwrap(),
                                a3.atan() * T::from(1.26).unwrap(),
                                w,
                                i6 * 2 % 5,
                            )
                            .atan()
                                * T::from(1.89).unwrap())
                            .tanh()
                            + T::from(0.5).unwrap(),
                    );
                let a9 = if (((w[i6] + a2) * T::from(0.16).unwrap()).sin() * T::from(0.9).unwrap())
                    .asin()
                    >= T::from(0.5).unwrap()
                {
                    s4
                } else {
                    x
                };
            }
            if s4
                > T::from(1.13).unwrap().atan2(
                    ((a2 * T::from(0.2).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
                        + T::from(0.37).unwrap(),
                ) / (T::from(1.0).unwrap() + (-x).tanh() + T::from(0.31).unwrap())
            {
                break;
            }
        }
    } else {
        let a10 = w[n % 4].trunc();
        let a11: T = T::atanh(
            ((-T::cosh(y)).recip() * T::from(1.5).unwrap()).tanh() * T::from(0.9).unwrap(),
        );
        let k12 = 2;
    }
    T::zero() + x
}

#[differentiable]
pub fn gen_130<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 3 > 2 {
        for i1 in 0..n % 3 + 1 {
            let i1 = T::from(i1).unwrap()
                * gen_125(
                    (x * w[n % 4] * x.mul_add(x, T::from(1.02).unwrap())).atan()
                        * T::from(1.26).unwrap(),
                    (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    4,
                );
            if w[n % 4] >= y {
                return w[n * 2 % 4].tanh().sinh();
            }
        }
        let a2 = -(T::from(-0.44).unwrap() * y);
        for (v3, v4) in w.iter().zip(w.iter()) {
            let a5: T = (w[n % 4] * *v4).tanh() * a2;
            let a6 =
                if *v4 + (x + *v3) < T::from(n * 3 % 9).unwrap() && *v3 <= T::from(0.2).unwrap() {
                    x
                } else {
                    T::sqrt(T::from(1.0).unwrap() + (*v3).tanh() + T::from(0.52).unwrap())
                        / T::exp2(w[n % 4])
                };
            let y = y.tanh();
        }
    } else if n % 2 % 2 == 0 {
        for i7 in (0..4).rev() {
            let a8 = T::from(0.8).unwrap();
            let mut s9 = T::sin(
                gen_125(
                    (T::floor(-w[1]) * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                    y.atan() * T::from(1.26).unwrap(),
                    w,
                    (i7 + n) % 5,
                ) * T::from(0.28).unwrap(),
            ) * T::from(4.0).unwrap();
            let x = ((T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - y).atan()
                * T::from(0.5).unwrap())
            .ln_1p()
                / -(w[1].abs() + T::from(0.65).unwrap());
            let k10 = 1;
        }
    }
    let a12 = if gen_60(
        T::cosh(y).ln(),
        ((y + w[n * 2 % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n * 2 % 5,
    ) < y
        && T::from(-0.33).unwrap() + w[n % 4].round()
            >= T::from(core::f64::consts::LN_2).unwrap().ceil()
    {
        y
    } else {
        let mut s11 = (((T::from(1.75).unwrap() - w[n % 4]) * T::from(0.4).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .cosh()
        .atan()
            * T::from(1.89).unwrap();
        (T::from(-0.92).unwrap() * w[1]
            / -T::ln_1p((x * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).cosh())
        .exp()
    };
    (x * T::zero() + y % (x.powi(2) + T::from(1.01).unwrap()) + a12 + x).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_131<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n * 3 % 8;
    let a2 = T::from(-1.28).unwrap();
    let a3 = ((T::from((k1 + n) % 9).unwrap() * T::from(((k1 + 3) % 9) as f64).unwrap()).atan()
        * T::from(0.63).unwrap())
    .cos();
    let a4 = T::ln(w[0].abs() + T::from(0.23).unwrap()).signum();
    let a5 = if k1 != 3 {
        (y + a3)
            / -(T::from(1.0).unwrap()
                + (T::from(0.51).unwrap() - a3).sin()
                + T::from(0.41).unwrap())
    } else if k1 % 3 != 2 {
        T::recip(
            -(T::from(1.0).unwrap()
                + ((w[n % 4] * x * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sin()
                + T::from(0.34).unwrap()),
        )
    } else {
        return a4;
    };
    let mut s6 = (a4 / a2 + w[n % 4]).atan() * T::from(1.26).unwrap();
    let a7 = (T::from(0.24).unwrap() * w[(k1 + n) % 4] + T::from(OFFSET).unwrap())
        / -(T::ln(
            ((x + T::from(1.41).unwrap()).atan() * T::from(1.89).unwrap()).abs()
                + T::from(0.43).unwrap(),
        )
        .powi(2)
            + T::from(0.31).unwrap());
    let a9 = {
        let mut s8 = (-gen_27(
            T::sin(a5 * T::from(0.2).unwrap()) * T::from(2.0).unwrap(),
            a5.atan() * T::from(1.26).unwrap(),
            w,
            k1 % 5,
        ) * T::from(0.25).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        T::zero()
    };
    T::from(-0.45).unwrap().trunc() % (a7.powi(2) + T::from(0.62).unwrap()) * a4
}

#[differentiable]
pub fn gen_132<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = 1;
    let a2 = (T::from(1.0).unwrap()
        + (((w[2] + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sin()
        + T::from(0.65).unwrap())
    .log2();
    if T::from(1.78).unwrap() >= T::from(1.21).unwrap() {
        for (i4, v3) in w.iter().enumerate() {
            let mut s5 = (T::tanh((y - *v3) * T::from(0.37).unwrap()) * T::from(0.9).unwrap())
                .atanh()
                .hypot(T::from(0.36).unwrap())
                .hypot(T::from(-1.13).unwrap());
            let a6 = if i4 % 2 > 2 {
                *v3
            } else {
                T::from(0.2).unwrap()
            };
            let i4 = (T::from(i4).unwrap()
                * gen_114(
                    T::from(core::f64::consts::LN_2).unwrap().atanh(),
                    w[i4 * 3 % 4] * T::from(-0.15).unwrap(),
                    w,
                    k1,
                ))
            .atan()
                * T::from(1.89).unwrap();
            if k1 != 3
                && w[k1].tanh()
                    + ((a2 * T::from(1.07).unwrap()).sin() * T::from(0.9).unwrap()).asin()
                    < T::from(-1.49).unwrap()
            {
                break;
            }
        }
        let a7 = T::sin(x + w[3 - k1]);
    } else if T::abs(T::cos(a2)) >= a2 * T::from(1.38).unwrap() {
        let a8 = -(-(T::from(-0.33).unwrap() + w[(n + k1) % 4]));
        let mut s9 = (y + y - y).atan() * T::from(2.52).unwrap();
        let mut k10: usize = 0;
        loop {
            if k10 >= 5 {
                break;
            }
            k10 += 1;
            s9 = ((s9
                + (T::ln(
                    T::from(1.0).unwrap()
                        + (T::tanh((w[n % 4] + y) * T::from(0.37).unwrap())
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.43).unwrap(),
                )
                .powi(2)
                    + T::from(0.54).unwrap()))
                * T::from(0.28).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            let mut s11: T = T::mul_add(
                ((y / -(T::abs(w[3 - k1]) + T::from(0.24).unwrap()) * T::from(0.18).unwrap())
                    .tanh()
                    * T::from(0.9).unwrap())
                .atanh(),
                x * a8,
                s9,
            )
            .atan()
                * T::from(1.26).unwrap();
            let a12 = if n % 2 % 2 == 0 {
                s11 + s11 + T::sqrt(T::from(1.0).unwrap() + T::tanh(a8) + T::from(0.22).unwrap())
            } else {
                (gen_84(
                    (w[3 - k1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    a2,
                    w,
                    (k1 + n) % 5,
                ) * (T::from(n + k1).unwrap() - a8)
                    * T::from(0.04).unwrap())
                .tanh()
                    * T::from(2.0).unwrap()
            };
            if n < 2 {
                break;
            }
        }
        s9 = (s9
            * (T::sin(
                gen_107(
                    (a8 * T::from(0.64).unwrap()).tanh() * T::from(2.0).unwrap(),
                    y.atan() * T::from(1.26).unwrap(),
                    w,
                    n * 2 % 5,
                )
                .mul_add(T::ceil(T::from(1.97).unwrap()), y)
                    * T::from(0.12).unwrap(),
            ) * T::from(4.0).unwrap())
            + (a8 + x))
            .atan()
            * T::from(2.52).unwrap();
    } else {
        let mut s13: T = (w[k1].powi(2) + T::from(0.29).unwrap()).log2();
        let a15 = {
            let mut s14 = ((T::from(-1.5).unwrap() + T::one() + x.min(s13)).atan()
                * T::from(1.57).unwrap())
            .exp_m1();
            s14 / -(a2.abs() + T::from(0.64).unwrap())
        };
    }
    T::sin(
        (y + y + y / -(T::from(1.0).unwrap() + w[0].sin() + T::from(0.41).unwrap()) + a2)
            * T::from(0.15).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_133<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::floor(gen_131(
        T::from(0.72).unwrap(),
        T::sin(w[(n + 2) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        (n + 2) % 5,
    ));
    if n % 3 > 3 {
        let mut k2: usize = n * 2 % 6;
        let mut h3 = [T::one(); 4];
        for i4 in 0..4 {
            h3[i4] = (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
        }
        let a5 = if n < 2 { y } else { a1 };
    } else {
        let a6 = T::zero();
        let a7: T = x;
        let x = x * a1;
    }
    if w[n % 4] * x
        / (T::abs(
            (w[n % 4] * T::from(1.82).unwrap() * T::from(0.41).unwrap()).tanh()
                * T::from(3.0).unwrap(),
        ) + T::from(0.5).unwrap())
        < a1 * T::from(n).unwrap()
    {
        let a8: T = ((x * x * T::from(0.37).unwrap()).sin() * T::from(0.9).unwrap())
            .acos()
            .signum();
        let a9 = x * x.cosh().sqrt();
        let a10 = x;
    } else {
        let mut h11 = [T::zero(); 4];
    }
    T::log10(T::from(1.0).unwrap() + T::tanh(T::from(OFFSET).unwrap().signum())) + a1 + y
}

#[differentiable]
pub fn gen_134<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (gen_115(
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        (w[1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n * 3 % 5,
    ) * T::from(1.72)
        .unwrap()
        .powf(y.atan() * T::from(1.26).unwrap())
        * T::from(0.18).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s2 = T::zero() + (x - y);
    if T::from(OFFSET).unwrap() - s1 / (T::from(1.0).unwrap() + s1.tanh() + T::from(0.29).unwrap())
        > T::from(1.13).unwrap()
    {
        let mut h3 = [T::one(); 4];
        let a4 = T::sin(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - x);
        s2 = T::atan(s2 * (w[2] + w[n % 4] - s1.round())) * T::from(3.78).unwrap();
    }
    let s2 = s2.tanh();
    s1 = ((s1 * w[n * 2 % 4] + -T::from(1.49).unwrap()) * T::from(0.27).unwrap()).tanh()
        * T::from(2.0).unwrap();
    let mut s5 = (T::from(1.01).unwrap() + w[n % 4]).atan() * T::from(1.89).unwrap();
    let mut k6: usize = 0;
    while (T::log10(s1.powi(2) + T::from(0.3).unwrap()).exp() > T::from(0.64).unwrap()
        || T::log(
            ((T::from(1.05).unwrap() + w[n % 4]).atan() * T::from(1.89).unwrap()).cosh(),
            T::from(4.13).unwrap(),
        ) < T::from(-1.33).unwrap())
        && k6 < 5
    {
        k6 += 1;
        s5 = ((s5
            + ((T::from(1.0).unwrap()
                + (((-w[1] - s1) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                    .sin()
                + T::from(0.22).unwrap())
                * T::from(0.68).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            * T::from(0.31).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        let a7 = T::from(1.92).unwrap()
            / (s2.powi(2) + T::from(0.68).unwrap())
            / (T::from(1.0).unwrap() + T::tanh(T::asinh(T::from(n).unwrap())));
        let mut y = T::sin(
            s2 / -(T::abs(
                (T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
            ) + T::from(0.65).unwrap())
                * w[n % 4]
                * T::from(0.49).unwrap(),
        ) * T::from(2.0).unwrap();
        s5 = ((s5
            + T::tanh(w[n % 4] * T::from(n as f64).unwrap() * y * T::from(0.09).unwrap())
                * T::from(6.0).unwrap())
            * T::from(0.18).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    }
    let a8 = if T::log2((-s1).abs() + T::from(0.6).unwrap()) <= T::from(1.24).unwrap() {
        (T::from(-0.01).unwrap() - w[k6 % 4]).exp_m1()
    } else {
        x
    };
    s1 = (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let mut k9: usize = (n + 1) % 5;
    ((T::atanh((s5 * T::from(0.5).unwrap()).tanh() * T::from(0.9).unwrap()) + x) * a8).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_135<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if !(n < 3 && n % 2 % 2 == 0) {
        return w[(n + 3) % 4] - x % (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.6).unwrap());
    }
    let y = T::tanh(y);
    for i1 in 0..4 {
        if T::from(-1.63).unwrap().cos() >= T::from(1.1).unwrap() || i1 % 2 == 0 {
            let a2 = w[i1];
        }
        if y < -w[(n + i1) % 4] {
            if x / T::from(0.85).unwrap().ln_1p() >= T::from(-1.28).unwrap()
                && T::from(0).unwrap().mul_add(
                    y + x,
                    (-(T::from(1.0).unwrap()
                        + ((T::from(i1 + n).unwrap() * T::from(0.21).unwrap()).sin()
                            * T::from(3.0).unwrap())
                        .sin()
                        + T::from(0.51).unwrap()))
                    .recip(),
                ) <= T::from(0.58).unwrap().exp_m1()
            {
                break;
            }
            let mut x = T::atan(x * -x.sinh()) * T::from(2.52).unwrap();
            x = (T::from(1.0).unwrap()
                + (((T::from(1.0).unwrap() + T::tanh(w[i1 * 2 % 4]) + T::from(0.4).unwrap())
                    .log2()
                    - w[i1 * 2 % 4])
                    .atan()
                    * T::from(1.89).unwrap())
                .tanh()
                + T::from(0.2).unwrap())
            .log(T::from(1.0).unwrap() + T::from(-1.22).unwrap().tanh() + T::from(1.73).unwrap());
        } else if i1 % 3 != 1 {
            let a5 = {
                let a3 = if x / -T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                    <= T::from(SCALE).unwrap() + T::from(-1.57).unwrap()
                    || T::from(0.55).unwrap() < y
                {
                    T::from(1.43).unwrap().cbrt() / T::from(1.35).unwrap()
                } else {
                    -(y * x)
                };
                let mut h4 = [T::zero(); 4];
                (T::from(1.0).unwrap()
                    + ((w[i1 * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                        .ln_1p()
                        .sin()
                    + T::from(0.5).unwrap())
                .recip()
                .log10()
            };
        } else {
            let k6 = n + 2;
        }
    }
    T::powf(
        T::cosh(((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin()),
        x.atan() * T::from(1.26).unwrap(),
    )
}

#[differentiable]
pub fn gen_136<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = T::sin(
            T::hypot(
                w[0] * T::from(1.34).unwrap(),
                T::from(-1.83).unwrap().abs().log(T::from(4.86).unwrap()),
            ) * T::from(0.55).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    h1[n % 4] = (T::sin(
        (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() / -(y.powi(2) + T::from(0.35).unwrap())
            * (T::from(n).unwrap() - T::from(n).unwrap())
            + (w[n % 4] * x + w[n % 4]))
            * T::from(0.11).unwrap(),
    ) * T::from(4.0).unwrap()
        * T::from(0.37).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    {
        let mut s3 = (x + T::from(1.34).unwrap())
            % (T::from(1.0).unwrap()
                + (((T::from(4).unwrap() + T::from(n).unwrap()) * T::from(0.19).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .sin()
                + T::from(1.0).unwrap());
    }
    let a4 = T::ln_1p(y.atan() * T::from(0.5).unwrap());
    let mut s5 = T::from(0.38).unwrap();
    if gen_52(
        ((y + w[n % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::sin(T::from(-1.55).unwrap()),
        &h1,
        2,
    ) > T::from(1.42).unwrap()
    {
        return T::sqrt(
            (T::sin(T::from(n).unwrap().abs() * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                .abs()
                + T::from(0.65).unwrap(),
        );
    }
    if gen_67(
        a4,
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) * (T::from(0.54).unwrap() * w[1])
        <= T::ceil(a4)
        && x < T::from(1.07).unwrap()
    {
        let mut s6 = T::cosh(
            T::sin(
                gen_134(
                    (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::from(0.47).unwrap(),
                    &h1,
                    n,
                ) * T::from(0.26).unwrap(),
            ) * T::from(3.0).unwrap(),
        )
        .log2();
        let mut k7: usize = 0;
        loop {
            if k7 >= 3 {
                break;
            }
            k7 += 1;
            s6 = (s6
                + ((x / T::cosh(T::from(0.06).unwrap()) - h1[n % 4].exp2()).atan()
                    * T::from(1.89).unwrap())
                .cosh()
                .atan()
                    * T::from(1.26).unwrap())
            .atan()
                * T::from(2.52).unwrap();
            if T::from(SCALE).unwrap().floor()
                % (T::from(1.0).unwrap()
                    + (T::from(OFFSET).unwrap() * s5).sin()
                    + T::from(0.94).unwrap())
                >= T::from(-0.67).unwrap()
            {
                s6 = ((s6
                    * ((T::from(1.0).unwrap()
                        + T::from(-1.72).unwrap().sin()
                        + T::from(0.32).unwrap())
                    .sqrt()
                        / (T::from(1.0).unwrap()
                            + (w[(n + 3) % 4] * T::from(1.19).unwrap()).sin()
                            + T::from(0.39).unwrap()))
                    + w[2].hypot(T::from(0.99).unwrap()).sqrt())
                    * T::from(0.09).unwrap())
                .sin()
                    * T::from(4.0).unwrap();
            } else {
                let mut s8: T =
                    ((T::log10(T::from(0.56).unwrap()) + s5 / T::from(-1.59).unwrap()).min(
                        (T::from(1.0).unwrap()
                            + ((T::from((n + 2) as f64).unwrap() * T::from(0.25).unwrap()).tanh()
                                * T::from(3.0).unwrap())
                            .tanh())
                        .log2()
                            * T::from(1.24).unwrap().round(),
                    ) * T::from(0.54).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap();
            }
            let y = T::tanh(y);
            if s6 > T::recip(-((h1[0] + h1[n * 2 % 4]).atan() * T::from(1.89).unwrap()).cosh()) {
                break;
            }
        }
    } else {
        let mut s9 = ((y - w[n % 4])
            / (T::from(1.0).unwrap() + h1[n % 4].tanh() + T::from(0.54).unwrap()))
        .asinh();
    }
    (T::from(1.0).unwrap() + (-x).tanh() + T::from(0.88).unwrap()).powi(-2) * s5 + a4
}

#[differentiable]
pub fn gen_137<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n;
    let a3 = {
        let mut s2 = w[2] - y.cosh();
        T::powf(
            T::from(1.0).unwrap()
                + T::tanh(
                    T::sin(
                        T::from(1.84).unwrap() / -T::hypot(y, T::from(0.36).unwrap())
                            * T::from(0.29).unwrap(),
                    ) * T::from(2.0).unwrap(),
                )
                + T::from(0.29).unwrap(),
            ((s2 + w[k1 % 4]) * T::from(0.19).unwrap()).sin() * T::from(2.0).unwrap(),
        )
    };
    let mut h4 = [T::from(-0.35).unwrap(); 4];
    for i5 in 0..4 {
        h4[i5] = T::sin(T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap())
            * T::from(2.0).unwrap();
    }
    let mut s6 = ((y + T::from(k1).unwrap()) * h4[3]).atan() * T::from(1.26).unwrap();
    let mut k7: usize = n;
    for (&v8, &v9) in w.iter().zip(h4.iter()) {
        if x % (T::from(1.0).unwrap() + T::from(-0.86).unwrap().sin() + T::from(0.85).unwrap())
            * h4[1].cosh()
            <= T::from(0.98).unwrap()
        {
            let a10 = a3;
        } else if v9 * T::one() - T::cosh(y).log10() <= a3.cos() {
            if k1 > 1 {
                s6 = T::atan(
                    s6 - T::from(1.88).unwrap().tanh().mul_add(
                        T::from(k1 + 3).unwrap().atan2(
                            T::from(1.0).unwrap() + h4[k7 % 4].tanh() + T::from(0.34).unwrap(),
                        ),
                        w[k1 % 4] * h4[2],
                    ),
                ) * T::from(2.52).unwrap();
                let mut s11 = (-h4[(k7 + k1) % 4]).powi(0);
                s11 = ((s11
                    - ((T::from(1.37).unwrap() * a3 * T::from(0.12).unwrap()).sin()
                        + T::from(1.18).unwrap()
                            % (T::abs(h4[n * 2 % 4]) + T::from(0.63).unwrap())))
                    * T::from(0.18).unwrap())
                .sin()
                    * T::from(6.0).unwrap();
            } else if T::ln_1p((s6 * T::from(0.37).unwrap()).sin() * T::from(0.8).unwrap())
                > T::from(core::f64::consts::LN_2).unwrap()
                    / -(T::from(1.0).unwrap()
                        + (a3.atan() * T::from(1.89).unwrap()).sin()
                        + T::from(0.53).unwrap())
                && gen_37(
                    ((w[(k1 + 3) % 4] - T::zero()) * T::from(0.75).unwrap()).tanh()
                        * T::from(2.0).unwrap(),
                    T::tanh(
                        (x.atan() * T::from(1.26).unwrap()).powi(n as i32) * T::from(0.4).unwrap(),
                    ) * T::from(2.0).unwrap(),
                    &h4,
                    k1,
                ) < (((T::from(((k1 + k7) % 9) as f64).unwrap() * T::from(0.19).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.41).unwrap())
                .hypot(T::from(-1.14).unwrap())
            {
                let a12 = w[k1 % 4];
            } else {
                let mut x = gen_82(
                    (T::from(-1.23).unwrap() * h4[k7 * 3 % 4] * T::from(0.61).unwrap()).tanh()
                        * T::from(2.0).unwrap(),
                    T::tanh(v8 * x * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    0,
                )
                .atan()
                    * T::from(1.26).unwrap();
            }
        }
    }
    (h4[n * 2 % 4] * x + s6).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_138<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::from(1.78).unwrap();
    let a2 = gen_106(
        ((x + x) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(T::from(n * 2).unwrap() * w[n % 4] * T::from(0.09).unwrap()),
        w,
        2,
    )
    .max(
        (T::from(1.0).unwrap() + y.tanh() + T::from(1.35).unwrap())
            .acosh()
            .cbrt(),
    );
    s1 = ((s1
        - (T::from(1.0).unwrap() + w[3].tanh() + T::from(0.56).unwrap())
            .sqrt()
            .log(T::from(2.57).unwrap()))
        * T::from(0.23).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    for (v3, _) in w.iter().zip(w.iter()) {
        let a5 = T::sinh(T::from(1.25).unwrap().signum());
        let mut s6 = (gen_122(
            T::tanh(w[3] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::from(-1.3).unwrap(),
            w,
            n,
        ) * a5.mul_add(w[n % 4], *v3)
            * T::from(0.22).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a7 = (s1 * T::zero()).asinh();
    for i8 in (0..4).rev() {
        s1 = w[i8].hypot(T::from(0.45).unwrap()).log10() * (a2 + w[i8]);
        s1 = (s1 + y).atan() * T::from(3.78).unwrap();
        if ((T::exp_m1(T::sin(s1 * T::from(0.25).unwrap()) * T::from(2.5).unwrap()) - x)
            * T::from(0.11).unwrap())
        .tanh()
            * T::from(3.0).unwrap()
            < T::from(0.34).unwrap()
            && i8 % 3 > 2
        {
            if T::max(s1, w[n % 4] * x) > a7.acos() {
                continue;
            }
            s1 = (s1 * w[n % 4] * T::from(0.12).unwrap()).sin() * T::from(6.0).unwrap();
        }
        let a9 = T::ln_1p(T::sin(T::one().cos() * T::from(1.5).unwrap()) * T::from(0.8).unwrap())
            + (-T::from(n).unwrap()).round();
    }
    ((w[3] - T::one()).atan() * T::from(0.56).unwrap()).asin() + x
}

#[differentiable]
pub fn gen_139<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a4 = if x / (w[n % 4].cosh() + T::from(0.6).unwrap()).acosh() <= T::from(0.93).unwrap()
        {
            ((T::tanh((T::from(n).unwrap() + T::from(n).unwrap()) * T::from(0.19).unwrap())
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.51).unwrap())
            .sqrt()
        } else {
            {
                let a1 =
                    T::atanh((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).tanh();
                let a2 = (T::atan(x) * T::from(0.56).unwrap()).atanh().ln_1p();
                let a3 = w[n % 4];
            }
            T::asin(
                T::sin(
                    gen_10(
                        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ) * T::from(0.28).unwrap(),
                ) * T::from(0.9).unwrap(),
            )
        };
        let a5 = a4;
    }
    T::from(OFFSET).unwrap() * x
}

#[differentiable]
pub fn gen_140<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n;
    for i2 in (0..4).step_by(2) {
        if y / -(T::from(1.0).unwrap() + y.tanh() + T::from(0.21).unwrap())
            - ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
            <= T::from(0.97).unwrap()
        {
            return T::from(i2 as f64).unwrap();
        }
    }
    if k1 < 2 {
        if k1 % 2 % 2 == 0 {
            let a3 = {
                {
                    k1 *= 2;
                    k1 %= 6;
                }
                w[3] * T::from(-0.71).unwrap()
            };
        }
        {
            let k1 = T::atan(
                T::from(k1).unwrap()
                    * -(T::from(-1.53).unwrap() / (x.powi(2) + T::from(0.36).unwrap())),
            ) * T::from(1.89).unwrap();
            let a4 = (T::abs(
                (-T::from(n + 3).unwrap() * T::from(0.21).unwrap()).tanh() * T::from(3.0).unwrap(),
            ) + T::from(0.26).unwrap())
            .cbrt();
            if w[3] >= T::from(0.55).unwrap() {
                return T::from(-0.05).unwrap() + a4.abs();
            }
        }
    }
    let mut h5 = [T::from(-0.58).unwrap(); 4];
    for i6 in 0..4 {
        h5[i6] = (T::floor(x)
            + T::from(std::f64::consts::PI)
                .unwrap()
                .hypot(T::from(1.32).unwrap()))
        .atan()
            * T::from(1.26).unwrap();
    }
    let a7 = if k1 % 2 > 2 {
        ((T::cosh(h5[(n + 3) % 4]) * T::from(0.4).unwrap()).sin() * T::from(2.5).unwrap()).exp_m1()
    } else {
        x
    };
    w[n % 4] - y.cosh().atan2(y)
}

#[differentiable]
pub fn gen_141<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::sinh(
        ((T::from(1.2).unwrap() + w[n % 4]) * T::from(0.47).unwrap()).sin() * T::from(3.0).unwrap(),
    ) < T::from(0.14).unwrap()
    {
        let mut s1 = T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap();
    } else if (((T::from(1.0).unwrap() + x.tanh() + T::from(0.2).unwrap()).atan2(y)
        * T::from(0.48).unwrap())
    .sin()
        * T::from(3.0).unwrap())
    .hypot(T::from(0.54).unwrap())
    .ln()
        >= T::from(-1.39).unwrap()
        || (((x * y).atan() * T::from(1.89).unwrap()).cosh() + T::from(0.68).unwrap()).acosh()
            >= y.exp2()
    {
        let a2: T = y;
        {
            let mut s3 = gen_122(
                (y + y).atan() * T::from(1.26).unwrap(),
                (x.abs() + T::from(1.58).unwrap()).acosh(),
                w,
                n * 3 % 5,
            );
            let mut k4: usize = 0;
            while s3 < (x + T::from((n * 2) as f64).unwrap()).atan() && k4 < 4 {
                k4 += 1;
                let mut s5 =
                    T::tanh((s3 * T::from(-1.13).unwrap() + (s3 - a2)) * T::from(0.24).unwrap())
                        * T::from(3.0).unwrap();
                let mut k6: usize = 0;
                while s5
                    < gen_27(
                        T::atan(a2.round()) * T::from(1.26).unwrap(),
                        (T::from(1.44).unwrap().mul_add(a2, s5) * T::from(0.26).unwrap()).sin()
                            * T::from(2.0).unwrap(),
                        w,
                        (n + 2) % 5,
                    )
                    && k6 < 2
                {
                    k6 += 1;
                    s5 = ((s5 * T::from(0.61).unwrap()
                        + (((T::atan(w[n * 2 % 4] * a2 + (w[n % 4] - s5))
                            * T::from(1.89).unwrap())
                        .abs()
                            + T::from(0.25).unwrap())
                            * T::from(0.5).unwrap())
                        .sin()
                            * T::from(2.0).unwrap())
                        * T::from(0.39).unwrap())
                    .sin()
                        * T::from(3.0).unwrap();
                    s5 = s5
                        * (((w[n * 2 % 4] + w[n % 4]) * T::from(0.37).unwrap()).tanh()
                            * T::from(0.9).unwrap())
                        .asin();
                }
                let mut s7 = (T::from(OFFSET).unwrap() + a2).signum();
                let mut k8: usize = 0;
                while s7
                    < gen_125(
                        s5.atan() * T::from(1.26).unwrap(),
                        (T::mul_add(T::from(-1.91).unwrap(), s7, a2) * T::from(0.26).unwrap())
                            .sin()
                            * T::from(2.0).unwrap(),
                        w,
                        n,
                    )
                    && k8 < 6
                {
                    k8 += 1;
                    s7 = (s7
                        + (T::cosh(
                            (((a2.abs() + T::from(0.63).unwrap()).log2()
                                - w[3]
                                    % (T::from(1.0).unwrap() + s7.sin() + T::from(0.99).unwrap()))
                                * T::from(0.44).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap(),
                        ) * T::from(0.2).unwrap())
                        .tanh()
                            * T::from(2.0).unwrap())
                    .atan()
                        * T::from(1.26).unwrap();
                    s5 = T::tanh(
                        ((((w[k6].exp_m1() / ((-s3).abs() + T::from(0.5).unwrap())).atan()
                            * T::from(2.52).unwrap())
                        .atan()
                            * T::from(1.26).unwrap())
                        .powi(2)
                            + T::from(0.25).unwrap())
                        .powf((T::abs(s3) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                            * T::from(0.09).unwrap(),
                    ) * T::from(3.0).unwrap();
                }
                s3 = ((s3 * T::from(0.84).unwrap()
                    + T::sin(
                        (T::from(1.0).unwrap() + s3.sin() + T::from(0.13).unwrap())
                            * T::from(0.7).unwrap(),
                    ) * T::from(2.0).unwrap())
                    * T::from(0.41).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
        }
    }
    let a9 = ((T::from(n + 2).unwrap() * T::from(0.25).unwrap()).tanh() * T::from(2.5).unwrap())
        .exp_m1()
        .ceil();
    let mut h10 = [T::from(0.68).unwrap(); 4];
    let mut s11 = a9.atan() * T::from(1.26).unwrap();
    ((y % (T::from(1.0).unwrap() + T::from(-1.88).unwrap().sin() + T::from(0.62).unwrap()) + x)
        * y
        * T::from(0.19).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_142<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = w[(n + 3) % 4];
    s1 = (s1
        * (w[n % 4] % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.61).unwrap())
            + (s1 - w[3]))
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let k2 = n;
    for (i4, _) in w.iter().enumerate() {
        if w[(n + k2) % 4] * T::from(SCALE).unwrap()
            >= (T::atan(T::from(-1.98).unwrap()) * T::from(0.56).unwrap()).asin()
        {
            break;
        }
        let mut s5 = (T::sinh((x + T::from(i4).unwrap()).atan() * T::from(1.89).unwrap())
            * T::from(0.23).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let mut k6: usize = 0;
        loop {
            if k6 >= 2 {
                break;
            }
            k6 += 1;
            s5 = ((s5
                + (T::from(1.0).unwrap()
                    + (T::tanh(
                        gen_82(
                            x.atan() * T::from(1.26).unwrap(),
                            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                            w,
                            0,
                        )
                        .floor()
                            * T::from(0.25).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.07).unwrap())
                .atan()
                    * T::from(1.26).unwrap())
                * T::from(0.44).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            if T::cosh(
                w[n % 4]
                    % (T::from(1.0).unwrap()
                        + T::sin(T::from(-1.0).unwrap())
                        + T::from(0.81).unwrap()),
            ) < T::from(0.07).unwrap() + s1
            {
                s1 = ((s1 - T::from(-0.95).unwrap().min(T::from(0).unwrap()))
                    * T::from(0.38).unwrap())
                .tanh()
                    * T::from(3.0).unwrap();
            }
            if s5
                > T::max(
                    T::one()
                        / T::hypot(
                            (T::from((i4 + k2) as f64).unwrap() * T::from(0.21).unwrap()).sin()
                                * T::from(3.0).unwrap(),
                            T::from(0.44).unwrap(),
                        ),
                    T::zero(),
                )
            {
                break;
            }
        }
        let a7 = if T::from(k6).unwrap() > T::from(-1.27).unwrap() {
            w[i4]
        } else {
            T::cos(y)
        };
    }
    T::sin(T::hypot(
        w[k2 % 4].powi(2) + T::from(0.51).unwrap(),
        T::from(-1.0).unwrap(),
    )) + s1
}

#[differentiable]
pub fn gen_143<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (T::atan(w[n % 4]) * T::from(0.56).unwrap())
        .atanh()
        .hypot(y.powi(2) + T::from(0.33).unwrap())
        * T::from(SCALE).unwrap();
    let a2 = if y >= w[n * 3 % 4] + w[n * 3 % 4] {
        T::sinh(T::one()) * y
    } else {
        -T::from(0.63).unwrap().powi(n as i32)
    };
    s1 = (s1
        * ((w[1] % (T::from(1.0).unwrap() + w[0].tanh() + T::from(0.48).unwrap())
            + w[(n + 3) % 4])
            * a2)
        * T::from(0.04).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    s1 =
        (s1 * T::signum(gen_134(
            w[n % 4].atan() * T::from(1.26).unwrap(),
            w[n % 4].atan() * T::from(1.26).unwrap(),
            w,
            4,
        )) * T::from(0.37).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    s1 = ((s1
        * (((T::from(0.77).unwrap() - w[0]) * T::from(0.54).unwrap()).tanh()
            * T::from(0.9).unwrap())
        .asin()
        + T::from(1.74).unwrap())
        * T::from(0.27).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    s1 = T::tanh(
        (((T::from(n).unwrap() - T::from(1.29).unwrap()).exp2() * T::from(0.23).unwrap()).sin()
            * T::from(2.5).unwrap())
        .exp_m1()
            * T::from(0.13).unwrap(),
    ) * T::from(4.0).unwrap();
    if T::from(0.28).unwrap().log10() >= T::from(-0.2).unwrap() {
        let a3 = {
            let mut s1 = s1.tanh();
            s1.sinh() * (w[n % 4] * T::from(SCALE).unwrap())
        };
    }
    w[n % 4]
}

#[differentiable]
pub fn gen_144<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4];
    let a2: T = ((w[n % 4].sinh() * T::from(0.41).unwrap()).sin() * T::from(3.0).unwrap())
        .hypot(T::from(0.62).unwrap())
        .log2();
    let a3 = -(T::from(n).unwrap() * a2);
    let y = gen_5(
        w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
        T::from(-1.25).unwrap() - T::from(core::f64::consts::LN_2).unwrap(),
        w,
        n,
    );
    let a4 = gen_99(
        ((a2 + w[n % 4]
            + ((s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                .hypot(T::from(0.81).unwrap())
                .recip())
            * T::from(0.31).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        w[n % 4].atan2(
            ((a3 * T::from(0.23).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.61).unwrap(),
        ) * (T::from(-0.47).unwrap() * w[n % 4]),
        w,
        n * 2 % 5,
    );
    s1 = ((s1 - (x * (y * w[(n + 3) % 4])).atan() * T::from(1.26).unwrap())
        * T::from(0.25).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    (x * T::floor(w[n % 4]) + y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_145<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1: T = T::one().ln_1p()
            / (((gen_128(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.25).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.48).unwrap());
    }
    if T::acos(((y + T::from(1.74).unwrap()) * T::from(0.4).unwrap()).sin() * T::from(0.9).unwrap())
        < T::from(0.48).unwrap()
    {
        let a2 = T::acos(T::tanh(w[n % 4].cos() * T::from(1.5).unwrap()) * T::from(0.9).unwrap());
    }
    let mut h3 = [T::one(); 4];
    for i4 in 0..4 {
        h3[i4] = (gen_59(
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            w,
            i4,
        ) / -(T::from(1.0).unwrap() + x.tanh() + T::from(0.19).unwrap()))
        .atan()
            * T::from(0.63).unwrap();
    }
    if n % 2 != 2 {
        {
            let a5 = x.max(y) + (y + y);
        }
        h3[n % 4] = T::tan(
            T::powf(
                T::from(1.0).unwrap()
                    + (T::atan(x) * T::from(1.26).unwrap()).tanh()
                    + T::from(0.11).unwrap(),
                T::one(),
            )
            .atan()
                * T::from(0.75).unwrap(),
        );
    } else {
        let a6 = (y - h3[n % 4]).cos();
    }
    w[n % 4].sin().min(x) * x
}

#[differentiable]
pub fn gen_146<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a11 = if T::one() / (x.powi(2) + T::from(0.43).unwrap()) - w[n % 4] < T::from(1.08).unwrap()
    {
        ((w[n % 4] * y).atan() * T::from(2.2).unwrap()).exp2()
    } else {
        if !(w[n % 4] > w[n % 4] * x
            && T::trunc(T::max(T::from(core::f64::consts::LN_2).unwrap(), w[n % 4]))
                > T::from(-1.23).unwrap())
        {
            let a1 = if y * T::from(-1.43).unwrap() - y.fract() > T::from(-0.74).unwrap() {
                (y * T::from(-1.23).unwrap()).atan()
            } else {
                (T::from(1.0).unwrap()
                    + ((y * (x - w[n % 4]) * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap())
                        .sin()
                    + T::from(0.61).unwrap())
                .log2()
            };
            let mut s2 = -w[n * 2 % 4];
            for v3 in w.iter() {
                if y.cos() + (y + y) > s2.atan() {
                    let a4 = T::log2(T::cosh(a1.atan()));
                    s2 = T::from(OFFSET).unwrap();
                    s2 = (s2
                        - gen_106(
                            T::tanh(*v3 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                            (T::atan(*v3) * T::from(0.56).unwrap()).asin(),
                            w,
                            4,
                        ))
                    .atan()
                        * T::from(2.52).unwrap();
                } else {
                    if n % 2 % 2 == 0 {
                        break;
                    }
                    let a5 = ((T::from(-1.54).unwrap() * T::from(0.97).unwrap()).tanh()
                        * T::from(1.2).unwrap())
                    .tan()
                        / -(T::one() - a1).cosh();
                }
                for i6 in (1..n).step_by(2) {
                    let mut s7: T = T::from(1.43).unwrap().min(T::from(0.89).unwrap()) - T::one();
                    s7 = (s7 * x + x).atan() * T::from(3.78).unwrap();
                    let a8 = (w[i6].abs() + T::from(0.29).unwrap()).sqrt();
                    let a9 = a8.exp_m1();
                }
            }
        } else {
            let a10: T = y.cos()
                + gen_143(
                    T::from(-1.0).unwrap(),
                    T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    1,
                );
        }
        -T::from(-1.32).unwrap()
    };
    T::asin(
        (gen_0(
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            x.atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) * T::from(0.57).unwrap())
        .tanh()
            * T::from(0.9).unwrap(),
    )
}

#[differentiable]
pub fn gen_147<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = ((T::log(
            T::from(1.0).unwrap() + T::from(-1.5).unwrap().tanh() + T::from(0.17).unwrap(),
            T::from(2.56).unwrap(),
        ) + h1[0] / T::from(0.58).unwrap())
            * T::from(0.31).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    for _ in (0..4).step_by(2) {
        if x > (y.abs() + T::from(0.29).unwrap()).recip() {
            break;
        }
        let mut h4 = [T::from(0.05).unwrap(); 4];
    }
    let mut s5 = ((T::ln_1p(y.atan() * T::from(0.5).unwrap())
        - h1[0] / (T::from(1.0).unwrap() + h1[n % 4].tanh() + T::from(0.46).unwrap())
        - gen_62(
            (-x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            x.asinh(),
            w,
            n,
        ))
        * T::from(0.15).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    T::from(1.9).unwrap() * s5
}

#[differentiable]
pub fn gen_148<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = w[3];
    let a3 = if (T::zero() / (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.48).unwrap())).tan()
        > gen_22(
            T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w[1].atan() * T::from(1.26).unwrap(),
            w,
            n,
        )
        && w[1] >= T::log2(T::from(1.0).unwrap() + w[2].tanh() + T::from(0.24).unwrap())
    {
        {
            let a2 = {
                let y = y + T::from(n).unwrap();
                (w[n % 4] / (w[2].powi(2) + T::from(0.66).unwrap())).exp2()
            };
        }
        w[n % 4]
    } else {
        T::from(std::f64::consts::PI).unwrap()
    };
    T::cosh(w[(n + 3) % 4]).ln_1p() * x + x
}

#[differentiable]
pub fn gen_149<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..4).rev() {
        for i2 in 0..n {
            let a3 = y - T::from(0.93).unwrap() + T::ln_1p(T::from(i1).unwrap());
            let a4: T = T::one();
            let a5: T = T::cosh(w[i2 * 3 % 4].floor().atan() * T::from(1.89).unwrap())
                .hypot(a3 + T::from(-0.6).unwrap() * w[(i1 + i2) % 4]);
        }
    }
    let a6 = y;
    let a7 = x.exp_m1().fract();
    let mut s8 = T::tanh(T::max(w[(n + 3) % 4] * y, w[n % 4]) * T::from(0.37).unwrap())
        * T::from(3.0).unwrap();
    ((T::from(1.0).unwrap() + a6.tanh() + T::from(0.43).unwrap())
        .atan2(x)
        .atan()
        * T::from(0.56).unwrap())
    .asin()
        + x
}

#[differentiable]
pub fn gen_150<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = (-(y.abs() + T::from(0.64).unwrap())).cbrt() * T::from(1.29).unwrap().ln();
    let a5 = {
        let a2 = (T::from(0.7).unwrap() * w[(n + 1) % 4])
            .hypot(T::from(0.87).unwrap())
            .log2()
            + w[n % 4];
        let a4 = {
            let mut s3: T =
                T::atan(T::min(a2.cosh(), y / T::from(-0.54).unwrap())) * T::from(1.89).unwrap();
            T::from(-0.29)
                .unwrap()
                .mul_add(T::from(-0.46).unwrap(), w[(n + 3) % 4])
                + gen_144(
                    (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::from(1.21).unwrap(),
                    w,
                    2,
                )
        };
        ((w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
            - (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.45).unwrap()).recip()
    };
    let mut h6 = [T::zero(); 4];
    for i7 in 0..4 {
        h6[i7] = T::from(-0.22).unwrap() * a5 * -w[1];
    }
    w[n % 4] + a1
}

#[differentiable]
pub fn gen_151<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n * 2 % 4];
    let mut s2 = (gen_144(
        T::from(SCALE).unwrap(),
        T::from(0.71).unwrap().atanh(),
        w,
        (n + 2) % 5,
    ) * T::from(0.27).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    if T::max(x, s2) + T::from(n + 3).unwrap().ln_1p() > s2 * y
        || (y * T::from(0.86).unwrap()).exp2() > T::from(-0.04).unwrap()
    {
        return T::zero();
    }
    s2 = ((s2 - x / -a1.sin().cosh()) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    let a3 = (T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos();
    if T::from(0.58).unwrap() > T::from(core::f64::consts::LN_2).unwrap() + w[n % 4] {
        return T::exp((T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh())
            .sqrt();
    }
    let mut s4 = (gen_17(
        a3.mul_add(a1, T::from(core::f64::consts::LN_2).unwrap())
            .atan()
            * T::from(1.26).unwrap(),
        ((y - a3) * T::from(0.33).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) * T::from(0.25).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    if n % 2 > 1 {
        let mut k5: usize = n;
        s2 = (s2 * s2 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
        let a6 = {
            s4 = (s4 * -s2).atan() * T::from(2.52).unwrap();
            gen_93(
                (w[0].powi(2) + T::from(0.3).unwrap())
                    .hypot(w[(k5 + 1) % 4])
                    .atan()
                    * T::from(1.26).unwrap(),
                (w[(n + 1) % 4].exp2() * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                0,
            )
        };
    }
    s4 = (s4 - T::log10(T::from(0.65).unwrap()) * s2.cosh().log2()).atan() * T::from(2.52).unwrap();
    s4 = ((s4
        + ((w[n % 4] + w[n % 4]).tanh()
            - (T::from(1.0).unwrap()
                + (x % (T::from(1.0).unwrap() + y.tanh() + T::from(0.97).unwrap())).tanh()
                + T::from(1.33).unwrap())
            .acosh()))
        * T::from(0.22).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    if -y > T::from(-0.6).unwrap() {
        return -T::from(-0.18).unwrap().tan();
    }
    (-s4 / T::exp2(a3) + s4).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_152<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = x.tanh();
    }
    h1[n % 4] = T::tanh(
        -(y / (T::from(1.0).unwrap() + h1[(n + 1) % 4].tanh() + T::from(0.48).unwrap()))
            * T::from(0.39).unwrap(),
    ) * T::from(2.0).unwrap();
    let a3 = x - (T::from(SCALE).unwrap() + T::from(1.52).unwrap());
    h1[n % 4] = (h1[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    let a4 = h1[2] - w[n % 4];
    h1[n % 4] = w[n % 4].mul_add(w[1], a4).sin();
    let a7 = if h1[n % 4]
        / -((T::from(n).unwrap().atan() * T::from(1.89).unwrap()).abs() + T::from(0.54).unwrap())
        > T::from(0.66).unwrap()
        && gen_148(
            ((a3 - a3) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            (x - T::from(n as f64).unwrap()).atan() * T::from(1.26).unwrap(),
            &h1,
            4,
        ) <= T::from(-0.55).unwrap()
    {
        let mut s5 = a3
            - (w[0].atan() * T::from(0.5).unwrap()).ln_1p()
            - T::tanh(
                gen_52(
                    T::from(-1.74).unwrap(),
                    T::from(1.19).unwrap(),
                    &h1,
                    (n + 2) % 5,
                ) / -T::hypot(
                    (T::from(1.0).unwrap() + x.sin() + T::from(0.3).unwrap()).log(
                        T::hypot(
                            T::tanh(T::from(n * 2).unwrap() * T::from(0.19).unwrap())
                                * T::from(3.0).unwrap(),
                            T::from(0.74).unwrap(),
                        ) + T::from(0.78).unwrap(),
                    ),
                    T::from(0.33).unwrap(),
                ) * T::from(0.09).unwrap(),
            );
        if n < 1 {
            let k6 = n * 2 % 8;
            h1[n * 2 % 4] = (h1[n * 2 % 4] * T::sin(y.atan().exp_m1() * T::from(0.74).unwrap()))
                .atan()
                * T::from(1.26).unwrap();
        }
        T::from(0.41).unwrap() - T::from(n as f64).unwrap() * T::from(0.76).unwrap() + h1[3]
    } else if T::floor(T::from(0.89).unwrap().atan2(T::from(-0.21).unwrap()))
        < T::from(-1.2).unwrap()
    {
        gen_140(
            T::from(-1.2).unwrap().sinh(),
            (w[n % 4]
                / ((T::from((n * 2) as f64).unwrap() * T::from(0.19).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .hypot(T::from(0.88).unwrap())
                * T::from(0.66).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            &h1,
            n,
        )
    } else {
        T::tanh(w[n * 2 % 4] * a4)
    };
    ((a3 + T::from(0.5).unwrap()).atan() * T::from(1.89).unwrap())
        .cosh()
        .recip()
        + a4
}

#[differentiable]
pub fn gen_153<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if y < y + w[n % 4] {
        y
    } else {
        y * ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
    };
    let mut k2: usize = n;
    let a3 = a1;
    let a4 = if n % 3 > 2
        && (gen_148(
            T::tanh(a3 * T::from(0.3).unwrap()) * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) / (T::from(1.0).unwrap() + y.tanh().tanh()))
        .atan()
            * T::from(2.52).unwrap()
            >= T::from(1.48).unwrap()
    {
        T::from(0.63).unwrap().hypot(T::from(1.61).unwrap() * a1)
    } else if T::from(0.73).unwrap() < T::from(0.29).unwrap() {
        let a1 = T::tanh(a1);
        k2 *= 2;
        k2 %= 6;
        (T::atan(x / T::from(0.5).unwrap()) * T::from(2.2).unwrap()).exp2()
    } else {
        y.cosh()
            .log(T::from(1.0).unwrap() + T::from(-1.81).unwrap().tanh() + T::from(1.64).unwrap())
            .sinh()
    };
    let a5 = if !(T::from(std::f64::consts::PI).unwrap() >= a3
        && T::tan(
            (y / T::cosh((a1 * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap())).atan()
                * T::from(0.75).unwrap(),
        ) > T::from(0.94).unwrap())
    {
        return (-(T::from(1.0).unwrap()
            + ((-a1 * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
            + T::from(0.54).unwrap()))
        .recip();
    } else {
        let mut a3 = ((a3 + T::zero()) * T::from(0.3).unwrap()).sin() * T::from(2.0).unwrap();
        w[(k2 + n) % 4] + a1 - w[0]
    };
    if k2 % 2 == 0 {
        return T::tanh(-w[(n + k2) % 4] * (y + a5) * T::from(0.07).unwrap())
            * T::from(3.0).unwrap();
    }
    for v6 in w.iter() {
        let mut s7 = T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap();
        let a8 = (((a4 * T::from(0.18).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
            + T::from(0.6).unwrap())
        .atan2(T::zero().powi(n as i32));
        if gen_84(
            (a8 / -((a8 * T::from(0.48).unwrap()).sin() * T::from(3.0).unwrap())
                .hypot(T::from(0.27).unwrap())
                * T::from(0.13).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            T::from(0.56).unwrap() * *v6,
            w,
            (n + 3) % 5,
        ) > y.max(*v6)
        {
            break;
        }
        let a9 = (((a3 + w[3]) * T::from(0.21).unwrap()).sin() * T::from(1.2).unwrap()).tan();
    }
    let a10 = (gen_140(
        (a4 * T::from(0.18).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(w[k2 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    ) * (w[k2 % 4] * w[(n + 3) % 4])
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    (T::from(-0.75).unwrap()
        * ((w[n % 4] * a5 * T::from(0.08).unwrap()).sin() * T::from(3.0).unwrap())
        + x
        + a3)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_154<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if w[n % 4].fract()
        * gen_59(
            x.atan() * T::from(1.26).unwrap(),
            (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )
        > T::from(-1.46).unwrap()
    {
        for i1 in 1..=3 {
            let mut h2 = [T::zero(); 4];
            if T::from(n as f64).unwrap()
                >= gen_128(
                    T::from(OFFSET).unwrap(),
                    (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    &h2,
                    1,
                )
            {
                if n % 2 == 0 {
                    continue;
                }
                if ((T::cos(x) * T::from(1.5).unwrap()).sin() * T::from(0.9).unwrap()).acos()
                    <= (T::from(1.0).unwrap()
                        + ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin()
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.56).unwrap())
                    .ln()
                {
                    let mut s3 =
                        (T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh();
                    let mut k4: usize = 0;
                    while s3 < T::from(1.78).unwrap() && k4 < 6 {
                        k4 += 1;
                        let k5 = n;
                        s3 = ((s3 * T::from(0.9).unwrap()
                            + (((T::from((n * 3 % 9) as f64).unwrap().cos() * (x + y)).atan()
                                * T::from(1.89).unwrap())
                            .hypot(T::from(0.55).unwrap())
                                * T::from(0.58).unwrap())
                            .tanh()
                                * T::from(2.0).unwrap())
                            * T::from(0.28).unwrap())
                        .sin()
                            * T::from(4.0).unwrap();
                    }
                    let mut i1 = T::from(i1).unwrap()
                        * T::log2((-x.cosh()).recip().hypot(T::from(0.76).unwrap()));
                }
                {
                    let mut s6 = w[i1].tanh();
                    s6 =
                        (s6 * gen_108(
                            T::atan(x),
                            (s6 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                            w,
                            i1,
                        ) * T::from(0.07).unwrap())
                        .tanh()
                            * T::from(4.0).unwrap();
                }
            } else {
                let a7 = if (y / T::from(SCALE).unwrap()).min(y) > T::from(-0.97).unwrap()
                    && y / -(T::abs(y) + T::from(0.41).unwrap())
                        / (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.23).unwrap())
                            .log2()
                            .cosh()
                        < T::from(1.11).unwrap()
                {
                    h2[n % 4]
                } else {
                    y.hypot(T::from(0.24).unwrap()).cbrt()
                };
                let mut s8 = T::from(-0.57).unwrap();
                s8 = s8
                    * T::log(
                        T::from(1.0).unwrap()
                            + T::sin(y.max(T::from(-0.23).unwrap()))
                            + T::from(0.68).unwrap(),
                        T::from(3.81).unwrap(),
                    );
            }
            let a9 = (w[3 - i1] / T::from(-0.25).unwrap()).signum();
        }
    } else if n % 3 < 3 || (x / y.hypot(T::from(1.0).unwrap())).exp_m1() <= T::from(0.99).unwrap() {
        let a10 = T::tanh(
            T::exp(T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(2.5).unwrap())
                * T::from(0.12).unwrap(),
        ) * T::from(6.0).unwrap()
            * x;
    } else {
        let a11 = if T::atanh(T::atan(y) * T::from(0.56).unwrap()) - y * w[2]
            >= w[n % 4].max(T::one())
        {
            (T::from(1.0).unwrap()
                + T::tanh(
                    (T::from(1.0).unwrap() + w[n * 3 % 4].sin() + T::from(0.26).unwrap()).log2(),
                )
                + T::from(0.43).unwrap())
            .sqrt()
        } else {
            y
        };
    }
    ((x + y + x) * T::from(0.25).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_155<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        if T::from(n + 1).unwrap().atan() - y.cos() < T::from(-0.94).unwrap() {
            let a2 = {
                let a1 = T::from(-1.54).unwrap() + y + w[(n + 2) % 4];
                ((T::tanh(x.exp_m1() * T::from(0.23).unwrap()) * T::from(3.0).unwrap())
                    .cosh()
                    .ln()
                    * (y * x * x))
                    .atan()
                    * T::from(1.89).unwrap()
            };
        } else if T::from(1.88).unwrap() <= y / T::from(1.18).unwrap() {
            if y / T::cosh(T::from(-0.07).unwrap() * y) <= T::from(0.29).unwrap() {
                if -y
                    / (T::from(n * 2).unwrap() * T::from(-0.02).unwrap())
                        .hypot(T::from(0.66).unwrap())
                    > T::from(1.09).unwrap()
                {
                    let mut h3 = [T::from(0.67).unwrap(); 4];
                    let mut h4 = [T::one(); 4];
                    let a5 = if n % 2 != 3 && n % 3 % 2 == 0 { x } else { y };
                }
            } else {
                {
                    if T::from(1.17).unwrap() >= T::from(0.48).unwrap() {
                        let a6 = T::from(1.05).unwrap() / x.atan().exp();
                        let a8 = {
                            let a7 = y / -((gen_83(
                                w[n % 4].atan() * T::from(1.26).unwrap(),
                                T::from(SCALE).unwrap(),
                                w,
                                3,
                            ) * T::from(0.25).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap())
                            .cosh();
                            T::from(-0.92).unwrap()
                        };
                    } else {
                        let a9: T = x.max(x).sinh();
                    }
                }
            }
        }
    }
    (x * x * x * T::from(0.19).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_156<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = 0;
    if k1 % 2 == 0 {
        return gen_148(
            (T::from(1.0).unwrap()
                + T::tanh(
                    (y / (y.powi(2) + T::from(0.35).unwrap()) * T::from(0.26).unwrap()).sin()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.2).unwrap())
            .log(T::from(4.24).unwrap()),
            y.atan() * T::from(1.26).unwrap(),
            w,
            n,
        );
    }
    if (x.atan() * T::from(0.56).unwrap()).atanh() - T::from(0.6).unwrap().cbrt()
        >= T::from(-0.25).unwrap().cos()
    {
        let a2 =
            if (T::tanh((T::from((n * 2) as f64).unwrap() + w[n % 4]) * T::from(0.15).unwrap())
                * T::from(0.9).unwrap())
            .acos()
                <= T::from(1.3).unwrap()
            {
                T::from(0.8).unwrap()
            } else {
                y
            };
    }
    for i3 in 0..n {
        {
            let mut s4: T = T::from(-1.41).unwrap();
            s4 = T::atan(
                s4 * gen_54(
                    (gen_20(
                        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w[n % 4].atan() * T::from(1.26).unwrap(),
                        w,
                        1,
                    ) * T::from(0.48).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
                    (w[i3 + k1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    k1 + i3,
                ),
            ) * T::from(2.52).unwrap();
        }
    }
    ((x + y + x) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_157<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (w[n * 2 % 4] / (y.abs() + T::from(0.63).unwrap())
        % (T::from(1.0).unwrap()
            + T::tanh((w[n % 4] + w[3]).atan() * T::from(1.89).unwrap())
            + T::from(0.6).unwrap())
        * T::from(0.58).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    while s1 < T::from(0.62).unwrap().exp() && k2 < 5 {
        k2 += 1;
        s1 = ((s1 * (w[n % 4] - w[(n + 3) % 4]).cos() + (y + y)) * T::from(0.25).unwrap()).tanh()
            * T::from(2.0).unwrap();
        {
            if x.cos() + y / -(T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.3).unwrap())
                < T::from(-0.02).unwrap()
            {
                continue;
            }
            let mut k3: usize = 4;
        }
        s1 = ((s1 * T::from(0.75).unwrap()
            + ((x.atan() * T::from(0.56).unwrap()).acos() * T::from(0.67).unwrap()).sin()
                * T::from(2.0).unwrap())
            * T::from(0.43).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    s1 =
        ((s1 * T::sqrt(T::cosh(
            ((y + T::from(n).unwrap() / T::one()) * T::from(0.25).unwrap()).sin()
                * T::from(3.0).unwrap(),
        )) + w[(k2 + 1) % 4])
            * T::from(0.18).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    let a4 = gen_146(
        T::atan(w[(n + 1) % 4]) * T::from(1.26).unwrap(),
        (w[(n + k2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        2,
    ) + T::asinh(s1);
    ((T::acosh(
        ((x * w[2] * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            .hypot(T::from(0.42).unwrap())
            + T::from(0.83).unwrap(),
    ) + y
        + a4)
        * T::from(0.24).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_158<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..4).rev() {
        {
            let a2 = w[(i1 + 2) % 4] - x + y * w[n * 3 % 4];
            let mut s3 = T::atan(w[i1]) * T::from(1.26).unwrap();
        }
        if (T::from(-0.8).unwrap() - T::from(1).unwrap())
            / (T::from(1.0).unwrap()
                + ((gen_55(
                    x.atan() * T::from(1.26).unwrap(),
                    (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    (n + i1) % 5,
                ) * T::from(0.37).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .sin()
                + T::from(0.56).unwrap())
            >= w[n % 4]
        {
            let a4 = x;
            if w[n * 2 % 4] <= T::from(1.2).unwrap() {
                return y - (T::from(-1.04).unwrap() + a4);
            }
        } else {
            let a5: T = T::atan2(
                y,
                (T::from(1.0).unwrap()
                    + (((x + x) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                    + T::from(0.6).unwrap())
                .cbrt(),
            );
        }
    }
    (T::atan(w[n * 2 % 4] + T::from(core::f64::consts::LN_2).unwrap()) * T::from(1.57).unwrap())
        .powi(0)
        * x
        * x
}

#[differentiable]
pub fn gen_159<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::sin(
        ((y + y)
            * ((T::from(std::f64::consts::PI).unwrap()
                * T::from(n).unwrap()
                * T::from(0.12).unwrap())
            .sin()
                * T::from(4.0).unwrap())
            * T::from(0.09).unwrap())
        .sin()
            * T::from(3.0).unwrap()
            * T::from(0.5).unwrap(),
    ) * T::from(3.0).unwrap();
    s1 = (s1 - w[2] * w[n % 4]).atan() * T::from(1.89).unwrap();
    let x = x * T::from(-1.18).unwrap();
    s1 = ((s1 + T::from(0.45).unwrap()) * T::from(0.43).unwrap()).sin() * T::from(3.0).unwrap();
    if -s1.tanh() <= T::from(1.42).unwrap() {
        for _ in w.iter() {
            for i3 in (0..4).step_by(2) {
                if T::from(0.33).unwrap().powi(2) * y.atan() >= T::min(w[3 - i3], w[(n + i3) % 4])
                    && ((w[1]
                        % (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.98).unwrap()))
                    .atan()
                        * T::from(0.56).unwrap())
                    .acos()
                        <= T::from(0.76).unwrap()
                {
                    continue;
                }
                s1 = ((s1 + y) * T::from(0.3).unwrap()).tanh() * T::from(3.0).unwrap();
                let mut x = (x * (w[n % 4] * w[i3]) * T::from(0.16).unwrap()).tanh()
                    * T::from(2.0).unwrap();
            }
        }
    }
    (T::sin(T::from(1.97).unwrap() * w[n % 4] * T::from(0.38).unwrap()) * T::from(1.2).unwrap())
        .tan()
}

#[differentiable]
pub fn gen_160<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4];
    let y = y.tanh();
    let a2 = T::tanh(
        s1 * gen_93(
            T::from(-0.48).unwrap().tanh(),
            -T::from(SCALE).unwrap(),
            w,
            4,
        ) * T::from(0.06).unwrap(),
    ) * T::from(2.0).unwrap();
    let a2 = w[n * 2 % 4];
    if T::acosh(w[n * 3 % 4].powi(2) + T::from(1.58).unwrap())
        / (T::from(1.0).unwrap() + T::tanh(a2) + T::from(0.56).unwrap())
        >= T::from(1.21).unwrap()
    {
        return y / y.exp();
    }
    s1 = ((s1 + T::zero().round().min(w[(n + 2) % 4])) * T::from(0.19).unwrap()).sin()
        * T::from(6.0).unwrap();
    ((T::from(n + 2).unwrap().atan() * T::from(1.89).unwrap()).sinh() * T::from(0.21).unwrap())
        .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_161<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let a2 = if n < 3 {
        y * s1 + s1
    } else {
        s1 = T::sin(
            (s1 * w[n % 4]
                + (T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.34).unwrap())
                    .log(T::from(4.4).unwrap()))
                * T::from(0.32).unwrap(),
        ) * T::from(2.0).unwrap();
        let y = y.tanh();
        s1 / (w[n % 4].powi(2) + T::from(0.4).unwrap()) + (s1 - y)
    };
    if T::abs(y) + (w[n % 4] - T::from(OFFSET).unwrap()) <= w[n % 4] / T::from(OFFSET).unwrap() {
        let a3 = T::tanh((y - y) * s1.exp() * T::from(0.05).unwrap()) * T::from(6.0).unwrap();
        for &v4 in w.iter() {
            if n < 3 {
                break;
            }
            let mut h5 = [T::one(); 4];
            for i6 in 0..4 {
                h5[i6] = (T::from(-1.64).unwrap().hypot(h5[0].abs().cosh())
                    * T::from(0.37).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
            let a12 = {
                if a3 * T::abs(h5[(n + 2) % 4]) < h5[n % 4] {
                    for (i8, _) in h5.iter().enumerate() {
                        if (h5[n % 4] * y).signum() >= s1 {
                            continue;
                        }
                        s1 = x.atan() * T::from(1.26).unwrap();
                        let mut s9 = T::asin(
                            T::sin(h5[(i8 + n) % 4] * w[i8] * T::from(0.37).unwrap())
                                * T::from(0.9).unwrap(),
                        );
                        let mut k10: usize = n;
                    }
                } else if n % 2 == 0 {
                    let a11 = if gen_159(
                        T::sin((T::from(SCALE).unwrap() + w[n % 4]) * T::from(0.55).unwrap())
                            * T::from(2.0).unwrap(),
                        s1.cos(),
                        &h5,
                        1,
                    ) >= h5[n % 4].max(s1)
                    {
                        gen_147(
                            ((a3.atan() * T::from(1.26).unwrap()).powi(n as i32)
                                * T::from(0.16).unwrap())
                            .sin()
                                * T::from(2.0).unwrap(),
                            ((v4 + T::from(-1.49).unwrap()) * T::from(0.43).unwrap()).tanh()
                                * T::from(2.0).unwrap(),
                            w,
                            n,
                        )
                    } else {
                        (T::from(SCALE).unwrap() - v4)
                            / -((((T::from(1.06).unwrap() - s1) * T::from(0.49).unwrap()).tanh()
                                * T::from(3.0).unwrap())
                            .abs()
                                + T::from(0.56).unwrap())
                    };
                } else {
                    s1 = (s1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
                }
                v4 * T::tanh(a3)
            };
        }
    } else {
        let a13 = y;
    }
    (T::powf(
        (((T::from(0.78).unwrap() + s1) * T::from(0.54).unwrap()).tanh() * T::from(2.0).unwrap())
            .exp(),
        y.fract(),
    ) * a2)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_162<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = gen_45(
        (w[2].abs() * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (w[n % 4]
            % (T::from(1.0).unwrap()
                + (T::atan(T::from(n + 2).unwrap()) * T::from(1.89).unwrap()).sin()
                + T::from(0.84).unwrap())
            * T::from(0.75).unwrap())
        .sin()
            * T::from(2.0).unwrap(),
        w,
        n,
    ) + T::hypot(x.hypot(T::from(0.38).unwrap()), w[n * 3 % 4]) * T::from(1).unwrap();
    let mut y = (T::sin(a1 * T::from(0.28).unwrap()) * T::from(0.9).unwrap()).acos();
    let mut x = ((x
        + (T::atan2(
            T::from(1.0).unwrap() + x.tanh() + T::from(0.43).unwrap(),
            w[2],
        ) + y))
        * T::from(0.16).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let a2 = {
        x = T::min(
            T::zero().round() + w[(n + 2) % 4] % T::from(1.62).unwrap(),
            w[n % 4],
        );
        (T::from(1.0).unwrap() + T::sin(T::from(-1.12).unwrap()) + T::from(1.42).unwrap()).acosh()
            - x
            + w[1]
    };
    (((T::atan(gen_82(
        (w[(n + 1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
        w,
        n,
    )) * T::from(1.26).unwrap())
    .abs()
        + T::from(0.61).unwrap())
    .powf(gen_131(
        a1.atan() * T::from(1.26).unwrap(),
        w[n % 4].atan() * T::from(1.26).unwrap(),
        w,
        n,
    )) * x)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_163<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = y;
    let x = x.tanh();
    if !((x.powi(2) + T::from(0.5).unwrap()).log2()
        + gen_150(
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            x,
            w,
            2,
        )
        > w[n % 4]
        && (y + T::from(1.54).unwrap()).fract()
            >= (T::sin(w[(n + 1) % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh())
    {
        return T::zero().cosh().log2().signum();
    }
    let a1 = T::from(-1.11).unwrap();
    let mut s2: T = (w[3] + a1).atan() * T::from(1.89).unwrap();
    a1 + (T::from(n).unwrap().atan() * T::from(0.56).unwrap()).asin()
}

#[differentiable]
pub fn gen_164<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let a1 = T::from(n + 2).unwrap();
        let a1 = a1.tanh();
        gen_88(
            T::from(0.66).unwrap().asinh(),
            (T::min(a1, w[(n + 1) % 4]) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n * 2 % 5,
        )
    };
    let mut s3 = ((y.cosh() - x) * y * T::from(0.13).unwrap()).sin() * T::from(2.0).unwrap();
    let x = x
        + (a2
            + (T::from(1.0).unwrap() + T::from(-0.68).unwrap().sin() + T::from(0.65).unwrap())
                .ln());
    let mut s4 = (T::atan(
        T::tanh(
            T::from(n * 3 % 9).unwrap() / (w[n % 4].powi(2) + T::from(0.46).unwrap())
                * T::from(0.09).unwrap(),
        ) * T::from(4.0).unwrap(),
    ) * T::from(1.89).unwrap())
    .cosh()
    .sin();
    s3 = ((s3 + (s4 - T::from(-0.84).unwrap() + T::one().tan())) * T::from(0.14).unwrap()).sin()
        * T::from(2.0).unwrap();
    ((((T::from(0.99).unwrap().recip() * T::from(1.48).unwrap()).sin() * T::from(0.9).unwrap())
        .asin()
        + y)
        * y
        * T::from(0.24).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_165<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let a3: T = T::hypot(-w[1], T::from(0.98).unwrap())
        .log(T::from(1.0).unwrap() + T::tanh(y) + T::from(1.81).unwrap());
    if n % 2 % 2 == 0 {
        return T::from(0.9).unwrap().abs() / w[2].hypot(T::from(0.57).unwrap()).hypot(a3);
    }
    if gen_4(
        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap())
            * T::from(2.0).unwrap(),
        w,
        1,
    ) * x
        <= T::from(n).unwrap().atan()
    {
        return -(T::from(1.0).unwrap() + w[n * 2 % 4].tanh() + T::from(1.43).unwrap()).acosh();
    }
    {
        let mut s4 = h1[n % 4].atan() * T::from(1.26).unwrap();
        s4 = T::sin(h1[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
        h1[n % 4] = h1[n % 4]
            * ((a3
                + (x - gen_149(
                    w[n % 4].atan() * T::from(1.26).unwrap(),
                    (h1[2] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    &h1,
                    (n + 3) % 5,
                )))
            .atan()
                * T::from(0.63).unwrap());
    }
    let a7 = if (a3 - h1[2]) / T::round(a3).cosh() <= T::from(n).unwrap().round() {
        let mut h5 = [T::one(); 4];
        for i6 in 0..4 {
            h5[i6] =
                (-(h5[i6 * 2 % 4] * h1[2]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
        }
        ((gen_150(
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            h5[1].atan() * T::from(1.26).unwrap(),
            w,
            n * 3 % 5,
        ) * T::from(0.64).unwrap())
        .tanh()
            * T::from(1.2).unwrap())
        .tan()
            / -T::hypot(T::zero().atan().trunc(), T::from(0.63).unwrap())
    } else {
        T::recip(
            (((x + a3) * T::from(0.45).unwrap()).sin() * T::from(0.8).unwrap())
                .ln_1p()
                .powi(2)
                + T::from(0.3).unwrap(),
        )
    };
    h1[n * 2 % 4] = h1[n * 2 % 4]
        * ((a3
            - h1[n % 4]
            - w[n * 2 % 4] * h1[n * 3 % 4]
            - T::acos(
                (T::from(-1.56).unwrap() * T::from(0.96).unwrap()).sin() * T::from(0.9).unwrap(),
            )
            .sinh())
        .atan()
            * T::from(0.63).unwrap());
    T::acos(T::tanh((y - a3) * T::from(0.45).unwrap()) * T::from(0.9).unwrap())
}

#[differentiable]
pub fn gen_166<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    {
        for &v2 in w.iter() {
            if n != 2 {
                break;
            }
            for &v3 in w.iter() {
                let a4 = T::hypot(
                    y.cos().cosh(),
                    gen_27(T::one(), T::from(0).unwrap(), &h1, n),
                );
                let a5 = if !(((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
                    + T::from((n + 1) as f64).unwrap()
                        / -(T::from(1.0).unwrap() + x.sin() + T::from(0.69).unwrap())
                    < T::from(0.66).unwrap()
                    && gen_98(
                        (v3 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        (-T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap()).sin()
                            * T::from(2.0).unwrap(),
                        &h1,
                        n,
                    ) < T::from(0.14).unwrap())
                {
                    T::from(3).unwrap().cos() + v2
                } else if x * T::atanh(T::atan(v3) * T::from(0.56).unwrap())
                    <= T::from(-1.25).unwrap()
                {
                    h1[n % 4]
                } else {
                    T::from(core::f64::consts::LN_2).unwrap()
                };
            }
            let mut s6 = T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap();
        }
        let a7: T = ((y
            - (x.max(h1[n * 3 % 4])
                - x / (T::from(1.0).unwrap() + y.sin() + T::from(0.25).unwrap())))
            * T::from(0.12).unwrap())
        .tanh();
        let a9 = {
            let a8 = if T::exp(T::from(-0.48).unwrap().cosh()) <= T::from(n as f64).unwrap() {
                w[n % 4]
            } else {
                T::atanh(w[(n + 1) % 4].atan() * T::from(0.56).unwrap())
            };
            T::from(-0.84).unwrap().mul_add(a7, a7)
                % ((((a8 - y) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
                    + T::from(0.88).unwrap())
        };
    }
    {
        let mut s10: T = T::sin(w[(n + 2) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    }
    let mut s11 = (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    ((T::abs(h1[n % 4] - w[(n + 2) % 4]) + y) * y * T::from(0.12).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_167<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::hypot(x, T::from(0.93).unwrap()).log10();
    let mut k2: usize = 0;
    while s1 < w[n % 4] && k2 < 2 {
        k2 += 1;
        s1 = (s1 * s1 * T::from(0.09).unwrap()).sin() * T::from(4.0).unwrap();
        if n % 3 % 2 == 0 {
            continue;
        }
        s1 = T::atan(
            s1 * T::from(0.57).unwrap()
                + ((((y * s1)
                    .min(y / (T::from(1.0).unwrap() + x.sin() + T::from(0.41).unwrap()))
                    .atan()
                    * T::from(1.89).unwrap())
                .powi(2)
                    + T::from(0.25).unwrap())
                    * T::from(0.19).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
        ) * T::from(2.52).unwrap();
    }
    let a3 = if !((s1 / (x.powi(2) + T::from(0.32).unwrap())).atan()
        * T::from(3.78).unwrap()
        * (w[(n + k2) % 4].abs() + T::from(0.29).unwrap()).ln()
        >= w[k2 * 3 % 4].round()
        && T::from(1.5).unwrap()
            <= T::log(
                (s1.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.35).unwrap(),
                T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(1.88).unwrap(),
            )) {
        T::from(-1.43).unwrap().cosh()
            / (T::from(1.0).unwrap()
                + T::sin((x.atan() * T::from(0.56).unwrap()).atanh())
                + T::from(0.29).unwrap())
    } else {
        s1 = (s1
            * (T::cos(y)
                + w[(n + 1) % 4] % (T::from(1.0).unwrap() + T::sin(y) + T::from(0.82).unwrap())))
        .atan()
            * T::from(2.52).unwrap();
        ((T::from(1.0).unwrap() + x.tanh() + T::from(0.56).unwrap())
            .hypot(s1 * T::from(k2).unwrap())
            / ((((T::zero() + w[(k2 + n) % 4] - s1) * T::from(0.25).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.43).unwrap())
            * T::from(0.08).unwrap())
        .sin()
    };
    T::tanh(
        gen_164(
            (w[(k2 + 3) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (a3 * T::from(0.2).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n * 2 % 5,
        ) % (T::from(1.0).unwrap()
            + ((y * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap())
                .tan()
                .tanh()
            + T::from(0.93).unwrap())
            * y
            * y
            * T::from(0.13).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_168<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    {
        let a7 = {
            let a2 = T::log2(T::from(1.0).unwrap() + (-T::from(-0.07).unwrap()).tanh());
            for _ in 0..4 {
                let a4 = x;
                let mut k5: usize = 1;
                let mut s6 = (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
            }
            T::from(1.49).unwrap()
        };
    }
    x
}

#[differentiable]
pub fn gen_169<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x.tanh();
    let a1 = if x <= T::from(0.36).unwrap() {
        gen_128(
            ((w[n % 4] + T::from(-1.75).unwrap()) * T::from(0.4).unwrap()).tanh()
                * T::from(2.0).unwrap(),
            T::sin(x),
            w,
            3,
        )
    } else {
        y + T::from(1.01).unwrap().trunc()
    };
    let mut h2 = [T::from(-0.87).unwrap(); 4];
    let y = T::from(-1.5).unwrap();
    let a3: T = x;
    let mut s4 = (T::acosh(
        ((gen_44(a3, T::from(1.12).unwrap(), &h2, n * 3 % 5).hypot(
            T::from(1.0).unwrap()
                + (T::atan(w[n * 2 % 4] + T::from(n * 3 % 9).unwrap()) * T::from(1.89).unwrap())
                    .sin()
                + T::from(0.32).unwrap(),
        ) * T::from(0.32).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .powi(2)
            + T::from(1.12).unwrap(),
    ) * T::from(0.53).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    if n % 2 > 2 {
        return w[(n + 3) % 4];
    }
    let a5 = h2[n % 4].min(T::from(n).unwrap()) * gen_156(y, a3, w, n);
    w[0]
}

#[differentiable]
pub fn gen_170<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let a1 = if y * y
            <= gen_135(
                T::tanh(w[1] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) {
            T::atan(T::abs(y) + y + y.max(x).powi(3)) * T::from(1.26).unwrap()
        } else {
            x - w[n % 4] + (w[n % 4].abs() + T::from(0.57).unwrap()).sqrt()
        };
        T::recip(-(w[3].abs() + T::from(0.66).unwrap())) % x.cosh()
    };
    for i3 in (0..4).step_by(2) {
        let mut h4 = [T::one(); 4];
        if i3 > 2 {
            return a2;
        }
        let a5 = if -a2 - T::abs(x)
            < (T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap()).cosh()
        {
            a2.abs()
        } else {
            gen_153(
                T::sin(
                    a2.hypot(T::from(1.0).unwrap() + T::tanh(x) + T::from(0.53).unwrap())
                        * T::from(0.51).unwrap(),
                ) * T::from(2.0).unwrap(),
                ((w[0] - h4[(i3 + n) % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                &h4,
                i3 * 3 % 5,
            )
        };
    }
    let k6 = n * 2 % 8;
    {
        for i7 in 0..n {
            for (i9, v8) in w.iter().enumerate() {
                let a10 = if i9 < 1 {
                    *v8
                } else {
                    y * *v8 - (x - w[(i7 + i9) % 4])
                };
                let a11 = ((w[i7] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin();
            }
            let a12 = w[3 - i7].exp_m1() - T::from(SCALE).unwrap();
            let mut h13 = [T::zero(); 4];
        }
    }
    (gen_156(
        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        a2,
        w,
        (k6 + 3) % 5,
    )
    .trunc()
        * y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_171<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = w[(n + 2) % 4];
    let a2: T = a1;
    let a3 = (w[3] + y) * T::from(-1.84).unwrap().tanh();
    let mut s4 = T::min(T::from(0.13).unwrap(), x) - T::from(0.71).unwrap() * a2;
    let mut k5: usize = 0;
    loop {
        if k5 >= 3 {
            break;
        }
        k5 += 1;
        s4 = ((s4 * T::from(0.83).unwrap()
            + (T::from(-0.65).unwrap().cos().abs() + T::from(0.13).unwrap()))
            * T::from(0.34).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        s4 = T::tanh(
            (s4 * (T::atan(T::hypot(a2, T::from(0.84).unwrap()).atan2(w[n % 4]))
                * T::from(1.57).unwrap())
            .exp()
                + T::from(0.8).unwrap())
                * T::from(0.05).unwrap(),
        ) * T::from(4.0).unwrap();
        for _ in w.iter() {
            let mut s7 = (a2
                / -((((T::one() + a3) * T::from(0.31).unwrap()).tanh() * T::from(3.0).unwrap())
                    .abs()
                    + T::from(0.32).unwrap()))
            .atan()
                * T::from(1.26).unwrap();
            let a8 = T::from(2).unwrap()
                / (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.59).unwrap())
                + (T::atan(T::from(n + 3).unwrap()) * T::from(1.89).unwrap()).sinh();
            let a9 = T::sin((T::from(n * 3 % 9).unwrap() + s4) * T::from(0.12).unwrap())
                * T::from(3.0).unwrap();
        }
        for _ in w.iter() {
            let a12 = {
                let a11 = (T::sin(
                    (T::sin(a2 * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan()
                        * T::from(0.58).unwrap(),
                ) * T::from(0.9).unwrap())
                .acos();
                w[(n + 1) % 4]
            };
        }
        if s4
            > gen_155(
                (a1 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                ((w[n % 4] + w[1]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                4,
            )
        {
            break;
        }
    }
    {
        s4 = ((s4 * T::abs(a2)
            + T::acosh(
                T::from(1.0).unwrap()
                    + ((T::from(k5 + 1).unwrap() * T::from(0.37).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.48).unwrap(),
            ))
            * T::from(0.16).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        s4 = T::tanh(
            s4 * T::sin(y / (T::from(1.0).unwrap() + a1.tanh() + T::from(0.4).unwrap()))
                * T::from(0.37).unwrap(),
        ) * T::from(4.0).unwrap();
    }
    w[k5 * 3 % 4]
        + T::from(-0.73).unwrap()
            % ((T::tanh(T::from(n as f64).unwrap() * T::from(0.37).unwrap())
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.54).unwrap())
        + a2
}

#[differentiable]
pub fn gen_172<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a6 = if y.tanh() > T::from(0.15).unwrap() {
        {
            let a1 = if n < 2 {
                ((y + T::from((n * 2) as f64).unwrap())
                    / (T::from(1.0).unwrap()
                        + (((x + y) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sin()
                        + T::from(0.51).unwrap())
                    * T::from(0.08).unwrap())
                .sin()
                    * T::from(4.0).unwrap()
            } else if w[n % 4].cosh() - T::from(-1.04).unwrap().atan() > x
                && T::from(0.51).unwrap() >= (x.powi(2) + T::from(0.25).unwrap()).recip()
            {
                w[2]
            } else {
                w[(n + 3) % 4]
            };
        }
        if y >= (((w[n * 3 % 4].atan() * T::from(1.26).unwrap()).abs() + T::from(0.23).unwrap())
            .powf((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
            * T::from(0.1).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
        {
            let mut h2 = [T::zero(); 4];
            for &v3 in w.iter() {
                {
                    {
                        let mut k4: usize = (n + 1) % 5;
                        for i5 in 0..n % 3 + 1 {
                            let mut v3 = (v3
                                * (v3.min(y)
                                    / (T::from(1.0).unwrap()
                                        + ((w[i5] + v3).atan() * T::from(1.89).unwrap()).tanh()
                                        + T::from(0.65).unwrap())))
                            .atan()
                                * T::from(2.52).unwrap();
                            k4 += (n + k4) % 5;
                            k4 %= 5;
                            k4 *= 3;
                            k4 %= 5;
                        }
                        h2[n * 2 % 4] = h2[n * 2 % 4]
                            * ((-(((T::from(0.19).unwrap() - T::from(k4).unwrap())
                                * T::from(0.39).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap())
                            .cosh())
                            .cbrt()
                            .atan()
                                * T::from(0.63).unwrap());
                    }
                }
            }
        }
        y - y + T::from(1.28).unwrap().log2()
    } else {
        w[3]
    };
    ((w[3] + a6 + a6) * T::from(0.14).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_173<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::trunc(T::from(0.29).unwrap().fract());
    let mut k2: usize = 0;
    while s1 < s1.trunc().asinh() && k2 < 5 {
        k2 += 1;
        s1 = T::atan(
            s1 * T::from(0.82).unwrap()
                + ((T::from(1.0).unwrap()
                    + ((x - (s1 - y)).atan() * T::from(1.89).unwrap()).tanh()
                    + T::from(0.05).unwrap())
                    * T::from(0.73).unwrap())
                .sin()
                    * T::from(2.0).unwrap(),
        ) * T::from(1.89).unwrap();
        {
            if n % 2 != 3 {
                return y;
            }
            let mut s3 = ((gen_163(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::zero(),
                w,
                n,
            ) + T::from(std::f64::consts::PI).unwrap().floor())
                * T::from(0.37).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            let mut k4: usize = 0;
            while w[n % 4] * (w[n % 4] + w[3]) >= T::from(-0.61).unwrap() && k4 < 3 {
                k4 += 1;
                let k5 = n;
                s3 = ((s3 * T::from(0.75).unwrap() + T::from(0.95).unwrap())
                    * T::from(0.61).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
        }
        let a8 = {
            let a6 = x + x.hypot(
                T::from(1.0).unwrap()
                    + (s1.atan() * T::from(1.89).unwrap()).sin()
                    + T::from(0.28).unwrap(),
            );
            {
                let a7 = gen_95(
                    (x.exp() * T::from(0.2).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::sin((a6 - x) * T::from(0.21).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    n,
                );
            }
            T::exp2(w[0])
        };
    }
    s1 = ((s1 + T::acosh(T::from(1.02).unwrap().exp()) * (w[n % 4] * y)) * T::from(0.15).unwrap())
        .tanh()
        * T::from(3.0).unwrap();
    (((w[n % 4] - s1) * T::from(0.3).unwrap()).tanh() * T::from(0.9).unwrap()).asin() + x
}

#[differentiable]
pub fn gen_174<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (T::from(0).unwrap() + w[n % 4])
        * gen_37(
            (w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )
        <= T::atan2(
            T::from(n + 3).unwrap(),
            w[n % 4].abs() + T::from(0.69).unwrap(),
        )
    {
        let mut h1 = [T::zero(); 4];
        for i2 in 0..4 {
            h1[i2] = (T::mul_add(
                T::from(-1.2).unwrap() * w[(n + i2) % 4],
                h1[(n + 2) % 4].min(y),
                w[n % 4] * y,
            ) * T::from(0.17).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
    } else {
        if T::zero() > T::from(-1.19).unwrap() {
            let a3 = (y.hypot(T::from(0.64).unwrap()).log10()
                - (T::from((n + 3) as f64).unwrap() + w[n % 4]))
                .atan();
            let a4 = -x / (T::from(1.0).unwrap() + y.tanh() + T::from(0.66).unwrap());
        } else {
            let a5 = T::cbrt(w[(n + 2) % 4].powi(2) + T::from(0.31).unwrap());
        }
        let a6 = T::acosh(
            T::from(1.0).unwrap()
                + T::sin(
                    T::atan(w[n % 4] - y - T::zero().atan2(T::cosh(x))) * T::from(1.89).unwrap(),
                )
                + T::from(1.63).unwrap(),
        );
    }
    let a7 = (T::one() - T::from(-1.1).unwrap().asinh())
        * (T::cos(x) / (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.56).unwrap()));
    let a8 = (w[n % 4] * T::from(1.42).unwrap()).trunc();
    if n % 3 != 1 {
        let a9 = ((a7 + T::from(n).unwrap()) / -(w[n % 4].powi(2) + T::from(0.41).unwrap())
            * T::from(0.08).unwrap())
        .sin()
            * T::from(6.0).unwrap();
    } else if w[(n + 1) % 4]
        <= gen_52(
            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            T::tanh(a7 * T::from(0.43).unwrap()) * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        )
        || T::from(std::f64::consts::PI).unwrap().asinh()
            + a7 / (T::from(1.0).unwrap() + T::tanh(w[(n + 2) % 4]) + T::from(0.4).unwrap())
            <= gen_140(
                T::sin(a7 * T::from(0.43).unwrap()) * T::from(2.0).unwrap(),
                T::from(1.5).unwrap(),
                w,
                (n + 1) % 5,
            )
    {
        let x = x + w[n % 4];
    } else {
        if T::hypot(
            (T::from(1.0).unwrap() + x.tanh() + T::from(0.55).unwrap())
                .log(T::from(1.0).unwrap() + T::tanh(y) + T::from(1.54).unwrap()),
            T::from(1.0).unwrap() + (-a8).tanh() + T::from(0.66).unwrap(),
        ) < T::from(1.35).unwrap()
        {
            return (x - w[(n + 2) % 4] + y.hypot(T::from(0.23).unwrap()).sqrt()).atan();
        }
    }
    T::sqrt(w[2].powi(2) + T::from(0.27).unwrap()) + w[3]
}

#[differentiable]
pub fn gen_175<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y;
    let mut k2: usize = 0;
    while n % 3 > 3 && k2 < 3 {
        k2 += 1;
        if y * w[n % 4]
            * T::powi(
                T::from(1.0).unwrap() + T::sin(T::zero()) + T::from(0.95).unwrap(),
                -2,
            )
            >= x
        {
            let mut s3 = w[n % 4] * (s1 - w[3]).tanh();
        } else if n % 2 == 0 {
            let mut s4 = (s1 * w[n % 4] + w[n * 2 % 4]).atan() * T::from(2.52).unwrap();
            let mut s5 = T::min(T::exp(x), T::zero() * w[1]);
            let mut k6: usize = 0;
            while s5
                < (((x / -(T::from(1.0).unwrap()
                    + (s1.atan() * T::from(1.89).unwrap()).tanh()
                    + T::from(0.61).unwrap()))
                .atan()
                    * T::from(1.26).unwrap())
                .abs()
                    + T::from(0.25).unwrap())
                .powf(
                    ((s4 + T::from(n).unwrap()) * T::from(0.19).unwrap()).tanh()
                        * T::from(2.0).unwrap(),
                )
                && k6 < 2
            {
                k6 += 1;
                let a7 = x;
                s5 = (s5 * T::from(0.62).unwrap()
                    + T::tanh(
                        ((T::exp_m1(x) + s1).atan() * T::from(1.89).unwrap()).cosh()
                            * T::from(0.19).unwrap(),
                    ) * T::from(2.0).unwrap())
                .atan()
                    * T::from(2.52).unwrap();
            }
            let mut s8 = (s5 - T::from(-1.77).unwrap()).atan() * T::from(1.89).unwrap();
        } else {
            if w[n % 4]
                % (T::from(1.0).unwrap() + T::from(-0.99).unwrap().tanh() + T::from(0.48).unwrap())
                + s1
                <= x + s1
                || y < ((T::one() * T::from(1.5).unwrap()).sin() * T::from(0.9).unwrap()).acos()
            {
                break;
            }
        }
        s1 = (s1
            - (((w[(n + 3) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                .powi(n as i32)
                * T::from(0.09).unwrap())
            .sin()
                * T::from(4.0).unwrap()
                * gen_159(
                    (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::atan(y) * T::from(1.26).unwrap(),
                    w,
                    (n + 2) % 5,
                ))
        .atan()
            * T::from(1.89).unwrap();
        s1 = ((s1
            + T::tanh(
                (T::from(1.0).unwrap()
                    + (T::tanh(
                        (w[(n + 1) % 4] + T::one() - (w[n * 3 % 4] + T::from(0.86).unwrap()))
                            * T::from(0.36).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .sin()
                    + T::from(0.19).unwrap())
                    * T::from(0.68).unwrap(),
            ) * T::from(2.0).unwrap())
            * T::from(0.31).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    }
    let mut h9 = [T::one(); 4];
    let mut s10 = ((w[k2] + y)
        / (T::from(1.0).unwrap()
            + T::tanh((y * h9[k2] * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            + T::from(0.56).unwrap())
        * T::from(0.21).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut k11: usize = 0;
    while s10 < T::from(1.36).unwrap() && k11 < 2 {
        k11 += 1;
        s10 = (s10 * T::from(0.88).unwrap()
            + T::sin(
                (T::from(1.0).unwrap()
                    + T::tanh(
                        gen_167(
                            (gen_174(T::zero(), x.atan() * T::from(1.26).unwrap(), w, n * 3 % 5)
                                * T::from(0.37).unwrap())
                            .tanh()
                                * T::from(2.0).unwrap(),
                            (x / T::hypot(w[k2 * 2 % 4], T::from(0.4).unwrap())
                                * T::from(0.3).unwrap())
                            .sin()
                                * T::from(2.0).unwrap(),
                            &h9,
                            n,
                        )
                        .atan()
                            * T::from(1.89).unwrap(),
                    )
                    + T::from(0.45).unwrap())
                    * T::from(0.61).unwrap(),
            ) * T::from(2.0).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        s10 = ((s10 * (s1 - T::from(1.86).unwrap()) + T::from(n + 3).unwrap())
            * T::from(0.09).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let mut h12 = [T::one(); 4];
    }
    let a14 = {
        let a13 = (s10.exp2()
            * (h9[(k2 + n) % 4]
                / (T::from(1.0).unwrap()
                    + (T::sin(s1 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).sin()
                    + T::from(0.37).unwrap()))
            * T::from(0.07).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        s1 / T::hypot(s1.atan(), T::from(0.29).unwrap())
    };
    T::sin(
        T::exp2(
            T::tanh(T::from(k11 as f64).unwrap().min(a14) * T::from(0.14).unwrap())
                * T::from(3.5).unwrap(),
        ) * x
            * y
            * T::from(0.19).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_176<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 > 2 || n != 2 {
        if T::from(-1.26).unwrap() <= y {
            return T::atan(y.min(T::from(n).unwrap()) + (y + x)) * T::from(3.78).unwrap();
        }
        let a1 = x;
        let a2 = x;
    }
    let mut s3: T = -T::from(0.95).unwrap().ln();
    let mut h4 = [T::zero(); 4];
    for i5 in 0..4 {
        h4[i5] = T::atan(gen_172(
            T::atan(x - s3) * T::from(1.26).unwrap(),
            (w[2] * h4[(n + i5) % 4] * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h4,
            n,
        )) * T::from(1.26).unwrap();
    }
    let mut s6 = w[n % 4];
    T::from(1.05).unwrap() + x
}

#[differentiable]
pub fn gen_177<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if w[n % 4] <= T::from(-0.66).unwrap() {
        return T::from(-0.77).unwrap();
    }
    if gen_157(
        (x / (T::from(1.0).unwrap() + w[0].sin() + T::from(0.59).unwrap())
            * T::from(0.44).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) < T::from(1.43).unwrap()
        || T::tanh(
            (T::from(n + 1).unwrap() + x) * (y * T::from(n).unwrap()) * T::from(0.03).unwrap(),
        ) <= T::from(1.44).unwrap()
    {
        let a5 = {
            let a4 = if !(n != 1
                && w[(n + 1) % 4].tanh()
                    / (T::round(T::from(4).unwrap()).atan() * T::from(1.89).unwrap()).cosh()
                    <= T::from(-0.84).unwrap())
            {
                x + y + (w[n % 4] + T::from(-1.66).unwrap())
            } else if T::log10(y.powi(2) + T::from(0.56).unwrap()).atan2(T::one().tan())
                >= T::from(-0.23).unwrap()
            {
                let a3 = if w[3] % (w[n % 4].powi(2) + T::from(0.69).unwrap())
                    / (T::from(1.0).unwrap() + T::asinh(w[n % 4]).sin() + T::from(0.35).unwrap())
                    < T::recip(T::from(1.0).unwrap() + x.sin() + T::from(0.6).unwrap())
                {
                    (T::from(-1.54).unwrap() + T::from(1.36).unwrap()).max(w[n % 4])
                } else {
                    {
                        let mut h1 = [T::zero(); 4];
                        let a2 = if T::sin(
                            gen_144(
                                T::from(SCALE).unwrap(),
                                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                &h1,
                                (n + 2) % 5,
                            ) / (T::from(1.0).unwrap()
                                + gen_163(
                                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                                    T::from(1.94).unwrap(),
                                    &h1,
                                    n,
                                )
                                .tanh()
                                + T::from(0.18).unwrap())
                                * T::from(0.1).unwrap(),
                        ) * T::from(6.0).unwrap()
                            >= y + T::from(n).unwrap()
                        {
                            x / h1[3].cosh()
                        } else {
                            w[n % 4]
                        };
                        h1[n % 4] = -(T::atan2(T::cosh(h1[0]), x)
                            * (T::from(0.9).unwrap() + T::from(-0.64).unwrap()));
                    }
                    T::from(1.48).unwrap()
                };
                T::from(1.47).unwrap()
            } else {
                w[n % 4]
            };
            w[n % 4]
        };
    } else if w[n * 3 % 4] >= T::from(-1.3).unwrap() {
        let a6 = if y.exp_m1().asinh() > T::from(0.57).unwrap() * w[3] {
            return T::from(0.81).unwrap();
        } else {
            T::from(1.8).unwrap().min(y) + y * y
        };
    }
    w[n % 4] * T::from(n).unwrap().sin()
}

#[differentiable]
pub fn gen_178<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = (gen_157(
            T::from(core::f64::consts::LN_2).unwrap(),
            T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
            &h1,
            i2,
        )
        .min(
            (T::from(1.0).unwrap() + y.sin() + T::from(0.51).unwrap()).log(T::from(4.84).unwrap()),
        ) * T::from(0.35).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a3 =
        if (T::from(1.0).unwrap() + (y / -w[(n + 3) % 4].cosh()).tanh() + T::from(0.39).unwrap())
            .ln()
            <= T::from(-0.32).unwrap()
        {
            (T::from(1.0).unwrap()
                + (T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap()).tanh())
            .hypot(x)
        } else {
            w[n % 4] + T::from(-1.59).unwrap()
        };
    let mut s4 = (h1[n % 4]
        / (T::from(1.0).unwrap() + T::sin(h1[n % 4]) + T::from(0.44).unwrap())
        / -(T::from(1.0).unwrap()
            + T::from(n).unwrap().atan2(T::from(1.89).unwrap()).tanh()
            + T::from(0.3).unwrap()))
    .atan()
        * T::from(3.78).unwrap();
    let a5 = if gen_164(
        ((a3.atan() * T::from(1.89).unwrap()).cosh().sqrt() * T::from(0.62).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        T::from(0).unwrap(),
        w,
        n,
    ) > w[n % 4]
    {
        T::from(0.9).unwrap()
    } else if n % 2 != 3
        && x * h1[n % 4].hypot(T::abs(w[n * 3 % 4]) + T::from(0.61).unwrap())
            >= x.hypot(w[3].abs() + T::from(0.3).unwrap())
    {
        a3
    } else {
        T::from(0.75).unwrap().floor().trunc()
    };
    let mut s6 = (T::from(1.0).unwrap()
        + T::tan(x.atan() * T::from(0.75).unwrap()).sin()
        + T::from(0.58).unwrap())
    .recip();
    h1[n % 4] = h1[n % 4]
        * (y / (T::from(1.0).unwrap()
            + T::sin((h1[n % 4] * a5).atan() * T::from(1.89).unwrap())
            + T::from(0.68).unwrap())
            * T::from(0.51).unwrap())
        .tanh();
    let a9 = {
        let a7 = T::exp2(x);
        let a8 = ((a3 + T::from(0.88).unwrap())
            * (T::from(1.03).unwrap()
                / -(T::from(1.0).unwrap()
                    + T::tanh(s4.atan() * T::from(1.89).unwrap())
                    + T::from(0.28).unwrap()))
            * T::from(0.11).unwrap())
        .tanh()
            * T::from(6.0).unwrap()
            * gen_168(
                a3.atan() * T::from(1.26).unwrap(),
                (x - T::from(n as f64).unwrap()).atan() * T::from(1.26).unwrap(),
                &h1,
                n,
            );
        (T::sin(
            ((T::sin(a8 * T::from(0.14).unwrap()) * T::from(2.5).unwrap()).exp()
                * T::from(0.12).unwrap())
            .tanh()
                * T::from(4.0).unwrap()
                * T::from(0.42).unwrap(),
        ) * T::from(2.5).unwrap())
        .exp_m1()
    };
    let mut s10: T =
        (T::mul_add(a3, s4, a9) * T::from(0.05).unwrap()).tanh() * T::from(0.93).unwrap();
    let a11 = -a3 - T::fract(y);
    let x = (s10 * T::from(2).unwrap() * (y + s6)).atan() * T::from(3.78).unwrap();
    let a12 = T::hypot(y, T::from(0.84).unwrap()).hypot(T::from(0.0).unwrap())
        * (((T::from(n).unwrap() + a9) * T::from(0.1).unwrap()).tanh() * T::from(2.0).unwrap());
    T::tanh(
        (T::from(1.6).unwrap().min(h1[n % 4])
            - h1[n % 4]
                / -(T::from(1.0).unwrap()
                    + (a5.atan() * T::from(1.89).unwrap()).sin()
                    + T::from(0.35).unwrap()))
            * T::from(0.19).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_179<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut s1 = T::tanh(
            ((T::atan(gen_157(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            )) * T::from(1.89).unwrap())
            .powi(2)
                + T::from(0.27).unwrap())
            .log((T::from(1).unwrap() + T::zero()).exp() + T::from(0.67).unwrap())
                * T::from(0.39).unwrap(),
        ) * T::from(2.0).unwrap();
        let mut k2: usize = 0;
        while s1 < -w[n % 4] && k2 < 2 {
            k2 += 1;
            let mut h3 = [T::one(); 4];
            for i4 in 0..4 {
                h3[i4] = T::from(-1.02).unwrap();
            }
            s1 = (s1 * T::from(0.51).unwrap()
                + ((T::from(-0.34).unwrap() / T::from(-0.78).unwrap() * y).powi(2)
                    + T::from(0.24).unwrap()))
            .atan()
                * T::from(1.26).unwrap();
        }
        for &v5 in w.iter() {
            let mut s6 = T::zero();
            let mut k7: usize = 0;
            loop {
                if k7 >= 3 {
                    break;
                }
                k7 += 1;
                s6 = ((s6
                    + T::atan(T::abs(T::from(k2).unwrap()) + T::from(0.12).unwrap())
                        * T::from(1.26).unwrap())
                    * T::from(0.28).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
                let k8 = k2 + n;
                if n % 2 == 0 {
                    break;
                }
            }
            let mut s9 =
                (w[k2].max(w[k7]) * -s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap();
            let mut k10: usize = 0;
            loop {
                if k10 >= 6 {
                    break;
                }
                k10 += 1;
                s9 = T::tanh(
                    (s9 * T::from(0.76).unwrap() + T::one().exp_m1()) * T::from(0.38).unwrap(),
                ) * T::from(3.0).unwrap();
                let k11 = n;
                let a12 = v5 - T::one();
                let y = T::tanh(y);
                if s9 > y {
                    break;
                }
            }
            let mut s9 = s9.tanh();
        }
    }
    let a13 = gen_25(
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (T::from(std::f64::consts::PI).unwrap().atan() * T::from(0.56).unwrap()).asin(),
        w,
        2,
    )
    .signum();
    -T::from(-1.53).unwrap().ceil() + a13 + x
}

#[differentiable]
pub fn gen_180<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = 4;
    if x / (T::tanh((T::from(n as f64).unwrap() + y) * T::from(0.25).unwrap())
        * T::from(3.0).unwrap())
    .cosh()
        < T::from(1.21).unwrap()
    {
        if k1 % 2 != 3 {
            return T::from(-0.1).unwrap() - T::max(y, w[n % 4]);
        }
    }
    if y - T::from(k1).unwrap() - (T::from(1.0).unwrap() + y.tanh() + T::from(0.57).unwrap()).cbrt()
        < x.abs()
    {
        return w[(k1 + n) % 4];
    }
    let mut k2: usize = (n + 2) % 6;
    k2 = (k2 + (n + 2) % 5) % 6;
    let mut s3 = T::recip(
        T::from(1.0).unwrap()
            + T::round((T::sin(y * T::from(0.75).unwrap()) * T::from(0.8).unwrap()).ln_1p()).tanh()
            + T::from(0.47).unwrap(),
    );
    let mut k2 =
        (T::from(k2).unwrap() * T::from(core::f64::consts::LN_2).unwrap() * T::from(0.43).unwrap())
            .sin()
            * T::from(2.0).unwrap();
    let a4: T = (x - s3)
        % (T::from(1.0).unwrap()
            + T::sin((T::from(1.0).unwrap() + w[3].tanh() + T::from(0.66).unwrap()).ln())
            + T::from(0.69).unwrap());
    k2 = (k2
        - (T::sin(w[(n + 3) % 4].asinh() * T::from(1.04).unwrap()) * T::from(1.2).unwrap()).tan())
    .atan()
        * T::from(1.26).unwrap();
    s3 = (s3
        * (((k2 * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
            - (w[0].powi(2) + T::from(0.22).unwrap()).ln())
        * T::from(0.15).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let a5 = if n % 3 < 3 {
        k2
    } else {
        (gen_133(
            T::from(core::f64::consts::LN_2).unwrap(),
            (w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            (k1 + 2) % 5,
        ) * s3
            * T::from(0.11).unwrap())
        .tanh()
            * T::from(3.0).unwrap()
    };
    T::tanh(
        (T::from(1.0).unwrap() + (a4 / T::from(-1.66).unwrap()).tanh() + T::from(0.17).unwrap())
            .powf(w[(n + k1) % 4].atan() * T::from(1.26).unwrap())
            * T::from(0.21).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_181<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((w[n % 4] * y - w[(n + 3) % 4] * w[n % 4]) * T::from(0.19).unwrap()).sin()
        * T::from(4.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 2 {
            break;
        }
        k2 += 1;
        s1 = ((s1
            + ((T::from(1.0).unwrap()
                + gen_159(T::from(0).unwrap(), T::one(), w, 4).fract().sin()
                + T::from(0.38).unwrap())
                * T::from(0.63).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            * T::from(0.26).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        if gen_23(
            (s1 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            (s1 / -(((s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
                + T::from(0.44).unwrap())
                * T::from(0.16).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            w,
            1,
        ) <= T::from(1.41).unwrap()
        {
            return T::tanh(
                ((((s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
                    + T::from(0.62).unwrap())
                .acosh()
                    - w[n % 4])
                    * (y % (x.powi(2) + T::from(0.89).unwrap()) * w[n * 2 % 4].abs())
                    * T::from(0.07).unwrap(),
            ) * T::from(3.0).unwrap();
        }
        if s1
            > (T::from(1.0).unwrap() + T::from(0.05).unwrap().tanh()).log(T::from(3.5).unwrap())
                % (T::from(1.0).unwrap()
                    + (((w[2] + T::from(-1.21).unwrap()) * T::from(0.47).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.9).unwrap())
        {
            break;
        }
    }
    let mut s3 = T::atan(T::from(1.52).unwrap() * x * (x.atan() * T::from(0.56).unwrap()).acos())
        * T::from(3.78).unwrap();
    let mut s4 =
        ((y + T::from(0).unwrap()).trunc() * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    s4 = ((s4 - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()) * T::from(0.55).unwrap()).tanh()
        * T::from(2.0).unwrap();
    let a5 = T::from(n).unwrap().atan().exp_m1();
    let a6 = T::from(-1.71).unwrap().exp()
        - s4 % (T::from(1.0).unwrap()
            + ((s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
            + T::from(0.92).unwrap());
    s3 = ((s3 + T::from(SCALE).unwrap() / -(x.powi(2) + T::from(0.39).unwrap()))
        * T::from(0.19).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    let a7 = T::recip(
        T::from(1.0).unwrap()
            + (((w[n % 4] + w[(n + k2) % 4]) * T::from(0.37).unwrap()).sin()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.38).unwrap(),
    );
    s4 = T::tanh(
        (s4 - T::atan2(
            T::from(1.0).unwrap()
                + ((s4 * w[(n + 3) % 4] * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                    .sin()
                + T::from(0.5).unwrap(),
            a6 - x,
        )) * T::from(0.29).unwrap(),
    ) * T::from(2.0).unwrap();
    s4 = ((s4
        - gen_157(
            (s1 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            (a6 * T::from(0.69).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        )
        .atan())
        * T::from(0.44).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s8 = w[k2];
    let a9 = T::fract(w[k2 + 1]).powi(0);
    s8 = ((T::from(core::f64::consts::LN_2).unwrap()
        - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
    .powi(2)
        + T::from(1.27).unwrap())
    .acosh();
    w[1]
}

#[differentiable]
pub fn gen_182<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..n {
        let a2 = T::from(-1.86).unwrap() - T::from(-1.08).unwrap() - (w[1] + y);
        let mut h3 = [T::from(-0.16).unwrap(); 4];
        if T::from(-0.25).unwrap() >= T::from(0.13).unwrap() {
            h3[(n + i1) % 4] = T::atanh(
                (T::from(n).unwrap() / T::from(1.11).unwrap()).atan() * T::from(0.56).unwrap(),
            );
            let a5 = {
                let mut s4 = T::from(-1.94).unwrap();
                x
            };
        }
        let mut s6 = gen_148(
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (w[3 - i1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            2,
        ) * x.tanh();
    }
    let k7 = n;
    let a8 = T::atanh(w[2].atan() * T::from(0.56).unwrap());
    let a9 = T::atan2(
        T::from(1.0).unwrap() + T::tanh(-w[n % 4]) + T::from(0.58).unwrap(),
        y,
    );
    let mut s10 = a9
        * a8
        * (T::from(-0.61).unwrap() + a8)
        * (a8.exp().log10()
            * (T::from(1.0).unwrap() + w[(n + 1) % 4].tanh() + T::from(0.6).unwrap())
                .log(T::from(1.0).unwrap() + x.sin() + T::from(1.69).unwrap()));
    let mut s11 = T::exp(-T::from(0.72).unwrap()).log(
        T::cosh(T::sin((w[k7 * 3 % 4] - a9) * T::from(0.29).unwrap()) * T::from(3.0).unwrap())
            + T::from(0.78).unwrap(),
    );
    let mut k12: usize = k7 * 3 % 6;
    let a15 = {
        let mut h13 = [T::zero(); 4];
        for i14 in 0..4 {
            h13[i14] = (s10.cos().cosh() + T::from(0.69).unwrap()).acosh();
        }
        T::zero()
    };
    ((((y * T::from(2).unwrap()).atan() * T::from(1.89).unwrap()).sinh() + s10)
        * T::from(0.12).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_183<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        {
            for (i2, &v1) in w.iter().enumerate() {
                let a3 = (gen_25(
                    y.atan() * T::from(1.26).unwrap(),
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                ) * T::one().log10())
                .hypot(T::from(0.43).unwrap())
                .powf(-(y * T::from(core::f64::consts::LN_2).unwrap()));
                let mut s4 = T::sinh(T::cos(v1));
                let mut k5: usize = 0;
                loop {
                    if k5 >= 2 {
                        break;
                    }
                    k5 += 1;
                    s4 = ((s4 * T::from(0.72).unwrap()
                        + T::sin(
                            ((((T::from(-0.77).unwrap() - w[(i2 + 3) % 4]).atan()
                                * T::from(1.26).unwrap())
                            .powi(n as i32)
                                * T::from(0.26).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap())
                            .hypot(T::from(0.78).unwrap())
                                * T::from(0.53).unwrap(),
                        ) * T::from(2.0).unwrap())
                        * T::from(0.44).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap();
                    if w[3 - i2].abs().hypot(T::from(0.38).unwrap()).log10()
                        >= s4 - T::from((i2 + 2) as f64).unwrap()
                    {
                        let a6 = if gen_159(
                            T::sin(
                                (a3 + T::from(std::f64::consts::PI).unwrap())
                                    * T::from(0.24).unwrap(),
                            ) * T::from(2.0).unwrap(),
                            (-v1 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            w,
                            0,
                        ) > T::from(-0.02).unwrap()
                        {
                            -(w[(n + 1) % 4].cos() + T::from(0.23).unwrap() * w[3])
                        } else {
                            T::tan(T::from(-0.42).unwrap())
                        };
                        s4 =
                            ((s4 + gen_168(
                                ((-a3 * T::from(0.47).unwrap()).tanh() * T::from(2.5).unwrap())
                                    .exp_m1(),
                                ((w[i2 * 3 % 4].powi(3)
                                    * (w[(i2 + n) % 4] / y.hypot(T::from(0.94).unwrap()))
                                    * T::from(0.09).unwrap())
                                .sin()
                                    * T::from(2.0).unwrap()
                                    * T::from(0.75).unwrap())
                                .sin()
                                    * T::from(2.0).unwrap(),
                                w,
                                i2,
                            )) * T::from(0.37).unwrap())
                            .tanh()
                                * T::from(2.0).unwrap();
                    }
                    let a7 = a3;
                    let a8 = y / s4.hypot(T::from(0.35).unwrap());
                    if s4 > (T::abs(y) + T::from(0.51).unwrap()).ln() {
                        break;
                    }
                }
                let a9 = if (v1 + w[(k5 + i2) % 4]).tanh() < v1 + w[(i2 + n) % 4] {
                    (s4.powi(2) + T::from(1.54).unwrap()).acosh() * (s4 % T::zero().cosh())
                } else {
                    T::from(-1.14).unwrap().exp().sqrt() * T::cbrt(s4.cosh())
                };
                if ((w[n % 4].exp() * T::from(0.2).unwrap()).tanh() * T::from(2.0).unwrap())
                    .powi(n as i32)
                    >= w[(n + 3) % 4].atan()
                {
                    break;
                }
            }
        }
        if T::from(-1.45).unwrap().asinh() <= T::from(1.19).unwrap() {
            let mut y = (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.51).unwrap()).sqrt();
        }
    }
    let mut h10 = [T::zero(); 4];
    for i11 in 0..4 {
        h10[i11] = T::atan(x + T::from(1.77).unwrap() - (x - T::from(-1.17).unwrap()))
            * T::from(1.26).unwrap();
    }
    T::from(-0.14).unwrap() + y + y
}

#[differentiable]
pub fn gen_184<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    let y = (gen_167(
        (T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh(),
        ((T::from(0.87).unwrap() - y) * T::from(0.52).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) * ((T::exp(
        (gen_176(
            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (a1 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) * T::from(0.28).unwrap())
        .sin()
            * T::from(2.5).unwrap(),
    ) * T::from(0.12).unwrap())
    .tanh()
        * T::from(6.0).unwrap()))
    .atan()
        * T::from(2.52).unwrap();
    let a12 = {
        let a2 = (T::from(1.0).unwrap()
            + ((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.21).unwrap())
        .sqrt()
            - -w[n % 4];
        for (i4, &v3) in w.iter().enumerate() {
            if i4 % 2 < 1 {
                continue;
            }
            let mut s5 = gen_7(
                (w[(i4 + n) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            )
            .cos();
            let mut k6: usize = 0;
            while s5
                < (a2.mul_add(a2, v3) * T::from(0.11).unwrap()).tanh()
                    * (T::from(1.0).unwrap()
                        + T::tanh((s5 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                        + T::from(0.67).unwrap())
                    .sqrt()
                && k6 < 2
            {
                k6 += 1;
                s5 = s5 * T::from(0.5).unwrap()
                    + ((x.fract() * a1.tanh()).abs() + T::from(0.54).unwrap());
                if a1 > v3.sin() {
                    break;
                }
            }
            for i7 in (0..4).rev() {
                if v3 * w[(k6 + i4) % 4].atan() <= T::from(1.25).unwrap()
                    && (w[(i4 + n) % 4] - w[3]) * w[n * 2 % 4]
                        >= (T::tanh(
                            T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap(),
                        ) * T::from(2.5).unwrap())
                        .powi(0)
                {
                    let a8 = (-((T::sin((w[3 - i4] - w[i7] - -w[i7]) * T::from(0.25).unwrap())
                        * T::from(3.0).unwrap())
                    .abs()
                        + T::from(0.32).unwrap()))
                    .cbrt();
                    let a9 = w[1];
                } else if (y.atan() * T::from(1.57).unwrap()).exp() > T::from(-0.23).unwrap() {
                    s5 = (T::tanh((T::from(1.55).unwrap() + a2) * T::from(0.3).unwrap())
                        * T::from(2.5).unwrap())
                    .powi(3)
                    .atan()
                        * T::from(2.52).unwrap();
                } else {
                    let a10 = T::sinh(T::atanh(
                        ((a2 * y * T::from(0.11).unwrap()).tanh() * T::from(2.0).unwrap()).atan()
                            * T::from(0.56).unwrap(),
                    ));
                }
                let a11 = if w[1] + T::from(-0.83).unwrap() * x >= x - w[i4] {
                    w[(k6 + i4) % 4].cosh()
                } else {
                    T::from(1.45).unwrap()
                };
            }
        }
        w[(n + 2) % 4] * T::from(-1.08).unwrap()
            - T::log10(
                ((y * T::from(0.39).unwrap()).sin() * T::from(3.0).unwrap()).abs()
                    + T::from(0.52).unwrap(),
            )
    };
    w[(n + 2) % 4] * T::from(SCALE).unwrap() + a1 + a1
}

#[differentiable]
pub fn gen_185<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a10 = {
        for &v1 in w.iter() {
            let a2 = v1;
            {
                if ((y.powi(3) * T::from(0.19).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
                    > T::from(-1.42).unwrap()
                {
                    let mut s3 = T::sin(
                        gen_157(
                            (T::from(-1.21).unwrap() * y).atan() * T::from(1.26).unwrap(),
                            (y * y * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                            w,
                            n,
                        ) * T::from(0.27).unwrap(),
                    ) * T::from(3.0).unwrap();
                    let mut k4: usize = 0;
                    loop {
                        if k4 >= 2 {
                            break;
                        }
                        k4 += 1;
                        s3 = T::atan(
                            s3 + ((T::from(1.0).unwrap()
                                + (T::tanh((-x - w[n % 4]) * T::from(0.37).unwrap())
                                    * T::from(3.0).unwrap())
                                .sin()
                                + T::from(0.47).unwrap())
                                * T::from(0.61).unwrap())
                            .sin()
                                * T::from(2.0).unwrap(),
                        ) * T::from(1.89).unwrap();
                        if !((T::from(0.44).unwrap() + w[n * 2 % 4])
                            % (T::abs(
                                T::atan(gen_115(
                                    (a2 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                    (T::from(3).unwrap() * T::from(0.5).unwrap()).sin()
                                        * T::from(2.0).unwrap(),
                                    w,
                                    n,
                                )) * T::from(1.89).unwrap(),
                            ) + T::from(0.61).unwrap())
                            <= y
                            && n != 2)
                        {
                            if (T::from(1.0).unwrap() + y.sin() + T::from(0.28).unwrap())
                                .log2()
                                .min(
                                    (((s3 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                                        .powi(2)
                                        + T::from(0.36).unwrap())
                                    .sqrt(),
                                )
                                >= T::from(0.39).unwrap()
                                && a2 - (v1 + T::one()) <= T::from(-0.62).unwrap()
                            {
                                break;
                            }
                            let mut s5 = x;
                        }
                        let a6 = v1;
                        if !(T::from(-0.51).unwrap() / T::from(1.7).unwrap()
                            <= T::from(0.26).unwrap()
                            && T::from(1.0).unwrap().hypot(a2).exp_m1() >= a2)
                        {
                            break;
                        }
                    }
                    let a7 = w[n % 4] * x
                        / (((T::from(1.33).unwrap().powi(n as i32) * T::from(0.48).unwrap())
                            .sin()
                            * T::from(3.0).unwrap())
                        .abs()
                            + T::from(0.57).unwrap());
                } else {
                    let a9 = {
                        let mut s8 = (T::from(0.46).unwrap() - v1).signum();
                        T::from(-1.21).unwrap()
                    };
                }
            }
        }
        (x + w[(n + 2) % 4]) % (T::signum(w[n * 2 % 4]).exp() + T::from(0.34).unwrap())
    };
    ((x.sin() + a10 + y) * a10).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_186<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = T::tanh(y);
    let mut x = T::tanh(x);
    let mut s1 = T::from(-1.48).unwrap();
    s1 = ((s1
        + (x.abs() * (s1 * w[n * 2 % 4]) * T::from(0.09).unwrap()).tanh() * T::from(3.0).unwrap())
        * T::from(0.32).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s2 = T::from(0.21).unwrap().round();
    w[(n + 2) % 4]
}

#[differentiable]
pub fn gen_187<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = w[3];
    if w[n % 4] - w[n % 4] <= T::from(-0.15).unwrap() {
        let mut s2 = gen_98(
            gen_180(
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::one(),
                w,
                n,
            )
            .atan()
                * T::from(1.26).unwrap(),
            T::from(0.43).unwrap(),
            w,
            0,
        )
        .atan()
            * T::from(1.89).unwrap();
        let mut k3: usize = 0;
        loop {
            if k3 >= 4 {
                break;
            }
            k3 += 1;
            s2 = ((s2
                + ((T::from(1.0).unwrap()
                    + (T::tanh((x + x - -T::from(1.36).unwrap()) * T::from(0.28).unwrap())
                        * T::from(3.0).unwrap())
                    .sin()
                    + T::from(0.4).unwrap())
                    * T::from(0.62).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.3).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            let mut h4 = [T::from(0.62).unwrap(); 4];
            h4[0] = gen_159(
                (s2 / -(T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.37).unwrap())
                    * T::from(0.18).unwrap())
                .sin()
                    * T::from(2.0).unwrap(),
                T::powf(
                    T::from(0.59).unwrap(),
                    (s1 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                )
                .atan()
                    * T::from(1.26).unwrap(),
                w,
                n,
            )
            .atan()
                * T::from(1.26).unwrap();
            if s2
                > T::from(2).unwrap() * s2
                    / (T::sin(
                        h4[(n + 1) % 4] / (w[n % 4].powi(2) + T::from(0.46).unwrap())
                            * T::from(0.34).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .hypot(T::from(0.97).unwrap())
            {
                break;
            }
        }
        s2 = s1.atan() * T::from(1.89).unwrap();
    }
    if T::sqrt(
        (T::tanh(s1 * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
            .hypot(T::from(0.75).unwrap()),
    ) - T::from(0.62).unwrap() * w[3]
        < w[(n + 2) % 4] - w[n % 4]
    {
        return T::from(-0.08).unwrap();
    }
    s1 =
        (s1 - -(T::from(-1.63).unwrap() / T::from(-1.51).unwrap())).atan() * T::from(3.78).unwrap();
    let mut s5 = (s1 / T::from(-1.84).unwrap()).atan();
    let mut s6 = s1.atan() * T::from(1.89).unwrap();
    let a7 = (s6 * T::asinh(s1)).cos();
    (T::from(1.0).unwrap()
        + ((((s5 * T::from(0.5).unwrap()).sin() * T::from(2.5).unwrap()).exp_m1()
            * T::from(0.13).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .tanh())
    .cbrt()
        * a7
        * a7
}

#[differentiable]
pub fn gen_188<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::acos((w[1] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atan();
    let mut s2 = x.atan();
    let mut s3 =
        (T::from((n * 2) as f64).unwrap() * T::from(0.19).unwrap()).tanh() * T::from(2.0).unwrap();
    s3 = T::sin(
        (s3 - T::log(
            T::from(0.48).unwrap() + T::from(0.2).unwrap(),
            T::from(3.69).unwrap(),
        )) * T::from(0.65).unwrap(),
    ) * T::from(2.0).unwrap();
    if n % 2 == 0 {
        let a4 = ((s3 % s3.cosh()).atan() * T::from(1.26).unwrap()).powi(n as i32) * w[n % 4];
        let mut h5 = [T::one(); 4];
        for i6 in 0..4 {
            h5[i6] = (-x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
        }
    } else {
        let mut s7: T = ((w[n % 4]
            / (T::atan(x + s2) * T::from(1.89).unwrap()).hypot(T::from(0.62).unwrap())
            + s1)
            * T::from(0.21).unwrap())
        .sin()
            * T::from(6.0).unwrap();
    }
    ((w[n * 3 % 4] / -(w[n * 3 % 4].powi(2) + T::from(0.65).unwrap())).atan()
        * T::from(0.75).unwrap())
    .tan()
        * x
        * x
}

#[differentiable]
pub fn gen_189<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::from(0.57).unwrap() - y + x >= T::from(0.71).unwrap() && n % 3 < 1 {
        return x;
    }
    let mut y = T::atan(y + x) * T::from(1.89).unwrap();
    let mut s1 = T::atan(gen_106(
        T::sin(
            gen_174(
                (-x).atan() * T::from(1.26).unwrap(),
                (y - x).atan() * T::from(1.26).unwrap(),
                w,
                (n + 2) % 5,
            ) * T::from(0.37).unwrap(),
        ) * T::from(2.0).unwrap(),
        T::tanh(w[1] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    )) * T::from(1.26).unwrap();
    s1 = (s1 * (-T::from(-1.15).unwrap()).abs() * T::from(0.65).unwrap()).tanh()
        * T::from(2.0).unwrap();
    if (-(T::from(1.0).unwrap() + s1.tanh() + T::from(0.57).unwrap())).recip() - x * y
        < T::from(-1.23).unwrap()
    {
        s1 = ((s1 - y) * T::from(0.3).unwrap()).tanh() * T::from(2.0).unwrap();
    } else {
        let a2 = T::tanh(
            y * gen_164(
                (T::from(3).unwrap() * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.08).unwrap(),
        ) * T::from(3.0).unwrap();
    }
    let y = y * x;
    let a3 = T::trunc(
        (T::from(1.0).unwrap()
            + T::sin(T::tanh(y * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
            + T::from(0.46).unwrap())
        .cbrt(),
    ) - T::atan2(
        T::from(1.0).unwrap() + T::tanh(w[n * 2 % 4]) + T::from(0.58).unwrap(),
        w[n % 4],
    )
    .atan();
    let a6 = {
        let a4 = (T::sin(y * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
            .hypot(T::from(0.39).unwrap())
            .ln()
            .sinh();
        {
            s1 = (s1
                - (T::from(1.0).unwrap()
                    + (((x - s1) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap()).sin()
                    + T::from(0.62).unwrap())
                .powf(
                    (s1 / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).atan()
                        * T::from(1.26).unwrap(),
                ) / -(T::from(1.0).unwrap()
                    + ((T::from(1.0).unwrap()
                        + T::sin(T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap())
                        + T::from(0.52).unwrap())
                    .ln()
                        * (a3 % w[n % 4].hypot(T::from(0.66).unwrap())))
                    .sin()
                    + T::from(0.66).unwrap()))
            .atan()
                * T::from(1.26).unwrap();
            let mut s5 = T::sin(
                (a3 * y * w[n % 4].exp2()).atan() * T::from(3.78).unwrap() * T::from(0.26).unwrap(),
            ) * T::from(4.0).unwrap();
        }
        y
    };
    s1 * -w[n % 4]
}

#[differentiable]
pub fn gen_190<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::sin(gen_186(
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::from(1.59).unwrap(),
        w,
        3,
    )) < T::from(-0.28).unwrap()
    {
        let a1: T = x;
        let a2 = w[n * 2 % 4] * (y + x);
        let a3 = -(T::from(1.34).unwrap() * w[n * 2 % 4]);
    }
    let a4 = w[1] - x + x % (T::from(-0.3).unwrap().abs() + T::from(0.5).unwrap());
    T::sin(
        (gen_164(
            T::tanh((T::from(4).unwrap() + y) * T::from(0.25).unwrap()) * T::from(2.0).unwrap(),
            w[n % 4].atan() * T::from(1.26).unwrap(),
            w,
            4,
        ) + x)
            * T::from(0.19).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_191<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::asin(
        ((T::sin(T::from(-1.27).unwrap() * T::from(1.18).unwrap()) * T::from(0.9).unwrap())
            .atanh()
            * T::from(1.02).unwrap())
        .tanh()
            * T::from(0.9).unwrap(),
    ) <= T::from(0.49).unwrap().cbrt()
    {
        if n % 3 > 2 {
            let a1 = x;
            if n > 3 {
                if y * x >= T::from(0.12).unwrap() {
                    let mut s2 =
                        T::atan(y / T::cosh(w[2]) - T::abs(w[n % 4])) * T::from(2.52).unwrap();
                    let mut k3: usize = 0;
                    while s2
                        < (T::from(1.0).unwrap()
                            + T::sin(
                                (gen_176(
                                    T::from(-0.92).unwrap(),
                                    s2.atan() * T::from(1.26).unwrap(),
                                    w,
                                    n * 3 % 5,
                                ) * T::from(0.28).unwrap())
                                .tanh()
                                    * T::from(3.0).unwrap(),
                            )
                            + T::from(0.38).unwrap())
                        .ln()
                        && k3 < 4
                    {
                        k3 += 1;
                        let a5 = if (T::from(-0.41).unwrap() + T::from(0.16).unwrap())
                            % ((T::one() / T::from(-1.09).unwrap()).exp() + T::from(0.28).unwrap())
                            < T::from(0.6).unwrap()
                        {
                            let a4 = y.exp2().hypot(T::hypot(
                                T::from(-0.44).unwrap() + y,
                                T::from(0.73).unwrap(),
                            ));
                            T::tanh((w[n % 4] - s2 + (s2 - a4)) * T::from(0.1).unwrap())
                        } else {
                            w[n % 4]
                        };
                        s2 = ((s2
                            + T::sin(
                                (T::tanh(
                                    (T::from(-0.83).unwrap() + T::from(0.7).unwrap()
                                        - T::from(1.19).unwrap()
                                            / (y.abs() + T::from(0.24).unwrap()))
                                        * T::from(0.29).unwrap(),
                                ) * T::from(3.0).unwrap())
                                .abs()
                                    * T::from(0.56).unwrap(),
                            ) * T::from(2.0).unwrap())
                            * T::from(0.25).unwrap())
                        .tanh()
                            * T::from(4.0).unwrap();
                    }
                    s2 = ((s2 * T::from(-0.88).unwrap() + (w[k3 * 3 % 4] + a1))
                        * T::from(0.2).unwrap())
                    .sin()
                        * T::from(4.0).unwrap();
                } else if n < 2 {
                    let x = T::asinh(w[(n + 1) % 4] - a1);
                    let mut h6 = [T::zero(); 4];
                    for i7 in 0..4 {
                        h6[i7] = ((a1 + x + (T::from(-1.59).unwrap() - a1))
                            * T::from(0.2).unwrap())
                        .sin()
                            * T::from(2.0).unwrap();
                    }
                } else {
                    if x * a1 - y < T::from(1.38).unwrap() {
                        return T::log2(a1.powi(2) + T::from(0.71).unwrap());
                    }
                }
            } else {
                let a8 = T::from(n).unwrap()
                    + ((T::sin(w[n * 2 % 4] * T::from(0.75).unwrap()) * T::from(1.2).unwrap())
                        .tan()
                        - w[(n + 1) % 4]);
            }
        } else {
            let mut k9: usize = n;
        }
    } else {
        let k10 = n;
    }
    T::log2(
        T::from(1.0).unwrap()
            + (((T::from(-1.93).unwrap() + T::from(n + 1).unwrap()) * T::from(0.49).unwrap())
                .sin()
                * T::from(3.0).unwrap())
            .sin()
            + T::from(0.31).unwrap(),
    )
}

#[differentiable]
pub fn gen_192<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if n % 3 > 3 {
        return (gen_35(
            (w[(n + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        ) * T::from(0.25).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
    } else {
        T::from((n + 3) as f64).unwrap()
    };
    let a2 = T::from(1.51).unwrap();
    for i3 in 0..4 {
        let a4 = if -((a2 * T::from(0.99).unwrap()).sin() * T::from(0.9).unwrap()).asin()
            > T::from(-0.79).unwrap()
        {
            w[n * 3 % 4]
                / (T::from(1.0).unwrap()
                    + ((a1.trunc() * T::from(0.21).unwrap()).tanh() * T::from(3.0).unwrap()).tanh())
        } else if ((a2 * a1 + (w[3] + T::from(core::f64::consts::LN_2).unwrap()))
            * T::from(0.11).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
            > T::from(-1.07).unwrap()
        {
            gen_157(
                gen_167(
                    T::atan(y) * T::from(1.26).unwrap(),
                    T::sin(w[(i3 + 3) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    n * 2 % 5,
                )
                .atan()
                    * T::from(1.26).unwrap(),
                (a1 * T::from(0.21).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                4,
            )
        } else {
            (T::from(1.0).unwrap() + T::from((i3 + n) as f64).unwrap().ln_1p().tanh()).log10()
        };
        let mut h5 = [T::zero(); 4];
        for i6 in 0..4 {
            h5[i6] = (a4 * T::from(0.27).unwrap()).sin() * T::from(2.0).unwrap();
        }
        if i3 % 3 != 1
            && T::acosh((h5[n % 4] / a2).abs() + T::from(1.62).unwrap()) >= T::from(-1.36).unwrap()
        {
            let mut s7 = h5[(n + i3) % 4];
            if T::from(-0.82).unwrap() > T::from(0.51).unwrap() {
                let a8: T = a4 + y.hypot(T::from(0.7).unwrap()).sqrt();
                let a9 = {
                    s7 = (s7
                        + (T::from(1.0).unwrap()
                            + h5[(n + 3) % 4].tanh()
                            + T::from(0.28).unwrap())
                        .log(
                            T::abs((a1 * T::from(0.21).unwrap()).sin() * T::from(3.0).unwrap())
                                + T::from(1.83).unwrap(),
                        ))
                    .atan()
                        * T::from(2.52).unwrap();
                    ((T::exp(T::from(-1.86).unwrap().exp2()) * T::from(1.14).unwrap()).sin()
                        * T::from(0.9).unwrap())
                    .atanh()
                };
            } else {
                let mut s10 = w[i3] * T::from(-0.72).unwrap().exp2();
            }
        }
    }
    ((T::from(1.0).unwrap()
        + (x.powi(2) + T::from(0.48).unwrap()).ln().sin()
        + T::from(1.4).unwrap())
    .acosh()
        + x)
        * a2
}

#[differentiable]
pub fn gen_193<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a10 = if ((x - x).atan() * T::from(1.89).unwrap()).sinh() <= -x {
            if n % 2 == 0 {
                let a1 = (T::from(1.0).unwrap() + y.sin() + T::from(0.61).unwrap())
                    .cbrt()
                    .tanh();
                for i2 in 0..4 {
                    if a1 > T::from(-0.79).unwrap() {
                        if T::ln(
                            (a1 % (T::abs(w[n % 4]) + T::from(0.73).unwrap())).powi(2)
                                + T::from(0.4).unwrap(),
                        ) >= T::from(-0.72).unwrap()
                        {
                            if w[(i2 + n) % 4] < -x {
                                let a3 = T::from(-1.79).unwrap();
                                let a4 = w[3 - i2]
                                    + (T::from(1.0).unwrap() + a3.tanh() + T::from(0.24).unwrap())
                                        .ln();
                            } else {
                                if ((T::sin(x.exp_m1() * T::from(0.23).unwrap())
                                    * T::from(3.0).unwrap())
                                .abs()
                                    + T::from(0.67).unwrap())
                                .recip()
                                    < T::from(0.69).unwrap()
                                {
                                    continue;
                                }
                                let a5 = (gen_71(
                                    T::from(-1.02).unwrap().sin(),
                                    (y / T::from(core::f64::consts::LN_2).unwrap()
                                        * T::from(0.52).unwrap())
                                    .tanh()
                                        * T::from(2.0).unwrap(),
                                    w,
                                    n,
                                )
                                .atan()
                                    * T::from(0.56).unwrap())
                                .atanh();
                            }
                        } else if i2 > 1 {
                            let mut s6 = (x + y + w[i2]).atan() * T::from(1.26).unwrap();
                        }
                    } else {
                        let a7 = x + w[2].max(w[i2]);
                    }
                }
            } else if x.signum() < T::from(-0.56).unwrap() || n % 3 > 3 {
                let mut h8 = [T::zero(); 4];
                for i9 in 0..4 {
                    h8[i9] = ((T::from(1.0).unwrap() + T::tanh(w[1]) + T::from(0.53).unwrap())
                        .log2()
                        .cosh()
                        .powf(T::min(x, w[(i9 + 3) % 4]).atan() * T::from(1.26).unwrap())
                        * T::from(0.57).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap();
                }
            }
            (((T::from(1.6).unwrap().max(w[n % 4])
                - gen_72(
                    T::from(1.71).unwrap(),
                    T::atan(x) * T::from(1.26).unwrap(),
                    w,
                    n,
                ))
                * T::from(0.33).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .cosh()
            .recip()
        } else {
            w[n % 4].sinh()
        };
    }
    T::zero()
}

#[differentiable]
pub fn gen_194<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for v1 in w.iter() {
        let mut s2 = T::one();
        let a6 = {
            {
                let mut s3 = x.atan() * T::from(1.26).unwrap();
                if n % 2 == 0 {
                    s2 = (T::from(n as f64)
                        .unwrap()
                        .max(w[n % 4] / s3.hypot(T::from(0.35).unwrap()))
                        * T::from(0.26).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap();
                } else if n < 2 {
                    let a4 = {
                        let s2 = s2
                            + gen_167(
                                ((y - T::from((n + 3) as f64).unwrap()) * T::from(0.17).unwrap())
                                    .sin()
                                    * T::from(2.0).unwrap(),
                                (-w[0] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                w,
                                n,
                            );
                        x * (*v1).abs() - *v1
                    };
                    let a5: T = w[(n + 3) % 4];
                } else {
                    s3 = s3
                        * (T::from(-0.06).unwrap() * y
                            / (T::from(1.0).unwrap()
                                + ((s3 * x * T::from(0.37).unwrap()).sin()
                                    * T::from(3.0).unwrap())
                                .tanh()
                                + T::from(0.42).unwrap()))
                        + T::log(
                            T::from(1.0).unwrap() + y.tanh() + T::from(0.34).unwrap(),
                            T::from(3.63).unwrap(),
                        );
                }
            }
            T::atan2(
                T::from(core::f64::consts::LN_2).unwrap(),
                w[1].hypot(T::from(0.52).unwrap()),
            ) - w[(n + 1) % 4]
        };
    }
    gen_174(
        T::from(-0.18).unwrap().powi(3),
        T::acos(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()),
        w,
        0,
    )
}

#[differentiable]
pub fn gen_195<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a2 = {
            let k1 = n + 2;
            let k1 = T::tanh(
                T::from(k1).unwrap()
                    * (x * T::from(-0.61).unwrap()
                        / (T::from(1.0).unwrap()
                            + (T::from(k1 as f64).unwrap().atan() * T::from(1.89).unwrap()).sin()
                            + T::from(0.53).unwrap()))
                    * T::from(0.11).unwrap(),
            ) * T::from(3.0).unwrap();
            k1
        };
    }
    for (i4, _) in w.iter().enumerate() {
        let a5 = T::atan2(
            -T::from(1.38).unwrap(),
            ((x.exp() * T::from(0.2).unwrap()).sin() * T::from(3.0).unwrap()).cosh(),
        );
        let mut s6 = T::tan(
            T::tanh(gen_174(a5, a5, w, i4) * T::from(0.37).unwrap()) * T::from(1.2).unwrap(),
        );
    }
    if (-y).atan() < x / -(T::from(1.0).unwrap() + x.sin() + T::from(0.4).unwrap()) {
        let a7 = if n % 3 % 2 == 0 {
            w[(n + 1) % 4].max(x) * (T::from(-0.53).unwrap() / (y.abs() + T::from(0.21).unwrap()))
        } else {
            y
        };
        let a8 = if ((((w[1] - w[(n + 1) % 4]) * T::from(0.37).unwrap()).sin()
            * T::from(2.0).unwrap())
        .powi(n as i32)
            * T::from(0.09).unwrap())
        .tanh()
            * T::from(3.0).unwrap()
            > T::from(-0.74).unwrap() + T::from(n * 3 % 9).unwrap()
        {
            (((a7 / ((a7 * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
                - w[3] / (T::from(1.0).unwrap() + y.sin() + T::from(0.28).unwrap()))
                * T::from(0.12).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .atan2(
                T::from(1.0).unwrap()
                    + (((((T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap())
                        .powi(n as i32)
                        + a7)
                        * T::from(0.1).unwrap())
                    .sin()
                        * T::from(6.0).unwrap()
                        * T::from(0.25).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .sin()
                    + T::from(0.26).unwrap(),
            )
        } else {
            (a7 * (T::from(-1.79).unwrap() * y) * T::from(0.08).unwrap()).tanh()
                * T::from(3.0).unwrap()
        };
        let mut s9: T = (T::sin(
            gen_168(
                T::from(1.92).unwrap(),
                T::sin(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                (n + 1) % 5,
            ) * (a7 + x)
                * T::from(0.11).unwrap(),
        ) * T::from(4.0).unwrap()
            / (T::from(1.0).unwrap()
                + T::sin(
                    (((a7 % T::from(-1.9).unwrap().cosh() * T::from(0.44).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .sinh()
                        * T::from(0.15).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.45).unwrap()))
        .atan()
            * T::from(1.89).unwrap();
    }
    let a10 = gen_186(
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w[n % 4].atan2(T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.69).unwrap()),
        w,
        n,
    );
    let a11: T = (((y - a10) * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap())
        .exp()
        .atan()
        * T::from(0.63).unwrap();
    let a12 =
        if a11 * y - y / -T::hypot(w[n % 4], T::from(0.76).unwrap()) >= T::from(n + 2).unwrap() {
            x.sin()
        } else if T::from(-1.02).unwrap() * w[0] - a10 > T::from(-1.14).unwrap() {
            T::from(n as f64).unwrap() - a11 + w[3].exp()
        } else {
            return ((T::hypot(w[n % 4], T::from(0.48).unwrap()).log2() * T::from(1.42).unwrap())
                .sin()
                * T::from(0.9).unwrap())
            .acos()
                / ((T::sin((w[0] - a11 - w[(n + 3) % 4]) * T::from(0.3).unwrap())
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.67).unwrap());
        };
    if y <= T::from(-0.15).unwrap() {
        return y.mul_add(a12, w[n * 2 % 4]).atan() * T::from(0.63).unwrap() - a11;
    }
    T::from(0.45).unwrap() * (x + x) * y
}

#[differentiable]
pub fn gen_196<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n * 3 % 8;
    let a4 = {
        let mut h2 = [T::one(); 4];
        for i3 in 0..4 {
            h2[i3] = (h2[(k1 + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
        }
        (T::from((n + 3) as f64).unwrap() + x) / T::one()
    };
    let a5 = ((T::from(0).unwrap()
        / (T::tanh(a4 * T::from(0.17).unwrap()) * T::from(3.0).unwrap()).cosh())
    .powi(2)
        + T::from(0.61).unwrap())
    .cbrt();
    let x = x + gen_45(
        (a4 * T::from(0.17).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::sin(
            T::mul_add(
                x * T::from(0.02).unwrap(),
                T::from(-1.14).unwrap().cos(),
                w[n % 4],
            ) * T::from(0.74).unwrap(),
        ) * T::from(2.0).unwrap(),
        w,
        0,
    );
    let mut s6 = ((a4 - a4 - T::from(1.2).unwrap() * a5) * T::from(0.12).unwrap()).tanh();
    let mut h7 = [T::from(0.61).unwrap(); 4];
    h7[(k1 + 2) % 4] = h7[(k1 + 2) % 4]
        * T::log10(
            (((y + w[k1 % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.39).unwrap(),
        );
    T::zero().tanh() + (T::from(1.67).unwrap() - T::from(1.52).unwrap())
}

#[differentiable]
pub fn gen_197<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if y <= w[(n + 2) % 4] || n < 2 {
        gen_114(
            T::from(core::f64::consts::LN_2).unwrap().ln(),
            (gen_27(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.25).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            w,
            3,
        )
    } else {
        w[(n + 2) % 4]
    };
    if x > T::from(-0.48).unwrap() {
        return (x - T::zero()) * -x;
    }
    let mut s2 = (gen_59(
        w[(n + 1) % 4].atan() * T::from(1.26).unwrap(),
        w[n % 4].signum(),
        w,
        4,
    ) * T::from(0.25).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut k3: usize = 0;
    while n % 2 % 2 == 0 && k3 < 2 {
        k3 += 1;
        let a4 = if T::asinh(w[n % 4] - s2) >= T::from(0.76).unwrap() {
            s2 =
                ((s2 * T::max(
                    (T::from(1.0).unwrap()
                        + (T::tanh(
                            T::exp((a1 * T::from(0.25).unwrap()).tanh() * T::from(2.5).unwrap())
                                * T::from(0.16).unwrap(),
                        ) * T::from(3.0).unwrap())
                        .tanh())
                    .log2(),
                    T::cosh(T::from(n as f64).unwrap().floor().atan() * T::from(1.89).unwrap()),
                ) + s2.exp_m1())
                    * T::from(0.08).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            s2 = ((s2
                + (T::atan(T::from(n * 2).unwrap()) * T::from(1.89).unwrap())
                    .sinh()
                    .atan())
                * T::from(0.44).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            (-T::from(1.81).unwrap() + a1).hypot(
                ((w[n % 4] * T::from(n).unwrap().abs()).atan() * T::from(1.89).unwrap()).abs()
                    + T::from(0.65).unwrap(),
            )
        } else {
            let y = w[n * 3 % 4] - T::min(w[n % 4], y);
            s2 = (s2 + w[2]).atan() * T::from(1.26).unwrap();
            -(w[n % 4] * w[n * 2 % 4])
        };
        let a5 = y.exp_m1()
            - (T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
                .acos()
                .abs();
        s2 = ((s2 * T::from(0.82).unwrap()
            + ((a1 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap())
                .hypot(T::from(0.33).unwrap())
                .sqrt()
                .asinh())
            * T::from(0.51).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let k3 = (T::from(k3).unwrap()
        * ((w[(k3 + 2) % 4].exp2() * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap())
            .powi(3))
    .atan()
        * T::from(2.52).unwrap();
    s2 = ((s2 + ((y * a1).atan() * T::from(1.26).unwrap()).cosh().recip()) * T::from(0.5).unwrap())
        .sin()
        * T::from(2.0).unwrap();
    w[n % 4] + s2
}

#[differentiable]
pub fn gen_198<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 > 2 {
        let mut k1: usize = n * 2 % 4;
    } else {
        let a9 = {
            for i2 in (0..4).step_by(2) {
                for i3 in (0..4).step_by(2) {
                    let x = w[3 - i2];
                    if (T::from(1.0).unwrap() + y.tanh() + T::from(0.39).unwrap()).ln()
                        < w[n * 3 % 4]
                    {
                        let a4 = if i2 % 2 % 2 == 0 {
                            -w[(i3 + i2) % 4]
                        } else {
                            T::zero() * w[i2]
                        };
                        let a5 = w[2];
                        let mut i3 = (T::from(i3).unwrap() * a5 * T::from(0.37).unwrap()).tanh()
                            * T::from(3.0).unwrap();
                    } else if gen_116(
                        T::tanh(w[(i3 + n) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        (i3 + n) % 5,
                    ) + -T::from(-0.44).unwrap()
                        > w[n % 4].min(w[(i2 + 2) % 4])
                    {
                        let a6 = x;
                    }
                    let mut k7: usize = i2;
                }
                {
                    if !(i2 < 2
                        && w[n % 4]
                            / -(T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.24).unwrap())
                            / (T::from(1.0).unwrap()
                                + T::tanh(T::log(w[i2 * 2 % 4].cosh(), T::from(4.2).unwrap())))
                            > w[n * 3 % 4] * T::zero())
                    {
                        break;
                    }
                    let mut x = x.tanh();
                    let mut s8 = w[3 - i2];
                }
            }
            T::from(-0.48).unwrap().tanh() + w[n % 4]
        };
    }
    ((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
        + T::tan((x * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap())
}

#[differentiable]
pub fn gen_199<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = (((x * x * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
        * T::from(0.15).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    let a2 = (((gen_174(
        T::one(),
        (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        3,
    ) * T::from(0.37).unwrap())
    .tanh()
        * T::from(3.0).unwrap())
    .powi(2)
        + T::from(0.25).unwrap())
    .sqrt();
    let a3 = y;
    let mut s4 = ((w[(n + 2) % 4] + w[0]) * w[n % 4] * T::from(0.19).unwrap()).tanh()
        * T::from(6.0).unwrap();
    s4 = (s4 * T::abs(w[n * 3 % 4] - a3) + w[(n + 1) % 4]).atan() * T::from(3.78).unwrap();
    w[n * 3 % 4]
}

#[differentiable]
pub fn gen_200<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::from(1.0).unwrap()
        + T::tanh(
            (gen_155(w[2].sin(), T::ceil(T::from(-0.51).unwrap()), w, (n + 2) % 5)
                * T::from(0.28).unwrap())
            .sin()
                * T::from(3.0).unwrap(),
        )
        + T::from(0.23).unwrap())
    .log2();
    let a2 = T::hypot(
        y.max(y),
        ((a1 - y).atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.34).unwrap(),
    );
    let a11 = {
        let mut s3 = w[n % 4];
        {
            let a4 = if ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
                % (T::abs(
                    T::hypot(
                        (a2 * T::from(0.22).unwrap()).sin() * T::from(2.0).unwrap(),
                        T::from(0.81).unwrap(),
                    )
                    .powf((w[(n + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                    .atan()
                        * T::from(1.89).unwrap(),
                ) + T::from(0.13).unwrap())
                <= w[n * 2 % 4]
            {
                T::sqrt(y.abs() + T::from(0.21).unwrap()) * (y + a1)
            } else {
                a2.atan2(T::from(1.19).unwrap())
                    * (T::from(1.0).unwrap() + T::tanh(a1) + T::from(0.48).unwrap()).ln()
            };
            let mut s5 = ((x + a4) * T::from(0.19).unwrap()).tanh() * T::from(3.0).unwrap();
            for (i7, _) in w.iter().enumerate() {
                s3 = T::tanh(
                    gen_27(
                        T::atan(w[i7]) * T::from(1.26).unwrap(),
                        T::cbrt(-T::hypot(T::from(0.19).unwrap(), T::from(0.5).unwrap())),
                        w,
                        n,
                    ) * T::from(0.25).unwrap(),
                ) * T::from(4.0).unwrap();
                let a10 = if i7 % 3 < 3 {
                    let mut s3 =
                        ((s3 + a1) * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap();
                    let mut s8 = (gen_198(
                        T::atan(a1) * T::from(1.26).unwrap(),
                        ((T::from(-1.08).unwrap() + x) * T::from(0.49).unwrap()).sin()
                            * T::from(2.0).unwrap(),
                        w,
                        (i7 + n) % 5,
                    ) * T::from(0.33).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap();
                    a4 + (T::from(OFFSET).unwrap() + T::from(OFFSET).unwrap())
                } else {
                    let s5 = s5
                        * ((w[1] * (w[i7] - s3) * T::from(0.12).unwrap()).tanh()
                            * T::from(6.0).unwrap()
                            / (T::from(-1.29).unwrap() - T::one().asinh()));
                    let mut s9: T = a2.sqrt().floor();
                    T::acosh(
                        T::cosh(T::from(-0.08).unwrap() + T::from(-0.36).unwrap())
                            + T::from(0.11).unwrap(),
                    )
                };
            }
        }
        (T::exp(
            T::sin((a2 + T::from(-1.88).unwrap() - w[n * 2 % 4]) * T::from(0.21).unwrap())
                * T::from(2.5).unwrap(),
        ) * T::from(0.12).unwrap())
        .tanh()
            * T::from(2.0).unwrap()
    };
    T::zero()
}

#[differentiable]
pub fn gen_201<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if !(gen_32(
        (w[n % 4] + x).atan() * T::from(1.26).unwrap(),
        (w[n % 4] / y.hypot(T::from(0.7).unwrap()) * T::from(0.52).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        w,
        n,
    ) >= T::from(0.93).unwrap()
        && y + T::from(std::f64::consts::PI).unwrap() * y < T::from(-0.36).unwrap())
    {
        let a1 = T::ln(
            T::from(1.0).unwrap()
                + (T::sin(x.powi(2) * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).tanh()
                + T::from(0.63).unwrap(),
        );
        let a2 = a1;
    } else {
        let mut s3 = ((x.exp_m1().atan() * T::from(2.2).unwrap()).exp2() * T::from(0.17).unwrap())
            .tanh()
            * T::from(3.0).unwrap();
        let mut k4: usize = 0;
        loop {
            if k4 >= 2 {
                break;
            }
            k4 += 1;
            s3 = ((s3
                + (T::hypot(
                    (s3 / T::cosh(w[n % 4] * T::from(-0.5).unwrap()) * T::from(0.5).unwrap())
                        .tanh()
                        * T::from(3.0).unwrap(),
                    T::from(0.27).unwrap(),
                ) * T::from(0.55).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.31).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            let a5 = s3;
            if (s3 * s3
                / (T::from(1.0).unwrap()
                    + (((a5 - y) * T::from(0.3).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                    + T::from(0.4).unwrap()))
            .atan()
                * T::from(0.63).unwrap()
                > T::from(0.19).unwrap()
            {
                continue;
            }
            let mut k6: usize = 1;
            if s3
                > ((T::mul_add(x, s3, T::from(std::f64::consts::PI).unwrap())
                    * T::from(0.16).unwrap())
                .sin()
                    * T::from(2.5).unwrap())
                .exp_m1()
            {
                break;
            }
        }
        s3 = ((s3 + w[(n + 1) % 4]) * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap();
    }
    if w[0] + w[2] / x.hypot(T::from(0.45).unwrap()) >= x {
        if w[n % 4] + T::from(0.58).unwrap().cosh() < T::from(1.33).unwrap() {
            let a7 = w[n % 4] * T::one() - x;
        } else {
            let a9 = {
                let a8 = T::from(1.84).unwrap()
                    + (((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
                        .powi(n as i32)
                        * (y - w[n % 4])
                        * T::from(0.03).unwrap())
                    .tanh();
                T::from(OFFSET).unwrap() * (w[n * 3 % 4] * (y + T::from(0).unwrap()))
            };
        }
    } else if (T::sin(y * w[n % 4] * T::from(0.37).unwrap()) * T::from(3.5).unwrap()).exp2()
        <= w[n % 4]
        && n < 3
    {
        let a10 = if T::cos(x) * x.powi(1) <= T::from(0.83).unwrap() {
            y
        } else {
            x * (x * T::from(OFFSET).unwrap())
        };
    }
    T::tanh((T::abs(x * x) + x) * T::from(0.25).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_202<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y.atan() * T::from(1.26).unwrap();
    let mut k2: usize = 0;
    while y > T::from(-0.6).unwrap() && k2 < 2 {
        k2 += 1;
        s1 = T::sin(
            (s1 * T::from(0.86).unwrap()
                + (T::from(1.0).unwrap() + T::from(-0.42).unwrap().tanh()))
                * T::from(0.65).unwrap(),
        ) * T::from(2.0).unwrap();
        s1 = ((s1
            - gen_128(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(1.91).unwrap(),
                w,
                (n + 2) % 5,
            )
            .fract())
            * T::from(0.5).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a10 = if !(w[3] >= T::from(-1.19).unwrap()
        && gen_187(
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::one(),
            w,
            (n + 2) % 5,
        )
        .abs()
            < T::from(-1.38).unwrap())
    {
        x
    } else if x + T::from(2).unwrap() <= T::from(1.24).unwrap() {
        let a6 = if T::from(1.88).unwrap() * w[n % 4] + w[2] >= T::from(-0.83).unwrap() {
            s1 = (s1 - x).atan() * T::from(1.26).unwrap();
            if gen_174(
                ((w[n % 4] + w[k2]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            ) < T::from(1.21).unwrap()
            {
                s1 = (s1 + w[(n + k2) % 4]).atan() * T::from(1.26).unwrap();
                let mut s3: T = (T::hypot(
                    y,
                    T::from(1.0).unwrap() + w[(n + 3) % 4].tanh() + T::from(0.26).unwrap(),
                )
                .round()
                    * T::from(0.5).unwrap())
                .tanh()
                    * T::from(3.0).unwrap();
            } else {
                let k2 = T::from(k2).unwrap() * s1;
                let mut h4 = [T::zero(); 4];
                for i5 in 0..4 {
                    h4[i5] = (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
                }
            }
            (((x - s1) * T::from(0.37).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
        } else {
            x.hypot(T::from(-0.87).unwrap().abs())
                .hypot((s1 / -T::cosh(T::from(-0.04).unwrap())).powi(2) + T::from(0.37).unwrap())
                - w[k2 * 2 % 4]
        };
        for v7 in w.iter() {
            let a8 = *v7 * w[(k2 + n) % 4].sin();
            let a9: T = (T::abs(T::from(core::f64::consts::LN_2).unwrap() * s1)
                + T::from(0.42).unwrap())
            .log(T::from(3.06).unwrap());
        }
        y
    } else {
        T::from(1.79).unwrap()
    };
    let mut s11 = (s1 * T::from(1.14).unwrap())
        .atan2(T::from(1.0).unwrap() + x.sin() + T::from(0.29).unwrap())
        + ((s1 / -(w[k2].abs() + T::from(0.33).unwrap()) * T::from(0.25).unwrap()).tanh()
            * T::from(0.9).unwrap())
        .acos();
    T::from((k2 + 1) as f64).unwrap()
}

#[differentiable]
pub fn gen_203<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a3 = if n % 3 > 3 {
        (T::from(1.0).unwrap() + T::round(w[n % 4]).tanh() + T::from(0.59).unwrap()).log(
            T::from(1.0).unwrap()
                + (((w[n % 4] + w[n * 2 % 4]) * T::from(0.37).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(1.78).unwrap(),
        )
    } else {
        for i1 in 0..4 {
            let mut s2 = (gen_128(
                ((y * T::from((n + i1) as f64).unwrap() * T::from(0.11).unwrap()).tanh()
                    * T::from(4.0).unwrap())
                .cos(),
                T::log(T::from(0.24).unwrap(), T::from(3.83).unwrap()).sin(),
                w,
                i1 * 3 % 5,
            ) * T::from(0.25).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        }
        ((x * x + (x - T::from(n + 2).unwrap())) * T::from(0.12).unwrap()).sin()
    };
    let mut s4 = T::from(1.98).unwrap().exp_m1().min(x.asinh());
    let a5 = w[n % 4];
    for _ in w.iter() {
        if (w[n % 4] - T::one()) / T::from(SCALE).unwrap() <= w[(n + 2) % 4].powi(0) {
            let a7 = x;
            let a8 = (T::asin(w[n % 4].atan() * T::from(0.56).unwrap())
                / (T::abs(
                    (a3 / -(T::abs(w[n % 4]) + T::from(0.4).unwrap()) * T::from(0.37).unwrap())
                        .sin()
                        * T::from(3.0).unwrap(),
                ) + T::from(0.55).unwrap()))
            .exp_m1();
        }
    }
    ((a5 - (w[(n + 1) % 4] + T::from(1.9).unwrap()) + a3) * T::from(0.22).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_204<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    let mut s2 = T::sin(
        (x.floor() - h1[n % 4] * y)
            * T::from(n as f64)
                .unwrap()
                .ln_1p()
                .hypot(T::from(0.55).unwrap())
                .cbrt()
            * T::from(0.18).unwrap(),
    ) * T::from(3.0).unwrap();
    let mut s3 = -T::atan(y);
    let mut k4: usize = 0;
    while (w[n % 4] - h1[2]).round() >= T::from(1.17).unwrap() && k4 < 4 {
        k4 += 1;
        s3 = ((s3 * T::from(0.83).unwrap()
            + -T::cbrt(
                -(T::from(1.0).unwrap()
                    + T::tanh(s2.atan() * T::from(1.89).unwrap())
                    + T::from(0.31).unwrap()),
            ))
            * T::from(0.5).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        s2 = ((s2 - h1[(n + 3) % 4].asinh().atan()) * T::from(0.38).unwrap()).sin()
            * T::from(3.0).unwrap();
        h1[n % 4] = T::sin(
            h1[n % 4]
                * T::sin(
                    y.signum()
                        * T::from(-1.15)
                            .unwrap()
                            .mul_add(T::from(-1.55).unwrap(), h1[n % 4])
                        * T::from(0.4).unwrap(),
                )
                * T::from(0.75).unwrap(),
        ) * T::from(2.0).unwrap();
        h1[n * 3 % 4] = (w[n % 4]
            - y.hypot(
                T::abs(T::from(n * 2).unwrap().atan() * T::from(1.89).unwrap())
                    + T::from(0.52).unwrap(),
            ))
        .atan()
            * T::from(1.26).unwrap();
    }
    s3 = (s3 + s3).atan() * T::from(1.26).unwrap();
    let a5 = if (x * y * (x * s2)).atan() * T::from(0.63).unwrap() > T::from(-0.17).unwrap() {
        return T::zero();
    } else {
        T::zero()
            .cos()
            .min((y.sin().powi(2) + T::from(0.23).unwrap()).powf(
                x % (T::from(1.0).unwrap()
                    + T::from(-1.41).unwrap().tanh()
                    + T::from(0.62).unwrap()),
            ))
    };
    let mut k6: usize = 0;
    let a7 = {
        let mut k6 = ((T::from(k6).unwrap()
            * gen_180(
                T::tanh(
                    ((w[0] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
                        * T::from(0.59).unwrap(),
                ) * T::from(2.0).unwrap(),
                (T::one() * w[k4 * 3 % 4]).atan() * T::from(1.26).unwrap(),
                &h1,
                n * 2 % 5,
            )
            * T::from(0.07).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
            * T::from(0.41).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        s2.max(T::atan(T::from(-1.61).unwrap() * T::from(n * 2).unwrap()) * T::from(1.26).unwrap())
    };
    s2 = (s2 * (T::from(1.0).unwrap() + x.tanh() + T::from(0.57).unwrap()).hypot(w[3].exp2())
        + h1[k6 % 4] / -T::hypot(a5, T::from(0.56).unwrap()))
    .atan()
        * T::from(1.89).unwrap();
    s3 = T::atan(
        s3 * (a7 / -(T::from(1.0).unwrap() + a5.sin() + T::from(0.3).unwrap())
            % (T::abs(
                T::sin(
                    T::from(n + 2).unwrap().mul_add(y, a5).atan()
                        * T::from(3.78).unwrap()
                        * T::from(0.27).unwrap(),
                ) * T::from(3.0).unwrap(),
            ) + T::from(1.01).unwrap()))
            + T::from(-1.09).unwrap(),
    ) * T::from(1.26).unwrap();
    let mut k8: usize = k6 * 2 % 5;
    ((T::exp(w[k4 % 4]).max(T::from(2).unwrap().powi(1)) + a5 + y) * T::from(0.14).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_205<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = w[n % 4].cosh().ln_1p();
    let mut s2 = (gen_44(
        T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::from(core::f64::consts::LN_2).unwrap(),
        w,
        n,
    ) * (x - a1)
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    let mut s3 = T::zero();
    let a4 = if n < 1 {
        return w[3];
    } else {
        T::abs(w[n * 2 % 4].trunc())
    };
    s3 = ((T::from(-0.47).unwrap()
        - s2 * ((s2 * T::from(0.25).unwrap()).tanh() * T::from(0.9).unwrap()).atanh())
        * T::from(0.21).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    s3 = T::sin(
        (s3 + T::atan(
            gen_180(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                s3.atan() * T::from(1.26).unwrap(),
                w,
                (n + 2) % 5,
            ) / (T::from(1.0).unwrap() + s3.cos().tanh()),
        ) * T::from(0.63).unwrap())
            * T::from(0.51).unwrap(),
    ) * T::from(2.0).unwrap();
    s3 = (s3
        * (x.exp2()
            / -(T::from(1.0).unwrap()
                + (T::atan(y) * T::from(0.5).unwrap()).ln_1p().sin()
                + T::from(0.39).unwrap())))
    .atan()
        * T::from(1.26).unwrap();
    let a5: T = T::one();
    let a7 = if n > 3 {
        T::zero()
    } else {
        let mut s6 = ((s2 - w[n % 4] + T::from(-1.7).unwrap()) * T::from(0.15).unwrap()).sin()
            * T::from(2.0).unwrap();
        gen_190(
            T::from(core::f64::consts::LN_2).unwrap() * s6,
            (T::log2(T::abs(w[n % 4]) + T::from(0.23).unwrap()) * T::from(0.71).unwrap()).sin()
                * T::from(2.0).unwrap(),
            w,
            2,
        ) % ((a5 * T::from(1.5).unwrap()).tanh() * T::from(0.9).unwrap())
            .atanh()
            .atan()
    };
    s2 = s2
        * (T::from(1.0).unwrap()
            + ((((T::from(n + 1).unwrap() * T::from(0.3).unwrap()).sin()
                * T::from(3.0).unwrap())
            .hypot(T::from(0.47).unwrap())
            .atan2(w[2])
                * T::from(0.48).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .tanh())
        .log2();
    if (s2 + w[n % 4]) * (s3.abs() + T::from(0.46).unwrap()).log10() >= T::from(0.28).unwrap()
        || n % 2 < 1
    {
        return (s3 - T::from(std::f64::consts::PI).unwrap() + (y - s2)).atan()
            * T::from(1.89).unwrap();
    }
    s3 = ((s3 + T::ln_1p((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).sinh())
        * T::from(0.34).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    s3 = ((s3
        * (T::from(1.0).unwrap()
            + ((x + (w[n % 4].abs() + T::from(0.48).unwrap()).atan2(T::from(-1.63).unwrap()))
                .atan()
                * T::from(1.89).unwrap())
            .tanh()
            + T::from(1.67).unwrap())
        .acosh()
        + w[2]
            / (T::abs((s2 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap())
                + T::from(0.47).unwrap()))
        * T::from(0.18).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    w[(n + 1) % 4].atan() * T::from(-1.81).unwrap()
}

#[differentiable]
pub fn gen_206<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a4 = if x * w[n * 2 % 4]
        + gen_198(
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            T::from(0.75).unwrap(),
            w,
            n * 3 % 5,
        )
        <= T::from(-0.25).unwrap()
    {
        T::from(-1.45).unwrap().atan().atan()
    } else if gen_99(
        T::from(-1.59).unwrap(),
        (w[0] * y * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        (n + 3) % 5,
    ) < T::from(0.33).unwrap()
    {
        let mut h1 = [T::zero(); 4];
        for i2 in 0..4 {
            h1[i2] = T::tanh(T::cosh(y) * T::from(0.4).unwrap()) * T::from(2.0).unwrap();
        }
        let a3 = w[n * 2 % 4];
        h1[n % 4]
    } else {
        gen_22(
            (T::round(T::from(core::f64::consts::LN_2).unwrap().mul_add(x, y))
                * T::from(0.5).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            ((y + y) * T::abs(x)).atan() * T::from(1.26).unwrap(),
            w,
            3,
        )
    };
    for _ in 0..n % 3 + 1 {
        let y = T::tanh(y);
    }
    let a6 = w[n % 4].exp2() + (w[n % 4] + a4) % y.asinh().hypot(T::from(0.71).unwrap());
    for i7 in 0..4 {
        let a8 = a6 / -x.cosh() + (w[3] + T::from(0.74).unwrap());
        if i7 % 2 != 1 {
            return (-((T::from(-0.53).unwrap() - x).powi(2) + T::from(0.5).unwrap()))
                .recip()
                .trunc();
        }
        let mut s9 = w[(i7 + n) % 4];
        let mut k10: usize = 0;
        loop {
            if k10 >= 3 {
                break;
            }
            k10 += 1;
            s9 = (s9 * T::from(0.86).unwrap()
                + ((T::from(1.0).unwrap()
                    + T::tanh(
                        ((w[3 - i7]
                            / -(((a6 * T::from(0.27).unwrap()).sin() * T::from(3.0).unwrap())
                                .powi(2)
                                + T::from(0.46).unwrap())
                            + y.exp())
                            * T::from(0.13).unwrap())
                        .sin()
                            * T::from(3.0).unwrap(),
                    )
                    + T::from(0.15).unwrap())
                    * T::from(0.7).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
            .atan()
                * T::from(1.89).unwrap();
            let mut s11 = a8
                .max(y.hypot(
                    ((a4 * T::from(0.28).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                        + T::from(0.32).unwrap(),
                ))
                .atan()
                * T::from(3.78).unwrap();
            let a12 = T::from(1.0).unwrap().ceil();
            let k13 = 4;
            if s9 > w[(k13 + 1) % 4] + T::from(-0.43).unwrap() + (w[3 - i7] - a4) {
                break;
            }
        }
        let mut s14 =
            (w[(k10 + n) % 4] * T::from(1.0).unwrap() * (T::from(n).unwrap() + w[(n + i7) % 4]))
                .atan()
                * T::from(0.63).unwrap();
    }
    let mut s15: T = (T::abs(a4.atan() * T::from(1.26).unwrap()) + T::from(0.3).unwrap())
        .powf((T::zero().powi(2) + T::from(0.41).unwrap()).log10());
    (((a4 + T::from(std::f64::consts::PI).unwrap()).hypot(w[n % 4]) + a4) * T::from(0.11).unwrap())
        .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_207<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::from(core::f64::consts::LN_2)
        .unwrap()
        .fract()
        .hypot(T::from(0.48).unwrap())
        .ln();
    let a2: T = x;
    let a3 = {
        s1 = (s1
            + (T::from(1.0).unwrap() + w[(n + 3) % 4].sin() + T::from(1.36).unwrap())
                .acosh()
                .atan())
        .atan()
            * T::from(1.89).unwrap();
        y
    };
    let y = y * y.sinh();
    let a4 = w[(n + 2) % 4];
    let a5 = T::atan(
        T::from(-1.0).unwrap() * T::from((n * 2) as f64).unwrap()
            - (T::from(n as f64).unwrap() - T::from(n * 2).unwrap()),
    ) * T::from(1.26).unwrap();
    if !((T::from(1.0).unwrap()
        + ((((a3.powi(2) + T::from(0.55).unwrap()) * T::from(0.33).unwrap()).sin()
            * T::from(4.0).unwrap()
            * T::from(0.37).unwrap())
        .sin()
            * T::from(3.0).unwrap())
        .tanh()
        + T::from(0.96).unwrap())
    .powi(-1)
        <= -a3
        && a5 + w[n % 4] * s1 <= w[n % 4])
    {
        return T::from(std::f64::consts::PI).unwrap();
    }
    let a7 = {
        let mut k6: usize = n * 3 % 7;
        ((gen_84(T::from(1.8).unwrap(), a5, w, (n + 1) % 5) - (y - x)) * T::from(0.11).unwrap())
            .sin()
            * T::from(6.0).unwrap()
    };
    s1 = (s1 - (w[n * 2 % 4] - x - (x.abs() + T::from(0.43).unwrap()).log(T::from(3.7).unwrap())))
        .atan()
        * T::from(1.89).unwrap();
    T::from(n).unwrap()
}

#[differentiable]
pub fn gen_208<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y * T::atanh((-w[1] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap());
    let a1 = w[2];
    if a1.exp2() >= T::from(0.64).unwrap() {
        let k2 = n;
        let y = y
            * (((a1 + w[n % 4]) / ((T::from(0.62).unwrap() * x).abs() + T::from(0.28).unwrap()))
                .atan()
                * T::from(1.89).unwrap());
        let a3 = T::one() * w[k2 * 2 % 4];
    } else if n % 2 % 2 == 0 {
        let mut k4: usize = n;
    }
    T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().fract() * a1
}

#[differentiable]
pub fn gen_209<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = T::from(SCALE).unwrap() * (T::from(n * 3 % 9).unwrap() * T::from(0.97).unwrap());
    let mut s1 = (y
        % ((T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).powi(2)
            + T::from(0.68).unwrap())
        * T::from(0.26).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 4 {
            break;
        }
        k2 += 1;
        s1 = (s1 + T::from(-0.89).unwrap().cosh().log2()).atan() * T::from(1.89).unwrap();
        let a3 = if n > 1 {
            (w[(n + 1) % 4] + y).signum()
        } else if s1 * (w[n % 4] * T::from(0.9).unwrap()) >= x.exp2() {
            (T::from(1.0).unwrap()
                + T::sin(
                    ((s1.atan() * T::from(1.57).unwrap()).exp() * T::from(0.21).unwrap()).tanh()
                        * T::from(2.0).unwrap(),
                )
                + T::from(0.66).unwrap())
            .powf(
                (T::from(core::f64::consts::LN_2).unwrap() * s1 * T::from(0.72).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
            )
        } else {
            return w[n % 4].cosh().cbrt();
        };
        if n != 1 {
            continue;
        }
        if gen_17(
            (w[(n + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w[1].atan() * T::from(1.26).unwrap(),
            w,
            n,
        )
        .min(w[n % 4])
            > a3
        {
            break;
        }
        if s1
            > (T::from(1.0).unwrap()
                + (((s1 + w[n % 4]) * T::from(0.3).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.32).unwrap())
            .hypot(w[n * 2 % 4].abs())
        {
            break;
        }
    }
    let mut s1 = ((s1 + y) * T::from(0.17).unwrap()).tanh() * T::from(3.0).unwrap();
    let mut s4 = ((x + w[k2 * 2 % 4] + (y - w[(k2 + 1) % 4])
        - (s1 + w[3] + T::from(OFFSET).unwrap()))
    .atan()
        * T::from(3.78).unwrap()
        * T::from(0.26).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut s5 =
        (-(T::from(1.64).unwrap() * y) * T::from(0.16).unwrap()).sin() * T::from(2.0).unwrap();
    let mut s6 = (((T::sin(y * T::from(0.26).unwrap()) * T::from(2.5).unwrap()).exp_m1()
        * s4.sin()
        * T::from(0.13).unwrap())
    .sin()
        * T::from(0.9).unwrap())
    .acos();
    s6 = (s1
        + T::ln(
            T::from(1.0).unwrap()
                + (T::sin(y * T::from(0.26).unwrap()) * T::from(3.0).unwrap()).tanh()
                + T::from(0.53).unwrap(),
        ))
    .atan()
        * T::from(1.89).unwrap();
    let a7: T = T::from(3).unwrap();
    x * s5
}

#[differentiable]
pub fn gen_210<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x < T::from(1.03).unwrap() {
        let a1 = T::ln(w[n * 3 % 4].abs() + T::from(0.52).unwrap())
            + T::from(std::f64::consts::PI).unwrap().fract();
        let a3 = {
            let a2 = if n % 2 < 2 && n % 3 < 2 {
                a1 + x
            } else if (T::from(1.0).unwrap()
                + ((T::from(n).unwrap()
                    / (T::from(1.0).unwrap() + x.tanh() + T::from(0.34).unwrap())
                    * T::from(0.14).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .sin()
                + T::from(0.43).unwrap())
            .sqrt()
                > T::from(-1.38).unwrap() + x
            {
                w[n % 4].signum()
            } else {
                w[0]
            };
            (T::from(1.0).unwrap() + (a1 + T::zero()).sin() + T::from(0.43).unwrap()).log2()
        };
        let a4: T = -(a1 % (T::from(1.0).unwrap() + y.sin() + T::from(0.73).unwrap()));
    } else {
        let a5: T = (y / T::from(-1.05).unwrap()).max(T::from(n).unwrap());
    }
    (T::from(-1.76).unwrap().trunc()
        * T::from(std::f64::consts::PI).unwrap()
        * x
        * x
        * T::from(0.12).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_211<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 == 0 {
        let a1 = x;
    } else {
        let a2 = -w[(n + 1) % 4]
            - w[n % 4]
            - (gen_201(
                (w[3] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            ) - y);
        if ((T::from(0.39).unwrap() * w[0]).exp() + T::from(0.78).unwrap()).acosh()
            > x / T::from(-1.77).unwrap()
            || ((a2 - y) * T::from(0.11).unwrap()).sin() * T::from(6.0).unwrap() >= T::zero()
        {
            let mut h3 = [T::zero(); 4];
            let a4 = y - w[n % 4] - (x - T::from(-0.31).unwrap());
            let a7 = {
                let mut h5 = [T::one(); 4];
                for i6 in 0..4 {
                    h5[i6] = (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
                }
                y
            };
        } else {
            let a8 = T::from((n + 1) as f64).unwrap() * T::from(-1.85).unwrap()
                - ((y - a2) * T::from(0.11).unwrap()).tanh() * T::from(2.0).unwrap();
        }
    }
    T::recip(
        (((x + y) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
            + T::from(0.62).unwrap(),
    )
}

#[differentiable]
pub fn gen_212<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 == 0 {
        return T::sin(
            (T::from(n * 2).unwrap()
                + w[n % 4]
                + gen_159(
                    T::atan(x) * T::from(1.26).unwrap(),
                    T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    0,
                ))
                * T::from(0.12).unwrap(),
        ) - (-(T::from(1.0).unwrap()
            + (T::tanh(y / -(y.powi(2) + T::from(0.64).unwrap()) * T::from(0.48).unwrap())
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.53).unwrap()))
        .recip();
    }
    {
        let mut s1 = (T::from(1.0).unwrap() + y.tanh() + T::from(0.38).unwrap())
            .hypot(x)
            .trunc();
        if n % 2 % 2 == 0 {
            return (y.powi(2) + T::from(0.67).unwrap()).ln();
        }
        let mut k2: usize = n;
    }
    T::sin(
        (T::from(-1.77).unwrap() / (w[n % 4].abs() + T::from(0.35).unwrap()) * -w[n % 4] + y)
            * T::from(0.12).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_213<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut y = y.tanh();
    let mut s1 = w[n % 4].round();
    let mut k2: usize = 0;
    loop {
        if k2 >= 6 {
            break;
        }
        k2 += 1;
        s1 = (s1 * T::from(0.87).unwrap()
            + ((T::from(1.0).unwrap()
                + ((s1 - y - T::from(n).unwrap()).atan() * T::from(1.89).unwrap()).sin()
                + T::from(0.5).unwrap())
                * T::from(0.6).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        s1 = (T::from(-1.56).unwrap()
            / (T::from(-1.69).unwrap()
                / (T::from(n + 1).unwrap().atan() * T::from(1.89).unwrap()).cosh())
            * T::from(0.24).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        let a5 = if gen_117(
            x.signum(),
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) >= T::max(s1, x)
            || T::floor(T::from(1).unwrap()) + y % T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                <= T::from(-0.16).unwrap()
        {
            s1 * w[2] / -((y * s1 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).cosh()
        } else {
            let mut s3 = (((w[n % 4] * T::from(1.6).unwrap()).exp2() + s1.tanh())
                * T::from(0.15).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            let mut h4 = [T::zero(); 4];
            -x - T::from(-1.71).unwrap() * s3
        };
        if a5.atan() + (s1 + s1) > T::from(-1.73).unwrap() {
            break;
        }
    }
    let mut s6 = y;
    let mut k7: usize = 0;
    loop {
        if k7 >= 2 {
            break;
        }
        k7 += 1;
        s6 = ((s6 * T::from(0.52).unwrap()
            + T::tanh(
                (T::from(1.0).unwrap()
                    + T::sin((x.floor() * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                    + T::from(0.16).unwrap())
                    * T::from(0.69).unwrap(),
            ) * T::from(2.0).unwrap())
            * T::from(0.45).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        if k2 != 3 {
            if k2 % 3 != 2 {
                let a8 = gen_208(
                    T::atan(w[n * 2 % 4]),
                    (s1 / -(T::from(1.0).unwrap() + y.tanh() + T::from(0.29).unwrap())
                        * T::from(0.16).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
                    w,
                    n,
                );
                s6 = (s6
                    * T::tan(
                        ((T::from(1.0).unwrap()
                            + T::powf(
                                T::hypot(
                                    (s6 * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                                    T::from(0.96).unwrap(),
                                ),
                                T::from(core::f64::consts::LN_2).unwrap(),
                            )
                            .tanh())
                        .acosh()
                            * T::from(1.17).unwrap())
                        .sin()
                            * T::from(1.2).unwrap(),
                    ))
                .atan()
                    * T::from(1.89).unwrap();
            }
            for _ in (0..n).rev() {
                if s6 < T::from(0.27).unwrap() {
                    let a10 = y;
                } else {
                    let a11: T = (s1 + T::from(OFFSET).unwrap())
                        * T::acos((s1 * T::from(0.5).unwrap()).tanh() * T::from(0.9).unwrap());
                    let k12 = (k2 + n) % 8;
                }
            }
        } else {
            let y = (T::from(1.0).unwrap()
                + ((s6 - T::one().cbrt()).atan() * T::from(1.89).unwrap()).tanh()
                + T::from(0.33).unwrap())
            .log(T::cosh(T::from(-1.26).unwrap()).powi(-1).log10().cosh() + T::from(0.68).unwrap());
        }
        if T::from(1.7).unwrap() * s6 / -T::hypot(T::one().min(y), T::from(0.98).unwrap())
            <= x * w[n % 4]
        {
            break;
        }
    }
    (-(x.powi(2) + T::from(0.45).unwrap())).cbrt().recip() + s1
}

#[differentiable]
pub fn gen_214<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 3 != 1 {
        let mut s1 = (x / (T::from(1).unwrap().powi(2) + T::from(0.44).unwrap())
            * T::from(0.33).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        let mut k2: usize = 0;
        while s1 < T::abs(s1) && k2 < 2 {
            k2 += 1;
            let mut s3 = T::from(-0.82).unwrap();
            s1 = ((s1 * T::from(0.55).unwrap()
                + (((T::atan(s1) * T::from(1.89).unwrap()).powi(2) + T::from(0.31).unwrap())
                    * T::from(0.23).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.37).unwrap())
            .sin()
                * T::from(4.0).unwrap();
        }
        for i4 in (0..4).rev() {
            let a7 = if !(y + y * T::one()
                >= T::from(0.94).unwrap().mul_add(T::from(1.51).unwrap(), x)
                && x <= T::from(-0.41).unwrap())
            {
                let a6 = if w[i4] >= T::from(0.5).unwrap() {
                    let a5 = (T::from(1.0).unwrap() + x.tanh() + T::from(0.37).unwrap()).cbrt()
                        % (((w[i4 * 3 % 4] * T::from(0.75).unwrap()).tanh()
                            * T::from(0.8).unwrap())
                        .ln_1p()
                        .exp()
                            + T::from(0.58).unwrap());
                    T::asinh(((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh())
                        / (T::from(1.0).unwrap()
                            + (T::sin(
                                (T::exp2(w[n * 2 % 4])
                                    * (w[(i4 + 1) % 4] * y)
                                    * T::from(0.09).unwrap())
                                .sin()
                                    * T::from(3.0).unwrap()
                                    * T::from(0.5).unwrap(),
                            ) * T::from(3.0).unwrap())
                            .sin()
                            + T::from(0.66).unwrap())
                } else {
                    x.abs().exp_m1()
                };
                a6.tanh() * w[i4]
            } else {
                (y + w[k2] / T::one())
                    * T::acosh(
                        gen_54(
                            T::from(-1.89).unwrap(),
                            T::tanh(s1 * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                            w,
                            0,
                        )
                        .powi(2)
                            + T::from(1.26).unwrap(),
                    )
            };
            s1 = (T::tanh(
                T::asin((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
                    * T::from(1.34).unwrap(),
            ) * T::from(0.9).unwrap())
            .acos();
        }
    } else if gen_201(
        x.fract(),
        ((y + y) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        1,
    ) <= T::from(0.45).unwrap()
    {
        let a8 =
            T::tan((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(1.2).unwrap());
    }
    ((y * T::from(core::f64::consts::LN_2).unwrap() + (x - T::from(1.57).unwrap())) * x * y).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_215<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a2 = if -x + w[n % 4] * w[0] < (w[n * 3 % 4].atan() * T::from(0.56).unwrap()).asin() {
            let a1 = (T::from(std::f64::consts::PI).unwrap().atan() * T::from(1.26).unwrap())
                .powf(T::one())
                .exp2()
                - y;
            gen_167(
                T::log2(x.powi(2) + T::from(0.45).unwrap()).atan() * T::from(1.26).unwrap(),
                T::tanh(w[n % 4] * y * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                w,
                (n + 2) % 5,
            )
        } else {
            (T::from(1.0).unwrap() + T::asinh(w[(n + 3) % 4]).tanh() + T::from(0.43).unwrap())
                .log2()
                .cosh()
        };
    }
    let a3 = y - (y - x / T::zero().cosh());
    let mut s4 = (gen_211(
        T::atan(w[n % 4]) * T::from(1.26).unwrap(),
        T::one(),
        w,
        (n + 3) % 5,
    ) - x * x)
        .atan()
        * T::from(1.26).unwrap();
    let mut s5 = -(w[(n + 3) % 4] % T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap());
    let mut k6: usize = 0;
    loop {
        if k6 >= 4 {
            break;
        }
        k6 += 1;
        s5 = (s5
            + ((w[n * 3 % 4].abs() + T::from(0.16).unwrap()) * T::from(0.69).unwrap()).tanh()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        if w[(n + 3) % 4] < w[n % 4] / -T::cosh(w[n % 4]) {
            s4 = T::sin((s4 - (w[n % 4] * y + (s5 + w[n % 4]))) * T::from(0.15).unwrap())
                * T::from(2.0).unwrap();
            if n % 3 > 3 || w[n % 4] * y + s5 > T::one().sqrt() {
                let a7 = ((x / (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.39).unwrap()))
                    .atan()
                    * T::from(1.89).unwrap())
                .sinh();
                let a8 = (T::from(1.0).unwrap() + s4.tanh() + T::from(0.33).unwrap()).log(
                    ((T::hypot(
                        T::from(1.0).unwrap()
                            + ((s4 / -(T::from(1.0).unwrap() + y.sin() + T::from(0.54).unwrap()))
                                .atan()
                                * T::from(1.89).unwrap())
                            .tanh()
                            + T::from(0.5).unwrap(),
                        (a7.atan() * T::from(1.89).unwrap()).cosh(),
                    ) * T::from(0.19).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .cosh()
                        + T::from(0.7).unwrap(),
                );
            } else {
                s4 = (s4
                    * ((T::from(n).unwrap() + w[n % 4]).atan() * T::from(1.89).unwrap())
                        .cosh()
                        .log2()
                    * T::from(0.26).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
                s5 = T::sin(s5 * w[n % 4] * T::from(0.37).unwrap()) * T::from(2.0).unwrap();
            }
        }
        if s4 - (T::from(1.35).unwrap() + T::from(-1.98).unwrap())
            <= gen_207(
                T::atan(a3) * T::from(1.26).unwrap(),
                s5.atan() * T::from(1.26).unwrap(),
                w,
                n,
            )
        {
            break;
        }
    }
    (T::from(-0.38).unwrap() - w[k6 * 2 % 4]).max(T::zero() + w[(n + k6) % 4])
}

#[differentiable]
pub fn gen_216<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (T::atan(y.round()) * T::from(0.5).unwrap()).ln_1p();
    s1 = ((s1 + s1.sin()) * T::from(0.3).unwrap()).sin() * T::from(4.0).unwrap();
    let mut s1 = (s1 + x).atan() * T::from(1.89).unwrap();
    for (i3, _) in w.iter().enumerate() {
        let mut s4: T = (y - w[(n + i3) % 4] / w[(i3 + n) % 4].hypot(T::from(0.27).unwrap()))
            .atan()
            * T::from(1.89).unwrap();
    }
    s1 = ((s1 + w[(n + 1) % 4]) * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap();
    s1 = T::tanh(
        (s1 * T::log(
            (T::atan(x * s1 - s1) * T::from(1.89).unwrap()).abs() + T::from(0.47).unwrap(),
            T::from(1.0).unwrap()
                + T::sin(
                    (T::atan2(
                        T::from(-0.96).unwrap(),
                        T::from(1.0).unwrap() + y.tanh() + T::from(0.59).unwrap(),
                    ) * (s1 * w[n * 2 % 4])
                        * T::from(0.16).unwrap())
                    .sin()
                        * T::from(3.0).unwrap(),
                )
                + T::from(1.91).unwrap(),
        ) + -w[2])
            * T::from(0.2).unwrap(),
    ) * T::from(3.0).unwrap();
    let mut s5 = ((T::cosh(
        (gen_201(
            (s1 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) * T::from(0.28).unwrap())
        .sin()
            * T::from(3.0).unwrap(),
    )
    .log2()
        + w[0] * w[(n + 1) % 4]
            / (T::from(1.0).unwrap()
                + ((w[n % 4] * w[n % 4] * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                    .sin()
                + T::from(0.54).unwrap()))
        * T::from(0.14).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let a6 = w[2];
    let a7 = T::powf(
        ((T::from(-1.07).unwrap() * T::from(1.4).unwrap()).sin() * T::from(0.9).unwrap())
            .atanh()
            .abs()
            + T::from(0.46).unwrap(),
        y.cosh().recip(),
    ) / -(((T::one() * (s5 + w[2])).atan() * T::from(1.89).unwrap()).powi(2)
        + T::from(0.58).unwrap());
    let a8: T = w[n * 3 % 4];
    s1 = T::tanh(
        s1 * (((s1 * T::from(0.5).unwrap()).sin() * T::from(0.9).unwrap()).asin()
            / (T::exp_m1(w[n * 3 % 4]).atan() * T::from(1.89).unwrap()).cosh())
            * T::from(0.45).unwrap(),
    ) * T::from(3.0).unwrap();
    s1 = ((s1 + T::ln(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.34).unwrap()))
        * T::from(0.38).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    s1 = ((s1
        + T::from(0)
            .unwrap()
            .cosh()
            .log(T::from(1.0).unwrap() + a6.tanh() + T::from(1.7).unwrap())
            .atan())
        * T::from(0.5).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    ((-x * a6 + x) * s1 * T::from(0.08).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_217<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut x = x + T::from(0.95).unwrap();
    for (&v1, &v2) in w.iter().zip(w.iter()) {
        if gen_210(
            (x / (w[0].abs() + T::from(0.55).unwrap())).atan() * T::from(1.26).unwrap(),
            (T::from(1.86).unwrap() * T::from(std::f64::consts::PI).unwrap()).atan()
                * T::from(1.26).unwrap(),
            w,
            1,
        ) < T::from(1.67).unwrap() * y
        {
            let a4 = if (T::from(1.0).unwrap()
                + ((x / (w[n % 4].abs() + T::from(0.59).unwrap())).atan() * T::from(1.89).unwrap())
                    .sin()
                + T::from(0.85).unwrap())
            .powi(-2)
                >= w[3].atan()
            {
                T::atan(w[(n + 2) % 4] * T::from(n + 1).unwrap() + (T::from(n * 2).unwrap() + v1))
                    * T::from(2.52).unwrap()
            } else {
                let mut s3 = ((T::from(0.88).unwrap() - T::from(1.16).unwrap().atan()).abs()
                    + T::from(0.25).unwrap())
                .log2();
                x
            };
        }
        let mut k5: usize = 2;
        if n % 3 < 2 {
            return ((v2 % (T::from(1.0).unwrap() + T::tanh(v2) + T::from(0.76).unwrap())
                - x
                - -v1.exp())
                * T::from(0.11).unwrap())
            .sin()
                * T::from(4.0).unwrap();
        }
    }
    let mut s6 = (gen_201(
        T::from(0.32).unwrap()
            % (T::from(1.0).unwrap() + T::tanh(w[(n + 1) % 4]) + T::from(0.61).unwrap()),
        y.atan() * T::from(1.26).unwrap(),
        w,
        n,
    ) * x)
        .atan()
        * T::from(1.26).unwrap();
    for _ in w.iter() {
        let a8 = T::from(0.25).unwrap();
        let mut s9 = a8;
    }
    let a11 = {
        let a10 = gen_7(
            T::exp2(w[n % 4]).atan() * T::from(1.26).unwrap(),
            ((s6 - x) * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            2,
        ) - ((x.atan() * T::from(0.56).unwrap()).atanh().powi(2)
            + T::from(0.69).unwrap())
        .recip();
        T::atan2(s6, T::cosh(w[n * 3 % 4]))
            / (T::from(1.0).unwrap()
                + T::tanh(T::sin((s6 + y) * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                + T::from(0.34).unwrap())
    };
    let a12 = {
        s6 = T::atan(s6 * w[n * 3 % 4]) * T::from(1.26).unwrap();
        w[3] * (T::from(1.0).unwrap()
            + ((T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap())
                .sin()
            + T::from(0.44).unwrap())
        .log10()
    };
    (w[n % 4] - T::from(n).unwrap() - T::zero()).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_218<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (((y - x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sinh();
    let mut s2 =
        ((w[n % 4] * w[n % 4] - a1) * T::from(0.11).unwrap()).tanh() * T::from(3.0).unwrap();
    let mut k3: usize = 0;
    loop {
        if k3 >= 4 {
            break;
        }
        k3 += 1;
        s2 = ((s2 + T::from(core::f64::consts::LN_2).unwrap().ln().cosh()) * T::from(0.3).unwrap())
            .sin()
            * T::from(4.0).unwrap();
        s2 = T::sin(
            (s2 + (x - T::from(-1.12).unwrap())
                / (T::from(1.0).unwrap() + w[0].tanh() + T::from(0.64).unwrap()))
                * T::from(0.17).unwrap(),
        ) * T::from(4.0).unwrap();
        s2 =
            (s2 * gen_107(
                (a1 * T::from(0.15).unwrap()).tanh() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.07).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        if y < T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - w[n % 4]
            && a1 <= T::from(1.22).unwrap()
        {
            break;
        }
    }
    for _ in w.iter() {
        for _ in (0..4).rev() {
            let k6 = 3;
        }
    }
    let k3 = T::from(k3).unwrap()
        * (T::one() * y / ((a1 * T::from(0.15).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
            % (T::from(1.0).unwrap() + w[k3 % 4].tanh() + T::from(0.59).unwrap()));
    let mut s7 = (gen_150(
        (T::from(-1.56).unwrap() - T::from(-1.66).unwrap()).sinh(),
        ((T::exp_m1((s2 * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap()) - -s2)
            * T::from(0.12).unwrap())
        .sin(),
        w,
        n,
    ) * T::from(0.64).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s8: T = T::exp(T::from(0.65).unwrap()).acosh().ln();
    let a10 = {
        let mut s9 = (w[n % 4].cosh() * s7 * T::from(0.2).unwrap()).tanh() * T::from(3.0).unwrap();
        -(((-(w[n * 3 % 4].powi(2) + T::from(0.42).unwrap())).cbrt() * k3 * T::from(0.11).unwrap())
            .sin()
            * T::from(2.0).unwrap())
    };
    s7 = (s7 - -(T::from(-1.62).unwrap() - T::floor(a1))).atan() * T::from(1.26).unwrap();
    T::tanh((s7 + s2) * T::from(0.25).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_219<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x.tanh();
    for (i2, _) in w.iter().enumerate() {
        let a3 = (x + x) % (x % T::from(0.71).unwrap()).cosh();
        let a4 = if w[i2 * 3 % 4].tanh() + x <= x.cosh() {
            T::from(n + i2).unwrap() + x
        } else {
            T::from(1.69).unwrap().cbrt()
        };
        let a5 = x;
    }
    let k6 = n;
    w[k6 * 3 % 4] * T::from(-0.42).unwrap().trunc() * y
}

#[differentiable]
pub fn gen_220<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    let a2 = if !(x * T::from(-0.54).unwrap()
        % (T::from(1.0).unwrap() + y.sin() + T::from(0.73).unwrap())
        < y / a1.cosh()
        && w[n % 4] <= T::from(-1.41).unwrap())
    {
        (T::from(1.0).unwrap() + a1.tanh() + T::from(0.42).unwrap())
            .ln()
            .asinh()
    } else {
        T::cos(a1 - (T::from(-1.26).unwrap() + w[n % 4]))
    };
    let a3 = T::asin((T::atan(y) * T::from(0.56).unwrap()).asin());
    for (_, _) in w.iter().zip(w.iter()) {
        let mut k6: usize = n * 2 % 7;
        let a7 = (T::from(1.0).unwrap()
            + T::tanh(
                T::tanh(
                    (T::from(1.0).unwrap()
                        + (T::sin(
                            gen_103(
                                (w[(k6 + n) % 4] * T::from(0.75).unwrap()).tanh()
                                    * T::from(2.0).unwrap(),
                                (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                                w,
                                2,
                            ) * T::from(0.28).unwrap(),
                        ) * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.67).unwrap())
                    .atan2(-w[(k6 + 2) % 4])
                        * T::from(0.48).unwrap(),
                ) * T::from(3.0).unwrap(),
            )
            + T::from(0.41).unwrap())
        .acosh();
        let mut s8 = (-T::from(0.11).unwrap()).sinh();
    }
    let a9 = w[3];
    let a10 = gen_208(
        T::from(-1.86).unwrap(),
        T::from(3).unwrap().atan() * T::from(1.26).unwrap(),
        w,
        4,
    )
    .sinh();
    let a11 = T::from(n).unwrap() * (T::from(1.09).unwrap() * T::from(-1.03).unwrap())
        - (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.59).unwrap())
            .log(T::from(3.92).unwrap())
            * T::from(-1.59).unwrap();
    ((((T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin() * T::from(0.9).unwrap()).acos()
        / T::hypot(
            T::from(1.0).unwrap() + T::sin(T::from(-0.86).unwrap()) + T::from(0.26).unwrap(),
            a1,
        )
        + a2
        + y)
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_221<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let mut h1 = [T::zero(); 4];
        (-h1[n % 4]).sin()
    };
    let mut s3 = w[(n + 1) % 4];
    let mut s4 = ((x.exp_m1() - (T::abs(a2) + T::from(0.35).unwrap()).cbrt()
        + w[n * 2 % 4].min(y) * w[n * 3 % 4].hypot(T::from(0.35).unwrap()).sqrt())
        * T::from(0.18).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    s4 = T::mul_add(s4, s4 * T::from(-0.1).unwrap(), T::from(1.31).unwrap());
    let a5 = ((s4 * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap()).exp_m1();
    for _ in 1..=3 {
        s4 = ((s4 * (s3 * s3 + x.abs()) + a5) * T::from(0.03).unwrap()).tanh()
            * T::from(4.0).unwrap();
        if n % 3 % 2 == 0 {
            return T::max(T::from(0.08).unwrap(), T::exp(T::from(0.06).unwrap()));
        }
        let a7: T = (-(((s4 * a5).atan() * T::from(1.89).unwrap()).powi(2)
            + T::from(0.66).unwrap()))
        .recip();
        s4 = (s4 * a7 * T::from(0.25).unwrap()).sin() * T::from(4.0).unwrap();
    }
    let mut x = x.tanh();
    let a9 = if T::atan(s4 * T::from(core::f64::consts::LN_2).unwrap()) < T::from(0.25).unwrap() {
        let a8 = (T::from(n as f64).unwrap() - s4)
            / (((s4 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).cosh()
                + T::from(0.56).unwrap())
            .acosh();
        T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().log2()
            + (T::from(0.62).unwrap() - T::zero())
    } else {
        T::cbrt(T::one()).trunc()
    };
    let mut k10: usize = n * 3 % 4;
    let a11 = if (T::from(1.0).unwrap()
        + ((gen_108(
            T::from(1.98).unwrap(),
            T::tanh(w[k10] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            0,
        ) * T::from(0.29).unwrap())
        .sin()
            * T::from(3.0).unwrap())
        .tanh()
        + T::from(1.33).unwrap())
    .acosh()
        >= T::from(0.58).unwrap()
    {
        (T::from(0.81).unwrap() - T::from(1.85).unwrap())
            * (T::from(std::f64::consts::PI).unwrap() * w[(n + k10) % 4])
    } else if (gen_69(
        T::atan(w[(k10 + 1) % 4]) * T::from(1.26).unwrap(),
        T::one(),
        w,
        2,
    ) / (T::abs(y.powi(1)) + T::from(0.27).unwrap())
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(2.0).unwrap()
        >= T::from(1.38).unwrap()
    {
        (T::ln(
            T::from(1.0).unwrap()
                + (T::atan(s3) * T::from(1.89).unwrap()).sin()
                + T::from(0.5).unwrap(),
        )
        .powi(2)
            + T::from(0.49).unwrap())
        .powf(T::from(1.8).unwrap())
    } else {
        w[n % 4] + T::from(1.8).unwrap()
    };
    (((w[1] + a2)
        / gen_211(
            T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            a5.atan() * T::from(1.26).unwrap(),
            w,
            n,
        )
        + s4)
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_222<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = T::from(n).unwrap().abs().fract();
        if n % 2 == 0 {
            let a2 = w[n % 4];
            let mut s3: T = x;
            let a8 = {
                let a7 = {
                    for (_, _) in w.iter().enumerate() {
                        let a6 = T::from(1.73).unwrap();
                        s3 = (s3 * T::cbrt(a6) * T::from(0.31).unwrap()).sin()
                            * T::from(4.0).unwrap();
                    }
                    (T::from(n * 3 % 9).unwrap() + a2) % T::one()
                };
                T::from(1.53).unwrap()
            };
        } else {
            if !(n % 3 < 2
                && (T::atan(-w[0]) * T::from(0.56).unwrap()).atanh() <= T::from(0.48).unwrap())
            {
                return T::from(SCALE).unwrap();
            }
            let a9: T = T::from(1.08).unwrap();
        }
    }
    T::abs(w[n % 4].min(w[1]))
}

#[differentiable]
pub fn gen_223<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (1..n).step_by(2) {
        for v2 in w.iter() {
            let a3 = -(*v2).asinh();
            if w[(i1 + 3) % 4].fract() <= T::from(-0.68).unwrap() {
                let a4 = ((T::sin(
                    (gen_108(
                        w[n % 4].atan() * T::from(1.26).unwrap(),
                        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ) - *v2 * T::from(3).unwrap())
                        * T::from(0.13).unwrap(),
                ) * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(1.59).unwrap())
                .acosh();
                let a5 = gen_35(
                    T::atan(*v2) * T::from(1.26).unwrap(),
                    ((T::from(-0.72).unwrap() + w[2]).sinh() * T::from(0.2).unwrap()).sin()
                        * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                );
                let mut s6: T = gen_20(
                    T::zero() * a4,
                    (x.ceil() * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    0,
                );
            } else {
                let mut s7 = *v2;
            }
        }
    }
    let a8 = ((T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap()).tanh()
        * T::from(0.9).unwrap())
    .atanh();
    if T::one().atan() - ((y * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
        >= T::one().trunc()
        || T::recip(T::abs(T::zero()) + T::from(0.64).unwrap()) / T::exp(a8) > x
    {
        let mut s9: T = y;
        let mut s10 = T::from(SCALE).unwrap() % T::from(0.79).unwrap().atanh();
    } else {
        let a12 = if T::from(1.47).unwrap() - (T::from(1.37).unwrap() + w[n * 3 % 4])
            <= T::from(1.05).unwrap()
        {
            let k11 = n;
            a8
        } else {
            w[n % 4]
        };
    }
    a8 + y
}

#[differentiable]
pub fn gen_224<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut y = T::sin(y * -w[n % 4] * T::from(0.37).unwrap()) * T::from(4.0).unwrap();
    let a1 = (w[n % 4] + x) / -(T::from(1.0).unwrap() + T::tanh(x) + T::from(0.6).unwrap());
    let a2 = w[n % 4] - w[2];
    if n % 3 < 3 {
        let mut h3 = [T::from(-0.93).unwrap(); 4];
        let mut s4 = T::from(-1.33).unwrap() * T::zero()
            / (((x * w[n % 4]).atan() * T::from(1.89).unwrap()).abs() + T::from(0.22).unwrap());
        let mut k5: usize = 0;
        loop {
            if k5 >= 5 {
                break;
            }
            k5 += 1;
            s4 = T::sin(
                (s4 * T::from(0.58).unwrap()
                    + T::tanh(
                        ((T::sinh(s4) * T::from(0.41).unwrap()).sin() * T::from(3.0).unwrap())
                            .hypot(T::from(0.65).unwrap())
                            * T::from(0.49).unwrap(),
                    ) * T::from(2.0).unwrap())
                    * T::from(0.5).unwrap(),
            ) * T::from(2.0).unwrap();
            if y >= T::signum(T::from(0.67).unwrap()) {
                return (T::sin((y - T::from(n).unwrap()) * T::from(0.19).unwrap())
                    * T::from(0.9).unwrap())
                .asin();
            }
            let a6 = h3[2]
                * (((x + T::zero()) * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).tan();
            let mut h7 = [T::zero(); 4];
            if s4
                > gen_144(
                    T::from(-1.03).unwrap(),
                    T::sin(a2 * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                    &h3,
                    0,
                ) + T::hypot(
                    T::from(1.0).unwrap() + T::from(OFFSET).unwrap().tanh(),
                    T::from(2).unwrap(),
                )
            {
                break;
            }
        }
        {
            let a2 =
                a2 * (T::from(core::f64::consts::LN_2).unwrap() + T::from(-1.24).unwrap()).atan();
        }
    } else if x / (T::from(std::f64::consts::PI).unwrap() - w[2]) > T::from(0.27).unwrap().trunc() {
        y = ((y - T::from(1.66).unwrap()) * T::from(0.27).unwrap()).sin() * T::from(4.0).unwrap();
        let a8 =
            T::from(-0.1).unwrap() + T::atan(a2 * T::from(n).unwrap()) * T::from(1.89).unwrap();
    }
    a2
}

#[differentiable]
pub fn gen_225<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n + 1;
    {
        let a2: T =
            (T::from(1.0).unwrap() + w[(n + k1) % 4].fract().sin() + T::from(0.5).unwrap()).ln();
        let a3 = w[(k1 + 2) % 4];
        {
            if T::floor(a3) >= T::from(-0.98).unwrap() {
                let mut h4 = [T::zero(); 4];
                for i5 in 0..4 {
                    h4[i5] = (T::from((i5 + 1) as f64).unwrap() * T::from(0.37).unwrap()).sin()
                        * T::from(2.0).unwrap();
                }
                let a6: T = T::abs(T::from(1.35).unwrap() - w[n % 4]);
            }
            let a9 = if x.hypot(T::from(0.3).unwrap()).hypot(x) * w[3] <= T::from(-0.77).unwrap() {
                let mut h7 = [T::zero(); 4];
                for i8 in 0..4 {
                    h7[i8] = (T::tanh((T::zero() + w[3 - i8]) * T::from(0.75).unwrap())
                        * T::from(1.2).unwrap())
                    .tan();
                }
                (a2 * y
                    / (T::from(1.0).unwrap()
                        + T::tanh(
                            ((T::from(-1.35).unwrap() - h7[k1 % 4]) * T::from(0.45).unwrap()).sin()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.41).unwrap())
                    * (y - y + a2 * T::from(n).unwrap()))
                .atan()
                    * T::from(2.52).unwrap()
            } else {
                (y.powi(2) + T::from(0.52).unwrap()).ln()
            };
        }
    }
    let a10: T = T::from(-1.8).unwrap();
    let a11 = (T::from(1.0).unwrap() + T::tanh(w[0]) + T::from(0.35).unwrap())
        .sqrt()
        .sin()
        .exp();
    ((x + a11) * x * T::from(0.16).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_226<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = -T::log(
            T::from(1.59).unwrap(),
            w[n % 4].cosh() + T::from(0.94).unwrap(),
        );
    }
    let a3 = w[1];
    let a4 = T::from(2).unwrap();
    let a5 = y * w[n % 4] - T::from(0.98).unwrap();
    let k6 = n + 1;
    let mut h7 = [T::zero(); 4];
    for i8 in 0..4 {
        h7[i8] = ((a4 / -(T::from(0).unwrap().powi(2) + T::from(0.37).unwrap()) + a5)
            * T::from(0.14).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    T::log10(
        T::from(1.0).unwrap()
            + (T::tanh(T::from(3).unwrap() * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).tanh(),
    ) - h7[(k6 + 1) % 4]
        / ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
}

#[differentiable]
pub fn gen_227<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let a1 = (((x - w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(1.2).unwrap()).tan();
        a1
    };
    if T::from(0.54).unwrap() - y <= x - a2 {
        let a3: T = y - y * x;
        {
            if n < 2 {
                let a4 = T::exp(T::from(1.0).unwrap());
            } else {
                let a7 = if a3 > T::cosh(T::from(-0.82).unwrap()).atan2(w[n % 4]) {
                    T::cosh(w[n % 4]).log2()
                } else if a2
                    % (T::from(1.0).unwrap()
                        + T::from(OFFSET).unwrap().sin()
                        + T::from(0.87).unwrap())
                    * (a2 * T::from(1.21).unwrap())
                    <= w[3] * w[n * 2 % 4]
                    || a3 >= T::from(0.38).unwrap()
                {
                    let a5 = y;
                    let a6 = if ((T::tanh((a3 - a3) * T::from(0.12).unwrap())
                        * T::from(6.0).unwrap()
                        + T::ceil(T::from((n * 2) as f64).unwrap()))
                        * T::from(0.1).unwrap())
                    .tanh()
                        <= gen_24(
                            w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
                            T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                            w,
                            n,
                        ) {
                        x + w[(n + 1) % 4] + w[n % 4]
                    } else {
                        (T::from(1.0).unwrap()
                            + T::tanh(
                                (T::from(n).unwrap() * T::from(0.37).unwrap()).tanh()
                                    * T::from(3.0).unwrap(),
                            ))
                        .log2()
                    };
                    T::sin(gen_211(T::one(), T::from(0.49).unwrap(), w, 3).cos())
                } else {
                    T::ln_1p(((a3 - a2) * T::from(0.17).unwrap()).tanh() * T::from(0.8).unwrap())
                        .max(
                            T::abs(T::from(std::f64::consts::PI).unwrap())
                                * -T::from(OFFSET).unwrap(),
                        )
                };
            }
        }
    } else {
        let k8 = n;
    }
    T::atan(
        y - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
            + gen_17(
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
                w,
                (n + 3) % 5,
            )
            + y,
    ) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_228<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (T::from(n + 2).unwrap() - T::from(1.78).unwrap())
        * (T::from(1.0).unwrap() + T::sin(x) + T::from(1.67).unwrap()).acosh()
        <= T::from(0.83).unwrap()
    {
        for i1 in (0..4).step_by(2) {
            let a2 = w[(i1 + n) % 4];
        }
        let a3 = T::from(n * 2).unwrap()
            * ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin();
    }
    let k4 = n;
    let a5 = x;
    if gen_222(
        (T::from(1.0).unwrap() + T::tanh(w[n * 2 % 4]) + T::from(0.93).unwrap()).powi(-1),
        (T::sinh(a5) * T::from(0.41).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        (n + 3) % 5,
    ) <= T::from(0.85).unwrap()
    {
        let mut s6 = T::from(1.79).unwrap() * a5.trunc();
    } else if y - w[k4 % 4] + (T::from(1.8).unwrap() - a5)
        < w[k4 % 4] / (w[n % 4].abs() + T::from(0.36).unwrap())
    {
        if ((w[0] - T::from(-1.3).unwrap())
            * gen_110(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            )
            * T::from(0.08).unwrap())
        .sin()
            * T::from(6.0).unwrap()
            >= T::from(-1.07).unwrap()
        {
            return gen_222(
                (w[(k4 + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (w[n * 2 % 4] - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).atan()
                    * T::from(1.26).unwrap(),
                w,
                (n + k4) % 5,
            );
        }
        for (_, v7) in w.iter().enumerate() {
            if (*v7 * (T::from(k4).unwrap() + y)).atan() * T::from(1.89).unwrap()
                >= T::from(-0.5).unwrap()
            {
                break;
            }
            let a9 = T::one();
        }
    }
    let mut k4 =
        (T::from(k4).unwrap() * a5 * T::from(0.19).unwrap()).tanh() * T::from(2.0).unwrap();
    k4 = T::tanh(
        (k4 * w[(n + 2) % 4]
            + (T::sin(a5 * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos())
            * T::from(0.22).unwrap(),
    ) * T::from(2.0).unwrap();
    let a10 = if n < 2 {
        ((w[n * 2 % 4] * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + -w[n * 3 % 4])
            * (w[(n + 2) % 4]
                + T::from(n).unwrap()
                    / (T::from(1.0).unwrap() + w[1].tanh() + T::from(0.52).unwrap())))
        .atan()
            * T::from(2.52).unwrap()
    } else {
        (T::atan(y) * T::from(0.5).unwrap()).ln_1p()
    };
    k4.sin() + T::from(SCALE).unwrap() * T::from(-1.44).unwrap()
}

#[differentiable]
pub fn gen_229<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y
        % (T::from(1.0).unwrap()
            + (((x - T::from(n).unwrap() + (w[3] - w[n % 4])) * T::from(0.15).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.51).unwrap());
    let a3 = {
        let a2 = w[n % 4];
        y.ceil()
    };
    s1 = T::tanh(
        s1 * T::exp_m1(
            (((w[n % 4] + w[(n + 2) % 4])
                / -((a3.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.23).unwrap())
                * T::from(0.09).unwrap())
            .tanh()
                * T::from(6.0).unwrap()
                * T::from(0.27).unwrap())
            .tanh()
                * T::from(2.5).unwrap(),
        ) * T::from(0.04).unwrap(),
    ) * T::from(4.0).unwrap();
    let a4 = s1;
    s1 = (s1
        * (T::from(-1.09).unwrap().abs()
            % (w[(n + 3) % 4].fract().exp() + T::from(0.51).unwrap()))
        + T::log(
            T::abs(w[n % 4]) + T::from(0.26).unwrap(),
            T::from(1.0).unwrap() + y.tanh() + T::from(1.49).unwrap(),
        ))
    .atan()
        * T::from(2.52).unwrap();
    if -w[n % 4].cosh().log2() <= T::max(a4, T::from(-1.06).unwrap()) {
        let a5 = (T::atan(
            w[n * 3 % 4]
                * (a4 / (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.38).unwrap())),
        ) * T::from(0.63).unwrap())
        .hypot(
            (T::exp2(T::from(-0.97).unwrap()) / (w[n % 4].powi(2) + T::from(0.5).unwrap())).cosh(),
        );
    }
    s1 = ((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
        .hypot(T::from(0.31).unwrap())
        .powf(-T::from(0.21).unwrap());
    let a6 = {
        s1 =
            ((s1 + T::from(1.24).unwrap()) * T::from(0.29).unwrap()).tanh() * T::from(4.0).unwrap();
        y - (w[n * 3 % 4] - y)
    };
    if a6.cos() / (((y + s1) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
        > T::one() + a3
    {
        let a7 = T::recip(
            T::from(1.0).unwrap()
                + (s1.atan() * T::from(1.89).unwrap()).sin()
                + T::from(0.39).unwrap(),
        ) * (w[(n + 1) % 4] * T::from(-0.07).unwrap());
    } else if x - (T::from(std::f64::consts::PI).unwrap() + a3) <= T::tanh(a6)
        || x > T::from(SCALE).unwrap()
    {
        let mut h8 = [T::from(-0.96).unwrap(); 4];
        for i9 in 0..4 {
            h8[i9] = T::from((n * 3 % 9) as f64).unwrap().atan() * T::from(1.26).unwrap();
        }
        let mut s10 = h8[(n + 1) % 4];
    }
    ((y + T::from(-0.29).unwrap() * w[1]) * a3 * T::from(0.19).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_230<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((T::from(1.0).unwrap() + x.fract().atan().tanh()).atan2(
        (w[n % 4] + w[n % 4]) % (T::from(1.0).unwrap() + T::sin(y.abs()) + T::from(0.75).unwrap()),
    ) * T::from(0.48).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let a2 = (T::from(-1.55).unwrap().atan().atan() * T::from(0.56).unwrap()).atanh()
        / (((T::from(-0.34).unwrap() + w[n * 2 % 4]) * T::from(0.64).unwrap()).sin()
            * T::from(0.9).unwrap())
        .acos();
    s1 = s1
        * ((a2.exp().log2() + T::from(0).unwrap() * w[n * 3 % 4])
            * (T::from(-1.45).unwrap().recip() + T::tanh(T::from(1.21).unwrap())));
    let a3 = {
        let mut x = ((x + w[n % 4]) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap();
        (a2.powi(2) + T::from(0.24).unwrap()).recip()
    };
    let mut a3 = T::from(0.81).unwrap().tan() - x;
    if !(gen_163(
        y.atan() * T::from(1.26).unwrap(),
        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    )
    .tan()
        >= T::from(0.19).unwrap()
        && T::from(-1.89).unwrap().cbrt() - T::tan(y.atan() * T::from(0.75).unwrap())
            >= T::from(1.76).unwrap() + T::from(SCALE).unwrap())
    {
        a3 = (a3
            + (T::one() + (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + w[(n + 1) % 4])))
            .atan()
            * T::from(2.52).unwrap();
        let mut h4 = [T::zero(); 4];
        for i5 in 0..4 {
            h4[i5] = T::from(0.21).unwrap();
        }
    }
    s1 = (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    if (w[0] + w[(n + 2) % 4]).fract() > T::from(0.18).unwrap() {
        let a7 = if n != 3 {
            T::from(n).unwrap()
        } else {
            let a6 = w[(n + 2) % 4]
                / (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.32).unwrap())
                * w[n % 4].hypot(T::from(0.44).unwrap()).cbrt();
            (T::from(1.0).unwrap()
                + ((w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).sin()
                + T::from(0.25).unwrap())
            .powf((a3 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap())
            .atan()
                * T::from(1.26).unwrap()
        };
    }
    T::from(0.09).unwrap().powi(n as i32)
}

#[differentiable]
pub fn gen_231<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if (T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(2.5).unwrap())
        .powi(1)
        < T::from(-0.65).unwrap()
    {
        (T::from(1.0).unwrap()
            + gen_228(
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::ln(T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.68).unwrap()),
                w,
                n,
            )
            .sin()
            + T::from(0.96).unwrap())
        .powi(-2)
    } else {
        (gen_229(T::zero(), y.atan() * T::from(1.26).unwrap(), w, n)
            - (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.42).unwrap())
                .hypot(T::from(n + 1).unwrap()))
        .mul_add(
            y.tanh()
                / (T::from(1.0).unwrap()
                    + ((T::from(1.37).unwrap() - y).atan() * T::from(1.89).unwrap()).sin()
                    + T::from(0.28).unwrap()),
            x.trunc().sin(),
        )
        .atan()
            * T::from(0.63).unwrap()
    };
    let a2 = w[n * 2 % 4];
    if T::from(0.03).unwrap()
        / (((a2 + w[n * 3 % 4]).atan() * T::from(1.89).unwrap()).abs() + T::from(0.36).unwrap())
        > (y.powi(2) + T::from(1.29).unwrap()).acosh()
    {
        let a6 = if w[n % 4].sin()
            % (T::sin(
                gen_144(
                    (w[(n + 3) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w[0].atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ) * T::from(0.27).unwrap(),
            ) * T::from(3.0).unwrap())
            .hypot(T::from(0.86).unwrap())
            <= T::from(0.54).unwrap()
        {
            let a4 = {
                let k3 = n;
                T::from(1.02).unwrap()
            };
            let a5 = T::from(1.67).unwrap();
            a5 + a2 / (w[n % 4].powi(2) + T::from(0.24).unwrap())
        } else {
            (T::powf(
                (((a2.exp()
                    * (a1
                        / (T::from(1.0).unwrap()
                            + T::tanh(w[n * 2 % 4])
                            + T::from(0.53).unwrap()))
                    * T::from(0.11).unwrap())
                .tanh()
                    * T::from(6.0).unwrap()
                    * T::from(0.27).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                .cosh(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            ) * T::from(0.11).unwrap())
            .tanh()
                * T::from(6.0).unwrap()
        };
    } else {
        let mut s7: T =
            ((T::zero() - (a1 + w[n % 4])) * T::from(0.49).unwrap()).sin() * T::from(2.0).unwrap();
    }
    y * x
}

#[differentiable]
pub fn gen_232<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = (x + y) % T::acosh(T::from(1.0).unwrap() + y.tanh() + T::from(1.43).unwrap());
    let mut s2 = x;
    {
        if n % 3 < 1 {
            let a8 = if T::zero() < T::from(-0.81).unwrap() {
                let a3 = x.atan()
                    + (w[(n + 3) % 4].hypot(T::from(0.59).unwrap()) + T::from(0.89).unwrap())
                        .acosh();
                for (i5, v4) in w.iter().enumerate() {
                    let a6 = if n > 1 && s2 <= T::from(1.1).unwrap() * a1 {
                        y
                    } else {
                        gen_153(
                            T::atan(*v4) * T::from(1.26).unwrap(),
                            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            w,
                            (i5 + 2) % 5,
                        ) * T::from(-1.76).unwrap().exp2()
                    };
                    if ((*v4).trunc().atan() * T::from(1.26).unwrap())
                        .hypot(T::from(0.45).unwrap())
                        .powf((y - s2).atan() * T::from(1.26).unwrap())
                        > T::from(-0.24).unwrap()
                    {
                        continue;
                    }
                }
                gen_84(
                    T::from(-1.21).unwrap(),
                    (a3 * T::from(0.52).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    (n + 3) % 5,
                )
            } else {
                s2 = (s2
                    + w[n % 4].min(s2)
                        / -T::hypot(
                            (a1.sinh() * T::from(0.46).unwrap()).sin() * T::from(3.0).unwrap(),
                            T::from(0.48).unwrap(),
                        ))
                .atan()
                    * T::from(1.89).unwrap();
                let mut s7 = (((T::from(core::f64::consts::LN_2).unwrap() + y)
                    * T::from(0.56).unwrap())
                .sin()
                    * T::from(0.9).unwrap())
                .atanh();
                gen_180(
                    T::log2(
                        T::from(1.0).unwrap()
                            + T::sin(s2.atan() * T::from(1.89).unwrap())
                            + T::from(0.54).unwrap(),
                    ),
                    ((w[n % 4] + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    4,
                )
            };
        }
    }
    T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
}

#[differentiable]
pub fn gen_233<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = (x - x) * T::from(-1.96).unwrap();
        let mut h2 = [T::zero(); 4];
    }
    for _ in w.iter() {
        if gen_225(
            (w[1] * y * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            gen_163(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                w,
                n,
            ),
            w,
            n * 2 % 5,
        ) > T::from(-0.38).unwrap()
        {
            break;
        }
    }
    let mut s4 = x.exp2().log10();
    let mut y =
        (y * (w[n * 2 % 4] - w[n % 4]) * T::from(0.19).unwrap()).tanh() * T::from(4.0).unwrap();
    ((T::from(1.0).unwrap()
        + T::tanh((x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
        + T::from(0.28).unwrap())
    .powf(T::from(-0.56).unwrap())
        + w[n % 4] / -(T::from(1.0).unwrap() + w[1].tanh() + T::from(0.34).unwrap())
        + s4)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_234<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 < 1
        || gen_82(
            ((y - y) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            (T::one() * w[(n + 1) % 4]).atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) < (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(1.67).unwrap()).acosh()
    {
        let a1: T = -x;
        for &v2 in w.iter() {
            for (i4, _) in w.iter().enumerate() {
                if i4 % 2 == 0 {
                    {
                        if n < 2 {
                            if n % 2 != 1 {
                                return (gen_186(
                                    (a1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                                    (w[n % 4] * T::from(0.75).unwrap()).tanh()
                                        * T::from(2.0).unwrap(),
                                    w,
                                    i4 * 2 % 5,
                                )
                                .atan()
                                    * T::from(0.56).unwrap())
                                .atanh();
                            }
                        } else {
                            let a5 = T::from(0.33).unwrap().exp_m1()
                                / (T::from(1.0).unwrap()
                                    + (((T::from(-1.37).unwrap() + y) * T::from(0.45).unwrap())
                                        .sin()
                                        * T::from(3.0).unwrap())
                                    .sin()
                                    + T::from(0.29).unwrap())
                                * (T::max(T::from(1.69).unwrap(), v2) + a1.abs());
                        }
                        let k6 = 2;
                    }
                } else {
                    let y = y * x;
                }
            }
        }
    } else {
        let a7 = if !(n % 3 < 3
            && x.ceil().max(T::from(n as f64).unwrap() / x.cosh())
                <= T::from(0.34).unwrap() + w[n % 4])
        {
            (T::from(n as f64).unwrap() + w[1]).atan()
        } else {
            y
        };
    }
    T::tanh((T::from(n * 2).unwrap() + x) * T::from(0.15).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_235<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y * T::from(n).unwrap();
    let a6 = if (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.64).unwrap())
        .sqrt()
        .sqrt()
        < T::from(-0.1).unwrap()
    {
        ((gen_11(
            w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
            w[n % 4].atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) * T::from(0.28).unwrap())
        .sin()
            * T::from(0.9).unwrap())
        .acos()
        .asinh()
    } else {
        if n % 2 % 2 == 0 && y <= T::from(-0.33).unwrap() {
            let a1 = T::atanh(T::from(-0.48).unwrap()).cosh();
        } else if n % 2 > 1 {
            let a4 = {
                let a2 = ((-y
                    / -((y * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap())
                        .hypot(T::from(0.7).unwrap()))
                .atan()
                    * T::from(2.2).unwrap())
                .exp2();
                let mut k3: usize = n % 4;
                w[1]
            };
        } else {
            let a5 = (T::atan(T::from(-1.76).unwrap()) * T::from(0.75).unwrap()).tan()
                + (x.abs() + T::from(0.37).unwrap()).log10();
        }
        T::tan(((x - x) * T::from(0.37).unwrap()).sin() * T::from(1.2).unwrap())
    };
    let a7 = y;
    let mut k8: usize = n * 2 % 5;
    let a9 = if gen_99(
        T::sqrt(T::from(1.0).unwrap() + x.tanh() + T::from(0.32).unwrap()),
        gen_84(
            (a7 * T::from(0.19).unwrap()).sin() * T::from(2.0).unwrap(),
            T::from(-1.11).unwrap(),
            w,
            n,
        )
        .atan()
            * T::from(1.26).unwrap(),
        w,
        n,
    ) > T::from(0.98).unwrap()
    {
        return (T::from(1.34).unwrap() + x).tanh();
    } else {
        T::sinh(
            T::from(0.99)
                .unwrap()
                .log(T::from(1.0).unwrap() + T::tanh(w[(k8 + 3) % 4]) + T::from(1.87).unwrap()),
        )
    };
    k8 *= 2;
    k8 %= 5;
    w[k8 % 4]
}

#[differentiable]
pub fn gen_236<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::sin(
            ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
                * y
                * T::from(0.66).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    if x < T::from(-0.84).unwrap() {
        return gen_125(
            T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            ((T::from(OFFSET).unwrap() + h1[0]) * T::from(0.67).unwrap()).sin()
                * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        );
    }
    let a3: T = T::from(1.7).unwrap();
    let a4 = (gen_111(
        T::atan(w[(n + 3) % 4]) * T::from(1.26).unwrap(),
        y.atan() * T::from(1.26).unwrap(),
        &h1,
        3,
    ) / ((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos())
    .atan()
        * T::from(2.52).unwrap();
    for (i6, v5) in w.iter().enumerate() {
        for (i8, _) in w.iter().enumerate() {
            let a9 = gen_115(
                T::tanh(T::max(w[(n + i6) % 4].ceil(), (*v5).ceil()) * T::from(0.5).unwrap())
                    * T::from(2.0).unwrap(),
                (h1[n * 3 % 4].abs() + T::from(1.63).unwrap()).acosh(),
                w,
                i8,
            );
            let a12 = if i8 % 2 % 2 == 0 {
                h1[n % 4] = ((h1[n % 4] - *v5).abs() * a3).atan() * T::from(1.26).unwrap();
                let a11 = {
                    let a10 = {
                        let i8 = T::from(i8).unwrap() * h1[(n + i8) % 4].sin();
                        T::one().sin()
                            + T::recip(
                                -((a9 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                                    .cosh(),
                            )
                    };
                    h1[0] - T::from(SCALE).unwrap()
                        + T::max(a9 + T::from(0.57).unwrap(), -h1[(i6 + n) % 4])
                };
                (a11 - y) / -w[3].cosh()
            } else {
                -x
            };
        }
    }
    (T::atan2(
        h1[(n + 1) % 4],
        T::from(1.0).unwrap() + T::tanh(h1[n * 2 % 4]) + T::from(0.63).unwrap(),
    )
    .floor()
        * x
        + a4)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_237<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4];
    if s1 < T::from(1.45).unwrap() {
        return w[n % 4].min(gen_144(
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            w,
            n,
        ));
    }
    if n % 2 % 2 == 0 {
        let a6 = {
            let a3 = {
                let a2 = ((y + w[n * 3 % 4]).atan() * T::from(1.57).unwrap()).exp_m1();
                w[n * 2 % 4]
            };
            let mut h4 = [T::one(); 4];
            for i5 in 0..4 {
                h4[i5] = T::tanh(
                    gen_212(
                        (-s1).atan() * T::from(1.26).unwrap(),
                        h4[i5 * 3 % 4].atan() * T::from(1.26).unwrap(),
                        w,
                        n * 3 % 5,
                    ) * T::from(0.25).unwrap(),
                ) * T::from(2.0).unwrap();
            }
            (T::sinh(T::from(-1.81).unwrap()) - T::from(-0.99).unwrap() * T::zero()).cos()
        };
        let a7 = if T::from(1.9).unwrap().trunc().signum() < s1 - x
            && T::atan(s1) > T::from(1.13).unwrap()
        {
            T::hypot(w[n % 4], T::from(0.32).unwrap()).log2() * (w[n % 4] % y.cosh())
        } else {
            (w[n % 4]
                / -T::cosh(
                    (T::from((n + 2) as f64).unwrap() * T::from(0.25).unwrap()).sin()
                        * T::from(3.0).unwrap(),
                ))
            .tanh()
        };
        let a8 = {
            s1 = T::atan(
                w[n * 3 % 4] * T::from(std::f64::consts::PI).unwrap()
                    + (s1 - T::from(SCALE).unwrap()),
            ) * T::from(1.89).unwrap();
            (((gen_234(
                T::from(-1.78).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                2,
            ) + T::one().exp_m1())
                * T::from(0.21).unwrap())
            .tanh()
                * T::from(3.5).unwrap())
            .exp2()
        };
    } else if y.cosh() * w[n % 4] >= T::from(0.56).unwrap() || T::from(SCALE).unwrap() < x.cos() {
        let a9 = if !(x > T::from(OFFSET).unwrap() && n != 1) {
            return T::one() - w[n % 4].sin();
        } else {
            s1
        };
    }
    (T::from(0.1).unwrap() + x - T::from(-0.75).unwrap()) * x
}

#[differentiable]
pub fn gen_238<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = (gen_72(
            T::sin(x * y * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
            T::sin(h1[(n + 2) % 4].ceil() * T::from(0.5).unwrap()) * T::from(2.0).unwrap(),
            &h1,
            (i2 + 2) % 5,
        ) * T::from(0.6).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    if (-(x.powi(2) + T::from(0.56).unwrap())).recip() > w[1] - T::from(1.18).unwrap() {
        let a3 = -(T::from(-1.47).unwrap() + T::from((n + 3) as f64).unwrap());
        let mut h4 = [T::zero(); 4];
    } else {
        let a5 = x.ceil();
        let mut s6 =
            (T::from(n as f64).unwrap() * T::from(n as f64).unwrap() * T::from(0.09).unwrap())
                .tanh()
                * T::from(4.0).unwrap()
                / T::from(SCALE).unwrap().exp2();
        let a7 = T::from(-0.62).unwrap()
            % ((T::atan(a5) * T::from(1.89).unwrap()).hypot(T::from(0.35).unwrap())
                + T::from(0.37).unwrap());
    }
    let mut h8 = [T::one(); 4];
    for i9 in 0..4 {
        h8[i9] = T::sin((h1[(n + i9) % 4] + x + (y - h1[n % 4])) * T::from(0.19).unwrap())
            * T::from(2.0).unwrap();
    }
    let y = y.tanh();
    ((T::from(0.97).unwrap()
        / (T::from(1.0).unwrap() + T::tanh(h8[3]) + T::from(0.36).unwrap())
        / -((T::from(1.0).unwrap() + T::tanh(T::zero())).log10().abs() + T::from(0.6).unwrap())
        + x
        + x)
        * T::from(0.19).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_239<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -y
        * gen_117(
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        );
    let mut x = T::atan(
        x + gen_84(
            (a1 * T::from(0.14).unwrap()).tanh() * T::from(2.0).unwrap(),
            w[n % 4] * T::from(0.41).unwrap(),
            w,
            n,
        ),
    ) * T::from(1.89).unwrap();
    if gen_234(
        T::log2(w[n % 4].hypot(T::from(0.26).unwrap())),
        (((a1 - a1) * T::from(0.07).unwrap()).tanh()
            * T::from(6.0).unwrap()
            * T::from(0.27).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        w,
        3,
    ) <= x
    {
        let a2 = (-w[0]).exp_m1();
    }
    let a3 = ((-(w[n % 4].powi(2) + T::from(0.65).unwrap()))
        .recip()
        .powi(2)
        + T::from(1.41).unwrap())
    .acosh()
        + ((w[3] + T::from(n + 2).unwrap() + (w[n * 3 % 4] + x)) * T::from(0.12).unwrap()).sin()
            * T::from(6.0).unwrap();
    x = w[n % 4];
    if x + w[n * 2 % 4] <= T::asinh(w[n % 4]) {
        if T::from(n * 3 % 9).unwrap()
            <= (w[n % 4] * a1 * T::from(0.07).unwrap()).tanh() * T::from(6.0).unwrap()
        {
            let a4 = a3;
            let mut s5 = ((x
                / (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.56).unwrap())
                - (a4 - x))
                * T::from(0.09).unwrap())
            .tanh()
                * T::from(6.0).unwrap();
            let mut s6: T = T::sin(s5 * T::from(0.25).unwrap()) * T::from(4.0).unwrap();
        } else {
            let a7 = if n % 2 == 0 {
                x
            } else {
                T::from(std::f64::consts::PI).unwrap()
            };
            x = (x
                * (x + (T::from(-0.39).unwrap() * T::from(0.83).unwrap()
                    - w[n % 4].mul_add(w[n % 4], w[n % 4]))))
            .atan()
                * T::from(1.89).unwrap();
        }
    } else if -T::from(4).unwrap() <= w[n % 4] {
        let a8 = T::one();
    }
    ((a3 + y) * T::from(0.15).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_240<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a8 = if n % 2 == 0 {
        for i1 in 0..n % 3 + 1 {
            let mut s2 = (y.abs().exp_m1() * T::from(0.23).unwrap()).tanh() * T::from(2.0).unwrap();
            for i3 in (0..4).step_by(2) {
                if y < w[(i3 + 3) % 4] {
                    let a4 = ((w[(i3 + i1) % 4]
                        / T::from(-0.12).unwrap().hypot(T::from(0.6).unwrap()))
                    .atan()
                        * T::from(1.57).unwrap())
                    .powi(3);
                    let mut s5 = ((a4.atan() * T::from(1.89).unwrap()).sinh()
                        / (T::from(1.0).unwrap()
                            + s2.max(w[3 - i1]).tanh()
                            + T::from(0.41).unwrap()))
                    .atan()
                        * T::from(0.63).unwrap();
                } else if gen_18(
                    s2 * T::from(0.74).unwrap(),
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    i3,
                ) > T::from(-1.22).unwrap()
                {
                    let a6 = (x + s2) * T::from(core::f64::consts::LN_2).unwrap();
                } else {
                    let a7 = w[3 - i3];
                }
            }
        }
        (w[(n + 3) % 4].cos()
            / T::cosh(((y + x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()))
        .hypot(x.hypot(T::from(0.38).unwrap()))
    } else {
        y
    };
    x
}

#[differentiable]
pub fn gen_241<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[3];
    let a1 = a1
        * (T::atan(w[n * 3 % 4] + y) * T::from(1.26).unwrap())
            .powi(n as i32)
            .sin();
    for i2 in (1..n).step_by(2) {
        let mut s3 = T::ceil(w[0])
            / T::cosh(
                ((w[(i2 + 3) % 4] - y) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
            );
        s3 = T::atan(s3 + s3) * T::from(2.52).unwrap();
    }
    let y = (T::exp_m1(T::from(n).unwrap().atan() * T::from(1.57).unwrap()).atan()
        * T::from(1.89).unwrap())
    .cosh()
    .recip();
    T::from(0).unwrap()
}

#[differentiable]
pub fn gen_242<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = y + w[n % 4];
    if (y * T::from(0.16).unwrap()).mul_add(y.cos(), T::from(n).unwrap() + y) <= T::exp(w[n % 4]) {
        if !(n % 3 > 1 && (w[3] - w[(n + 2) % 4]).abs() > y + x) {
            return (-y
                - gen_229(
                    T::sin((y - T::from(-0.84).unwrap()) * T::from(0.53).unwrap())
                        * T::from(2.0).unwrap(),
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    0,
                ))
            .atan()
                * T::from(3.78).unwrap();
        }
    }
    let mut h2 = [T::one(); 4];
    for i3 in 0..4 {
        h2[i3] = ((h2[(i3 + 1) % 4] + a1) * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let a5 = {
        let mut s4 = ((T::from(1.76).unwrap() - x - (x + T::from(std::f64::consts::PI).unwrap()))
            * T::from(0.28).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        (T::sin(T::from(1.72).unwrap() * x * T::from(0.44).unwrap()) * T::from(3.0).unwrap()).sinh()
    };
    for _ in 0..4 {
        if n % 2 > 1 {
            continue;
        }
        if -x
            <= T::from(0.29).unwrap()
                % (T::from(1.0).unwrap() + w[0].sin() + T::from(0.69).unwrap())
        {
            let mut s7 = T::asin(
                T::sqrt(T::from(1.0).unwrap() + x.sin() + T::from(0.66).unwrap()).atan()
                    * T::from(0.56).unwrap(),
            );
            if ((a5 + T::sin((a1 + a5) * T::from(0.11).unwrap()) * T::from(6.0).unwrap())
                * T::from(0.09).unwrap())
            .sin()
                * T::from(4.0).unwrap()
                <= s7 + w[n % 4]
            {
                break;
            }
            let a8 = (a1 - T::one()) * x;
        } else {
            let a9 = if T::from(0.93).unwrap() < T::from(1.39).unwrap() {
                -(T::from(1.09).unwrap() - T::zero() * x)
            } else {
                x / -(T::from(1.0).unwrap() + T::tanh(w[2]) + T::from(0.38).unwrap())
                    - (T::from(1.08).unwrap() + x)
            };
        }
    }
    (gen_234(
        (a1 * h2[n % 4] * T::from(0.19).unwrap()).sin() * T::from(2.0).unwrap(),
        (w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        (n + 1) % 5,
    ) * a5
        * T::from(0.03).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_243<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (-(T::from(n).unwrap() + w[n * 3 % 4])).atan() * T::from(1.89).unwrap();
    let mut k2: usize = 0;
    while ((T::cosh(w[(n + 2) % 4]) * x.mul_add(x, s1)).atan() * T::from(3.78).unwrap()
        < gen_242(
            T::from(1.42).unwrap(),
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )
        || T::from(-1.8).unwrap() - s1 + T::from(-0.28).unwrap() > T::from(1.05).unwrap())
        && k2 < 6
    {
        k2 += 1;
        s1 = (s1 * T::from(0.81).unwrap()
            + T::atan(
                (gen_226(
                    T::from(1.72).unwrap(),
                    s1.atan() * T::from(1.26).unwrap(),
                    w,
                    n * 3 % 5,
                ) / (gen_229(
                    s1.atan() * T::from(1.26).unwrap(),
                    (s1 * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                .atan()
                    * T::from(1.89).unwrap())
                .cosh())
                .cosh(),
            ) * T::from(1.26).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        if T::cosh(T::from(0.64).unwrap() + x).log2() <= y * y {
            continue;
        }
    }
    let a3 = T::from(1.39).unwrap();
    for (_, _) in w.iter().zip(w.iter()) {
        let a6 = w[3];
        let k7 = (k2 + 3) % 8;
    }
    s1 = s1.atan() * T::from(1.89).unwrap();
    for i8 in (0..4).step_by(2) {
        if T::log(
            ((w[n * 2 % 4] / -(w[n * 2 % 4].powi(2) + T::from(0.5).unwrap())
                * T::from(0.37).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .hypot(T::from(0.63).unwrap()),
            T::from(3.74).unwrap(),
        ) > T::from(n + 3).unwrap() + w[(k2 + i8) % 4]
        {
            break;
        }
        if x > w[k2 * 3 % 4].mul_add(s1, T::from(i8).unwrap()) {
            return (T::atan(
                T::from(std::f64::consts::PI).unwrap()
                    / (T::from(1.0).unwrap() + T::sin(w[(n + k2) % 4]) + T::from(0.22).unwrap()),
            ) * T::from(0.63).unwrap())
            .ln();
        }
    }
    let a9 = if (T::tanh(s1 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).cosh()
        > T::from(-0.96).unwrap()
    {
        w[n * 2 % 4].tanh()
    } else {
        T::from(std::f64::consts::PI).unwrap() - w[k2 % 4]
    };
    (y.atan() * T::from(0.56).unwrap()).asin() * (w[k2 * 3 % 4] + y)
}

#[differentiable]
pub fn gen_244<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::sin(
        ((x * y - (x - T::from(1.12).unwrap()))
            / ((((x * y
                + x.hypot(
                    T::from(1.0).unwrap() + T::tanh(w[(n + 2) % 4]) + T::from(0.64).unwrap(),
                ))
                * T::from(0.21).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.49).unwrap())
            * T::from(0.1).unwrap())
        .sin()
            * T::from(4.0).unwrap()
            * T::from(0.37).unwrap(),
    ) * T::from(4.0).unwrap();
    if (-x).trunc() > y / -y.hypot(T::from(0.98).unwrap()) {
        for (_, _) in w.iter().zip(w.iter()) {
            if n < 2 {
                break;
            }
            let a4 = x.hypot(T::from(0.81).unwrap()).log(T::from(4.55).unwrap());
            if s1 - w[n % 4].cosh().recip() < T::from(-1.11).unwrap() {
                let a5 = (gen_226(
                    (w[(n + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::from(1.76).unwrap(),
                    w,
                    n,
                ) + (a4 - T::from(1.91).unwrap()))
                    * (T::from(1.0).unwrap()
                        + gen_235(
                            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            T::zero(),
                            w,
                            n,
                        )
                        .sin()
                        + T::from(0.27).unwrap())
                    .log(T::from(4.48).unwrap());
                let mut s6 = T::tanh((w[n % 4] + (a4 + w[n % 4])) * T::from(0.33).unwrap())
                    * T::from(3.0).unwrap();
                let mut s7: T = s6;
            }
        }
    } else if gen_172(
        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::atan(x.hypot(T::from(1.0).unwrap() + w[(n + 1) % 4].tanh() + T::from(0.47).unwrap()))
            * T::from(1.26).unwrap(),
        w,
        n,
    ) >= T::exp_m1(y)
    {
        let a8 = w[n % 4];
    }
    y.asinh().exp()
}

#[differentiable]
pub fn gen_245<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in (0..4).step_by(2) {
        let mut s2 = ((T::atan(y * T::from(1.63).unwrap()) * T::from(1.89).unwrap()).abs()
            + T::from(0.64).unwrap())
        .recip();
    }
    let mut x = x.atan() * T::from(1.26).unwrap();
    let a3 = gen_242(
        T::sin(
            y / (T::from(1.0).unwrap() + y.sin() + T::from(0.59).unwrap()) * T::from(0.44).unwrap(),
        ) * T::from(2.0).unwrap(),
        T::tanh(-y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    );
    let a3 = T::from(1.27).unwrap() + T::from(std::f64::consts::PI).unwrap();
    gen_225(
        T::one(),
        (w[0] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n * 2 % 5,
    )
}

#[differentiable]
pub fn gen_246<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 == 0 {
        let mut y = gen_33(
            (w[n * 2 % 4].abs().ceil() * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        )
        .atan()
            * T::from(2.52).unwrap();
        y = (y
            * (T::from(n).unwrap()
                % (((y * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                    .hypot(T::from(0.42).unwrap())
                    + T::from(0.5).unwrap())
                + T::from(OFFSET).unwrap())
            * T::from(0.1).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        y = (y - T::from(core::f64::consts::LN_2).unwrap()).atan() * T::from(2.52).unwrap();
    }
    if n != 1 {
        return T::from(1.87).unwrap();
    }
    if -T::from(OFFSET).unwrap() < T::from(-0.82).unwrap() {
        for (i2, &v1) in w.iter().enumerate() {
            {
                let a3 = gen_229(
                    (v1.powi(2) + T::from(0.25).unwrap()).cbrt().floor(),
                    y.tanh(),
                    w,
                    3,
                );
                let a6 = if n % 2 == 0 {
                    y - gen_22(
                        T::from(1.9).unwrap(),
                        (w[i2 * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        i2,
                    )
                } else if v1 < (x.atan() * T::from(1.26).unwrap()).powi(i2 as i32) {
                    let mut h4 = [T::zero(); 4];
                    for i5 in 0..4 {
                        h4[i5] = ((a3 + y) * T::from(0.2).unwrap()).sin() * T::from(2.0).unwrap();
                    }
                    h4[i2 * 2 % 4]
                } else {
                    T::atan(
                        (a3 + v1).atan()
                            * (w[n % 4] / (x.abs() + T::from(0.56).unwrap())).mul_add(
                                T::from(i2).unwrap()
                                    % (T::from(1.0).unwrap()
                                        + w[n % 4].tanh()
                                        + T::from(0.48).unwrap()),
                                a3.asinh(),
                            ),
                    ) * T::from(2.52).unwrap()
                };
                let v1 = a6;
            }
        }
    } else if (T::from(1).unwrap() + T::from(-0.89).unwrap()) * y.mul_add(w[0], y)
        < T::from(0.51).unwrap()
    {
        let a7 = x;
    }
    ((((T::from(1.15).unwrap() / (w[n % 4].powi(2) + T::from(0.21).unwrap())
        * T::from(0.27).unwrap())
    .tanh()
        * T::from(3.0).unwrap())
    .cosh()
        + x
        + x)
        * T::from(0.13).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_247<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in w.iter() {
        let a2 = w[n % 4];
        let mut a2 =
            T::atan(((a2 * y * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sinh())
                * T::from(1.26).unwrap();
        let a3 = w[n % 4];
    }
    let a4 = gen_235(
        T::from(0.41).unwrap(),
        w[n % 4].atan() * T::from(1.26).unwrap(),
        w,
        n,
    ) - (T::from(-1.8).unwrap() - w[n * 3 % 4]);
    let a5 = T::from(-0.4).unwrap();
    if T::from(3).unwrap()
        <= gen_222(
            (a4 * T::from(0.26).unwrap()).tanh() * T::from(2.0).unwrap(),
            a5,
            w,
            (n + 1) % 5,
        )
    {
        if T::zero() < T::from(1.17).unwrap() {
            let mut s6 = gen_225(
                (a5.sin()
                    / (T::from(1.0).unwrap() + w[(n + 3) % 4].sin() + T::from(0.27).unwrap())
                    * T::from(0.4).unwrap())
                .sin()
                    * T::from(2.0).unwrap(),
                a5 + ((T::tanh(
                    ((x.powi(2) + T::from(0.56).unwrap()) * T::from(0.33).unwrap()).sin()
                        * T::from(4.0).unwrap()
                        * T::from(0.37).unwrap(),
                ) * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.79).unwrap())
                .powi(-1),
                w,
                n,
            );
            let y = T::from(1.6).unwrap();
        } else {
            let k7 = n;
        }
    } else {
        let a8 = if a5 > w[n * 3 % 4] * T::from(-0.22).unwrap() {
            T::one().ln()
        } else {
            (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.36).unwrap()).recip()
                / T::sqrt(T::from(1.0).unwrap() + w[0].tanh() + T::from(0.34).unwrap())
                + (w[3] - (T::from(-0.49).unwrap() - T::from(0.65).unwrap()))
        };
    }
    (w[n % 4] + a4).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_248<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::sqrt(
        T::from(1.0).unwrap()
            + (T::sin((x + y - x) * T::from(0.25).unwrap()) * T::from(3.0).unwrap()).sin()
            + T::from(0.69).unwrap(),
    );
    let mut h2 = [T::zero(); 4];
    let a3 = (h2[n * 2 % 4] + T::from(core::f64::consts::LN_2).unwrap())
        / T::cosh((x.atan() * T::from(0.5).unwrap()).ln_1p());
    h2[n * 3 % 4] = T::sin(
        h2[n * 3 % 4]
            * ((T::from(1.0).unwrap()
                + (T::sin(T::from(-1.69).unwrap() * T::from(0.89).unwrap())
                    * T::from(1.2).unwrap())
                .tan()
                .tanh()
                + T::from(0.2).unwrap())
            .ln()
                * T::from(0.97).unwrap())
            .sin()
            * T::from(0.75).unwrap(),
    ) * T::from(2.0).unwrap();
    let a6 = {
        {
            let mut h4 = [T::zero(); 4];
            let mut s5 = (y.powi(2) + T::from(0.45).unwrap()).hypot(T::zero()).atan();
        }
        (T::from(-1.63).unwrap() - x).mul_add(
            (T::from(1.0).unwrap() + x.sin() + T::from(0.69).unwrap()).log2(),
            T::from((n * 2) as f64).unwrap() - x,
        )
    };
    let mut x = x.tanh();
    T::cosh(T::from(-0.91).unwrap() - T::from(0.6).unwrap())
        .powf(T::tanh((y + a1) * T::from(0.41).unwrap()) * T::from(2.0).unwrap())
}

#[differentiable]
pub fn gen_249<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4];
    let a2: T = x;
    {
        let a3 = if n < 3 {
            T::trunc(a1)
        } else {
            (T::atan(w[0] / y.cosh()) * T::from(0.5).unwrap()).ln_1p()
        };
        let mut s4: T = w[(n + 3) % 4] * T::from(0.09).unwrap();
    }
    (x * a1 * a1 * T::from(0.19).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_250<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n * 3 % 8;
    if (T::powf(
        ((w[k1 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).powi(2)
            + T::from(0.23).unwrap(),
        ((T::from(-0.49).unwrap() - y) * T::from(0.6).unwrap()).sin() * T::from(2.0).unwrap(),
    ) * T::from(0.08).unwrap())
    .tanh()
        * T::from(3.0).unwrap()
        >= w[k1 * 3 % 4] + T::from(std::f64::consts::PI).unwrap()
    {
        {
            if T::signum(T::from(k1 * 2 % 9).unwrap()) > y {
                for &v2 in w.iter() {
                    let a3 = if !(k1 != 1
                        && T::log10(T::sqrt(
                            T::from(1.0).unwrap() + y.tanh() + T::from(0.43).unwrap(),
                        )) < v2
                            / (T::from(1.0).unwrap()
                                + w[(k1 + 1) % 4].tanh()
                                + T::from(0.62).unwrap()))
                    {
                        w[3].exp().floor()
                    } else {
                        T::from(-1.3).unwrap() + (w[(k1 + n) % 4] - y)
                    };
                }
                let y = y;
            } else if gen_230(
                T::sin(w[(k1 + 1) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (w[2] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                k1 % 5,
            ) > ((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
                || y > x % (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.67).unwrap())
            {
                if k1 % 3 < 3 {
                    let a4 = T::from(1.8).unwrap()
                        + (T::from(1.0).unwrap() + x.tanh() + T::from(0.54).unwrap()).cbrt();
                } else {
                    {
                        let k1 = T::from(k1).unwrap()
                            * (T::from(-0.29).unwrap().ln_1p()
                                * (y / (T::from(1.0).unwrap() + T::tanh(T::zero()))));
                        let mut h5 = [T::zero(); 4];
                    }
                    if y < T::from(-0.09).unwrap() + T::one() {
                        let mut h6 = [T::zero(); 4];
                        let a7 = if T::from(0.6).unwrap() > x * h6[(n + k1) % 4] {
                            T::signum(y + y)
                        } else {
                            (T::from(1.0).unwrap()
                                + (T::from(-1.12).unwrap() * x).tanh()
                                + T::from(0.43).unwrap())
                            .ln()
                        };
                    }
                }
            } else {
                if T::atan(
                    T::from(-1.4).unwrap().mul_add(x, T::from(OFFSET).unwrap()) * (y * w[n % 4]),
                ) * T::from(0.63).unwrap()
                    < y + x
                {
                    return ((T::from(0.35).unwrap()
                        - T::from(0.36).unwrap()
                        - gen_23(
                            w[n % 4].atan() * T::from(1.26).unwrap(),
                            x.atan() * T::from(1.26).unwrap(),
                            w,
                            (k1 + n) % 5,
                        )
                        + T::log2(
                            T::from(1.0).unwrap() + w[(n + k1) % 4].tanh() + T::from(0.52).unwrap(),
                        ))
                        * T::from(0.21).unwrap())
                    .sin()
                        * T::from(6.0).unwrap();
                }
            }
        }
    } else if k1 % 2 > 3 {
        let a8 = if T::fract(T::from(1.75).unwrap().min(x)) >= T::from(0.55).unwrap() {
            x - T::atan2(
                T::from(1.0).unwrap()
                    + (T::atan(T::from(k1 + 1).unwrap()) * T::from(1.89).unwrap()).sin()
                    + T::from(0.63).unwrap(),
                T::zero(),
            )
        } else if k1 % 2 > 3 {
            return w[n % 4].exp_m1() + T::from(-1.28).unwrap();
        } else {
            -w[k1 % 4]
        };
    } else {
        let a9 = (w[(n + 2) % 4] - x)
            / (T::from(1.0).unwrap()
                + (T::sinh(
                    (T::from((k1 * 3 % 9) as f64).unwrap() * T::from(0.19).unwrap()).tanh()
                        * T::from(3.0).unwrap(),
                )
                .atan()
                    * T::from(1.89).unwrap())
                .sin()
                + T::from(0.51).unwrap());
    }
    gen_101(
        ((w[1] + T::from(k1).unwrap()) * T::from(0.17).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(T::exp_m1(w[k1 % 4]) * T::from(0.23).unwrap()) * T::from(2.0).unwrap(),
        w,
        (n + k1) % 5,
    ) + x
        + x
}

#[differentiable]
pub fn gen_251<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x.min(x.asinh());
    let a1 =
        (T::from(1.0).unwrap() + (T::from(OFFSET).unwrap() + a1).sin() + T::from(0.36).unwrap())
            .ln();
    let mut s2 = (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let a3 = if gen_204(
        ((T::from(SCALE).unwrap() + w[(n + 1) % 4]) * T::from(0.55).unwrap()).sin()
            * T::from(2.0).unwrap(),
        a1 / -(T::from(1.0).unwrap() + x.sin() + T::from(0.62).unwrap()),
        w,
        n,
    ) > T::from(0.66).unwrap()
    {
        T::from(n).unwrap()
    } else {
        w[1] - (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.33).unwrap()).log2()
    };
    let k4 = n;
    (T::zero() * T::from((k4 * 3 % 9) as f64).unwrap()).sinh()
}

#[differentiable]
pub fn gen_252<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    let a2 = y;
    let a4 = if w[n % 4].hypot(T::from(0.7).unwrap()).cbrt().exp2()
        < T::cbrt(T::from(1.0).unwrap() + w[3].sin() + T::from(0.68).unwrap())
    {
        T::zero()
            + (T::from(1.0).unwrap() + T::from(-1.35).unwrap().tanh() + T::from(1.27).unwrap())
                .acosh()
    } else {
        let a3 = T::from(n as f64).unwrap();
        gen_230(
            a2.sin().powi(3),
            (T::from(SCALE).unwrap() * a2 - w[3]).atan() * T::from(1.26).unwrap(),
            w,
            n * 2 % 5,
        )
    };
    let mut s5 = -(((w[n % 4] / -a4.hypot(T::from(0.51).unwrap()))
        .mul_add(w[n % 4] * w[2], a4 + w[n % 4])
        * T::from(0.08).unwrap())
    .tanh()
        * T::from(4.0).unwrap());
    if n % 3 != 3 {
        s1 = (s1
            + (T::from(OFFSET).unwrap() - (T::from((n * 3 % 9) as f64).unwrap() + y))
                * -((T::from(n * 3 % 9).unwrap() + T::from(n * 2).unwrap())
                    * T::from(0.09).unwrap())
                .tanh())
        .atan()
            * T::from(1.26).unwrap();
        s1 = ((s1 + -(a4 - T::from(SCALE).unwrap())) * T::from(0.4).unwrap()).tanh()
            * T::from(2.0).unwrap();
        let x = x.tanh();
    } else if w[n % 4]
        > gen_156(
            T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            (s1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            4,
        )
    {
        let mut s1 = s1
            + T::from(-0.34)
                .unwrap()
                .round()
                .hypot(T::from(0.88).unwrap())
                .cbrt();
    } else {
        s1 = (s1
            * (T::from(core::f64::consts::LN_2).unwrap()
                / (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.66).unwrap())))
        .atan()
            * T::from(1.26).unwrap();
    }
    a4.abs() + x
}

#[differentiable]
pub fn gen_253<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y + w[n % 4] % (T::from(1.0).unwrap() + w[2].sin() + T::from(0.93).unwrap()) * w[n % 4];
    let mut s1 =
        (T::one().sin() * y.max(T::from(n as f64).unwrap())).atan() * T::from(2.52).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 3 {
            break;
        }
        k2 += 1;
        s1 = T::atan(
            s1 + T::sin(
                (T::from(1.0).unwrap() + w[(n + 2) % 4].tanh() + T::from(0.21).unwrap())
                    * T::from(0.69).unwrap(),
            ) * T::from(2.0).unwrap(),
        ) * T::from(2.52).unwrap();
        let a3: T = (w[n * 2 % 4] + w[n * 3 % 4]).sin();
        let mut h4 = [T::from(-0.1).unwrap(); 4];
        for i5 in 0..4 {
            h4[i5] = (T::from(n).unwrap()
                % (T::from(1.0).unwrap() + (x / T::cosh(w[i5])).sin() + T::from(0.64).unwrap())
                * T::from(0.57).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        for i6 in (1..n).step_by(2) {
            if h4[i6] <= T::from(0.39).unwrap() {
                if gen_226(
                    (h4[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    (s1 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    (n + i6) % 5,
                ) + T::from(i6).unwrap() * w[i6]
                    < T::from(0.49).unwrap()
                {
                    return s1 + T::cos(h4[1]);
                }
                let mut i6 = (T::from(i6).unwrap()
                    * (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                        + w[3] % T::from(0.28).unwrap().cosh())
                    * T::from(0.29).unwrap())
                .sin()
                    * T::from(3.0).unwrap();
            }
        }
        if !(n % 2 < 1
            && T::one().signum() - T::from(SCALE).unwrap().asin()
                <= ((y * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap()).sinh())
        {
            break;
        }
    }
    let a7 = x;
    let s1 = T::from(1.33).unwrap();
    if n > 1 {
        return T::sin(
            (w[0] + T::from(OFFSET).unwrap()
                - T::atan(y.mul_add(
                    T::from(-1.99).unwrap(),
                    T::from(std::f64::consts::PI).unwrap(),
                )) * T::from(3.78).unwrap())
                * T::from(0.19).unwrap(),
        ) * T::from(6.0).unwrap();
    }
    -w[3 - k2] + a7 / T::exp(T::from(1).unwrap())
}

#[differentiable]
pub fn gen_254<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(0.07).unwrap();
    let mut k2: usize = n + 1;
    let mut s3 = T::sin(
        gen_234(
            a1 / -(a1.powi(2) + T::from(0.67).unwrap()) * T::from(1.35).unwrap(),
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) * T::from(0.28).unwrap(),
    ) * T::from(4.0).unwrap();
    {
        let a4 = (x - w[(k2 + 1) % 4])
            * gen_241(
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(1.88).unwrap(),
                w,
                n,
            );
        let k5 = k2;
    }
    let mut s6 = w[1];
    (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.4).unwrap()).ln() - T::from(n).unwrap()
}

#[differentiable]
pub fn gen_255<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (&v1, &v2) in w.iter().zip(w.iter()) {
        let a3 = if n > 2 {
            T::from(-0.25).unwrap()
                / -(((T::from(n + 3).unwrap() * T::from(0.21).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.59).unwrap())
        } else {
            T::one()
        };
        let a9 = if v2 - (w[n % 4] + y) <= v1 * w[n * 2 % 4] {
            if (T::from(std::f64::consts::PI).unwrap() - v2)
                * (v2 % (x.powi(2) + T::from(0.71).unwrap()))
                <= T::from(-0.17).unwrap()
            {
                let a4 = if n < 1 {
                    (T::from(1.0).unwrap()
                        + ((T::from(-2.0).unwrap() * v1).atan() * T::from(1.89).unwrap()).sin()
                        + T::from(0.33).unwrap())
                    .sqrt()
                    .ln()
                } else {
                    gen_242(
                        T::sin(a3 * w[(n + 3) % 4] * T::from(0.75).unwrap())
                            * T::from(2.0).unwrap(),
                        w[n % 4].atan() * T::from(1.26).unwrap(),
                        w,
                        3,
                    )
                };
                let a5: T = gen_115(
                    T::sinh(T::from(-0.85).unwrap()),
                    ((w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin(),
                    w,
                    n,
                );
                let k6 = 1;
            } else if T::atan(y * x * (x + T::from(-1.72).unwrap())) * T::from(0.63).unwrap()
                >= T::tanh(T::from(-1.86).unwrap())
            {
                let a7 = T::from(1).unwrap() - w[0] + x * y;
            } else {
                let mut s8 = (w[1] - v1)
                    .hypot(
                        T::from(1.0).unwrap()
                            + (T::tanh(w[n * 3 % 4].exp_m1() * T::from(0.23).unwrap())
                                * T::from(3.0).unwrap())
                            .sin()
                            + T::from(0.62).unwrap(),
                    )
                    .atan()
                    * T::from(1.26).unwrap();
            }
            T::atanh(
                (T::from(n).unwrap() * x * T::from(0.19).unwrap()).sin() * T::from(0.9).unwrap(),
            )
        } else {
            (T::atan(T::from(core::f64::consts::LN_2).unwrap().max(x)) * T::from(1.26).unwrap())
                .powi(n as i32)
        };
    }
    x * T::from(0.59).unwrap() % (y.exp_m1().atan() * T::from(1.89).unwrap()).cosh()
}

#[differentiable]
pub fn gen_256<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        for (i2, v1) in w.iter().enumerate() {
            let a3 = T::from(n * 2).unwrap().floor();
            let mut s4 = (((a3 * T::from(n).unwrap() * T::from(0.05).unwrap()).tanh()
                * T::from(4.0).unwrap()
                + *v1 * y
                + (w[i2] - w[3 - i2]) / T::from(-1.26).unwrap())
                * T::from(0.14).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let a5 = ((a3
                % (T::from(1.0).unwrap() + T::from(-1.1).unwrap().sin() + T::from(0.75).unwrap())
                * T::from(0.55).unwrap())
            .sin()
                * T::from(1.2).unwrap())
            .tan()
                / ((w[(n + i2) % 4].exp().atan() * T::from(1.89).unwrap()).powi(2)
                    + T::from(0.47).unwrap());
        }
    }
    let mut x = T::tanh(x);
    let mut s6: T = T::from(n).unwrap()
        / -((T::atan(x) * T::from(1.89).unwrap()).powi(2) + T::from(0.34).unwrap())
        % T::atan(y).cosh();
    let a7: T = T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - T::from(-1.88).unwrap();
    let a8 = x;
    let mut h9 = [T::one(); 4];
    let a10 = if T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().log(
        T::from(1.0).unwrap()
            + (T::from(0).unwrap() - h9[n * 3 % 4]).tanh()
            + T::from(1.93).unwrap(),
    ) > T::from(-0.03).unwrap()
    {
        return w[n % 4];
    } else {
        h9[n % 4]
            * ((h9[n % 4] * T::from(n * 3 % 9).unwrap() * T::from(0.09).unwrap()).tanh()
                * T::from(2.0).unwrap())
    };
    let mut s11 = ((T::tanh(a8 * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).abs()
        + T::from(0.44).unwrap())
    .ln();
    w[n * 3 % 4]
}

#[differentiable]
pub fn gen_257<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x * w[n % 4];
    let a2 = if x >= x + w[n % 4] {
        let mut x = x.atan() * T::from(1.26).unwrap();
        let a1: T = T::tanh(
            T::hypot(
                T::exp(x),
                T::from(1.0).unwrap()
                    + (T::tanh(T::from(n).unwrap() * x * T::from(0.19).unwrap())
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.54).unwrap(),
            ) * (x / (y.abs() + T::from(0.48).unwrap()) * T::atan(x))
                * T::from(0.04).unwrap(),
        ) * T::from(4.0).unwrap();
        y * (w[n * 2 % 4] * T::from(-1.06).unwrap())
    } else {
        return T::from(1.15).unwrap();
    };
    let mut h3 = [T::from(-0.38).unwrap(); 4];
    T::from(-0.46).unwrap()
}

#[differentiable]
pub fn gen_258<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = gen_242(
        T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) * y.abs();
    if !(w[(n + 1) % 4] > T::from(0.65).unwrap()
        && x / (T::atan(y) * T::from(0.56).unwrap()).acos() > T::from(0.9).unwrap())
    {
        return gen_247(
            ((T::from(1.67).unwrap().ln() + x) * T::from(0.6).unwrap()).sin()
                * T::from(2.0).unwrap(),
            (y.mul_add(T::from(n).unwrap() + y, x) * T::from(0.11).unwrap()).sin(),
            w,
            2,
        );
    }
    let a2 = T::from(0.49).unwrap().powi(1).sin();
    if T::from(1.47).unwrap() < T::from(1.29).unwrap() + w[0] {
        {
            {
                if n % 3 % 2 == 0 {
                    if w[n * 2 % 4] >= T::from(-0.7).unwrap() {
                        return (T::from(n).unwrap().max(T::from(n).unwrap())
                            * w[n % 4]
                            * T::from(0.19).unwrap())
                        .tanh()
                            * T::from(6.0).unwrap();
                    }
                    let a3 = ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                        .ln_1p()
                        .tanh();
                    for i4 in (0..4).step_by(2) {
                        let a5: T = w[i4 * 2 % 4]
                            - (y - w[3 - i4]
                                + (T::tanh(a3 * T::from(1.62).unwrap()) * T::from(0.9).unwrap())
                                    .atanh());
                        for _ in 0..n {
                            let a8 = {
                                let a7 = gen_219(T::from(0.9).unwrap(), a2, w, n)
                                    .hypot(T::from(0.72).unwrap());
                                ((w[i4 + 1] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
                                    .atanh()
                                    .signum()
                            };
                            let mut s9 = (a8 * a2).hypot(w[0].abs() + T::from(0.7).unwrap());
                        }
                    }
                } else {
                    let mut a1 =
                        ((a1 + a1) * T::from(0.07).unwrap()).tanh() * T::from(3.0).unwrap();
                }
            }
        }
    } else {
        let mut h10 = [T::from(-0.58).unwrap(); 4];
    }
    ((a1 + T::from(core::f64::consts::LN_2).unwrap() - (T::from(3).unwrap() - y))
        * T::from(0.1).unwrap())
    .sin()
}

#[differentiable]
pub fn gen_259<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a11 = {
        for _ in 0..n % 3 + 1 {
            let mut s2 = (((x + T::from(1.54).unwrap())
                * (y / -(x.powi(2) + T::from(0.46).unwrap()))
                * T::from(0.1).unwrap())
            .tanh()
                * T::from(6.0).unwrap()
                * T::from(0.27).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        }
        for (i4, v3) in w.iter().enumerate() {
            let a5 = w[3] - *v3
                + gen_257(
                    T::from(core::f64::consts::LN_2).unwrap(),
                    T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    (n + i4) % 5,
                );
            let mut s6 = T::from(core::f64::consts::LN_2).unwrap();
            let a9 = {
                let a8 = if ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                    .acos()
                    <= T::from(-0.53).unwrap()
                {
                    -T::powi(w[i4 * 2 % 4], 2)
                } else {
                    let mut h7 = [T::zero(); 4];
                    (y * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).min(gen_241(
                        a5.atan() * T::from(1.26).unwrap(),
                        (s6 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n * 2 % 5,
                    ))
                };
                T::from(i4 + n).unwrap()
            };
            let a10 = if gen_254(
                T::from(1.54).unwrap() / T::one(),
                T::atan(x) * T::from(1.26).unwrap(),
                w,
                0,
            ) <= y + T::from(n * 2).unwrap()
            {
                w[i4] + (T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).asin()
            } else {
                ((a5 + w[3 - i4])
                    / -((x.sinh().atan() * T::from(1.89).unwrap()).powi(2)
                        + T::from(0.49).unwrap())
                    * T::from(0.1).unwrap())
                .tanh()
                    * T::from(6.0).unwrap()
            };
        }
        T::from(-1.53).unwrap() + (y - x)
    };
    if x < T::from(1.37).unwrap() {
        return x;
    }
    if n % 3 < 1 {
        if !(n % 3 != 3
            && -T::one()
                >= T::from(n)
                    .unwrap()
                    .hypot(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.54).unwrap()))
        {
            return (y * a11).atan2(T::log10(y.cosh()).powi(2) + T::from(0.28).unwrap());
        }
        let mut h12 = [T::one(); 4];
        for i13 in 0..4 {
            h12[i13] = (T::ln_1p((x * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap())
                / (T::from(1.0).unwrap()
                    + T::tanh(T::atan(h12[n % 4] - h12[n * 3 % 4]) * T::from(1.89).unwrap())
                    + T::from(0.56).unwrap())
                * T::from(0.67).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
    } else if T::cbrt(
        -(T::from(1.0).unwrap()
            + (T::atan(w[(n + 2) % 4] * x) * T::from(1.89).unwrap()).tanh()
            + T::from(0.55).unwrap()),
    ) > T::from(0.52).unwrap()
    {
        let mut k14: usize = n + 1;
        k14 *= 2;
        k14 %= 6;
    }
    ((T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.58).unwrap())
        .recip()
        / T::from(-0.14).unwrap().acos()
}

#[differentiable]
pub fn gen_260<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n + 3;
    let a3 = {
        let mut k2: usize = (n + 3) % 6;
        x
    };
    let mut s4 = w[(k1 + n) % 4]
        / (T::tanh(
            -gen_242(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                x.atan() * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.27).unwrap(),
        ) * T::from(3.0).unwrap())
        .cosh();
    s4 = w[k1 % 4];
    s4 = T::tanh(
        s4 * (w[(n + k1) % 4]
            % (T::from(1.0).unwrap()
                + (w[1]
                    / -((T::from(n + 3).unwrap() * T::from(0.21).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .hypot(T::from(0.85).unwrap()))
                .tanh()
                + T::from(0.86).unwrap()))
            * T::from(0.25).unwrap(),
    ) * T::from(3.0).unwrap();
    s4 = T::sin((s4 + y.min(w[n % 4] + T::from((k1 + n) % 9).unwrap())) * T::from(0.3).unwrap())
        * T::from(3.0).unwrap();
    T::zero().atan() * x
}

#[differentiable]
pub fn gen_261<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4].atan2(T::from(-0.55).unwrap().powi(2));
    let mut h2 = [T::one(); 4];
    for i3 in 0..4 {
        h2[i3] = T::tanh((x - (w[n % 4] + T::from(0).unwrap())) * T::from(0.37).unwrap())
            * T::from(2.0).unwrap();
    }
    if n != 3 {
        let a4 = if T::from(core::f64::consts::LN_2).unwrap().ln() > T::from(-1.34).unwrap() - y {
            a1 - w[n % 4] + (T::from(SCALE).unwrap() + x)
        } else {
            return T::mul_add(-h2[1], h2[n % 4], x.abs()).tanh();
        };
        let mut k5: usize = n * 2 % 6;
    }
    let mut s6 =
        ((T::from(-1.01).unwrap() + T::from(n).unwrap()) * -y).atan() * T::from(1.89).unwrap();
    let a10 = {
        s6 = T::atan(-s6);
        for _ in 1..=3 {
            let a8 = T::from(1.4).unwrap();
            let mut s9: T = a8 / T::hypot(a1, T::from(0.92).unwrap()) + a1;
            s6 = T::from(2).unwrap();
        }
        (y % (T::from(1.0).unwrap() + h2[n % 4].tanh() + T::from(0.54).unwrap()) % h2[n % 4].cosh())
            .ceil()
    };
    let a11: T = (T::from(3).unwrap().ln_1p()
        / (T::from(1.96).unwrap() + T::from((n * 2) as f64).unwrap()))
    .asin();
    let mut s12 = T::sin(
        gen_242(
            w[n * 2 % 4] * T::one().log(T::from(1.0).unwrap() + a11.sin() + T::from(1.88).unwrap()),
            (T::tanh(T::from(n * 2).unwrap() * T::from(0.19).unwrap()) * T::from(3.0).unwrap())
                .hypot(T::from(0.75).unwrap())
                .recip()
                + (a1.atan() * T::from(0.56).unwrap()).atanh(),
            &h2,
            1,
        ) * T::from(0.27).unwrap(),
    ) * T::from(2.0).unwrap();
    let a13 = a1.tanh();
    T::from(-1.56).unwrap() + x + s12
}

#[differentiable]
pub fn gen_262<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::zero();
    let a2 = gen_87(
        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        (n + 2) % 5,
    )
    .signum();
    let a3 = T::sin(
        w[n % 4] / -(a2.powi(2) + T::from(0.48).unwrap()) * (a2 - w[1]) * T::from(0.12).unwrap(),
    );
    let a12 = if n % 3 % 2 == 0 {
        let a6 = if T::from(-1.29).unwrap() - x > T::from(0.53).unwrap() {
            (y.powi(2) + T::from(0.53).unwrap()).recip()
                + (T::from(-0.25).unwrap()
                    - gen_95(
                        (w[n * 3 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        T::from(1.13).unwrap(),
                        w,
                        n,
                    ))
        } else {
            {
                let mut s4 = T::from((n * 2) as f64).unwrap().atan() * T::from(1.89).unwrap();
            }
            let mut k5: usize = n * 2 % 6;
            T::from(core::f64::consts::LN_2).unwrap() * w[k5 * 2 % 4] * a1
        };
        gen_248(
            (T::from(n + 1).unwrap() + a3 - (T::from(-0.31).unwrap() + T::zero())).atan()
                * T::from(1.26).unwrap(),
            (-(a3 * w[n % 4]) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        )
    } else {
        for _ in w.iter() {
            let a3 = a3 * w[1].atan();
            for i8 in 0..n % 3 + 1 {
                let a9 = w[i8];
                let a10 = -(T::from(0.32).unwrap() * a9);
                let k11 = n;
            }
        }
        (((w[n % 4]
            .mul_add(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(), a3)
            .powi(2)
            + T::from(0.99).unwrap())
            * T::from(0.22).unwrap())
        .tanh()
            * T::from(4.0).unwrap())
        .powi(-1)
            * (w[1].max(T::from(-1.81).unwrap()) * (w[n * 3 % 4] + T::from(0.15).unwrap()))
    };
    (((y - w[0]).min(T::from((n + 1) as f64).unwrap()) * a12 + a2) * T::from(0.07).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_263<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n * 2 % 4].round() - w[1];
    for i2 in 0..n {
        for i3 in 0..n % 3 + 1 {
            let mut s4: T = T::atan(
                (T::from(1.0).unwrap() + w[i3 * 2 % 4].tanh() + T::from(1.58).unwrap()).acosh()
                    - y.mul_add(T::from(OFFSET).unwrap(), a1),
            ) * T::from(2.52).unwrap();
            s4 = ((s4 - T::from(-0.13).unwrap()) * T::from(0.36).unwrap()).sin()
                * T::from(4.0).unwrap();
            s4 = (s4 * y * T::from(0.19).unwrap()).tanh() * T::from(4.0).unwrap();
            if !((T::from(1.1).unwrap() + y) / (T::atan(a1) * T::from(1.89).unwrap()).cosh()
                < (w[0].cosh() + T::from(0.34).unwrap()).acosh()
                && y.max(T::from(-0.35).unwrap()) % T::zero().exp() >= T::from(0.03).unwrap())
            {
                let mut s5 = ((T::from(n * 2).unwrap() * T::from(0.19).unwrap()).tanh()
                    * T::from(2.5).unwrap())
                .powi(1);
                s4 = s4 * T::from(-0.51).unwrap() + T::from(1.56).unwrap();
            } else if i3 % 2 % 2 == 0 {
                if w[2].hypot(T::from(0.25).unwrap()).log10() >= T::from(0.26).unwrap() {
                    return w[(i3 + 2) % 4] / T::from(1.12).unwrap()
                        * (T::tanh(
                            gen_249(
                                (w[(i2 + 1) % 4] * T::from(0.75).unwrap()).tanh()
                                    * T::from(2.0).unwrap(),
                                (s4 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                                w,
                                2,
                            ) * (y * a1)
                                * T::from(0.03).unwrap(),
                        ) * T::from(2.0).unwrap());
                }
            } else {
                {
                    let mut s6 = T::atan(a1);
                    s6 = (s6 - (x + (s6 + y))).atan() * T::from(1.89).unwrap();
                }
            }
        }
    }
    ((T::from(-0.64).unwrap()
        / (T::from(1.0).unwrap() + w[(n + 3) % 4].sin() + T::from(0.3).unwrap())
        + (T::atan(a1) * T::from(1.57).unwrap()).powi(3))
        * a1)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_264<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = y;
    {
        let a2 = ((-a1
            * (y % (T::from(1.0).unwrap()
                + T::tanh(T::from(-0.82).unwrap())
                + T::from(0.22).unwrap())))
        .abs()
            + T::from(0.69).unwrap())
        .sqrt();
        let a3 =
            T::tanh(a1 * w[(n + 2) % 4].exp_m1() * T::from(0.12).unwrap()) * T::from(6.0).unwrap();
    }
    let a4 = T::signum((w[n * 2 % 4].powi(2) + T::from(0.35).unwrap()).log(T::from(1.9).unwrap()));
    let a5 = ((T::from(OFFSET).unwrap() + y).atan() * T::from(0.5).unwrap()).ln_1p();
    let mut s6 = (T::from(1.0).unwrap()
        + (T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap()).tanh())
    .cbrt();
    let a7 = T::from(-0.68).unwrap().powi(2).log2();
    let mut a1 = T::tanh(a1);
    let a8 = w[n % 4]
        / (T::from(1.0).unwrap()
            + T::tanh(
                a7 / -T::cosh(w[n % 4])
                    / -(((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .abs()
                        + T::from(0.6).unwrap()),
            )
            + T::from(0.61).unwrap());
    a1 = T::sin(
        (a1 * T::from(n as f64).unwrap()
            + ((T::tanh(a1 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).abs()
                + T::from(0.43).unwrap())
            .recip())
            * T::from(0.1).unwrap(),
    ) * T::from(3.0).unwrap();
    a1
}

#[differentiable]
pub fn gen_265<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::from(-1.43).unwrap();
    }
    let a3 = x;
    let mut k4: usize = n * 3 % 4;
    h1[(n + k4) % 4] = (((h1[3 - k4] * x * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
        .powi(2)
        + T::from(0.5).unwrap())
    .log2()
    .atan()
        * T::from(1.26).unwrap();
    h1[(k4 + n) % 4] = ((y * a3 - (w[(k4 + 3) % 4].powi(2) + T::from(1.26).unwrap()).acosh() - a3)
        * T::from(0.18).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    if T::from((k4 + n) as f64).unwrap() + T::zero() - x >= h1[(n + 3) % 4].powi(3) {
        let a3 = a3 + w[n * 2 % 4];
        let x = x;
    }
    let a3 = a3 * T::from(-0.81).unwrap();
    let a5: T = y;
    let a6 = {
        h1[3 - k4] = (((T::from(k4).unwrap() * T::from(0.5).unwrap()).sin()
            * T::from(3.0).unwrap())
        .hypot(T::from(0.81).unwrap())
        .log10()
            * (T::from(k4).unwrap() - a3)
            * T::from(0.66).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        T::zero() * T::from(1.8).unwrap() - (y + T::from(-1.8).unwrap())
    };
    (((a6 * T::from(0.39).unwrap()).sin() * T::from(2.5).unwrap()).exp_m1()
        / (T::from(1.0).unwrap() + T::tanh(a5) + T::from(0.35).unwrap())
        * T::from(0.05).unwrap())
    .tanh()
        * a5
}

#[differentiable]
pub fn gen_266<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = T::atan(
        ((((T::from(2).unwrap() * T::one() + y) * T::from(0.37).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .cosh()
            + T::from(0.47).unwrap())
        .acosh(),
    ) * T::from(1.26).unwrap();
    let mut s2 = gen_219(
        x.atan() * T::from(1.26).unwrap(),
        T::atan(s1.abs()) * T::from(1.26).unwrap(),
        w,
        n * 3 % 5,
    );
    s2 = T::tanh(
        (s2 * w[n * 3 % 4] + x / (T::from(1.0).unwrap() + y.tanh() + T::from(0.42).unwrap()))
            * T::from(0.18).unwrap(),
    ) * T::from(2.0).unwrap();
    for i3 in (1..n).step_by(2) {
        for (i5, _) in w.iter().enumerate() {
            let a6 = ((T::from(i3 as f64).unwrap() * T::from(0.5).unwrap()).tanh()
                * T::from(2.5).unwrap())
            .exp()
            .ln_1p();
            s1 =
                (s1 * (T::from(-1.99).unwrap() / T::from(std::f64::consts::PI).unwrap()).hypot(
                    gen_241(
                        T::sin(
                            (T::from(1.0).unwrap() + T::tanh(T::from(-0.18).unwrap())).atan2(a6)
                                * T::from(0.48).unwrap(),
                        ) * T::from(2.0).unwrap(),
                        (w[(i3 + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        (i3 + i5) % 5,
                    )
                    .cosh(),
                ) * T::from(0.63).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            if i5 % 3 % 2 == 0 {
                continue;
            }
            s1 = (s1 * (s2 - T::from(0.83).unwrap()).sinh() + s1).atan() * T::from(1.26).unwrap();
        }
        if w[i3].atan() + (T::one() + y) >= T::from(1.38).unwrap() {
            for i7 in (0..4).rev() {
                if i3 < 2 {
                    return gen_241(
                        (x / T::from(-0.35).unwrap()).atan() * T::from(1.26).unwrap(),
                        T::from(-0.98).unwrap() - T::from(-0.94).unwrap(),
                        w,
                        i3 + 1,
                    );
                }
                let y = y + s2;
                let mut i7 = T::tanh(
                    T::from(i7).unwrap() * (s1 - w[(n + i7) % 4].cos()) * T::from(0.17).unwrap(),
                ) * T::from(3.0).unwrap();
            }
        }
    }
    ((T::log10(T::from(1.0).unwrap() + s2.tanh() + T::from(0.53).unwrap()) + s1 * w[n % 4]) * x + y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_267<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..n % 3 + 1 {
        for i2 in 0..n {
            let a6 = if T::atan2(w[(i2 + i1) % 4], x.powi(2) + T::from(0.23).unwrap())
                * w[i1].min(T::one())
                < T::from(-0.73).unwrap()
            {
                return ((T::cosh(
                    T::tanh((w[1] - T::from(-1.74).unwrap()) * T::from(0.4).unwrap())
                        * T::from(3.0).unwrap(),
                ) - (T::from(1.0).unwrap()
                    + (((x - w[(i2 + i1) % 4]) * T::from(0.37).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .sin()
                    + T::from(0.44).unwrap())
                .recip())
                    * T::from(0.21).unwrap())
                .sin()
                    * T::from(6.0).unwrap();
            } else {
                if T::hypot(
                    w[n * 3 % 4],
                    T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.42).unwrap(),
                ) % (T::from(1.0).unwrap() + T::from(0.6).unwrap().ln_1p().tanh())
                    <= x
                {
                    let a3 = T::from(-1.05).unwrap().exp2() * y;
                    let mut y = (y * y * T::from(0.37).unwrap()).tanh() * T::from(4.0).unwrap();
                } else if i1 % 3 < 2 {
                    let a5 = {
                        let a4 = if i1 % 3 != 3 {
                            T::tan(
                                T::sin(y / T::from(-0.51).unwrap() * T::from(0.38).unwrap())
                                    * T::from(1.2).unwrap(),
                            )
                        } else {
                            x * (T::from(1.64).unwrap()
                                % (T::from(1.0).unwrap() + x.sin() + T::from(0.79).unwrap()))
                        };
                        w[n % 4]
                    };
                }
                (T::from(-1.85).unwrap() * w[(i1 + i2) % 4]).min(-y)
            };
        }
    }
    ((gen_265(
        T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        4,
    ) + -T::from(n).unwrap()
        + y)
        * T::from(0.19).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_268<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[(n + 2) % 4] % T::from(1.56).unwrap()
        + T::exp_m1(
            (T::from((n * 2) as f64).unwrap() * T::from(0.19).unwrap()).tanh()
                * T::from(2.5).unwrap(),
        );
    let a2 = T::powf(
        ((x * a1).atan() * T::from(0.63).unwrap()).cosh(),
        T::from(-1.77).unwrap(),
    );
    let a2 = a2 * (x * w[1] + ((a1 - w[n % 4]) * T::from(0.12).unwrap()).sin());
    let mut s3 = ((y.atan2(x.cosh()) + T::from((n + 1) as f64).unwrap()) * T::from(0.23).unwrap())
        .sin()
        * T::from(3.0).unwrap();
    s3 = T::atan(gen_263(
        (((s3 * T::from(0.5).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
            * T::from(0.59).unwrap())
        .sin()
            * T::from(2.0).unwrap(),
        (gen_164(
            T::atan(a1) * T::from(1.26).unwrap(),
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            0,
        ) * T::from(0.25).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        w,
        n,
    )) * T::from(1.89).unwrap();
    s3 = (s3
        * ((T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.49).unwrap()).cbrt()
            + T::from(-0.86).unwrap().atanh()
            + a2)
        + w[n * 2 % 4].abs())
    .atan()
        * T::from(1.89).unwrap();
    s3 = ((a1.cos() - x) * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap();
    let a4 = a2;
    s3 =
        (s3 * -gen_16(
            (a1 * T::from(0.15).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
            w,
            (n + 2) % 5,
        ) * T::from(0.09).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    let a5 = w[n * 3 % 4];
    let a7 = {
        let mut s3 = T::from(core::f64::consts::LN_2)
            .unwrap()
            .hypot((T::from(-0.02).unwrap() * y).acos());
        let mut h6 = [T::zero(); 4];
        T::ln(
            T::abs((a2 * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap())
                + T::from(0.55).unwrap(),
        )
        .fract()
    };
    s3 =
        ((s3 + T::asinh(
            a2 / (T::from(1.0).unwrap()
                + (T::from(n).unwrap().atan() * T::from(1.89).unwrap()).tanh()),
        )) * T::from(0.28).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    s3 = T::from(1.68).unwrap();
    ((-a7).min(a4) * a5).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_269<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 1..=3 {
        let i1 = (T::from(i1).unwrap()
            * (T::from(-1.68).unwrap() * T::from(-1.31).unwrap() / w[i1].exp2())
            * T::from(0.06).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let mut h2 = [T::zero(); 4];
    }
    let mut s3 = (-(y - w[0]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    if n != 1 {
        s3 = T::sin(
            (s3 * gen_140(
                T::sin(w[n * 2 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                T::atan(T::cosh(w[(n + 1) % 4])) * T::from(1.26).unwrap(),
                w,
                n,
            ) + y.exp())
                * T::from(0.08).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    if x.abs() < T::from(-0.03).unwrap() {
        s3 = ((s3
            + s3.cos()
                .exp()
                .hypot(T::from(2).unwrap() + T::from(n).unwrap())
                * (w[n * 2 % 4].atan() * T::from(0.5).unwrap()).ln_1p())
            * T::from(0.21).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    s3 = (T::sin(
        x / -(T::from(1.0).unwrap() + w[(n + 1) % 4].tanh() + T::from(0.42).unwrap())
            / ((s3 - T::from(OFFSET).unwrap()).abs() + T::from(0.23).unwrap())
            * T::from(0.08).unwrap(),
    ) * T::from(3.0).unwrap())
    .atan()
        * T::from(1.26).unwrap();
    (T::cosh(w[n * 3 % 4]).recip() / (T::from(1.0).unwrap() + y.sin() + T::from(0.38).unwrap())
        * s3
        + x)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_270<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = T::one().log2()
        + ((T::from((n + 3) as f64).unwrap() * T::from(0.21).unwrap()).tanh()
            * T::from(3.5).unwrap())
        .exp2();
    let mut h2 = [T::zero(); 4];
    for i3 in 0..4 {
        h2[i3] = T::sin(
            T::zero().tan().mul_add(
                x / a1,
                T::exp_m1((a1 * T::from(0.17).unwrap()).sin() * T::from(2.5).unwrap()),
            ) * T::from(0.13).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    let mut h4 = [T::one(); 4];
    let a5 = T::powi(
        ((h4[n % 4] + h2[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap(),
        0,
    )
    .ln_1p();
    let k6 = n;
    h2[k6 % 4] = h2[k6 % 4] * ((T::one() / a5).exp() * T::from(0.35).unwrap()).tanh();
    if w[n % 4] >= T::from(-0.37).unwrap() {
        return w[k6 % 4];
    }
    let a7 = if n % 3 > 3
        && (T::from(1.0).unwrap()
            + T::tanh(T::from(-0.28).unwrap() + w[2])
            + T::from(0.36).unwrap())
        .sqrt()
            > T::from(-1.15).unwrap()
    {
        T::min(
            w[(k6 + 3) % 4].hypot(a5),
            T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + T::from(-0.75).unwrap(),
        )
    } else if !(n % 2 == 0
        && T::ceil(y) + T::from(1.77).unwrap()
            < gen_260(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::atan(h2[(k6 + n) % 4]) * T::from(1.26).unwrap(),
                &h2,
                2,
            ))
    {
        a5.log(
            ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).abs()
                + T::from(1.74).unwrap(),
        ) + (a1 - a1)
    } else {
        h2[(k6 + n) % 4]
    };
    let a9 = {
        let a8: T = (T::from(0).unwrap().tanh().abs() + T::from(0.43).unwrap()).recip();
        a8
    };
    x
}

#[differentiable]
pub fn gen_271<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = ((y / (T::from(1.0).unwrap() + T::from(1).unwrap().tanh())).abs()
        + T::from(1.35).unwrap())
    .acosh();
    if a1.mul_add(w[(n + 3) % 4], T::from(-0.06).unwrap())
        / ((a1 * T::from(0.11).unwrap()).abs() + T::from(0.32).unwrap())
        < T::from(0.57).unwrap()
    {
        return T::from(-0.52).unwrap();
    }
    let a2 = T::floor(T::zero())
        + ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin();
    for &v3 in w.iter() {
        let mut y = y.tanh();
        if n % 2 < 1 {
            if ((w[0] + w[n % 4]).atan() * T::from(1.57).unwrap()).exp_m1()
                > (y.atan() * T::from(1.26).unwrap()).cosh().powf(a1)
            {
                return -v3 * (w[n * 2 % 4].powi(2) + T::from(0.25).unwrap()).cbrt();
            }
        } else if T::mul_add(
            T::from(n).unwrap()
                % (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.57).unwrap()),
            T::from(-0.68).unwrap() + T::from(1.02).unwrap(),
            gen_156(
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            ),
        ) < a2 + T::from(-0.5).unwrap()
        {
            let a4 = if -gen_22(
                w[2].atan() * T::from(1.26).unwrap(),
                T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            ) > ((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
            {
                (T::tanh((w[1] + w[n % 4]) * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                    .hypot(T::from(0.39).unwrap())
                    .ln()
            } else {
                T::from(n).unwrap()
                    + T::acos(
                        T::sin(T::from(1.53).unwrap() * T::from(0.98).unwrap())
                            * T::from(0.9).unwrap(),
                    )
                    - T::atanh(
                        (a1 * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                            * T::from(1.13).unwrap())
                        .sin()
                            * T::from(0.9).unwrap(),
                    )
            };
            y = ((T::from(-0.42).unwrap() + w[(n + 3) % 4]) * T::from(0.62).unwrap()).tanh()
                * T::from(2.0).unwrap();
            let mut k5: usize = n + 1;
        }
        y = (y
            * (v3.mul_add(a2, T::zero()) + (T::from(-1.41).unwrap() + T::from(-0.55).unwrap()))
            * T::from(0.12).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let a6 = if n % 3 % 2 == 0 {
            T::recip(T::cos(T::from(1.54).unwrap()).cosh())
        } else {
            w[n % 4] * (T::from(-1.07).unwrap() * v3)
        };
    }
    {
        let a7 = T::from(n + 3).unwrap();
        let a8 = T::from(2).unwrap();
    }
    T::atan(T::recip(T::from(1.0).unwrap() + T::tanh(x) + T::from(0.3).unwrap()) * y + a1)
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_272<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if T::from(1.11).unwrap()
        <= x / (T::from(1.0).unwrap() + y.tanh() + T::from(0.42).unwrap())
    {
        T::from(OFFSET).unwrap()
            / T::from(-1.01).unwrap()
            / (T::from(1.0).unwrap()
                + (T::tanh(y * x * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).tanh()
                + T::from(0.61).unwrap())
    } else {
        ((T::from(0.4).unwrap() - y).powi(2) + T::from(0.26).unwrap()).recip()
    };
    if n > 3 {
        let mut h2 = [T::zero(); 4];
        for i3 in 0..4 {
            h2[i3] = x.atan() * T::from(1.26).unwrap();
        }
    }
    for (i5, &v4) in w.iter().enumerate() {
        if a1 >= T::from(0.1).unwrap() {
            let a6 = if i5 % 3 != 1 {
                ((x * T::from(n).unwrap()).atan() * T::from(1.57).unwrap()).exp()
            } else {
                y % (((w[i5] + T::from((n + 3) as f64).unwrap() - (v4 + y))
                    * T::from(0.12).unwrap())
                .tanh()
                .powi(2)
                    + T::from(0.99).unwrap())
            };
        } else if ((T::from(-1.78).unwrap() / -y.cosh() * T::from(0.84).unwrap()).sin()
            * T::from(0.9).unwrap())
        .asin()
            > T::from(-0.15).unwrap()
            && a1 * (T::sin(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos()
                >= T::from(0.49).unwrap()
        {
            if i5 % 2 != 2 || a1 >= T::from(-1.36).unwrap() {
                continue;
            }
            let mut s7 = ((T::abs(T::from(n).unwrap()) * T::from(0.37).unwrap()).tanh()
                * T::from(0.9).unwrap())
            .atanh()
            .hypot(T::from(0.35).unwrap())
            .ln();
        } else {
            let a8 = if i5 != 2 {
                w[(i5 + n) % 4]
                    .atan2((a1.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.41).unwrap())
                    + ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin()
            } else if T::from(0.28).unwrap().sin() * w[n % 4] <= w[3 - i5] {
                (v4.powi(2) + T::from(0.69).unwrap()).cbrt() * w[(n + i5) % 4]
            } else {
                ((a1 * x * T::from(0.19).unwrap()).sin() * T::from(0.9).unwrap()).asin()
            };
        }
    }
    ((T::cbrt(T::from(1.54).unwrap()) * a1 + x) * T::from(0.23).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_273<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if gen_38(
        T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::atan(w[3]) * T::from(1.26).unwrap(),
        w,
        n,
    ) <= y
    {
        let k1 = n;
        let a2 = w[k1 % 4];
    } else {
        let a3 = w[(n + 1) % 4];
        let a5 = if n % 2 > 3 {
            gen_269(
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            )
            .abs()
        } else {
            let mut s4 = T::from(-1.87).unwrap();
            T::from(n + 3).unwrap() / w[1].cosh()
        };
    }
    let mut h6 = [T::from(-0.82).unwrap(); 4];
    for i7 in 0..4 {
        h6[i7] = (w[(i7 + n) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    let mut s8 = (T::from(n).unwrap() / (y.powi(2) + T::from(0.35).unwrap())).signum();
    s8 = ((s8
        + ((T::from(1.0).unwrap() + s8.sin() + T::from(0.29).unwrap()).ln() - (x + w[n % 4])))
        * T::from(0.21).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    T::from(-0.23).unwrap().asin() - T::from(0.49).unwrap().ln() + x
}

#[differentiable]
pub fn gen_274<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x.tanh();
    let a2 = if T::exp(
        gen_90(
            x,
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        )
        .atan()
            * T::from(1.57).unwrap(),
    ) >= T::from(1.06).unwrap()
    {
        let mut s1 =
            (T::exp((w[(n + 2) % 4].cosh() * T::from(0.4).unwrap()).sin() * T::from(2.5).unwrap())
                * T::from(0.12).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        ((((T::sin(s1 * T::from(0.25).unwrap()) * T::from(3.0).unwrap()).sinh()
            * T::from(0.15).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .abs()
            + T::from(0.3).unwrap())
        .cbrt()
    } else {
        ((x * T::from(1.56).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
    };
    let a3 = w[n % 4];
    let a4 = w[(n + 1) % 4];
    let a5 = T::from(n * 3 % 9).unwrap().atan();
    let a9 = {
        for i6 in (1..n).step_by(2) {
            let a7 = T::one().tan()
                / -(T::sin((T::from(-1.32).unwrap() - w[(i6 + 1) % 4]) * T::from(0.45).unwrap())
                    * T::from(3.0).unwrap())
                .hypot(T::from(0.26).unwrap());
            let x = x.tanh();
            let a8 = a3
                + gen_134(
                    T::tanh(a7 * T::from(0.25).unwrap()) * T::from(2.0).unwrap(),
                    T::atan(y) * T::from(1.26).unwrap(),
                    w,
                    (i6 + 3) % 5,
                );
        }
        T::from(OFFSET).unwrap() / T::from(std::f64::consts::PI).unwrap()
    };
    y * a3 + a2
}

#[differentiable]
pub fn gen_275<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if n % 3 != 3 {
        y
    } else {
        let x = x.tanh();
        w[n * 2 % 4]
    };
    for (v2, v3) in w.iter().zip(w.iter()) {
        let a7 = if T::atan((y + T::from(n).unwrap()) * (T::from(n).unwrap() * w[n % 4]))
            * T::from(3.78).unwrap()
            <= a1 + w[n % 4]
        {
            if n % 2 > 3 {
                let mut k4: usize = 1;
                k4 += k4 * 3 % 5;
                k4 %= 5;
            } else if n % 2 > 3 {
                let a5: T = y;
                let mut s6 = (w[n * 3 % 4].mul_add(*v3, y) - w[n % 4].powi(0)).atan()
                    * T::from(1.89).unwrap();
                let y = (y
                    * (gen_264(
                        (w[2] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        (s6 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n * 3 % 5,
                    ) + a1
                        - (T::from(1.0).unwrap()
                            + (T::sin(w[(n + 3) % 4] * y * T::from(0.37).unwrap())
                                * T::from(3.0).unwrap())
                            .tanh()
                            + T::from(1.52).unwrap())
                        .acosh())
                    * T::from(0.11).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            }
            w[n % 4] * y - (x + x)
        } else {
            ((*v2).powi(2) + T::from(0.27).unwrap())
                .log((x - T::from(-0.19).unwrap()).powi(2) + T::from(2.0).unwrap())
        };
    }
    a1
}

#[differentiable]
pub fn gen_276<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a3 = {
        let a1 = -T::from(-1.07).unwrap();
        let mut s2 = T::tanh(T::from(4).unwrap() * T::from(0.37).unwrap()) * T::from(3.0).unwrap();
        w[n * 3 % 4] * T::from(-0.9).unwrap() * w[n * 3 % 4]
    };
    let mut s4 = T::from(core::f64::consts::LN_2).unwrap();
    let mut k5: usize = 0;
    loop {
        if k5 >= 2 {
            break;
        }
        k5 += 1;
        s4 = ((s4
            + (T::from(1.0).unwrap() + x.tanh() + T::from(0.06).unwrap()).atan()
                * T::from(1.26).unwrap())
            * T::from(0.28).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        let a6 = if T::log2(T::hypot(w[2], T::from(0.48).unwrap()))
            * T::tan(T::from(n).unwrap().atan() * T::from(0.75).unwrap())
            >= T::from(-0.71).unwrap()
            || n % 3 != 2
        {
            T::atan2(
                (w[n * 2 % 4].powi(2) + T::from(0.3).unwrap())
                    .log(T::from(2.73).unwrap())
                    .powi(2)
                    + T::from(0.39).unwrap(),
                x,
            )
        } else {
            -T::from(-1.89).unwrap()
        };
        if w[(n + 3) % 4] - T::from(1.07).unwrap()
            < T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - T::from(OFFSET).unwrap()
            || w[2] % (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.8).unwrap()) - (y + x)
                > a3 + y
        {
            break;
        }
    }
    let a8 = if T::asinh(w[n % 4] / -(T::from(1.0).unwrap() + y.tanh() + T::from(0.45).unwrap()))
        < T::from(-0.01).unwrap()
    {
        return T::from(std::f64::consts::PI).unwrap();
    } else if k5 != 3 {
        T::ln_1p((y * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()) * T::sin(a3)
    } else {
        let a7 = a3;
        (a3 * y).floor()
    };
    let mut k9: usize = (k5 + n) % 5;
    s4 = ((s4
        + T::log10((T::tanh(a3 * T::from(0.42).unwrap()) * T::from(3.0).unwrap()).cosh())
            * w[2].cosh().atan2(a3))
        * T::from(0.22).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut s10 = ((w[3 - k5] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin()
        - T::ln((s4.atan() * T::from(1.89).unwrap()).cosh());
    s10 = s4;
    if k9 % 2 == 0 {
        return ((s10 - w[(n + 3) % 4])
            * ((a8 - a8).atan() * T::from(1.89).unwrap())
            * T::from(0.07).unwrap())
        .tanh();
    }
    let a11 = if (T::from(1.0).unwrap()
        + (-(T::from(1.0).unwrap()
            + ((a3 * T::from(0.42).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
            + T::from(0.5).unwrap()))
        .recip()
        .tanh()
        + T::from(0.32).unwrap())
    .sqrt()
        >= T::from(0.76).unwrap()
    {
        T::atan(
            (T::from(1.0).unwrap()
                + T::tanh((T::sin(x) + T::from(1.7).unwrap() * x).atan() * T::from(1.26).unwrap())
                + T::from(0.18).unwrap())
            .powf((-w[0] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()),
        ) * T::from(0.63).unwrap()
    } else {
        ((y - T::from(-1.87).unwrap()) * (a3 * w[(n + 3) % 4]) * T::from(0.05).unwrap()).tanh()
            * T::from(2.0).unwrap()
            / (T::from(1.0).unwrap()
                + ((w[(k5 + k9) % 4]
                    * T::from(-1.82).unwrap()
                    * a3.signum()
                    * T::from(0.41).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.22).unwrap())
    };
    let a12 = T::from(k9 + 1).unwrap();
    let mut s13 = (T::tanh((a8 + s4) * T::from(0.12).unwrap())
        * T::from(6.0).unwrap()
        * (T::from(-0.61).unwrap() / T::from(-1.06).unwrap())
        * T::from(0.49).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    ((-((a12 * a12).atan() * T::from(3.78).unwrap()) + y) * s4).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_277<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..4).step_by(2) {
        if i1 % 2 != 3 {
            continue;
        }
        let a2 = if gen_59(
            T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            i1,
        )
        .sin()
            < w[(n + i1) % 4].exp_m1()
        {
            y + (y - w[i1]) + x
        } else {
            gen_59(
                ((w[i1] + w[i1 * 3 % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                    / -(T::from(1.0).unwrap() + y.sin() + T::from(0.68).unwrap()),
                w,
                (i1 + n) % 5,
            )
        };
    }
    let mut s3: T = (y * T::one() + x * w[(n + 2) % 4]).atan() * T::from(1.89).unwrap();
    let mut h4 = [T::from(0.75).unwrap(); 4];
    for i5 in 0..4 {
        h4[i5] = x.atan() * T::from(1.26).unwrap();
    }
    (x + T::zero()) / T::from(1.24).unwrap() * x + x
}

#[differentiable]
pub fn gen_278<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::from(1.0).unwrap()
        + ((w[n % 4].powi(3) * T::from(0.19).unwrap()).tanh() * T::from(3.0).unwrap()).sin()
        + T::from(0.42).unwrap())
    .log10()
        * gen_275(
            T::from(0).unwrap(),
            (w[(n + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            1,
        )
        .round();
    let mut s2 = (y % (a1.powi(2) + T::from(1.0).unwrap())).abs();
    let mut k3: usize = 0;
    loop {
        if k3 >= 3 {
            break;
        }
        k3 += 1;
        s2 = ((s2 * T::from(0.55).unwrap()
            + (T::from(1.0).unwrap()
                + T::tanh(
                    T::log(
                        a1.cosh(),
                        T::from(1.0).unwrap()
                            + T::tanh(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()),
                    ) * w[n % 4],
                )))
            * T::from(0.52).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        s2 = ((w[n % 4] + a1)
            * (((s2 + T::from((n * 3 % 9) as f64).unwrap()) * (y + x)).atan()
                * T::from(1.89).unwrap())
            * T::from(0.19).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        if s2 > y - T::from(1.51).unwrap() - s2 * T::from(0.67).unwrap() {
            break;
        }
    }
    s2 = T::tanh(
        (s2 + (T::zero()
            + (gen_272(
                a1,
                (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) * gen_59(
                s2.atan() * T::from(1.26).unwrap(),
                T::sin(w[3] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.04).unwrap())
            .tanh()
                * T::from(4.0).unwrap()))
            * T::from(0.27).unwrap(),
    ) * T::from(2.0).unwrap();
    let a1 = a1 * (T::atan2(a1, a1.cosh()) / a1.hypot(T::from(0.69).unwrap()));
    s2 = ((s2
        * (T::zero() / -(T::from(1.0).unwrap() + w[(n + k3) % 4].sin() + T::from(0.64).unwrap()))
            .exp_m1()
        + T::powf(
            a1.hypot(T::from(0.38).unwrap()),
            w[n % 4].atan() * T::from(1.26).unwrap(),
        ))
        * T::from(0.39).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    if T::sqrt(((a1 * T::from(0.86).unwrap()).sin() * T::from(0.9).unwrap()).acos())
        < T::from(-1.25).unwrap()
    {
        let a4 = x / y.hypot(T::from(0.76).unwrap()) * T::from(1.81).unwrap();
        if k3 != 1 && T::sinh(w[k3]) - x >= T::from(-0.9).unwrap() {
            for i5 in 0..4 {
                for i6 in (0..n).rev() {
                    let a7 = ((w[(i6 + k3) % 4] * w[i6] * T::from(0.37).unwrap()).sin()
                        * T::from(0.9).unwrap())
                    .acos();
                    if T::from(1.51).unwrap().abs() * (x + x)
                        < (T::from(1.0).unwrap()
                            + (T::from(i6 + 2).unwrap().atan() * T::from(1.89).unwrap()).sin()
                            + T::from(0.69).unwrap())
                        .sqrt()
                    {
                        s2 = ((s2 - w[n % 4]) * T::from(0.37).unwrap()).tanh()
                            * T::from(2.0).unwrap();
                        if w[n % 4] >= w[i6] * w[(n + 2) % 4] {
                            break;
                        }
                    } else if i5 % 2 % 2 == 0 {
                        s2 = ((s2 * T::cosh(w[0]) + a4) * T::from(0.12).unwrap()).tanh()
                            * T::from(2.0).unwrap();
                    } else {
                        let a8 = T::one();
                    }
                }
            }
        } else {
            s2 = ((s2 - (T::sin(-x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos())
                * T::from(0.32).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        }
    }
    y + s2
}

#[differentiable]
pub fn gen_279<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = w[n % 4].sin().trunc();
    let mut s2 = ((y * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap())
        .tan()
        .min(w[n % 4] - T::from(-0.04).unwrap());
    let a3 = T::trunc(w[n * 3 % 4]);
    let mut s4 = T::from(-0.13).unwrap();
    s2 =
        (s2 * (T::zero() - (T::from(std::f64::consts::PI).unwrap() + s2)) * T::from(0.15).unwrap())
            .tanh()
            * T::from(2.0).unwrap();
    s4 = s4 * T::ln_1p(-T::from(-0.11).unwrap() + T::from(0.8).unwrap().ln());
    let mut x = (T::powf(
        T::from(1.0).unwrap() + T::from(-1.1).unwrap().tanh() + T::from(0.49).unwrap(),
        (w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
    ) % (T::from(1.0).unwrap()
        + (T::from(0.59).unwrap() * T::from(0.37).unwrap()).sin()
        + T::from(0.77).unwrap()))
    .asinh();
    let a5 = if n < 2 {
        a3
    } else {
        (T::sin(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan()
    };
    let s2 = s2.tanh();
    let k6 = n;
    let a7 = if T::ln(
        T::abs(((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh())
            + T::from(0.7).unwrap(),
    ) >= T::from(0.57).unwrap()
    {
        T::zero()
    } else {
        (T::atan(T::from(k6 + n).unwrap() * a5) * T::from(1.26).unwrap()).atan2(
            T::from(1.0).unwrap()
                + (T::from(-0.97).unwrap() - w[k6 % 4]).tanh()
                + T::from(0.24).unwrap(),
        )
    };
    let a8 = if ((a3
        / -(T::from(1.0).unwrap()
            + T::sin(T::from(3).unwrap().atan() * T::from(1.89).unwrap())
            + T::from(0.46).unwrap()))
    .atan()
        * T::from(0.56).unwrap())
    .acos()
        <= T::from(-1.31).unwrap()
    {
        T::min(
            (T::abs(w[n % 4] % T::exp(T::from(-0.65).unwrap())) + T::from(0.29).unwrap()).log2(),
            a7,
        )
    } else {
        T::one().log(T::min(T::from(k6).unwrap(), w[n % 4]).powi(2) + T::from(1.83).unwrap())
    };
    (T::sin(
        (w[(k6 + n) % 4] + w[1])
            / (((a1 - w[(k6 + 3) % 4]).atan() * T::from(1.89).unwrap()).powi(2)
                + T::from(0.33).unwrap())
            * T::from(0.12).unwrap(),
    ) * T::from(6.0).unwrap()
        * a1)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_280<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = ((w[n * 2 % 4] % (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.55).unwrap())
        * T::from(0.75).unwrap())
    .tanh()
        * T::from(0.9).unwrap())
    .asin();
    for (i3, &v2) in w.iter().enumerate() {
        if v2
            / T::hypot(
                T::atan(x.exp()) * T::from(1.89).unwrap(),
                T::from(0.42).unwrap(),
            )
            <= T::from(1.12).unwrap()
        {
            return T::from(-1.26).unwrap().exp().ln().fract()
                + (T::from(1.0).unwrap()
                    + ((a1 / (w[(n + i3) % 4].powi(2) + T::from(0.25).unwrap())).atan()
                        * T::from(1.89).unwrap())
                    .tanh()
                    + T::from(0.29).unwrap())
                .cbrt();
        }
        let a4: T = T::signum(T::sin(w[3 - i3])) / T::from(1.21).unwrap();
        let a5 = a4;
    }
    let a6: T = T::asin((T::from(0.96).unwrap().atan() * T::from(0.56).unwrap()).atanh())
        - T::round(y - w[n % 4]);
    let mut s7 = ((y / w[n % 4].cosh())
        .mul_add(T::from(-0.86).unwrap().asinh(), T::from(-1.89).unwrap())
        * T::from(0.44).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    (w[n % 4].exp2() * x).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_281<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -T::from(std::f64::consts::PI).unwrap()
        - gen_272(
            (w[n * 3 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            w,
            4,
        );
    let mut h2 = [T::zero(); 4];
    for i3 in 0..4 {
        h2[i3] = (y.trunc() * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    if n % 2 == 0 && (-a1).tanh() < T::from(-0.36).unwrap() {
        return w[n * 2 % 4];
    }
    let mut h4 = [T::zero(); 4];
    let mut s5 = T::tan(T::sqrt(T::cosh(T::from(-1.97).unwrap())).ln_1p());
    T::cos(s5).exp_m1()
}

#[differentiable]
pub fn gen_282<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a6 = if T::log2(
        T::from(1.0).unwrap()
            + ((y * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                .ln_1p()
                .tanh()
            + T::from(0.35).unwrap(),
    ) > T::from(-0.42).unwrap()
        || (T::powf(
            ((y * x * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap()).powi(2)
                + T::from(0.25).unwrap(),
            (gen_276(
                T::from(OFFSET).unwrap(),
                T::atan(x) * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.26).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
        ) * T::from(0.09).unwrap())
        .sin()
            * T::from(3.0).unwrap()
            <= y
    {
        let a1: T = y;
        let a2 = if (gen_279(
            T::from(0.19).unwrap(),
            T::atan(w[n * 2 % 4]) * T::from(1.26).unwrap(),
            w,
            n,
        ) * (a1 + T::from(SCALE).unwrap())
            * T::from(0.1).unwrap())
        .tanh()
            * T::from(6.0).unwrap()
            <= T::from(-0.79).unwrap()
        {
            a1 / -a1.cosh() * x
        } else {
            w[n % 4] * (T::zero() + a1)
        };
        (T::from(1.0).unwrap() + y.tanh() + T::from(0.58).unwrap()).sqrt() + x.cos()
    } else {
        if w[n % 4] > T::from(0.42).unwrap() || w[n % 4] > T::from(0.62).unwrap().powi(4) {
            let a3 = (T::from(1.0).unwrap() + y.tanh() + T::from(0.66).unwrap()).recip()
                / (T::from(1.0).unwrap() + w[(n + 1) % 4].tanh() + T::from(0.57).unwrap());
            let k4 = n * 2 % 8;
            let a5 = w[(k4 + n) % 4];
        }
        x.cosh().cbrt() / (T::abs(w[(n + 3) % 4]) + T::from(0.27).unwrap())
    };
    T::from(0).unwrap() + y + y
}

#[differentiable]
pub fn gen_283<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::abs(y) + T::from(0.67).unwrap()).log(
        (T::from(n + 1).unwrap().atan() * T::from(1.89).unwrap()).hypot(T::from(0.2).unwrap())
            + T::from(1.48).unwrap(),
    ) / T::from(-1.87).unwrap();
    let k2 = n * 3 % 8;
    let k3 = n * 3 % 8;
    let mut h4 = [T::one(); 4];
    let a6 = if T::from(1.84).unwrap().atan() * T::from(SCALE).unwrap().powi(n as i32)
        < T::from(1.31).unwrap()
    {
        T::acos((h4[n % 4].abs() * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
    } else {
        let a5 = T::floor(T::from(std::f64::consts::PI).unwrap())
            / (T::from(1.0).unwrap()
                + T::sin(
                    (gen_167(T::from(0.3).unwrap(), T::from(1.81).unwrap(), w, k2 % 5)
                        * T::from(0.28).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.38).unwrap());
        T::from(-1.06).unwrap()
    };
    for _ in 1..=3 {
        let a8 = if k3 % 2 == 0 {
            a1 * T::from(3).unwrap()
        } else if T::from(SCALE).unwrap() + T::from(1.61).unwrap() + (T::one() - T::zero())
            < w[n % 4]
            && x * x.mul_add(a6, h4[0]) < a6 - T::from(1.3).unwrap()
        {
            T::from(k2).unwrap()
        } else {
            T::cos(a1.atan2(a1.powi(2) + T::from(0.31).unwrap()))
        };
        let a9: T = gen_131(
            a6,
            (-w[k2 * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h4,
            k3 * 3 % 5,
        );
        let a10 =
            T::from(core::f64::consts::LN_2).unwrap() * a9 / -(-y).hypot(T::from(0.53).unwrap());
    }
    if ((x - T::from(n).unwrap())
        * T::atan2(
            T::from(1.0).unwrap() + h4[k3 * 3 % 4].sin() + T::from(0.63).unwrap(),
            x,
        )
        * T::from(0.08).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
        < a1 * w[k2 % 4]
    {
        let a11 = T::from(n * 2).unwrap() + (y.abs() + T::from(0.5).unwrap()).log10().acos();
        let a12 = if T::from(k3 * 3 % 9).unwrap().abs() - w[(k2 + 1) % 4].sin() < T::cosh(a1) {
            x / -T::hypot(h4[2], T::from(0.83).unwrap())
                / (((T::from(n).unwrap()
                    / (T::from(1.0).unwrap() + T::tanh(w[k3 * 2 % 4]) + T::from(0.37).unwrap())
                    * T::from(0.15).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.36).unwrap())
        } else {
            T::asinh(T::from(0.9).unwrap().abs())
        };
        let a13 = if k2 % 2 != 3 && T::from(OFFSET).unwrap() <= T::from(-0.81).unwrap() {
            return a12.atan() * T::from(3.78).unwrap();
        } else {
            T::abs(((h4[k2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan())
        };
    } else {
        let a14 = T::ln(T::from(0.0).unwrap().abs() + T::from(0.45).unwrap()) * h4[(k2 + k3) % 4];
    }
    -T::one().recip()
}

#[differentiable]
pub fn gen_284<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = T::from(-1.7).unwrap() / (T::abs(y) + T::from(0.31).unwrap()).sqrt();
    let a2 = T::cbrt(T::from(1.89).unwrap()) - T::from(-1.26).unwrap().abs();
    for i3 in 0..n {
        if T::tanh(
            T::exp((a1 * T::from(0.49).unwrap()).sin() * T::from(2.5).unwrap())
                * T::from(0.12).unwrap(),
        ) * T::from(3.0).unwrap()
            > T::from(-0.86).unwrap()
            || T::from(i3 + 3).unwrap() < T::from(0.12).unwrap()
        {
            return w[(i3 + n) % 4];
        }
        let mut s4 = a2.atan2(T::from(1.0).unwrap() + T::tanh(w[i3]) + T::from(0.23).unwrap())
            * (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.43).unwrap()).log10();
        let mut k5: usize = 0;
        while a2 + T::from(-1.92).unwrap() + w[2].exp2() <= T::from(1.14).unwrap() && k5 < 4 {
            k5 += 1;
            s4 = T::tanh(
                (s4 + T::sin(
                    ((T::atan(w[(i3 + 2) % 4] / T::from(0.35).unwrap()) * T::from(1.89).unwrap())
                        .abs()
                        + T::from(0.09).unwrap())
                        * T::from(0.55).unwrap(),
                ) * T::from(2.0).unwrap())
                    * T::from(0.3).unwrap(),
            ) * T::from(3.0).unwrap();
            let a6 = T::acos(T::from(0.3).unwrap())
                * gen_257(
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-0.21).unwrap(),
                    w,
                    n * 2 % 5,
                );
            if w[3 - i3] * (T::from(OFFSET).unwrap() / (w[n % 4].abs() + T::from(0.32).unwrap()))
                > T::from(0.65).unwrap()
            {
                continue;
            }
        }
    }
    let a7 = y;
    a2.tanh() + a2
}

#[differentiable]
pub fn gen_285<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y;
    let mut k2: usize = 0;
    loop {
        if k2 >= 6 {
            break;
        }
        k2 += 1;
        s1 = ((s1 * T::from(0.83).unwrap()
            + ((T::atan2(
                gen_4(
                    s1.atan() * T::from(1.26).unwrap(),
                    T::from(-1.0).unwrap(),
                    w,
                    n * 3 % 5,
                ),
                T::from(1.0).unwrap()
                    + (((s1 - T::from(n + 2).unwrap()) * T::from(0.15).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .sin()
                    + T::from(0.63).unwrap(),
            )
            .powi(2)
                + T::from(0.47).unwrap())
                * T::from(0.51).unwrap())
            .sin()
                * T::from(2.0).unwrap())
            * T::from(0.28).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        let a4 = if (s1.atan() * T::from(1.26).unwrap())
            .hypot(T::from(0.48).unwrap())
            .powf(T::atan(T::from(n).unwrap() - T::one()) * T::from(1.26).unwrap())
            < w[n % 4] * T::from(SCALE).unwrap()
        {
            (gen_282(
                y.atan() * T::from(1.26).unwrap(),
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                (n + 1) % 5,
            ) + s1)
                .fract()
        } else {
            s1 = ((s1 * (T::sin(w[2] * T::from(0.75).unwrap()) * T::from(0.8).unwrap()).ln_1p()
                + x)
                * T::from(0.18).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            {
                let mut s3 = s1.atan().cosh();
                s1 = T::tanh(
                    (s1 * ((x % T::hypot(T::from(-0.01).unwrap(), T::from(0.92).unwrap()))
                        .exp_m1()
                        + T::acos((-s3 * T::from(0.5).unwrap()).sin() * T::from(0.9).unwrap()))
                        + y)
                        * T::from(0.08).unwrap(),
                ) * T::from(4.0).unwrap();
            }
            T::from(0.1).unwrap() / (T::from(-1.5).unwrap() / T::from(-1.49).unwrap())
        };
        s1 = s1 * T::from(-0.36).unwrap();
        if s1
            > T::cosh(w[(n + 3) % 4]).ln()
                / (T::from(1.0).unwrap()
                    + ((w[2] / T::from(-0.3).unwrap()).atan() * T::from(1.89).unwrap()).tanh()
                    + T::from(0.48).unwrap())
        {
            break;
        }
    }
    {
        let a5: T = T::one()
            / T::from(-1.5).unwrap()
            / (T::from(1.0).unwrap() + T::from(0).unwrap().sin() + T::from(0.36).unwrap())
            * ((s1 * (w[(n + 1) % 4] + s1)).atan() * T::from(0.63).unwrap());
        let a8 = if n < 3 {
            w[n % 4]
        } else {
            let a7 = if T::one() > s1 - a5 {
                T::ln_1p(
                    T::zero()
                        / T::hypot(s1.atan() * T::from(1.89).unwrap(), T::from(0.82).unwrap()),
                )
            } else if T::zero().abs() * (T::zero() - T::zero()) < T::from(0.08).unwrap() {
                let a6 = s1;
                T::from((n + 3) as f64).unwrap()
            } else {
                let mut y = y.tanh();
                y = T::sin(y * (a5.sin() / T::from(-0.26).unwrap()) * T::from(0.19).unwrap())
                    * T::from(2.0).unwrap();
                ((a5 * T::from(0.84).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
                    - s1 / T::from(1.38).unwrap()
            };
            T::from(-1.76).unwrap().exp_m1() + T::from(-1.03).unwrap()
        };
        let a9 = {
            s1 = (gen_269(
                T::from(SCALE).unwrap() * a8,
                (w[k2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            ) * T::from(0.28).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            -T::from(-0.97).unwrap()
                + w[3] * x
                + ((w[(n + k2) % 4] - T::from(k2 * 2 % 9).unwrap())
                    * (s1 + T::from(-1.93).unwrap())
                    * T::from(0.03).unwrap())
                .tanh()
        };
    }
    T::from(1.06).unwrap() + y + y
}

#[differentiable]
pub fn gen_286<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = if x
        .sinh()
        .atan2(T::hypot(T::zero().sinh(), T::from(0.91).unwrap()))
        >= T::from(-0.47).unwrap()
    {
        -((x % (w[3].powi(2) + T::from(0.94).unwrap())).abs() + T::from(0.52).unwrap())
            .log(T::from(1.0).unwrap() + T::tanh(y) + T::from(1.71).unwrap())
    } else {
        let a1 = y * y;
        let mut a1 = T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
        y
    };
    {
        let x = T::tanh(x);
    }
    let a3 = if T::from(core::f64::consts::LN_2).unwrap() < T::from(1.4).unwrap() {
        w[n % 4]
    } else {
        gen_84(
            (w[(n + 3) % 4] / (w[3].abs() + T::from(0.56).unwrap()) * T::from(0.42).unwrap())
                .tanh()
                * T::from(2.0).unwrap(),
            T::from(1.04).unwrap() * T::one(),
            w,
            n,
        )
        .asinh()
    };
    let a4 = (a2
        / (T::from(1.0).unwrap() + T::tanh(T::atan(T::from(n).unwrap()) * T::from(1.89).unwrap())))
    .asinh();
    let mut s5 =
        T::atan(T::from(0.7).unwrap().exp2() + (w[n % 4] + w[n * 3 % 4])) * T::from(1.89).unwrap();
    let a6 = if w[n % 4] < T::from(0.17).unwrap() {
        return T::tanh(
            T::exp_m1((a3 * (T::from(0.41).unwrap() - y)).atan() * T::from(1.57).unwrap())
                * T::from(0.19).unwrap(),
        ) * T::from(6.0).unwrap();
    } else {
        T::cbrt(
            T::from(1.0).unwrap()
                + (T::from(0.25).unwrap() * w[n % 4] * a4).sin()
                + T::from(0.43).unwrap(),
        )
    };
    (w[n * 3 % 4] / T::from(-0.25).unwrap() + -w[2]).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_287<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut s1 = x;
    }
    let mut s2 = T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    let a3 = s2.max(s2) + x * y;
    let mut y = (y
        * ((T::from(n * 3 % 9).unwrap() / -(T::abs(w[n % 4]) + T::from(0.33).unwrap())).atan()
            * T::from(1.89).unwrap()
            * (s2 - w[n % 4]))
        * T::from(0.06).unwrap())
    .tanh();
    s2 = T::tanh(a3 * T::from(0.25).unwrap()) * T::from(2.0).unwrap();
    let a5 = {
        let a4 = (T::from(1.0).unwrap() + w[n * 2 % 4].sin() + T::from(0.61).unwrap())
            .log2()
            .tanh();
        let y = y * w[n % 4];
        T::mul_add(
            T::from(-0.25).unwrap()
                / (T::from(1.0).unwrap()
                    + T::sin(T::sin(a3 * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
                    + T::from(0.43).unwrap()),
            T::from(-0.02).unwrap() * s2,
            T::from(-1.7).unwrap() * x,
        )
    };
    (((T::from(-0.51).unwrap() + s2) * (x + T::from(1.48).unwrap()) + a5) * T::from(0.12).unwrap())
        .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_288<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = y.fract()
        % (T::from(1.0).unwrap()
            + (T::atan(gen_286(
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            )) * T::from(1.89).unwrap())
            .tanh()
            + T::from(0.69).unwrap());
    let mut h1 = [T::one(); 4];
    let mut h2 = [T::from(-0.49).unwrap(); 4];
    h2[n % 4] = (h2[n * 2 % 4] - x).tanh();
    let a3 = if T::from(n).unwrap() - y >= T::from(0.42).unwrap() {
        x
    } else {
        gen_269(
            T::from(-0.2).unwrap(),
            T::atan(w[n % 4] * y) * T::from(1.26).unwrap(),
            w,
            0,
        )
    };
    let mut s4 = T::from(OFFSET).unwrap();
    let mut k5: usize = 0;
    while (T::from(1.0).unwrap() + y.sin() + T::from(0.64).unwrap()).log(
        (T::sin(a3 * T::from(0.28).unwrap()) * T::from(3.0).unwrap()).powi(2)
            + T::from(1.78).unwrap(),
    ) * T::from(1.29).unwrap().ln_1p()
        > T::from(0.03).unwrap()
        && k5 < 2
    {
        k5 += 1;
        s4 = (s4 * T::from(0.72).unwrap()
            + (T::from(1.0).unwrap()
                + (T::abs(
                    (T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin()
                        * T::from(3.0).unwrap(),
                ) + T::from(0.64).unwrap())
                .log2()
                .sin()
                + T::from(0.08).unwrap())
            .atan()
                * T::from(1.26).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        for i6 in (1..n).step_by(2) {
            if i6 % 2 < 1 {
                let mut x = (h1[(n + i6) % 4] / T::one() * T::from(0.75).unwrap()).tanh()
                    * T::from(2.0).unwrap();
                let a7 = if !(i6 % 3 > 3 && i6 % 2 % 2 == 0) {
                    s4 = T::atan(s4 * (T::from((i6 + n) as f64).unwrap() + h1[(n + 1) % 4] + y))
                        * T::from(1.26).unwrap();
                    T::exp_m1(T::from(0.96).unwrap()).exp2()
                } else {
                    h2[n % 4]
                };
                let a8 = (T::from(1.0).unwrap()
                    + (a3.atan() * T::from(1.89).unwrap()).sin()
                    + T::from(0.32).unwrap())
                .log2()
                    / ((-T::zero()).abs() + T::from(0.46).unwrap());
            }
        }
    }
    (((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
        / T::sqrt(
            T::from(1.0).unwrap()
                + ((a3 * T::from(0.28).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.56).unwrap(),
        )
        + y)
        * x
}

#[differentiable]
pub fn gen_289<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 < 3 {
        return T::acosh(
            T::from(1.0).unwrap()
                + gen_284(
                    (T::from(3).unwrap().mul_add(y, x) * T::from(0.19).unwrap()).tanh()
                        * T::from(2.0).unwrap(),
                    (T::from(0.93).unwrap() + w[n % 4]).atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                )
                .tanh()
                + T::from(1.59).unwrap(),
        );
    }
    {
        let a1 = (-T::from(n).unwrap().fract()).powi(n as i32);
        let a2 = if (w[n * 3 % 4].powi(2) + T::from(0.3).unwrap()).recip() + a1
            < T::from(-1.34).unwrap()
        {
            y.exp2() - x % (T::from(1.0).unwrap() + T::tanh(T::from(OFFSET).unwrap()))
        } else {
            x * w[(n + 1) % 4].hypot(y.cosh())
        };
    }
    let a3 = if y.exp() - (y + w[(n + 3) % 4]) <= T::from(-1.66).unwrap() + y {
        -gen_267(
            T::tanh(w[n * 2 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::from(SCALE).unwrap(),
            w,
            0,
        )
    } else {
        w[n % 4].cosh().log2()
    };
    let a7 = if T::from(0.59).unwrap() < T::from(0.2).unwrap() {
        w[n % 4]
    } else {
        for i4 in 1..=3 {
            let mut k5: usize = 1;
            if T::atanh(
                (w[1] % T::from(1.79).unwrap() * T::from(0.84).unwrap()).sin()
                    * T::from(0.9).unwrap(),
            ) < a3 * T::from(0.15).unwrap()
            {
                let a6 = T::hypot(
                    (T::from(-0.82).unwrap().mul_add(T::one(), a3) * T::from(0.22).unwrap()).sin()
                        * T::from(3.0).unwrap(),
                    T::from(0.9).unwrap(),
                )
                .atan2(T::from(SCALE).unwrap() / -(x.powi(2) + T::from(0.25).unwrap()));
                let a3 = T::asin(
                    (w[(k5 + i4) % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap(),
                )
                .tanh()
                .mul_add(
                    gen_228(
                        T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        T::from(-0.63).unwrap()
                            % (T::from(1.0).unwrap()
                                + ((a6 * T::from(0.48).unwrap()).tanh() * T::from(3.0).unwrap())
                                    .sin()
                                + T::from(0.71).unwrap()),
                        w,
                        i4 * 2 % 5,
                    ),
                    T::from(-1.08).unwrap(),
                );
            }
        }
        w[2]
    };
    ((((T::from(n).unwrap() + w[n * 3 % 4]) * a3.asinh()).atan() * T::from(1.89).unwrap() + a3)
        * y
        * T::from(0.08).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_290<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a3 = {
        let a1 = if (T::from(n).unwrap() - T::from(n).unwrap())
            / (T::from(1.0).unwrap()
                + (T::atan(T::from(n).unwrap()) * T::from(1.89).unwrap()).tanh())
            >= T::from(-0.99).unwrap()
        {
            x * x
        } else {
            T::from(0.25).unwrap()
        };
        let mut h2 = [T::from(0.17).unwrap(); 4];
        (h2[n % 4] + a1).round()
    };
    let a4 = (x * x
        / (T::from(1.0).unwrap()
            + (T::atan(a3) * T::from(0.75).unwrap()).tan().tanh()
            + T::from(0.2).unwrap())
        * T::from(0.1).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    let a5 = {
        let x = x.tanh();
        w[n % 4]
    };
    if n % 2 < 3 {
        return ((T::from(-1.25).unwrap() * x).cosh() * T::from(0.24).unwrap()).tanh()
            * T::from(6.0).unwrap();
    }
    if T::powi(
        T::from(-1.4).unwrap().abs().ln().abs() + T::from(0.28).unwrap(),
        -2,
    ) <= T::from(-0.99).unwrap()
    {
        {
            let a6 = (gen_281(
                (a3 * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap(),
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            )
            .exp()
                / -(T::from(1.0).unwrap() + a5.tanh() + T::from(0.37).unwrap()))
            .atan()
                * T::from(0.63).unwrap();
        }
    }
    let mut s7 = w[(n + 2) % 4];
    let mut k8: usize = 0;
    loop {
        if k8 >= 4 {
            break;
        }
        k8 += 1;
        s7 = T::tanh(
            (s7 * T::from(0.66).unwrap()
                + T::sin(
                    (T::from(1.0).unwrap()
                        + T::sin(
                            (T::from(1.0).unwrap()
                                + (T::sin(a4 * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
                                    .tanh()
                                + T::from(0.65).unwrap())
                            .hypot(w[n * 3 % 4])
                            .atan2((a3.atan() * T::from(1.89).unwrap()).cosh()),
                        )
                        + T::from(0.22).unwrap())
                        * T::from(0.68).unwrap(),
                ) * T::from(2.0).unwrap())
                * T::from(0.32).unwrap(),
        ) * T::from(4.0).unwrap();
        let a9 = a4;
        if s7 > a9 {
            break;
        }
    }
    if n % 3 > 1 {
        let a4 = a4.tanh();
    }
    s7 = (s7 * T::one().signum() * T::from(0.37).unwrap()).tanh() * T::from(4.0).unwrap();
    if ((((a3 * a4 * T::from(0.04).unwrap()).tanh()
        * T::from(6.0).unwrap()
        * T::from(0.28).unwrap())
    .sin()
        * T::from(3.0).unwrap())
    .cosh()
        + T::from(0.67).unwrap())
    .acosh()
        > T::from(0.54).unwrap() * w[(n + k8) % 4]
    {
        return x.powi(2);
    }
    x * (y / a5.cosh())
}

#[differentiable]
pub fn gen_291<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = T::from(-1.41).unwrap();
        let k2 = n;
        let mut h3 = [T::from(-0.07).unwrap(); 4];
        for i4 in 0..4 {
            h3[i4] = ((y + y) * T::ln(w[(n + k2) % 4].hypot(T::from(0.67).unwrap()))).atan()
                * T::from(1.26).unwrap();
        }
    }
    let mut k5: usize = n * 3 % 4;
    let a6 = T::min(
        T::from(SCALE).unwrap() / (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.6).unwrap()),
        w[n * 2 % 4] / T::from(0.4).unwrap(),
    )
    .cos();
    k5 += 4;
    k5 %= 4;
    (a6 + a6) * x.asinh() + a6
}

#[differentiable]
pub fn gen_292<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = ((w[0] * (w[n % 4] + w[3])).mul_add(
        w[n % 4] * ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin(),
        (T::from(0.65).unwrap() + T::zero()) * (y + x),
    ) * T::from(0.07).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    {
        let mut s2 = T::sin(
            T::recip(
                ((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                    .hypot(T::from(0.4).unwrap())
                    .powf(x.atan() * T::from(1.26).unwrap()),
            ) * T::from(0.42).unwrap(),
        ) * T::from(3.0).unwrap();
        let mut k3: usize = 0;
        while s2
            < ((s2 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                .cosh()
                .cbrt()
                / ((a1 * T::from(0.28).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
            && k3 < 6
        {
            k3 += 1;
            s2 = ((s2 + y.hypot(T::from(0.42).unwrap()).atan() * T::from(1.26).unwrap())
                * T::from(0.34).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            let mut h4 = [T::zero(); 4];
            for i5 in 0..4 {
                h4[i5] = T::sin(
                    (T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos()
                        % y.hypot(
                            T::from(1.0).unwrap()
                                + T::from(1).unwrap().sin()
                                + T::from(0.62).unwrap(),
                        )
                        * T::from(0.59).unwrap(),
                ) * T::from(2.0).unwrap();
            }
        }
        let mut y = y.tanh();
    }
    if ((T::hypot(x.abs() + T::from(0.51).unwrap(), w[(n + 3) % 4]) * T::from(0.47).unwrap())
        .tanh()
        * T::from(3.0).unwrap())
    .cosh()
        <= T::floor(T::from(n * 3 % 9).unwrap())
    {
        return T::tan(
            ((T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.48).unwrap()).sqrt()
                * T::from(0.96).unwrap())
            .tanh()
                * T::from(1.2).unwrap(),
        );
    }
    (T::asinh(gen_115(
        w[n % 4].atan() * T::from(1.26).unwrap(),
        T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    )) * y
        * x
        * T::from(0.18).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_293<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (i2, _) in w.iter().enumerate() {
        if i2 % 3 < 2 {
            break;
        }
        let a3 = y
            * w[n % 4]
            * (T::from(1.0).unwrap()
                + ((T::from(n + i2).unwrap() * T::from(0.21).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.49).unwrap())
            .sqrt();
        let mut s4 = y;
    }
    if n % 3 > 2 {
        let a6 = if -(x / (T::from(1.0).unwrap() + w[n * 2 % 4].tanh() + T::from(0.19).unwrap()))
            < T::from(1.34).unwrap()
            && n < 1
        {
            let mut s5 = (gen_292(
                T::tanh(w[(n + 2) % 4] * w[0] * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                T::one().cosh(),
                w,
                (n + 2) % 5,
            ) * T::from(0.28).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            w[n % 4]
                * (((x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                    .powi(n as i32)
                    .atan()
                    * T::from(1.89).unwrap())
        } else {
            T::powi(w[0] % (y.powi(2) + T::from(0.73).unwrap()), 2)
        };
    } else {
        let mut s7 =
            (T::sinh((y * w[n % 4] * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                * T::from(0.2).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
    }
    ((w[n % 4] + x + y) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_294<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = -T::from(-0.07).unwrap();
    s1 =
        (s1 * gen_288(
            T::log10(
                T::from(1.0).unwrap()
                    + T::sin(s1.atan() * T::from(1.89).unwrap())
                    + T::from(0.61).unwrap(),
            ),
            T::from(0.68).unwrap(),
            w,
            n,
        ) * T::from(0.09).unwrap())
        .sin()
            * T::from(4.0).unwrap();
    let a2 = T::one().exp2();
    let a3 = y;
    let a4 = if gen_286(
        T::sin((s1 + w[1]) * T::from(0.25).unwrap()) * T::from(2.0).unwrap(),
        T::from(OFFSET).unwrap(),
        w,
        n,
    ) <= T::from(-0.64).unwrap()
    {
        w[n % 4].abs() + -w[3]
    } else {
        gen_290(
            (-(-(T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.24).unwrap())).recip()
                * T::from(0.36).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            (((x * w[n % 4] * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).sinh()
                * T::from(0.2).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            w,
            n,
        )
    };
    let mut s5 =
        ((x * a2 + (w[n * 3 % 4] - a2)) * T::from(0.19).unwrap()).tanh() * T::from(4.0).unwrap();
    let a6 = w[n % 4]
        / (T::from(1.0).unwrap()
            + (s1.atan() * T::from(1.89).unwrap()).sin()
            + T::from(0.41).unwrap())
        .cbrt();
    s1 = w[(n + 1) % 4];
    ((a6 * a2 - x) * s1 * a4 * T::from(0.01).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_295<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if y <= T::from(-0.55).unwrap() {
        let mut s1 = (T::from(-0.56).unwrap()
            % (T::from(1.0).unwrap() + w[0].tanh() + T::from(0.82).unwrap()))
        .tanh();
        s1 = y;
    } else {
        if !(T::from(1.71).unwrap() > T::from(0.51).unwrap()
            && T::from(n).unwrap() * (w[n * 2 % 4] + T::from(SCALE).unwrap())
                > T::from(0.37).unwrap())
        {
            return gen_292(
                T::from(-1.48).unwrap(),
                ((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p(),
                w,
                n,
            );
        }
        let y = y.tanh();
        let a2 = y.tanh().min(T::from(1.58).unwrap() - x);
    }
    T::asin(
        ((T::from(n + 1).unwrap().atan() * T::from(2.2).unwrap()).exp2() * T::from(0.18).unwrap())
            .sin()
            * T::from(0.9).unwrap(),
    )
}

#[differentiable]
pub fn gen_296<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n;
    {
        if T::from(1.88).unwrap() > T::from(-0.89).unwrap() {
            return y;
        }
    }
    if w[(k1 + 2) % 4] <= y + x {
        return w[3];
    }
    let mut k2: usize = k1 * 3 % 5;
    let mut h3 = [T::one(); 4];
    for i4 in 0..4 {
        h3[i4] = T::acos(T::from(1.21).unwrap() - T::one());
    }
    for (i6, v5) in h3.iter().enumerate() {
        let a7: T = -(w[i6] - *v5);
        if gen_284(
            (y * a7 * T::from(0.19).unwrap()).sin() * T::from(2.0).unwrap(),
            (a7 / T::zero().cosh() * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h3,
            (k1 + i6) % 5,
        ) > T::from(0.6).unwrap()
        {
            k2 *= 2;
            k2 %= 5;
            let a9 = if T::from(-1.44).unwrap() / -x.hypot(T::from(0.45).unwrap())
                - x / (T::from(1.0).unwrap()
                    + (T::atan(a7) * T::from(1.89).unwrap()).tanh()
                    + T::from(0.53).unwrap())
                <= T::from((n * 2) as f64).unwrap()
                    / ((T::from(3).unwrap() * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap())
                        .hypot(T::from(0.79).unwrap())
            {
                gen_291(
                    ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin(),
                    T::from(SCALE).unwrap(),
                    w,
                    i6,
                )
                .min(
                    ((w[(k1 + k2) % 4] + a7) * T::from(4).unwrap()).atan() * T::from(1.89).unwrap(),
                )
            } else if x >= y + T::from(-0.71).unwrap() {
                let a8 = (gen_287(
                    T::atan(a7) * T::from(1.26).unwrap(),
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    3,
                ) - w[(n + 2) % 4].exp())
                .atan()
                    * T::from(3.78).unwrap();
                ((((h3[(k1 + 1) % 4] + h3[(i6 + k2) % 4]) * T::from(0.37).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.23).unwrap())
                .atan2(T::from((k1 + n) as f64).unwrap() - x)
            } else {
                (((h3[(k1 + k2) % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
                    .atanh()
                    .atan()
                    * T::from(0.56).unwrap())
                .atanh()
            };
        } else if T::acosh(y.abs() + T::from(1.36).unwrap()) >= T::from(-0.89).unwrap() {
            if -(*v5) - T::from(-0.74).unwrap() >= T::zero() {
                return h3[n * 2 % 4];
            }
            let a10 = T::one().ln_1p().atan2(
                T::from(core::f64::consts::LN_2).unwrap()
                    / (T::from(1.0).unwrap()
                        + T::sin(
                            (T::from(k1 + 3).unwrap() * T::from(0.21).unwrap()).tanh()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.61).unwrap())
                    / ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                        .atanh()
                        .cosh(),
            );
        }
        let k1 = T::from(k1).unwrap() * T::from(-1.14).unwrap();
        let mut k11: usize = (k2 + n) % 6;
    }
    h3[n * 3 % 4]
}

#[differentiable]
pub fn gen_297<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a8 = if n > 3 {
        if T::from(-1.29).unwrap().abs().log2()
            / ((w[2] * x * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                .hypot(T::from(0.64).unwrap())
            < T::from(0.81).unwrap()
        {
            let a1: T = w[n * 2 % 4];
            let mut s2 = T::from((n + 2) as f64).unwrap().atan() * T::from(2.52).unwrap();
            let mut s3 = y;
        } else if (T::from(4).unwrap() * x.ceil() * T::from(0.12).unwrap()).sin()
            > x / -(T::from(1.0).unwrap() + y.tanh() + T::from(0.39).unwrap())
        {
            let a4 = T::from(-0.04).unwrap()
                * w[0]
                * gen_295(
                    y.atan() * T::from(1.26).unwrap(),
                    T::from(-1.03).unwrap(),
                    w,
                    n,
                );
            let mut k5: usize = (n + 3) % 6;
        } else {
            let y = y * gen_199(
                T::atan(y) * T::from(1.26).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            )
            .round();
            let mut s6 = gen_294(
                w[(n + 1) % 4].exp2().atan() * T::from(1.26).unwrap(),
                w[n % 4].cosh().ln(),
                w,
                n,
            );
            let a7 = T::from(core::f64::consts::LN_2).unwrap().max(T::ln_1p(
                T::sin(s6 * T::from(0.25).unwrap()) * T::from(0.8).unwrap(),
            ));
        }
        w[n % 4]
    } else {
        T::hypot(-x, T::from(0.23).unwrap()).recip()
    };
    let a11 = {
        let a9 = y;
        let a10 = T::asinh(y) - T::ln_1p(T::from(1.98).unwrap());
        T::from(-1.21).unwrap() - w[0].abs()
    };
    T::asin((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).sinh()
}

#[differentiable]
pub fn gen_298<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        if n % 2 != 2 {
            let a1: T = x;
            let k2 = 4;
        }
        let a3 = y;
        let mut s4 = T::tanh(
            (T::zero() * T::atanh(a3.atan() * T::from(0.56).unwrap()) - w[(n + 3) % 4])
                * T::from(0.75).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    let a6 = {
        let a5 = w[n % 4];
        T::cbrt(T::from(0.64).unwrap())
    };
    let a7 = T::zero();
    for (&v8, &v9) in w.iter().zip(w.iter()) {
        if (T::from(n).unwrap() / -(T::from(1.0).unwrap() + v9.tanh() + T::from(0.3).unwrap())
            * (w[1] - w[n % 4]))
            .atan()
            * T::from(0.63).unwrap()
            > T::from(0.21).unwrap()
        {
            let a12 = if gen_284(
                a7 + a7,
                (w[0].floor() * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) < T::from(1.47).unwrap()
            {
                return w[n % 4] * T::from(1.93).unwrap();
            } else if -a6 / T::from(0.29).unwrap() <= y / T::from(-0.59).unwrap() {
                (((w[n * 3 % 4]
                    / (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.38).unwrap())
                    * T::from(0.31).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                .powi(2)
                    + T::from(0.6).unwrap())
                .powf(
                    (((w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).tan()
                        * T::from(0.58).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
                )
                .atan()
                    * T::from(2.52).unwrap()
            } else {
                let a10 = if gen_286(
                    (v8 * w[n % 4] * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                    (w[(n + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n,
                ) > T::from(-1.44).unwrap()
                {
                    (v9 * x * T::from(n + 3).unwrap() * T::from(0.05).unwrap()).tanh()
                        * T::from(6.0).unwrap()
                } else {
                    gen_287(
                        (v9 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w[n % 4].atan() * T::from(1.26).unwrap(),
                        w,
                        (n + 3) % 5,
                    )
                };
                let mut k11: usize = n % 4;
                a7.abs() * (w[k11] / T::one())
            };
        } else {
            let a13 = T::from(n).unwrap() + x + (T::from(-0.53).unwrap() + w[n % 4]);
        }
    }
    T::tanh(
        ((T::tanh(w[(n + 3) % 4] * T::from(0.75).unwrap()) * T::from(0.8).unwrap()).ln_1p()
            - (T::from((n * 2) as f64).unwrap() + a7))
            * T::from(0.16).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_299<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a3 = {
        let mut s1 = T::sin(
            gen_95(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap()).sin()
                    * T::from(2.0).unwrap(),
                w,
                n,
            ) / T::from(-0.91).unwrap()
                * T::from(0.27).unwrap(),
        ) * T::from(4.0).unwrap();
        let a2 = s1
            / (T::from(1.0).unwrap()
                + ((x - y).atan() * T::from(1.89).unwrap()).tanh()
                + T::from(0.36).unwrap());
        (T::abs((a2 * T::from(0.14).unwrap()).tanh() * T::from(3.0).unwrap())
            + T::from(1.37).unwrap())
        .acosh()
            + x.cos()
    };
    let mut k4: usize = n;
    let mut s5 = gen_83(
        T::tanh(a3 * T::from(0.49).unwrap()) * T::from(2.0).unwrap(),
        (x.atan() * T::from(0.56).unwrap()).acos().atan() * T::from(1.26).unwrap(),
        w,
        2,
    )
    .atan()
        * T::from(2.52).unwrap();
    let a6 = (((T::log10(w[(k4 + 1) % 4].cosh()) - x).atan() * T::from(1.26).unwrap()).powi(2)
        + T::from(0.48).unwrap())
    .powf(
        T::log2(w[k4 % 4].hypot(T::from(0.58).unwrap()))
            / (((T::from(-1.47).unwrap() - w[k4 % 4]).atan() * T::from(1.89).unwrap()).powi(2)
                + T::from(0.7).unwrap()),
    );
    let mut k7: usize = (k4 + 2) % 5;
    let mut s5 = y.sin() - T::from(0.05).unwrap().signum();
    let mut h8 = [T::from(0.61).unwrap(); 4];
    let mut a3 = T::atan2(
        T::from(1.0).unwrap()
            + T::tanh(((y + s5) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap())
            + T::from(0.61).unwrap(),
        T::from(-0.19).unwrap().max(a6),
    )
    .atan()
        * T::from(1.89).unwrap();
    s5 = ((s5 * s5 + x / T::from(1.69).unwrap()) * T::from(0.09).unwrap()).tanh()
        * T::from(4.0).unwrap();
    let a3 = (T::atan(w[1]) * T::from(1.26).unwrap()).powi(k7 as i32) + (x + s5);
    let a9 = (x / h8[2].hypot(T::from(0.92).unwrap())
        * (T::tanh(s5 * w[(k4 + n) % 4] * T::from(0.19).unwrap()) * T::from(3.0).unwrap()).sinh()
        * T::from(0.09).unwrap())
    .sin();
    if y < ((w[k4 * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p() {
        let a10 = ((T::sqrt(T::from(1.12).unwrap()) + w[n * 2 % 4].exp_m1())
            / (T::from(1.0).unwrap() + w[(k4 + n) % 4].tanh() + T::from(0.39).unwrap()))
        .atan()
            * T::from(1.89).unwrap();
        s5 = T::ln(h8[0].cosh()) * T::from(SCALE).unwrap();
    }
    T::powi(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(), 2).max(w[(k4 + 2) % 4]) + a9
}

/// Every program with its generated gradients and its tape twin.
pub const PROGRAMS: &[Program] = &[
    Program {
        name: "gen_0",
        f: gen_0,
        grad: grad_gen_0,
        grad_into: grad_gen_0_into,
        tape: |x, y, w, n| gen_0(x, y, w, n),
    },
    Program {
        name: "gen_1",
        f: gen_1,
        grad: grad_gen_1,
        grad_into: grad_gen_1_into,
        tape: |x, y, w, n| gen_1(x, y, w, n),
    },
    Program {
        name: "gen_2",
        f: gen_2,
        grad: grad_gen_2,
        grad_into: grad_gen_2_into,
        tape: |x, y, w, n| gen_2(x, y, w, n),
    },
    Program {
        name: "gen_3",
        f: gen_3,
        grad: grad_gen_3,
        grad_into: grad_gen_3_into,
        tape: |x, y, w, n| gen_3(x, y, w, n),
    },
    Program {
        name: "gen_4",
        f: gen_4,
        grad: grad_gen_4,
        grad_into: grad_gen_4_into,
        tape: |x, y, w, n| gen_4(x, y, w, n),
    },
    Program {
        name: "gen_5",
        f: gen_5,
        grad: grad_gen_5,
        grad_into: grad_gen_5_into,
        tape: |x, y, w, n| gen_5(x, y, w, n),
    },
    Program {
        name: "gen_6",
        f: gen_6,
        grad: grad_gen_6,
        grad_into: grad_gen_6_into,
        tape: |x, y, w, n| gen_6(x, y, w, n),
    },
    Program {
        name: "gen_7",
        f: gen_7,
        grad: grad_gen_7,
        grad_into: grad_gen_7_into,
        tape: |x, y, w, n| gen_7(x, y, w, n),
    },
    Program {
        name: "gen_8",
        f: gen_8,
        grad: grad_gen_8,
        grad_into: grad_gen_8_into,
        tape: |x, y, w, n| gen_8(x, y, w, n),
    },
    Program {
        name: "gen_9",
        f: gen_9,
        grad: grad_gen_9,
        grad_into: grad_gen_9_into,
        tape: |x, y, w, n| gen_9(x, y, w, n),
    },
    Program {
        name: "gen_10",
        f: gen_10,
        grad: grad_gen_10,
        grad_into: grad_gen_10_into,
        tape: |x, y, w, n| gen_10(x, y, w, n),
    },
    Program {
        name: "gen_11",
        f: gen_11,
        grad: grad_gen_11,
        grad_into: grad_gen_11_into,
        tape: |x, y, w, n| gen_11(x, y, w, n),
    },
    Program {
        name: "gen_12",
        f: gen_12,
        grad: grad_gen_12,
        grad_into: grad_gen_12_into,
        tape: |x, y, w, n| gen_12(x, y, w, n),
    },
    Program {
        name: "gen_13",
        f: gen_13,
        grad: grad_gen_13,
        grad_into: grad_gen_13_into,
        tape: |x, y, w, n| gen_13(x, y, w, n),
    },
    Program {
        name: "gen_14",
        f: gen_14,
        grad: grad_gen_14,
        grad_into: grad_gen_14_into,
        tape: |x, y, w, n| gen_14(x, y, w, n),
    },
    Program {
        name: "gen_15",
        f: gen_15,
        grad: grad_gen_15,
        grad_into: grad_gen_15_into,
        tape: |x, y, w, n| gen_15(x, y, w, n),
    },
    Program {
        name: "gen_16",
        f: gen_16,
        grad: grad_gen_16,
        grad_into: grad_gen_16_into,
        tape: |x, y, w, n| gen_16(x, y, w, n),
    },
    Program {
        name: "gen_17",
        f: gen_17,
        grad: grad_gen_17,
        grad_into: grad_gen_17_into,
        tape: |x, y, w, n| gen_17(x, y, w, n),
    },
    Program {
        name: "gen_18",
        f: gen_18,
        grad: grad_gen_18,
        grad_into: grad_gen_18_into,
        tape: |x, y, w, n| gen_18(x, y, w, n),
    },
    Program {
        name: "gen_19",
        f: gen_19,
        grad: grad_gen_19,
        grad_into: grad_gen_19_into,
        tape: |x, y, w, n| gen_19(x, y, w, n),
    },
    Program {
        name: "gen_20",
        f: gen_20,
        grad: grad_gen_20,
        grad_into: grad_gen_20_into,
        tape: |x, y, w, n| gen_20(x, y, w, n),
    },
    Program {
        name: "gen_21",
        f: gen_21,
        grad: grad_gen_21,
        grad_into: grad_gen_21_into,
        tape: |x, y, w, n| gen_21(x, y, w, n),
    },
    Program {
        name: "gen_22",
        f: gen_22,
        grad: grad_gen_22,
        grad_into: grad_gen_22_into,
        tape: |x, y, w, n| gen_22(x, y, w, n),
    },
    Program {
        name: "gen_23",
        f: gen_23,
        grad: grad_gen_23,
        grad_into: grad_gen_23_into,
        tape: |x, y, w, n| gen_23(x, y, w, n),
    },
    Program {
        name: "gen_24",
        f: gen_24,
        grad: grad_gen_24,
        grad_into: grad_gen_24_into,
        tape: |x, y, w, n| gen_24(x, y, w, n),
    },
    Program {
        name: "gen_25",
        f: gen_25,
        grad: grad_gen_25,
        grad_into: grad_gen_25_into,
        tape: |x, y, w, n| gen_25(x, y, w, n),
    },
    Program {
        name: "gen_26",
        f: gen_26,
        grad: grad_gen_26,
        grad_into: grad_gen_26_into,
        tape: |x, y, w, n| gen_26(x, y, w, n),
    },
    Program {
        name: "gen_27",
        f: gen_27,
        grad: grad_gen_27,
        grad_into: grad_gen_27_into,
        tape: |x, y, w, n| gen_27(x, y, w, n),
    },
    Program {
        name: "gen_28",
        f: gen_28,
        grad: grad_gen_28,
        grad_into: grad_gen_28_into,
        tape: |x, y, w, n| gen_28(x, y, w, n),
    },
    Program {
        name: "gen_29",
        f: gen_29,
        grad: grad_gen_29,
        grad_into: grad_gen_29_into,
        tape: |x, y, w, n| gen_29(x, y, w, n),
    },
    Program {
        name: "gen_30",
        f: gen_30,
        grad: grad_gen_30,
        grad_into: grad_gen_30_into,
        tape: |x, y, w, n| gen_30(x, y, w, n),
    },
    Program {
        name: "gen_31",
        f: gen_31,
        grad: grad_gen_31,
        grad_into: grad_gen_31_into,
        tape: |x, y, w, n| gen_31(x, y, w, n),
    },
    Program {
        name: "gen_32",
        f: gen_32,
        grad: grad_gen_32,
        grad_into: grad_gen_32_into,
        tape: |x, y, w, n| gen_32(x, y, w, n),
    },
    Program {
        name: "gen_33",
        f: gen_33,
        grad: grad_gen_33,
        grad_into: grad_gen_33_into,
        tape: |x, y, w, n| gen_33(x, y, w, n),
    },
    Program {
        name: "gen_34",
        f: gen_34,
        grad: grad_gen_34,
        grad_into: grad_gen_34_into,
        tape: |x, y, w, n| gen_34(x, y, w, n),
    },
    Program {
        name: "gen_35",
        f: gen_35,
        grad: grad_gen_35,
        grad_into: grad_gen_35_into,
        tape: |x, y, w, n| gen_35(x, y, w, n),
    },
    Program {
        name: "gen_36",
        f: gen_36,
        grad: grad_gen_36,
        grad_into: grad_gen_36_into,
        tape: |x, y, w, n| gen_36(x, y, w, n),
    },
    Program {
        name: "gen_37",
        f: gen_37,
        grad: grad_gen_37,
        grad_into: grad_gen_37_into,
        tape: |x, y, w, n| gen_37(x, y, w, n),
    },
    Program {
        name: "gen_38",
        f: gen_38,
        grad: grad_gen_38,
        grad_into: grad_gen_38_into,
        tape: |x, y, w, n| gen_38(x, y, w, n),
    },
    Program {
        name: "gen_39",
        f: gen_39,
        grad: grad_gen_39,
        grad_into: grad_gen_39_into,
        tape: |x, y, w, n| gen_39(x, y, w, n),
    },
    Program {
        name: "gen_40",
        f: gen_40,
        grad: grad_gen_40,
        grad_into: grad_gen_40_into,
        tape: |x, y, w, n| gen_40(x, y, w, n),
    },
    Program {
        name: "gen_41",
        f: gen_41,
        grad: grad_gen_41,
        grad_into: grad_gen_41_into,
        tape: |x, y, w, n| gen_41(x, y, w, n),
    },
    Program {
        name: "gen_42",
        f: gen_42,
        grad: grad_gen_42,
        grad_into: grad_gen_42_into,
        tape: |x, y, w, n| gen_42(x, y, w, n),
    },
    Program {
        name: "gen_43",
        f: gen_43,
        grad: grad_gen_43,
        grad_into: grad_gen_43_into,
        tape: |x, y, w, n| gen_43(x, y, w, n),
    },
    Program {
        name: "gen_44",
        f: gen_44,
        grad: grad_gen_44,
        grad_into: grad_gen_44_into,
        tape: |x, y, w, n| gen_44(x, y, w, n),
    },
    Program {
        name: "gen_45",
        f: gen_45,
        grad: grad_gen_45,
        grad_into: grad_gen_45_into,
        tape: |x, y, w, n| gen_45(x, y, w, n),
    },
    Program {
        name: "gen_46",
        f: gen_46,
        grad: grad_gen_46,
        grad_into: grad_gen_46_into,
        tape: |x, y, w, n| gen_46(x, y, w, n),
    },
    Program {
        name: "gen_47",
        f: gen_47,
        grad: grad_gen_47,
        grad_into: grad_gen_47_into,
        tape: |x, y, w, n| gen_47(x, y, w, n),
    },
    Program {
        name: "gen_48",
        f: gen_48,
        grad: grad_gen_48,
        grad_into: grad_gen_48_into,
        tape: |x, y, w, n| gen_48(x, y, w, n),
    },
    Program {
        name: "gen_49",
        f: gen_49,
        grad: grad_gen_49,
        grad_into: grad_gen_49_into,
        tape: |x, y, w, n| gen_49(x, y, w, n),
    },
    Program {
        name: "gen_50",
        f: gen_50,
        grad: grad_gen_50,
        grad_into: grad_gen_50_into,
        tape: |x, y, w, n| gen_50(x, y, w, n),
    },
    Program {
        name: "gen_51",
        f: gen_51,
        grad: grad_gen_51,
        grad_into: grad_gen_51_into,
        tape: |x, y, w, n| gen_51(x, y, w, n),
    },
    Program {
        name: "gen_52",
        f: gen_52,
        grad: grad_gen_52,
        grad_into: grad_gen_52_into,
        tape: |x, y, w, n| gen_52(x, y, w, n),
    },
    Program {
        name: "gen_53",
        f: gen_53,
        grad: grad_gen_53,
        grad_into: grad_gen_53_into,
        tape: |x, y, w, n| gen_53(x, y, w, n),
    },
    Program {
        name: "gen_54",
        f: gen_54,
        grad: grad_gen_54,
        grad_into: grad_gen_54_into,
        tape: |x, y, w, n| gen_54(x, y, w, n),
    },
    Program {
        name: "gen_55",
        f: gen_55,
        grad: grad_gen_55,
        grad_into: grad_gen_55_into,
        tape: |x, y, w, n| gen_55(x, y, w, n),
    },
    Program {
        name: "gen_56",
        f: gen_56,
        grad: grad_gen_56,
        grad_into: grad_gen_56_into,
        tape: |x, y, w, n| gen_56(x, y, w, n),
    },
    Program {
        name: "gen_57",
        f: gen_57,
        grad: grad_gen_57,
        grad_into: grad_gen_57_into,
        tape: |x, y, w, n| gen_57(x, y, w, n),
    },
    Program {
        name: "gen_58",
        f: gen_58,
        grad: grad_gen_58,
        grad_into: grad_gen_58_into,
        tape: |x, y, w, n| gen_58(x, y, w, n),
    },
    Program {
        name: "gen_59",
        f: gen_59,
        grad: grad_gen_59,
        grad_into: grad_gen_59_into,
        tape: |x, y, w, n| gen_59(x, y, w, n),
    },
    Program {
        name: "gen_60",
        f: gen_60,
        grad: grad_gen_60,
        grad_into: grad_gen_60_into,
        tape: |x, y, w, n| gen_60(x, y, w, n),
    },
    Program {
        name: "gen_61",
        f: gen_61,
        grad: grad_gen_61,
        grad_into: grad_gen_61_into,
        tape: |x, y, w, n| gen_61(x, y, w, n),
    },
    Program {
        name: "gen_62",
        f: gen_62,
        grad: grad_gen_62,
        grad_into: grad_gen_62_into,
        tape: |x, y, w, n| gen_62(x, y, w, n),
    },
    Program {
        name: "gen_63",
        f: gen_63,
        grad: grad_gen_63,
        grad_into: grad_gen_63_into,
        tape: |x, y, w, n| gen_63(x, y, w, n),
    },
    Program {
        name: "gen_64",
        f: gen_64,
        grad: grad_gen_64,
        grad_into: grad_gen_64_into,
        tape: |x, y, w, n| gen_64(x, y, w, n),
    },
    Program {
        name: "gen_65",
        f: gen_65,
        grad: grad_gen_65,
        grad_into: grad_gen_65_into,
        tape: |x, y, w, n| gen_65(x, y, w, n),
    },
    Program {
        name: "gen_66",
        f: gen_66,
        grad: grad_gen_66,
        grad_into: grad_gen_66_into,
        tape: |x, y, w, n| gen_66(x, y, w, n),
    },
    Program {
        name: "gen_67",
        f: gen_67,
        grad: grad_gen_67,
        grad_into: grad_gen_67_into,
        tape: |x, y, w, n| gen_67(x, y, w, n),
    },
    Program {
        name: "gen_68",
        f: gen_68,
        grad: grad_gen_68,
        grad_into: grad_gen_68_into,
        tape: |x, y, w, n| gen_68(x, y, w, n),
    },
    Program {
        name: "gen_69",
        f: gen_69,
        grad: grad_gen_69,
        grad_into: grad_gen_69_into,
        tape: |x, y, w, n| gen_69(x, y, w, n),
    },
    Program {
        name: "gen_70",
        f: gen_70,
        grad: grad_gen_70,
        grad_into: grad_gen_70_into,
        tape: |x, y, w, n| gen_70(x, y, w, n),
    },
    Program {
        name: "gen_71",
        f: gen_71,
        grad: grad_gen_71,
        grad_into: grad_gen_71_into,
        tape: |x, y, w, n| gen_71(x, y, w, n),
    },
    Program {
        name: "gen_72",
        f: gen_72,
        grad: grad_gen_72,
        grad_into: grad_gen_72_into,
        tape: |x, y, w, n| gen_72(x, y, w, n),
    },
    Program {
        name: "gen_73",
        f: gen_73,
        grad: grad_gen_73,
        grad_into: grad_gen_73_into,
        tape: |x, y, w, n| gen_73(x, y, w, n),
    },
    Program {
        name: "gen_74",
        f: gen_74,
        grad: grad_gen_74,
        grad_into: grad_gen_74_into,
        tape: |x, y, w, n| gen_74(x, y, w, n),
    },
    Program {
        name: "gen_75",
        f: gen_75,
        grad: grad_gen_75,
        grad_into: grad_gen_75_into,
        tape: |x, y, w, n| gen_75(x, y, w, n),
    },
    Program {
        name: "gen_76",
        f: gen_76,
        grad: grad_gen_76,
        grad_into: grad_gen_76_into,
        tape: |x, y, w, n| gen_76(x, y, w, n),
    },
    Program {
        name: "gen_77",
        f: gen_77,
        grad: grad_gen_77,
        grad_into: grad_gen_77_into,
        tape: |x, y, w, n| gen_77(x, y, w, n),
    },
    Program {
        name: "gen_78",
        f: gen_78,
        grad: grad_gen_78,
        grad_into: grad_gen_78_into,
        tape: |x, y, w, n| gen_78(x, y, w, n),
    },
    Program {
        name: "gen_79",
        f: gen_79,
        grad: grad_gen_79,
        grad_into: grad_gen_79_into,
        tape: |x, y, w, n| gen_79(x, y, w, n),
    },
    Program {
        name: "gen_80",
        f: gen_80,
        grad: grad_gen_80,
        grad_into: grad_gen_80_into,
        tape: |x, y, w, n| gen_80(x, y, w, n),
    },
    Program {
        name: "gen_81",
        f: gen_81,
        grad: grad_gen_81,
        grad_into: grad_gen_81_into,
        tape: |x, y, w, n| gen_81(x, y, w, n),
    },
    Program {
        name: "gen_82",
        f: gen_82,
        grad: grad_gen_82,
        grad_into: grad_gen_82_into,
        tape: |x, y, w, n| gen_82(x, y, w, n),
    },
    Program {
        name: "gen_83",
        f: gen_83,
        grad: grad_gen_83,
        grad_into: grad_gen_83_into,
        tape: |x, y, w, n| gen_83(x, y, w, n),
    },
    Program {
        name: "gen_84",
        f: gen_84,
        grad: grad_gen_84,
        grad_into: grad_gen_84_into,
        tape: |x, y, w, n| gen_84(x, y, w, n),
    },
    Program {
        name: "gen_85",
        f: gen_85,
        grad: grad_gen_85,
        grad_into: grad_gen_85_into,
        tape: |x, y, w, n| gen_85(x, y, w, n),
    },
    Program {
        name: "gen_86",
        f: gen_86,
        grad: grad_gen_86,
        grad_into: grad_gen_86_into,
        tape: |x, y, w, n| gen_86(x, y, w, n),
    },
    Program {
        name: "gen_87",
        f: gen_87,
        grad: grad_gen_87,
        grad_into: grad_gen_87_into,
        tape: |x, y, w, n| gen_87(x, y, w, n),
    },
    Program {
        name: "gen_88",
        f: gen_88,
        grad: grad_gen_88,
        grad_into: grad_gen_88_into,
        tape: |x, y, w, n| gen_88(x, y, w, n),
    },
    Program {
        name: "gen_89",
        f: gen_89,
        grad: grad_gen_89,
        grad_into: grad_gen_89_into,
        tape: |x, y, w, n| gen_89(x, y, w, n),
    },
    Program {
        name: "gen_90",
        f: gen_90,
        grad: grad_gen_90,
        grad_into: grad_gen_90_into,
        tape: |x, y, w, n| gen_90(x, y, w, n),
    },
    Program {
        name: "gen_91",
        f: gen_91,
        grad: grad_gen_91,
        grad_into: grad_gen_91_into,
        tape: |x, y, w, n| gen_91(x, y, w, n),
    },
    Program {
        name: "gen_92",
        f: gen_92,
        grad: grad_gen_92,
        grad_into: grad_gen_92_into,
        tape: |x, y, w, n| gen_92(x, y, w, n),
    },
    Program {
        name: "gen_93",
        f: gen_93,
        grad: grad_gen_93,
        grad_into: grad_gen_93_into,
        tape: |x, y, w, n| gen_93(x, y, w, n),
    },
    Program {
        name: "gen_94",
        f: gen_94,
        grad: grad_gen_94,
        grad_into: grad_gen_94_into,
        tape: |x, y, w, n| gen_94(x, y, w, n),
    },
    Program {
        name: "gen_95",
        f: gen_95,
        grad: grad_gen_95,
        grad_into: grad_gen_95_into,
        tape: |x, y, w, n| gen_95(x, y, w, n),
    },
    Program {
        name: "gen_96",
        f: gen_96,
        grad: grad_gen_96,
        grad_into: grad_gen_96_into,
        tape: |x, y, w, n| gen_96(x, y, w, n),
    },
    Program {
        name: "gen_97",
        f: gen_97,
        grad: grad_gen_97,
        grad_into: grad_gen_97_into,
        tape: |x, y, w, n| gen_97(x, y, w, n),
    },
    Program {
        name: "gen_98",
        f: gen_98,
        grad: grad_gen_98,
        grad_into: grad_gen_98_into,
        tape: |x, y, w, n| gen_98(x, y, w, n),
    },
    Program {
        name: "gen_99",
        f: gen_99,
        grad: grad_gen_99,
        grad_into: grad_gen_99_into,
        tape: |x, y, w, n| gen_99(x, y, w, n),
    },
    Program {
        name: "gen_100",
        f: gen_100,
        grad: grad_gen_100,
        grad_into: grad_gen_100_into,
        tape: |x, y, w, n| gen_100(x, y, w, n),
    },
    Program {
        name: "gen_101",
        f: gen_101,
        grad: grad_gen_101,
        grad_into: grad_gen_101_into,
        tape: |x, y, w, n| gen_101(x, y, w, n),
    },
    Program {
        name: "gen_102",
        f: gen_102,
        grad: grad_gen_102,
        grad_into: grad_gen_102_into,
        tape: |x, y, w, n| gen_102(x, y, w, n),
    },
    Program {
        name: "gen_103",
        f: gen_103,
        grad: grad_gen_103,
        grad_into: grad_gen_103_into,
        tape: |x, y, w, n| gen_103(x, y, w, n),
    },
    Program {
        name: "gen_104",
        f: gen_104,
        grad: grad_gen_104,
        grad_into: grad_gen_104_into,
        tape: |x, y, w, n| gen_104(x, y, w, n),
    },
    Program {
        name: "gen_105",
        f: gen_105,
        grad: grad_gen_105,
        grad_into: grad_gen_105_into,
        tape: |x, y, w, n| gen_105(x, y, w, n),
    },
    Program {
        name: "gen_106",
        f: gen_106,
        grad: grad_gen_106,
        grad_into: grad_gen_106_into,
        tape: |x, y, w, n| gen_106(x, y, w, n),
    },
    Program {
        name: "gen_107",
        f: gen_107,
        grad: grad_gen_107,
        grad_into: grad_gen_107_into,
        tape: |x, y, w, n| gen_107(x, y, w, n),
    },
    Program {
        name: "gen_108",
        f: gen_108,
        grad: grad_gen_108,
        grad_into: grad_gen_108_into,
        tape: |x, y, w, n| gen_108(x, y, w, n),
    },
    Program {
        name: "gen_109",
        f: gen_109,
        grad: grad_gen_109,
        grad_into: grad_gen_109_into,
        tape: |x, y, w, n| gen_109(x, y, w, n),
    },
    Program {
        name: "gen_110",
        f: gen_110,
        grad: grad_gen_110,
        grad_into: grad_gen_110_into,
        tape: |x, y, w, n| gen_110(x, y, w, n),
    },
    Program {
        name: "gen_111",
        f: gen_111,
        grad: grad_gen_111,
        grad_into: grad_gen_111_into,
        tape: |x, y, w, n| gen_111(x, y, w, n),
    },
    Program {
        name: "gen_112",
        f: gen_112,
        grad: grad_gen_112,
        grad_into: grad_gen_112_into,
        tape: |x, y, w, n| gen_112(x, y, w, n),
    },
    Program {
        name: "gen_113",
        f: gen_113,
        grad: grad_gen_113,
        grad_into: grad_gen_113_into,
        tape: |x, y, w, n| gen_113(x, y, w, n),
    },
    Program {
        name: "gen_114",
        f: gen_114,
        grad: grad_gen_114,
        grad_into: grad_gen_114_into,
        tape: |x, y, w, n| gen_114(x, y, w, n),
    },
    Program {
        name: "gen_115",
        f: gen_115,
        grad: grad_gen_115,
        grad_into: grad_gen_115_into,
        tape: |x, y, w, n| gen_115(x, y, w, n),
    },
    Program {
        name: "gen_116",
        f: gen_116,
        grad: grad_gen_116,
        grad_into: grad_gen_116_into,
        tape: |x, y, w, n| gen_116(x, y, w, n),
    },
    Program {
        name: "gen_117",
        f: gen_117,
        grad: grad_gen_117,
        grad_into: grad_gen_117_into,
        tape: |x, y, w, n| gen_117(x, y, w, n),
    },
    Program {
        name: "gen_118",
        f: gen_118,
        grad: grad_gen_118,
        grad_into: grad_gen_118_into,
        tape: |x, y, w, n| gen_118(x, y, w, n),
    },
    Program {
        name: "gen_119",
        f: gen_119,
        grad: grad_gen_119,
        grad_into: grad_gen_119_into,
        tape: |x, y, w, n| gen_119(x, y, w, n),
    },
    Program {
        name: "gen_120",
        f: gen_120,
        grad: grad_gen_120,
        grad_into: grad_gen_120_into,
        tape: |x, y, w, n| gen_120(x, y, w, n),
    },
    Program {
        name: "gen_121",
        f: gen_121,
        grad: grad_gen_121,
        grad_into: grad_gen_121_into,
        tape: |x, y, w, n| gen_121(x, y, w, n),
    },
    Program {
        name: "gen_122",
        f: gen_122,
        grad: grad_gen_122,
        grad_into: grad_gen_122_into,
        tape: |x, y, w, n| gen_122(x, y, w, n),
    },
    Program {
        name: "gen_123",
        f: gen_123,
        grad: grad_gen_123,
        grad_into: grad_gen_123_into,
        tape: |x, y, w, n| gen_123(x, y, w, n),
    },
    Program {
        name: "gen_124",
        f: gen_124,
        grad: grad_gen_124,
        grad_into: grad_gen_124_into,
        tape: |x, y, w, n| gen_124(x, y, w, n),
    },
    Program {
        name: "gen_125",
        f: gen_125,
        grad: grad_gen_125,
        grad_into: grad_gen_125_into,
        tape: |x, y, w, n| gen_125(x, y, w, n),
    },
    Program {
        name: "gen_126",
        f: gen_126,
        grad: grad_gen_126,
        grad_into: grad_gen_126_into,
        tape: |x, y, w, n| gen_126(x, y, w, n),
    },
    Program {
        name: "gen_127",
        f: gen_127,
        grad: grad_gen_127,
        grad_into: grad_gen_127_into,
        tape: |x, y, w, n| gen_127(x, y, w, n),
    },
    Program {
        name: "gen_128",
        f: gen_128,
        grad: grad_gen_128,
        grad_into: grad_gen_128_into,
        tape: |x, y, w, n| gen_128(x, y, w, n),
    },
    Program {
        name: "gen_129",
        f: gen_129,
        grad: grad_gen_129,
        grad_into: grad_gen_129_into,
        tape: |x, y, w, n| gen_129(x, y, w, n),
    },
    Program {
        name: "gen_130",
        f: gen_130,
        grad: grad_gen_130,
        grad_into: grad_gen_130_into,
        tape: |x, y, w, n| gen_130(x, y, w, n),
    },
    Program {
        name: "gen_131",
        f: gen_131,
        grad: grad_gen_131,
        grad_into: grad_gen_131_into,
        tape: |x, y, w, n| gen_131(x, y, w, n),
    },
    Program {
        name: "gen_132",
        f: gen_132,
        grad: grad_gen_132,
        grad_into: grad_gen_132_into,
        tape: |x, y, w, n| gen_132(x, y, w, n),
    },
    Program {
        name: "gen_133",
        f: gen_133,
        grad: grad_gen_133,
        grad_into: grad_gen_133_into,
        tape: |x, y, w, n| gen_133(x, y, w, n),
    },
    Program {
        name: "gen_134",
        f: gen_134,
        grad: grad_gen_134,
        grad_into: grad_gen_134_into,
        tape: |x, y, w, n| gen_134(x, y, w, n),
    },
    Program {
        name: "gen_135",
        f: gen_135,
        grad: grad_gen_135,
        grad_into: grad_gen_135_into,
        tape: |x, y, w, n| gen_135(x, y, w, n),
    },
    Program {
        name: "gen_136",
        f: gen_136,
        grad: grad_gen_136,
        grad_into: grad_gen_136_into,
        tape: |x, y, w, n| gen_136(x, y, w, n),
    },
    Program {
        name: "gen_137",
        f: gen_137,
        grad: grad_gen_137,
        grad_into: grad_gen_137_into,
        tape: |x, y, w, n| gen_137(x, y, w, n),
    },
    Program {
        name: "gen_138",
        f: gen_138,
        grad: grad_gen_138,
        grad_into: grad_gen_138_into,
        tape: |x, y, w, n| gen_138(x, y, w, n),
    },
    Program {
        name: "gen_139",
        f: gen_139,
        grad: grad_gen_139,
        grad_into: grad_gen_139_into,
        tape: |x, y, w, n| gen_139(x, y, w, n),
    },
    Program {
        name: "gen_140",
        f: gen_140,
        grad: grad_gen_140,
        grad_into: grad_gen_140_into,
        tape: |x, y, w, n| gen_140(x, y, w, n),
    },
    Program {
        name: "gen_141",
        f: gen_141,
        grad: grad_gen_141,
        grad_into: grad_gen_141_into,
        tape: |x, y, w, n| gen_141(x, y, w, n),
    },
    Program {
        name: "gen_142",
        f: gen_142,
        grad: grad_gen_142,
        grad_into: grad_gen_142_into,
        tape: |x, y, w, n| gen_142(x, y, w, n),
    },
    Program {
        name: "gen_143",
        f: gen_143,
        grad: grad_gen_143,
        grad_into: grad_gen_143_into,
        tape: |x, y, w, n| gen_143(x, y, w, n),
    },
    Program {
        name: "gen_144",
        f: gen_144,
        grad: grad_gen_144,
        grad_into: grad_gen_144_into,
        tape: |x, y, w, n| gen_144(x, y, w, n),
    },
    Program {
        name: "gen_145",
        f: gen_145,
        grad: grad_gen_145,
        grad_into: grad_gen_145_into,
        tape: |x, y, w, n| gen_145(x, y, w, n),
    },
    Program {
        name: "gen_146",
        f: gen_146,
        grad: grad_gen_146,
        grad_into: grad_gen_146_into,
        tape: |x, y, w, n| gen_146(x, y, w, n),
    },
    Program {
        name: "gen_147",
        f: gen_147,
        grad: grad_gen_147,
        grad_into: grad_gen_147_into,
        tape: |x, y, w, n| gen_147(x, y, w, n),
    },
    Program {
        name: "gen_148",
        f: gen_148,
        grad: grad_gen_148,
        grad_into: grad_gen_148_into,
        tape: |x, y, w, n| gen_148(x, y, w, n),
    },
    Program {
        name: "gen_149",
        f: gen_149,
        grad: grad_gen_149,
        grad_into: grad_gen_149_into,
        tape: |x, y, w, n| gen_149(x, y, w, n),
    },
    Program {
        name: "gen_150",
        f: gen_150,
        grad: grad_gen_150,
        grad_into: grad_gen_150_into,
        tape: |x, y, w, n| gen_150(x, y, w, n),
    },
    Program {
        name: "gen_151",
        f: gen_151,
        grad: grad_gen_151,
        grad_into: grad_gen_151_into,
        tape: |x, y, w, n| gen_151(x, y, w, n),
    },
    Program {
        name: "gen_152",
        f: gen_152,
        grad: grad_gen_152,
        grad_into: grad_gen_152_into,
        tape: |x, y, w, n| gen_152(x, y, w, n),
    },
    Program {
        name: "gen_153",
        f: gen_153,
        grad: grad_gen_153,
        grad_into: grad_gen_153_into,
        tape: |x, y, w, n| gen_153(x, y, w, n),
    },
    Program {
        name: "gen_154",
        f: gen_154,
        grad: grad_gen_154,
        grad_into: grad_gen_154_into,
        tape: |x, y, w, n| gen_154(x, y, w, n),
    },
    Program {
        name: "gen_155",
        f: gen_155,
        grad: grad_gen_155,
        grad_into: grad_gen_155_into,
        tape: |x, y, w, n| gen_155(x, y, w, n),
    },
    Program {
        name: "gen_156",
        f: gen_156,
        grad: grad_gen_156,
        grad_into: grad_gen_156_into,
        tape: |x, y, w, n| gen_156(x, y, w, n),
    },
    Program {
        name: "gen_157",
        f: gen_157,
        grad: grad_gen_157,
        grad_into: grad_gen_157_into,
        tape: |x, y, w, n| gen_157(x, y, w, n),
    },
    Program {
        name: "gen_158",
        f: gen_158,
        grad: grad_gen_158,
        grad_into: grad_gen_158_into,
        tape: |x, y, w, n| gen_158(x, y, w, n),
    },
    Program {
        name: "gen_159",
        f: gen_159,
        grad: grad_gen_159,
        grad_into: grad_gen_159_into,
        tape: |x, y, w, n| gen_159(x, y, w, n),
    },
    Program {
        name: "gen_160",
        f: gen_160,
        grad: grad_gen_160,
        grad_into: grad_gen_160_into,
        tape: |x, y, w, n| gen_160(x, y, w, n),
    },
    Program {
        name: "gen_161",
        f: gen_161,
        grad: grad_gen_161,
        grad_into: grad_gen_161_into,
        tape: |x, y, w, n| gen_161(x, y, w, n),
    },
    Program {
        name: "gen_162",
        f: gen_162,
        grad: grad_gen_162,
        grad_into: grad_gen_162_into,
        tape: |x, y, w, n| gen_162(x, y, w, n),
    },
    Program {
        name: "gen_163",
        f: gen_163,
        grad: grad_gen_163,
        grad_into: grad_gen_163_into,
        tape: |x, y, w, n| gen_163(x, y, w, n),
    },
    Program {
        name: "gen_164",
        f: gen_164,
        grad: grad_gen_164,
        grad_into: grad_gen_164_into,
        tape: |x, y, w, n| gen_164(x, y, w, n),
    },
    Program {
        name: "gen_165",
        f: gen_165,
        grad: grad_gen_165,
        grad_into: grad_gen_165_into,
        tape: |x, y, w, n| gen_165(x, y, w, n),
    },
    Program {
        name: "gen_166",
        f: gen_166,
        grad: grad_gen_166,
        grad_into: grad_gen_166_into,
        tape: |x, y, w, n| gen_166(x, y, w, n),
    },
    Program {
        name: "gen_167",
        f: gen_167,
        grad: grad_gen_167,
        grad_into: grad_gen_167_into,
        tape: |x, y, w, n| gen_167(x, y, w, n),
    },
    Program {
        name: "gen_168",
        f: gen_168,
        grad: grad_gen_168,
        grad_into: grad_gen_168_into,
        tape: |x, y, w, n| gen_168(x, y, w, n),
    },
    Program {
        name: "gen_169",
        f: gen_169,
        grad: grad_gen_169,
        grad_into: grad_gen_169_into,
        tape: |x, y, w, n| gen_169(x, y, w, n),
    },
    Program {
        name: "gen_170",
        f: gen_170,
        grad: grad_gen_170,
        grad_into: grad_gen_170_into,
        tape: |x, y, w, n| gen_170(x, y, w, n),
    },
    Program {
        name: "gen_171",
        f: gen_171,
        grad: grad_gen_171,
        grad_into: grad_gen_171_into,
        tape: |x, y, w, n| gen_171(x, y, w, n),
    },
    Program {
        name: "gen_172",
        f: gen_172,
        grad: grad_gen_172,
        grad_into: grad_gen_172_into,
        tape: |x, y, w, n| gen_172(x, y, w, n),
    },
    Program {
        name: "gen_173",
        f: gen_173,
        grad: grad_gen_173,
        grad_into: grad_gen_173_into,
        tape: |x, y, w, n| gen_173(x, y, w, n),
    },
    Program {
        name: "gen_174",
        f: gen_174,
        grad: grad_gen_174,
        grad_into: grad_gen_174_into,
        tape: |x, y, w, n| gen_174(x, y, w, n),
    },
    Program {
        name: "gen_175",
        f: gen_175,
        grad: grad_gen_175,
        grad_into: grad_gen_175_into,
        tape: |x, y, w, n| gen_175(x, y, w, n),
    },
    Program {
        name: "gen_176",
        f: gen_176,
        grad: grad_gen_176,
        grad_into: grad_gen_176_into,
        tape: |x, y, w, n| gen_176(x, y, w, n),
    },
    Program {
        name: "gen_177",
        f: gen_177,
        grad: grad_gen_177,
        grad_into: grad_gen_177_into,
        tape: |x, y, w, n| gen_177(x, y, w, n),
    },
    Program {
        name: "gen_178",
        f: gen_178,
        grad: grad_gen_178,
        grad_into: grad_gen_178_into,
        tape: |x, y, w, n| gen_178(x, y, w, n),
    },
    Program {
        name: "gen_179",
        f: gen_179,
        grad: grad_gen_179,
        grad_into: grad_gen_179_into,
        tape: |x, y, w, n| gen_179(x, y, w, n),
    },
    Program {
        name: "gen_180",
        f: gen_180,
        grad: grad_gen_180,
        grad_into: grad_gen_180_into,
        tape: |x, y, w, n| gen_180(x, y, w, n),
    },
    Program {
        name: "gen_181",
        f: gen_181,
        grad: grad_gen_181,
        grad_into: grad_gen_181_into,
        tape: |x, y, w, n| gen_181(x, y, w, n),
    },
    Program {
        name: "gen_182",
        f: gen_182,
        grad: grad_gen_182,
        grad_into: grad_gen_182_into,
        tape: |x, y, w, n| gen_182(x, y, w, n),
    },
    Program {
        name: "gen_183",
        f: gen_183,
        grad: grad_gen_183,
        grad_into: grad_gen_183_into,
        tape: |x, y, w, n| gen_183(x, y, w, n),
    },
    Program {
        name: "gen_184",
        f: gen_184,
        grad: grad_gen_184,
        grad_into: grad_gen_184_into,
        tape: |x, y, w, n| gen_184(x, y, w, n),
    },
    Program {
        name: "gen_185",
        f: gen_185,
        grad: grad_gen_185,
        grad_into: grad_gen_185_into,
        tape: |x, y, w, n| gen_185(x, y, w, n),
    },
    Program {
        name: "gen_186",
        f: gen_186,
        grad: grad_gen_186,
        grad_into: grad_gen_186_into,
        tape: |x, y, w, n| gen_186(x, y, w, n),
    },
    Program {
        name: "gen_187",
        f: gen_187,
        grad: grad_gen_187,
        grad_into: grad_gen_187_into,
        tape: |x, y, w, n| gen_187(x, y, w, n),
    },
    Program {
        name: "gen_188",
        f: gen_188,
        grad: grad_gen_188,
        grad_into: grad_gen_188_into,
        tape: |x, y, w, n| gen_188(x, y, w, n),
    },
    Program {
        name: "gen_189",
        f: gen_189,
        grad: grad_gen_189,
        grad_into: grad_gen_189_into,
        tape: |x, y, w, n| gen_189(x, y, w, n),
    },
    Program {
        name: "gen_190",
        f: gen_190,
        grad: grad_gen_190,
        grad_into: grad_gen_190_into,
        tape: |x, y, w, n| gen_190(x, y, w, n),
    },
    Program {
        name: "gen_191",
        f: gen_191,
        grad: grad_gen_191,
        grad_into: grad_gen_191_into,
        tape: |x, y, w, n| gen_191(x, y, w, n),
    },
    Program {
        name: "gen_192",
        f: gen_192,
        grad: grad_gen_192,
        grad_into: grad_gen_192_into,
        tape: |x, y, w, n| gen_192(x, y, w, n),
    },
    Program {
        name: "gen_193",
        f: gen_193,
        grad: grad_gen_193,
        grad_into: grad_gen_193_into,
        tape: |x, y, w, n| gen_193(x, y, w, n),
    },
    Program {
        name: "gen_194",
        f: gen_194,
        grad: grad_gen_194,
        grad_into: grad_gen_194_into,
        tape: |x, y, w, n| gen_194(x, y, w, n),
    },
    Program {
        name: "gen_195",
        f: gen_195,
        grad: grad_gen_195,
        grad_into: grad_gen_195_into,
        tape: |x, y, w, n| gen_195(x, y, w, n),
    },
    Program {
        name: "gen_196",
        f: gen_196,
        grad: grad_gen_196,
        grad_into: grad_gen_196_into,
        tape: |x, y, w, n| gen_196(x, y, w, n),
    },
    Program {
        name: "gen_197",
        f: gen_197,
        grad: grad_gen_197,
        grad_into: grad_gen_197_into,
        tape: |x, y, w, n| gen_197(x, y, w, n),
    },
    Program {
        name: "gen_198",
        f: gen_198,
        grad: grad_gen_198,
        grad_into: grad_gen_198_into,
        tape: |x, y, w, n| gen_198(x, y, w, n),
    },
    Program {
        name: "gen_199",
        f: gen_199,
        grad: grad_gen_199,
        grad_into: grad_gen_199_into,
        tape: |x, y, w, n| gen_199(x, y, w, n),
    },
    Program {
        name: "gen_200",
        f: gen_200,
        grad: grad_gen_200,
        grad_into: grad_gen_200_into,
        tape: |x, y, w, n| gen_200(x, y, w, n),
    },
    Program {
        name: "gen_201",
        f: gen_201,
        grad: grad_gen_201,
        grad_into: grad_gen_201_into,
        tape: |x, y, w, n| gen_201(x, y, w, n),
    },
    Program {
        name: "gen_202",
        f: gen_202,
        grad: grad_gen_202,
        grad_into: grad_gen_202_into,
        tape: |x, y, w, n| gen_202(x, y, w, n),
    },
    Program {
        name: "gen_203",
        f: gen_203,
        grad: grad_gen_203,
        grad_into: grad_gen_203_into,
        tape: |x, y, w, n| gen_203(x, y, w, n),
    },
    Program {
        name: "gen_204",
        f: gen_204,
        grad: grad_gen_204,
        grad_into: grad_gen_204_into,
        tape: |x, y, w, n| gen_204(x, y, w, n),
    },
    Program {
        name: "gen_205",
        f: gen_205,
        grad: grad_gen_205,
        grad_into: grad_gen_205_into,
        tape: |x, y, w, n| gen_205(x, y, w, n),
    },
    Program {
        name: "gen_206",
        f: gen_206,
        grad: grad_gen_206,
        grad_into: grad_gen_206_into,
        tape: |x, y, w, n| gen_206(x, y, w, n),
    },
    Program {
        name: "gen_207",
        f: gen_207,
        grad: grad_gen_207,
        grad_into: grad_gen_207_into,
        tape: |x, y, w, n| gen_207(x, y, w, n),
    },
    Program {
        name: "gen_208",
        f: gen_208,
        grad: grad_gen_208,
        grad_into: grad_gen_208_into,
        tape: |x, y, w, n| gen_208(x, y, w, n),
    },
    Program {
        name: "gen_209",
        f: gen_209,
        grad: grad_gen_209,
        grad_into: grad_gen_209_into,
        tape: |x, y, w, n| gen_209(x, y, w, n),
    },
    Program {
        name: "gen_210",
        f: gen_210,
        grad: grad_gen_210,
        grad_into: grad_gen_210_into,
        tape: |x, y, w, n| gen_210(x, y, w, n),
    },
    Program {
        name: "gen_211",
        f: gen_211,
        grad: grad_gen_211,
        grad_into: grad_gen_211_into,
        tape: |x, y, w, n| gen_211(x, y, w, n),
    },
    Program {
        name: "gen_212",
        f: gen_212,
        grad: grad_gen_212,
        grad_into: grad_gen_212_into,
        tape: |x, y, w, n| gen_212(x, y, w, n),
    },
    Program {
        name: "gen_213",
        f: gen_213,
        grad: grad_gen_213,
        grad_into: grad_gen_213_into,
        tape: |x, y, w, n| gen_213(x, y, w, n),
    },
    Program {
        name: "gen_214",
        f: gen_214,
        grad: grad_gen_214,
        grad_into: grad_gen_214_into,
        tape: |x, y, w, n| gen_214(x, y, w, n),
    },
    Program {
        name: "gen_215",
        f: gen_215,
        grad: grad_gen_215,
        grad_into: grad_gen_215_into,
        tape: |x, y, w, n| gen_215(x, y, w, n),
    },
    Program {
        name: "gen_216",
        f: gen_216,
        grad: grad_gen_216,
        grad_into: grad_gen_216_into,
        tape: |x, y, w, n| gen_216(x, y, w, n),
    },
    Program {
        name: "gen_217",
        f: gen_217,
        grad: grad_gen_217,
        grad_into: grad_gen_217_into,
        tape: |x, y, w, n| gen_217(x, y, w, n),
    },
    Program {
        name: "gen_218",
        f: gen_218,
        grad: grad_gen_218,
        grad_into: grad_gen_218_into,
        tape: |x, y, w, n| gen_218(x, y, w, n),
    },
    Program {
        name: "gen_219",
        f: gen_219,
        grad: grad_gen_219,
        grad_into: grad_gen_219_into,
        tape: |x, y, w, n| gen_219(x, y, w, n),
    },
    Program {
        name: "gen_220",
        f: gen_220,
        grad: grad_gen_220,
        grad_into: grad_gen_220_into,
        tape: |x, y, w, n| gen_220(x, y, w, n),
    },
    Program {
        name: "gen_221",
        f: gen_221,
        grad: grad_gen_221,
        grad_into: grad_gen_221_into,
        tape: |x, y, w, n| gen_221(x, y, w, n),
    },
    Program {
        name: "gen_222",
        f: gen_222,
        grad: grad_gen_222,
        grad_into: grad_gen_222_into,
        tape: |x, y, w, n| gen_222(x, y, w, n),
    },
    Program {
        name: "gen_223",
        f: gen_223,
        grad: grad_gen_223,
        grad_into: grad_gen_223_into,
        tape: |x, y, w, n| gen_223(x, y, w, n),
    },
    Program {
        name: "gen_224",
        f: gen_224,
        grad: grad_gen_224,
        grad_into: grad_gen_224_into,
        tape: |x, y, w, n| gen_224(x, y, w, n),
    },
    Program {
        name: "gen_225",
        f: gen_225,
        grad: grad_gen_225,
        grad_into: grad_gen_225_into,
        tape: |x, y, w, n| gen_225(x, y, w, n),
    },
    Program {
        name: "gen_226",
        f: gen_226,
        grad: grad_gen_226,
        grad_into: grad_gen_226_into,
        tape: |x, y, w, n| gen_226(x, y, w, n),
    },
    Program {
        name: "gen_227",
        f: gen_227,
        grad: grad_gen_227,
        grad_into: grad_gen_227_into,
        tape: |x, y, w, n| gen_227(x, y, w, n),
    },
    Program {
        name: "gen_228",
        f: gen_228,
        grad: grad_gen_228,
        grad_into: grad_gen_228_into,
        tape: |x, y, w, n| gen_228(x, y, w, n),
    },
    Program {
        name: "gen_229",
        f: gen_229,
        grad: grad_gen_229,
        grad_into: grad_gen_229_into,
        tape: |x, y, w, n| gen_229(x, y, w, n),
    },
    Program {
        name: "gen_230",
        f: gen_230,
        grad: grad_gen_230,
        grad_into: grad_gen_230_into,
        tape: |x, y, w, n| gen_230(x, y, w, n),
    },
    Program {
        name: "gen_231",
        f: gen_231,
        grad: grad_gen_231,
        grad_into: grad_gen_231_into,
        tape: |x, y, w, n| gen_231(x, y, w, n),
    },
    Program {
        name: "gen_232",
        f: gen_232,
        grad: grad_gen_232,
        grad_into: grad_gen_232_into,
        tape: |x, y, w, n| gen_232(x, y, w, n),
    },
    Program {
        name: "gen_233",
        f: gen_233,
        grad: grad_gen_233,
        grad_into: grad_gen_233_into,
        tape: |x, y, w, n| gen_233(x, y, w, n),
    },
    Program {
        name: "gen_234",
        f: gen_234,
        grad: grad_gen_234,
        grad_into: grad_gen_234_into,
        tape: |x, y, w, n| gen_234(x, y, w, n),
    },
    Program {
        name: "gen_235",
        f: gen_235,
        grad: grad_gen_235,
        grad_into: grad_gen_235_into,
        tape: |x, y, w, n| gen_235(x, y, w, n),
    },
    Program {
        name: "gen_236",
        f: gen_236,
        grad: grad_gen_236,
        grad_into: grad_gen_236_into,
        tape: |x, y, w, n| gen_236(x, y, w, n),
    },
    Program {
        name: "gen_237",
        f: gen_237,
        grad: grad_gen_237,
        grad_into: grad_gen_237_into,
        tape: |x, y, w, n| gen_237(x, y, w, n),
    },
    Program {
        name: "gen_238",
        f: gen_238,
        grad: grad_gen_238,
        grad_into: grad_gen_238_into,
        tape: |x, y, w, n| gen_238(x, y, w, n),
    },
    Program {
        name: "gen_239",
        f: gen_239,
        grad: grad_gen_239,
        grad_into: grad_gen_239_into,
        tape: |x, y, w, n| gen_239(x, y, w, n),
    },
    Program {
        name: "gen_240",
        f: gen_240,
        grad: grad_gen_240,
        grad_into: grad_gen_240_into,
        tape: |x, y, w, n| gen_240(x, y, w, n),
    },
    Program {
        name: "gen_241",
        f: gen_241,
        grad: grad_gen_241,
        grad_into: grad_gen_241_into,
        tape: |x, y, w, n| gen_241(x, y, w, n),
    },
    Program {
        name: "gen_242",
        f: gen_242,
        grad: grad_gen_242,
        grad_into: grad_gen_242_into,
        tape: |x, y, w, n| gen_242(x, y, w, n),
    },
    Program {
        name: "gen_243",
        f: gen_243,
        grad: grad_gen_243,
        grad_into: grad_gen_243_into,
        tape: |x, y, w, n| gen_243(x, y, w, n),
    },
    Program {
        name: "gen_244",
        f: gen_244,
        grad: grad_gen_244,
        grad_into: grad_gen_244_into,
        tape: |x, y, w, n| gen_244(x, y, w, n),
    },
    Program {
        name: "gen_245",
        f: gen_245,
        grad: grad_gen_245,
        grad_into: grad_gen_245_into,
        tape: |x, y, w, n| gen_245(x, y, w, n),
    },
    Program {
        name: "gen_246",
        f: gen_246,
        grad: grad_gen_246,
        grad_into: grad_gen_246_into,
        tape: |x, y, w, n| gen_246(x, y, w, n),
    },
    Program {
        name: "gen_247",
        f: gen_247,
        grad: grad_gen_247,
        grad_into: grad_gen_247_into,
        tape: |x, y, w, n| gen_247(x, y, w, n),
    },
    Program {
        name: "gen_248",
        f: gen_248,
        grad: grad_gen_248,
        grad_into: grad_gen_248_into,
        tape: |x, y, w, n| gen_248(x, y, w, n),
    },
    Program {
        name: "gen_249",
        f: gen_249,
        grad: grad_gen_249,
        grad_into: grad_gen_249_into,
        tape: |x, y, w, n| gen_249(x, y, w, n),
    },
    Program {
        name: "gen_250",
        f: gen_250,
        grad: grad_gen_250,
        grad_into: grad_gen_250_into,
        tape: |x, y, w, n| gen_250(x, y, w, n),
    },
    Program {
        name: "gen_251",
        f: gen_251,
        grad: grad_gen_251,
        grad_into: grad_gen_251_into,
        tape: |x, y, w, n| gen_251(x, y, w, n),
    },
    Program {
        name: "gen_252",
        f: gen_252,
        grad: grad_gen_252,
        grad_into: grad_gen_252_into,
        tape: |x, y, w, n| gen_252(x, y, w, n),
    },
    Program {
        name: "gen_253",
        f: gen_253,
        grad: grad_gen_253,
        grad_into: grad_gen_253_into,
        tape: |x, y, w, n| gen_253(x, y, w, n),
    },
    Program {
        name: "gen_254",
        f: gen_254,
        grad: grad_gen_254,
        grad_into: grad_gen_254_into,
        tape: |x, y, w, n| gen_254(x, y, w, n),
    },
    Program {
        name: "gen_255",
        f: gen_255,
        grad: grad_gen_255,
        grad_into: grad_gen_255_into,
        tape: |x, y, w, n| gen_255(x, y, w, n),
    },
    Program {
        name: "gen_256",
        f: gen_256,
        grad: grad_gen_256,
        grad_into: grad_gen_256_into,
        tape: |x, y, w, n| gen_256(x, y, w, n),
    },
    Program {
        name: "gen_257",
        f: gen_257,
        grad: grad_gen_257,
        grad_into: grad_gen_257_into,
        tape: |x, y, w, n| gen_257(x, y, w, n),
    },
    Program {
        name: "gen_258",
        f: gen_258,
        grad: grad_gen_258,
        grad_into: grad_gen_258_into,
        tape: |x, y, w, n| gen_258(x, y, w, n),
    },
    Program {
        name: "gen_259",
        f: gen_259,
        grad: grad_gen_259,
        grad_into: grad_gen_259_into,
        tape: |x, y, w, n| gen_259(x, y, w, n),
    },
    Program {
        name: "gen_260",
        f: gen_260,
        grad: grad_gen_260,
        grad_into: grad_gen_260_into,
        tape: |x, y, w, n| gen_260(x, y, w, n),
    },
    Program {
        name: "gen_261",
        f: gen_261,
        grad: grad_gen_261,
        grad_into: grad_gen_261_into,
        tape: |x, y, w, n| gen_261(x, y, w, n),
    },
    Program {
        name: "gen_262",
        f: gen_262,
        grad: grad_gen_262,
        grad_into: grad_gen_262_into,
        tape: |x, y, w, n| gen_262(x, y, w, n),
    },
    Program {
        name: "gen_263",
        f: gen_263,
        grad: grad_gen_263,
        grad_into: grad_gen_263_into,
        tape: |x, y, w, n| gen_263(x, y, w, n),
    },
    Program {
        name: "gen_264",
        f: gen_264,
        grad: grad_gen_264,
        grad_into: grad_gen_264_into,
        tape: |x, y, w, n| gen_264(x, y, w, n),
    },
    Program {
        name: "gen_265",
        f: gen_265,
        grad: grad_gen_265,
        grad_into: grad_gen_265_into,
        tape: |x, y, w, n| gen_265(x, y, w, n),
    },
    Program {
        name: "gen_266",
        f: gen_266,
        grad: grad_gen_266,
        grad_into: grad_gen_266_into,
        tape: |x, y, w, n| gen_266(x, y, w, n),
    },
    Program {
        name: "gen_267",
        f: gen_267,
        grad: grad_gen_267,
        grad_into: grad_gen_267_into,
        tape: |x, y, w, n| gen_267(x, y, w, n),
    },
    Program {
        name: "gen_268",
        f: gen_268,
        grad: grad_gen_268,
        grad_into: grad_gen_268_into,
        tape: |x, y, w, n| gen_268(x, y, w, n),
    },
    Program {
        name: "gen_269",
        f: gen_269,
        grad: grad_gen_269,
        grad_into: grad_gen_269_into,
        tape: |x, y, w, n| gen_269(x, y, w, n),
    },
    Program {
        name: "gen_270",
        f: gen_270,
        grad: grad_gen_270,
        grad_into: grad_gen_270_into,
        tape: |x, y, w, n| gen_270(x, y, w, n),
    },
    Program {
        name: "gen_271",
        f: gen_271,
        grad: grad_gen_271,
        grad_into: grad_gen_271_into,
        tape: |x, y, w, n| gen_271(x, y, w, n),
    },
    Program {
        name: "gen_272",
        f: gen_272,
        grad: grad_gen_272,
        grad_into: grad_gen_272_into,
        tape: |x, y, w, n| gen_272(x, y, w, n),
    },
    Program {
        name: "gen_273",
        f: gen_273,
        grad: grad_gen_273,
        grad_into: grad_gen_273_into,
        tape: |x, y, w, n| gen_273(x, y, w, n),
    },
    Program {
        name: "gen_274",
        f: gen_274,
        grad: grad_gen_274,
        grad_into: grad_gen_274_into,
        tape: |x, y, w, n| gen_274(x, y, w, n),
    },
    Program {
        name: "gen_275",
        f: gen_275,
        grad: grad_gen_275,
        grad_into: grad_gen_275_into,
        tape: |x, y, w, n| gen_275(x, y, w, n),
    },
    Program {
        name: "gen_276",
        f: gen_276,
        grad: grad_gen_276,
        grad_into: grad_gen_276_into,
        tape: |x, y, w, n| gen_276(x, y, w, n),
    },
    Program {
        name: "gen_277",
        f: gen_277,
        grad: grad_gen_277,
        grad_into: grad_gen_277_into,
        tape: |x, y, w, n| gen_277(x, y, w, n),
    },
    Program {
        name: "gen_278",
        f: gen_278,
        grad: grad_gen_278,
        grad_into: grad_gen_278_into,
        tape: |x, y, w, n| gen_278(x, y, w, n),
    },
    Program {
        name: "gen_279",
        f: gen_279,
        grad: grad_gen_279,
        grad_into: grad_gen_279_into,
        tape: |x, y, w, n| gen_279(x, y, w, n),
    },
    Program {
        name: "gen_280",
        f: gen_280,
        grad: grad_gen_280,
        grad_into: grad_gen_280_into,
        tape: |x, y, w, n| gen_280(x, y, w, n),
    },
    Program {
        name: "gen_281",
        f: gen_281,
        grad: grad_gen_281,
        grad_into: grad_gen_281_into,
        tape: |x, y, w, n| gen_281(x, y, w, n),
    },
    Program {
        name: "gen_282",
        f: gen_282,
        grad: grad_gen_282,
        grad_into: grad_gen_282_into,
        tape: |x, y, w, n| gen_282(x, y, w, n),
    },
    Program {
        name: "gen_283",
        f: gen_283,
        grad: grad_gen_283,
        grad_into: grad_gen_283_into,
        tape: |x, y, w, n| gen_283(x, y, w, n),
    },
    Program {
        name: "gen_284",
        f: gen_284,
        grad: grad_gen_284,
        grad_into: grad_gen_284_into,
        tape: |x, y, w, n| gen_284(x, y, w, n),
    },
    Program {
        name: "gen_285",
        f: gen_285,
        grad: grad_gen_285,
        grad_into: grad_gen_285_into,
        tape: |x, y, w, n| gen_285(x, y, w, n),
    },
    Program {
        name: "gen_286",
        f: gen_286,
        grad: grad_gen_286,
        grad_into: grad_gen_286_into,
        tape: |x, y, w, n| gen_286(x, y, w, n),
    },
    Program {
        name: "gen_287",
        f: gen_287,
        grad: grad_gen_287,
        grad_into: grad_gen_287_into,
        tape: |x, y, w, n| gen_287(x, y, w, n),
    },
    Program {
        name: "gen_288",
        f: gen_288,
        grad: grad_gen_288,
        grad_into: grad_gen_288_into,
        tape: |x, y, w, n| gen_288(x, y, w, n),
    },
    Program {
        name: "gen_289",
        f: gen_289,
        grad: grad_gen_289,
        grad_into: grad_gen_289_into,
        tape: |x, y, w, n| gen_289(x, y, w, n),
    },
    Program {
        name: "gen_290",
        f: gen_290,
        grad: grad_gen_290,
        grad_into: grad_gen_290_into,
        tape: |x, y, w, n| gen_290(x, y, w, n),
    },
    Program {
        name: "gen_291",
        f: gen_291,
        grad: grad_gen_291,
        grad_into: grad_gen_291_into,
        tape: |x, y, w, n| gen_291(x, y, w, n),
    },
    Program {
        name: "gen_292",
        f: gen_292,
        grad: grad_gen_292,
        grad_into: grad_gen_292_into,
        tape: |x, y, w, n| gen_292(x, y, w, n),
    },
    Program {
        name: "gen_293",
        f: gen_293,
        grad: grad_gen_293,
        grad_into: grad_gen_293_into,
        tape: |x, y, w, n| gen_293(x, y, w, n),
    },
    Program {
        name: "gen_294",
        f: gen_294,
        grad: grad_gen_294,
        grad_into: grad_gen_294_into,
        tape: |x, y, w, n| gen_294(x, y, w, n),
    },
    Program {
        name: "gen_295",
        f: gen_295,
        grad: grad_gen_295,
        grad_into: grad_gen_295_into,
        tape: |x, y, w, n| gen_295(x, y, w, n),
    },
    Program {
        name: "gen_296",
        f: gen_296,
        grad: grad_gen_296,
        grad_into: grad_gen_296_into,
        tape: |x, y, w, n| gen_296(x, y, w, n),
    },
    Program {
        name: "gen_297",
        f: gen_297,
        grad: grad_gen_297,
        grad_into: grad_gen_297_into,
        tape: |x, y, w, n| gen_297(x, y, w, n),
    },
    Program {
        name: "gen_298",
        f: gen_298,
        grad: grad_gen_298,
        grad_into: grad_gen_298_into,
        tape: |x, y, w, n| gen_298(x, y, w, n),
    },
    Program {
        name: "gen_299",
        f: gen_299,
        grad: grad_gen_299,
        grad_into: grad_gen_299_into,
        tape: |x, y, w, n| gen_299(x, y, w, n),
    },
];
