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
        s2 = ((s2
            + (((((y - T::zero())
                / ((T::from(-0.48).unwrap() - w[n % 4]).powi(2) + T::from(0.6).unwrap())
                * T::from(0.45).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.45).unwrap())
                * T::from(0.43).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            * T::from(0.39).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let a6 = if !((y / (x.powi(2) + T::from(0.21).unwrap())).ceil()
            <= ((T::one() * T::from(1.5).unwrap()).sin() * T::from(0.9).unwrap()).acos()
            && a1 + a1 < T::from(-1.32).unwrap())
        {
            s2 = (s2
                + T::max(w[n % 4], s2)
                    / ((w[n * 3 % 4]
                        % (T::from(1.0).unwrap()
                            + ((a1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                                .tanh()
                            + T::from(0.94).unwrap()))
                    .abs()
                        + T::from(0.59).unwrap()))
            .atan()
                * T::from(1.26).unwrap();
            let mut h4 = [T::zero(); 4];
            for i5 in 0..4 {
                h4[i5] = y.atan() * T::from(1.26).unwrap();
            }
            a1 / T::one() / -(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.32).unwrap())
        } else {
            ((T::from(4).unwrap().atan() * T::from(1.89).unwrap()).abs() + T::from(1.68).unwrap())
                .acosh()
                / -T::cosh((w[n % 4] - w[n * 3 % 4]).atan() * T::from(1.89).unwrap())
        };
        if s2
            > (y / (w[n % 4].powi(2) + T::from(0.38).unwrap())
                * (T::from(n as f64).unwrap() + T::from(core::f64::consts::LN_2).unwrap()))
            .atan()
                * T::from(3.78).unwrap()
        {
            break;
        }
    }
    s2 + x
}

#[differentiable]
pub fn gen_1<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in 0..n % 3 + 1 {
        let a2: T = T::from(core::f64::consts::LN_2).unwrap();
    }
    let a3 = w[n % 4];
    let mut s4 = (T::from(1.0).unwrap()
        + T::atan2(y, w[n % 4].hypot(T::from(0.44).unwrap())).tanh()
        + T::from(0.41).unwrap())
    .log10();
    let mut k5: usize = n;
    let a6 = if k5 % 2 % 2 == 0 {
        gen_0(
            (T::exp_m1(s4) * T::from(0.23).unwrap()).tanh() * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            w,
            (n + 2) % 5,
        )
        .abs()
    } else {
        return T::tanh(
            gen_0(
                (w[(n + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (s4 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) * gen_0(
                T::sin(a3 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                a3.atan() * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.09).unwrap(),
        ) * T::from(2.0).unwrap();
    };
    ((-a6 * T::from(0.37).unwrap()).tanh() * T::from(0.9).unwrap()).atanh() + a6
}

#[differentiable]
pub fn gen_2<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y.atan() * T::from(1.26).unwrap();
    let a2 = x.sinh() + x * T::zero();
    s1 = (s1 * T::from(0.88).unwrap() + T::exp_m1(s1)).atan() * T::from(1.26).unwrap();
    let a3 = (-s1 % (T::from(1.0).unwrap() + T::tanh((y.abs() + T::from(0.66).unwrap()).recip())))
        .powi(n as i32)
        .atan()
        * T::from(1.26).unwrap();
    s1 = w[n % 4].atan() * T::from(1.26).unwrap();
    s1 = T::tanh(
        (s1 * (T::powf(
            (T::atan(y) * T::from(1.26).unwrap()).powi(2) + T::from(0.23).unwrap(),
            w[2].atan() * T::from(1.26).unwrap(),
        )
        .atan()
            * T::from(1.89).unwrap())
        .cosh()
        .ln()
            + (T::from(n * 3 % 9).unwrap() - a2))
            * T::from(0.1).unwrap(),
    ) * T::from(2.0).unwrap();
    let mut h4 = [T::zero(); 4];
    T::signum(h4[n % 4] - T::from(1.55).unwrap()) + s1 + y
}

#[differentiable]
pub fn gen_3<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = {
        let mut x = ((T::trunc(y) - (x + w[n % 4])) * T::from(0.25).unwrap()).tanh()
            * T::from(2.0).unwrap();
        T::atan(x * (y + w[n * 3 % 4] - (w[n * 3 % 4] + y))) * T::from(2.52).unwrap()
    };
    let x = x * T::from(-0.96).unwrap();
    let a2 = -T::from(0).unwrap();
    let a3 = ((y * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
        - gen_2(
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        );
    {
        let k4 = n * 2 % 8;
    }
    let mut h5 = [T::zero(); 4];
    for i6 in 0..4 {
        h5[i6] = T::zero();
    }
    h5[n % 4] = h5[n % 4] * (T::from(n).unwrap() * T::from(0.37).unwrap()).tanh();
    (h5[(n + 3) % 4] + x + a1).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_4<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y.tanh();
    let a1 = (w[0] - y).abs();
    if T::from(n * 2).unwrap() < a1 {
        let a2 = x.tanh().fract();
        let a3 = T::from(-0.84).unwrap().recip().floor();
    } else if (a1 / T::from(std::f64::consts::PI).unwrap()).sinh()
        <= (T::from(1.0).unwrap() + a1.tanh()).cbrt()
    {
        let a4 = gen_2(
            w[3].atan() * T::from(1.26).unwrap(),
            (a1 * T::from(0.51).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            4,
        ) + T::from(n).unwrap();
    }
    a1 % T::cos(T::from(0.22).unwrap()).cosh()
}

#[differentiable]
pub fn gen_5<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::asinh(w[(n + 1) % 4]);
    s1 = (s1 * (w[n % 4] * T::from(-0.93).unwrap()) * T::from(0.13).unwrap()).tanh()
        * T::from(6.0).unwrap();
    for i2 in (0..4).step_by(2) {
        s1 = ((s1
            - (s1.sin() + T::from(0.42).unwrap().powi(3)
                - ((s1 * T::from(0.25).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
                    * x.sinh()))
            * T::from(0.12).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
        let mut s3 = x;
        if T::from(-1.54).unwrap().ceil().asinh() < T::from(1.64).unwrap() {
            if T::exp_m1(y) + (T::tanh(s1 * T::from(0.25).unwrap()) * T::from(0.9).unwrap()).atanh()
                >= T::from(0.79).unwrap()
            {
                if T::ln_1p(
                    T::tanh(
                        y / -(T::from(1.0).unwrap() + w[i2 + 1].tanh() + T::from(0.65).unwrap())
                            * T::from(0.51).unwrap(),
                    ) * T::from(0.8).unwrap(),
                ) < T::from(-0.21).unwrap()
                {
                    break;
                }
                let mut h4 = [T::one(); 4];
                for i5 in 0..4 {
                    h4[i5] = (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
                }
                {
                    if i2 % 3 % 2 == 0 {
                        let a6 = gen_2(
                            ((T::from(1.12).unwrap() - x) * T::from(0.48).unwrap()).tanh()
                                * T::from(2.0).unwrap(),
                            ((w[(n + 3) % 4] - T::from(0.27).unwrap()) * T::from(0.66).unwrap())
                                .sin()
                                * T::from(2.0).unwrap(),
                            &h4,
                            i2,
                        );
                    } else {
                        s3 = (s1 % T::from(0.87).unwrap() * (y + T::from(n).unwrap())).atan()
                            * T::from(1.89).unwrap();
                        let x = x;
                        s1 = T::atan(
                            s1 * T::exp2(
                                (T::atan(s3) * T::from(1.89).unwrap())
                                    .hypot(T::from(0.29).unwrap())
                                    .recip(),
                            ),
                        ) * T::from(3.78).unwrap();
                    }
                }
            } else {
                let a7: T = T::from(OFFSET).unwrap() * w[(i2 + n) % 4]
                    / (T::from(1.0).unwrap()
                        + T::sin(
                            ((w[0] / (w[3].powi(2) + T::from(0.67).unwrap())
                                - (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.17).unwrap())
                                    .log10())
                                * T::from(0.41).unwrap())
                            .sin()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.55).unwrap());
            }
        }
    }
    T::sin(-x)
}

#[differentiable]
pub fn gen_6<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if gen_4(
        T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::from(-1.41).unwrap(),
        w,
        (n + 1) % 5,
    ) < (T::from(-1.48).unwrap().atan() * T::from(0.56).unwrap()).atanh()
    {
        return y;
    }
    if x > T::from(-0.91).unwrap() {
        let a1 = w[n % 4];
        let mut s2 = T::tanh(x.exp2() * T::from(0.37).unwrap()) * T::from(3.0).unwrap();
    }
    let k3 = n;
    ((x - y.mul_add(w[2], T::from(0.36).unwrap()) + x) * x * T::from(0.09).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_7<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = -w[2] * (w[n * 2 % 4] / T::from(1.57).unwrap());
    let mut s2 = (w[(n + 1) % 4]
        .abs()
        .hypot(T::from(1.0).unwrap() + x.asinh().tanh() + T::from(0.44).unwrap())
        * T::from(0.49).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let mut k3: usize = 0;
    while s2
        < gen_6(
            x.atan() * T::from(1.26).unwrap(),
            (((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
                * T::from(0.59).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            w,
            n,
        )
        && k3 < 6
    {
        k3 += 1;
        s2 = ((s2 * T::from(0.74).unwrap()
            + T::atan(
                ((gen_0(
                    T::zero() / T::from(1.66).unwrap(),
                    w[2].atan() * T::from(1.26).unwrap(),
                    w,
                    n * 3 % 5,
                ) * T::from(0.37).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.34).unwrap(),
            ) * T::from(1.26).unwrap())
            * T::from(0.39).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        let mut h4 = [T::zero(); 4];
        for i5 in 0..4 {
            h4[i5] = T::atan(
                T::from(1.51).unwrap().asinh()
                    + w[(n + 2) % 4] / (T::from(1.0).unwrap() + a1.sin() + T::from(0.4).unwrap()),
            ) * T::from(1.26).unwrap();
        }
    }
    s2 = (a1 / (-(T::from(1.0).unwrap() + a1.tanh() + T::from(0.32).unwrap())).cbrt()
        * T::from(0.41).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let mut s6 = T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().exp_m1();
    s6 = (s6 - (-(x * T::from(1.36).unwrap())).exp2()).atan() * T::from(1.26).unwrap();
    let a7 = T::min(
        T::from(-0.58).unwrap(),
        (-(w[(n + 2) % 4].abs() + T::from(0.64).unwrap())).cbrt(),
    );
    s2 = ((gen_0(a7, T::one(), w, 2).atan() * T::from(1.26).unwrap()).powi(n as i32)
        * T::from(0.19).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let mut s8 = T::from(std::f64::consts::PI).unwrap().log10();
    if x / (w[(n + k3) % 4].powi(2) + T::from(0.52).unwrap()) - T::from(0.24).unwrap().asinh()
        >= w[k3 * 2 % 4] % (T::from(1.0).unwrap() + w[(n + 2) % 4].tanh() + T::from(0.94).unwrap())
    {
        let a9 = (s8.atan() * T::from(1.89).unwrap()).cosh().sqrt();
        for &v10 in w.iter() {
            let a11 = if !((T::sin(w[(k3 + n) % 4] * T::from(0.75).unwrap())
                * T::from(0.9).unwrap())
            .atanh()
                >= T::from(0.62).unwrap()
                && T::from(-0.95).unwrap() * (T::from(1.88).unwrap() * a9)
                    > T::from(core::f64::consts::LN_2).unwrap())
            {
                return a9;
            } else {
                v10
            };
            let mut s12 = ((s8 - w[k3 % 4])
                * (T::tanh(y * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan())
            .atan()
                * T::from(1.89).unwrap();
            let mut h13 = [T::one(); 4];
            for i14 in 0..4 {
                h13[i14] = T::abs(T::from(-0.95).unwrap())
                    / (T::from(1.0).unwrap()
                        + (a11.powi(2) + T::from(0.62).unwrap())
                            .log(T::from(3.33).unwrap())
                            .tanh());
            }
        }
    }
    x / (T::from(1.0).unwrap() + T::from(1).unwrap().sin() + T::from(0.51).unwrap()) + -w[n * 3 % 4]
}

#[differentiable]
pub fn gen_8<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x / T::from(-0.6).unwrap().atanh();
    s1 = (T::from(1.0).unwrap()
        + T::sin(((y - x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
        + T::from(0.61).unwrap())
    .cbrt();
    s1 = ((s1
        + (w[n % 4]
            - gen_3(
                T::from(1.02).unwrap(),
                x.atan() * T::from(1.26).unwrap(),
                w,
                2,
            )))
        * T::from(0.13).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut s2 = -(y / T::from(SCALE).unwrap());
    let a3 = w[(n + 1) % 4];
    for i4 in (1..n).step_by(2) {
        let a7 = {
            let mut k5: usize = i4 * 2 % 5;
            let mut s6 = gen_3(
                T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                a3.atan() * T::from(1.26).unwrap(),
                w,
                i4 * 2 % 5,
            )
            .atan()
                * T::from(1.26).unwrap();
            gen_4(
                T::tanh(s6 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                T::tanh(s2 * T::from(0.25).unwrap()) * T::from(2.0).unwrap(),
                w,
                i4,
            )
            .min(T::from(0.83).unwrap().cos())
        };
        let a8 = if (w[(n + i4) % 4] + a3) % T::hypot(w[i4], T::from(0.6).unwrap())
            >= T::from(-0.06).unwrap()
        {
            s1 = T::atan(
                s1 * (T::from(-0.86).unwrap() * (s1 + w[n % 4]))
                    + (w[3 - i4].powi(2) + T::from(0.63).unwrap()).sqrt(),
            ) * T::from(2.52).unwrap();
            (T::from(1.0).unwrap() + w[i4 * 2 % 4].tanh() + T::from(0.31).unwrap())
                .atan2(w[n * 2 % 4])
                .tanh()
                + (-a7.hypot(T::from(0.61).unwrap())).recip() * (a7 - T::from(0.59).unwrap())
        } else {
            a7
        };
    }
    x.tanh()
}

#[differentiable]
pub fn gen_9<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if gen_1(
        T::from(-0.66).unwrap(),
        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) <= T::from(0.18).unwrap()
        || gen_4(T::from(-0.9).unwrap(), T::one(), w, 4)
            + gen_2(
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (w[3] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            )
            > T::from(-0.15).unwrap()
    {
        T::from(0.66).unwrap()
    } else {
        -(y / (y.powi(2) + T::from(0.64).unwrap())
            / ((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos())
    };
    let a2 = (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.62).unwrap())
        .log(T::from(1.9).unwrap())
        + y * w[n % 4];
    let a3 = T::ln(
        (T::from(1.0).unwrap()
            + (w[(n + 1) % 4] % (T::from(1.0).unwrap() + w[1].tanh() + T::from(0.52).unwrap()))
                .sin()
            + T::from(0.26).unwrap())
        .log2()
        .hypot(T::from(0.97).unwrap()),
    );
    let a4 = (y + y - w[3])
        % (((w[n * 2 % 4].powi(2) + T::from(0.55).unwrap()).recip()
            / (T::from(1.39).unwrap() - T::zero()))
        .abs()
            + T::from(0.45).unwrap());
    let a5 = T::from(-0.44).unwrap() - (a1 - T::from(SCALE).unwrap());
    T::cosh(T::from(0.42).unwrap()) - a3 / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
        + x
        + a3
}

#[differentiable]
pub fn gen_10<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::zero().powi(1).floor() < w[n * 2 % 4] + x {
        if T::sin(T::from(n * 2).unwrap() * y * T::from(0.09).unwrap()) * y
            < T::from(-0.79).unwrap()
        {
            let mut s1 = gen_9(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            )
            .atan();
            let k2 = n + 1;
            for _ in w.iter() {
                let mut h4 = [T::zero(); 4];
                if (T::atan(s1.cosh()) * T::from(1.89).unwrap()).cosh().acosh()
                    < T::from(1.45).unwrap()
                {
                    if w[k2 * 3 % 4] >= T::from(0.41).unwrap() {
                        s1 = T::atan(
                            s1 * ((w[2] - w[n % 4])
                                / (((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).tanh()
                                    * T::from(3.0).unwrap())
                                .powi(2)
                                    + T::from(0.4).unwrap()))
                                + y * h4[n % 4],
                        ) * T::from(1.26).unwrap();
                        h4[(n + 2) % 4] =
                            h4[(n + 2) % 4] * (w[n % 4] * T::from(0.75).unwrap()).tanh();
                    }
                }
            }
        } else {
            let mut h5 = [T::one(); 4];
        }
    }
    ((w[n * 2 % 4] + x) * y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_11<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if gen_9(T::cosh(y).log10(), -T::from(SCALE).unwrap(), w, n)
        < y / (T::from(1.0).unwrap() + y.tanh() + T::from(0.43).unwrap())
    {
        if n % 3 != 3 {
            if n < 3 {
                let mut h1 = [T::one(); 4];
                let a6 = if T::from(-1.94).unwrap() / -T::cosh(h1[n * 3 % 4]) + x
                    >= T::zero() * T::from(1.77).unwrap()
                    && (T::atan(x) * T::from(0.75).unwrap()).tan() + y
                        >= (x.abs() + T::from(1.5).unwrap()).acosh()
                {
                    let a2 = y * y + w[(n + 1) % 4].exp2();
                    let mut s3 = T::from(OFFSET).unwrap();
                    let mut k4: usize = 0;
                    while s3 < T::one() && k4 < 5 {
                        k4 += 1;
                        h1[n * 2 % 4] = h1[n * 2 % 4]
                            * (gen_6(
                                T::fract(w[2]),
                                (a2 * T::from(0.19).unwrap()).tanh() * T::from(2.0).unwrap(),
                                &h1,
                                4,
                            )
                            .atan()
                                * T::from(0.63).unwrap());
                        if (T::from(1.0).unwrap()
                            + ((x / x.hypot(T::from(0.32).unwrap()) * T::from(0.24).unwrap())
                                .sin()
                                * T::from(3.0).unwrap())
                            .tanh()
                            + T::from(0.2).unwrap())
                        .cbrt()
                            >= T::from(1.42).unwrap()
                        {
                            let mut s5 = T::atan(T::hypot(
                                (T::from(1.7).unwrap()
                                    - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
                                    * (T::from(std::f64::consts::PI).unwrap()
                                        / (h1[(n + 3) % 4].abs() + T::from(0.65).unwrap())),
                                T::from(1.0).unwrap()
                                    + ((x.atan() * T::from(0.56).unwrap()).atanh()
                                        * (T::from(1.34).unwrap()
                                            + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()))
                                    .sin()
                                    + T::from(0.51).unwrap(),
                            )) * T::from(1.89).unwrap();
                        }
                        s3 = s3 * T::zero().sinh() * (w[(n + 2) % 4] + w[n % 4]);
                        s3 = T::tanh(
                            (s3 * T::from(0.63).unwrap()
                                + T::tanh(
                                    (T::atan(y * w[n % 4] * (s3 / T::from(-1.61).unwrap()))
                                        * T::from(1.89).unwrap())
                                    .cosh()
                                        * T::from(0.19).unwrap(),
                                ) * T::from(2.0).unwrap())
                                * T::from(0.35).unwrap(),
                        ) * T::from(4.0).unwrap();
                    }
                    T::cos(h1[n % 4] - h1[k4 % 4])
                } else {
                    h1[1].atan2(T::from(std::f64::consts::PI).unwrap())
                };
            } else {
                if y.floor() - (T::from(n).unwrap() + w[n % 4]) > w[2].cosh().log2() {
                    {
                        let mut s7: T = ((w[n % 4] * T::from(0.75).unwrap()).tanh()
                            * T::from(0.9).unwrap())
                        .atanh()
                            / -(T::from(1.0).unwrap()
                                + (x + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).sin()
                                + T::from(0.57).unwrap())
                            * gen_5(
                                ((w[(n + 1) % 4] * T::from(0.75).unwrap()).tanh()
                                    * T::from(2.0).unwrap())
                                .powi(n as i32)
                                .atan()
                                    * T::from(1.26).unwrap(),
                                T::atan(
                                    (((x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                                        .powi(n as i32)
                                        * T::from(0.09).unwrap())
                                    .sin()
                                        * T::from(2.0).unwrap(),
                                ) * T::from(1.26).unwrap(),
                                w,
                                n,
                            );
                    }
                    let y = y.cosh() - (x - y);
                }
            }
        } else {
            let a8 = if x < T::from(0.75).unwrap() {
                return (T::from(-0.72).unwrap() + x).trunc();
            } else {
                w[n % 4]
                    * T::acos((x.ceil() * T::from(0.5).unwrap()).tanh() * T::from(0.9).unwrap())
            };
        }
    } else if y + (T::from(n).unwrap() + T::from(1.87).unwrap()) <= x {
        let a9 = T::cos(T::from(core::f64::consts::LN_2).unwrap().exp2());
    } else {
        let mut x = (x
            * (T::atan((y - T::from(1.26).unwrap()).mul_add(T::from(n + 1).unwrap(), x))
                * T::from(1.89).unwrap())
            * T::from(0.26).unwrap())
        .sin()
            * T::from(4.0).unwrap();
    }
    ((y.cos() + x) * x * T::from(0.25).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_12<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in 0..n % 3 + 1 {
        let mut x = T::tanh(x);
    }
    let mut s2 = ((y - w[n * 3 % 4]) * -x * T::from(0.19).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut s3 = T::from(0.68).unwrap().asinh();
    let a4 = y
        / -w[n % 4].cosh()
        / (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.47).unwrap()).recip();
    let a5 = T::acosh(
        T::from(1.0).unwrap()
            + (((w[n % 4].sinh() + (s3 - s3)) * T::from(0.2).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(1.54).unwrap(),
    );
    if w[n % 4] < T::from(-1.18).unwrap()
        || w[(n + 1) % 4] % T::from(0.99).unwrap() + T::from(1.36).unwrap().exp() <= a5.asinh()
    {
        let a6 = if ((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
            * T::from(0.9).unwrap())
        .asin()
            > T::from(1.29).unwrap()
        {
            -a4 - -a4
        } else {
            return (T::from(n).unwrap() - a5).tanh().cos();
        };
        s2 = ((s2 - T::from(n as f64).unwrap()) * T::from(0.25).unwrap()).tanh()
            * T::from(2.0).unwrap();
    } else if n % 3 < 1
        && (T::from(1.0).unwrap()
            + ((a4 * x * T::from(0.15).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
            + T::from(0.53).unwrap())
        .recip()
            <= a5 * w[(n + 2) % 4]
    {
        let mut k7: usize = 1;
    } else {
        let a8 = if a5.cos() + w[n % 4] < T::from(0.23).unwrap() {
            s2
        } else {
            (T::hypot(
                (gen_6(
                    w[n % 4].atan() * T::from(1.26).unwrap(),
                    (s2 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n * 2 % 5,
                ) * T::from(0.28).unwrap())
                .sin()
                    * T::from(3.0).unwrap(),
                T::from(0.55).unwrap(),
            ) + T::from(1.08).unwrap())
            .acosh()
        };
    }
    T::recip(T::from(1.0).unwrap() + x.sin() + T::from(0.39).unwrap())
        * (T::from(0.12).unwrap() % (T::from(1.0).unwrap() + s2.tanh() + T::from(0.62).unwrap()))
        * x
        + s2
}

#[differentiable]
pub fn gen_13<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = 3;
    k1 = (k1 + n * 3 % 5) % 6;
    let mut s2 = (T::sin(w[n % 4] / T::from(-0.22).unwrap() * T::from(0.16).unwrap())
        * T::from(2.5).unwrap())
    .exp()
    .atan()
        * T::from(0.63).unwrap();
    let mut k3: usize = 0;
    loop {
        if k3 >= 3 {
            break;
        }
        k3 += 1;
        s2 = T::atan(
            s2 * T::from(0.88).unwrap()
                + (T::from(1.09).unwrap().cosh() % (y.abs() + T::from(0.71).unwrap()))
                    .exp()
                    .atan()
                    * T::from(1.26).unwrap(),
        ) * T::from(2.52).unwrap();
        let mut s4 =
            (s2 * gen_5(
                T::sin(T::from(4).unwrap() * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                T::from(-0.6).unwrap(),
                w,
                n,
            ) * T::from(0.37).unwrap())
            .sin()
                * T::from(3.0).unwrap();
        let a5 = T::one();
        if s2 > gen_2(s4.atan() * T::from(1.26).unwrap(), a5, w, n) {
            break;
        }
    }
    s2 = ((s2 + w[3 - k3]) * T::from(0.25).unwrap()).sin() * T::from(4.0).unwrap();
    let a6 = s2;
    let a7 = T::from(0.87).unwrap().asinh()
        % (T::from(1.0).unwrap()
            + (w[k3 * 2 % 4] * T::from(1).unwrap()).tanh()
            + T::from(0.77).unwrap());
    let mut s8 =
        -T::log10(T::from(1.0).unwrap() + (a7 + w[3 - k3]).tanh() + T::from(0.53).unwrap());
    let mut a7 = w[(k1 + 1) % 4];
    a6
}

#[differentiable]
pub fn gen_14<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let a1: T = (y * y).floor()
            + ((w[n % 4] + y) * (y - x) * T::from(0.09).unwrap()).tanh() * T::from(4.0).unwrap();
        T::acos(((x + y) * T::from(0.37).unwrap()).sin() * T::from(0.9).unwrap())
    };
    let a3 = (-w[n % 4].cosh()).cbrt();
    for &v4 in w.iter() {
        let mut x = T::tanh(x);
        let a5 = gen_12(
            T::tan((y * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).mul_add(
                T::zero() % ((x.atan() * T::from(1.89).unwrap()).abs() + T::from(0.64).unwrap()),
                (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.57).unwrap()).log2(),
            ),
            (gen_9(
                T::atan(gen_2(
                    a2.atan() * T::from(1.26).unwrap(),
                    (x * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    3,
                )) * T::from(1.26).unwrap(),
                (a2 * T::from(0.56).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.38).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            w,
            n,
        );
        if !((T::atan(
            (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.44).unwrap()).hypot(w[0]),
        ) * T::from(1.89).unwrap())
        .cosh()
            >= T::from(1.45).unwrap()
            && v4.max(w[n % 4].cos()) < T::from(0.48).unwrap())
        {
            let a6 = T::atanh((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                .cosh()
                .recip();
            if !(a3 > a3 && T::from(1.85).unwrap().recip().exp2() <= a3 / T::from(1.45).unwrap()) {
                x = (x * w[n % 4] * T::from(0.19).unwrap()).sin() * T::from(4.0).unwrap();
                x = (x * (w[n % 4] + w[(n + 3) % 4]).cos() * T::from(0.37).unwrap()).tanh()
                    * T::from(4.0).unwrap();
            } else if T::fract(
                ((w[3] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan(),
            ) >= T::from(-0.83).unwrap()
            {
                x = T::sin(
                    x * (((T::sin(
                        a5.mul_add(w[0], T::from(1.64).unwrap()) * T::from(0.22).unwrap(),
                    ) * T::from(2.0).unwrap())
                    .powi(n as i32)
                        * T::from(0.09).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap())
                        * T::from(0.21).unwrap(),
                ) * T::from(4.0).unwrap();
                x = x * (-(w[n % 4] * a2) * T::from(1.38).unwrap().log10());
                let a7 = ((T::from(-0.01).unwrap() + y) * (a5 / w[n * 3 % 4].cosh())).cos();
            } else {
                x = (x * w[n % 4]).atan() * T::from(2.52).unwrap();
            }
        }
    }
    T::atan(
        ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
            - ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
            + a2,
    ) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_15<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4].exp2().tanh();
    for i2 in (1..n).step_by(2) {
        for (_, _) in w.iter().enumerate() {
            let a5 =
                ((w[i2] * w[3 - i2] * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap()).exp();
        }
        let mut s6 = y;
        let x = (x
            * (s6
                / (T::from(1.0).unwrap()
                    + (((a1.exp() * x.exp_m1()).atan() * T::from(3.78).unwrap()).atan()
                        * T::from(1.89).unwrap())
                    .tanh()
                    + T::from(0.24).unwrap())))
        .atan()
            * T::from(2.52).unwrap();
        let a9 = {
            let a7 = ((T::from(-0.72).unwrap()
                / (((s6 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                    + T::from(0.65).unwrap()))
            .powi(2)
                + T::from(0.41).unwrap())
            .powf(T::sin(s6 % w[i2].cosh() * T::from(0.5).unwrap()) * T::from(2.0).unwrap());
            let mut s8 = gen_5(
                ((T::from(-0.59).unwrap() + x) * T::from(0.34).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                (gen_6(
                    (w[(n + i2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-1.61).unwrap(),
                    w,
                    1,
                ) * T::from(0.28).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                w,
                4,
            );
            (T::from(0.81).unwrap() - x).abs()
        };
    }
    (T::from(1.0).unwrap() + T::tanh(a1 - y) + T::from(0.24).unwrap()).recip()
}

#[differentiable]
pub fn gen_16<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if w[n % 4] <= T::from(-0.16).unwrap() {
        T::from(-0.51).unwrap()
            * (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.24).unwrap()).hypot(w[n % 4])
    } else {
        ((T::from(n + 1).unwrap() + x)
            / (T::from(1.0).unwrap()
                + (T::from(-0.33).unwrap() + w[n % 4]).tanh()
                + T::from(0.44).unwrap())
            * T::from(0.1).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
    };
    for _ in (0..n).rev() {
        let mut k3: usize = n;
        if ((T::zero().atan2(T::hypot(
            T::from((n + k3) as f64).unwrap().atan() * T::from(1.89).unwrap(),
            T::from(0.84).unwrap(),
        )) * T::from(0.95).unwrap())
        .tanh()
            * T::from(0.9).unwrap())
        .atanh()
            > T::from(1.22).unwrap()
        {
            return y;
        }
        let a4: T = (T::from(1.0).unwrap()
            + (w[n % 4].cosh().atan() * T::from(1.89).unwrap()).tanh())
        .acosh();
        if a4 - a4.log10() < ((a4 * T::from(1.15).unwrap()).tanh() * T::from(0.9).unwrap()).acos() {
            return w[3] * w[1];
        }
    }
    let a5 = T::atan(T::powi(
        T::from((n + 3) as f64).unwrap().atan() * T::from(1.57).unwrap(),
        3,
    ));
    let k6 = n;
    let a7 = a5
        * w[k6 % 4]
        * T::log10(T::from(1.0).unwrap() + T::tanh(w[(n + 2) % 4]) + T::from(0.21).unwrap())
        / -((a1.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.58).unwrap());
    let a8 = T::one().cbrt() - T::log(T::cosh(T::from(2).unwrap()), T::from(2.81).unwrap())
        + (T::ln(w[n % 4].powi(2) + T::from(0.6).unwrap()) + x);
    let mut a5 = (a5
        + (((a1.hypot(y.abs() + T::from(0.23).unwrap()).log(
            T::hypot(
                T::sin((w[n % 4] + w[n * 2 % 4]) * T::from(0.37).unwrap()) * T::from(3.0).unwrap(),
                T::from(0.94).unwrap(),
            ) + T::from(0.93).unwrap(),
        ) * T::from(0.64).unwrap())
        .sin()
            * T::from(2.0).unwrap())
        .abs()
            + T::from(0.34).unwrap())
        .powf(
            ((w[2] - w[n % 4]) * w[n % 4] * T::from(0.19).unwrap()).tanh() * T::from(2.0).unwrap(),
        ))
    .atan()
        * T::from(1.89).unwrap();
    let mut s9 = gen_8(
        T::from(0.79).unwrap(),
        gen_5(
            a7.atan() * T::from(1.26).unwrap(),
            (w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            k6,
        ),
        w,
        (k6 + 2) % 5,
    );
    ((y + x + x) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_17<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in w.iter() {
        let mut h2 = [T::from(0.4).unwrap(); 4];
        let y = y.tanh();
    }
    if (x + T::zero()).sinh() > T::from(0.17).unwrap() || n % 3 < 3 {
        if gen_10(
            T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::one(),
            w,
            n,
        )
        .ceil()
            < w[n * 2 % 4] / (T::from(1.0).unwrap() + T::zero().sin() + T::from(0.45).unwrap())
        {
            let mut s3 =
                (T::tanh(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh();
            let k4 = n;
        } else if (-w[n % 4]).powi(3) >= T::from(-0.46).unwrap() - w[3] {
            let a5 = if -x
                < (y.powi(2) + T::from(0.65).unwrap()).log(T::abs(x) + T::from(1.61).unwrap())
            {
                (gen_5(
                    T::from(SCALE).unwrap(),
                    (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    (n + 3) % 5,
                ) - y * T::from(-1.87).unwrap())
                .cos()
            } else if n % 3 != 3 {
                (T::from(1.0).unwrap() + y.min(w[n % 4]).sin() + T::from(0.64).unwrap()).recip()
                    * gen_6(
                        (w[(n + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin(),
                        w,
                        3,
                    )
            } else {
                (-T::cosh(T::from(n + 2).unwrap().atan() * T::from(1.89).unwrap())).recip()
            };
        } else {
            let a6 = T::ln_1p((T::from(OFFSET).unwrap() - w[n % 4]).atan() * T::from(0.5).unwrap());
        }
    } else {
        let mut k7: usize = n;
    }
    w[n % 4].sin().exp()
}

#[differentiable]
pub fn gen_18<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((T::from(-1.75).unwrap() - T::from(n).unwrap() * x) * T::from(0.15).unwrap())
        .sin()
        * T::from(4.0).unwrap();
    s1 = y;
    s1 = -(y + T::from(core::f64::consts::LN_2).unwrap());
    let mut s2 = gen_10(-T::from(-1.63).unwrap(), T::one() - T::one(), w, n * 3 % 5);
    let k3 = n + 1;
    if T::atan(
        gen_15(
            T::from(0.68).unwrap(),
            (w[(k3 + 3) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) * x.exp(),
    ) * T::from(0.63).unwrap()
        < s2
        || y >= w[1] - w[(n + k3) % 4]
    {
        return (-((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()).cos();
    }
    s1 = (s1 * T::abs(y) + s2).atan() * T::from(2.52).unwrap();
    let a4: T = x + -w[k3 % 4];
    s1 = (w[n % 4].exp_m1() * T::from(0.23).unwrap()).sin() * T::from(4.0).unwrap();
    let a9 = if a4 <= T::from(-0.37).unwrap() {
        for i5 in (0..4).step_by(2) {
            let mut s6 = T::tanh(s2 * (w[(i5 + 2) % 4] - a4) * T::from(0.04).unwrap());
            let mut h7 = [T::zero(); 4];
            for i8 in 0..4 {
                h7[i8] = (a4.min(T::from(-1.83).unwrap())
                    * T::from(0.23).unwrap().exp2()
                    * T::from(0.32).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
        }
        a4
    } else {
        s2.mul_add(y, s1).atan() * T::from(0.63).unwrap() + (s1 - T::from(-1.13).unwrap())
    };
    let a10 = w[(n + k3) % 4];
    let mut h11 = [T::one(); 4];
    h11[(k3 + 2) % 4] = h11[(k3 + 2) % 4]
        * (((T::atan2(
            (T::sin(T::from((k3 + 3) as f64).unwrap() * T::from(0.19).unwrap())
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.44).unwrap(),
            T::from((n * 3 % 9) as f64).unwrap(),
        ) * (T::from(std::f64::consts::PI).unwrap() + a10)
            * T::from(0.09).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .atan()
            * T::from(0.63).unwrap());
    y.exp2().asinh()
}

#[differentiable]
pub fn gen_19<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a7 = if !((x * w[n % 4]).abs() <= T::from(-1.0).unwrap() && n != 2) {
        if (T::from(n as f64).unwrap() / (y.powi(2) + T::from(0.49).unwrap())).asinh()
            >= T::from(-1.43).unwrap()
        {
            if w[n * 2 % 4] + y >= T::from(-1.86).unwrap().floor()
                || w[n % 4] * T::from(-1.44).unwrap().powi(4) > T::from(-1.22).unwrap()
            {
                let a5 = if n > 2 && T::from(-0.96).unwrap() <= T::from(-0.08).unwrap() {
                    ((x - T::from(n * 2).unwrap()) / x.hypot(T::from(0.87).unwrap())
                        * (T::from(-1.58).unwrap() * x + y.tanh())
                        * T::from(0.03).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap()
                } else if T::from(OFFSET).unwrap() + w[n % 4] - T::from(n * 2).unwrap().ln_1p()
                    >= T::from(-0.36).unwrap()
                {
                    if (w[3] - T::from(-1.71).unwrap()).floor()
                        < w[n % 4]
                            / (T::from(1.0).unwrap()
                                + T::sin(w[n * 3 % 4])
                                + T::from(0.68).unwrap())
                    {
                        if w[n % 4].cosh().log2() < T::from(0.15).unwrap() {
                            for (&v1, _) in w.iter().zip(w.iter()) {
                                if v1 > -v1
                                    || T::ln_1p(
                                        (y.trunc() * T::from(0.75).unwrap()).sin()
                                            * T::from(0.8).unwrap(),
                                    ) > T::from(0.41).unwrap()
                                {
                                    let x = x.tanh();
                                    let a3 = T::from(-0.39).unwrap();
                                } else {
                                    let v1 = T::from(SCALE).unwrap();
                                    if n % 2 % 2 == 0 {
                                        continue;
                                    }
                                }
                                if w[n % 4] <= y - w[(n + 3) % 4] {
                                    break;
                                }
                            }
                        } else {
                            let a4 = if T::ln_1p(T::from((n * 2) as f64).unwrap()) - (y - x)
                                > T::zero()
                            {
                                T::from(-1.15).unwrap()
                            } else if T::atan2(w[n * 2 % 4], T::abs(x) + T::from(0.55).unwrap())
                                .min(T::from(0.85).unwrap() * y)
                                < T::from(0.56).unwrap()
                            {
                                (T::from(core::f64::consts::LN_2).unwrap() * y).round()
                            } else {
                                let mut y = y + gen_8(
                                    (w[1].floor() * T::from(0.5).unwrap()).sin()
                                        * T::from(2.0).unwrap(),
                                    (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.28).unwrap())
                                        .cbrt(),
                                    w,
                                    n * 3 % 5,
                                );
                                (w[n % 4]
                                    * x
                                    * (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - y)
                                    * T::from(0.08).unwrap())
                                .sin()
                                    * T::from(4.0).unwrap()
                            };
                        }
                    }
                    gen_4(
                        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ) % (T::from(1.0).unwrap()
                        + (T::from(-0.8).unwrap() * y).tanh()
                        + T::from(0.87).unwrap())
                } else {
                    gen_5(
                        x.atan() * T::from(1.26).unwrap(),
                        T::from(OFFSET).unwrap(),
                        w,
                        n,
                    ) - ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
                };
            } else {
                let a6 = if n % 3 != 1 {
                    (w[0].abs() + T::from(1.68).unwrap()).acosh() + w[3] * x
                } else {
                    x.abs() * w[n % 4]
                };
            }
        }
        T::from(SCALE).unwrap()
    } else if n % 3 != 1 {
        -w[0]
            / ((T::tanh(x * x * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).powi(2)
                + T::from(0.53).unwrap())
    } else {
        return w[2];
    };
    (T::abs(x / T::from(-0.93).unwrap()) * x * a7 * T::from(0.09).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_20<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (gen_16(
        T::sin(w[(n + 3) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::sin(
            gen_16(
                T::from(-0.88).unwrap(),
                w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
                w,
                0,
            ) * T::from(0.28).unwrap(),
        ) * T::from(2.0).unwrap(),
        w,
        (n + 3) % 5,
    ) * T::from(0.28).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 3 {
            break;
        }
        k2 += 1;
        s1 = ((s1 + (T::from(1.0).unwrap() + T::log10((x * T::one()).cosh()).tanh()))
            * T::from(0.43).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let a3 = w[n % 4] + ((y * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p();
        if s1 > T::from(SCALE).unwrap() {
            break;
        }
    }
    let mut s4 = ((w[1] * -T::from((k2 * 3 % 9) as f64).unwrap()).atan()
        * T::from(1.89).unwrap()
        * T::from(0.53).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut k5: usize = 0;
    loop {
        if k5 >= 3 {
            break;
        }
        k5 += 1;
        s4 = (s4
            + (T::from(1.0).unwrap()
                + (gen_1(
                    (-w[(n + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::atan(y - T::from(2).unwrap()) * T::from(1.26).unwrap(),
                    w,
                    n,
                )
                .atan()
                    * T::from(1.89).unwrap())
                .tanh()
                + T::from(0.26).unwrap())
            .atan()
                * T::from(1.26).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        s1 = ((s1 - (w[k2].tanh() + T::abs(x))) * T::from(0.3).unwrap()).sin()
            * T::from(2.0).unwrap();
        let mut s6 = T::powf(
            T::from(1.0).unwrap()
                + (T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).sin()
                + T::from(0.71).unwrap(),
            T::atan(y * w[(n + 2) % 4]) * T::from(1.26).unwrap(),
        );
        let mut s7 = T::from(-0.71).unwrap()
            / -(T::from(1.0).unwrap()
                + T::tanh((w[2] * s4).atan() * T::from(1.89).unwrap())
                + T::from(0.25).unwrap());
        if n % 2 == 0 {
            break;
        }
    }
    if w[k5] > T::from(4).unwrap() || w[(k5 + 3) % 4] >= T::from(0.23).unwrap() {
        s1 = (-(s4 + w[k5 * 3 % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
        let a8: T = T::cos(w[2])
            - (T::from(1.0).unwrap() + s1.tanh() + T::from(0.19).unwrap())
                .hypot(T::from(-1.04).unwrap());
        if T::from(n).unwrap() / T::hypot(w[(k5 + k2) % 4], T::from(0.84).unwrap())
            >= T::from(1.31).unwrap()
        {
            return w[3];
        }
    } else {
        let a9 = T::atan(-w[k5]);
        if s1 - w[1] / (T::from(1.0).unwrap() + w[k2].sin() + T::from(0.47).unwrap())
            >= T::from(-0.9).unwrap()
        {
            let mut s10 = a9;
            let a12 = {
                let a11 = if k5 % 2 % 2 == 0 {
                    T::from(-0.53).unwrap()
                } else {
                    s4.exp2() + w[3 - k5]
                };
                (T::from(n).unwrap().atan() * T::from(1.57).unwrap()).powi(0) + w[n * 2 % 4].ceil()
            };
        } else if w[n % 4].ceil()
            % (T::from(1.0).unwrap()
                + (((a9 - w[1]) * T::from(0.48).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.96).unwrap())
            > T::from(-0.32).unwrap()
        {
            s1 = ((s1 + T::from(-1.72).unwrap().cos()) * T::from(0.5).unwrap()).sin()
                * T::from(2.0).unwrap();
        }
    }
    (T::trunc(
        ((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
            .cosh()
            .powf(w[(k2 + n) % 4].atan() * T::from(1.26).unwrap()),
    ) * x)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_21<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::sin(
        T::hypot(
            T::from(1.0).unwrap()
                + (T::atan(T::from(-1.98).unwrap() + y) * T::from(1.89).unwrap()).tanh()
                + T::from(0.33).unwrap(),
            y / -(T::zero().powi(2) + T::from(0.46).unwrap()),
        ) * T::from(0.33).unwrap(),
    ) * T::from(3.0).unwrap();
    s1 = w[n * 3 % 4];
    let a2 = if !(n < 3
        && (x.powi(2) + T::from(1.52).unwrap()).acosh()
            - (T::from(n * 2).unwrap() * w[3] * T::from(0.09).unwrap()).tanh()
                * T::from(2.0).unwrap()
            > T::from(0.42).unwrap())
    {
        return ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
            .atanh()
            .mul_add(y, w[n * 3 % 4] * w[n * 2 % 4])
            .atan()
            * T::from(3.78).unwrap();
    } else {
        (w[3] + s1).abs()
    };
    let a10 = {
        let mut h3 = [T::one(); 4];
        if T::from(-0.74).unwrap() / T::from(1.68).unwrap()
            + (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.51).unwrap()).hypot(x)
            >= T::from(2).unwrap()
        {
            let mut h4 = [T::zero(); 4];
            for i5 in 0..4 {
                h4[i5] = h3[i5].atan() * T::from(1.26).unwrap();
            }
            if n != 3 {
                let a6 = if n % 2 == 0 {
                    h3[n % 4]
                } else if !(x
                    / (T::from(1.0).unwrap() + h3[(n + 2) % 4].tanh() + T::from(0.65).unwrap())
                    % (T::abs(w[n % 4]) + T::from(0.64).unwrap())
                    > h4[n * 2 % 4] * h4[(n + 2) % 4]
                    && w[n * 2 % 4].hypot(T::from(0.21).unwrap()).ln().sin()
                        > T::from(1.04).unwrap())
                {
                    (a2 / T::from(0.56).unwrap()
                        * (T::from((n * 2) as f64).unwrap() + T::from(1.79).unwrap()))
                    .atan()
                        * T::from(3.78).unwrap()
                } else {
                    w[n % 4]
                };
            } else if h4[n * 3 % 4] >= T::from(-0.47).unwrap() {
                let a9 = if s1 - T::from(-0.24).unwrap() * x >= T::from(0.13).unwrap() {
                    if (T::from(0).unwrap() - y)
                        / T::exp(T::from(-1.26).unwrap() * T::from(0.04).unwrap())
                        > T::from(-0.97).unwrap()
                    {
                        h3[n % 4] = h3[n % 4]
                            * ((((T::from(n as f64).unwrap().atan() * T::from(2.2).unwrap())
                                .exp2()
                                * T::from(0.2).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap())
                            .cosh()
                            .atan()
                                * T::from(0.63).unwrap());
                        let mut s7 =
                            T::min((T::cosh(h4[3]) + T::from(0.69).unwrap()).acosh(), x.tanh());
                    } else {
                        let a8: T =
                            T::min(a2 - (T::from(-1.8).unwrap() - x), T::from(n * 2).unwrap());
                    }
                    (((gen_6(
                        T::sin(h4[2] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        (n + 2) % 5,
                    ) * T::from(0.28).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .powi(2)
                        + T::from(0.38).unwrap())
                    .sqrt()
                } else if (a2
                    / T::from(SCALE).unwrap()
                    / (T::from(1.0).unwrap()
                        + T::tanh(
                            ((h4[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                                .ln_1p(),
                        )
                        + T::from(0.44).unwrap())
                    * T::from(0.12).unwrap())
                .tanh()
                    * T::from(3.0).unwrap()
                    > T::from(-0.39).unwrap()
                {
                    s1
                } else {
                    (-(T::from(1.0).unwrap()
                        + (((y * a2 - (a2 - w[n % 4])).atan() * T::from(3.78).unwrap()).atan()
                            * T::from(1.89).unwrap())
                        .sin()
                        + T::from(0.65).unwrap()))
                    .cbrt()
                };
            }
        }
        T::recip(
            T::from(1.0).unwrap() + T::log(T::from(0.92).unwrap(), T::from(2.03).unwrap()).tanh(),
        ) + gen_5(
            (T::zero() + x).atan() * T::from(1.26).unwrap(),
            (gen_15(
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                &h3,
                n,
            ) * T::from(0.45).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            &h3,
            (n + 2) % 5,
        )
    };
    -(T::from(0.25).unwrap() - T::from(0.03).unwrap()) + x
}

#[differentiable]
pub fn gen_22<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        for i1 in (0..4).rev() {
            let mut s2 = T::tanh(
                gen_6(
                    ((x / -(T::from(1.0).unwrap() + x.sin() + T::from(0.5).unwrap())).asinh()
                        * T::from(0.72).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    i1,
                ) * T::from(0.28).unwrap(),
            ) * T::from(2.0).unwrap();
            let mut h3 = [T::from(0.13).unwrap(); 4];
            let a4 = y.sin() - h3[n * 2 % 4];
            h3[i1 * 3 % 4] = T::from(0.42).unwrap();
        }
        let mut k5: usize = n;
    }
    for v6 in w.iter() {
        let mut s7 = w[n % 4];
        let mut k8: usize = 0;
        while s7 < y.cosh().ln() && k8 < 3 {
            k8 += 1;
            s7 = ((s7
                + (T::from(0.16).unwrap() - w[n % 4])
                    * gen_12(
                        (*v6).atan() * T::from(1.26).unwrap(),
                        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ))
                * T::from(0.16).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            let a13 = {
                if y * gen_4(
                    T::tanh(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w[1].atan() * T::from(1.26).unwrap(),
                    w,
                    (n + 1) % 5,
                ) > T::from(0.96).unwrap()
                {
                    if (T::from(1.0).unwrap()
                        + ((*v6 / x.hypot(T::from(0.55).unwrap()) * T::from(0.41).unwrap()).sin()
                            * T::from(2.0).unwrap())
                        .sin()
                        + T::from(0.68).unwrap())
                    .powf(((y + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap())
                        >= y / (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.54).unwrap())
                    {
                        let x = x.tanh();
                        let a9 = if w[n * 3 % 4] / (x.powi(2) + T::from(0.3).unwrap())
                            % (((*v6 * w[n % 4]).atan() * T::from(1.89).unwrap())
                                .hypot(T::from(0.29).unwrap())
                                + T::from(0.67).unwrap())
                            < T::from(1.27).unwrap()
                        {
                            ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh()
                                * T::from(2.5).unwrap())
                            .exp()
                                + (*v6).asinh()
                        } else {
                            T::floor(
                                (T::from(1.0).unwrap()
                                    + ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin()
                                        * T::from(3.0).unwrap())
                                    .sin()
                                    + T::from(1.31).unwrap())
                                .acosh(),
                            )
                        };
                    }
                    let a11 = {
                        let a10 = (-T::exp(w[n * 2 % 4].cosh().log10())).recip();
                        (T::from(1.0).unwrap()
                            + ((T::from(core::f64::consts::LN_2).unwrap() - w[n % 4])
                                % (T::from(1.0).unwrap()
                                    + w[n % 4].tanh()
                                    + T::from(0.96).unwrap()))
                            .tanh()
                            + T::from(0.36).unwrap())
                        .hypot((x - s7) / T::from(std::f64::consts::PI).unwrap())
                    };
                } else {
                    let a12 = (w[1].atan() * T::from(0.56).unwrap()).atanh()
                        * T::from(n * 3 % 9).unwrap();
                }
                (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.65).unwrap())
                    .atan2(T::from(-1.55).unwrap())
                    .max(T::floor(w[n % 4]))
            };
            s7 = (s7 + (T::zero().powi(2) + T::from(1.51).unwrap()).acosh()).atan()
                * T::from(2.52).unwrap();
        }
    }
    T::atan((y + (T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh()) * x)
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_23<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    if -w[n % 4] < T::from(0.42).unwrap() {
        let a2 = (a1 - w[n * 2 % 4]) * T::from(1.73).unwrap();
    } else if n % 2 > 1 || n % 3 % 2 == 0 {
        let mut h3 = [T::zero(); 4];
        for i4 in 0..4 {
            h3[i4] = (T::atan(a1) * T::from(0.56).unwrap()).atanh();
        }
        let a5 = (T::from(1.0).unwrap() + h3[(n + 2) % 4].tanh() + T::from(0.64).unwrap())
            .log10()
            .ln_1p();
        let a6 = gen_16(a5, a5, w, n);
    } else {
        let mut s7 =
            ((a1.max(a1) - -w[n * 2 % 4]) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap();
    }
    if T::from(0.31).unwrap().max(a1.exp_m1()) >= T::from(1.33).unwrap() {
        let a9 = {
            let mut k8: usize = 3;
            T::from(-0.23).unwrap()
        };
    }
    T::tanh((w[3] - T::zero()).exp_m1() * x * T::from(0.12).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_24<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n;
    let mut h2 = [T::from(-0.59).unwrap(); 4];
    for i3 in 0..4 {
        h2[i3] = T::from(SCALE).unwrap().round();
    }
    if T::from(-0.4).unwrap() - y * x > T::from(-0.96).unwrap() {
        if n > 1 {
            let mut h4 = [T::zero(); 4];
            let a5: T = -y;
            let a6 = a5.exp().asinh()
                * (gen_15(
                    T::atan(x) * T::from(1.26).unwrap(),
                    T::from(-0.11).unwrap(),
                    &h2,
                    3,
                ) + a5.hypot(T::from(0.5).unwrap()).log10());
        } else {
            let a7 = h2[k1 % 4];
        }
    } else if w[(k1 + n) % 4].sin() * x <= T::from(-1.2).unwrap() {
        let mut x = x.tanh();
    }
    T::max(T::from(k1).unwrap(), w[(k1 + n) % 4] * y)
}

#[differentiable]
pub fn gen_25<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::tanh(
            T::mul_add(y, T::from(1.18).unwrap(), y) / T::cosh(x.asinh()) * T::from(0.34).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    if T::one()
        .cosh()
        .mul_add(x * h1[n * 3 % 4], (x.atan() * T::from(0.75).unwrap()).tan())
        > T::from(-0.46).unwrap()
    {
        h1[(n + 3) % 4] = h1[(n + 3) % 4]
            * ((T::from(1.91).unwrap() * T::from(-1.05).unwrap())
                .sin()
                .atan()
                * T::from(0.63).unwrap());
        h1[n * 2 % 4] = ((x - T::asinh(T::from(-1.49).unwrap())) * T::from(0.47).unwrap()).tanh()
            * T::from(2.0).unwrap();
        let x = x * gen_13(
            (gen_0(
                (h1[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(-1.93).unwrap(),
                w,
                4,
            ) * T::from(0.37).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            (T::from(1.89).unwrap() + y).atan() * T::from(1.26).unwrap(),
            &h1,
            n,
        );
    }
    let a8 = {
        for i3 in 1..=3 {
            let a4 =
                T::sqrt(T::from(1.0).unwrap() + h1[2].tanh() + T::from(0.59).unwrap()) * y.cosh();
            let a5 = T::from((i3 * 3 % 9) as f64).unwrap();
            let mut h6 = [T::zero(); 4];
            for i7 in 0..4 {
                h6[i7] = (T::from((i3 * 3 % 9) as f64).unwrap() * T::from(0.19).unwrap()).tanh()
                    * T::from(2.0).unwrap();
            }
        }
        T::from(3).unwrap() + y
    };
    ((w[(n + 3) % 4] * w[(n + 1) % 4] + T::from(4).unwrap() * y) * T::from(0.12).unwrap()).tanh()
        * T::from(3.0).unwrap()
        + y
}

#[differentiable]
pub fn gen_26<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if w[n % 4]
        + T::from(n).unwrap()
        + gen_0(
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            (n + 2) % 5,
        )
        < T::from(0.15).unwrap()
        && n > 1
    {
        T::atan(
            T::from(n).unwrap() % (T::from(1.0).unwrap() + x.tanh() + T::from(0.55).unwrap())
                / (T::from(0.52).unwrap() / w[n % 4].hypot(T::from(0.85).unwrap()))
                * (T::from(0.01).unwrap() + w[0] - w[n % 4] / T::hypot(y, T::from(0.21).unwrap())),
        ) * T::from(1.26).unwrap()
    } else {
        w[n % 4]
    };
    for _ in (1..n).step_by(2) {
        let mut s3: T = (x.abs() + T::from(0.29).unwrap()).recip();
        let mut s4: T = (x * w[n % 4]).atan();
        let mut s5 = (T::exp_m1(y)
            * gen_13(
                T::from(-0.91).unwrap(),
                T::tanh(a1 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                (n + 1) % 5,
            ))
        .atan()
            * T::from(1.26).unwrap();
        let y = T::tanh(y);
    }
    T::acosh(T::from(1.0).unwrap() + T::tanh(w[3]) + T::from(1.59).unwrap())
}

#[differentiable]
pub fn gen_27<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    let mut s2 = h1[n % 4];
    let mut k3: usize = 0;
    loop {
        if k3 >= 5 {
            break;
        }
        k3 += 1;
        s2 = s2 * T::from(0.54).unwrap()
            + (T::from(1.0).unwrap() + x.sin() + T::from(1.35).unwrap())
                .acosh()
                .max(y * x)
                .atan()
                * T::from(1.26).unwrap();
        for &v4 in w.iter() {
            s2 = ((s2 * ((T::from(std::f64::consts::PI).unwrap() + v4) * w[(n + 1) % 4])
                + T::from(n + 2).unwrap())
                * T::from(0.03).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let v4 = T::from(-0.93).unwrap();
            h1[n % 4] = (y * (T::from(-0.3).unwrap() + w[n * 3 % 4]) * T::from(0.33).unwrap())
                .sin()
                * T::from(2.0).unwrap();
        }
        if T::cosh(x).tanh() > T::from(0.76).unwrap() {
            break;
        }
    }
    (((((w[k3 * 2 % 4] - x) * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap()).exp()
        * T::from(0.12).unwrap())
    .sin()
        * T::from(4.0).unwrap()
        * x
        + s2)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_28<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..n % 3 + 1 {
        let mut s2 = T::sin(
            w[0] * (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + y) * T::from(0.28).unwrap(),
        ) * T::from(4.0).unwrap();
        let mut k3: usize = 0;
        loop {
            if k3 >= 3 {
                break;
            }
            k3 += 1;
            s2 = T::atan(
                s2 + ((w[i1].abs().sinh().atan() * T::from(1.89).unwrap()).exp()
                    * T::from(0.13).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
            ) * T::from(2.52).unwrap();
            let i1 = T::from(i1).unwrap() * x;
            if s2 > T::recip(T::from(-0.21).unwrap()) {
                break;
            }
        }
        if T::from(i1)
            .unwrap()
            .hypot(T::from(0.78).unwrap())
            .log2()
            .ceil()
            > T::from(1.05).unwrap()
        {
            break;
        }
    }
    let a4 = w[(n + 1) % 4];
    for i5 in 0..4 {
        let a6 = w[(i5 + n) % 4];
        let mut h7 = [T::zero(); 4];
        for i8 in 0..4 {
            h7[i8] = T::from(0.32).unwrap().sqrt() * T::tanh(a4);
        }
        let a9 = if n > 2 {
            (T::one() + h7[i5 * 3 % 4]) / T::hypot(y, T::from(0.43).unwrap())
        } else {
            let i5 = T::from(i5).unwrap()
                * T::atan2(
                    T::from(i5 * 2).unwrap(),
                    T::from(1.0).unwrap() + w[i5 * 2 % 4].sin() + T::from(0.6).unwrap(),
                );
            a6
        };
        let a10 = ((T::from(0.54).unwrap() + a9) / T::from(1.32).unwrap().sin().exp()
            * T::from(0.07).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
    }
    let a11 = gen_13(
        (w[(n + 1) % 4] * x).atan() * T::from(1.26).unwrap(),
        (w[n % 4].abs() * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    );
    if w[0] <= T::from(0.84).unwrap() {
        if a4 < T::sqrt(T::from(1.0).unwrap() + y.tanh() + T::from(0.59).unwrap()) {
            return x.exp().asinh();
        }
        let k12 = 1;
    } else if T::tan(T::one().ln_1p()) >= T::from(1.47).unwrap() {
        let a13: T = T::atan((w[2] + x).ceil().mul_add(
            (T::tanh(T::cosh(x) * T::from(0.4).unwrap()) * T::from(2.5).unwrap()).exp(),
            a11,
        )) * T::from(3.78).unwrap();
    }
    w[n % 4].abs().sinh() + y
}

#[differentiable]
pub fn gen_29<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::cos(w[3]) + w[n % 4] <= x - T::from(-1.88).unwrap() {
        let mut s1: T = ((w[n % 4] * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
            + (T::from(1.0).unwrap() + w[n * 2 % 4].tanh() + T::from(0.55).unwrap()).hypot(y))
            * T::from(0.32).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    } else {
        let a2 = T::from(1.15).unwrap().ln();
        let mut s3 = T::from(0.0).unwrap();
        s3 = (s3
            + gen_6(
                w[n % 4].round().atan() * T::from(1.26).unwrap(),
                -T::from(-0.49).unwrap(),
                w,
                n * 2 % 5,
            ))
        .atan()
            * T::from(1.89).unwrap();
    }
    ((y * x + x) * T::from(0.25).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_30<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 =
        ((T::from(n).unwrap() + T::cos(y)) * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap();
    let mut k2: usize = 0;
    while s1 < T::from(-1.36).unwrap() && k2 < 6 {
        k2 += 1;
        s1 = T::tanh(
            (s1 + (T::from(1.0).unwrap()
                + ((((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin()
                    * T::from(1.34).unwrap())
                .sin()
                    * T::from(0.9).unwrap())
                .asin()
                .tanh()))
                * T::from(0.31).unwrap(),
        ) * T::from(3.0).unwrap();
        s1 = (s1 * x).atan() * T::from(1.89).unwrap();
        if s1 / T::hypot(-w[n % 4], T::from(0.65).unwrap()) > w[n % 4] / y.cosh() {
            let a3 = (-T::from(0.38).unwrap()).sinh() - T::from(3).unwrap() * T::one();
        } else {
            let a4 = w[(n + 1) % 4].max(w[n * 3 % 4]) + y;
            let a5 = -x;
            let mut h6 = [T::from(-0.82).unwrap(); 4];
            for i7 in 0..4 {
                h6[i7] = (w[i7 * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
            }
        }
    }
    if T::from(0.65).unwrap() + s1 + (T::cosh(y) + T::from(0.31).unwrap()).acosh()
        <= T::from(0.91).unwrap()
    {
        let a8 = gen_15(
            (T::from(1.0).unwrap() + w[k2 * 3 % 4].tanh() + T::from(0.58).unwrap()).log2(),
            ((s1 - s1) * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        );
        let s1 = s1.cos();
    } else if T::atan2(T::from(core::f64::consts::LN_2).unwrap(), w[k2 % 4])
        + (T::from(k2).unwrap()
            / -(T::from(1.0).unwrap()
                + ((s1 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.32).unwrap())
            * T::from(0.08).unwrap())
        .tanh()
        > T::from(0.56).unwrap()
    {
        let a10 = {
            let mut s9 = y.floor().sin();
            x % (y.powi(2) + T::from(0.54).unwrap())
        };
    }
    T::sinh(-T::from(0.8).unwrap())
}

#[differentiable]
pub fn gen_31<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = T::abs(y);
    if !(n % 2 == 0 && y <= T::from(-1.17).unwrap()) {
        let a2 = w[n % 4]
            % (T::from(1.0).unwrap()
                + (T::atan(x) * T::from(0.56).unwrap()).asin().sin()
                + T::from(0.93).unwrap());
        let a3 = if gen_27(
            (T::from(n).unwrap() / -(w[0].abs() + T::from(0.39).unwrap()) * T::from(0.15).unwrap())
                .sin()
                * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) > x
        {
            T::from(0.16).unwrap()
        } else {
            gen_9(
                (s1 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            ) + (w[1] * s1 * T::from(0.12).unwrap()).sin()
        };
    } else {
        let a4 = T::from(-0.22).unwrap()
            / (T::abs((s1 * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap())
                + T::from(0.35).unwrap())
            / (T::sin((s1 + x) * T::from(0.19).unwrap()) * T::from(3.0).unwrap()).cosh();
    }
    s1 = ((s1 * ((w[n % 4] % w[n * 3 % 4].cosh()).abs() + T::from(0.49).unwrap()).log2()
        + (x.atan() * T::from(0.56).unwrap()).asin())
        * T::from(0.18).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    let k5 = n;
    T::one() / -(w[n * 3 % 4].powi(2) + T::from(0.52).unwrap()) * (T::from(-0.63).unwrap() * y)
}

#[differentiable]
pub fn gen_32<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::hypot(x.hypot(T::from(0.46).unwrap()), h1[(n + i2) % 4]).ln_1p();
    }
    let mut s3 = T::from(1.23).unwrap().recip();
    let mut s4 = y;
    let mut k5: usize = 0;
    while s4 < T::exp_m1(((y + T::one()) * T::from(0.5).unwrap()).sin() * T::from(2.5).unwrap())
        && k5 < 5
    {
        k5 += 1;
        s4 = s4 * T::from(0.54).unwrap()
            + (T::from(1.0).unwrap() + (T::from(-0.02).unwrap() * h1[1] * w[(n + 3) % 4]).tanh());
        if n != 1 {
            break;
        }
        for i6 in (0..n).rev() {
            h1[3 - i6] = T::atan(h1[n % 4].asinh() - (x.cosh() + T::from(0.3).unwrap()).acosh())
                * T::from(1.26).unwrap();
            let mut k7: usize = i6;
            s4 =
                ((s4 - T::ln(
                    T::from(1.0).unwrap()
                        + (((h1[(i6 + k7) % 4] / T::from(-1.34).unwrap() + w[n % 4].exp2())
                            * T::from(0.27).unwrap())
                        .sin()
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.52).unwrap(),
                )) * T::from(0.3).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
        }
    }
    let mut s8 = ((h1[(n + k5) % 4] + x).atan() * T::from(0.5).unwrap()).ln_1p();
    let mut k9: usize = 0;
    loop {
        if k9 >= 3 {
            break;
        }
        k9 += 1;
        s8 = T::sin(
            (s8 * T::from(0.66).unwrap()
                + T::atan(T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.12).unwrap())
                    * T::from(1.26).unwrap())
                * T::from(0.37).unwrap(),
        ) * T::from(4.0).unwrap();
        let k10 = (n + k5) % 8;
        if !((w[n % 4] + h1[(n + 2) % 4])
            / (T::from(1.0).unwrap()
                + T::tanh(
                    T::tanh(
                        gen_29(
                            T::atan(s3) * T::from(1.26).unwrap(),
                            (s8 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                            &h1,
                            n * 2 % 5,
                        ) * T::from(0.25).unwrap(),
                    ) * T::from(3.0).unwrap(),
                )
                + T::from(0.61).unwrap())
            < s3 + s3
            && (x + T::from(-0.91).unwrap()) * s4
                <= s3 / (T::from(1.0).unwrap() + T::sin(x) + T::from(0.52).unwrap()))
        {
            return s4;
        }
        if s8 > T::from(1.31).unwrap() - x * h1[k5 * 2 % 4] {
            break;
        }
    }
    if k5 < 1 {
        let k5 = (T::from(k5).unwrap()
            * ((T::from(k9 + n).unwrap() + s3)
                % (T::from(1.0).unwrap()
                    + (s8.atan() * T::from(1.89).unwrap()).tanh()
                    + T::from(0.84).unwrap()))
            * T::from(0.11).unwrap())
        .sin();
    } else {
        let a11 = (((h1[k5 % 4].powi(2) + T::from(0.81).unwrap()) * T::from(0.31).unwrap()).tanh()
            * T::from(4.0).unwrap())
        .powi(-2)
        .sinh();
    }
    (h1[1].cos().abs() + T::from(1.69).unwrap()).acosh() + x
}

#[differentiable]
pub fn gen_33<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::tanh(
        (T::from(-0.85).unwrap() - w[(n + 3) % 4])
            * (y % ((T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap())
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.75).unwrap()))
            * T::from(0.26).unwrap(),
    ) * T::from(4.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 3 {
            break;
        }
        k2 += 1;
        s1 = ((s1 * T::from(0.85).unwrap()
            + T::ln_1p(T::tanh(s1 * x * T::from(0.19).unwrap()) * T::from(0.8).unwrap()).exp())
            * T::from(0.29).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        let a3 = if ((w[(n + 2) % 4] - w[n % 4])
            / ((w[(n + 2) % 4]
                / (T::abs(T::sin(s1 * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                    + T::from(0.69).unwrap()))
            .abs()
                + T::from(0.23).unwrap())
            * T::from(0.09).unwrap())
        .sin()
            * T::from(2.0).unwrap()
            <= T::from(-1.41).unwrap()
        {
            w[n % 4]
        } else {
            gen_16(
                w[n % 4].atan() * T::from(1.26).unwrap(),
                w[3].atan() * T::from(1.26).unwrap(),
                w,
                n * 3 % 5,
            )
        };
        s1 = T::atan(
            s1 * T::max(
                w[n * 3 % 4],
                w[n % 4]
                    .hypot(T::from(0.23).unwrap())
                    .log(T::zero().powi(2) + T::from(1.85).unwrap()),
            ) + T::acosh(
                T::hypot(
                    (s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
                    T::from(0.52).unwrap(),
                ) + T::from(0.75).unwrap(),
            ),
        ) * T::from(2.52).unwrap();
        if s1
            > ((T::from(1.0).unwrap()
                + (s1.atan() * T::from(1.89).unwrap()).tanh()
                + T::from(0.29).unwrap())
            .log2()
            .abs()
                + T::from(0.38).unwrap())
            .hypot(w[n % 4])
        {
            break;
        }
    }
    let a4 = T::signum(x / (T::sin(s1 * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).cosh());
    let mut s5: T =
        (-(T::from(4).unwrap().signum() - s1 * w[n * 2 % 4])).atan() * T::from(2.52).unwrap();
    let mut h6 = [T::zero(); 4];
    for i7 in 0..4 {
        h6[i7] = (((h6[2] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
            / -(T::from(1.0).unwrap()
                + T::tanh(
                    (w[(i7 + k2) % 4] + T::from(1.53).unwrap()).atan() * T::from(1.89).unwrap(),
                ))
            * T::from(0.18).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    let a8: T = (T::from(1.0).unwrap()
        + ((T::from(4).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
        + T::from(0.48).unwrap())
    .acosh();
    s1 = (s1 * y.exp_m1()
        + gen_0(
            T::one(),
            w[k2 * 3 % 4].atan() * T::from(1.26).unwrap(),
            &h6,
            n,
        ))
    .atan()
        * T::from(2.52).unwrap();
    h6[3 - k2] =
        (T::from(k2 + 2).unwrap() / a8 * T::from(0.28).unwrap()).tanh() * T::from(2.0).unwrap();
    s1 = (y
        * (T::from(1.0).unwrap() + h6[2].tanh() + T::from(0.2).unwrap())
            .atan2(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
        * T::from(0.24).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    h6[(k2 + n) % 4]
}

#[differentiable]
pub fn gen_34<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n != 2 {
        let a1 = (T::atan(y * w[n % 4]) * T::from(0.56).unwrap()).acos();
        if n % 2 < 1 {
            return (a1.exp_m1() * T::from(0.15).unwrap()).tanh() * T::from(6.0).unwrap();
        }
    } else {
        let a2: T = (y + y).signum();
        let mut s3 =
            ((x + T::atanh(T::zero())) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
        let a4 = y * x;
    }
    let mut s5 = T::tanh(
        x * w[n * 3 % 4]
            / (T::from(1.0).unwrap()
                + ((gen_24(
                    w[n % 4].atan() * T::from(1.26).unwrap(),
                    x.atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ) * T::from(0.37).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.54).unwrap())
            * T::from(0.2).unwrap(),
    ) * T::from(4.0).unwrap();
    let mut k6: usize = 0;
    loop {
        if k6 >= 6 {
            break;
        }
        k6 += 1;
        s5 = ((s5 * T::from(0.81).unwrap() + T::from(1.6).unwrap()) * T::from(0.31).unwrap())
            .tanh()
            * T::from(4.0).unwrap();
        let a7 = (w[n % 4] + w[2]) % y.cosh();
        if w[n % 4] <= T::from(1.16).unwrap() {
            continue;
        }
        if s5 > s5 * (T::from(1.44).unwrap() + T::from(0.66).unwrap()) {
            break;
        }
    }
    let a12 = {
        let mut s8 = x - T::one() - T::from(SCALE).unwrap() % (x.powi(2) + T::from(0.87).unwrap());
        let mut k9: usize = 0;
        while s8
            < (-(T::from(1.0).unwrap()
                + (T::floor(s5).atan() * T::from(1.89).unwrap()).tanh()
                + T::from(0.6).unwrap()))
            .cbrt()
            && k9 < 5
        {
            k9 += 1;
            s8 = s8 * T::from(0.51).unwrap()
                + ((T::from(1.0).unwrap() + x.tanh() + T::from(0.04).unwrap())
                    * T::from(0.75).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            s8 = ((s8
                + (T::from(1.0).unwrap()
                    + T::tanh(
                        x % (T::from(1.0).unwrap()
                            + T::tanh(w[k6 * 3 % 4])
                            + T::from(0.61).unwrap()),
                    )
                    + T::from(0.43).unwrap())
                .ln())
                * T::from(0.31).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let k10 = 4;
            let a11 = T::exp(
                (T::from(0).unwrap() - y).min(
                    (T::tanh(s5 * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                        .cosh()
                        .hypot(w[k10 * 3 % 4]),
                ),
            );
        }
        s8 = (s8
            * (w[k9 % 4] - w[(n + 2) % 4].asinh() + (T::from(-1.08).unwrap() % w[2].cosh()).exp())
            + s5.atan2(w[(n + k9) % 4].cosh()))
        .atan()
            * T::from(2.52).unwrap();
        T::cosh((s5 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).sqrt()
    };
    T::abs(T::from(0.77).unwrap()) - T::from(std::f64::consts::PI).unwrap().atan2(w[n % 4]) + y
}

#[differentiable]
pub fn gen_35<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = x.atan() * T::from(1.26).unwrap();
    }
    let a3 = if T::fract(T::from(1.76).unwrap()) < T::from(0.63).unwrap() {
        T::from(-1.52).unwrap()
    } else {
        T::from((n + 1) as f64).unwrap()
    };
    h1[0] = -T::from(core::f64::consts::LN_2).unwrap();
    if -a3
        + gen_24(
            T::from(std::f64::consts::PI).unwrap().atan() * T::from(1.26).unwrap(),
            T::from(1.75).unwrap(),
            &h1,
            n,
        )
        < x.floor()
    {
        let y = y + (w[n % 4].abs() + y);
        let mut s4 = (((x + x) * T::from(0.37).unwrap()).sin() * T::from(0.9).unwrap()).asin()
            * T::acosh(T::from(1.0).unwrap() + h1[n % 4].tanh() + T::from(1.53).unwrap()).cos();
        for i5 in (0..4).step_by(2) {
            let mut k6: usize = i5;
            let mut a3 = (gen_1(
                T::one(),
                ((y * T::from(0.25).unwrap()).tanh() * T::from(0.9).unwrap()).atanh(),
                &h1,
                i5,
            ) * T::from(0.37).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            let a7 = y;
        }
    }
    let a8 = if (h1[n % 4].trunc().abs() + T::from(0.62).unwrap()).cbrt() >= x + T::from(n).unwrap()
    {
        a3
    } else {
        gen_24(
            (T::cbrt(T::from(0.89).unwrap()) + (x + a3)).atan() * T::from(1.26).unwrap(),
            T::tanh(
                (h1[(n + 2) % 4]
                    + (T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap()).sinh())
                    * T::from(0.19).unwrap(),
            ) * T::from(2.0).unwrap(),
            &h1,
            (n + 3) % 5,
        )
    };
    let mut s9 = (w[n % 4] * (x - a3) * T::from(0.11).unwrap()).tanh();
    let mut s10 = y;
    let mut s11 = ((y / -(T::atan(T::from(n).unwrap()) * T::from(1.89).unwrap())
        .hypot(T::from(0.29).unwrap()))
    .mul_add(
        (T::from(-1.99).unwrap().atan() * T::from(0.56).unwrap()).atanh(),
        h1[n * 3 % 4].exp2(),
    ) * T::from(0.17).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    let a12 = if n % 2 > 2 {
        T::from(core::f64::consts::LN_2).unwrap()
    } else {
        return x + w[n % 4];
    };
    (-h1[(n + 2) % 4]).asinh()
}

#[differentiable]
pub fn gen_36<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (((T::exp2(T::from((n * 2) as f64).unwrap().atan() * T::from(2.2).unwrap())
        * T::from(0.17).unwrap())
    .sin()
        * T::from(2.0).unwrap())
    .abs()
        + T::from(0.48).unwrap())
    .powf(T::from(1.56).unwrap())
        < w[n * 2 % 4]
    {
        for i1 in (0..4).step_by(2) {
            let a2 = if i1 != 3 {
                w[n % 4] * w[3] - T::from(std::f64::consts::PI).unwrap().sqrt()
            } else {
                T::from(1.98).unwrap() + T::cos(y)
            };
            let mut i1 = (T::from(i1).unwrap()
                * (((a2 - T::from(n * 3 % 9).unwrap()) * T::from(0.11).unwrap()).sin()
                    * T::from(2.0).unwrap()))
            .atan()
                * T::from(2.52).unwrap();
            i1 = T::from(1.81).unwrap().sinh();
            let y = (y.atan() * T::from(0.56).unwrap()).acos().exp_m1();
        }
    } else {
        let a3 = if (T::from(1.0).unwrap() + T::tanh(T::from(0.17).unwrap())).ln()
            - w[2] / -(T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.64).unwrap())
            > w[n % 4]
        {
            w[n % 4]
        } else if n % 2 > 3 {
            x - (T::from(1.0).unwrap() + T::tanh(x * T::one()) + T::from(0.29).unwrap()).sqrt()
        } else {
            T::tan((-x * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()) - (x * y).signum()
        };
    }
    T::from(n as f64).unwrap()
}

#[differentiable]
pub fn gen_37<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a7 = if T::from(n + 1).unwrap() >= T::from(0.9).unwrap() {
        (gen_28(
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            x.atan() * T::from(1.26).unwrap(),
            w,
            n,
        )
        .atan()
            * T::from(1.57).unwrap())
        .powi(0)
    } else {
        let a3 = if (T::cosh((w[n * 3 % 4] * x).atan() * T::from(1.89).unwrap())
            + T::from(0.66).unwrap())
        .acosh()
            < T::from(-0.78).unwrap()
        {
            x.hypot(T::from(0.75).unwrap()).recip() - x * x
        } else {
            let mut h1 = [T::one(); 4];
            for i2 in 0..4 {
                h1[i2] = T::sin(w[1] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
            }
            h1[n * 3 % 4] = T::atan(
                h1[n * 3 % 4]
                    * ((T::acosh(T::from(1.0).unwrap() + x.sin() + T::from(1.32).unwrap())
                        - (w[(n + 1) % 4] + x))
                        * T::from(0.26).unwrap())
                    .sin(),
            ) * T::from(1.26).unwrap();
            y + (T::from(1.38).unwrap() + h1[n % 4])
        };
        let a6 = if w[(n + 2) % 4].round() > T::from(0.32).unwrap() {
            T::asin(((y + x) * T::from(0.37).unwrap()).sin() * T::from(0.9).unwrap())
        } else {
            let a4: T = x;
            let a5 = w[0];
            ((a5 / (T::from(1.0).unwrap() + a5.sin() + T::from(0.24).unwrap()) - a4)
                * (a3.atan() * T::from(1.57).unwrap()).exp())
            .atan()
                * T::from(3.78).unwrap()
        };
        (x + a6) * y.atan()
    };
    for (&v8, _) in w.iter().zip(w.iter()) {
        if y <= w[n * 3 % 4] {
            let a11 = if v8 <= T::from(1.47).unwrap()
                || (T::from(n * 2).unwrap() / x.hypot(T::from(0.57).unwrap())
                    * T::from(0.11).unwrap())
                .sin()
                    * T::from(4.0).unwrap()
                    / (T::from(1.0).unwrap()
                        + (((w[n * 3 % 4] - T::from(1.91).unwrap()) * T::from(0.38).unwrap())
                            .sin()
                            * T::from(3.0).unwrap())
                        .sin()
                        + T::from(0.46).unwrap())
                    >= T::from(-1.31).unwrap()
            {
                (w[2].powi(2) + T::from(0.71).unwrap()).ln()
                    - gen_12(
                        a7.atan() * T::from(1.26).unwrap(),
                        (a7 * T::from(0.17).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        4,
                    )
            } else {
                let mut s10 = w[0]
                    * T::acosh(
                        (T::atan(y + v8) * T::from(1.89).unwrap()).abs() + T::from(1.47).unwrap(),
                    );
                T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
            };
            let a12 = T::from(core::f64::consts::LN_2).unwrap();
            let a14 = {
                let a13 = T::from(-1.96).unwrap() * a11 - w[(n + 1) % 4].tanh();
                T::asin(T::from(1.5).unwrap().tanh() * T::from(0.9).unwrap())
                    + T::from(std::f64::consts::PI).unwrap()
                    + T::from(SCALE).unwrap()
            };
        } else if n % 3 % 2 == 0 && n > 3 {
            let a15 = -T::from(SCALE).unwrap()
                / (T::from(1.0).unwrap()
                    + (T::tanh(
                        (T::atan(y + T::from(-1.77).unwrap()) * T::from(1.89).unwrap()).sinh()
                            * T::from(0.25).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.53).unwrap());
        }
    }
    ((T::atanh((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
        - gen_29(
            (w[(n + 3) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            T::from(1.91).unwrap(),
            w,
            n * 3 % 5,
        ))
        * T::from(0.2).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_38<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y + x * (T::from(0.48).unwrap() / T::hypot(y, T::from(0.53).unwrap()));
    if (w[n % 4].atan() * T::from(0.75).unwrap()).tan()
        / -(((T::abs(y) * T::from(0.39).unwrap()).sin() * T::from(3.0).unwrap()).abs()
            + T::from(0.46).unwrap())
        >= T::from(-0.84).unwrap()
    {
        let mut k1: usize = n % 4;
        for _ in 1..=3 {
            let a3 = T::abs(-y);
            let mut s4 = x.sin().atan().ln_1p();
            for i5 in (0..4).step_by(2) {
                if x + T::from((i5 + n) as f64).unwrap() >= T::from(-0.21).unwrap() {
                    s4 = T::tanh(
                        (s4 + (a3 + w[k1 * 2 % 4]) * (w[0] * T::from(-0.34).unwrap()))
                            * T::from(0.19).unwrap(),
                    ) * T::from(4.0).unwrap();
                }
            }
        }
    } else {
        let mut s6 = ((y - x) * T::from(0.26).unwrap()).tanh() * T::from(3.0).unwrap();
        let a7 = y;
        s6 = (-a7 * T::from(0.39).unwrap()).sin() * T::from(3.0).unwrap();
    }
    let a8 = if -T::round(T::from(0.19).unwrap()) < w[n * 2 % 4] - x {
        T::from(1.38).unwrap()
    } else {
        return T::cos(T::asin(
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap(),
        ));
    };
    let mut s9 = a8 % T::from(1.87).unwrap();
    let a10 = T::from(1).unwrap().sin().max(x);
    T::from(-1.8).unwrap().mul_add(w[n % 4], s9).cos()
}

#[differentiable]
pub fn gen_39<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    let mut s2 = (T::from(1.0).unwrap()
        + (T::atan(w[(n + 2) % 4] + x) * T::from(1.26).unwrap()).tanh()
        + T::from(0.21).unwrap())
    .powf(T::from(0.91).unwrap());
    let a3 = T::from(-1.43).unwrap() * h1[n % 4] - (T::zero() - h1[3]);
    s2 = ((s2
        + T::from(1.3).unwrap()
            / (T::abs(((y + x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                + T::from(0.4).unwrap()))
        * T::from(0.16).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    let a4 = if (h1[n * 2 % 4] * w[n % 4]).hypot(
        (T::atan(T::from(n as f64).unwrap() * x) * T::from(1.89).unwrap())
            .hypot(T::from(0.49).unwrap()),
    ) <= T::from(-0.94).unwrap()
    {
        (T::from(n).unwrap() - s2).abs()
    } else {
        T::atanh(
            ((T::from(0.94).unwrap() - x) * T::from(0.51).unwrap()).sin() * T::from(0.9).unwrap(),
        )
    };
    let a3 = a3.tanh();
    h1[n % 4] = gen_8(
        (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.21).unwrap()).cbrt(),
        T::tanh(
            y / (T::from(1.0).unwrap() + x.sin() + T::from(0.4).unwrap()) * T::from(0.3).unwrap(),
        ) * T::from(2.0).unwrap(),
        w,
        n,
    );
    let a5: T = ((gen_28(
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (a4 * T::from(0.15).unwrap()).sin() * T::from(2.0).unwrap(),
        &h1,
        n,
    ) - a4)
        * T::from(0.12).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    h1[1].cosh()
        - (T::from(1.0).unwrap()
            + (a4.atan() * T::from(1.89).unwrap()).sin()
            + T::from(0.65).unwrap())
        .ln()
}

#[differentiable]
pub fn gen_40<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x.atan() >= x {
        if n > 2 {
            let mut s1 = (T::atan2(
                (T::from(-0.07).unwrap() * T::from(-1.54).unwrap()).cosh(),
                T::zero().atan2(T::from(1.0).unwrap() + y.tanh() + T::from(0.41).unwrap()),
            ) * T::from(0.48).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            let y = y
                + ((s1 + T::from(n + 3).unwrap())
                    * (x * T::from(1.44).unwrap())
                    * T::from(0.06).unwrap())
                .tanh()
                    * T::from(3.0).unwrap();
        }
    } else if n != 3 {
        let a3 = {
            let a2 = T::from(4).unwrap();
            (((w[n % 4] + T::from((n * 3 % 9) as f64).unwrap()).atan() * T::from(1.57).unwrap())
                .powi(3)
                * T::from(0.12).unwrap())
            .sin()
        };
        let a4 = if (T::tanh(
            w[n * 2 % 4] % (T::from(1.0).unwrap() + x.sin() + T::from(0.85).unwrap())
                * T::from(0.75).unwrap(),
        ) * T::from(0.9).unwrap())
        .atanh()
            > T::from(-1.15).unwrap()
            || (a3 - T::from(SCALE).unwrap()).cosh() <= T::from(SCALE).unwrap()
        {
            y
        } else {
            gen_28(
                (a3 + y).sin(),
                T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            )
        };
    } else {
        let y = y + y;
    }
    -T::cbrt(-(T::abs(T::from(2).unwrap()) + T::from(0.59).unwrap()))
}

#[differentiable]
pub fn gen_41<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    }
    {
        let a6 = if n < 2 {
            let mut s3: T = T::from(1.64)
                .unwrap()
                .mul_add((T::from(-1.06).unwrap() - w[2]).round(), x.abs());
            let a4 = h1[n * 3 % 4] / T::one() + (T::from(0.09).unwrap() - s3);
            T::zero() * (y * h1[n % 4])
        } else {
            let a5: T = T::sin(T::from(SCALE).unwrap() + h1[1]);
            w[2]
        };
        let a7 = T::log10((-h1[n % 4]).cosh());
    }
    h1[n % 4] = (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    T::min(
        T::from(OFFSET).unwrap(),
        T::from(-1.72).unwrap().cosh().hypot(T::from(n).unwrap()),
    )
}

#[differentiable]
pub fn gen_42<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if !(x <= T::from(0.01).unwrap()
        && (T::zero().abs() + T::from(0.24).unwrap()).log2() + w[n % 4] <= T::from(0.17).unwrap())
    {
        if x * y + x * x > T::from(1.27).unwrap() {
            for _ in w.iter() {
                if n % 2 == 0 {
                    let a3 = {
                        let a2 = y;
                        T::ceil(T::from(n).unwrap())
                    };
                } else {
                    let a4 = T::powi(x, 3);
                }
                if n < 3 {
                    return x;
                }
                let mut s5 = T::tan(w[n * 2 % 4].atan() * T::from(0.75).unwrap())
                    - x % (T::from(1.0).unwrap()
                        + ((T::from(n * 2).unwrap() * T::from(0.19).unwrap()).tanh()
                            * T::from(3.0).unwrap())
                        .tanh());
            }
        }
    } else {
        let x = x * x;
    }
    y
}

#[differentiable]
pub fn gen_43<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if y * y >= ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).tan() {
        return w[3];
    }
    if ((T::from(SCALE).unwrap() - x).powi(2) + T::from(0.34).unwrap())
        .hypot(T::from(0.75).unwrap().fract())
        >= T::from(-0.5).unwrap()
    {
        let mut s1 =
            ((w[0] + T::from(0.04).unwrap() - w[n * 2 % 4].round()) * T::from(0.37).unwrap()).sin()
                * T::from(3.0).unwrap();
        let mut k2: usize = 0;
        while s1 < ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
            && k2 < 2
        {
            k2 += 1;
            s1 = T::tanh(
                (s1 * T::from(0.5).unwrap()
                    + (w[(n + 2) % 4].hypot(T::from(0.59).unwrap()) * T::from(0.72).unwrap())
                        .tanh()
                        * T::from(2.0).unwrap())
                    * T::from(0.45).unwrap(),
            ) * T::from(3.0).unwrap();
            let mut k3: usize = n % 4;
            let mut h4 = [T::one(); 4];
            for i5 in 0..4 {
                h4[i5] = (w[(i5 + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
            }
        }
        for (_, _) in w.iter().zip(w.iter()) {
            let a8 = T::hypot(
                w[k2] * T::zero(),
                (T::tanh((w[k2 * 2 % 4] + s1) * T::from(0.3).unwrap()) * T::from(3.0).unwrap())
                    .hypot(T::from(0.99).unwrap()),
            );
            let k9 = n;
        }
    } else if n % 2 == 0 {
        for v10 in w.iter() {
            let mut k11: usize = (n + 1) % 5;
            let a12 = T::from(core::f64::consts::LN_2).unwrap();
            let a13 = T::from((n + 3) as f64).unwrap();
            if ((a13 - w[k11 % 4])
                / ((*v10 * *v10 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                    .hypot(T::from(0.29).unwrap()))
            .atan()
                * T::from(1.26).unwrap()
                > T::from(0.62).unwrap()
            {
                return (T::from(1.0).unwrap()
                    + (T::from(1.34).unwrap() * w[(n + 2) % 4]).sin()
                    + T::from(0.38).unwrap())
                .sqrt();
            }
        }
    }
    let a14 = w[n % 4].tanh() - x.exp_m1();
    (T::signum(T::from(1.36).unwrap()) * x * a14 * T::from(0.1).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_44<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x % T::exp(T::from(1).unwrap())
        % (T::atan((T::from(n * 2).unwrap().atan() * T::from(1.89).unwrap()).sinh())
            * T::from(1.89).unwrap())
        .cosh()
        > T::from(-0.32).unwrap()
        || y > gen_3(
            T::from(OFFSET).unwrap(),
            T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            0,
        )
    {
        return T::from(0.15).unwrap();
    }
    if w[3].round() - T::from(-1.8).unwrap().cosh() < w[n * 2 % 4].trunc() {
        {
            let a1 = T::from(1).unwrap() * w[n * 3 % 4];
            let a2 = T::from(1.88).unwrap() * w[(n + 3) % 4] * a1;
        }
    } else if ((w[n % 4] + T::from(n).unwrap()).atan() * T::from(2.2).unwrap()).exp2()
        > T::from(0.01).unwrap()
        && (T::from(core::f64::consts::LN_2).unwrap() / -w[3].hypot(T::from(0.83).unwrap()))
            .exp_m1()
            > T::from(1.01).unwrap()
    {
        let a3 = y;
        let a3 = T::acosh(T::from(1.0).unwrap() + T::from(0.47).unwrap().tanh());
    } else {
        if T::from(1.8).unwrap()
            < (T::from(1.0).unwrap() + x.sin() + T::from(0.44).unwrap())
                .atan2(T::from(1.0).unwrap())
        {
            return ((w[2] * x - -w[n % 4]) * T::from(0.25).unwrap()).tanh()
                * T::from(6.0).unwrap();
        }
    }
    T::from(-1.86).unwrap()
}

#[differentiable]
pub fn gen_45<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if w[n % 4] * x + (x + w[(n + 3) % 4]) <= T::from(-0.05).unwrap() {
        let a1 = -T::from(-1.33).unwrap();
        let a2 = y;
    }
    if x < gen_38(
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) {
        if n % 3 != 3 {
            let mut s3 = (T::from(1.0).unwrap() + T::sin(w[(n + 2) % 4]) + T::from(0.48).unwrap())
                .log(x.powi(2) + T::from(1.8).unwrap());
            let mut k4: usize = 0;
            while s3 < T::log2((-w[3]).abs() + T::from(0.46).unwrap()) && k4 < 5 {
                k4 += 1;
                s3 = T::tanh(
                    (s3 * T::from(0.87).unwrap()
                        + T::tanh(
                            (T::from(1.0).unwrap()
                                + T::tanh((y * x).atan() * T::from(1.89).unwrap())
                                + T::from(0.42).unwrap())
                                * T::from(0.62).unwrap(),
                        ) * T::from(2.0).unwrap())
                        * T::from(0.34).unwrap(),
                ) * T::from(3.0).unwrap();
                let a5 = (T::from(1.0).unwrap()
                    + (s3.atan() * T::from(0.5).unwrap()).ln_1p().tanh())
                .log2();
            }
        }
        let a6 = ((T::from(std::f64::consts::PI).unwrap()
            + T::zero()
            + T::max(T::from(1.34).unwrap(), T::from(1).unwrap()))
        .atan()
            * T::from(0.56).unwrap())
        .acos();
        let a6 = a6 + (x * a6).exp();
    }
    (((-w[0]).abs() + x + y) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_46<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::from(0.99).unwrap(); 4];
    for i2 in 0..4 {
        h1[i2] = T::from(0.26).unwrap().sin().fract();
    }
    h1[n % 4] = h1[n % 4] * (T::atan(T::from(1).unwrap()) * T::from(0.63).unwrap());
    let a3 = gen_32(
        T::atan(x),
        (h1[1].powi(2) + T::from(0.67).unwrap()).cbrt(),
        w,
        n,
    );
    let mut k4: usize = n % 4;
    h1[n % 4] = (h1[n % 4]
        * (T::powf(
            T::from(1.0).unwrap()
                + ((T::from(n + 1).unwrap() % T::cosh(y) * T::from(0.4).unwrap()).tanh()
                    * T::from(2.0).unwrap())
                .tanh()
                + T::from(0.21).unwrap(),
            (gen_44(
                (w[(n + 3) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::tanh(a3 * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                w,
                (n + 3) % 5,
            ) * T::from(0.28).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
        )
        .atan()
            * T::from(1.89).unwrap()
            * T::from(0.53).unwrap())
        .sin()
        * T::from(0.75).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut s5 = (h1[k4] + T::from(0).unwrap()
        - a3.fract()
        - (T::mul_add(T::from(-0.93).unwrap(), y, T::from(-1.29).unwrap())
            * T::sinh(
                (T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap()).sin()
                    * T::from(3.0).unwrap(),
            ))
        .atan()
            * T::from(3.78).unwrap())
    .atan()
        * T::from(2.52).unwrap();
    let a8 = if k4 % 2 != 1 {
        let mut s6 = h1[n * 3 % 4];
        let a7 = ((x - T::from(0.7).unwrap()) * (T::zero() * T::from(-1.06).unwrap())).acos();
        (T::zero()
            / -((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .cosh())
        .mul_add(w[(n + 1) % 4] + y, T::from(1.71).unwrap().trunc())
    } else {
        w[n % 4].cosh().log2()
    };
    s5 = -(a3 / T::from(-1.34).unwrap());
    T::atan(
        T::min(
            x / (T::from(1.0).unwrap()
                + (a3.atan() * T::from(1.89).unwrap()).sin()
                + T::from(0.31).unwrap()),
            T::from(0.99).unwrap() - y,
        ) * a8,
    ) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_47<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(0.46).unwrap();
    let mut s2 = T::from(n).unwrap().trunc() - T::from(0.15).unwrap().signum();
    let mut h3 = [T::one(); 4];
    for i4 in (1..n).step_by(2) {
        let a5 = T::from(-1.79).unwrap();
        if T::from(0.07).unwrap().exp2() >= T::from(-1.47).unwrap() {
            let mut s6 = (s2 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
            s2 = ((s2 + y * w[2] * (h3[(n + 3) % 4] / T::hypot(h3[n % 4], T::from(0.7).unwrap())))
                * T::from(0.1).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            s2 = T::tanh(s2 * (T::one().trunc() * s6.sinh()) * T::from(0.1).unwrap())
                * T::from(4.0).unwrap();
        } else if ((T::from(i4).unwrap().floor() * T::from(0.5).unwrap()).tanh()
            * T::from(2.5).unwrap())
        .powi(2)
            < T::from(1.13).unwrap()
        {
            let a7: T =
                (y.hypot(T::from(0.51).unwrap()) + T::from(0.98).unwrap()).acosh() - s2 * T::one();
        } else {
            let a1 = -((w[(i4 + 2) % 4] - T::one())
                .mul_add(w[(i4 + n) % 4].exp2(), T::zero().round())
                * T::from(0.12).unwrap())
            .sin();
        }
    }
    ((((y / (w[3].powi(2) + T::from(0.29).unwrap()) * T::from(0.22).unwrap()).sin()
        * T::from(3.0).unwrap())
    .hypot(T::from(0.43).unwrap())
    .atan2(gen_41(
        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        &h3,
        n,
    )) + x
        + y)
        * T::from(0.21).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_48<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x.tanh();
    let a1 = if x <= T::from(1.63).unwrap() * x {
        w[n % 4].mul_add(
            (y + x) * -T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
            y,
        )
    } else {
        gen_44(
            w[(n + 2) % 4].atan() * T::from(1.26).unwrap(),
            (w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            3,
        )
    };
    let mut s2 = (T::zero() + x) * a1;
    let a3 = w[n * 2 % 4];
    let a4 = w[1].hypot(T::from(0.68).unwrap()).log2()
        - T::from(-0.04).unwrap()
            / (T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.31).unwrap());
    s2 = T::tanh(
        (s2 + gen_32(
            ((T::from(1.37).unwrap()
                + y
                + gen_3(
                    w[n % 4].atan() * T::from(1.26).unwrap(),
                    (s2 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n,
                ))
                * T::from(0.17).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            (w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            3,
        )) * T::from(0.15).unwrap(),
    ) * T::from(6.0).unwrap();
    let a5 = if (x.trunc().abs() + T::from(0.31).unwrap()).recip() < T::from(-1.23).unwrap() {
        a4 % (T::from(1.0).unwrap()
            + ((w[n * 2 % 4] - w[0] + T::from(std::f64::consts::PI).unwrap().recip()).atan()
                * T::from(1.89).unwrap())
            .sin()
            + T::from(0.66).unwrap())
    } else {
        w[n % 4] / T::from(-1.27).unwrap() * (a1 / T::from(0.87).unwrap())
    };
    s2 = ((s2
        * ((w[n % 4]
            / -((T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap())
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.44).unwrap()))
        .round()
            - ((y / -x.exp() + (s2 + x)) * T::from(0.12).unwrap()).sin() * T::from(3.0).unwrap())
        + T::exp(w[n % 4]))
        * T::from(0.03).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    let a6 = w[n % 4];
    s2 = ((s2
        * (-w[n % 4]
            / (-x / -((w[n * 2 % 4] - a5).atan() * T::from(0.63).unwrap()).cosh()).exp())
        + w[n % 4] * y)
        * T::from(0.04).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    s2 = a6;
    let a7 = T::acosh(
        (((a6 + s2).max(
            T::from(n * 2).unwrap()
                % (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.59).unwrap()),
        ) * T::from(0.19).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .cosh()
            + T::from(0.25).unwrap(),
    );
    let mut h8 = [T::from(0.44).unwrap(); 4];
    for i9 in 0..4 {
        h8[i9] = T::sin(
            (h8[n % 4] * x + T::from(core::f64::consts::LN_2).unwrap() * T::from(SCALE).unwrap())
                * T::from(0.61).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    ((T::from(-0.19).unwrap() + a5) * a7).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_49<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = ((y.powi(2) + T::from(1.43).unwrap()).acosh()
            / (T::from(1.0).unwrap() + (-x).tanh() + T::from(0.4).unwrap())
            * T::from(0.28).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    let a5 = {
        let a4 = {
            let a3 = x.exp_m1();
            T::min(x, w[n % 4]) * T::log2(T::one())
                / (T::from(1.0).unwrap()
                    + ((gen_32(
                        a3.atan() * T::from(1.26).unwrap(),
                        T::sin(T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap())
                            * T::from(2.0).unwrap(),
                        &h1,
                        n,
                    ) + T::exp2(T::from(-1.05).unwrap()))
                    .atan()
                        * T::from(1.89).unwrap())
                    .tanh()
                    + T::from(0.65).unwrap())
        };
        gen_9(
            (T::hypot(T::floor(a4), T::from(0.24).unwrap()).log2() * T::from(0.73).unwrap()).tanh()
                * T::from(2.0).unwrap(),
            gen_44(
                (h1[n % 4] / -(T::from(1.0).unwrap() + y.sin() + T::from(0.23).unwrap())
                    * T::from(0.17).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                ((T::from(n + 1).unwrap() + a4) * T::from(0.3).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                w,
                (n + 3) % 5,
            )
            .atan()
                * T::from(1.26).unwrap(),
            &h1,
            n,
        )
    };
    if n % 2 == 0 {
        let mut s6 = (h1[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    if a5 >= T::from(-0.87).unwrap() {
        let a8 = {
            let a7 = if y - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                >= h1[(n + 1) % 4]
                    / (T::from(1.0).unwrap() + h1[(n + 1) % 4].tanh() + T::from(0.59).unwrap())
            {
                (y * (h1[n % 4] / (T::from(1.0).unwrap() + y.sin() + T::from(0.63).unwrap()))
                    / (y.hypot(T::from(0.2).unwrap()) + T::from(0.08).unwrap())
                    * T::from(0.07).unwrap())
                .tanh()
                    * T::from(2.0).unwrap()
            } else if n % 2 % 2 == 0 {
                w[(n + 1) % 4]
                    * T::atan(
                        (T::abs(a5.atan() * T::from(1.89).unwrap()) + T::from(0.28).unwrap())
                            .atan2(T::from(-1.84).unwrap()),
                    )
            } else {
                w[n % 4]
                    * T::from(3).unwrap()
                    * (T::from(0.27).unwrap() / -(T::from(1.0).unwrap() + T::zero().tanh()))
            };
            h1[3] - (y + w[n % 4])
        };
    } else if a5 > -w[(n + 1) % 4] {
        let a9 = T::sin(
            y % (T::from(1.0).unwrap() + h1[n * 3 % 4].tanh() + T::from(0.66).unwrap())
                * (T::exp2(y)
                    / (T::from(1.0).unwrap() + (-w[n * 3 % 4]).tanh() + T::from(0.62).unwrap()))
                * T::from(0.12).unwrap(),
        ) * T::from(6.0).unwrap();
    } else {
        let mut k10: usize = n * 2 % 6;
    }
    (h1[n * 2 % 4].cosh() * a5 * T::from(0.1).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_50<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..n).rev() {
        let a2 = -(T::log(
            w[0].powi(2) + T::from(0.23).unwrap(),
            T::from(1.0).unwrap() + w[3 - i1].sin() + T::from(1.62).unwrap(),
        ) + w[(n + 1) % 4] * x);
        let a4 = if T::from(OFFSET).unwrap() > T::from(1.08).unwrap() {
            w[(n + 3) % 4]
        } else if T::hypot(
            (T::atan(T::from(1.48).unwrap() - w[3 - i1]) * T::from(1.89).unwrap()).abs()
                + T::from(0.51).unwrap(),
            x + y,
        ) >= x
        {
            T::from(n).unwrap()
        } else {
            let mut s3 = gen_45(
                (T::from(-1.3).unwrap() * y).atan() * T::from(1.26).unwrap(),
                w[i1] * T::from(0.83).unwrap(),
                w,
                i1 * 2 % 5,
            );
            gen_42(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                1,
            ) - s3 / -x.cosh()
        };
        if !(i1 % 3 < 1
            && (T::from(-0.96).unwrap()
                / (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.5).unwrap()))
            .mul_add(
                T::powf(
                    T::from(0.18).unwrap().exp(),
                    (w[i1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                ),
                gen_5(
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-1.69).unwrap(),
                    w,
                    n * 2 % 5,
                ),
            ) <= y / (y.powi(2) + T::from(0.42).unwrap()))
        {
            return T::zero().asinh();
        }
    }
    let a5 = x;
    let mut s6 = (y * x * (x * w[n % 4]) * T::from(0.09).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut k7: usize = 0;
    loop {
        if k7 >= 3 {
            break;
        }
        k7 += 1;
        s6 = ((s6 * T::from(0.76).unwrap()
            + T::atan(T::hypot(
                ((x + T::log2(
                    T::from(1.0).unwrap() + T::sin(w[n * 3 % 4]) + T::from(0.51).unwrap(),
                )) * T::from(0.45).unwrap())
                .sin()
                    * T::from(3.0).unwrap(),
                T::from(0.74).unwrap(),
            )) * T::from(1.26).unwrap())
            * T::from(0.39).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        let a8 = T::from(0.57)
            .unwrap()
            .min(T::from(-0.8).unwrap())
            .min(s6 - s6);
        if n != 3 || T::from(-1.2).unwrap().signum() + w[n % 4] < a5 {
            break;
        }
    }
    let s6 = s6 * (w[n % 4] - T::from(1.64).unwrap()).atan();
    if -T::from(k7 * 2).unwrap() >= a5 % T::from(1.5).unwrap() {
        let a9 = T::from(1.88).unwrap().sinh().sin();
        let mut s10: T = -T::from(-1.66).unwrap()
            % (T::from(1.0).unwrap()
                + T::cos(T::from(-0.33).unwrap()).sin()
                + T::from(0.92).unwrap());
    }
    T::ln_1p(((a5 + w[(n + k7) % 4]) * T::from(0.37).unwrap()).tanh() * T::from(0.8).unwrap()) + a5
}

#[differentiable]
pub fn gen_51<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (i2, _) in w.iter().enumerate() {
        let mut s3 = w[0] * T::zero() * (T::from(-1.43).unwrap() + T::from(n + i2).unwrap());
        let mut k4: usize = 0;
        loop {
            if k4 >= 3 {
                break;
            }
            k4 += 1;
            s3 = (s3
                + ((T::from(1.0).unwrap() + y.tanh() + T::from(0.14).unwrap())
                    * T::from(0.71).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
            .atan()
                * T::from(2.52).unwrap();
            s3 = (w[(n + i2) % 4] - T::from(0).unwrap())
                % T::cosh((T::from(-1.08).unwrap().atan() * T::from(0.56).unwrap()).asin());
            if s3 > x {
                break;
            }
        }
        let a5 = (y + T::from(1.27).unwrap()).exp2();
    }
    let mut s6 = ((T::cosh(
        T::tanh(T::from(n as f64).unwrap() * T::from(0.37).unwrap()) * T::from(3.0).unwrap(),
    )
    .cbrt()
        - T::trunc(T::from(-1.87).unwrap()))
        * T::from(0.51).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let a7 = if (T::from(-1.84).unwrap() + x) * s6.trunc() <= x + w[n % 4] {
        return w[n * 2 % 4];
    } else {
        w[n % 4] + T::one().signum()
    };
    gen_46(
        (((a7 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap())
            .cosh()
            .sqrt()
            * T::from(0.54).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        (T::from(1.0).unwrap()
            + ((a7 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).sin()
            + T::from(1.62).unwrap())
        .acosh(),
        w,
        n * 3 % 5,
    )
}

#[differentiable]
pub fn gen_52<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 1..=3 {
        let a2 = (((x % (x.abs() + T::from(1.01).unwrap()) * T::from(0.75).unwrap()).sin()
            * T::from(2.0).unwrap())
        .hypot(T::from(0.58).unwrap())
        .powf((x * w[3 - i1] * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap())
        .atan()
            * T::from(0.56).unwrap())
        .atanh();
        let mut s3 = T::log(T::from(1.34).unwrap(), x.powi(2) + T::from(1.8).unwrap())
            / -(T::from(1.0).unwrap()
                + (T::atan(x - T::from(i1 as f64).unwrap()) * T::from(1.89).unwrap()).tanh()
                + T::from(0.2).unwrap());
        let mut k4: usize = 0;
        while s3
            < ((y * T::from(n).unwrap() - T::from(4).unwrap()) * T::from(0.12).unwrap()).sin()
                * T::from(6.0).unwrap()
            && k4 < 5
        {
            k4 += 1;
            s3 = s3 * T::from(0.51).unwrap()
                + (T::from(1.0).unwrap()
                    + T::sin(T::fract(T::zero().asinh()))
                    + T::from(0.08).unwrap())
                .atan()
                    * T::from(1.26).unwrap();
            let a6 = if T::log2((w[n * 3 % 4] / T::cosh(x)).cosh())
                < gen_29(T::zero(), w[3].atan() * T::from(1.26).unwrap(), w, 0)
                && ((x + T::zero())
                    * ((T::from((n * 3 % 9) as f64).unwrap() * T::from(0.19).unwrap()).sin()
                        * T::from(2.0).unwrap())
                    .powi(i1 as i32)
                    * T::from(0.09).unwrap())
                .sin()
                    * T::from(2.0).unwrap()
                    >= T::from(1.26).unwrap()
            {
                let a5: T = w[n % 4] + T::one().sinh();
                T::sqrt(
                    ((gen_44(
                        (w[3 - i1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        (w[(n + 1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        (i1 + 3) % 5,
                    ) * T::from(0.28).unwrap())
                    .sin()
                        * T::from(3.0).unwrap())
                    .abs()
                        + T::from(0.27).unwrap(),
                ) * T::one()
            } else {
                return w[(i1 + 1) % 4];
            };
        }
        let a7: T = y;
        let mut s8 = (T::from(0.29).unwrap() + T::one()).sinh();
    }
    T::from(n).unwrap() / T::from(-1.63).unwrap() + T::cos(x) + y
}

#[differentiable]
pub fn gen_53<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::one()
        > (T::from(1.0).unwrap()
            + (w[n * 2 % 4].atan() * T::from(1.26).unwrap()).tanh()
            + T::from(0.55).unwrap())
        .powf((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
    {
        let mut s1 = (T::tanh(w[(n + 3) % 4]) * w[n % 4].sinh()).atan() * T::from(1.89).unwrap();
        let mut k2: usize = 0;
        while s1
            < (-(T::from(1.0).unwrap()
                + ((s1 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.21).unwrap()))
            .cbrt()
            .fract()
            && k2 < 5
        {
            k2 += 1;
            s1 = (s1
                + gen_41(
                    T::hypot(y, T::from(0.58).unwrap()).ln(),
                    T::sin(w[(n + 3) % 4] * T::one() * T::from(0.75).unwrap())
                        * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                .abs())
            .atan()
                * T::from(1.89).unwrap();
            let mut x = ((T::from(n * 3 % 9).unwrap().atan() * T::from(0.56).unwrap())
                .atanh()
                .atan()
                * T::from(0.56).unwrap())
            .atanh();
        }
    } else if n < 2 {
        let mut s3 = y;
        let mut k4: usize = 0;
        loop {
            if k4 >= 2 {
                break;
            }
            k4 += 1;
            s3 = ((s3
                + ((w[n % 4].powi(2) + T::from(0.47).unwrap()) * T::from(0.34).unwrap()).sin()
                    * T::from(2.0).unwrap())
                * T::from(0.25).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let a5 = if (-w[n * 3 % 4]).min(
                T::from(-0.76).unwrap()
                    / (T::atan(T::from(n).unwrap()) * T::from(1.89).unwrap())
                        .hypot(T::from(0.86).unwrap()),
            ) <= y / -(T::from(1.0).unwrap()
                + T::sin(T::tanh(s3 * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                + T::from(0.29).unwrap())
            {
                x
            } else {
                gen_23(
                    T::atan(s3) * T::from(1.26).unwrap(),
                    T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                ) + s3 / x.hypot(T::from(0.77).unwrap())
            };
            if s3 > T::from(1.73).unwrap() {
                break;
            }
        }
        let mut s6 = (T::hypot(
            (s3 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            T::from(0.59).unwrap(),
        )
        .powf(T::from(-0.31).unwrap())
            + s3)
            .atan()
            * T::from(1.26).unwrap();
    }
    let mut h7 = [T::from(-0.44).unwrap(); 4];
    for i8 in 0..4 {
        h7[i8] = (w[(n + i8) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    let a14 = if -y
        % (T::tanh(
            gen_36(
                T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                T::atan(x) * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.37).unwrap(),
        ) * T::from(3.0).unwrap())
        .hypot(T::from(0.76).unwrap())
        <= T::from(1.21).unwrap()
    {
        for (&v9, &v10) in h7.iter().zip(w.iter()) {
            let a11 = ((v9 - v10).atan() * T::from(2.2).unwrap()).exp2();
            let a12 = if T::exp2(T::cosh(x).ln()) >= v10 - T::from(1.54).unwrap() {
                (y + w[2]) * (T::from(1.0).unwrap() + y.tanh() + T::from(0.34).unwrap()).ln()
                    + h7[n % 4]
            } else if T::from(-0.46).unwrap() > T::from(0.75).unwrap() {
                w[(n + 1) % 4].asinh()
                    / (h7[0] - T::from(-0.3).unwrap()).hypot(T::from(0.49).unwrap())
            } else {
                (h7[2] - h7[n % 4]) / (T::atan(w[n % 4] * w[n % 4]) * T::from(1.89).unwrap()).cosh()
            };
            let a13: T = (h7[n % 4] - h7[n % 4])
                * (T::from(1).unwrap()
                    % (((a11 * T::from(0.2).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                        + T::from(0.71).unwrap()));
        }
        (((T::from(n).unwrap() + y) * T::from(0.25).unwrap()).tanh() * T::from(0.9).unwrap()).asin()
    } else {
        ((y - y) * (h7[n % 4] - w[n % 4])).atan() * T::from(2.52).unwrap()
    };
    T::log(
        T::from(-0.83).unwrap().hypot(T::from(0.71).unwrap()),
        T::from(1.0).unwrap() + T::tanh(T::from(SCALE).unwrap()),
    ) / -(h7[n % 4].powi(2) + T::from(0.66).unwrap())
}

#[differentiable]
pub fn gen_54<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a7 = {
        let a6 = if T::from(n + 2).unwrap() <= T::from(n).unwrap() {
            let mut s1 =
                (-w[n % 4] * (x + w[n % 4]) * T::from(0.19).unwrap()).sin() * T::from(6.0).unwrap();
            for i2 in 0..n % 3 + 1 {
                let mut s3 = T::sin(
                    (w[n * 3 % 4]
                        - y / (T::from(1.0).unwrap()
                            + T::tanh(
                                (T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
                                    * T::from(3.0).unwrap(),
                            )
                            + T::from(0.42).unwrap()))
                        * T::from(0.22).unwrap(),
                ) * T::from(3.0).unwrap();
                let mut k4: usize = 0;
                while i2 % 3 % 2 == 0 && k4 < 5 {
                    k4 += 1;
                    s1 = T::atan(
                        w[i2].max(x).abs()
                            * -gen_47(
                                w[i2 * 2 % 4].atan() * T::from(1.26).unwrap(),
                                (s1 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                                w,
                                n * 2 % 5,
                            ),
                    ) * T::from(2.52).unwrap();
                    let i2 = T::from(i2).unwrap()
                        * T::cosh((T::zero() + s3).atan() * T::from(1.89).unwrap());
                    s1 = ((w[2] + y) * (w[n % 4] + w[0]) * T::from(0.09).unwrap()).tanh()
                        * T::from(4.0).unwrap();
                    s3 = ((s3
                        + (((y + i2.ln_1p()).atan() * T::from(1.89).unwrap()).cosh()
                            * T::from(0.23).unwrap())
                        .sin()
                            * T::from(2.0).unwrap())
                        * T::from(0.3).unwrap())
                    .sin()
                        * T::from(3.0).unwrap();
                }
                if T::from(0.89).unwrap() < T::from(1).unwrap().abs() {
                    let a5 = if n > 2 {
                        T::atan(
                            gen_24(
                                T::from(OFFSET).unwrap(),
                                (s1 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                                w,
                                (i2 + n) % 5,
                            ) * (s1 + T::from(-1.44).unwrap()),
                        ) * T::from(2.52).unwrap()
                    } else {
                        T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() * x
                            + T::from(0.44).unwrap()
                                % (T::abs(
                                    (s3 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap(),
                                ) + T::from(0.68).unwrap())
                    };
                    {
                        let k4 = (T::from(k4).unwrap()
                            * (T::from(-1.73).unwrap() * T::from(0.69).unwrap() + x))
                            .atan()
                            * T::from(3.78).unwrap();
                    }
                    if T::from(SCALE).unwrap().sin() * (w[n % 4] - w[(n + 2) % 4])
                        >= T::from(0.94).unwrap()
                    {
                        continue;
                    }
                } else if T::from(0.49).unwrap() > T::from(-0.21).unwrap()
                    || s1
                        >= T::powf(
                            T::from(1.0).unwrap()
                                + (w[3 - i2].atan() * T::from(1.26).unwrap()).tanh()
                                + T::from(0.32).unwrap(),
                            (T::from((k4 + n) % 9).unwrap() * T::from(0.19).unwrap()).tanh()
                                * T::from(2.0).unwrap(),
                        )
                {
                    s3 = T::tanh(
                        s3 * T::from((k4 + n) % 9).unwrap().signum() * T::from(0.5).unwrap(),
                    ) * T::from(3.0).unwrap();
                }
            }
            s1 + x
        } else {
            y.exp_m1()
        };
        (a6 * (T::cos(w[(n + 1) % 4]) - (x + x)) * T::from(0.04).unwrap()).tanh()
    };
    T::from(0).unwrap() + x + x
}

#[differentiable]
pub fn gen_55<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a9 = if (T::atan(x * w[n * 3 % 4]) * T::from(2.2).unwrap()).exp2()
        > x + T::from(n * 3 % 9).unwrap()
    {
        for i1 in (0..4).step_by(2) {
            let a2 = (T::from((i1 * 3) as f64).unwrap() + y).atan();
        }
        ((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
    } else if T::from(1.54).unwrap() < T::sqrt(x.abs() + T::from(0.63).unwrap()) {
        x.exp_m1()
    } else {
        let mut s3 = T::tanh((w[2] + y - x) * T::from(0.25).unwrap()) * T::from(4.0).unwrap();
        let mut k4: usize = 0;
        while s3 < T::recip(T::from(0.93).unwrap().min(x).cosh()) && k4 < 4 {
            k4 += 1;
            if ((x * T::from(n).unwrap()).atan() * T::from(1.89).unwrap()).cosh()
                < T::from(-1.88).unwrap()
                    / -(T::from(1.0).unwrap() + x.tanh() + T::from(0.18).unwrap())
            {
                s3 = (s3
                    * (((s3
                        / (T::from(1.0).unwrap()
                            + ((s3 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                                .tanh()
                            + T::from(0.2).unwrap())
                        * T::from(0.08).unwrap())
                    .sin()
                        * T::from(3.0).unwrap()
                        * T::from(0.5).unwrap())
                    .sin()
                        * T::from(1.2).unwrap())
                    .tan()
                    * -y
                    * T::from(0.07).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
                let a5 = T::tanh(
                    T::from(n).unwrap() * y * w[(n + 1) % 4].exp_m1() * T::from(0.03).unwrap(),
                ) * T::from(4.0).unwrap();
                if (T::from(n).unwrap()
                    * (T::from(0.52).unwrap() + T::from((n * 3 % 9) as f64).unwrap())
                    * T::from(0.04).unwrap())
                .tanh()
                    >= T::from(-0.56).unwrap()
                {
                    if a5 <= T::from(-1.24).unwrap() {
                        let a6 = (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.61).unwrap())
                            .log(x.powi(2) + T::from(1.55).unwrap())
                            .asinh()
                            .ceil();
                        s3 = (s3
                            + ((-T::from(1.97)
                                .unwrap()
                                .powf(T::from(n + 3).unwrap().atan() * T::from(1.26).unwrap()))
                            .atan()
                                * T::from(0.75).unwrap())
                            .tan())
                        .atan()
                            * T::from(2.52).unwrap();
                        s3 = (s3 * a5).atan() * T::from(2.52).unwrap();
                    } else if T::from(-0.51).unwrap().exp_m1()
                        * (w[n * 3 % 4] / T::from(-1.9).unwrap())
                        >= w[n % 4] + w[n * 3 % 4]
                        || n % 2 > 1
                    {
                        let mut h7 = [T::zero(); 4];
                    } else {
                        let mut s8 = T::atan(s3) * T::from(2.52).unwrap();
                    }
                }
            } else {
                if n < 2 {
                    break;
                }
            }
            s3 = ((s3 * T::from(0.58).unwrap()
                + ((T::from(1.0).unwrap()
                    + T::tanh(
                        ((((w[3] - T::from(-1.22).unwrap()) * T::from(0.47).unwrap()).tanh()
                            * T::from(2.0).unwrap())
                        .powi(n as i32)
                            * T::from(0.14).unwrap())
                        .sin()
                            * T::from(3.0).unwrap(),
                    )
                    + T::from(0.07).unwrap())
                    * T::from(0.73).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.35).unwrap())
            .sin()
                * T::from(4.0).unwrap();
        }
        ((T::from(-1.46)
            .unwrap()
            .atan2(x.abs() + T::from(0.68).unwrap())
            .exp()
            * T::from(0.31).unwrap())
        .tanh()
            * T::from(2.5).unwrap())
        .powi(2)
    };
    (x - T::from(OFFSET).unwrap().fract() + x + y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_56<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (x * y * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 3 {
            break;
        }
        k2 += 1;
        s1 = ((s1 * T::from(0.83).unwrap()
            + T::atan(
                (T::tanh(s1) + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().ln()).powi(2)
                    + T::from(0.21).unwrap(),
            ) * T::from(1.26).unwrap())
            * T::from(0.39).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        let mut h3 = [T::from(0.63).unwrap(); 4];
        if s1
            > (T::from(1.0).unwrap()
                + ((T::atan2(T::from(OFFSET).unwrap().powi(2) + T::from(0.54).unwrap(), y)
                    * T::from(0.48).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.4).unwrap())
            .acosh()
        {
            break;
        }
    }
    let mut s4 = ((((T::from(1.31).unwrap() * T::from(1.15).unwrap()).sin()
        * T::from(0.9).unwrap())
    .asin()
        + (T::atan(s1) * T::from(1.89).unwrap())
            .hypot(T::from(0.9).unwrap())
            .log(T::from(2.48).unwrap()))
        * T::from(0.7).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut k5: usize = 0;
    loop {
        if k5 >= 3 {
            break;
        }
        k5 += 1;
        s4 = ((s4 * T::from(0.72).unwrap()
            + ((((T::from(0.84).unwrap() - s1) * T::from(0.39).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .cosh()
                * T::from(0.2).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            * T::from(0.46).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        if n % 2 == 0 {
            let mut s6 = y.atan() * T::from(1.26).unwrap();
            let a7 = if s4 <= T::from(-1.11).unwrap() {
                T::atanh((w[(n + k2) % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
                    % w[n * 3 % 4].cosh()
            } else {
                gen_5(
                    (T::trunc(w[k2]) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::from(1.57).unwrap(),
                    w,
                    n,
                )
            };
        } else {
            s4 = ((s4
                + ((w[k2] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
                    % (T::from(1.0).unwrap() + s4.tanh() + T::from(0.52).unwrap()))
                * T::from(0.42).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        }
        s4 = ((s4
            + T::from(0.57).unwrap().log10() * (-(w[k2].powi(2) + T::from(0.64).unwrap())).cbrt())
            * T::from(0.62).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        if (T::from(1.0).unwrap()
            + (gen_19(
                (w[(k2 + n) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(-0.08).unwrap(),
                w,
                3,
            )
            .atan()
                * T::from(1.89).unwrap())
            .sin()
            + T::from(0.66).unwrap())
        .sqrt()
            > T::from(-0.81).unwrap()
        {
            break;
        }
    }
    s4 = ((w[n % 4] - w[3]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    (y / (T::from(1.0).unwrap() + w[n * 2 % 4].sin() + T::from(0.66).unwrap()) * y).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_57<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n > 3 {
        if n > 1 {
            let a1 = w[n * 3 % 4].hypot(T::from(0.64).unwrap()).sqrt() + x;
        } else if (T::one() * T::from(0.67).unwrap())
            .hypot(((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos())
            <= T::from(0.08).unwrap()
        {
            for v2 in w.iter() {
                if (T::from(1.0).unwrap() + T::tanh(w[(n + 3) % 4]) + T::from(0.62).unwrap())
                    .log(T::from(1.0).unwrap() + T::tanh(*v2) + T::from(1.76).unwrap())
                    * w[n * 2 % 4].hypot(T::from(0.99).unwrap()).cbrt()
                    >= (*v2)
                        .hypot(T::from(0.78).unwrap())
                        .log(x.powi(2) + T::from(1.82).unwrap())
                {
                    break;
                }
                if (w[(n + 3) % 4] - y) * -(*v2) < T::from(0.35).unwrap() {
                    break;
                }
            }
        } else {
            let mut k3: usize = (n + 2) % 4;
        }
    } else if w[2] * (x.atan() * T::from(0.56).unwrap()).atanh() < T::from(0.64).unwrap() {
        let a4 = ((w[n % 4] + y
            - (T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(3.5).unwrap())
                .exp2())
            * T::from(0.1).unwrap())
        .sin()
            * T::from(6.0).unwrap();
    }
    -w[n % 4] * x
}

#[differentiable]
pub fn gen_58<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::from(0.62).unwrap(); 4];
    for i2 in 0..4 {
        h1[i2] = T::from(0.04).unwrap() * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap();
    }
    let mut k3: usize = n + 1;
    if w[k3 * 3 % 4] <= T::zero() {
        for _ in w.iter() {
            let a5: T = gen_45(
                (w[k3 % 4].max(h1[n % 4]) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                gen_41(
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    &h1,
                    n,
                ),
                w,
                n * 2 % 5,
            );
        }
        let a6: T = y;
    } else {
        if k3 % 2 < 2 || (x + w[(k3 + 3) % 4]).atan() >= T::from(1.44).unwrap() {
            if y.round() > x.asinh() {
                return h1[k3 % 4];
            }
            h1[0] = h1[0]
                * (((y * x * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                    .cosh()
                    .atan()
                    * T::from(0.63).unwrap());
            let x = x.tanh();
        } else if T::trunc(y * T::from(-1.65).unwrap()) > x + w[n % 4] {
            let mut s7 = T::atan(-y + T::asinh(x)) * T::from(1.26).unwrap();
            let mut y = T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().acos();
        }
    }
    ((x.cosh().atan2(y) + x.round() + y) * x * T::from(0.11).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_59<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    while s1 < w[3] && k2 < 2 {
        k2 += 1;
        s1 = T::sin(
            (s1 + ((T::from(1.0).unwrap()
                + (T::tanh(
                    gen_55(
                        (w[1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ) * -x
                        * T::from(0.14).unwrap(),
                ) * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.35).unwrap())
                * T::from(0.64).unwrap())
            .sin()
                * T::from(2.0).unwrap())
                * T::from(0.37).unwrap(),
        ) * T::from(2.0).unwrap();
        if T::mul_add(
            T::from(n).unwrap(),
            T::from((n + 3) as f64).unwrap(),
            w[n % 4],
        )
        .atan()
            * T::from(1.89).unwrap()
            + (T::from(1.0).unwrap() + y.sin() + T::from(0.65).unwrap()).sqrt()
            > T::from(1.44).unwrap()
        {
            s1 = ((s1
                - gen_57(
                    (w[n % 4].min(s1) * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::zero() * y,
                    w,
                    n,
                ) / T::from(1.15).unwrap())
                * T::from(0.27).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        } else {
            if n % 2 > 2 {
                continue;
            }
            if w[1]
                + T::from(-0.6).unwrap()
                    / (T::from(1.0).unwrap() + x.sin() + T::from(0.41).unwrap())
                < T::from(-1.45).unwrap()
            {
                continue;
            }
        }
        s1 = ((s1 - w[0]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    for _ in 0..4 {
        let a4 = (T::from(1.0).unwrap()
            + (T::sin(s1 * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).tanh()
            + T::from(0.6).unwrap())
        .powf(T::from(1.41).unwrap())
            * T::from(1.99).unwrap().recip();
        let a5 = T::recip(T::from(-1.06).unwrap().signum());
    }
    let mut h6 = [T::from(-0.17).unwrap(); 4];
    for i7 in 0..4 {
        h6[i7] = ((s1 * T::from(std::f64::consts::PI).unwrap()).ceil() * T::from(0.21).unwrap())
            .tanh()
            * T::from(2.0).unwrap();
    }
    s1 = (s1 * (T::sin(h6[k2] * y * T::from(0.37).unwrap()) * T::from(2.5).unwrap()).exp_m1())
        .atan()
        * T::from(1.26).unwrap();
    h6[1] = h6[1]
        * (T::atan(T::from(0.83).unwrap() + T::from(-0.45).unwrap() * T::from(n * 3 % 9).unwrap())
            * T::from(0.63).unwrap());
    (s1 / (T::from(1.0).unwrap() + x.tanh() + T::from(0.19).unwrap())).atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_60<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::tanh(y * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan()
        + T::atan(T::from(3).unwrap() * T::from(n).unwrap()) * T::from(0.63).unwrap();
    let a2 = (gen_4(
        T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        a1.atan() * T::from(1.26).unwrap(),
        w,
        n,
    )
    .cosh()
        + T::from(0.54).unwrap())
    .acosh()
    .exp_m1();
    let mut h3 = [T::zero(); 4];
    if T::from(OFFSET).unwrap()
        - T::powf(
            T::from(1.35).unwrap(),
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        )
        < h3[n % 4] * T::from(-1.82).unwrap()
    {
        let a4 = if gen_58(
            T::atan(x) * T::from(1.26).unwrap(),
            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            &h3,
            n,
        ) % (T::from(1.0).unwrap()
            + T::tanh(
                (w[n * 2 % 4] / (y.powi(2) + T::from(0.26).unwrap()) * T::from(0.19).unwrap())
                    .tanh()
                    * T::from(3.0).unwrap(),
            )
            + T::from(0.56).unwrap())
            >= a1.sin()
        {
            x + w[3] + h3[n % 4] * x
        } else {
            T::min(
                gen_45(
                    (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    &h3,
                    0,
                ),
                -T::from((n + 3) as f64).unwrap(),
            )
        };
        let a5 = y;
        let a5 = a4
            * (T::from(1.46).unwrap().powi(n as i32).atan() * T::from(1.89).unwrap())
                .hypot(T::from(0.94).unwrap())
                .log2();
    }
    let k6 = n;
    let mut s7: T = (y.cos() * a2 * T::from(0.31).unwrap()).sin() * T::from(3.0).unwrap();
    let mut s8 = (y.atan() * T::from(0.56).unwrap()).asin() * h3[k6 % 4];
    if n % 2 % 2 == 0 {
        return (T::from((n * 3 % 9) as f64).unwrap() * T::from(0.19).unwrap()).tanh()
            * T::from(6.0).unwrap();
    }
    let a1 = ((T::abs(y) + T::from(0.53).unwrap()).cbrt()
        / (T::from(1.0).unwrap() + y.round().tanh() + T::from(0.18).unwrap()))
    .min(T::log2(T::hypot(
        ((x - w[k6 % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap(),
        T::from(0.65).unwrap(),
    )));
    let mut h9 = [T::zero(); 4];
    for i10 in 0..4 {
        h9[i10] = T::sin(
            y / -T::hypot(y, T::from(0.81).unwrap())
                / ((s8 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).cosh()
                * T::from(0.61).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    s8 = ((s8 * h3[n % 4] + (T::sin(s7 * T::from(0.5).unwrap()) * T::from(2.5).unwrap()).exp_m1())
        * T::from(0.09).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    T::atan(s8.round() * s8 + y) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_61<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut h1 = [T::from(0.21).unwrap(); 4];
        let mut s2 = y;
    }
    let mut s3 = gen_30(
        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin((x - y) * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    );
    let mut k4: usize = 0;
    while s3 < w[n % 4] * (T::from(OFFSET).unwrap() % T::from(1.33).unwrap()) && k4 < 4 {
        k4 += 1;
        s3 = (s3 * T::from(0.65).unwrap()
            + (T::from(1.0).unwrap()
                + (y / -T::cosh(w[n % 4]) * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
                    .tanh()))
        .atan()
            * T::from(1.26).unwrap();
        let a6 = {
            let mut s5 = T::tanh(
                T::mul_add(w[(n + 1) % 4] + T::zero(), T::cosh(x).log2(), s3 * w[n % 4])
                    * T::from(0.19).unwrap(),
            ) * T::from(2.0).unwrap();
            (T::tanh(T::from((n + 3) as f64).unwrap() * T::from(0.21).unwrap())
                * T::from(2.5).unwrap())
            .exp()
            .fract()
        };
    }
    let a10 = {
        let a9 = if T::atanh(
            ((T::from(-1.66).unwrap() - y) * T::from(0.41).unwrap()).tanh() * T::from(0.9).unwrap(),
        ) >= w[k4 % 4] - x
            && x >= T::from(-0.86).unwrap() / (s3.powi(2) + T::from(0.32).unwrap())
        {
            w[2] * w[(n + k4) % 4] + T::from(0.69).unwrap().log(T::from(2.91).unwrap())
        } else {
            let a7: T = (T::from(1).unwrap().powi(2) + T::from(0.52).unwrap()).ln()
                * (x / T::from(1.77).unwrap());
            let a8 = if k4 % 2 != 3 {
                T::from(SCALE).unwrap() * a7
            } else {
                w[k4 % 4].round()
            };
            -x * T::hypot(
                (T::atan(T::from(1.11).unwrap() - w[3]) * T::from(1.89).unwrap()).abs()
                    + T::from(0.7).unwrap(),
                (a7.powi(2) + T::from(0.41).unwrap()).log10(),
            )
        };
        s3.tanh() + T::from(-0.57).unwrap().abs()
    };
    if T::from(-0.78).unwrap() >= T::atan2(T::from(-0.17).unwrap().exp(), w[(n + k4) % 4]) {
        return w[n % 4];
    }
    let mut s11 = ((x - (w[(n + k4) % 4] + T::from(-0.19).unwrap())) * T::cos(w[(n + 3) % 4]))
        .atan()
        * T::from(1.26).unwrap();
    let a14 = if k4 % 2 == 0 {
        ((T::from(1.71).unwrap() - y) * w[k4 % 4].trunc()).tanh()
    } else {
        let a12 = T::recip(T::one());
        let mut s13 = w[k4 % 4]
            % (T::from(1.0).unwrap() + T::from(0.41).unwrap().sin() + T::from(0.57).unwrap())
            - T::from(0.83).unwrap();
        w[(k4 + n) % 4]
            % (((T::from(1).unwrap() + y) * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                .cosh()
    };
    (((T::from(k4).unwrap().atan() * T::from(1.57).unwrap()).exp() * s11 + a10)
        * T::from(0.09).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_62<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x
        + (((w[n % 4] * y * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).abs()
            + T::from(0.29).unwrap())
        .sqrt();
    let mut s1 = T::zero().max(y.signum());
    let a2 = w[3].cosh() + w[n * 3 % 4] * T::from(0.29).unwrap();
    s1 = ((s1 * y + w[n * 2 % 4]) * T::from(0.11).unwrap()).sin() * T::from(6.0).unwrap();
    s1 =
        ((s1 * (y * gen_59(
            w[1].atan() * T::from(1.26).unwrap(),
            T::from(-1.1).unwrap(),
            w,
            n,
        )) + T::abs(w[n % 4]))
            * T::from(0.02).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
    if (s1
        * gen_55(
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            T::sin(a2 * T::from(0.35).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        ))
    .atan()
        * T::from(1.26).unwrap()
        >= T::recip(
            T::from(1.0).unwrap()
                + T::tanh(
                    T::sin(T::from((n + 1) as f64).unwrap() * T::from(0.3).unwrap())
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.23).unwrap(),
        )
    {
        let mut s3 = ((y - w[2]).mul_add(w[(n + 2) % 4], w[n * 2 % 4].trunc())
            * T::from(0.15).unwrap())
        .sin()
            * T::from(4.0).unwrap();
        if s1.atan2(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.41).unwrap())
            + T::ln_1p(T::from(1.02).unwrap())
            < y / (T::from(0.04).unwrap().abs() + T::from(0.17).unwrap())
        {
            for i4 in 1..=3 {
                if n % 3 < 3 {
                    let a5 = if gen_16(
                        T::atanh(s1.atan() * T::from(0.56).unwrap()),
                        (a2 * w[i4 * 2 % 4] * T::from(0.17).unwrap()).tanh()
                            * T::from(2.0).unwrap(),
                        w,
                        (i4 + 2) % 5,
                    ) >= T::from(0.7).unwrap()
                        && w[n % 4]
                            % (w[(i4 + n) % 4].abs() + T::from(0.51).unwrap())
                            % (y.powi(2) + T::from(0.65).unwrap())
                            <= T::from((i4 + n) as f64).unwrap() + T::from(-1.12).unwrap()
                    {
                        ((y - T::one())
                            % (T::from(1.0).unwrap()
                                + T::tanh(
                                    (w[i4] / (w[3 - i4].abs() + T::from(0.34).unwrap())
                                        * T::from(0.25).unwrap())
                                    .sin()
                                        * T::from(3.0).unwrap(),
                                )
                                + T::from(0.98).unwrap())
                            / (T::from(1.0).unwrap()
                                + T::sin(
                                    ((s1.abs()
                                        - (T::from(1.0).unwrap()
                                            + (s1.atan() * T::from(1.89).unwrap()).sin()
                                            + T::from(0.46).unwrap())
                                        .atan2(T::from((i4 + 1) as f64).unwrap()))
                                        * T::from(0.25).unwrap())
                                    .tanh()
                                        * T::from(3.0).unwrap(),
                                )
                                + T::from(0.23).unwrap())
                            * T::from(0.12).unwrap())
                        .sin()
                            * T::from(2.0).unwrap()
                    } else {
                        y
                    };
                    let mut k6: usize = n;
                    s3 = (s3 - s1).atan() * T::from(2.52).unwrap();
                } else {
                    let mut k7: usize = n;
                }
            }
        } else {
            s1 = T::from(1.67).unwrap();
        }
    } else if n != 2 {
        s1 = (s1 - w[n * 3 % 4]) * T::exp(T::zero()).log2();
    }
    ((((T::from(0.39).unwrap() + s1) * T::from(0.23).unwrap()).sin() * T::from(3.0).unwrap()).abs()
        + T::from(0.56).unwrap())
    .atan2(
        T::from(1.57).unwrap()
            % ((x.atan() * T::from(1.89).unwrap()).hypot(T::from(0.37).unwrap())
                + T::from(0.2).unwrap()),
    )
}

#[differentiable]
pub fn gen_63<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y * gen_46(
        T::from(SCALE).unwrap(),
        T::log10(
            (T::from(1.0).unwrap() + y.tanh() + T::from(0.51).unwrap())
                .log(T::from(1.0).unwrap() + w[3].sin() + T::from(1.86).unwrap())
                .abs()
                + T::from(0.67).unwrap(),
        ),
        w,
        n,
    );
    let mut s1 = (w[n * 2 % 4] * w[1]
        + (x * y * T::from(0.07).unwrap()).tanh() * T::from(4.0).unwrap())
    .atan2(
        T::from(1.0).unwrap()
            + ((x
                * (T::from(1.0).unwrap()
                    + T::from(-1.14).unwrap().tanh()
                    + T::from(0.09).unwrap())
                .log(w[n % 4].powi(2) + T::from(1.75).unwrap())
                * T::from(0.33).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .sin()
            + T::from(0.29).unwrap(),
    );
    let k2 = n;
    s1 = w[n % 4];
    if T::from(1.62).unwrap().hypot(T::from(-0.72).unwrap().cosh()) * w[(k2 + 3) % 4].trunc()
        > w[(k2 + 2) % 4] - x
    {
        return T::from(0.74).unwrap();
    }
    if T::from(-0.44).unwrap() / T::from(-1.94).unwrap() * w[n % 4].exp_m1() < T::from(0.1).unwrap()
    {
        s1 = (s1
            * (w[(n + 3) % 4]
                * (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().sinh() - T::cos(s1)))
            + (s1 + x))
            .atan()
            * T::from(2.52).unwrap();
        s1 = (((x - y) * T::from(0.11).unwrap()).sin()
            * T::from(4.0).unwrap()
            * T::sin(T::from(-0.58).unwrap()))
        .atan()
            * T::from(2.52).unwrap();
    }
    w[(k2 + 3) % 4] + x
}

#[differentiable]
pub fn gen_64<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (T::from(1.0).unwrap() + T::sin(w[(n + 1) % 4]) + T::from(1.32).unwrap())
        .acosh()
        .ln()
        <= (x * T::from((n * 3 % 9) as f64).unwrap() * T::from(0.09).unwrap()).tanh()
    {
        let mut s1 =
            (T::from(n + 1).unwrap() * T::from(0.3).unwrap()).sin() * T::from(4.0).unwrap();
        let mut k2: usize = 0;
        while s1 < x && k2 < 3 {
            k2 += 1;
            s1 = ((s1 * T::from(0.57).unwrap()
                + ((T::from(1.0).unwrap()
                    + ((gen_0(y.atan(), y.atan() * T::from(1.26).unwrap(), w, n)
                        * T::from(0.37).unwrap())
                    .sin()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.23).unwrap())
                    * T::from(0.67).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.37).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            s1 = T::sin((s1 - w[n * 3 % 4]) * T::from(0.25).unwrap()) * T::from(4.0).unwrap();
            if y < w[n % 4] * w[(n + 3) % 4] {
                break;
            }
            if n % 3 % 2 == 0 {
                if T::abs(s1) > y.trunc() {
                    let mut h3 = [T::zero(); 4];
                    s1 = (s1
                        * ((h3[n % 4] / T::from(-1.34).unwrap()).atan() * T::from(0.56).unwrap())
                            .acos()
                        * T::from(0.17).unwrap())
                    .sin()
                        * T::from(4.0).unwrap();
                    let a4: T = T::hypot(
                        ((s1 * w[n * 3 % 4]).atan() * T::from(1.57).unwrap()).powi(2),
                        T::from(1.0).unwrap()
                            + (w[n % 4] % T::from(core::f64::consts::LN_2).unwrap())
                                .tanh()
                                .sin()
                            + T::from(0.58).unwrap(),
                    );
                } else {
                    let mut s5 = T::sin(
                        gen_42(
                            (w[(n + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            y.atan() * T::from(1.26).unwrap(),
                            w,
                            n,
                        ) / -((((y + T::one()) * T::from(0.5).unwrap()).tanh()
                            * T::from(3.0).unwrap())
                        .powi(2)
                            + T::from(0.41).unwrap())
                            * T::from(0.31).unwrap(),
                    ) * T::from(3.0).unwrap();
                }
            }
        }
        let mut s6 = T::from(0.69).unwrap();
        s6 = (s6
            * (T::from(1.0).unwrap()
                + ((T::hypot(w[k2 * 3 % 4], T::from(0.95).unwrap()).hypot(s1)
                    / (T::abs(w[k2] + T::from(-0.05).unwrap()) + T::from(0.59).unwrap()))
                .atan()
                    * T::from(1.89).unwrap())
                .tanh())
            .acosh()
            * T::from(0.38).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    }
    (x / -(T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.62).unwrap())).atan() + x
}

#[differentiable]
pub fn gen_65<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 =
        T::tan((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin() * T::from(1.2).unwrap());
    let a2: T = w[n % 4];
    let mut s3 = ((T::sin((a2 + w[3]) * T::from(0.37).unwrap()) * T::from(0.9).unwrap())
        .atanh()
        .cosh()
        + T::from(0.34).unwrap())
    .acosh();
    let mut h4 = [T::one(); 4];
    let mut s5: T = (T::atan(
        ((h4[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).powi(n as i32),
    ) * T::from(3.78).unwrap()
        / (T::from(1.0).unwrap()
            + ((w[n % 4] + s3).atan() * T::from(1.89).unwrap()).tanh()
            + T::from(0.46).unwrap())
        * T::from(0.12).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut s6 = ((s3 / T::from(1.76).unwrap() * T::from(0.88).unwrap()).tanh()
        * T::from(0.9).unwrap())
    .acos();
    let mut k7: usize = 0;
    loop {
        if k7 >= 5 {
            break;
        }
        k7 += 1;
        s6 = ((s6 * T::from(0.8).unwrap()
            + (((s5 / T::from(0.26).unwrap().tanh() * T::from(0.1).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.27).unwrap())
            .atan()
                * T::from(1.26).unwrap())
            * T::from(0.36).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        h4[3] = (gen_36(
            (h4[2] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
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
            * T::from(0.72).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let a8: T = s1.floor();
        let a9 = ((T::from(-1.79).unwrap() * T::from(0.84).unwrap()).tanh()
            * T::from(0.8).unwrap())
        .ln_1p()
            + w[n % 4];
        if s6
            > ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).powi(n as i32)
                - gen_41(
                    w[3].atan() * T::from(1.26).unwrap(),
                    (a8 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                    &h4,
                    n,
                )
        {
            break;
        }
    }
    let mut x = (-y.abs() * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let mut k10: usize = 3;
    w[k7 * 3 % 4]
}

#[differentiable]
pub fn gen_66<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = (x * (x - y)).atan() * T::from(1.26).unwrap();
    }
    let a3 = (w[n % 4] / x.hypot(T::from(0.95).unwrap())).sin() * y;
    let a4 = if x >= T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() {
        (T::from(1.0).unwrap()
            + T::sin(
                (gen_46(
                    T::tanh(a3 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    T::from(-1.37).unwrap(),
                    w,
                    n,
                ) / ((gen_57(
                    T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    4,
                ) * T::from(0.37).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .cosh()
                    * T::from(0.27).unwrap())
                .tanh()
                    * T::from(3.0).unwrap(),
            )
            + T::from(0.64).unwrap())
        .ln()
    } else {
        x
    };
    let a6 = {
        let a5 = x;
        T::from(0.03).unwrap()
            / T::cosh(
                (h1[(n + 1) % 4] * T::from(n as f64).unwrap() * T::from(0.19).unwrap()).tanh()
                    * T::from(3.0).unwrap(),
            )
    };
    if T::from(n).unwrap() > T::from(-1.39).unwrap() {
        if !(n != 1
            && (T::from(0.06).unwrap() * a4)
                .hypot(T::from(0.91).unwrap())
                .atan2(y.mul_add(T::from(n).unwrap(), a3))
                >= T::from(-1.85).unwrap() + h1[n % 4])
        {
            for (&v7, _) in w.iter().zip(w.iter()) {
                let v7 = v7 + T::from(-1.57).unwrap();
            }
        }
        let a9 = T::from(-1.25).unwrap();
    } else {
        let mut s10 = w[(n + 3) % 4];
    }
    let a11 = if n != 2 {
        (T::exp((x.cosh() * T::from(0.4).unwrap()).sin() * T::from(2.5).unwrap())
            * T::from(0.12).unwrap())
        .sin()
            * T::from(2.0).unwrap()
    } else {
        x * h1[0].cosh().atan2(w[n * 3 % 4])
    };
    h1[n % 4] = -(h1[n % 4] * a6);
    let mut s12 = a3.asinh();
    h1[2] = (h1[n * 3 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    let a13: T = T::one();
    ((s12 - a6 + w[(n + 1) % 4].atan()) * T::from(0.21).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_67<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = x;
    }
    let mut s2 = (((T::from(1.0).unwrap() + T::sin(y) + T::from(0.51).unwrap()).log2()
        * T::from(1.13).unwrap())
    .sin()
        * T::from(1.2).unwrap())
    .tan();
    s2 = (s2
        + gen_65(
            (w[n * 2 % 4] / T::from(0.27).unwrap()).atan() * T::from(1.26).unwrap(),
            s2.sin(),
            w,
            (n + 1) % 5,
        )
        .sinh())
    .atan()
        * T::from(2.52).unwrap();
    let a3 = if s2 >= T::from(0.48).unwrap() {
        T::zero().abs()
    } else {
        T::one()
    };
    for i4 in (0..4).rev() {
        let mut s5 = (x.cosh() * a3).atan() * T::from(1.26).unwrap();
        if !(T::from(-0.75).unwrap() < s2 && (x - T::from(1.06).unwrap()) * y < w[i4]) {
            break;
        }
        let mut k6: usize = i4;
    }
    let a7 = T::log10(
        (((gen_57(
            T::tanh(w[(n + 1) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) + T::from(-1.98).unwrap())
            * T::from(0.25).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .cosh(),
    );
    let a8 = gen_15(
        (w[n % 4].cosh().hypot(w[n * 2 % 4]) * T::from(0.35).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        a3.powi(2),
        w,
        n,
    );
    let mut s9 = a7 + a7;
    let a10 = a3;
    let a11 = a7;
    let mut s12 = T::trunc(T::from(0.77).unwrap() * T::from(n as f64).unwrap());
    (T::exp_m1(y * a10) * T::from(0.23).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_68<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = ((y.cos() - x * y) * T::from(0.3).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = (x
            / T::from(-0.9).unwrap()
            / (gen_8(
                x.atan() * T::from(1.26).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                &h1,
                n,
            )
            .powi(2)
                + T::from(0.22).unwrap())
            * T::from(0.15).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let k5 = n;
    let a6: T = T::from(-0.55).unwrap();
    let a7 = w[k5 % 4];
    let y = y + x;
    a7 / -T::exp((T::from(1.0).unwrap() + T::zero().tanh()).ln())
}

#[differentiable]
pub fn gen_69<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (y.mul_add(x, T::zero()) + T::from(OFFSET).unwrap())
        .mul_add(T::abs(T::from(1.57).unwrap()).sinh(), w[3]);
    let a2: T = T::from(-0.69).unwrap();
    let mut h3 = [T::from(-0.16).unwrap(); 4];
    for i4 in 0..4 {
        h3[i4] = (gen_58(
            (((a1 - h3[(n + i4) % 4]) * T::from(0.11).unwrap()).tanh()
                * T::from(6.0).unwrap()
                * T::from(0.28).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            &h3,
            0,
        ) * T::from(0.27).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    if n % 2 == 0 {
        let a5 = a2;
    } else if w[n % 4] <= T::from(0.95).unwrap() {
        let k6 = n;
    }
    let a9 = if n % 2 == 0 {
        let a7 = {
            h3[3] = T::from(1.32).unwrap() * T::cos(T::from(n + 1).unwrap());
            T::log(
                T::hypot(h3[3].round(), T::from(0.86).unwrap()),
                T::abs(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() * x)
                    + T::from(1.91).unwrap(),
            )
        };
        h3[n * 3 % 4] = ((y * T::from(1.5).unwrap()
            + (T::from(n + 1).unwrap() + T::from(-1.61).unwrap())
            - ((h3[n % 4] + T::from(n).unwrap()).atan() * T::from(1.57).unwrap()).exp())
        .atan()
            * T::from(3.78).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        (-y.hypot(T::from(0.39).unwrap())).cbrt()
    } else {
        let a8 = T::ln(T::acosh(
            T::hypot(
                (T::from((n * 3 % 9) as f64).unwrap() * T::from(0.19).unwrap()).sin()
                    * T::from(3.0).unwrap(),
                T::from(0.38).unwrap(),
            ) + T::from(1.3).unwrap(),
        ));
        (-T::zero()).exp2()
    };
    let mut h10 = [T::zero(); 4];
    for i11 in 0..4 {
        h10[i11] = (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let a12 = y * h10[(n + 1) % 4].floor();
    T::floor(y)
}

#[differentiable]
pub fn gen_70<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (x.abs() + T::from(0.44).unwrap()).log10() >= T::from(1.0).unwrap() {
        let a1: T =
            T::from(n + 1).unwrap() / T::cosh((x / T::from(std::f64::consts::PI).unwrap()).tan());
    } else {
        let a2 = if n > 3 {
            y
        } else {
            (T::cosh(x) + T::from(0.35).unwrap()).acosh()
        };
        let mut y = ((y + -x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap();
        y = (y * (w[n % 4] / a2.cosh() * T::from(-0.61).unwrap()) * T::from(0.41).unwrap()).sin()
            * T::from(3.0).unwrap();
    }
    let mut x = T::atan(x + x) * T::from(1.89).unwrap();
    let a3 = T::from(core::f64::consts::LN_2).unwrap() * x.max(T::from(1.09).unwrap() * x);
    (-(w[(n + 1) % 4] * w[n * 3 % 4]) * a3 * T::from(0.17).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_71<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4];
    let mut s2 = y * T::one() * (a1 * T::from(-0.14).unwrap());
    if n % 2 == 0 {
        {
            let mut s3 = w[2];
            let mut s4 = (gen_0(
                (s3 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::sin((y - T::from(-1.63).unwrap()) * T::from(0.41).unwrap())
                    * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.37).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            let a5 = if w[n % 4] > T::from(0.48).unwrap() {
                T::max(w[n % 4], s4)
            } else {
                (a1.atan() * T::from(0.56).unwrap()).acos()
            };
        }
    } else if w[3] > w[n % 4].min(T::from(std::f64::consts::PI).unwrap()) {
        s2 = (s2 - (w[n % 4] * a1 + x)).atan() * T::from(3.78).unwrap();
    }
    x + y
}

#[differentiable]
pub fn gen_72<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let mut h1 = [T::zero(); 4];
        for i2 in 0..4 {
            h1[i2] = (T::atan(x) * T::from(1.26).unwrap()).powi(i2 as i32).atan()
                * T::from(1.26).unwrap();
        }
        if !(x >= y + w[n % 4] && w[n % 4] < T::exp(h1[n * 2 % 4])) {
            return T::log(
                T::from(1.71).unwrap().cosh(),
                gen_41(
                    T::sin(w[(n + 2) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                .powi(2)
                    + T::from(1.59).unwrap(),
            )
            .log(
                (T::atan(T::min(
                    gen_16(
                        T::from(-0.77).unwrap(),
                        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        &h1,
                        1,
                    ),
                    gen_63(
                        T::sin(h1[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ),
                )) * T::from(1.89).unwrap())
                .hypot(T::from(0.56).unwrap())
                    + T::from(1.38).unwrap(),
            );
        }
        let mut k3: usize = n;
    }
    let mut s4 = T::tanh(
        (T::from(-0.44).unwrap() - T::from(1.5).unwrap() + (w[(n + 1) % 4] + x))
            * T::from(0.25).unwrap(),
    ) * T::from(2.0).unwrap();
    let mut y = (y
        * ((w[3] - T::from(n as f64).unwrap())
            % (T::abs(
                T::sin(w[(n + 3) % 4] * w[n % 4] * T::from(0.37).unwrap()) * T::from(3.0).unwrap(),
            ) + T::from(0.88).unwrap())))
    .atan()
        * T::from(2.52).unwrap();
    let mut s5 = ((s4 + y).trunc() * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap();
    let mut h6 = [T::zero(); 4];
    h6[n % 4] = h6[n % 4]
        * (T::atan((h6[(n + 3) % 4] - T::from(-0.84).unwrap()).cos()) * T::from(0.63).unwrap());
    let mut k7: usize = n * 3 % 6;
    s4 = T::tanh(
        (y + x)
            / (h6[k7 * 3 % 4].atan() * T::from(0.5).unwrap())
                .ln_1p()
                .hypot(T::from(0.56).unwrap())
            * T::from(0.14).unwrap(),
    ) * T::from(2.0).unwrap();
    let x = x + (w[n * 2 % 4] + s5);
    y = T::atan(
        y * (T::mul_add(s5, T::zero(), T::from(SCALE).unwrap())
            / (((((T::from(n * 3 % 9).unwrap() + x) * T::from(0.08).unwrap()).sin()
                * T::from(3.0).unwrap()
                * T::from(0.5).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.51).unwrap()))
            + (h6[n % 4] - y),
    ) * T::from(2.52).unwrap();
    let a8 = T::from(0.66).unwrap()
        + T::from(-0.73).unwrap().hypot(
            T::from(1.0).unwrap()
                + T::sin(
                    T::sin(T::from(4).unwrap() * T::from(0.37).unwrap()) * T::from(3.0).unwrap(),
                )
                + T::from(0.3).unwrap(),
        );
    (((T::one() - h6[(k7 + n) % 4])
        % (((h6[(n + 3) % 4] * y).atan() * T::from(1.89).unwrap()).powi(2)
            + T::from(0.58).unwrap())
        + s5)
        * T::from(0.17).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_73<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n;
    {
        let mut s2 = gen_58(
            (x + x).atan() * T::from(1.26).unwrap(),
            T::from(-0.55).unwrap() / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
            w,
            4,
        )
        .atan()
            * T::from(2.52).unwrap();
        let mut k3: usize = 0;
        while s2
            < T::from(SCALE).unwrap().exp2()
                * (T::from(-1.51).unwrap()
                    / ((T::atan(T::from(k1 * 2 % 9).unwrap()) * T::from(1.89).unwrap()).powi(2)
                        + T::from(0.35).unwrap()))
            && k3 < 2
        {
            k3 += 1;
            s2 = ((s2
                + ((y + T::from(-0.7).unwrap().abs().log2()).powi(2) + T::from(0.25).unwrap())
                    .atan()
                    * T::from(1.26).unwrap())
                * T::from(0.26).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let a4 = (T::from(1.0).unwrap()
                + ((T::from(-1.73).unwrap().mul_add(s2, y) * T::from(0.17).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.38).unwrap())
            .cbrt();
            if k1 < 2 {
                break;
            }
        }
    }
    let a6 = {
        let a5 = y;
        T::from(0.46).unwrap() - T::from(1.99).unwrap() * w[n % 4]
    };
    T::atan(((T::from((k1 + n) % 9).unwrap().atan() * T::from(0.56).unwrap()).acos() + y) * y)
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_74<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if n % 2 % 2 == 0 {
        -(y / -(T::from(1.0).unwrap() + x.tanh() + T::from(0.48).unwrap()))
    } else {
        T::max(
            T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + w[(n + 2) % 4],
            ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).tan() + x,
        )
    };
    let a2 = T::one();
    let mut s3 = T::zero();
    {
        let mut s4 = ((x * T::from(SCALE).unwrap()).abs() + T::from(0.66).unwrap())
            .log(T::from(1.93).unwrap());
    }
    let mut k5: usize = (n + 2) % 5;
    let a6 = T::from(-0.02).unwrap().cos();
    T::one()
}

#[differentiable]
pub fn gen_75<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut x = (x
        * (w[n * 2 % 4].exp2() * (T::from(1.0).unwrap() + x.sin() + T::from(0.27).unwrap()).ln())
        * T::from(0.14).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    for (i2, &v1) in w.iter().enumerate() {
        if n % 2 < 1 {
            {
                x = ((x - y.exp2().log2()) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
                let a3 = x;
                if !(w[0] > T::from(0.22).unwrap() && a3 > x) {
                    let mut s4 = T::from(std::f64::consts::PI).unwrap()
                        / (T::abs(
                            (T::from(4).unwrap() * T::from(0.37).unwrap()).sin()
                                * T::from(3.0).unwrap(),
                        ) + T::from(0.62).unwrap())
                        * T::zero();
                }
            }
        } else if ((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p() * T::zero()
            <= T::from(1.13).unwrap()
        {
            x = T::sin(
                (-T::from(0.75).unwrap()).cosh().log2().hypot(gen_57(
                    (w[(n + i2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    (v1 / -(y.abs() + T::from(0.35).unwrap()) * T::from(0.26).unwrap()).sin()
                        * T::from(2.0).unwrap(),
                    w,
                    n * 2 % 5,
                )) * T::from(0.37).unwrap(),
            ) * T::from(2.0).unwrap();
            let mut h5 = [T::from(-0.34).unwrap(); 4];
            for i6 in 0..4 {
                h5[i6] = (v1 % x.cosh() * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
            }
        } else {
            let a7 = ((T::from(n).unwrap() + T::zero() * v1)
                * gen_57(
                    v1.exp().atan() * T::from(1.26).unwrap(),
                    w[(n + i2) % 4].atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ))
            .atan()
                * T::from(0.63).unwrap();
        }
    }
    (w[1] + T::from((n * 2) as f64).unwrap()).asinh()
}

#[differentiable]
pub fn gen_76<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = y;
    let mut s2 = T::tanh(
        (gen_74(
            T::from(-0.73).unwrap(),
            w[(n + 2) % 4].atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) - y * T::from(-1.61).unwrap())
            * T::from(0.36).unwrap(),
    ) * T::from(2.0).unwrap();
    let mut k3: usize = 0;
    loop {
        if k3 >= 5 {
            break;
        }
        k3 += 1;
        s2 = ((s2
            + T::atan(
                T::from(1.0).unwrap()
                    + (T::sin(
                        gen_45(
                            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            w,
                            n,
                        )
                        .min(a1.trunc())
                            * T::from(0.33).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .sin()
                    + T::from(0.37).unwrap(),
            ) * T::from(1.26).unwrap())
            * T::from(0.43).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let a6 = {
            let mut s4 = ((y - gen_55(
                T::atan(y) * T::from(1.26).unwrap(),
                T::atan(y) * T::from(1.26).unwrap(),
                w,
                3,
            )) * T::from(0.2).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let mut k5: usize = 0;
            loop {
                if k5 >= 5 {
                    break;
                }
                k5 += 1;
                s4 = ((s4
                    + (T::cosh(
                        ((s4 * y * (x * w[n * 3 % 4]) * T::from(0.05).unwrap()).tanh()
                            * T::from(6.0).unwrap()
                            * T::from(0.27).unwrap())
                        .sin()
                            * T::from(3.0).unwrap(),
                    ) * T::from(0.15).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap())
                    * T::from(0.26).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
                s4 = ((s4 - x) * T::from(0.25).unwrap()).tanh() * T::from(4.0).unwrap();
                if -y * w[2] >= T::from(0.03).unwrap() {
                    break;
                }
            }
            w[2]
        };
        if (T::exp_m1(T::from(n).unwrap().atan() * T::from(1.57).unwrap()) * a6.sinh()).atan()
            * T::from(1.26).unwrap()
            > T::from(-0.1).unwrap()
        {
            continue;
        }
        if s2 > (a1 + w[(n + 1) % 4]) * T::from(OFFSET).unwrap().max(T::zero()) {
            break;
        }
    }
    if n % 3 > 2 {
        s2 =
            ((s2 - T::from(-0.15).unwrap()) * T::from(0.7).unwrap()).tanh() * T::from(2.0).unwrap();
    } else {
        if x.ceil() > x.cosh() {
            let a7 = if n % 2 < 2
                && (T::tanh(y * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan()
                    <= T::from(0.97).unwrap()
            {
                T::from(-0.47).unwrap().abs()
            } else {
                (T::from(std::f64::consts::PI).unwrap() * w[n % 4] * w[(k3 + 3) % 4]).atan()
                    * T::from(2.52).unwrap()
            };
            let mut h8 = [T::from(0.69).unwrap(); 4];
            s2 = ((s2
                + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                    * ((T::from(n as f64).unwrap() * a7 * T::from(0.1).unwrap()).tanh()
                        * T::from(3.0).unwrap()))
                * T::from(0.38).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        s2 = ((s2 - (T::from(n).unwrap() + T::from(-0.66).unwrap()) * T::sin(y))
            * T::from(0.28).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let mut y = T::asin(
            ((a1 + T::from(0.16).unwrap())
                / -(w[n % 4] * T::from(-0.23).unwrap()).hypot(T::from(0.21).unwrap())
                * T::from(0.15).unwrap())
            .tanh()
                * T::from(0.9).unwrap(),
        );
    }
    let a9: T = T::one();
    s2 = ((s2 + (y + w[n % 4]) / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
        * T::from(0.2).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    -T::from(0.42).unwrap()
}

#[differentiable]
pub fn gen_77<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    let x = (x * (x + x - h1[2] * h1[n % 4])).atan() * T::from(2.52).unwrap();
    let a5 = if T::log10(
        T::from(1.0).unwrap()
            + (T::atan(w[n % 4] + y) * T::from(1.89).unwrap()).tanh()
            + T::from(0.57).unwrap(),
    ) <= T::from(-1.73).unwrap() * w[2]
        || y / -(T::from(1.0).unwrap()
            + ((x * T::from(0.39).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
            + T::from(0.58).unwrap())
            * T::ln(
                T::from(1.0).unwrap()
                    + ((x * T::from(0.39).unwrap()).tanh() * T::from(3.0).unwrap()).sin()
                    + T::from(0.6).unwrap(),
            )
            <= T::from(-0.47).unwrap()
    {
        let mut s2 = x;
        let mut k3: usize = 0;
        loop {
            if k3 >= 2 {
                break;
            }
            k3 += 1;
            s2 = (s2 * T::from(0.67).unwrap()
                + ((T::from(1.0).unwrap()
                    + T::sin((s2 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                    + T::from(0.4).unwrap())
                    * T::from(0.62).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
            .atan()
                * T::from(2.52).unwrap();
            s2 = ((s2 * -T::from(-0.27).unwrap() + h1[n % 4] * h1[(n + 3) % 4])
                * T::from(0.3).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            let a4 = if ((T::from(1.87).unwrap() + s2)
                / (T::from(1.0).unwrap()
                    + ((gen_59(
                        T::from(0.9).unwrap(),
                        (x * T::from(0.39).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n * 3 % 5,
                    ) * T::from(0.27).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.44).unwrap())
                * T::from(0.11).unwrap())
            .tanh()
                * T::from(4.0).unwrap()
                < T::from(n as f64).unwrap() + y
            {
                ((-(y / T::hypot(
                    (s2 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap(),
                    T::from(0.98).unwrap(),
                )))
                .atan()
                    * T::from(0.75).unwrap())
                .tan()
            } else {
                h1[n % 4] = T::from(1.69).unwrap();
                h1[(n + 1) % 4] = T::from(0.04).unwrap();
                x
            };
            if (T::from(3).unwrap() * (a4 - a4)).atan() * T::from(1.89).unwrap() > y || n % 3 < 3 {
                break;
            }
        }
        gen_59(
            ((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
                .powi(k3 as i32)
                .atan()
                * T::from(1.26).unwrap(),
            (T::from(1.0).unwrap()
                + T::tanh((x * T::from(0.39).unwrap()).tanh() * T::from(3.0).unwrap())
                + T::from(0.69).unwrap())
            .sqrt(),
            w,
            n,
        )
    } else {
        -y
    };
    T::sin(
        (y.atan() * T::from(0.5).unwrap()).ln_1p()
            * T::from(1.5).unwrap()
            * a5
            * T::from(0.22).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_78<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((T::from(core::f64::consts::LN_2).unwrap() + y - -y) * T::from(0.32).unwrap())
        .sin()
        * T::from(3.0).unwrap();
    let a2 = gen_57(
        s1.atan() * T::from(1.26).unwrap(),
        T::tanh(s1 * T::from(0.5).unwrap()) * T::from(2.0).unwrap(),
        w,
        (n + 2) % 5,
    ) * T::from(1.79).unwrap();
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = ((T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.3).unwrap()).ln()
            / (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.6).unwrap())
            * T::from(0.75).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a5 = if y.cosh().recip().tanh() < y {
        return s1;
    } else {
        T::hypot(
            ((a2 + w[(n + 2) % 4]) * T::from(0.16).unwrap()).sin() * T::from(3.0).unwrap(),
            T::from(0.29).unwrap(),
        )
        .log10()
        .atan2(
            T::from(1.0).unwrap()
                + ((w[n * 2 % 4].ceil() + (T::one() - T::from(-1.16).unwrap())).atan()
                    * T::from(1.89).unwrap())
                .sin()
                + T::from(0.67).unwrap(),
        )
    };
    let a6 = if n % 2 > 2 {
        w[n % 4] + (h3[n % 4] - w[n % 4])
    } else {
        gen_70(
            a2.atan() * T::from(1.26).unwrap(),
            T::sin((w[n % 4] + T::from((n * 3 % 9) as f64).unwrap()) * T::from(0.15).unwrap())
                * T::from(2.0).unwrap(),
            &h3,
            n,
        )
    };
    let mut k7: usize = n;
    s1 = (s1 + h3[(n + 1) % 4]).atan() * T::from(1.89).unwrap();
    (y + a5 + a6).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_79<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4];
    let mut s2 = w[n % 4];
    let mut k3: usize = 0;
    loop {
        if k3 >= 6 {
            break;
        }
        k3 += 1;
        s2 = T::tanh(
            (s2 * T::from(0.74).unwrap()
                + ((T::from(1.0).unwrap() + a1.tanh() + T::from(0.43).unwrap())
                    * T::from(0.63).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.37).unwrap(),
        ) * T::from(3.0).unwrap();
        let mut x = T::tanh(x);
        if s2
            > ((w[n % 4] - a1) * (s2 - T::one()) * T::from(0.09).unwrap()).sin()
                * T::from(2.0).unwrap()
        {
            break;
        }
    }
    let mut s4 = ((s2 * w[(n + k3) % 4]).hypot(
        ((s2 - T::from(1.7).unwrap()).atan() * T::from(1.89).unwrap())
            .hypot(T::from(0.26).unwrap()),
    ) * T::from(0.23).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let a5: T = (T::from(1.0).unwrap()
        + T::tanh((w[k3 % 4].min(y) * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
        + T::from(0.26).unwrap())
    .powf(y.atan2(T::from(1.0).unwrap() + T::sin(w[(n + 1) % 4]) + T::from(0.54).unwrap()));
    s2 = ((s2 * (a1 + T::from(0.42).unwrap()) + T::from(std::f64::consts::PI).unwrap())
        * T::from(0.14).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    s2 = (s2
        * (T::from(k3 as f64).unwrap().atan() * T::from(1.89).unwrap()).sinh()
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let x = x + s4;
    let a7 = {
        let k6 = 3;
        T::from(1.1).unwrap()
    };
    w[(n + 3) % 4]
}

#[differentiable]
pub fn gen_80<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = T::ln(T::from(1.0).unwrap() + y.tanh() + T::from(0.33).unwrap()).exp2();
    if (a1 + T::from(n).unwrap()).max(a1 * T::from(core::f64::consts::LN_2).unwrap()) <= a1 + x {
        for (i3, _) in w.iter().enumerate() {
            let a5 = {
                let a4 = w[3];
                (T::abs((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
                    + T::from(0.57).unwrap())
                .powf(
                    T::sin(T::from(-1.9).unwrap() * w[(i3 + 2) % 4] * T::from(0.39).unwrap())
                        * T::from(2.0).unwrap(),
                )
            };
            let a6 = gen_79(
                (w[3 - i3].ceil()
                    % T::hypot(
                        (a5 * T::from(0.26).unwrap()).tanh() * T::from(3.0).unwrap(),
                        T::from(0.72).unwrap(),
                    )
                    * T::from(0.54).unwrap())
                .sin()
                    * T::from(2.0).unwrap(),
                y.atan() * T::from(1.26).unwrap(),
                w,
                i3 * 2 % 5,
            );
        }
    } else if a1.recip() > (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.69).unwrap()).ln() {
        let a7 = gen_30(
            (w[n % 4] * w[n % 4]).atan() * T::from(1.26).unwrap(),
            (w[n % 4].cosh() * T::from(0.4).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            (n + 3) % 5,
        );
    } else {
        let mut s8 =
            T::sin(x / (T::from(1.0).unwrap() + T::tanh(w[n % 4]).tanh()) * T::from(0.19).unwrap())
                * T::from(2.0).unwrap();
    }
    ((w[n * 2 % 4] - x - w[n * 3 % 4] + y + y) * T::from(0.15).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_81<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (x.hypot(T::from(0.41).unwrap()) + T::from(0.98).unwrap()).acosh()
        - y % (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.6).unwrap());
    for i2 in 1..=3 {
        let a3 = if x > T::from(-1.14).unwrap() {
            T::hypot(x.cosh(), T::from(-1.43).unwrap())
        } else {
            T::from(1.78).unwrap()
        };
        let mut s4: T =
            (T::cosh((w[i2] + T::from(i2 * 3 % 9).unwrap()).atan() * T::from(1.89).unwrap())
                * T::from(0.19).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        s4 =
            (s4 * gen_1(
                T::one(),
                ((w[i2 * 3 % 4]
                    % (T::sin(s4 * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                        .hypot(T::from(0.69).unwrap()))
                .abs()
                    + T::from(0.61).unwrap())
                .ln(),
                w,
                n * 3 % 5,
            ) * T::from(0.09).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
    }
    let y = (w[n % 4] + w[n % 4]) / (w[n % 4].abs() + T::from(0.67).unwrap());
    s1 = T::tanh(
        s1 * gen_44(
            (-w[(n + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            ((T::from(-0.77).unwrap() + x) * T::from(0.54).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) * T::from(0.05).unwrap(),
    ) * T::from(6.0).unwrap();
    for _ in (0..n).rev() {
        for _ in 0..n {
            s1 = T::atan(s1 + T::one()) * T::from(3.78).unwrap();
            let x = y * w[n * 3 % 4];
        }
        s1 = T::atan(
            s1 - T::exp_m1(((w[1] - x) * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap()),
        ) * T::from(3.78).unwrap();
    }
    let a7 = ((w[n % 4] * y - T::sqrt(T::from(std::f64::consts::PI).unwrap()))
        * T::from(0.11).unwrap())
    .sin()
        * T::from(3.0).unwrap()
        * ((T::tanh(s1 * T::from(0.25).unwrap()) * T::from(0.8).unwrap())
            .ln_1p()
            .atan()
            * T::from(0.56).unwrap())
        .acos();
    -T::acosh((y.atan() * T::from(1.89).unwrap()).cosh() + T::from(0.63).unwrap())
}

#[differentiable]
pub fn gen_82<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::from(0.22).unwrap(); 4];
    let a9 = if n % 2 % 2 == 0 {
        if h1[n % 4]
            >= w[n % 4] / (T::from(1.0).unwrap() + h1[n * 2 % 4].sin() + T::from(0.57).unwrap())
        {
            if gen_24(x.atan() * T::from(1.26).unwrap(), T::one().cos(), &h1, 1)
                < T::from(-0.96).unwrap()
            {
                let mut s2 =
                    ((y * h1[n % 4] * T::from(0.37).unwrap()).sin() * T::from(0.9).unwrap()).asin();
                let mut k3: usize = 0;
                loop {
                    if k3 >= 2 {
                        break;
                    }
                    k3 += 1;
                    s2 = ((s2
                        + ((T::from(1.0).unwrap() + y.tanh() + T::from(0.19).unwrap())
                            * T::from(0.7).unwrap())
                        .tanh()
                            * T::from(2.0).unwrap())
                        * T::from(0.39).unwrap())
                    .sin()
                        * T::from(2.0).unwrap();
                    if n < 1 {
                        let mut k4: usize = n;
                        let a5 = T::tan(
                            T::from(std::f64::consts::FRAC_1_SQRT_2)
                                .unwrap()
                                .max(h1[3])
                                .atan()
                                * T::from(0.75).unwrap(),
                        );
                    } else {
                        let mut s6: T =
                            ((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin();
                    }
                    if s2
                        > gen_16(
                            (y * w[n % 4] * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                            T::sin(-w[(n + 2) % 4] * T::from(0.75).unwrap())
                                * T::from(2.0).unwrap(),
                            w,
                            n * 3 % 5,
                        )
                    {
                        break;
                    }
                }
                if T::asinh(gen_47(
                    T::atan(w[3 - k3]) * T::from(1.26).unwrap(),
                    (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                )) >= T::from(-0.54).unwrap()
                {
                    s2 = T::atan(
                        s2 + (T::log2(T::from(1.0).unwrap() + T::tanh(y) + T::from(0.3).unwrap())
                            - y.mul_add(h1[n % 4], h1[n % 4])),
                    ) * T::from(1.26).unwrap();
                }
            }
        } else {
            let a7 = if T::atan(x.ceil() * (h1[3] - y)) * T::from(2.52).unwrap()
                >= T::from(1.08).unwrap()
            {
                (y % (y.hypot(T::from(0.25).unwrap()) + T::from(0.66).unwrap())).cos()
            } else {
                ((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin()
            };
            let a8 = ((y * a7).abs() + T::from(0.35).unwrap()).sqrt();
        }
        T::recip(
            T::from(1.0).unwrap()
                + ((T::from(4).unwrap() / (T::from(1.0).unwrap() + T::zero().tanh())
                    * T::from(0.37).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.49).unwrap(),
        )
    } else {
        y.cos().tan()
    };
    (((x.hypot(T::from(0.8).unwrap()) + T::from(0.7).unwrap()).acosh() + w[2] + a9 + a9)
        * T::from(0.19).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_83<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    while s1 < s1 && k2 < 4 {
        k2 += 1;
        s1 = ((s1
            - ((x - x) * (w[1] - s1) * T::from(0.09).unwrap()).tanh() * T::from(6.0).unwrap())
            * T::from(0.2).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        s1 = (s1 * T::from(0.84).unwrap()
            + T::atan(w[n % 4].powi(2) + T::from(0.36).unwrap()) * T::from(1.26).unwrap())
        .atan()
            * T::from(1.26).unwrap();
    }
    let a3 = (T::from(1.0).unwrap() + w[k2 % 4].sin() + T::from(0.24).unwrap())
        .hypot(y)
        .asinh()
        + T::exp_m1(s1);
    let a4 = x;
    s1 = (s1
        * (x - w[(n + k2) % 4]
            - T::acosh(T::cosh(a3.atan() * T::from(1.89).unwrap()) + T::from(0.55).unwrap()))
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s5: T = T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    let mut s6 = (T::from(1.0).unwrap()
        + ((-a3).atan() * T::from(1.89).unwrap()).tanh()
        + T::from(0.22).unwrap())
    .cbrt();
    s1 = ((s1
        - w[(n + k2) % 4]
            % (T::from(1.0).unwrap()
                + T::hypot(
                    T::from(n + 1).unwrap().atan() * T::from(1.89).unwrap(),
                    T::from(0.4).unwrap(),
                )
                .recip()
                .tanh()))
        * T::from(0.38).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let a7 = if w[2] <= T::from(0.89).unwrap() {
        ((T::atan(T::one() + s6) * T::from(1.89).unwrap()).abs() + T::from(0.65).unwrap())
            .log10()
            .abs()
    } else if n > 2 {
        T::exp2(((s1 + w[n * 2 % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap())
    } else {
        -T::atan2(
            (T::from(1.0).unwrap() + w[0].sin() + T::from(0.3).unwrap()).recip(),
            T::from(-1.99).unwrap().abs(),
        )
    };
    let mut s8: T = (y.ceil().hypot(T::cosh(
        T::tanh(
            gen_70(
                y.atan() * T::from(1.26).unwrap(),
                T::from(-0.7).unwrap(),
                w,
                n,
            ) * T::from(0.27).unwrap(),
        ) * T::from(3.0).unwrap(),
    )) * T::from(0.19).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    s1 = (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    s6 = (s6
        * (s5 / T::from(SCALE).unwrap()
            - a4 / (T::from(1.0).unwrap()
                + ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .sin()
                + T::from(0.22).unwrap())))
    .atan()
        * T::from(1.89).unwrap();
    w[1] + y
}

#[differentiable]
pub fn gen_84<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x;
    let a2 = ((x % (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.81).unwrap())
        * T::from(0.75).unwrap())
    .tanh()
        * T::from(0.9).unwrap())
    .asin();
    s1 = ((x / (y.powi(2) + T::from(0.49).unwrap()) * T::from(0.37).unwrap()).sin()
        * T::from(0.9).unwrap())
    .atanh();
    let a3 = T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().asin();
    let mut s4 = a3;
    let a5 = (a3 * a2).asinh();
    a5 + x
}

#[differentiable]
pub fn gen_85<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x;
    let mut h2 = [T::zero(); 4];
    s1 = (s1 * (w[n % 4] * y * x) * T::from(0.06).unwrap()).tanh() * T::from(3.0).unwrap();
    {
        s1 = T::sin((s1 - s1 / T::one()) * T::from(0.25).unwrap()) * T::from(3.0).unwrap();
    }
    s1 = ((s1 - (s1 % T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).ln_1p())
        * T::from(0.35).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let a3: T = y.asinh().exp().ln();
    if ((y - T::from(n).unwrap()) * T::cosh(a3).atan2(a3) * T::from(0.08).unwrap()).tanh()
        * T::from(4.0).unwrap()
        > T::from(0.39).unwrap()
        && n != 3
    {
        let a4 = {
            let mut x = x * -(T::from(1.0).unwrap()
                + (T::atan(y * x) * T::from(1.89).unwrap()).sin()
                + T::from(0.44).unwrap())
            .log2();
            (w[3] + a3)
                / (T::sin((s1 - w[0]) * T::from(0.3).unwrap()) * T::from(3.0).unwrap()).cosh()
        };
    } else {
        let mut s5 = h2[2];
        s5 = s5 * a3.tanh();
        h2[2] = (T::tanh(gen_71(T::from(-0.52).unwrap(), a3, w, n) * T::from(0.37).unwrap())
            * T::from(3.5).unwrap())
        .exp2()
        .atan()
            * T::from(1.26).unwrap();
    }
    let mut h6 = [T::zero(); 4];
    for i7 in 0..4 {
        h6[i7] = T::tanh(
            gen_84(
                (w[(i7 + 2) % 4] * h2[2]).atan() * T::from(1.26).unwrap(),
                ((x + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                0,
            ) * T::from(0.56).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    h6[0] = h6[0]
        * ((T::min(x, T::one()) + T::log(y.hypot(T::from(0.81).unwrap()), T::from(3.74).unwrap()))
            * T::from(0.69).unwrap())
        .tanh();
    T::cosh(h2[3]).ln() * x
}

#[differentiable]
pub fn gen_86<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::tanh((T::from(1.39).unwrap() * w[n * 2 % 4]).cosh() * T::from(0.19).unwrap())
            * T::from(2.0).unwrap();
    }
    let a3: T = gen_15(
        T::tanh(y),
        T::atan(x) * T::from(1.26).unwrap(),
        w,
        (n + 2) % 5,
    );
    h1[(n + 3) % 4] = T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    let mut s4 = T::atanh((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap());
    let a6 = if gen_75(
        T::acosh(T::from(1.0).unwrap() + h1[(n + 3) % 4].tanh() + T::from(1.54).unwrap()),
        (h1[(n + 3) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        &h1,
        n,
    ) <= T::from(-0.83).unwrap()
    {
        return s4;
    } else {
        {
            s4 = ((s4 - a3) * T::from(0.24).unwrap()).sin() * T::from(3.0).unwrap();
            let a5 = y
                - (T::from(std::f64::consts::PI).unwrap().sin()
                    - gen_0(
                        T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                        T::from(0.86).unwrap(),
                        &h1,
                        (n + 1) % 5,
                    ));
        }
        w[n * 3 % 4] / a3
    };
    let a8 = {
        let a7 = T::log(
            T::abs(-w[n % 4]) + T::from(0.42).unwrap(),
            T::from(2.86).unwrap(),
        )
        .exp_m1();
        T::abs(T::from(1.33).unwrap() - a6)
    };
    ((w[0].tanh().sinh() + s4 + a6) * T::from(0.17).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_87<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = T::from(-0.09).unwrap();
    let a3 = if n != 2 {
        T::cos((y.atan() * T::from(0.56).unwrap()).acos())
    } else {
        let mut s2 = (gen_78(
            (T::from(-1.41).unwrap() * y)
                .atan2(T::cosh(y % (w[n % 4].abs() + T::from(0.75).unwrap()))),
            (x.mul_add(x * T::from(-1.54).unwrap(), y) * T::from(0.18).unwrap()).sin()
                * T::from(2.0).unwrap(),
            w,
            n * 2 % 5,
        ) * T::from(0.27).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        w[n % 4] / (T::abs(w[0].hypot(T::from(0.4).unwrap()).ln()) + T::from(0.47).unwrap())
    };
    let mut x =
        (x * gen_28(
            (w[n % 4] / x.hypot(T::from(0.92).unwrap()) * T::from(0.69).unwrap()).sin()
                * T::from(2.0).unwrap(),
            T::from(1.14).unwrap(),
            w,
            n,
        ) * T::from(0.13).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    let a4 = ((T::atan(
        gen_3(T::one(), a1, w, (n + 1) % 5)
            / (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.35).unwrap()),
    ) * T::from(1.89).unwrap())
    .atan()
        * T::from(0.56).unwrap())
    .asin();
    let mut h5 = [T::one(); 4];
    x = w[n * 2 % 4];
    if n % 2 % 2 == 0 {
        return ((h5[n % 4] - w[n % 4]) * (y * h5[(n + 1) % 4])).atan() * T::from(0.63).unwrap();
    }
    let a6: T = y;
    let mut k7: usize = n;
    let a8 = (y.hypot(T::from(0.88).unwrap()) + T::from(0.71).unwrap()).acosh()
        - T::from(1.96).unwrap().trunc();
    let a9 = T::from(-1.74).unwrap();
    let a10 = (-(w[k7 * 3 % 4].abs() + T::from(0.4).unwrap()))
        .cbrt()
        .exp_m1();
    h5[(n + k7) % 4] / (T::from(1.0).unwrap() + h5[3].tanh() + T::from(0.41).unwrap())
}

#[differentiable]
pub fn gen_88<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (y - T::log2(T::from(0.77).unwrap())).atan() * T::from(1.26).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 2 {
            break;
        }
        k2 += 1;
        s1 = ((s1
            + ((((s1 - w[(n + 3) % 4])
                / T::cosh(
                    T::tanh((y + w[2]) * T::from(0.37).unwrap()) * T::from(3.0).unwrap(),
                )
                * T::from(0.37).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .cosh()
                * T::from(0.2).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            * T::from(0.39).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        for i3 in 0..4 {
            if !((T::from(-1.19).unwrap() - T::from((i3 + n) as f64).unwrap()).max(w[0])
                <= gen_41(
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::atan(y) * T::from(1.26).unwrap(),
                    w,
                    (n + 3) % 5,
                )
                && i3 % 2 < 3)
            {
                break;
            }
            let a5 = if gen_36(
                (s1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                (n + i3) % 5,
            ) < -T::from(0.18).unwrap()
            {
                let a4 = ((T::from(-0.69).unwrap() - w[i3])
                    * T::from(0.98).unwrap().log(T::from(3.48).unwrap()))
                .mul_add(
                    x.hypot(T::from(0.46).unwrap()).hypot(-w[(n + 1) % 4]),
                    (T::from(SCALE).unwrap() - x).sinh(),
                );
                let x = x + T::atan((w[n % 4] + s1) * (w[n * 3 % 4] * x)) * T::from(2.52).unwrap();
                w[n * 3 % 4]
                    / (((w[(i3 + 1) % 4]
                        / (T::from(1.0).unwrap() + s1.sin() + T::from(0.3).unwrap()))
                    .atan()
                        * T::from(1.89).unwrap())
                    .abs()
                        + T::from(0.64).unwrap())
            } else {
                y
            };
            let a6 = (y + w[0])
                * (T::from(1.37).unwrap() / w[(i3 + n) % 4].hypot(T::from(0.74).unwrap()));
            let a6 = (y - w[n % 4]).signum();
        }
        if s1
            > T::from(SCALE).unwrap() * w[n % 4]
                / -(((w[n * 2 % 4] * w[n % 4] * T::from(0.37).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.55).unwrap())
        {
            break;
        }
    }
    if (w[(n + k2) % 4] + w[3]) * w[(n + 2) % 4] >= -w[1] {
        if T::from(n + k2).unwrap().fract() / T::cosh(x) > w[n % 4] - T::one() {
            return (s1.atan() * T::from(0.56).unwrap()).atanh() + s1;
        }
    }
    let mut s7 = gen_74(
        T::from(-0.5).unwrap(),
        (w[k2] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) / -(T::from(1.0).unwrap()
        + (T::tanh(w[k2] * x * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).sin()
        + T::from(0.53).unwrap());
    s1 = T::from(-1.58).unwrap();
    let mut y = (w[k2].exp2() * T::from(0.37).unwrap()).sin() * T::from(4.0).unwrap();
    s7 = y.atan();
    if n % 3 != 1 {
        return (s1 + w[n % 4]).min(y);
    }
    let a8 = (T::sin(s7 * T::from(0.5).unwrap()) * T::from(0.9).unwrap()).asin()
        + (w[3] + T::from(0.28).unwrap());
    T::atan(s1.max(y) * T::from(-1.95).unwrap() * s7) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_89<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (y.max(T::from(-0.7).unwrap()).sinh() * T::from(0.41).unwrap()).tanh()
        * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 5 {
            break;
        }
        k2 += 1;
        s1 =
            T::tanh((s1 + T::from(0.36).unwrap()) * T::from(0.64).unwrap()) * T::from(2.0).unwrap();
        if n != 1 {
            break;
        }
        if s1
            > T::mul_add(
                y.sin(),
                ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos(),
                T::recip(T::from(0.36).unwrap()),
            )
        {
            break;
        }
    }
    let mut k2 = T::tanh(
        (T::from(k2).unwrap() * T::round(s1 + T::from(-0.93).unwrap()) * T::from(0.1).unwrap())
            .sin()
            * T::from(3.0).unwrap()
            * T::from(0.5).unwrap(),
    ) * T::from(3.0).unwrap();
    let mut s3 = x
        % (T::from(1.0).unwrap()
            + (w[n * 3 % 4] + T::from(0.87).unwrap()).tanh()
            + T::from(0.49).unwrap());
    let a4 = s1 - T::from((n * 2) as f64).unwrap().sin();
    let mut h5 = [T::from(0.05).unwrap(); 4];
    for i6 in 0..4 {
        h5[i6] = (-w[i6 * 3 % 4] * s1 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    if y - T::from(n).unwrap() + x.atan() < x {
        let a7 = w[n * 3 % 4];
        let a8 = gen_19(
            (s1 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w[n % 4].atan() * T::from(1.26).unwrap(),
            &h5,
            n,
        ) - T::tan((s3 * T::from(0.5).unwrap()).sin() * T::from(1.2).unwrap());
    } else {
        if T::from(0.1).unwrap() > T::from(-0.72).unwrap() {
            h5[n % 4] = T::from(1.88).unwrap();
            h5[0] = h5[0]
                * T::tanh(
                    (a4 + T::from(0).unwrap() + x) / T::from(-0.58).unwrap()
                        * T::from(0.17).unwrap(),
                );
        }
        let a9 = if w[n % 4] * w[n % 4] - (h5[n * 3 % 4].atan() * T::from(0.56).unwrap()).atanh()
            < T::from(n * 2).unwrap() * T::from(-0.98).unwrap()
        {
            T::acosh(T::from(1.0).unwrap() + w[n % 4].sin() + T::from(1.58).unwrap()) / T::one()
                * ((x - a4) / (w[n * 3 % 4] - T::zero()).hypot(T::from(1.0).unwrap()))
        } else {
            gen_84(
                (gen_84(
                    (T::from(2).unwrap() * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-1.77).unwrap(),
                    &h5,
                    2,
                ) * T::from(-1.63)
                    .unwrap()
                    .mul_add(T::from(SCALE).unwrap(), T::from(-1.28).unwrap())
                    * T::from(0.22).unwrap())
                .sin()
                    * T::from(2.0).unwrap(),
                T::sin(
                    T::exp(h5[2].atan()).atan2(x + T::from(n).unwrap()) * T::from(0.48).unwrap(),
                ) * T::from(2.0).unwrap(),
                &h5,
                n,
            )
        };
    }
    let mut s10 =
        (T::sin(T::cos(h5[n % 4]) * T::from(1.5).unwrap()) * T::from(0.8).unwrap()).ln_1p();
    let mut s11 = h5[0];
    let mut s12 = T::zero();
    ((((w[3] * s12 * T::from(0.12).unwrap()).sin()
        * T::from(6.0).unwrap()
        * (h5[n % 4] * T::one())
        * T::from(0.12).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
        + y)
        * T::from(0.2).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_90<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x;
    let a2 = ((w[n % 4].trunc() - w[(n + 1) % 4] * w[n * 2 % 4]
        + (w[n % 4].powi(2) + y / -(T::from(1.0).unwrap() + x.sin() + T::from(0.32).unwrap())))
        * T::from(0.09).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    s1 = T::atan(
        s1 * (T::tanh(a2 * T::from(4).unwrap() * T::from(0.1).unwrap())
            * T::from(4.0).unwrap()
            * (T::one() / T::from(-1.38).unwrap()))
        .max(s1),
    ) * T::from(1.89).unwrap();
    s1 = (s1
        * ((T::from(3).unwrap() * a2
            - T::from(n * 2).unwrap().atan2(
                T::from(1.0).unwrap() + T::from(-1.99).unwrap().sin() + T::from(0.35).unwrap(),
            ))
        .atan()
            * T::from(0.63).unwrap())
        + s1)
        .atan()
        * T::from(1.89).unwrap();
    let mut s3 = ((((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh()
        - T::from(-0.66).unwrap().mul_add(s1, s1))
        * T::from(0.25).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut h4 = [T::zero(); 4];
    s1 = (s1
        * (x / (h4[2].powi(2) + T::from(0.51).unwrap()) + (T::zero() + T::from(0.16).unwrap()))
        * T::from(0.12).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    ((T::from(-1.62).unwrap() - T::from(0.81).unwrap()
        + a2 % (T::from(1.0).unwrap()
            + ((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
                * T::from(3.0).unwrap())
            .sin()
            + T::from(0.73).unwrap())
        + y)
        * s3
        * T::from(0.1).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_91<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a5 = if T::hypot(x, T::from(0.8).unwrap()).hypot(-x) < T::from(1.26).unwrap() {
        ((T::one().ceil() * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
    } else {
        let a1 = (T::from(1.0).unwrap()
            + ((x + y).atan() * T::from(1.89).unwrap()).sin()
            + T::from(1.5).unwrap())
        .acosh();
        if gen_78(
            (-x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            a1.log(T::from(1.0).unwrap() + w[1].tanh() + T::from(1.96).unwrap()),
            w,
            n,
        ) <= T::from(0.5).unwrap()
        {
            let a2 = gen_83(
                ((((y + a1) * T::from(0.38).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                    + T::from(0.34).unwrap())
                .log(T::from(3.69).unwrap()),
                a1.floor(),
                w,
                n * 3 % 5,
            );
        } else if n < 1 || (w[(n + 2) % 4] + x).asinh() < T::from(0.38).unwrap() {
            let a3 = T::from(1.74).unwrap();
        } else {
            let k4 = n;
        }
        w[n % 4] - y - T::from(1.19).unwrap()
    };
    (((T::tanh(x.mul_add(a5, x) * T::from(0.12).unwrap())
        * T::from(4.0).unwrap()
        * T::from(0.42).unwrap())
    .sin()
        * T::from(0.9).unwrap())
    .acos()
        * x
        * a5
        * T::from(0.05).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_92<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = (y.min(x) * y.sinh()).atan() * T::from(1.26).unwrap();
    }
    if n % 3 % 2 == 0 {
        let mut k3: usize = n * 3 % 6;
        h1[(n + 3) % 4] = T::tanh(h1[k3 * 3 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    }
    for i4 in (1..n).step_by(2) {
        let i4 = T::from(i4).unwrap() * y;
        let mut s5 = ((T::tanh(
            ((i4 * x).atan() * T::from(3.78).unwrap()).floor() * T::from(0.25).unwrap(),
        ) * T::from(3.0).unwrap())
        .powi(2)
            + T::from(0.58).unwrap())
        .recip();
    }
    {
        if n % 2 != 2 {
            let mut x = T::acosh(h1[n % 4].abs() + T::from(1.56).unwrap());
            let mut s6 = (T::from(-0.88).unwrap().powi(n as i32)
                * (T::atan(y * T::from(n + 2).unwrap()) * T::from(2.52).unwrap()))
            .atan()
                * T::from(1.89).unwrap();
            let mut k7: usize = 0;
            loop {
                if k7 >= 5 {
                    break;
                }
                k7 += 1;
                s6 = ((s6
                    + ((y.abs() + T::from(0.27).unwrap()) * T::from(0.66).unwrap()).sin()
                        * T::from(2.0).unwrap())
                    * T::from(0.3).unwrap())
                .sin()
                    * T::from(3.0).unwrap();
                h1[n % 4] = (h1[n % 4]
                    * (-(T::from(n).unwrap()
                        % (T::from(1.0).unwrap() + T::sin(h1[n % 4]) + T::from(0.85).unwrap()))
                        * T::from(0.53).unwrap())
                    .sin()
                    * T::from(0.75).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
                let a8 = T::floor(h1[n * 2 % 4])
                    % (T::abs(
                        T::atan(
                            ((T::tanh(x * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).powi(2)
                                + T::from(0.41).unwrap())
                            .log(T::hypot(y, T::from(0.23).unwrap()) + T::from(1.71).unwrap()),
                        ) * T::from(1.89).unwrap(),
                    ) + T::from(0.53).unwrap());
                if T::from(core::f64::consts::LN_2).unwrap().exp_m1().sqrt() > s6.max(a8) {
                    break;
                }
            }
            x = (x
                * ((y - y)
                    / (((gen_36(
                        w[(n + 2) % 4].atan() * T::from(1.26).unwrap(),
                        (x * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                        &h1,
                        n * 3 % 5,
                    ) * T::from(0.37).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .powi(2)
                        + T::from(0.68).unwrap()))
                * T::from(0.08).unwrap())
            .sin()
                * T::from(3.0).unwrap();
        } else {
            let a9 = if (w[0] * y).asinh() <= T::from(1.4).unwrap() {
                T::max(
                    (y.hypot(T::from(0.2).unwrap()) + T::from(0.44).unwrap())
                        .log(y.hypot(T::from(0.23).unwrap()) + T::from(1.31).unwrap()),
                    w[n * 3 % 4],
                ) + (x.exp2() * w[n % 4].exp2() * T::from(0.09).unwrap()).sin()
                    * T::from(2.0).unwrap()
            } else {
                T::atan(
                    gen_13(
                        T::from(-0.3).unwrap(),
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ) / (T::from(1.0).unwrap()
                        + (x.mul_add(T::one(), x).atan() * T::from(1.89).unwrap()).tanh()
                        + T::from(0.29).unwrap()),
                ) * T::from(2.52).unwrap()
            };
        }
    }
    y
}

#[differentiable]
pub fn gen_93<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = (gen_83(
        ((T::zero() - w[n % 4]) * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        ((x * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan(),
        w,
        4,
    ) * T::from(0.37).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    if s1 / -(T::from(1.0).unwrap() + T::sin(-w[0]) + T::from(0.64).unwrap())
        <= s1 % (w[n % 4].powi(2) + T::from(0.51).unwrap())
    {
        let a2 = y;
    } else {
        if n % 2 == 0 {
            if x < T::from(-0.3).unwrap() {
                let a3 = if (y + w[0]).min(
                    (T::abs(T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap())
                        + T::from(0.27).unwrap())
                    .powf(s1.atan() * T::from(1.26).unwrap()),
                ) < s1 / T::from(1.58).unwrap()
                {
                    T::log(
                        (((y / -x.cosh()
                            + gen_84(
                                T::from(-1.18).unwrap(),
                                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                w,
                                n,
                            ))
                            * T::from(0.32).unwrap())
                        .sin()
                            * T::from(3.0).unwrap())
                        .abs()
                            + T::from(0.27).unwrap(),
                        T::from(3.36).unwrap(),
                    )
                } else {
                    ((w[3] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
                        - (s1 + T::from(-1.54).unwrap())
                };
                s1 = T::tanh(
                    (s1 - (y.mul_add(
                        T::from(std::f64::consts::PI).unwrap() + w[n % 4],
                        gen_89(
                            T::from(-1.86).unwrap(),
                            T::tanh(a3 * T::from(0.23).unwrap()) * T::from(2.0).unwrap(),
                            w,
                            4,
                        ),
                    ) * T::from(0.09).unwrap())
                    .sin()
                        * T::from(3.0).unwrap())
                        * T::from(0.25).unwrap(),
                ) * T::from(3.0).unwrap();
            } else if T::from(4).unwrap() > w[n % 4].mul_add(w[n % 4], w[0]) {
                if x <= T::from(0.26).unwrap() {
                    return y;
                }
            }
        }
    }
    T::tanh(s1 * x * x * T::from(0.12).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_94<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::from(1.0).unwrap() + y.max(w[3]).sin() + T::from(0.23).unwrap()).log2();
    for i2 in (0..n).rev() {
        let a3 = if x.mul_add(T::zero(), (y.atan() * T::from(0.75).unwrap()).tan())
            >= T::from(0.45).unwrap().ln_1p()
        {
            w[i2]
        } else if T::from(-0.34).unwrap().cos() >= T::from(0.43).unwrap() {
            T::from(n * 3 % 9).unwrap()
        } else {
            (y + y) * -a1
        };
        if (w[i2] + w[3]) * a1 >= T::from(1.2).unwrap() {
            break;
        }
    }
    let a4 = x.sinh() + w[n % 4].cosh().log10();
    if !((x + a4) % (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.98).unwrap())
        < (T::from(1.0).unwrap() + w[n * 2 % 4].tanh() + T::from(0.65).unwrap()).cbrt()
        && n % 2 % 2 == 0)
    {
        let mut s5 = ((T::from(3).unwrap() * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap())
            .cosh()
            % ((T::atan(w[n * 3 % 4].max(x)) * T::from(0.75).unwrap())
                .tan()
                .powi(2)
                + T::from(0.73).unwrap());
    }
    let mut s6 = w[n % 4];
    let a7: T = T::tanh(
        s6 / (T::from(1.0).unwrap() + w[1].sin().sin() + T::from(0.45).unwrap())
            * T::cosh(((a4 - x) * T::from(0.24).unwrap()).sin() * T::from(3.0).unwrap()).ln()
            * T::from(0.07).unwrap(),
    ) * T::from(4.0).unwrap();
    s6 = ((s6 - ((w[1] + w[n % 4]).atan() * T::from(0.56).unwrap()).acos())
        * T::from(0.23).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    let a8: T = (((a1 + a7) * T::from(0.26).unwrap()).sin() * T::from(0.9).unwrap()).asin();
    let a9: T = (w[1]
        / (T::from(1.0).unwrap()
            + (T::tanh(a4 * T::from(0.36).unwrap()) * T::from(3.0).unwrap()).sin()
            + T::from(0.51).unwrap()))
    .tanh();
    s6 = (s6 * ((T::from(n).unwrap() + a9) / (T::abs(x) + T::from(0.7).unwrap())) + w[n % 4])
        .atan()
        * T::from(2.52).unwrap();
    let mut s10 = (a7 - w[n * 2 % 4].max(T::from(core::f64::consts::LN_2).unwrap())).atan()
        * T::from(2.52).unwrap();
    s10 = ((s10 - y.max(T::from(SCALE).unwrap()).recip()) * T::from(0.28).unwrap()).sin()
        * T::from(4.0).unwrap();
    T::sin(
        (gen_79(
            a9,
            (gen_70(
                w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
                w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.27).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        ) + y)
            * y
            * T::from(0.19).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_95<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    let a2 = if T::sqrt(T::from(1.0).unwrap() + x.sin() + T::from(0.55).unwrap())
        * (x / -(T::abs(T::from(2).unwrap()) + T::from(0.3).unwrap()))
        <= T::from(1.27).unwrap()
    {
        return T::from(-0.71).unwrap().cosh();
    } else {
        gen_88(
            (T::atan(T::mul_add(x, x, T::from((n * 2) as f64).unwrap()))
                * T::from(2.52).unwrap()
                * T::from(0.4).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            (gen_88(
                (h1[3] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::from(1).unwrap(),
                w,
                n,
            ) * T::from(0.26).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            w,
            (n + 1) % 5,
        )
    };
    let a3 = gen_70(
        (-h1[n % 4]).atan() * T::from(1.26).unwrap(),
        (T::floor(y) * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
        &h1,
        n,
    );
    let a4 = -(h1[n % 4].min(T::from(n).unwrap()) + T::cosh(T::from(-1.83).unwrap()).sqrt());
    let mut s5: T = (T::cos(a4) + -y).atan() * T::from(1.26).unwrap();
    s5 = (s5
        + (T::from(1.0).unwrap()
            + (w[n % 4].atan() * T::from(1.26).unwrap()).tanh()
            + T::from(0.25).unwrap())
        .powf(T::atan(a3 * x) * T::from(1.26).unwrap()))
    .atan()
        * T::from(1.26).unwrap();
    let mut s6 = s5.atan() * T::from(1.26).unwrap();
    (s5 * x * s5 * T::from(0.19).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_96<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 =
        (w[n % 4] * (T::from(-0.87).unwrap() * T::from(n).unwrap()) * T::from(0.22).unwrap())
            .tanh()
            * T::from(4.0).unwrap();
    let a3 = if x + (T::from(1.38).unwrap() - y) < T::from(0.61).unwrap() {
        let s1 = s1.tanh();
        T::hypot(
            T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().cos(),
            (s1 - T::zero()).cosh(),
        )
    } else if (w[n % 4].atan() * T::from(0.56).unwrap()).asin()
        * (w[n % 4] + T::from(-1.28).unwrap())
        > T::from(-0.99).unwrap()
        || n > 3
    {
        (T::atan(s1) * T::from(0.56).unwrap()).acos()
    } else {
        let a2 = w[n % 4].hypot(T::from(0.46).unwrap()).cbrt()
            / ((s1.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.26).unwrap());
        y
    };
    let a8 = if x - (w[n % 4] - y)
        >= gen_15(
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            1,
        )
        || a3 - T::from(-0.97).unwrap() - w[n % 4].exp() < T::from(0.87).unwrap().log2()
    {
        w[n % 4] - gen_94(y.atan() * T::from(1.26).unwrap(), T::one(), w, n * 3 % 5)
    } else {
        let mut k4: usize = n;
        let mut s5 = T::sin(
            T::asinh(T::from(1.28).unwrap())
                * (x - T::from(OFFSET).unwrap())
                * T::from(0.63).unwrap(),
        ) * T::from(2.0).unwrap();
        let mut k6: usize = 0;
        while !((T::from(-0.23).unwrap() / x.hypot(T::from(0.44).unwrap())).exp() >= w[k4 % 4] + a3
            && s1 >= T::from(1.43).unwrap() + s5)
            && k6 < 5
        {
            k6 += 1;
            let a7: T = gen_94(
                ((T::from(1.63).unwrap() + s1) * T::from(0.27).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                T::tanh((s5 + T::from(-1.93).unwrap()) * T::from(0.38).unwrap())
                    * T::from(2.0).unwrap(),
                w,
                4,
            );
            s5 = ((s5
                + ((T::from((k4 + 1) as f64).unwrap() - w[2]).atan() * T::from(0.56).unwrap())
                    .acos()
                    .atan()
                    * T::from(1.26).unwrap())
                * T::from(0.43).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        T::from(-1.17).unwrap()
    };
    let mut s9 = ((T::tanh((a3 + T::from(1.5).unwrap()) * T::from(0.38).unwrap())
        * T::from(3.0).unwrap())
    .abs()
        + T::from(0.4).unwrap())
    .sqrt()
        % (T::from(1.0).unwrap() + T::tanh(T::from(-1.85).unwrap()) + T::from(0.55).unwrap());
    let a10 = (y.atan()
        / (((T::atan2(
            T::from(1.0).unwrap()
                + T::tanh(T::atan(s1) * T::from(1.89).unwrap())
                + T::from(0.48).unwrap(),
            w[n % 4],
        ) * T::from(0.48).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .abs()
            + T::from(0.71).unwrap()))
    .atan();
    w[n * 3 % 4] + a10
}

#[differentiable]
pub fn gen_97<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in (1..n).step_by(2) {
        if !(T::from(-0.99).unwrap().signum()
            / ((x / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()).powi(2)
                + T::from(0.45).unwrap())
            > T::from(-0.1).unwrap()
            && n % 2 % 2 == 0)
        {
            if T::from(1.71).unwrap() * y
                + (x.abs() + T::from(0.5).unwrap()).atan2(T::from(-1.95).unwrap())
                <= T::from(1.16).unwrap()
            {
                return T::from(-0.32).unwrap();
            }
        } else {
            if w[n % 4] > x {
                return (T::exp_m1(T::from(0.24).unwrap() + y)
                    / ((T::sin(
                        (gen_89(
                            T::from(-0.91).unwrap(),
                            T::atan(x) * T::from(1.26).unwrap(),
                            w,
                            3,
                        ) - y)
                            * T::from(0.19).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .abs()
                        + T::from(0.4).unwrap())
                    * T::from(0.07).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
            }
            if T::from(n + 2).unwrap() > T::from(1.5).unwrap() {
                continue;
            }
        }
        let a2: T = x;
    }
    T::sin((y + w[n * 3 % 4] - T::from(0.13).unwrap() + y + y) * T::from(0.18).unwrap())
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_98<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4].abs()
        / -(T::from(1.0).unwrap()
            + T::sin(
                (w[n * 2 % 4] / -(y.powi(2) + T::from(0.5).unwrap()) * T::from(0.37).unwrap())
                    .tanh()
                    * T::from(3.0).unwrap(),
            )
            + T::from(0.5).unwrap());
    let mut y = y.tanh();
    let a2 = (T::hypot(w[3], T::from(0.49).unwrap()) + T::from(0.97).unwrap())
        .acosh()
        .sinh()
        * (w[n % 4] * x);
    let a3 = T::tanh(
        a1 / ((a2 / (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.44).unwrap())
            * T::from(0.06).unwrap())
        .tanh()
        .abs()
            + T::from(0.27).unwrap())
            * T::from(0.1).unwrap(),
    ) * T::from(2.0).unwrap();
    y = ((y - y) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap();
    let a4 = w[n * 3 % 4];
    y = T::from(n).unwrap().tanh().min(a3);
    y = ((y * (((a4 - x) * T::from(0.37).unwrap()).sin() * T::from(1.2).unwrap()).tan()
        + T::one().mul_add(a1, w[n % 4]))
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    (a2.signum().abs() + T::from(0.32).unwrap()).log2() * a3 + a1
}

#[differentiable]
pub fn gen_99<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut x = gen_84(
        y.atan() * T::from(1.26).unwrap(),
        T::atan(-x) * T::from(1.26).unwrap(),
        w,
        n,
    );
    let mut s1 = T::from(-1.62).unwrap();
    if -x + s1 > s1 {
        let x = (x * (y * s1) * T::from(0.08).unwrap()).sin() * T::from(3.0).unwrap();
        let a2 = T::from(1.86)
            .unwrap()
            .atan2(T::from(1.0).unwrap() + T::sin(y.signum()) + T::from(0.34).unwrap());
        let mut s3 = w[n % 4];
        let mut k4: usize = 0;
        loop {
            if k4 >= 6 {
                break;
            }
            k4 += 1;
            s3 = ((s3 + -T::from(-0.74).unwrap()) * T::from(0.4).unwrap()).tanh()
                * T::from(3.0).unwrap();
            let mut s5 = T::zero()
                % a2.hypot(T::from(0.51).unwrap())
                % (T::from(0.05).unwrap().abs() + T::from(0.58).unwrap());
            for &v6 in w.iter() {
                let mut s7 = -a2 * T::from(-0.55).unwrap();
                if w[n * 3 % 4]
                    / (T::from(1.0).unwrap() + v6.tanh() + T::from(0.55).unwrap())
                    / (T::from(1.0).unwrap()
                        + (T::atan(-s3) * T::from(1.89).unwrap()).tanh()
                        + T::from(0.55).unwrap())
                    < (w[n * 2 % 4].abs() + T::from(0.24).unwrap()).log2()
                {
                    let a8 = if gen_57(
                        ((w[n % 4] + s3) * T::from(0.3).unwrap()).sin() * T::from(2.0).unwrap(),
                        a2 % (w[n % 4].powi(2) + T::from(0.63).unwrap()),
                        w,
                        n * 3 % 5,
                    ) >= w[1].round()
                    {
                        let s5 = s5
                            + T::acosh(
                                T::from(1.0).unwrap()
                                    + ((s3 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                                        .sin()
                                    + T::from(1.29).unwrap(),
                            );
                        let mut a2 =
                            T::from(std::f64::consts::PI).unwrap().atan() * T::from(1.26).unwrap();
                        w[3] + w[n % 4]
                    } else {
                        ((w[3] / T::hypot(w[0], T::from(0.36).unwrap())
                            - v6 / (w[n % 4].powi(2) + T::from(0.22).unwrap()))
                            * T::from(0.1).unwrap())
                        .tanh()
                            * T::from(2.0).unwrap()
                    };
                } else if T::from(-0.67).unwrap() <= y {
                    if n % 2 > 2 {
                        break;
                    }
                    let a9 = w[n % 4] + w[1];
                    s5 = T::atan(
                        s5 * w[n % 4]
                            + s1 % (T::from(0.19).unwrap().powi(2) + T::from(0.86).unwrap()),
                    ) * T::from(3.78).unwrap();
                }
            }
            if n % 2 % 2 == 0 {
                break;
            }
        }
    }
    T::tanh(
        (((s1 * T::from(0.5).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
            + T::asinh(y)
            + y
            + s1)
            * T::from(0.18).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_100<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::sin(T::from(n * 2).unwrap().trunc());
    let a2 = ((y + s1)
        % (T::from(1.0).unwrap()
            + T::tanh(
                (T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap(),
            )
            + T::from(0.7).unwrap())
        * T::cosh(
            (T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap(),
        )
        .hypot((s1.atan() * T::from(1.89).unwrap()).sinh())
        * T::from(0.05).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    for i3 in 0..n {
        let a4 = w[(i3 + 3) % 4];
    }
    for i5 in 1..=3 {
        {
            let k6 = n;
            if i5 % 2 == 0 || w[3 - i5] > T::from(-0.77).unwrap() {
                {
                    if x + x
                        % (T::from(1.0).unwrap()
                            + T::tanh(
                                (T::from(n).unwrap() * T::from(0.37).unwrap()).sin()
                                    * T::from(3.0).unwrap(),
                            )
                            + T::from(0.89).unwrap())
                        >= gen_57(
                            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            T::tanh(w[3 - i5] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                            w,
                            2,
                        )
                    {
                        continue;
                    }
                    s1 = ((s1
                        * ((T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                            + T::from(1.19).unwrap())
                            / -(T::from(1.0).unwrap() + x.tanh() + T::from(0.51).unwrap()))
                        + y / T::from(-1.72).unwrap())
                        * T::from(0.1).unwrap())
                    .sin()
                        * T::from(4.0).unwrap();
                }
                {
                    let mut h7 = [T::zero(); 4];
                    for i8 in 0..4 {
                        h7[i8] = ((T::from(-0.53).unwrap() + T::from(-1.11).unwrap())
                            / (x.abs().powi(2) + T::from(0.51).unwrap())
                            * T::from(0.47).unwrap())
                        .sin()
                            * T::from(2.0).unwrap();
                    }
                }
            } else {
                let y = (T::from(1.0).unwrap()
                    + (T::from(0.75).unwrap() + w[1]).sin()
                    + T::from(0.39).unwrap())
                .log10();
            }
        }
    }
    x
}

#[differentiable]
pub fn gen_101<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x.asinh();
    let mut k2: usize = n * 3 % 5;
    if (T::from(n + 1).unwrap() - T::from(-1.14).unwrap()).abs() >= T::from(-1.22).unwrap() {
        let mut h3 = [T::zero(); 4];
    } else if x + y * T::from(1.1).unwrap() < w[3] {
        let mut x = w[k2 % 4];
        s1 = ((s1 - (-s1).fract()) * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let a4 = (T::one().ln_1p()
        % (T::from(1.0).unwrap()
            + ((w[(n + 3) % 4] - x).atan() * T::from(1.89).unwrap()).tanh()
            + T::from(0.51).unwrap()))
    .tanh();
    let a4 = a4
        * (gen_24(
            w[n % 4].round().atan() * T::from(1.26).unwrap(),
            ((w[n % 4] + w[k2 % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) + (y * T::from(1.87).unwrap()
            - (T::from(1.0).unwrap() + w[(k2 + 2) % 4].sin() + T::from(0.32).unwrap()).recip()));
    T::asin(s1.atan() * T::from(0.56).unwrap())
}

#[differentiable]
pub fn gen_102<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = ((T::from(n).unwrap() * w[n % 4] * T::from(0.19).unwrap()).sin()
        * T::from(3.0).unwrap())
    .hypot(T::from(0.51).unwrap())
    .sqrt();
    let mut s2 = T::from(0.41).unwrap() * x.tanh()
        / (T::sin(T::from(0.26).unwrap()).powi(2) + T::from(0.24).unwrap());
    s2 = (T::from(0.43).unwrap() + T::from(1.07).unwrap()).cos();
    s2 = (s2
        - ((T::from(1.0).unwrap()
            + (T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).tanh()
            + T::from(0.53).unwrap())
        .powf((w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
            + x.hypot(x.hypot(T::from(0.98).unwrap()))))
    .atan()
        * T::from(1.26).unwrap();
    let a3 = (T::from(0.27).unwrap() * y.exp2()).ceil();
    for (_, v5) in w.iter().zip(w.iter()) {
        if T::tan(w[n % 4].signum()) <= T::from(-1.19).unwrap() {
            s2 = T::sin((s2 - y) * T::from(0.37).unwrap()) * T::from(2.0).unwrap();
            let mut a3 = (a3 / T::from(-0.84).unwrap() * (*v5 * w[n * 3 % 4])).atan()
                * T::from(2.52).unwrap();
        } else {
            let a6: T = w[n * 2 % 4] * w[(n + 1) % 4] + a1 / T::from(-1.21).unwrap();
        }
    }
    let mut s7 = T::sin(
        a3 * (((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
            .powi(2)
            + T::from(0.53).unwrap())
        .sqrt()
            * T::from(0.27).unwrap(),
    ) * T::from(4.0).unwrap();
    (T::min(T::abs(w[n % 4]), s7) * y * a3).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_103<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -y + x;
    let a2 = T::from(SCALE).unwrap() + T::zero() % x.cosh();
    let a3 = if (T::from(1.0).unwrap() + T::tanh(w[(n + 1) % 4]) + T::from(0.33).unwrap()).recip()
        + (T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.4).unwrap()).recip()
        > T::from(1.01).unwrap()
    {
        T::log10(x.abs() + T::from(0.37).unwrap())
    } else {
        a2
    };
    let a1 = x.powi(3);
    let mut s4 = (((a2 / T::from(-0.37).unwrap() - T::tanh(T::from(-0.42).unwrap()))
        * T::from(0.92).unwrap())
    .tanh()
        * T::from(1.2).unwrap())
    .tan();
    s4 = ((s4 + T::recip(T::ln_1p(T::from(1.52).unwrap()).round())) * T::from(0.5).unwrap()).sin()
        * T::from(2.0).unwrap();
    (T::hypot(
        ((a1 * T::from(0.19).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
            + T::from(0.3).unwrap(),
        T::one(),
    )
    .mul_add(x - w[n % 4], w[(n + 2) % 4] - a3)
        * T::from(0.04).unwrap())
    .tanh()
        * T::from(3.0).unwrap()
        + s4
        + a2
}

#[differentiable]
pub fn gen_104<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -x / (T::abs(T::zero()) + T::from(0.21).unwrap());
    let a8 = {
        if T::tanh(T::from(-1.94).unwrap() * a1 * T::from(0.08).unwrap()) * T::from(6.0).unwrap()
            - w[n % 4]
            < x
            || T::zero() + w[n % 4] / (T::from(1.0).unwrap() + T::sin(x) + T::from(0.45).unwrap())
                >= T::from(0.9).unwrap()
        {
            let mut s2 = T::log(
                T::from(1.0).unwrap() + x.tanh() + T::from(0.34).unwrap(),
                T::from(3.97).unwrap(),
            )
            .atan();
            let mut k3: usize = 0;
            while w[3] <= T::from(0.56).unwrap() && k3 < 4 {
                k3 += 1;
                let a4 = (((y + y) * T::from(0.37).unwrap()).tanh() * T::from(0.8).unwrap())
                    .ln_1p()
                    * T::powi(
                        ((s2.abs() + T::from(0.65).unwrap()).hypot(a1) * T::from(0.15).unwrap())
                            .tanh()
                            * T::from(2.5).unwrap(),
                        1,
                    );
                s2 = (s2
                    + (a4.hypot(T::from(0.23).unwrap()).sqrt().recip() * T::from(0.72).unwrap())
                        .tanh()
                        * T::from(2.0).unwrap())
                .atan()
                    * T::from(1.26).unwrap();
            }
            let a5 = if k3 != 3 {
                -(y + w[3])
            } else {
                let a1 = ((a1
                    + (T::zero() * s2
                        - gen_89(
                            T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                            w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
                            w,
                            n,
                        )))
                    * T::from(0.1).unwrap())
                .tanh()
                    * T::from(6.0).unwrap();
                s2 = ((s2 - -w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
                T::from(-0.09).unwrap() * w[n % 4]
                    / -(w[n % 4].fract().abs() + T::from(0.36).unwrap())
            };
        } else if T::from(-0.95).unwrap().sin() + a1 < x + w[n * 3 % 4] {
            let a6 = if T::from(1.33).unwrap().exp2() < T::from(-0.77).unwrap() + x {
                w[(n + 3) % 4]
            } else {
                y
            };
        } else {
            let mut k7: usize = 1;
        }
        w[n % 4] * ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).tan()
    };
    (a1 + y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_105<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a4 = if T::from(0.39).unwrap().ln_1p() * (x / -w[n % 4].cosh()) < T::from(1.1).unwrap() {
        if (T::sin(y * y * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).sinh()
            > T::from(0.7).unwrap() * T::from(OFFSET).unwrap()
        {
            let mut k1: usize = n * 3 % 7;
        }
        {
            let mut h2 = [T::zero(); 4];
        }
        T::exp_m1((T::from(1.0).unwrap() + T::from(0).unwrap().sin() + T::from(0.6).unwrap()).ln())
            .cosh()
    } else {
        let a3 = w[n % 4] / (T::abs(w[n % 4]) + T::from(0.57).unwrap()) - y.sinh();
        x.asinh().max(T::from(-0.79).unwrap().tan())
    };
    let a5 = x;
    let a9 = if -T::from(1.14).unwrap().log(T::from(4.08).unwrap()) <= T::from(-0.25).unwrap() {
        let a7 = if w[n % 4] <= T::from(-0.96).unwrap() {
            -(T::from(1.0).unwrap() + a5.tanh() + T::from(1.46).unwrap()).acosh()
        } else {
            let a6 = (w[(n + 1) % 4] + y)
                % ((w[n % 4] % (a4.powi(2) + T::from(0.69).unwrap())).powi(2)
                    + T::from(0.98).unwrap());
            w[n % 4]
        };
        let mut s8 = w[0];
        (w[(n + 1) % 4].powi(2) + T::from(0.57).unwrap()).sqrt()
    } else if ((gen_103(
        x.atan() * T::from(1.26).unwrap(),
        T::from(0.77).unwrap(),
        w,
        n,
    ) * T::from(0.28).unwrap())
    .sin()
        * T::from(0.9).unwrap())
    .atanh()
        >= x
    {
        x
    } else {
        (T::from(n).unwrap() + x).abs()
    };
    (gen_88(
        T::atan(x + a4) * T::from(1.26).unwrap(),
        (a4 * w[n % 4] * T::from(0.29).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) * y
        * a9)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_106<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if (T::from(1.0).unwrap() + x.tanh() + T::from(0.36).unwrap()).cbrt()
        - y / (T::from(1.0).unwrap() + w[(n + 1) % 4].sin() + T::from(0.31).unwrap())
        > gen_101(T::from(1.92).unwrap(), T::from(-0.35).unwrap(), w, 4)
        || T::from((n * 2) as f64).unwrap() + T::from(-1.13).unwrap() < T::from(1.26).unwrap()
    {
        (T::from(0.33).unwrap() - y).exp()
    } else {
        T::from(-1.15).unwrap().fract()
    };
    {
        let mut s2 = (((w[n % 4] + T::from(1.11).unwrap()) * (y - y) * T::from(0.12).unwrap())
            .tanh()
            * T::from(3.0).unwrap()
            * T::from(0.55).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let mut k3: usize = 0;
        loop {
            if k3 >= 5 {
                break;
            }
            k3 += 1;
            s2 = ((s2 * T::from(0.71).unwrap()
                + ((T::from(1.0).unwrap() + w[(n + 2) % 4].sin() + T::from(0.18).unwrap())
                    * T::from(0.69).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.46).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            let a4 = (T::from(n + 3).unwrap() * x * T::from(0.11).unwrap()).sin()
                * T::from(2.0).unwrap()
                - (-T::hypot(w[n % 4], T::from(0.56).unwrap())).recip();
            let a6 = if T::zero() + (x.powi(2) + T::from(0.62).unwrap()).log2() < s2.mul_add(y, y) {
                (w[(n + 1) % 4].powi(2) + T::from(1.64).unwrap())
                    .acosh()
                    .atan2(w[n % 4])
            } else {
                let a5 = -(w[n % 4] * T::from(-0.11).unwrap());
                (a4 * a5 / (T::abs(T::from(-0.86).unwrap() + w[n % 4]) + T::from(0.24).unwrap()))
                    .min(
                        (T::from(1.0).unwrap()
                            + (gen_29(
                                T::from(0.94).unwrap(),
                                (w[n * 3 % 4] * T::from(0.75).unwrap()).tanh()
                                    * T::from(2.0).unwrap(),
                                w,
                                n,
                            )
                            .atan()
                                * T::from(1.89).unwrap())
                            .sin()
                            + T::from(0.59).unwrap())
                        .cbrt(),
                    )
            };
            if (s2 - a4)
                / (T::from(1.0).unwrap()
                    + (T::atan(w[n * 3 % 4] * s2) * T::from(1.89).unwrap()).tanh()
                    + T::from(0.64).unwrap())
                <= T::from(-0.98).unwrap()
            {
                break;
            }
        }
    }
    T::zero()
}

#[differentiable]
pub fn gen_107<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if w[n * 3 % 4] - y * w[n % 4] > T::from(-0.88).unwrap() {
        let mut y =
            ((x + y - w[n % 4] * w[2]) * T::from(0.19).unwrap()).sin() * T::from(4.0).unwrap();
        if w[1]
            / -(T::from(1.0).unwrap() + x.sin() + T::from(0.7).unwrap())
            / (T::from(1.0).unwrap()
                + ((y * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
                + T::from(0.34).unwrap())
            <= T::from(-0.54).unwrap()
        {
            for i1 in (0..4).rev() {
                if (y + T::from(-0.29).unwrap()) * w[i1 * 2 % 4] >= T::from(1.07).unwrap() {
                    return T::one();
                }
                if !(T::cosh(w[n % 4]) > w[1]
                    && -(T::from(1.0).unwrap() + w[(i1 + n) % 4].tanh() + T::from(0.41).unwrap())
                        .sqrt()
                        < y)
                {
                    y = T::tanh((y + y) * T::from(0.19).unwrap()) * T::from(4.0).unwrap();
                }
                let i1 = T::from(i1).unwrap() * T::from(-1.02).unwrap();
                let x = x * T::acos(
                    gen_103(
                        (y * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                        (i1 * T::from(0.49).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n,
                    )
                    .fract()
                    .atan()
                        * T::from(0.56).unwrap(),
                );
            }
        } else if x > T::from(SCALE).unwrap() * x {
            if T::from(0.32).unwrap()
                / T::from(-0.82).unwrap()
                / T::hypot(x, T::from(0.24).unwrap())
                > T::from(0.05).unwrap()
            {
                if y * w[(n + 3) % 4].abs() > T::from(0.61).unwrap() {
                    y = T::sin((w[n % 4] - x * x) * T::from(0.25).unwrap()) * T::from(4.0).unwrap();
                    let a2 = w[n * 2 % 4];
                }
            } else if y + w[(n + 1) % 4] >= T::from(-1.12).unwrap() {
                let mut s3 = ((T::from(n as f64).unwrap() * x * T::from(0.19).unwrap()).sin()
                    * T::from(2.5).unwrap())
                .powi(1)
                    + (x - T::from(n).unwrap()).atan();
            } else {
                let a4: T = T::abs(w[1])
                    - gen_36(
                        T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n,
                    );
            }
        }
    } else if T::from(1.23).unwrap().trunc() > w[n * 3 % 4] {
        let a5 = if -(y - w[n % 4]) > T::from(-1.39).unwrap() {
            ((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin()
                / (T::atan((T::abs(y) + T::from(0.47).unwrap()).log2() * (y * y))
                    * T::from(1.89).unwrap())
                .cosh()
        } else {
            (T::from(1.0).unwrap()
                + ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).sin()
                + T::from(0.7).unwrap())
            .powf(w[(n + 1) % 4].atan() * T::from(1.26).unwrap())
                + x * y
        };
    } else {
        let a6 = if (T::from(SCALE).unwrap() + T::zero()).ln_1p() <= T::from(-0.77).unwrap() {
            T::from(1.9).unwrap() / T::from(-0.14).unwrap().exp() + x
        } else {
            x.atan2(
                T::from(1.0).unwrap()
                    + (T::atan((w[n % 4].powi(2) + T::from(0.59).unwrap()).atan2(y))
                        * T::from(1.89).unwrap())
                    .sin()
                    + T::from(0.39).unwrap(),
            )
        };
    }
    T::cosh(y).fract()
}

#[differentiable]
pub fn gen_108<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = y;
    let a4 = {
        let mut s2 = w[3].signum().exp_m1();
        let k3 = n;
        T::ln_1p((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
    };
    s1 = ((s1
        + (((gen_101(w[n % 4].atan() * T::from(1.26).unwrap(), a4, w, (n + 2) % 5)
            - T::from(-0.58).unwrap())
            * T::from(1.2).unwrap())
        .tanh()
            * T::from(1.2).unwrap())
        .tan())
        * T::from(0.25).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    if !(n != 2
        && gen_90(
            (T::from(2).unwrap() + x).atan() * T::from(1.26).unwrap(),
            ((a4 - T::from(1.07).unwrap()) * T::from(0.56).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            3,
        ) > T::from(1.45).unwrap())
    {
        let k5 = n * 3 % 8;
        let a9 = {
            let a8 = {
                let a7 = {
                    let mut s6 = T::from(-1.25).unwrap().cosh().cosh();
                    gen_102(
                        T::cbrt(w[k5 * 3 % 4].powi(2) + T::from(0.51).unwrap()),
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        (k5 + n) % 5,
                    ) % (y.cosh() / -T::from(-1.49).unwrap())
                };
                w[(n + 2) % 4]
            };
            w[(k5 + 2) % 4] - (T::from(core::f64::consts::LN_2).unwrap() - y)
        };
    } else if T::from(0.45).unwrap().asin() + T::one().exp() <= T::from(-0.09).unwrap() {
        s1 = (s1 * T::sin((T::from((n + 2) as f64).unwrap() - y).fract())).atan()
            * T::from(2.52).unwrap();
    }
    y.cosh() - T::from((n + 2) as f64).unwrap() % T::zero().cosh()
}

#[differentiable]
pub fn gen_109<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    let a16 = if w[n % 4] >= w[0] * T::from(std::f64::consts::PI).unwrap() {
        let mut s2 = (T::tanh(y).exp() + T::from(1.05).unwrap()).acosh();
        let mut k3: usize = 0;
        loop {
            if k3 >= 6 {
                break;
            }
            k3 += 1;
            s2 = ((s2
                + ((((w[n % 4] + T::from(0.34).unwrap())
                    % (T::from(1.0).unwrap()
                        + T::sin((s2 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap())
                        + T::from(0.98).unwrap()))
                .abs()
                    + T::from(0.23).unwrap())
                    * T::from(0.58).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.3).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            if y < T::from(0.52).unwrap() {
                let a4: T = y * (y + s2);
            }
            if a1 * (w[(n + 1) % 4] - w[n % 4])
                > (((s2 * T::from(0.5).unwrap()).sin() * T::from(2.5).unwrap()).exp()
                    * T::from(0.12).unwrap())
                .sin()
                    * T::from(4.0).unwrap()
            {
                break;
            }
        }
        let mut h5 = [T::from(-0.28).unwrap(); 4];
        x
    } else if T::from(-1.25).unwrap() / -(w[3].powi(2) + T::from(0.51).unwrap())
        > T::from(0.45).unwrap()
    {
        let mut s6 = ((x.ceil() - T::from(-1.63).unwrap().max(w[3])) * T::from(0.32).unwrap())
            .tanh()
            * T::from(4.0).unwrap();
        let mut k7: usize = 0;
        while s6 < (T::from(-1.82).unwrap() + y) * T::tan(T::from(core::f64::consts::LN_2).unwrap())
            && k7 < 4
        {
            k7 += 1;
            s6 = (s6 * T::from(0.66).unwrap()
                + T::tanh(
                    (T::from(1.0).unwrap() + T::from(1).unwrap().sin() + T::from(0.14).unwrap())
                        * T::from(0.7).unwrap(),
                ) * T::from(2.0).unwrap())
            .atan()
                * T::from(2.52).unwrap();
            for (&v8, &v9) in w.iter().zip(w.iter()) {
                {
                    let mut s10 = (T::from(n).unwrap()
                        % (T::abs(
                            ((T::from(-0.21).unwrap() + T::from(n).unwrap())
                                * T::from(0.4).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap(),
                        ) + T::from(0.8).unwrap()))
                    .atan()
                        * T::from(1.89).unwrap();
                    let a13 = {
                        let a11 =
                            T::tan((x * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap());
                        let a12 = v8.mul_add(T::zero(), x).asinh()
                            * T::from(0.71).unwrap().round().round();
                        T::atan(
                            (T::one()
                                / -((T::atan(s10) * T::from(1.89).unwrap()).powi(2)
                                    + T::from(0.6).unwrap())
                                - v9.cos())
                                * (a12 - T::from(3).unwrap() * x),
                        ) * T::from(2.52).unwrap()
                    };
                    let a14 = T::from(0.44).unwrap()
                        * (T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap())
                            .cosh()
                            .powf((w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap());
                }
                let k15 = 2;
            }
        }
        gen_46(
            ((w[n % 4] + w[(n + k7) % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
            ((T::zero() - a1) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        )
    } else {
        (T::from(3).unwrap() + T::from(1.91).unwrap()) / T::from(1.22).unwrap()
    };
    ((y + w[n % 4])
        * gen_101(
            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (a1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )
        * y
        + a16)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_110<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = y;
        let a2 = gen_101(
            w[n % 4].atan() * T::from(1.26).unwrap(),
            T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        ) * w[2];
        let a3 = a2;
    }
    if (T::zero() * w[n * 3 % 4]).powi(n as i32) >= y * T::zero() || y <= T::from(-1.07).unwrap() {
        return T::atan(x);
    }
    let mut x = (x * y).atan() * T::from(2.52).unwrap();
    let a5 = {
        let mut s4 = T::atan(x) * T::from(2.52).unwrap();
        T::log(
            ((gen_16(T::from(1.62).unwrap(), T::one(), w, n) * T::from(0.84).unwrap().recip())
                .atan()
                * T::from(1.89).unwrap())
            .hypot(T::from(0.92).unwrap()),
            w[n * 3 % 4].abs() + T::from(1.6).unwrap(),
        )
    };
    (gen_36(
        T::from(0).unwrap().abs(),
        ((w[n * 3 % 4] + a5) * T::from(0.36).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) * x
        * y
        * T::from(0.05).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_111<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::cos(x) > w[n % 4].cos() {
        return gen_74(
            w[n % 4].atan() * T::from(1.26).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) - y;
    }
    if n != 3 {
        let mut s1 = w[n % 4];
        let mut k2: usize = 0;
        while s1
            < s1 / (T::from(1.0).unwrap()
                + ((w[(n + 3) % 4]
                    / -(T::from(1.0).unwrap() + w[(n + 2) % 4].tanh() + T::from(0.17).unwrap()))
                .atan()
                    * T::from(1.89).unwrap())
                .tanh()
                + T::from(0.44).unwrap())
            && k2 < 2
        {
            k2 += 1;
            s1 = ((s1
                + ((T::from(1.0).unwrap()
                    + ((s1 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).sin()
                    + T::from(0.47).unwrap())
                    * T::from(0.61).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.3).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            let mut x = T::from(-0.24).unwrap();
            if -T::from(1.67).unwrap() >= y.exp() {
                let a4 = if n % 2 != 3 {
                    let mut h3 = [T::from(0.16).unwrap(); 4];
                    T::from(n).unwrap()
                } else if !(n % 2 % 2 == 0
                    && w[n % 4] - T::from(-0.19).unwrap() * w[0] < T::from(-0.51).unwrap())
                {
                    T::sin(
                        (x.sin() - (s1.atan() * T::from(1.89).unwrap()).sinh())
                            / (gen_46(
                                (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                                (s1 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                                w,
                                n,
                            )
                            .atan()
                            .powi(2)
                                + T::from(0.33).unwrap())
                            * T::from(0.08).unwrap(),
                    ) * T::from(3.0).unwrap()
                } else {
                    (T::from(1.0).unwrap()
                        + (T::from(n).unwrap().atan() * T::from(1.89).unwrap()).sin()
                        + T::from(0.23).unwrap())
                    .cbrt()
                    .sqrt()
                };
            } else if !(n != 3 && -w[n % 4] / T::from(1.09).unwrap() <= T::from(1.32).unwrap()) {
                let mut h5 = [T::from(0.56).unwrap(); 4];
                for i6 in 0..4 {
                    h5[i6] = T::ln_1p((s1 * T::from(0.5).unwrap()).tanh() * T::from(0.8).unwrap());
                }
            }
        }
        let a7: T = -T::one();
    } else if -gen_107(
        T::atan(y) * T::from(1.26).unwrap(),
        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        (n + 1) % 5,
    ) < x
    {
        let k8 = n;
    } else {
        let a9 = if w[n % 4].min(w[(n + 2) % 4])
            < T::from(-1.77).unwrap() / (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.6).unwrap())
        {
            -(T::zero() - T::from(1.22).unwrap())
        } else {
            return w[n * 2 % 4];
        };
    }
    (-T::from(0.88).unwrap()).exp_m1() * y + y
}

#[differentiable]
pub fn gen_112<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[(n + 2) % 4];
    let mut s2 = y;
    let x = T::zero().mul_add(
        (((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            .abs()
            + T::from(0.67).unwrap())
        .recip(),
        ((w[3] - s2 + s1 * T::from(-1.9).unwrap()) * T::from(0.1).unwrap()).tanh()
            * T::from(3.0).unwrap(),
    );
    let a3: T = (w[n % 4] * s1 / (x.powi(2) + T::from(0.5).unwrap()) * T::from(0.09).unwrap())
        .tanh()
        * T::from(2.0).unwrap();
    let s1 = s1
        * ((s1
            % (T::from(1.0).unwrap()
                + ((s2 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.95).unwrap()))
        .abs()
            + T::from(0.51).unwrap())
        .ln();
    let mut s4 = T::cos(T::ln_1p(w[n % 4].atan() * T::from(0.5).unwrap()));
    let a5 = T::round(w[n % 4]) % T::exp(w[n % 4] * T::from(OFFSET).unwrap());
    if n % 3 > 2 {
        return a5;
    }
    (T::hypot(
        T::from(n).unwrap().atan() * T::from(1.26).unwrap(),
        T::from(0.78).unwrap(),
    )
    .powf(T::from(-1.49).unwrap())
    .cosh()
        * s4
        * y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_113<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        if y <= T::from(1.14).unwrap() {
            let a1: T = T::atan((x + T::from(n).unwrap()) * (x * y)) * T::from(2.52).unwrap();
            let mut s2 = T::atan(y * y / T::hypot(y.powi(2) + T::from(0.42).unwrap(), x))
                * T::from(1.89).unwrap();
            let a3 = gen_91(
                T::sin(s2 * T::from(0.5).unwrap()) * T::from(2.0).unwrap(),
                (gen_85(
                    T::atan(a1) * T::from(1.26).unwrap(),
                    x.atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ) * T::from(0.57).unwrap())
                .sin()
                    * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            );
        }
    }
    let mut k4: usize = n * 2 % 7;
    let x = T::tanh(x);
    let x = -y
        * (((w[(k4 + n) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
            .powi(n as i32)
            .atan()
            * T::from(1.26).unwrap());
    let a5 = (T::tanh((y + y + (y + T::from(0.27).unwrap())) * T::from(0.24).unwrap())
        * T::from(3.0).unwrap())
    .sinh();
    let a7 = {
        let mut h6 = [T::one(); 4];
        (a5 * T::from(k4 as f64).unwrap().trunc() * T::from(0.03).unwrap()).tanh()
    };
    let a9 = if k4 % 2 < 2 {
        let mut s8 = (x % (T::from(-0.6).unwrap().powi(2) + T::from(0.6).unwrap())).powi(3);
        x * (w[n % 4] * T::from(-1.19).unwrap())
    } else {
        (((T::from(k4).unwrap() + T::from(n + 3).unwrap()) * T::from(0.12).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .ln_1p()
    };
    (T::from(1.97).unwrap() / (T::from(1.0).unwrap() + T::sin(y) + T::from(0.27).unwrap())).sqrt()
        * y
}

#[differentiable]
pub fn gen_114<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n * 2 % 4];
    {
        if (-T::zero()).signum() > T::from(-0.16).unwrap() {
            return (T::powf(
                T::from(-1.1).unwrap().cosh(),
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            )
            .min(w[n % 4] - T::from(n as f64).unwrap())
                * T::from(0.25).unwrap())
            .tanh()
                * T::from(6.0).unwrap();
        }
        let a2 = T::from(1.17).unwrap().cosh()
            / (((a1 - w[n * 2 % 4]).atan() * T::from(1.89).unwrap()).abs()
                + T::from(0.26).unwrap());
    }
    let y = x - w[0] % (T::from(1.0).unwrap() + y.sin() + T::from(0.62).unwrap());
    let mut s3 = x;
    s3 = (s3 + T::atan(w[(n + 2) % 4]) * (a1 * a1)).atan() * T::from(1.89).unwrap();
    let mut s4 = ((T::mul_add(T::from(-0.28).unwrap(), a1, y) + a1) * T::from(0.23).unwrap())
        .tanh()
        * T::from(2.0).unwrap();
    if (T::from(n as f64).unwrap() * x).sin() <= T::from(-0.2).unwrap() {
        return T::from(std::f64::consts::PI).unwrap();
    }
    s3 = (s3 * T::tan((w[n % 4] + y).atan() * T::from(0.75).unwrap()) * T::from(0.28).unwrap())
        .tanh()
        * T::from(3.0).unwrap();
    let a5 = T::from(-0.86).unwrap();
    ((w[n * 2 % 4].exp_m1() + a5 * T::zero()) * T::from(0.23).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_115<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y.tanh();
    let a2 = {
        {
            let a1 = if ((y * T::from(1.56).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p()
                <= T::from(-0.73).unwrap()
            {
                -w[n % 4]
            } else if T::from(-0.27).unwrap() > y * y {
                gen_65(
                    (T::tanh(
                        y % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.64).unwrap())
                            * T::from(1.56).unwrap(),
                    ) * T::from(0.9).unwrap())
                    .atanh(),
                    (T::recip(T::from(1.0).unwrap() + T::tanh(y))
                        * -w[n % 4]
                        * T::from(0.19).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                )
            } else {
                x.asinh() - T::from(core::f64::consts::LN_2).unwrap().recip()
            };
            let mut y =
                (y * (-y).mul_add(
                    T::from(0.84)
                        .unwrap()
                        .log(T::from(1.0).unwrap() + w[(n + 3) % 4].tanh() + T::from(1.6).unwrap()),
                    a1,
                ) * T::from(0.48).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
        }
        T::from(1.94).unwrap().log10() * (w[n % 4] * w[n % 4])
    };
    let a3 = y.exp().cbrt();
    let a3 = a3.tanh();
    let mut s4 = a2;
    let a5 =
        (((w[n % 4] - x).atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.52).unwrap()).log2();
    if n % 2 == 0 {
        s4 = ((s4 - a5) * T::from(0.22).unwrap()).tanh() * T::from(4.0).unwrap();
        let a6 = x;
    }
    s4 = (T::from(1.0).unwrap()
        + (T::tanh(w[(n + 3) % 4] * w[n % 4] * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
            .tanh()
        + T::from(1.5).unwrap())
    .acosh();
    s4 = (a3 / T::from(1.81).unwrap()
        - (T::tanh(s4 * T::from(0.37).unwrap()) * T::from(2.0).unwrap())
            .hypot(T::from(0.53).unwrap())
            .powf((w[0] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()))
    .fract();
    T::from(1.28).unwrap()
}

#[differentiable]
pub fn gen_116<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 1..=3 {
        if (T::from(i1).unwrap() + T::zero()) / (T::abs(w[(i1 + 3) % 4]) + T::from(0.39).unwrap())
            > w[i1]
        {
            let a2 = if T::acos(
                (gen_114(
                    T::from(-0.67).unwrap(),
                    y.atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ) * T::from(0.28).unwrap())
                .sin()
                    * T::from(0.9).unwrap(),
            ) >= x.max(w[n % 4])
                && y > T::from(0.2).unwrap()
            {
                x
            } else {
                gen_113(
                    (w[3] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-1.35).unwrap(),
                    w,
                    (i1 + n) % 5,
                )
                .atan2(T::from(0.17).unwrap() / T::hypot(T::zero(), T::from(0.79).unwrap()))
            };
            if !(i1 > 2 && i1 < 3) {
                return (T::mul_add(
                    w[i1] * x,
                    a2 / T::from(-1.12).unwrap(),
                    T::from(0.96).unwrap(),
                ) * T::from(0.19).unwrap())
                .sin()
                    * T::from(6.0).unwrap();
            }
            let mut h3 = [T::from(-0.34).unwrap(); 4];
            for i4 in 0..4 {
                h3[i4] = (w[i1].exp_m1() * h3[i4 * 2 % 4].sinh() * T::from(0.06).unwrap()).tanh();
            }
        }
        if ((T::powf(
            T::from(1.0).unwrap()
                + ((T::from(i1).unwrap() * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap())
                    .sin()
                + T::from(0.31).unwrap(),
            T::from(1.82).unwrap(),
        ) * T::from(0.33).unwrap())
        .tanh()
            * T::from(2.5).unwrap())
        .exp_m1()
            >= (T::from(n + i1).unwrap() / -T::hypot(w[(i1 + 2) % 4], T::from(0.33).unwrap())
                * T::from(0.07).unwrap())
            .tanh()
        {
            break;
        }
        let a6 = {
            let a5 = w[i1].max(y);
            w[i1] / (T::from(1.0).unwrap() + T::sin(T::from(2).unwrap()) + T::from(0.58).unwrap())
                + y.signum()
        };
    }
    ((w[1] - y + (y - T::from(1.3).unwrap())) * T::from(0.21).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_117<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (x + y).cos();
    for i2 in (0..n).rev() {
        let a3 = (T::from(1.0).unwrap()
            + T::tanh(
                gen_108(
                    T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    a1,
                    w,
                    (i2 + n) % 5,
                )
                .atan()
                    * T::from(1.89).unwrap(),
            ))
        .log2()
            * ((x * a1).abs() + T::from(0.38).unwrap()).log10();
        let mut k4: usize = n + 1;
    }
    for (i6, &v5) in w.iter().enumerate() {
        if (T::abs(
            T::tanh(
                gen_29(T::from(-1.56).unwrap(), T::from(-0.28).unwrap(), w, n)
                    * T::from(0.25).unwrap(),
            ) * T::from(3.0).unwrap(),
        ) + T::from(0.63).unwrap())
        .sqrt()
            >= w[i6] - x
        {
            let i6 = T::from(i6).unwrap()
                * (w[3 - i6]
                    * (T::from(-0.83).unwrap()
                        % (T::from(1.0).unwrap() + w[i6].sin() + T::from(0.75).unwrap())
                        * x));
        } else if !(gen_98(
            (w[i6] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            (T::from(OFFSET).unwrap() - T::from(2.0).unwrap()).atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) > T::from(-1.4).unwrap()
            && a1 > T::from(-0.09).unwrap())
        {
            let a7 = if T::from(std::f64::consts::PI).unwrap() + T::from(0.47).unwrap() <= x.tanh()
            {
                -((T::from(OFFSET).unwrap() + w[3])
                    / -(a1.max(T::from(-0.28).unwrap()).powi(2) + T::from(0.69).unwrap()))
            } else {
                w[n % 4].exp_m1() - w[(i6 + n) % 4] * a1
            };
        } else {
            let a9 = if v5 / (T::from(1.69).unwrap() + T::from(0.25).unwrap())
                > w[i6 * 2 % 4].atan()
                || n > 2
            {
                let a8 = (-w[0].cosh()).cbrt() - a1 / a1.hypot(T::from(0.82).unwrap());
                T::tanh(
                    (v5 * T::from((i6 * 3 % 9) as f64).unwrap() * T::from(0.09).unwrap()).sin()
                        * T::from(6.0).unwrap()
                        * (T::from(-0.83).unwrap() + x)
                        * T::from(0.09).unwrap(),
                ) * T::from(6.0).unwrap()
            } else {
                v5
            };
        }
    }
    T::from(-1.93).unwrap()
}

#[differentiable]
pub fn gen_118<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4] % T::cosh(w[n % 4]) - T::one().ln_1p();
    s1 = (s1
        - ((T::from(n * 2).unwrap() + w[(n + 1) % 4]) * (w[n * 2 % 4] * w[n * 2 % 4])).atan()
            * T::from(2.52).unwrap())
    .atan()
        * T::from(1.89).unwrap();
    let a2 = (-(((w[n % 4] + y) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).cosh())
        .recip();
    s1 = ((s1 - s1) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap();
    if w[n * 2 % 4]
        / (a2.powi(2) + T::from(0.24).unwrap())
        / (T::abs((T::from(n).unwrap() * w[n % 4]).atan() * T::from(1.89).unwrap())
            + T::from(0.69).unwrap())
        <= T::from(-1.44).unwrap()
    {
        let mut s3 = (((T::from(-1.32)
            .unwrap()
            .exp()
            .powf((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
            * T::from(0.11).unwrap())
        .sin()
            * a2.hypot(T::from(0.96).unwrap()).hypot(x)
            * T::from(0.62).unwrap())
        .tanh()
            * T::from(0.8).unwrap())
        .ln_1p();
        s3 = (s3 + -w[2]).atan() * T::from(3.78).unwrap();
    } else {
        let y = T::tanh(y);
        let mut k4: usize = 2;
    }
    s1 = T::tanh(s1 * (w[n % 4] * y) * T::from(0.12).unwrap()) * T::from(3.0).unwrap();
    s1 = T::tanh(
        s1 * (s1
            + T::tanh(T::mul_add(x + y, s1 - x, T::sinh(x)) * T::from(0.06).unwrap())
                * T::from(6.0).unwrap())
            * T::from(0.06).unwrap(),
    ) * T::from(3.0).unwrap();
    s1 =
        ((s1 + T::max(
            T::from(core::f64::consts::LN_2)
                .unwrap()
                .powf(x.atan() * T::from(1.26).unwrap()),
            y - a2,
        )) * T::from(0.25).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    let x = x + (T::one() - (w[n % 4] + w[0]));
    let a5 = if n % 3 < 2 || -y <= T::from(1.26).unwrap() {
        y
    } else {
        T::min(
            (w[(n + 3) % 4].abs() + T::from(0.33).unwrap()).ln(),
            (T::from(n).unwrap().atan() * T::from(0.56).unwrap()).acos(),
        )
    };
    s1 = T::sin(
        (s1 + (gen_100(
            a2,
            (w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            4,
        ) - T::ln_1p((x * T::from(0.21).unwrap()).tanh() * T::from(0.8).unwrap())))
            * T::from(0.25).unwrap(),
    ) * T::from(3.0).unwrap();
    w[n % 4] - a5
}

#[differentiable]
pub fn gen_119<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n % 4];
    let x = x.tanh();
    let a2: T = y;
    let a3 = y;
    for (i5, &v4) in w.iter().enumerate() {
        let mut s6 = T::zero()
            - gen_107(
                (s1 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                (v4 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                i5 * 2 % 5,
            );
        let mut k7: usize = 0;
        while s6 < a2 && k7 < 5 {
            k7 += 1;
            s6 = ((s6
                + (T::from(OFFSET).unwrap() - T::from(SCALE).unwrap())
                    .hypot(
                        T::from(1.0).unwrap()
                            + (((a3 * T::from(n + 3).unwrap() * T::from(0.11).unwrap()).sin()
                                * T::from(3.0).unwrap()
                                * T::from(0.5).unwrap())
                            .tanh()
                                * T::from(3.0).unwrap())
                            .tanh()
                            + T::from(0.34).unwrap(),
                    )
                    .atan()
                    * T::from(1.26).unwrap())
                * T::from(0.27).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            let a8: T = (T::tanh(
                (v4 - a3)
                    * (T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap())
                        * T::from(2.0).unwrap())
                    .hypot(T::from(0.89).unwrap())
                    .powf((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                    * T::from(0.09).unwrap(),
            ) * T::from(4.0).unwrap())
            .floor();
            s6 = (s6 * (a3 - w[(i5 + n) % 4]) * T::from(0.09).unwrap()).tanh()
                * T::from(4.0).unwrap();
        }
        let k9 = 3;
    }
    (gen_112(
        T::atan(w[n % 4]) * T::from(1.26).unwrap(),
        T::from(core::f64::consts::LN_2).unwrap(),
        w,
        (n + 3) % 5,
    ) * a3
        * T::from(0.13).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_120<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..4 {
        let a3 = if w[i1 * 3 % 4] <= T::from(-0.42).unwrap()
            || T::trunc(
                ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(1.2).unwrap())
                    .tan(),
            ) >= w[n % 4]
        {
            (w[i1].abs() + T::from(0.58).unwrap()).log(T::from(1.75).unwrap())
                + T::sqrt(T::from(1.0).unwrap() + y.tanh() + T::from(0.62).unwrap())
        } else if T::exp_m1(T::from(0.14).unwrap().mul_add(y, x)) >= T::from(-0.74).unwrap() {
            T::from(-0.49).unwrap().ln_1p().atanh()
        } else {
            let a2 = -x;
            x * w[i1 * 3 % 4] + w[n % 4]
        };
        if i1 % 3 > 1 {
            return ((T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + T::from(-1.6).unwrap())
                * (T::from(n as f64).unwrap() * w[3 - i1]))
                .atan()
                * T::from(3.78).unwrap();
        }
        {
            let mut h4 = [T::zero(); 4];
        }
    }
    let a5 = (T::sin(y.abs() * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos();
    T::tanh(
        (gen_118(
            T::sin(y.exp_m1() * T::from(0.23).unwrap()) * T::from(2.0).unwrap(),
            T::from(-0.2).unwrap() / a5,
            w,
            1,
        ) + a5)
            * x
            * T::from(0.11).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_121<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (w[n % 4] + T::from(n as f64).unwrap() - (T::from(n as f64).unwrap() + x)).atan()
        * T::from(1.89).unwrap();
    s1 =
        ((s1 - gen_107(
            (-w[(n + 3) % 4]).atan() * T::from(1.26).unwrap(),
            T::atan(gen_44(
                w[(n + 1) % 4].atan() * T::from(1.26).unwrap(),
                T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                w,
                n,
            )) * T::from(1.26).unwrap(),
            w,
            n * 3 % 5,
        )) * T::from(0.37).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    s1 = ((s1
        - (gen_103(
            T::one(),
            (T::from(3).unwrap() * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            (n + 1) % 5,
        ) - T::from(0.43).unwrap().sinh()))
        * T::from(0.19).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    if -w[(n + 3) % 4] + w[n % 4] <= w[(n + 2) % 4] {
        let a2: T = x;
        let a3 = (a2 * (s1 + w[n % 4])).abs();
    } else {
        s1 = (s1
            * ((y - w[n * 2 % 4])
                / (T::from(1.0).unwrap()
                    + (y / (w[n % 4].abs() + T::from(0.67).unwrap())).tanh()
                    + T::from(0.62).unwrap()))
            .abs()
            + x)
            .atan()
            * T::from(1.89).unwrap();
    }
    s1
}

#[differentiable]
pub fn gen_122<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T =
        (T::from(1.0).unwrap() + T::tanh(w[0] + T::from(0).unwrap()) + T::from(0.2).unwrap())
            .log10();
    let mut s2 = T::from(n * 2).unwrap().atan() * T::from(1.26).unwrap();
    for i3 in 0..n % 3 + 1 {
        let a4 = if s1 >= T::from(-0.67).unwrap() {
            w[3 - i3]
        } else {
            T::log(
                ((gen_121(
                    (s1 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                    (w[2] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    i3 * 3 % 5,
                ) % ((x + s2).atan() * T::from(1.89).unwrap()).cosh()
                    * T::from(0.5).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .cosh(),
                y.abs() + T::from(1.58).unwrap(),
            )
        };
    }
    let y = y
        + ((T::tanh(s1 * T::from(0.5).unwrap()) * T::from(0.8).unwrap()).ln_1p()
            - w[n % 4]
                / -(T::sin(T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap())
                    * T::from(3.0).unwrap())
                .cosh());
    s1 = (s1 - x).atan() * T::from(1.89).unwrap();
    let k5 = n;
    s2 = y.atan() * T::from(1.26).unwrap();
    T::log(
        T::from(1.0).unwrap() + T::from(-1.61).unwrap().ceil().tanh(),
        T::asinh(x).hypot(T::from(0.63).unwrap()) + T::from(1.05).unwrap(),
    )
}

#[differentiable]
pub fn gen_123<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::tanh(
        gen_120(
            (x * w[n % 4] * x.mul_add(x, T::from(1.02).unwrap())).atan() * T::from(1.26).unwrap(),
            (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            4,
        ) * T::from(0.28).unwrap(),
    ) * T::from(2.0).unwrap();
    let s1 = s1 + T::exp_m1(y);
    for i2 in (0..4).step_by(2) {
        let a3 = w[i2 * 2 % 4];
    }
    let a4 = T::from(1.33).unwrap().max(w[n % 4]).trunc();
    let a5 = if n % 2 != 3 {
        T::from(n).unwrap().atan()
    } else {
        a4
    };
    let y = T::tanh(y);
    for (i7, _) in w.iter().enumerate() {
        let a8 = a5 * w[3 - i7];
    }
    let a9 = if w[(n + 1) % 4] > w[n % 4] * a4 {
        T::from(core::f64::consts::LN_2).unwrap() * w[n % 4]
            + x
            + (T::from(1.68).unwrap() * T::one()).cbrt()
    } else if (w[n % 4].powi(2) + T::from(0.55).unwrap()).log10() < w[1] {
        (-a5).atan2(
            ((s1.floor() * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.62).unwrap(),
        )
    } else {
        return (a5 * w[n * 2 % 4]).asinh();
    };
    let mut s10 = gen_113(
        (a5 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        -y,
        w,
        n * 3 % 5,
    )
    .atan()
        * T::from(2.52).unwrap();
    if n % 3 != 1 && n != 1 {
        return (((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
            .powi(n as i32)
            / T::from(-0.99).unwrap()
            * T::from(0.14).unwrap())
        .sin()
            * T::from(6.0).unwrap();
    }
    (y * T::from(n as f64).unwrap()
        * gen_103(
            T::sin(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            (w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            0,
        )
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(4.0).unwrap()
        + x
}

#[differentiable]
pub fn gen_124<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (1..n).step_by(2) {
        if ((x - w[0]).atan() * T::from(1.89).unwrap()).sinh() > T::from(-0.91).unwrap() {
            continue;
        }
        let mut i1 = T::tanh(
            T::sin(
                T::from(i1).unwrap()
                    * gen_57(
                        T::from(-0.43).unwrap()
                            / (w[(n + i1) % 4].powi(2) + T::from(0.27).unwrap()),
                        ((x + w[(n + 1) % 4]) * T::from(0.37).unwrap()).tanh()
                            * T::from(2.0).unwrap(),
                        w,
                        (n + i1) % 5,
                    )
                    * T::from(0.12).unwrap(),
            ) * T::from(3.0).unwrap()
                * T::from(0.5).unwrap(),
        ) * T::from(2.0).unwrap();
        i1 = i1 * T::from(-0.77).unwrap();
        let mut s2 = x.atan() * T::from(1.26).unwrap();
    }
    let mut s3: T = ((x + y)
        / -(T::from(1.0).unwrap() + (T::from(0.51).unwrap() - x).sin() + T::from(0.41).unwrap())
        * T::from(0.15).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    if T::acos((w[n % 4].cosh() * T::from(0.4).unwrap()).tanh() * T::from(0.9).unwrap())
        >= T::one() * w[2]
    {
        let mut s4 = y;
        if n % 2 > 2 {
            let a5 = T::acosh(T::from(1.0).unwrap() + x.tanh() + T::from(1.62).unwrap());
        } else {
            for _ in 1..=3 {
                s4 = ((s4 * T::max((y + s4).trunc(), w[(n + 2) % 4]) + x.atan())
                    * T::from(0.09).unwrap())
                .tanh()
                    * T::from(3.0).unwrap();
            }
            let a7 = x
                % (T::from(1.0).unwrap() + y.sin() + T::from(0.58).unwrap())
                    .log2()
                    .cosh();
            s4 = (s4 * y + (a7 + s3)).atan() * T::from(1.89).unwrap();
        }
    } else {
        s3 = ((s3 * w[(n + 1) % 4] + (s3 + w[n % 4])) * T::from(0.11).unwrap()).sin()
            * T::from(4.0).unwrap();
    }
    T::max(y, T::from(1.78).unwrap()) - T::from(OFFSET).unwrap() / T::from(-0.22).unwrap()
}

#[differentiable]
pub fn gen_125<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if gen_112(w[n % 4].cos(), T::sin(T::from(1.63).unwrap()), w, n) >= T::from(0.97).unwrap() {
        let a1 = w[n * 2 % 4];
    } else {
        let a2 = (w[n % 4] * T::from(1.83).unwrap()).mul_add(
            T::from(0.74).unwrap() - T::from(OFFSET).unwrap(),
            gen_118(
                y.atan() * T::from(1.26).unwrap(),
                x.atan() * T::from(1.26).unwrap(),
                w,
                3,
            ),
        );
    }
    if w[n % 4].tanh() + ((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin()
        < T::from(-1.49).unwrap()
        || T::one() <= T::from(0.91).unwrap()
    {
        {
            if w[n * 3 % 4] <= T::from(1.45).unwrap() {
                return -T::cos(x);
            }
            let mut k3: usize = n;
        }
        if !(gen_89(
            ((w[n * 3 % 4] + x) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            x.tanh(),
            w,
            (n + 3) % 5,
        ) < T::from(1.26).unwrap()
            && T::from(1.28).unwrap() > y - w[n * 2 % 4])
        {
            return w[n % 4].sinh() - x.trunc();
        }
        let a4: T = T::log2(
            T::from(1.0).unwrap()
                + ((((y - x) * (y + x) * T::from(0.09).unwrap()).sin()
                    * T::from(6.0).unwrap()
                    * T::from(0.25).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.32).unwrap(),
        );
    } else {
        let mut h5 = [T::one(); 4];
    }
    T::atan(
        (((w[n % 4] + T::from(-1.13).unwrap()).atan() * T::from(1.89).unwrap())
            .cosh()
            .hypot(y / (T::from(1.0).unwrap() + y.sin() + T::from(0.59).unwrap()))
            + y)
            * x,
    ) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_126<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x;
    let mut h2 = [T::zero(); 4];
    for i3 in 0..4 {
        h2[i3] = (((a1 + T::one())
            * gen_113(
                T::from(-0.1).unwrap(),
                a1.atan() * T::from(1.26).unwrap(),
                &h2,
                i3,
            )
            * T::from(0.09).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
            * T::from(0.42).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    if y + y - (y + T::from(0).unwrap()) >= T::ceil(T::from(1.97).unwrap()) || y <= a1 {
        h2[n % 4] = ((((w[n % 4] + (x.abs() + T::from(1.35).unwrap()).acosh())
            * T::from(0.39).unwrap())
        .sin()
            * T::from(0.9).unwrap())
        .acos()
            * T::from(0.56).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        if w[1] >= T::from(-0.41).unwrap() {
            let mut s4 = (T::atan(y * a1) * T::from(0.5).unwrap()).ln_1p();
            let mut k5: usize = 0;
            loop {
                if k5 >= 3 {
                    break;
                }
                k5 += 1;
                s4 = T::tanh(
                    (s4 + T::atan(
                        T::from(1.0).unwrap()
                            + (((w[n % 4] + x)
                                * gen_84(
                                    (w[0] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                    T::atan(a1) * T::from(1.26).unwrap(),
                                    w,
                                    4,
                                )
                                * T::from(0.14).unwrap())
                            .sin()
                                * T::from(3.0).unwrap())
                            .sin()
                            + T::from(0.54).unwrap(),
                    ) * T::from(1.26).unwrap())
                        * T::from(0.33).unwrap(),
                ) * T::from(3.0).unwrap();
                let a6: T = ((a1 * h2[n % 4] * T::from(0.37).unwrap()).tanh()
                    * T::from(0.9).unwrap())
                .acos()
                    * (T::from(0.81).unwrap()
                        * y
                        * gen_84(
                            T::from(-1.34).unwrap(),
                            (a1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                            w,
                            n * 2 % 5,
                        ));
                for i7 in (0..4).step_by(2) {
                    if !((T::from(n * 2).unwrap() / -(y.abs() + T::from(0.52).unwrap())
                        * T::from(0.1).unwrap())
                    .tanh()
                        * T::from(4.0).unwrap()
                        * (T::from(1.0).unwrap() - x)
                        <= T::from(0.23).unwrap()
                        && T::zero().min(a1) + x.exp_m1() <= T::from(1.66).unwrap().cos())
                    {
                        return (((T::from(n).unwrap()
                            / (T::from(1.0).unwrap()
                                + (((T::from((n * 3 % 9) as f64).unwrap()
                                    - T::from(i7 as f64).unwrap())
                                    * T::from(0.19).unwrap())
                                .tanh()
                                    * T::from(3.0).unwrap())
                                .tanh())
                            * T::from(0.08).unwrap())
                        .sin()
                            * T::from(4.0).unwrap()
                            * T::from(0.37).unwrap())
                        .sin()
                            * T::from(2.5).unwrap())
                        .powi(3)
                        .atan()
                            * T::from(0.63).unwrap();
                    }
                    s4 = ((s4 + a6) * T::from(0.11).unwrap()).tanh() * T::from(3.0).unwrap();
                }
                h2[n % 4] = h2[n % 4] * (y.atan() * T::from(0.63).unwrap());
                if s4 > T::asin(a6.floor().atan() * T::from(0.56).unwrap()) {
                    break;
                }
            }
        } else if n != 2 {
            let a8 = (T::powf(
                T::from(1.0).unwrap()
                    + ((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).sin()
                    + T::from(0.36).unwrap(),
                (h2[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            ) * (a1 * a1))
                .atan()
                * T::from(1.89).unwrap();
            if a8 < T::from(0.48).unwrap() {
                return ((T::zero() - a8).powi(2) + T::from(0.63).unwrap()).cbrt();
            }
        } else {
            let mut s9 = h2[n * 3 % 4] - T::powi(w[3], 0);
            let a10 = T::mul_add(x, w[(n + 2) % 4], h2[n % 4]).sin();
            let mut s11 = ((T::from(n as f64).unwrap() * (s9 / x.cosh())).atan()
                * T::from(3.78).unwrap())
            .max(T::abs(T::from(-0.02).unwrap()).asin());
        }
    }
    x
}

#[differentiable]
pub fn gen_127<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::zero() >= T::from(-0.42).unwrap() {
        {
            let a1 = (x.powi(2) + T::from(0.27).unwrap()).hypot(y + T::from(n * 2).unwrap());
        }
        let a2 = y;
    }
    let mut s3 = ((w[n % 4].sinh()
        - gen_63(
            T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        )
        - T::powf(
            T::from(1.0).unwrap()
                + (T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).tanh()
                + T::from(0.34).unwrap(),
            T::atan(w[n * 2 % 4] / -w[0].cosh()) * T::from(1.26).unwrap(),
        ))
        * T::from(0.13).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    s3 = ((s3 * s3 + T::from(n).unwrap().fract()) * T::from(0.09).unwrap()).tanh()
        * T::from(4.0).unwrap();
    let mut h4 = [T::zero(); 4];
    for i5 in 0..4 {
        h4[i5] = (T::from(1.78).unwrap() * w[i5]
            - gen_121(
                T::atan(h4[n % 4]) * T::from(1.26).unwrap(),
                (s3 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ))
        .atan()
            * T::from(1.26).unwrap();
    }
    T::atan(
        x / -(T::abs((s3 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
            + T::from(0.65).unwrap())
            * h4[n % 4]
            * s3,
    ) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_128<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (T::from(-1.93).unwrap() + y + w[2]).atan() * T::from(2.52).unwrap();
    let mut k2: usize = 0;
    while s1 < T::fract(T::from((n * 2) as f64).unwrap().sin()) && k2 < 4 {
        k2 += 1;
        let a3 = T::atan(
            T::from(-0.48).unwrap().sin() + s1 / w[(n + 1) % 4].hypot(T::from(0.34).unwrap()),
        ) * T::from(1.89).unwrap()
            + x;
        if w[(n + 2) % 4] <= T::from(-1.05).unwrap() {
            s1 = T::atan(
                s1 - T::from(n).unwrap()
                    / (T::from(1.0).unwrap()
                        + (((w[(n + 1) % 4].cosh()
                            - (T::from(1.0).unwrap()
                                + T::tanh(w[(n + 3) % 4])
                                + T::from(0.44).unwrap())
                            .log2())
                            * T::from(0.31).unwrap())
                        .sin()
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.62).unwrap()),
            ) * T::from(2.52).unwrap();
            let a4 = T::from(-1.85).unwrap() / T::exp2(w[3]);
        } else if w[n % 4] >= w[2] {
            s1 = T::tanh(
                s1 * ((T::from(-1.73).unwrap() + y) * -w[n % 4])
                    * (x - a3)
                    * T::from(0.01).unwrap(),
            ) * T::from(4.0).unwrap();
        }
        if (T::tanh(T::floor(w[0]) * T::from(0.5).unwrap()) * T::from(0.9).unwrap()).asin()
            < gen_29(
                T::from(-1.33).unwrap(),
                (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            )
        {
            continue;
        }
        s1 = T::sin(
            (s1 + T::tanh(
                T::recip(
                    (T::from(1.0).unwrap() + y.tanh() + T::from(0.17).unwrap())
                        .log(T::from(3.16).unwrap())
                        .exp(),
                ) * T::from(0.38).unwrap(),
            ) * T::from(2.0).unwrap())
                * T::from(0.26).unwrap(),
        ) * T::from(4.0).unwrap();
    }
    s1 = (s1 * w[(k2 + n) % 4].sin() * T::from(0.37).unwrap()).sin() * T::from(4.0).unwrap();
    let a5 =
        T::tanh(s1 * w[(n + 1) % 4] * (s1 + y) * T::from(0.03).unwrap()) * T::from(4.0).unwrap();
    s1 = (T::atan(
        ((w[1].atan() * T::from(1.26).unwrap()).powi(n as i32).atan() * T::from(1.57).unwrap())
            .powi(4),
    ) * T::from(1.89).unwrap()
        * (T::from(SCALE).unwrap() + T::from(-1.57).unwrap() + T::from(-1.43).unwrap())
        * T::from(0.23).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    let a6 = (T::from(1.43).unwrap().cbrt() / T::from(1.35).unwrap()).asin();
    let mut s7 = (T::from(0.66).unwrap() * w[2]).round()
        - (((w[k2 * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
            * T::cosh(
                T::sin(T::from(n + k2).unwrap() * T::from(0.19).unwrap()) * T::from(3.0).unwrap(),
            )
            .hypot(x))
        .atan()
            * T::from(1.89).unwrap();
    (x - T::from(-0.59).unwrap() / T::exp(T::from(0.01).unwrap())) * a6
}

#[differentiable]
pub fn gen_129<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    for i2 in 0..4 {
        s1 =
            ((s1 * gen_118(
                ((w[3 - i2] - T::zero()) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                    / -(y.powi(2) + T::from(0.35).unwrap())
                    * T::from(0.74).unwrap())
                .tanh()
                    * T::from(2.0).unwrap(),
                w,
                n,
            ) + w[n % 4] % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.83).unwrap()))
                * T::from(0.15).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        let a3 = if (gen_98(
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::from(1.34).unwrap(),
            w,
            (n + i2) % 5,
        )
        .atan()
            * T::from(1.89).unwrap())
        .cosh()
        .recip()
            <= T::from(-1.31).unwrap()
        {
            (T::sin(
                ((w[1] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
                    * T::from(0.93).unwrap(),
            ) * T::from(0.8).unwrap())
            .ln_1p()
        } else {
            T::from(1.74).unwrap()
        };
        s1 = ((w[n % 4] + T::from(-0.66).unwrap())
            / T::cbrt(
                T::from(1.0).unwrap()
                    + (T::atan(T::from(i2).unwrap()) * T::from(1.89).unwrap()).tanh(),
            ))
        .atan()
            * T::from(1.26).unwrap();
        if i2 % 2 > 1 {
            return y.exp2();
        }
    }
    s1 = ((s1
        * (T::powi(
            ((s1 + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap(),
            0,
        ) / -(T::from(1.0).unwrap()
            + (((w[1] + T::from(-0.66).unwrap() + T::ceil(x)) * T::from(0.32).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.63).unwrap()))
        + x)
        * T::from(0.29).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let a4 = if n % 2 < 3 {
        T::from(0).unwrap()
    } else {
        (w[n % 4].abs() + T::from(0.48).unwrap()).sqrt() / T::hypot(s1, T::from(0.71).unwrap())
    };
    let a5 = s1.atan() + y.max(a4);
    let mut h6 = [T::from(0.61).unwrap(); 4];
    h6[n * 3 % 4] = T::from(n + 2).unwrap().atan() * T::from(1.26).unwrap();
    let a7 = if T::one() < T::from(-1.72).unwrap() {
        (s1 * T::from(1.19).unwrap()).ceil()
    } else {
        (((h6[1].floor() * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
            + T::from(0.58).unwrap())
        .log2()
    };
    let a8 = if n < 2 {
        (((s1 * a7 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
            + T::from(0.4).unwrap())
        .log(T::from(3.32).unwrap())
    } else {
        h6[n % 4]
    };
    ((gen_120(
        T::from(1.24).unwrap(),
        T::atan(y) * T::from(1.26).unwrap(),
        &h6,
        n,
    )
    .abs()
        + a7)
        * a5
        * T::from(0.05).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_130<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::from(1.8).unwrap().max(w[n % 4]).ceil() <= w[(n + 1) % 4] - y {
        let mut k1: usize = n;
        let a2 = x - T::asinh((T::from(1.0).unwrap() + y.tanh() + T::from(0.39).unwrap()).log2());
    } else if n % 3 > 3 {
        let a3: T = (T::from(1.0).unwrap()
            + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().tanh())
        .acosh()
            + T::from(1.77).unwrap();
        if gen_128(
            (a3 * T::from(0.53).unwrap()).sin() * T::from(2.0).unwrap(),
            (a3 * T::from(0.53).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        )
        .signum()
            <= T::from(-1.4).unwrap()
        {
            return w[1];
        }
    } else {
        let a4 = T::powf(
            T::from(1.0).unwrap()
                + T::tanh(
                    T::sin(
                        T::from(1.84).unwrap() / -T::hypot(y, T::from(0.36).unwrap())
                            * T::from(0.29).unwrap(),
                    ) * T::from(2.0).unwrap(),
                )
                + T::from(0.29).unwrap(),
            ((x + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        );
    }
    ((T::min(
        (T::from(1.0).unwrap() + y.sin() + T::from(1.66).unwrap()).acosh(),
        T::min(y, T::from(-1.71).unwrap()),
    ) + y
        + x)
        * T::from(0.25).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_131<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let mut k1: usize = n;
        (x * x).round().cos()
    };
    let a3 = T::exp(T::from(-0.47).unwrap()) - (x + a2);
    let mut s4 = gen_113(
        T::sin((T::from(-0.3).unwrap() - y) * T::from(0.65).unwrap()) * T::from(2.0).unwrap(),
        (T::from(1.0).unwrap()
            + (T::tanh(a3 * T::from(0.41).unwrap()) * T::from(3.0).unwrap()).tanh()
            + T::from(0.61).unwrap())
        .log10(),
        w,
        n * 3 % 5,
    )
    .atan()
        * T::from(2.52).unwrap();
    if (((x - T::from(n * 3 % 9).unwrap()).atan() * T::from(1.89).unwrap()).powi(2)
        + T::from(0.43).unwrap())
    .sqrt()
        <= s4 - T::from(-0.4).unwrap()
    {
        return w[3];
    }
    w[n % 4].exp2()
}

#[differentiable]
pub fn gen_132<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4] / T::cosh(x) + w[n % 4] * T::zero();
    if a1 / (y.powi(2) + T::from(0.67).unwrap()) - T::mul_add(a1, y, w[2]) <= y.round() {
        let mut h2 = [T::one(); 4];
        for i3 in 0..4 {
            h2[i3] = ((x / T::from(-1.77).unwrap()).exp() * T::from(0.48).unwrap()).sin()
                * T::from(2.0).unwrap();
        }
        let k4 = n;
        let a7 = if T::trunc(y) >= T::zero() {
            let a5 = if ((h2[k4 % 4] / -y.hypot(T::from(0.67).unwrap())).powi(2)
                + T::from(0.39).unwrap())
            .cbrt()
                < w[(k4 + n) % 4]
            {
                y
            } else {
                -a1 * y
            };
            let mut k6: usize = k4;
            T::from(std::f64::consts::FRAC_1_SQRT_2)
                .unwrap()
                .log10()
                .exp_m1()
        } else {
            T::log10(T::from(1.0).unwrap() + T::tanh(w[k4 % 4]) + T::from(0.54).unwrap()) + x
        };
    } else if T::recip(T::hypot(w[1], T::from(0.73).unwrap())) + y.max(y) > x {
        let a8 = {
            let x = T::from(n as f64).unwrap();
            (w[3] * w[(n + 2) % 4]).max(a1.sin())
        };
    }
    ((gen_113(
        (T::recip(y.hypot(T::from(0.26).unwrap())) * T::from(0.39).unwrap()).sin()
            * T::from(2.0).unwrap(),
        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) + a1)
        * y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_133<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[2];
    let a3 = if x.atan2(T::from(core::f64::consts::LN_2).unwrap()) * (w[3] + x)
        > T::from(1.01).unwrap()
    {
        let a2 = if a1 * T::from(std::f64::consts::PI).unwrap()
            + (T::from(1.0).unwrap() + y.tanh() + T::from(1.64).unwrap()).acosh()
            > x * T::zero()
        {
            T::from(-0.84).unwrap() / T::from(OFFSET).unwrap()
                % ((y * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap())
                    .tan()
                    .hypot(T::from(0.67).unwrap())
        } else {
            gen_42(
                (a1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::atan(y) * T::from(1.26).unwrap(),
                w,
                (n + 1) % 5,
            ) / -(T::sin((w[n * 3 % 4] - y) * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                .cosh()
        };
        gen_131(
            ((w[n * 3 % 4] + T::from(n).unwrap()) * T::from(0.25).unwrap()).tanh()
                * T::from(2.0).unwrap(),
            (y.sinh() * T::from(0.41).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        )
    } else {
        T::ln_1p(-T::from(0.25).unwrap())
            - (T::abs((w[n % 4] * x * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                + T::from(0.41).unwrap())
            .log2()
    };
    let mut s4: T = T::from((n * 3 % 9) as f64).unwrap().atan() * T::from(1.89).unwrap();
    let a5 = gen_44(
        T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().asin(),
        T::one().max(T::zero()),
        w,
        (n + 3) % 5,
    ) + ((T::from(n * 3 % 9).unwrap() + T::from(n * 2).unwrap()).atan()
        * T::from(0.63).unwrap()
        + T::from(n).unwrap() * T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap());
    let a6 = -s4;
    s4 = (s4
        * ((T::from(1.0).unwrap() + T::tanh(T::zero())).log2()
            + T::one() / T::from(0.28).unwrap())
        + T::from(-1.01).unwrap().tan())
    .atan()
        * T::from(1.89).unwrap();
    s4 =
        ((s4 * T::ln_1p(
            ((T::atan(a6) * T::from(0.56).unwrap()).atanh() * T::from(1.73).unwrap()).tanh()
                * T::from(0.8).unwrap(),
        ) + w[n % 4])
            * T::from(0.26).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    s4 = (s4
        - (T::from(1.0).unwrap()
            + (((T::from(-0.4).unwrap() - a1) * T::from(0.62).unwrap()).sin()
                * T::from(2.0).unwrap())
            .sin()
            + T::from(0.56).unwrap())
        .powf((a6 + T::one()).atan() * T::from(1.26).unwrap()))
    .atan()
        * T::from(1.89).unwrap();
    T::from(-1.98).unwrap() * w[n % 4]
        / (((a3 + w[(n + 3) % 4]) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
        + y
}

#[differentiable]
pub fn gen_134<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = -T::from(-0.22).unwrap();
    let a3 = if s1 - y.exp() >= T::from(1.3).unwrap() {
        s1 = (s1 * w[1] * T::from(0.19).unwrap()).tanh() * T::from(4.0).unwrap();
        w[3]
    } else {
        let a2 = w[(n + 1) % 4]
            / ((s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).cosh()
            + x
            - (T::abs(
                (-T::from(n + 3).unwrap() * T::from(0.21).unwrap()).tanh() * T::from(3.0).unwrap(),
            ) + T::from(0.26).unwrap())
            .cbrt();
        w[3]
    };
    let a5 = {
        let a4 = if n % 2 != 3 {
            (w[n % 4] / T::from(-0.75).unwrap() * T::floor(s1)).atan() * T::from(2.52).unwrap()
        } else {
            y
        };
        T::from(-0.11).unwrap() * w[n % 4] + w[n * 2 % 4] * w[(n + 3) % 4]
    };
    ((a3.sin() + y + a5) * T::from(0.21).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_135<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::from(-0.55).unwrap(); 4];
    for i2 in 0..4 {
        h1[i2] = (y.abs() + T::from(0.62).unwrap()).sqrt() * T::from(0.66).unwrap();
    }
    let x = x.tanh();
    if !(x + (y + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()) > T::from(-0.82).unwrap()
        && T::from(-1.07)
            .unwrap()
            .min(T::from(core::f64::consts::LN_2).unwrap())
            .tanh()
            <= T::from(-0.41).unwrap())
    {
        {
            if T::from(n).unwrap() < y * x {
                let mut h3 = [T::one(); 4];
                let mut s4 = ((T::cosh(h1[(n + 1) % 4]).atan() * T::from(2.2).unwrap()).exp2()
                    * T::from(0.2).unwrap())
                .tanh()
                    * T::from(6.0).unwrap();
                let a5 = w[2] * (T::from(std::f64::consts::PI).unwrap() + h1[0]);
            }
            let a6 = T::sin(
                T::from(1.45).unwrap()
                    * (y + T::from((n * 2) as f64).unwrap())
                    * T::from(0.1).unwrap(),
            ) * T::from(2.0).unwrap();
        }
    }
    x * T::from(-1.13).unwrap() + (x - y)
}

#[differentiable]
pub fn gen_136<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (gen_120(
        y.atan() * T::from(1.26).unwrap(),
        T::atan(T::from(std::f64::consts::PI).unwrap() - w[(n + 1) % 4]) * T::from(1.26).unwrap(),
        w,
        n,
    ) * T::from(0.28).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    while s1 < s1 && k2 < 2 {
        k2 += 1;
        s1 = (s1
            + ((((T::atan(T::powf(
                ((x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).cosh(),
                T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            )) * T::from(1.89).unwrap()
                - x.sinh())
                * T::from(0.23).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .cosh()
                * T::from(0.2).unwrap())
            .sin()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        s1 = ((s1 + (-(T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.41).unwrap())).recip())
            * T::from(0.34).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    {
        s1 = T::from(OFFSET).unwrap() + y.hypot(T::from(0.62).unwrap()).recip().sin();
    }
    let a3: T = -(-w[k2]);
    if n % 2 < 3 {
        return T::acos(T::sin(s1 * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
            % (T::from(1.0).unwrap() + a3.sin() + T::from(0.99).unwrap());
    }
    for i4 in (0..4).rev() {
        let a5 = T::atan(
            (((T::from(1.78).unwrap() * T::from(0.84).unwrap()).tanh() * T::from(1.2).unwrap())
                .tan()
                + s1)
                * gen_130(T::asinh(s1), T::from(0.08).unwrap(), w, i4 * 3 % 5),
        ) * T::from(1.26).unwrap();
        if T::sin(T::from(-1.48).unwrap()) * a3 >= a3 {
            continue;
        }
        let a6 = T::from(-0.33).unwrap() * T::cosh(s1)
            + ((s1.atan() * T::from(0.56).unwrap()).acos() + y);
    }
    ((gen_132(
        T::zero(),
        (s1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) / -T::hypot(
        ((y + x) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
        T::from(0.77).unwrap(),
    ) + x)
        * y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_137<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::from(0.74).unwrap() % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.61).unwrap())
        < w[n % 4] / (T::from(1.0).unwrap() + w[1].sin() + T::from(0.6).unwrap())
    {
        for (_, _) in w.iter().zip(w.iter()) {
            let a3 = T::from(-0.08).unwrap();
        }
    }
    let a7 = if gen_90(
        (x % (T::from(1.0).unwrap() + x.sin() + T::from(0.56).unwrap())).atan()
            * T::from(1.26).unwrap(),
        ((w[n % 4] - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()) * T::from(0.55).unwrap())
            .tanh()
            * T::from(2.0).unwrap(),
        w,
        n * 3 % 5,
    ) <= T::from(0.24).unwrap()
        || x + w[n % 4] + T::tanh(w[n % 4]) >= x.atan()
    {
        let a5 = {
            let k4 = n;
            T::tan(
                (((y * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap())
                    .tan()
                    .atan()
                    * T::from(1.25).unwrap())
                .tanh()
                    * T::from(1.2).unwrap(),
            )
        };
        T::from(3).unwrap()
    } else {
        let a6 = if T::from(1.87).unwrap() >= w[n % 4] + T::from(1.47).unwrap() {
            (((T::atan(x) * T::from(n).unwrap()).atan() * T::from(1.89).unwrap()).abs()
                + T::from(0.31).unwrap())
            .ln()
        } else if n % 2 == 0 {
            y.cos() + T::from(n * 2).unwrap()
        } else {
            ((T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() * y * T::from(1.06).unwrap())
                .tanh()
                * T::from(0.8).unwrap())
            .ln_1p()
        };
        T::floor(T::abs(
            T::from(-0.45).unwrap() / -(y.abs() + T::from(0.7).unwrap()),
        ))
    };
    ((T::one() + y) * (T::from(-1.05).unwrap() * w[3]) * T::from(0.24).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_138<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (x.atan() * T::from(0.56).unwrap()).asin() - T::from(-0.68).unwrap();
    if (-x).cos() > T::from(-0.01).unwrap() {
        s1 = (s1 * x + T::from((n + 2) as f64).unwrap()).atan() * T::from(2.52).unwrap();
        let a2 = if (w[2] * T::from(n as f64).unwrap() / y.hypot(T::from(0.33).unwrap())
            * T::from(0.06).unwrap())
        .tanh()
            * T::from(6.0).unwrap()
            < T::from(-1.05).unwrap()
        {
            T::signum(gen_132(
                w[n % 4].atan() * T::from(1.26).unwrap(),
                w[n % 4].atan() * T::from(1.26).unwrap(),
                w,
                4,
            ))
        } else {
            (w[(n + 3) % 4].atan() * T::from(0.56).unwrap())
                .asin()
                .ceil()
        };
        let a3 = w[n % 4];
    }
    let a4 = y;
    let a7 = {
        if (T::from(1.29).unwrap() - w[n % 4]) % x.cosh() <= T::from(0.28).unwrap() {
            let a5 = w[0];
        }
        let a6 = (T::from(std::f64::consts::PI).unwrap()
            * T::from(n as f64).unwrap()
            * T::from(0.12).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
            / T::from(std::f64::consts::PI).unwrap().exp2();
        (x % (a4.powi(2) + T::from(0.92).unwrap())).trunc()
            / (T::from(1.24).unwrap() / (s1.tanh().abs() + T::from(0.4).unwrap()))
    };
    let a8 = gen_124(
        T::from(-1.58).unwrap(),
        T::tanh(a7 * T::from(0.66).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    ) * (T::from(1.0).unwrap() + w[n * 2 % 4].sin() + T::from(0.45).unwrap()).log2();
    -T::from(0.71).unwrap() / (T::from(1.0).unwrap() + (-a8).tanh() + T::from(0.44).unwrap()) * y
}

#[differentiable]
pub fn gen_139<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::one() + w[n * 2 % 4] - T::from(-1.57).unwrap().trunc();
    let mut s2 = x;
    for (&v3, &v4) in w.iter().zip(w.iter()) {
        let v3 = (s2 * v4 * (s2 - T::one())).atan() * T::from(1.89).unwrap();
        let a6 = if (T::from(-0.91).unwrap()
            / (T::from(1.0).unwrap() + w[3].sin() + T::from(0.55).unwrap()))
        .atan()
            >= T::from(0.48).unwrap()
        {
            let k5 = 3;
            T::log(
                (T::tanh((T::from(-0.89).unwrap() + s2) * T::from(0.31).unwrap())
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.65).unwrap(),
                ((gen_121(
                    T::from(OFFSET).unwrap(),
                    T::sin(s2 * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                ) * T::from(0.5).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .cosh()
                    + T::from(0.54).unwrap(),
            )
        } else {
            (w[1] * v4
                / (T::from(1.0).unwrap()
                    + T::tanh(
                        ((T::from(core::f64::consts::LN_2).unwrap() - T::from(n).unwrap())
                            * T::from(0.45).unwrap())
                        .sin()
                            * T::from(3.0).unwrap(),
                    )
                    + T::from(0.58).unwrap())
                / ((((s2
                    - ((x * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p())
                    * T::from(0.28).unwrap())
                .tanh()
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.48).unwrap()))
            .atan()
                * T::from(3.78).unwrap()
        };
        if !(gen_135(w[n % 4].cos(), s2.atan() * T::from(1.26).unwrap(), w, n)
            > T::zero() + w[n % 4]
            && T::ceil(T::from(0.77).unwrap()) + T::from(0.83).unwrap().floor()
                < w[(n + 1) % 4].hypot(T::from(0.47).unwrap()).sqrt())
        {
            return ((w[(n + 1) % 4].asinh() - T::one() * a6)
                * T::floor(-w[3])
                * T::from(0.07).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
        }
    }
    let a7 = T::asin(T::from(-0.55).unwrap()).cos()
        + (x.hypot(T::from(0.3).unwrap()) + T::from(1.1).unwrap())
            .acosh()
            .floor();
    if n % 3 != 3
        || (T::sin(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos()
            % T::cosh(
                T::atan(T::exp_m1(s2.atan() * T::from(1.57).unwrap())) * T::from(1.89).unwrap(),
            )
            >= T::from(std::f64::consts::PI).unwrap()
    {
        return gen_13(
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            a1.atan(),
            w,
            1,
        );
    }
    let mut s8 = T::min(T::from(n).unwrap(), s2).tanh();
    let mut s9 = T::sin(w[(n + 1) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    let mut k10: usize = 0;
    loop {
        if k10 >= 6 {
            break;
        }
        k10 += 1;
        s9 = ((s9
            + ((a7.powi(2) + T::from(0.46).unwrap()) * T::from(0.34).unwrap()).sin()
                * T::from(2.0).unwrap())
            * T::from(0.37).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let a1 = s9
            / (T::from(1.0).unwrap()
                + (((a1 - T::one()) * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap())
                    .tanh()
                + T::from(0.33).unwrap());
        let a11 = ((-(x.abs() + T::from(0.37).unwrap())).recip().atan() * T::from(0.56).unwrap())
            .atanh()
            - w[n * 2 % 4];
        if (w[n % 4] + T::from(1.08).unwrap()) % a7.cosh() <= w[n % 4] + s9 {
            break;
        }
        if (T::from(1.0).unwrap() + a7.sin() + T::from(0.27).unwrap())
            .sqrt()
            .max(T::sin(a1 * a11 * T::from(0.12).unwrap()) * T::from(6.0).unwrap())
            >= T::from(0.23).unwrap()
        {
            break;
        }
    }
    T::cosh(a1.atan() * T::from(1.89).unwrap()).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_140<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = w[n % 4];
    let a2 = (T::atan(y) * T::from(0.56).unwrap()).asin();
    let mut s3 = gen_102(
        (x * w[n % 4] * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        (T::from(0.6).unwrap().min(w[n % 4]) * T::from(0.75).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        w,
        n,
    );
    let a5 = if ((gen_134(
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::atan(w[0]) * T::from(1.26).unwrap(),
        w,
        n,
    ) - a1.mul_add(T::from(4).unwrap(), a1))
        * T::from(0.1).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
        <= T::from(1.3).unwrap()
    {
        ((-s3 * T::from(0.25).unwrap()).tanh() * T::from(2.5).unwrap()).exp_m1()
    } else if s3 > y + T::from(-0.87).unwrap() {
        let k4 = n + 1;
        s3 = T::tanh((s3 * T::from(SCALE).unwrap() + (x - x)) * T::from(0.18).unwrap())
            * T::from(6.0).unwrap();
        -T::from(-1.32).unwrap()
    } else {
        w[(n + 2) % 4]
    };
    s3 = T::from(OFFSET).unwrap();
    s3 = ((s3 - a5) * T::from(0.1).unwrap()).tanh() * T::from(6.0).unwrap();
    let a10 = if T::log(
        T::from(1.0).unwrap() + T::from(-1.5).unwrap().tanh() + T::from(0.17).unwrap(),
        T::from(2.56).unwrap(),
    ) + w[0] / T::from(0.58).unwrap()
        > x / T::from(SCALE).unwrap()
    {
        w[(n + 3) % 4].sinh().asinh()
    } else {
        let mut s6 = ((gen_3(
            T::from(1.88).unwrap(),
            a5.atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) * T::from(0.28).unwrap())
        .sin()
            * T::from(0.8).unwrap())
        .ln_1p();
        let mut k7: usize = 0;
        loop {
            if k7 >= 2 {
                break;
            }
            k7 += 1;
            s6 = ((s6
                + (T::from(1.0).unwrap()
                    + (T::from(-0.54).unwrap() * a1 - T::one()).tanh()
                    + T::from(0.46).unwrap()))
                * T::from(0.27).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            let a8 = (T::from(1.0).unwrap() + y.tanh() + T::from(1.54).unwrap())
                .acosh()
                .asinh();
            if a8.powf(
                T::atan(
                    (T::from(1.0).unwrap()
                        + (a1.atan() * T::from(1.26).unwrap()).tanh()
                        + T::from(0.51).unwrap())
                    .powf(
                        (T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap()).tanh()
                            * T::from(2.0).unwrap(),
                    ),
                ) * T::from(1.26).unwrap(),
            ) > T::from(0.96).unwrap()
                && T::atan2(
                    T::from(-1.82).unwrap() * a1,
                    T::from(1.0).unwrap()
                        + (T::tanh((s3 + a2) * T::from(0.22).unwrap()) * T::from(3.0).unwrap())
                            .tanh()
                        + T::from(0.37).unwrap(),
                ) >= a5.fract()
            {
                let mut s9 = a8;
                s6 = (w[(n + 1) % 4] % a8).fract();
            }
            if s6 > (w[n % 4] / (w[2].powi(2) + T::from(0.66).unwrap())).exp2() {
                break;
            }
        }
        w[k7]
    };
    T::from(-1.22).unwrap() * y
}

#[differentiable]
pub fn gen_141<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n;
    let mut s2 = T::asinh(T::zero().min(w[(n + 2) % 4]));
    let mut k3: usize = 0;
    while s2 < s2 && k3 < 3 {
        k3 += 1;
        s2 = (s2 + s2 / (T::abs(s2) + T::from(0.66).unwrap()) * w[(k1 + 3) % 4]).atan()
            * T::from(1.26).unwrap();
        let y = x + (w[(k1 + n) % 4] + w[2]) * w[n * 3 % 4];
        s2 = ((s2 + T::from(SCALE).unwrap()) * T::from(0.55).unwrap()).tanh()
            * T::from(2.0).unwrap();
    }
    let a4 = x;
    s2 = T::tanh(
        (s2 + T::asin(
            T::sin(
                (T::from(1.62).unwrap() * y - T::asinh(T::from(k3 * 2).unwrap()))
                    * T::from(0.26).unwrap(),
            ) * T::from(0.9).unwrap(),
        )) * T::from(0.48).unwrap(),
    ) * T::from(2.0).unwrap();
    let a5 = a4;
    let mut s6 =
        (w[k3] * T::from(k3 + 1).unwrap() * T::from(0.19).unwrap()).tanh() * T::from(6.0).unwrap();
    if T::floor(y + y) > T::from(-0.23).unwrap() {
        let a7 = (((a5 * a5 * s6).atan() * T::from(3.78).unwrap() * T::from(0.26).unwrap()).sin()
            * T::from(2.5).unwrap())
        .exp_m1();
        let a10 = if T::from(-0.45).unwrap() * T::from(k3 as f64).unwrap()
            / w[0].sin().hypot(T::from(0.86).unwrap())
            < T::from(-0.46).unwrap()
        {
            a5 * (T::from(0).unwrap() + T::from(core::f64::consts::LN_2).unwrap())
        } else if (T::from(-0.46).unwrap() * w[(k3 + 3) % 4]).mul_add(
            gen_132(
                (w[3 - k3] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (s2 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                2,
            ),
            (T::hypot(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(0.2).unwrap(),
            ) + T::from(0.29).unwrap())
            .powf(T::atan(a5) * T::from(1.26).unwrap()),
        ) > (T::from(n + k3).unwrap() * x).atan() * T::from(1.26).unwrap()
        {
            let a8 =
                T::asin((T::one().exp2() * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap());
            if -(w[(k1 + 3) % 4] - T::from(-1.29).unwrap()) > T::from(1.39).unwrap() {
                s6 = -gen_0(
                    T::from(SCALE).unwrap(),
                    T::from(0.71).unwrap().atanh(),
                    w,
                    (k1 + 2) % 5,
                );
                let a9 = w[(n + 1) % 4]
                    / (T::from(1.0).unwrap()
                        + (T::atan(a4 * x) * T::from(1.89).unwrap()).tanh()
                        + T::from(0.52).unwrap());
            } else {
                s2 = ((s2
                    + (T::from(0.89).unwrap() - T::from(std::f64::consts::PI).unwrap().ceil()))
                    * T::from(0.29).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            }
            a7
        } else {
            T::zero()
        };
    } else {
        let mut s11 = x.atan() * T::from(1.26).unwrap();
    }
    ((w[3 - k3].exp_m1() / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + y)
        * T::from(0.14).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_142<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(-1.26).unwrap();
    for i2 in 0..n {
        let a1 = a1 + w[i2 * 3 % 4];
    }
    let x = x + T::sqrt(T::from(1.0).unwrap() + w[0].sin() + T::from(0.68).unwrap());
    for i3 in 0..n % 3 + 1 {
        let a4 = if i3 % 3 != 2 {
            y
        } else {
            ((w[(n + 2) % 4] / (w[1].powi(2) + T::from(0.6).unwrap()) * T::from(0.45).unwrap())
                .sin()
                * T::from(2.5).unwrap())
            .exp_m1()
        };
        let k5 = i3 + 1;
    }
    let mut h6 = [T::zero(); 4];
    T::tanh((y + w[n * 3 % 4]).floor() * y * T::from(0.15).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_143<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut s2 = w[n % 4] * T::from(OFFSET).unwrap() * (w[0] - w[n * 3 % 4]);
    let mut k3: usize = 0;
    loop {
        if k3 >= 5 {
            break;
        }
        k3 += 1;
        s2 = (s2
            + ((((w[(n + 2) % 4] + x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                .cosh()
                * T::from(0.15).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(2.52).unwrap();
        if T::from(-1.12).unwrap() * (w[n % 4] + s1) >= w[n % 4].trunc() {
            if n % 2 == 0 {
                s1 = (s2 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
                let a4 = (-T::from(-0.18).unwrap()).ln_1p();
            }
            s2 = T::tanh(s2 * -w[1] * T::from(0.19).unwrap()) * T::from(4.0).unwrap();
            if w[n % 4] > T::from(-1.28).unwrap() {
                break;
            }
        }
        if s2
            > w[n * 2 % 4]
                / (T::from(1.0).unwrap() + w[(n + 1) % 4].tanh() + T::from(0.48).unwrap())
                * y.tanh()
        {
            break;
        }
    }
    (T::from(SCALE).unwrap() + T::from(1.52).unwrap())
        / (T::from(1.0).unwrap()
            + T::sin(
                (w[n % 4]
                    / -(T::from(1.0).unwrap() + w[k3 * 2 % 4].sin() + T::from(0.41).unwrap())
                    * T::from(0.31).unwrap())
                .sin()
                    * T::from(3.0).unwrap(),
            )
            + T::from(0.61).unwrap())
        + y
}

#[differentiable]
pub fn gen_144<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4].asinh();
    let mut h2 = [T::zero(); 4];
    for i3 in 0..4 {
        h2[i3] = (T::mul_add(
            h2[(i3 + n) % 4],
            (T::from(1.0).unwrap() + T::sin(a1) + T::from(0.5).unwrap())
                .hypot(T::from(1.48).unwrap()),
            h2[n % 4],
        ) * T::from(0.19).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a4 = y * a1
        / T::acos((T::from(1.09).unwrap() * T::from(1.38).unwrap()).sin() * T::from(0.9).unwrap());
    let a9 = {
        if (w[n % 4] - h2[n % 4]) * T::ln(y.powi(2) + T::from(0.57).unwrap())
            <= x - T::from((n + 3) as f64).unwrap()
        {
            {
                let a5 = (a4 % (T::from(1.0).unwrap() + T::from(OFFSET).unwrap().tanh())).fract();
                let mut s6 = T::tanh(
                    y * (T::tanh(
                        a4 / (T::from(1.0).unwrap()
                            + T::tanh(
                                (T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin()
                                    * T::from(3.0).unwrap(),
                            )
                            + T::from(0.21).unwrap())
                            * T::from(0.05).unwrap(),
                    ) * T::from(6.0).unwrap())
                        * T::from(0.14).unwrap(),
                ) * T::from(4.0).unwrap();
            }
            let mut s7 = T::trunc(a4).atan() * T::from(3.78).unwrap();
        } else {
            let a8 = T::log(
                (T::from(-0.1).unwrap().powi(2) + T::from(0.34).unwrap())
                    .powf(T::from(1.41).unwrap()),
                ((a4 + a4).atan() * T::from(1.26).unwrap()).cosh() + T::from(0.98).unwrap(),
            );
        }
        if !(T::abs(a4) + h2[3] < T::from(0.96).unwrap() && w[3] >= w[1]) {
            let mut a4 = (T::from(-1.2).unwrap() * y)
                .min(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().cosh());
        } else if !((((T::from(-1.87).unwrap() - w[n * 2 % 4]) * T::from(0.39).unwrap()).tanh()
            * T::from(1.2).unwrap())
        .tan()
            <= T::from(0.68).unwrap()
            && T::from(0.69).unwrap().asin().exp2() > T::from(0.5).unwrap() - y)
        {
            h2[(n + 1) % 4] = (T::powi(T::from(1.2).unwrap(), 3).exp_m1() * T::from(0.32).unwrap())
                .sin()
                * T::from(2.0).unwrap();
        }
        T::zero()
    };
    h2[0] = ((a4 * T::from(0.23).unwrap()).tanh() * T::from(0.9).unwrap())
        .acos()
        .atan()
        * T::from(1.26).unwrap();
    let mut s10: T = (a4 * w[1]).atan() * T::from(3.78).unwrap()
        % (T::from(1.0).unwrap() + (a1 + T::from(OFFSET).unwrap()).tanh() + T::from(0.79).unwrap());
    T::zero().min(h2[n % 4]) - T::from(1.25).unwrap() + y
}

#[differentiable]
pub fn gen_145<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..n).rev() {
        if n % 2 > 3 {
            return T::from(2).unwrap() * (w[2] / w[n * 3 % 4].cosh());
        }
        {
            let a2: T = ((T::from(1.34).unwrap() + w[3 - i1]).round().atan()
                * T::from(1.57).unwrap())
            .exp();
        }
        if i1 % 2 % 2 == 0 {
            continue;
        }
        let mut s3 = y.atan() * T::from(1.26).unwrap();
        let mut k4: usize = 0;
        loop {
            if k4 >= 5 {
                break;
            }
            k4 += 1;
            s3 = ((s3
                + T::log10(T::hypot(
                    T::from(-1.81).unwrap() / (w[n * 3 % 4].powi(2) + T::from(0.71).unwrap()),
                    T::from(0.21).unwrap(),
                ))
                .cosh())
                * T::from(0.49).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            let a9 = {
                if i1 != 1 {
                    let a5 = x
                        / (T::from(1.0).unwrap()
                            + T::tanh((y + s3).atan() * T::from(1.89).unwrap())
                            + T::from(0.54).unwrap())
                        - T::log2(
                            T::from(1.0).unwrap() + w[(n + 1) % 4].tanh() + T::from(0.18).unwrap(),
                        );
                } else {
                    let a6 = s3.cos()
                        / (((s3 - w[0]).atan() * T::from(1.89).unwrap()).powi(2)
                            + T::from(0.37).unwrap());
                    let a7 = -T::tanh(T::from(OFFSET).unwrap());
                    {
                        let mut s8 = (T::from(-1.24).unwrap()
                            % (w[1].abs() + T::from(0.73).unwrap()))
                        .exp2();
                    }
                }
                (x.abs() + T::from(0.49).unwrap()).atan2(T::zero().powi(i1 as i32))
            };
            let a12 = {
                let a10 = gen_4(
                    ((y + y)
                        * (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.24).unwrap()).log2()
                        * T::from(0.18).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap(),
                    ((a9.max(a9) + y) * T::from(0.29).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    i1,
                );
                let mut s11 = w[3];
                (w[3 - i1] / -(T::from(1.0).unwrap() + T::tanh(a10) + T::from(0.28).unwrap()))
                    .asinh()
            };
            if i1 > 1 {
                break;
            }
        }
    }
    ((w[n % 4] * w[(n + 3) % 4] * (w[n * 3 % 4] * x) * T::from(0.09).unwrap()).tanh()
        * T::from(6.0).unwrap()
        * x
        * x
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_146<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = T::from(1.8).unwrap();
    let a2 = x.fract().exp();
    let mut s3 = ((a2.atan() * T::from(1.57).unwrap()).exp_m1().hypot(
        T::from(1.0).unwrap()
            + (T::tanh((w[(n + 3) % 4] + w[(n + 3) % 4]) * T::from(0.37).unwrap())
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.37).unwrap(),
    ) * T::from(0.24).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    let mut k4: usize = 0;
    while s3 < T::zero().sinh() / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() && k4 < 6 {
        k4 += 1;
        let a7 = if n % 3 != 3 {
            let a5 = if a2 >= T::from(-0.3).unwrap() {
                (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.68).unwrap()).sqrt() - w[n % 4]
            } else {
                T::from(n).unwrap().min(
                    T::from(1.09).unwrap()
                        % (T::from(1.0).unwrap()
                            + (T::atan(s3) * T::from(1.89).unwrap()).tanh()
                            + T::from(0.62).unwrap()),
                )
            };
            ((x / ((s3 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                .hypot(T::from(0.5).unwrap()))
            .atan()
                * T::from(0.56).unwrap())
            .asin()
        } else {
            let mut k6: usize = n * 2 % 7;
            T::log2((-s1.cosh()).recip().hypot(T::from(0.76).unwrap()))
        };
        s3 = T::tanh(
            (s3 + T::tanh(
                (T::abs(
                    (T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
                        * T::from(3.0).unwrap(),
                ) + T::from(0.22).unwrap())
                    * T::from(0.47).unwrap(),
            ) * T::from(2.0).unwrap())
                * T::from(0.26).unwrap(),
        ) * T::from(4.0).unwrap();
    }
    T::one() * (T::atan(w[(k4 + n) % 4]) * T::from(0.75).unwrap()).tan() * s1
}

#[differentiable]
pub fn gen_147<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = T::one();
    if !(gen_6(
        (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        w,
        n * 2 % 5,
    ) + w[n % 4] * a1
        < T::one() * x
        && T::from(-1.52).unwrap() + y - (a1 + a1)
            <= ((x * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p())
    {
        let y = (y * T::from((n * 2) as f64).unwrap() * T::from(0.09).unwrap()).sin()
            * T::from(4.0).unwrap();
        for (i3, &v2) in w.iter().enumerate() {
            let mut s4 = (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
            let mut k5: usize = 0;
            while s4
                < (T::from(1.0).unwrap()
                    + (((v2 - a1) * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).sin()
                    + T::from(0.46).unwrap())
                .log2()
                && k5 < 6
            {
                k5 += 1;
                s4 = ((s4 * T::from(0.62).unwrap()
                    + (w[n % 4].cosh() * T::from(0.4).unwrap()).tanh() * T::from(2.0).unwrap())
                    * T::from(0.49).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
                let a6 = T::from(1.23).unwrap().ln_1p();
            }
            s4 = (s4
                * (w[i3 * 2 % 4]
                    + w[(k5 + 3) % 4]
                        / -(T::from(1.0).unwrap() + x.tanh() + T::from(0.5).unwrap()))
                * T::from(0.13).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            if x >= T::from(-0.69).unwrap() {
                break;
            }
        }
    } else if (T::from(1.0).unwrap()
        + ((y * w[2]).atan() * T::from(1.26).unwrap()).sin()
        + T::from(0.53).unwrap())
    .powf((T::from(n).unwrap().floor() * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap())
        <= T::from(0.99).unwrap()
        && x <= T::from(-0.34).unwrap()
    {
        let mut k7: usize = 1;
    } else {
        let a8 = if w[1] <= T::from(-0.07).unwrap() {
            ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).tan()
        } else if n != 3 {
            w[n % 4] / -(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.31).unwrap())
                + a1 / ((T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap())
                    * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.34).unwrap())
        } else {
            x
        };
    }
    (T::tanh(x.exp_m1() * T::from(0.23).unwrap()) * T::from(3.0).unwrap())
        .cosh()
        .ln()
        * a1
}

#[differentiable]
pub fn gen_148<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x - T::one().log(T::from(2.25).unwrap());
    let mut k2: usize = 0;
    while s1
        < y / -((T::tanh(
            gen_9(
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(1.12).unwrap(),
                w,
                n,
            ) * T::from(0.38).unwrap(),
        ) * T::from(3.0).unwrap())
        .abs()
            + T::from(0.51).unwrap())
        && k2 < 5
    {
        k2 += 1;
        s1 = ((s1 * T::from(0.7).unwrap() + (s1 + s1).signum().hypot(T::from(0.94).unwrap()))
            * T::from(0.36).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        for i3 in (0..4).step_by(2) {
            let a6 = {
                let a4 = (w[i3 * 2 % 4] * y).min(w[n * 2 % 4] * T::from(-0.33).unwrap());
                let a5 = if !(T::atanh((w[1] - y).atan() * T::from(0.56).unwrap())
                    > T::from(0.86).unwrap()
                    && T::from(-0.06).unwrap() <= y / T::from(core::f64::consts::LN_2).unwrap())
                {
                    (T::from(1.96).unwrap() * w[1]).fract() - x
                } else {
                    T::from(1.22).unwrap()
                };
                (T::from(core::f64::consts::LN_2).unwrap()
                    / (T::from(1.0).unwrap() + y.tanh() + T::from(0.57).unwrap()))
                .recip()
            };
            let a7 = if x % (T::abs(x) + T::from(0.91).unwrap()) - s1 >= T::from(1.39).unwrap() {
                T::cosh(y).atan()
            } else {
                (s1 - w[i3])
                    / ((((y + T::one()) * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                        .powi(2)
                        + T::from(0.61).unwrap())
            };
        }
    }
    s1 = ((s1
        * (x / (T::from(1.0).unwrap()
            + T::tanh((s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
            + T::from(0.23).unwrap())
            / (w[(n + 2) % 4].hypot(T::from(0.51).unwrap()).ln().powi(2)
                + T::from(0.34).unwrap())
            * T::from(0.06).unwrap())
        .tanh()
        + (((T::from((n * 2) as f64).unwrap() * T::from(0.19).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .abs()
            + T::from(1.66).unwrap())
        .acosh())
        * T::from(0.26).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    if x.mul_add(T::one(), T::from(0.8).unwrap()) - T::log2(T::cosh(x)) <= T::from(0.54).unwrap() {
        {
            if k2 % 2 == 0 {
                let a8 = x / (w[n % 4].abs() + T::from(0.52).unwrap())
                    - (x.atan() * T::from(0.5).unwrap()).ln_1p()
                    + ((w[(k2 + n) % 4] - s1) * x).atan() * T::from(0.63).unwrap();
                s1 = (s1 * (x * T::from(-0.22).unwrap()).acos()
                    + T::from(1.97).unwrap()
                        / (T::from(1.0).unwrap()
                            + (s1.atan() * T::from(1.89).unwrap()).tanh()
                            + T::from(0.45).unwrap()))
                .atan()
                    * T::from(2.52).unwrap();
                let k9 = k2;
            } else {
                s1 = ((s1 * (s1 - -(x - y))
                    + y / (w[(k2 + n) % 4].powi(2) + T::from(0.45).unwrap()))
                    * T::from(0.04).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
            }
        }
    }
    T::tanh(
        T::acosh(w[(k2 + n) % 4].cosh() + T::from(0.26).unwrap()) * y * y * T::from(0.18).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_149<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::from(0.61).unwrap(); 4];
    for i2 in 0..4 {
        h1[i2] = (y.exp2() * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    let a3 = if T::ln(h1[0].abs() + T::from(0.57).unwrap())
        < ((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
    {
        x
    } else {
        T::sqrt(T::cosh(
            ((x + T::from(n).unwrap() / T::one()) * T::from(0.25).unwrap()).sin()
                * T::from(3.0).unwrap(),
        ))
    };
    let mut s4 = (T::from(n * 2).unwrap() * T::from(0.19).unwrap()).tanh() * T::from(6.0).unwrap();
    for i5 in (0..n).rev() {
        h1[3 - i5] = (h1[3 - i5]
            * (T::acosh(
                (T::tanh(T::from(n).unwrap() * w[3 - i5] * T::from(0.19).unwrap())
                    * T::from(3.0).unwrap())
                .abs()
                    + T::from(1.34).unwrap(),
            ) * T::from(0.72).unwrap())
            .sin()
            * T::from(0.75).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        for i6 in (0..4).step_by(2) {
            let mut s7 = T::sin(
                (T::sin(
                    h1[2] / (T::from(1.0).unwrap() + h1[n * 3 % 4].tanh() + T::from(0.25).unwrap())
                        * T::from(0.21).unwrap(),
                ) * T::from(2.5).unwrap())
                .exp()
                    * T::from(0.12).unwrap(),
            ) * T::from(2.0).unwrap();
            if ((a3 + h1[(n + 2) % 4]) * (x - s4) * T::from(0.04).unwrap()).tanh()
                * T::from(3.0).unwrap()
                < (w[n % 4].atan() * T::from(0.5).unwrap()).ln_1p()
            {
                let mut i5 = (T::from(i5).unwrap()
                    * (T::from(1.0).unwrap()
                        + (T::tanh((s4 - y) * s7 * T::from(0.03).unwrap())
                            * T::from(2.0).unwrap())
                        .tanh()
                        + T::from(0.57).unwrap())
                    .ln()
                    * T::from(0.54).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
                s4 = T::sin((s4 - T::asinh(h1[n % 4])) * T::from(0.2).unwrap())
                    * T::from(6.0).unwrap();
            } else if (w[i6 * 2 % 4].powi(2) + T::from(0.66).unwrap()).log(
                (T::from(1.0).unwrap()
                    + T::tanh(T::atan(s7) * T::from(1.89).unwrap())
                    + T::from(0.48).unwrap())
                .recip()
                .powi(2)
                    + T::from(1.8).unwrap(),
            ) > T::from(0.92).unwrap()
            {
                h1[(n + 1) % 4] = T::sin(
                    h1[(n + 1) % 4]
                        * (((s7 * x).atan() * T::from(0.63).unwrap()
                            + gen_144(
                                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                y.atan() * T::from(1.26).unwrap(),
                                w,
                                (i5 + i6) % 5,
                            ))
                            * T::from(0.24).unwrap())
                        .sin()
                        * T::from(0.75).unwrap(),
                ) * T::from(2.0).unwrap();
            }
        }
    }
    a3
}

#[differentiable]
pub fn gen_150<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 3 % 2 == 0 {
        let a1 = gen_100(
            (y - T::from(std::f64::consts::PI).unwrap()).atan() * T::from(1.26).unwrap(),
            y.sin(),
            w,
            n,
        );
        let a3 = if n % 3 % 2 == 0 {
            let a2 = w[n % 4];
            T::sin(
                T::from(-1.18).unwrap().mul_add(a1, T::from(0.13).unwrap())
                    * a2.exp_m1()
                    * T::from(0.09).unwrap(),
            ) * T::from(4.0).unwrap()
        } else if T::from(0.43).unwrap() * w[(n + 3) % 4] + y >= y {
            T::powi(
                T::abs((T::from(0.78).unwrap() * y * a1).atan() * T::from(1.89).unwrap())
                    + T::from(0.59).unwrap(),
                -2,
            )
        } else {
            (((((T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).powi(n as i32)
                * T::from(0.09).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
            .tanh()
                * T::from(1.59).unwrap())
            .tanh()
                * T::from(0.8).unwrap())
            .ln_1p()
        };
    }
    let k4 = n;
    if T::from(-1.2).unwrap().exp() > -x && w[n % 4] * w[k4 % 4] <= T::zero().acos() {
        {
            {
                let x = x * w[k4 * 3 % 4];
                {
                    let mut y = T::atan(y + T::from(-1.26).unwrap().trunc().powi(2).ln())
                        * T::from(1.26).unwrap();
                    let mut s5 = T::max(
                        w[0] + y,
                        gen_34(
                            x.atan() * T::from(1.26).unwrap(),
                            (x * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                            w,
                            n * 2 % 5,
                        ),
                    );
                    let a6 = w[k4 % 4];
                }
            }
            let y = y + ((w[k4 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).asin();
            let k7 = k4 + 2;
        }
        let a8 = -T::from(0.4).unwrap();
    } else {
        let a9 = if x < x / x.hypot(T::from(0.63).unwrap()) {
            x
        } else {
            w[(n + 2) % 4]
        };
    }
    T::tanh(
        (y + T::from(core::f64::consts::LN_2).unwrap())
            * (T::from(-1.47).unwrap() + x)
            * T::from(0.16).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_151<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::powi(T::one(), 1);
    if !(n < 3 && n % 3 % 2 == 0) {
        let a2 = a1 / T::from(-0.83).unwrap() + T::from(0.91).unwrap()
            - T::from(1.13).unwrap()
                % (T::from(1.0).unwrap() + x.sin() + T::from(0.55).unwrap())
                % (T::from(1.0).unwrap() + w[2].max(w[(n + 3) % 4]).sin() + T::from(0.91).unwrap());
        let y = T::tanh(y);
    }
    let mut s3 = w[(n + 3) % 4];
    -T::zero() + y + s3
}

#[differentiable]
pub fn gen_152<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n;
    let a2 = if k1 % 2 == 0 {
        let mut x = w[n % 4].cosh().floor().atan() * T::from(1.89).unwrap();
        T::tanh((x - x) * y.exp() * T::from(0.03).unwrap()) * T::from(6.0).unwrap()
    } else {
        T::ln_1p(T::one()) - T::from(-0.45).unwrap()
    };
    k1 += n * 3 % 5;
    k1 %= 7;
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = (h3[k1 * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    }
    k1 = (k1 + n * 3 % 5) % 7;
    let mut s5 = ((y
        + w[(k1 + n) % 4]
        + gen_134(
            h3[n % 4].atan() * T::from(1.26).unwrap(),
            T::tanh(w[1] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        ))
        * T::from(0.16).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut k6: usize = 0;
    loop {
        if k6 >= 3 {
            break;
        }
        k6 += 1;
        s5 = (s5
            + (T::atan(
                (T::from(1.0).unwrap()
                    + (s5.atan() * T::from(1.89).unwrap()).sin()
                    + T::from(0.69).unwrap())
                .ln(),
            )
            .powi(2)
                + T::from(0.18).unwrap()))
        .atan()
            * T::from(2.52).unwrap();
        {
            let a7 = a2;
        }
        if (w[k1 % 4] + w[3]).cos() > w[n * 3 % 4] * T::from(1).unwrap() {
            continue;
        }
        if s5
            > ((T::one() + h3[3])
                * T::mul_add(T::from(-0.8).unwrap(), x, s5)
                * T::from(0.09).unwrap())
            .sin()
                * T::from(4.0).unwrap()
        {
            break;
        }
    }
    let mut s8 = (T::atan(x) * T::from(0.56).unwrap()).asin().exp();
    ((a2 * (h3[n * 2 % 4] - T::from(std::f64::consts::PI).unwrap()) * T::from(0.06).unwrap())
        .tanh()
        * T::from(6.0).unwrap()
        * s5
        + a2)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_153<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let a1 = y;
    }
    let a5 = if T::asinh(y + y) < T::from(0.22).unwrap() {
        let mut s2: T = x.asinh() - T::log10(T::cosh(y));
        (y.atan() * T::from(0.56).unwrap()).asin() + w[n % 4] * T::one()
    } else if w[(n + 2) % 4] >= T::from(0.13).unwrap() {
        let a3 = (w[2] * (y - T::from(n).unwrap()) * T::from(0.12).unwrap()).sin();
        T::from(-1.22).unwrap().cosh() - (T::from(-0.41).unwrap() + w[3])
    } else {
        let mut x = ((x + T::exp(T::from(1.1).unwrap())) * T::from(0.3).unwrap()).sin()
            * T::from(3.0).unwrap();
        let mut s4: T = T::tanh(
            (T::acos(w[0].atan() * T::from(0.56).unwrap()) + T::from(-0.1).unwrap() * w[n % 4])
                * T::from(0.61).unwrap(),
        ) * T::from(2.0).unwrap();
        T::tanh((x + s4) * (x * x) * T::from(0.03).unwrap()) * T::from(6.0).unwrap()
    };
    let mut s6 = T::zero().round().abs();
    {
        let mut s7 = ((a5 - T::from(1.99).unwrap() + w[n % 4] * w[(n + 1) % 4])
            * T::from(0.13).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    }
    let a8 = w[n % 4];
    if T::hypot(
        y - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
        ((x * a8).atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.22).unwrap(),
    ) >= w[1] * x
    {
        let a9: T = T::from(OFFSET).unwrap() - x
            + (T::from(1.0).unwrap()
                + (T::from((n + 1) as f64).unwrap().atan() * T::from(1.89).unwrap()).sin()
                + T::from(1.29).unwrap())
            .acosh();
        s6 = (-(s6 * w[1]) * T::from(0.19).unwrap()).tanh() * T::from(4.0).unwrap();
    }
    s6 = ((s6 * (T::log2(T::from(std::f64::consts::PI).unwrap()) + w[0] % T::from(1.43).unwrap())
        + w[1].fract())
        * T::from(0.11).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    s6 =
        ((s6 * T::sinh(
            T::powi(
                T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(2.5).unwrap(),
                3,
            )
            .atan()
                * T::from(1.89).unwrap(),
        ) + a5)
            * T::from(0.04).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    gen_147(
        T::atan(T::max(T::from(-0.34).unwrap(), w[0])) * T::from(1.26).unwrap(),
        T::from(-0.48).unwrap().exp().sqrt(),
        w,
        n,
    )
}

#[differentiable]
pub fn gen_154<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if -T::from(core::f64::consts::LN_2).unwrap() * (y * x) > T::from(1.13).unwrap() {
        y
    } else {
        gen_152(
            T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n * 2 % 5,
        ) - w[n % 4].trunc()
    };
    let mut k2: usize = n;
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = T::from(-0.32).unwrap().exp().log10();
    }
    let k5 = (k2 + n) % 8;
    if w[0].cosh() > T::from(0.08).unwrap() {
        return ((T::from(-1.98)
            .unwrap()
            .powi(2)
            .powf(a1.atan() * T::from(1.26).unwrap())
            + (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.2).unwrap()).log10())
            * T::from(0.12).unwrap())
        .sin()
            * T::from(2.0).unwrap()
            / (((h3[n * 3 % 4].cosh() * x * T::from(0.2).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.46).unwrap());
    }
    let mut s6 = ((((a1 * T::from(0.19).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
        / (T::from(1.0).unwrap() + (y - T::from(-0.84).unwrap()).sin() + T::from(0.57).unwrap()))
    .atan()
        * T::from(3.78).unwrap()
        * T::from(0.26).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut k7: usize = 0;
    while (x <= h3[k5 % 4] + h3[(n + k5) % 4] || k2 > 3) && k7 < 2 {
        k7 += 1;
        let a8 = (-a1).sin();
        s6 = ((s6
            + (h3[(k5 + 3) % 4].hypot(T::from(0.79).unwrap()) * T::from(0.7).unwrap()).tanh()
                * T::from(2.0).unwrap())
            * T::from(0.26).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    }
    let a9 = T::tanh(
        T::hypot(
            a1,
            (T::from(0).unwrap()
                % (T::from(1.0).unwrap()
                    + ((s6 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
                    + T::from(0.72).unwrap()))
            .exp(),
        ) * (w[3 - k7] + T::zero() / w[n * 2 % 4].hypot(T::from(0.46).unwrap()))
            * T::from(0.1).unwrap(),
    );
    let mut s10 = (T::abs(T::zero()) + T::from(1.48).unwrap()).acosh() * h3[n % 4];
    k2 += k7;
    k2 %= 5;
    if k5 % 2 % 2 == 0 {
        let x = x * (y + (x * a1 * T::from(0.1).unwrap()).tanh() * T::from(3.0).unwrap());
        let mut s11 = T::from(-0.68).unwrap();
        s11 = T::atan(
            s11 + (T::from(k7).unwrap() / h3[0].hypot(T::one())
                - ((h3[3 - k7] / (T::abs(y) + T::from(0.25).unwrap()) * T::from(0.19).unwrap())
                    .sin()
                    * T::from(0.9).unwrap())
                .atanh()),
        ) * T::from(2.52).unwrap();
    }
    let k12 = 3;
    T::tanh(
        (T::min(T::from(-0.92).unwrap().trunc(), w[k2 * 2 % 4] * w[2]) + s6)
            * a9
            * T::from(0.2).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_155<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y * w[n % 4];
    let a1 = T::from(0.27).unwrap();
    if w[3].tanh().hypot(T::from(0.77).unwrap()).log10() <= T::from(1.44).unwrap() {
        let y = y + gen_144(
            T::ln_1p(a1.recip()),
            T::atan(x.min(w[n * 3 % 4]).round()) * T::from(1.26).unwrap(),
            w,
            0,
        );
    } else {
        let a2 = w[n * 3 % 4] * T::one() + y.cos();
        let k3 = n;
        let a5 = {
            let a4 = ((w[(k3 + n) % 4] + x)
                / (T::from(1.0).unwrap() + w[k3 % 4].tanh() + T::from(0.28).unwrap())
                * T::from(0.12).unwrap())
            .sin();
            w[k3 * 3 % 4]
        };
    }
    -a1 - x + x
}

#[differentiable]
pub fn gen_156<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[(n + 2) % 4];
    let a2 = (w[n % 4].powi(2) + T::from(0.54).unwrap()).sqrt()
        / (T::from(1.0).unwrap()
            + (gen_155(
                (a1 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                (n + 1) % 5,
            )
            .atan()
                * T::from(1.89).unwrap())
            .sin()
            + T::from(0.29).unwrap());
    if (-(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.57).unwrap()))
        .cbrt()
        .abs()
        .log10()
        <= T::from(-1.48).unwrap()
    {
        {
            let mut s3 = T::atanh(T::atan(x) * T::from(0.56).unwrap()).sin()
                % (T::from(1.0).unwrap() + T::sin(y) + T::from(0.97).unwrap());
            let a4 = ((-T::from(n).unwrap() * T::from(0.37).unwrap()).sin()
                * T::from(0.9).unwrap())
            .asin();
        }
        let a5 = if n > 2 {
            a1
        } else {
            (x.powi(2) + T::from(0.47).unwrap()).log10() * T::ceil(w[2])
                / ((((-y - T::from(n + 3).unwrap() / a1.cosh()) * T::from(0.17).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.26).unwrap())
        };
    }
    let mut k6: usize = n * 2 % 5;
    for (i8, v7) in w.iter().enumerate() {
        let mut s9 =
            a1.asinh() * (T::from(1.0).unwrap() + (*v7).tanh() + T::from(0.31).unwrap()).sqrt();
        let a10 = T::atan(a1 * T::from(k6 as f64).unwrap() * -T::from((k6 + 3) as f64).unwrap())
            * T::from(1.26).unwrap()
            * w[i8];
        let a11 = (w[(i8 + k6) % 4] - w[(i8 + 2) % 4]).abs();
        if i8 % 2 > 1 {
            k6 *= 3;
            k6 %= 5;
            let k12 = k6;
        } else {
            let mut s13 = (y * gen_108(
                ((w[(n + k6) % 4] + T::from(-0.58).unwrap()) * T::from(0.58).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                T::tanh(a11 / T::from(0.41).unwrap() * T::from(0.15).unwrap())
                    * T::from(2.0).unwrap(),
                w,
                3,
            ))
            .atan()
                * T::from(3.78).unwrap();
        }
    }
    a1
}

#[differentiable]
pub fn gen_157<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::atanh(T::atan(y) * T::from(0.56).unwrap()).asin();
    s1 = (s1
        - x * gen_19(
            T::from(1.5).unwrap(),
            T::atan(w[n % 4] * y) * T::from(1.26).unwrap(),
            w,
            3,
        ))
    .atan()
        * T::from(1.26).unwrap();
    s1 = (s1
        * (T::from(1.0).unwrap()
            + T::tanh(
                (x.exp() * T::trunc(T::from(1.04).unwrap()) * T::from(0.2).unwrap()).tanh()
                    * T::from(3.0).unwrap(),
            ))
        .hypot(
            (s1 % (T::from(-0.29).unwrap().abs() + T::from(0.3).unwrap())).min(w[n % 4].atan()),
        ))
    .atan()
        * T::from(1.26).unwrap();
    let a5 = if n % 2 == 0 {
        if T::cos((s1.powi(2) + T::from(0.32).unwrap()).log10())
            < T::from(0.34).unwrap() / (x.abs() + T::from(0.43).unwrap())
        {
            for &v2 in w.iter() {
                let a3 = T::sin(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap());
                s1 = (s1 * ((s1 * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
                    + T::ln(T::from(-1.98).unwrap().cosh()))
                .atan()
                    * T::from(1.26).unwrap();
                s1 = ((v2 - x) / (T::abs(w[n % 4]) + T::from(0.68).unwrap())
                    * T::from(0.25).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            }
        } else {
            let mut s4 = ((x * x).atan() * T::from(0.75).unwrap()).tan();
            let y = w[1];
        }
        gen_154(
            T::from(-0.4).unwrap() * T::from(core::f64::consts::LN_2).unwrap(),
            T::from(0.52).unwrap(),
            w,
            n,
        )
    } else {
        T::trunc(((x * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p())
    };
    ((y * T::from(1.46).unwrap())
        .max((T::from(1.0).unwrap() + s1.tanh() + T::from(0.38).unwrap()).ln())
        * y
        * s1)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_158<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n + 1;
    let y = y.tanh();
    let a4 = if x > T::from(1.03).unwrap() {
        let mut s2 = T::trunc((T::from(1.0).unwrap() + T::from(0.13).unwrap().tanh()).sqrt());
        w[n * 3 % 4]
    } else {
        let a3: T =
            ((w[n * 3 % 4] + y + T::from(3).unwrap() * T::from(std::f64::consts::PI).unwrap())
                * T::from(0.12).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
        T::from(n * 3 % 9).unwrap()
    };
    y + y + y
}

#[differentiable]
pub fn gen_159<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a4 = {
        let a3 = if n % 2 == 0 {
            let mut s1 = x;
            let mut h2 = [T::from(0.98).unwrap(); 4];
            w[n % 4]
        } else {
            x.abs()
        };
        w[n % 4].asinh() + w[0]
    };
    let a5 = gen_143(
        T::tanh(w[2] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        y.atan2(T::one()),
        w,
        (n + 1) % 5,
    );
    let a6 = T::tanh((w[n % 4] + w[3]) * a5 * T::from(0.07).unwrap()) * T::from(4.0).unwrap();
    let a7 = if ((T::log2((a4.atan() * T::from(1.89).unwrap()).abs() + T::from(0.62).unwrap())
        + ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap()).exp_m1())
        * T::from(0.12).unwrap())
    .sin()
        > T::from(0.4).unwrap()
        && (a6 * a5).atan() * T::from(1.26).unwrap()
            < T::recip(-(w[3].abs() + T::from(0.66).unwrap()))
    {
        a5
    } else {
        (w[1].abs().atan() * T::from(1.26).unwrap())
            .exp()
            .powf(w[n % 4].atan() * T::from(1.26).unwrap())
    };
    let a9 = {
        let mut s8 = x;
        gen_146(
            (a6 % (((s8 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.82).unwrap()))
            .atan()
                * T::from(1.26).unwrap(),
            T::sin(
                gen_144(
                    T::from(0.25).unwrap(),
                    s8.atan() * T::from(1.26).unwrap(),
                    w,
                    n,
                ) * T::from(0.29).unwrap(),
            ) * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        )
    };
    T::cos(T::from(-1.3).unwrap().exp()) * x * x
}

#[differentiable]
pub fn gen_160<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 =
        ((w[n % 4] / -T::cosh(x)).exp_m1() * T::from(0.23).unwrap()).tanh() * T::from(2.0).unwrap();
    s1 = T::sin(s1 * (s1 + T::ln_1p(s1.atan() * T::from(0.5).unwrap())) * T::from(0.27).unwrap())
        * T::from(2.0).unwrap();
    {
        let a3 = if w[3] - w[n % 4] + w[n % 4].cos() >= T::from(-1.04).unwrap() {
            let a2 = T::from(SCALE).unwrap();
            T::max(
                T::from(-0.45).unwrap(),
                gen_151(
                    (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    y.atan() * T::from(1.26).unwrap(),
                    w,
                    n * 3 % 5,
                ),
            )
        } else {
            gen_118(
                (w[(n + 2) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                (w[3] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            )
        };
        let mut a3 = T::sin(a3 * x * T::from(0.15).unwrap()) * T::from(3.0).unwrap();
        let mut h4 = [T::one(); 4];
    }
    let mut y = y.tanh();
    let mut s5 = T::sin(x.cosh() * y * T::from(0.1).unwrap()) * T::from(3.0).unwrap();
    let mut s6 = T::atan(T::hypot(
        x,
        T::from(1.0).unwrap() + T::sin(T::from(-1.22).unwrap().atan()) + T::from(0.67).unwrap(),
    )) * T::from(1.89).unwrap();
    for _ in w.iter() {
        let mut h8 = [T::one(); 4];
        let mut s9 = T::atan(
            T::atan2(
                T::from(1.0).unwrap() + T::tanh(s1) + T::from(0.28).unwrap(),
                T::from(0.92).unwrap(),
            ) * gen_38(T::from(0.11).unwrap(), T::zero(), &h8, (n + 3) % 5)
                * w[n % 4].floor().signum(),
        ) * T::from(1.89).unwrap();
        if T::from(n * 3 % 9).unwrap().hypot(
            T::from(1.0).unwrap()
                + T::tanh((s5 * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap())
                + T::from(0.69).unwrap(),
        ) >= s1 / T::from(core::f64::consts::LN_2).unwrap()
            || n % 2 == 0
        {
            return (((x - s6.atan()) * T::from(0.46).unwrap()).tanh() * T::from(1.2).unwrap())
                .tan();
        }
    }
    let k10 = n;
    (((((w[(n + 1) % 4] - w[(n + 2) % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
        .cosh()
        + y
        + y)
        * T::from(0.08).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_161<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if -(x / T::from(-0.49).unwrap()) > y % T::from(0.13).unwrap().exp() && n > 1 {
        return T::tan(x.atan() * T::from(0.75).unwrap())
            * (T::from(0).unwrap() / T::from(-1.09).unwrap());
    } else {
        T::asinh(w[n % 4]).exp_m1()
    };
    let a2 = x * x
        - x % (T::from(1.0).unwrap()
            + T::sin(T::atan(a1) * T::from(1.89).unwrap())
            + T::from(0.67).unwrap());
    let mut a2 = (((a2 + a2) * T::from(0.12).unwrap()).tanh()
        * T::from(4.0).unwrap()
        * T::from(0.42).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    for (i4, _) in w.iter().enumerate() {
        if ((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos() - w[3 - i4]
            >= T::from(1.29).unwrap()
        {
            break;
        }
        if i4 > 2 {
            break;
        }
    }
    let a6 = {
        let a5 = T::sin(
            (x / (T::from(1.0).unwrap() + x.sin() + T::from(0.57).unwrap()) * a1.max(x)
                + (w[2] - a2 + y % T::from(0.85).unwrap()))
                * T::from(0.09).unwrap(),
        ) * T::from(4.0).unwrap();
        w[n * 3 % 4]
            * T::from(-1.87)
                .unwrap()
                .powi(2)
                .atan2(T::from(1.34).unwrap())
    };
    let mut s7: T = w[n % 4];
    T::tanh(
        (((((y * a6).atan() * T::from(2.52).unwrap() * T::from(0.4).unwrap()).sin()
            * T::from(3.0).unwrap())
        .abs()
            + T::from(0.46).unwrap())
        .hypot(w[n % 4] - a6)
            + x)
            * a2
            * T::from(0.07).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_162<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x % (T::atan(w[n % 4].cosh() - y) * T::from(1.89).unwrap()).cosh();
    if ((x.sinh() * T::from(0.41).unwrap()).tanh() * T::from(3.0).unwrap()).sinh() >= T::sin(x) {
        if (T::sin(a1 * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).asin()
            >= y / -w[n % 4].cosh()
        {
            let y = y + T::from(n * 2).unwrap();
            let mut s2 = T::trunc(T::from(0.29).unwrap().fract());
            let mut k3: usize = 0;
            while s2 < s2.trunc().asinh() && k3 < 5 {
                k3 += 1;
                s2 = T::atan(
                    s2 + T::tanh(
                        ((a1 % (T::from(1.0).unwrap()
                            + ((s2 - x).atan() * T::from(1.89).unwrap()).tanh()
                            + T::from(0.49).unwrap()))
                        .abs()
                            + T::from(0.35).unwrap())
                            * T::from(0.64).unwrap(),
                    ) * T::from(2.0).unwrap(),
                ) * T::from(1.89).unwrap();
                let mut s4 = gen_147(
                    (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    gen_43(
                        T::sin(a1 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        1,
                    )
                    .atan()
                        * T::from(1.26).unwrap(),
                    w,
                    (n + 2) % 5,
                );
                let a5 = s2.max(w[n % 4] * w[(n + 2) % 4]);
            }
        }
        let a7 = {
            let mut s6 = T::min(w[n % 4] + w[3], a1 * a1);
            T::from(0.95).unwrap()
        };
    }
    T::tanh(x * x * x * T::from(0.19).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_163<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut y = T::powf(
        T::from(1.0).unwrap()
            + (((y + x) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap()).sin()
            + T::from(0.64).unwrap(),
        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
    )
    .atan()
        * T::from(1.89).unwrap();
    y = ((y
        + (((-y
            + w[n % 4]
                / ((T::sin(y * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).powi(2)
                    + T::from(0.22).unwrap()))
            * T::from(0.12).unwrap())
        .sin()
            * T::from(2.0).unwrap())
        .sin())
        * T::from(0.37).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::sin(
            (w[n % 4]
                - gen_131(
                    T::from(1.02).unwrap(),
                    (h1[3 - i2] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    0,
                ))
                * T::from(0.25).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    let k3 = n;
    let a4 = (T::from(1.0).unwrap()
        + ((T::from((n + 3) as f64).unwrap() * T::from(0.21).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .sin()
        + T::from(0.64).unwrap())
    .cbrt()
        + -T::from(n).unwrap();
    y = (y
        * ((x.atan() * T::from(0.56).unwrap()).atanh().powi(2) + T::from(1.29).unwrap()).acosh()
        * T::from(0.42).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    h1[(n + k3) % 4] =
        (T::from(n + 1).unwrap() + x * T::from(3).unwrap()).atan() * T::from(1.26).unwrap();
    let a5 = gen_47(
        T::zero().cosh(),
        (y / T::from(-1.2).unwrap() * T::from(0.6).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        k3,
    );
    y = T::sin(
        (y * (T::atan(a5.abs() / T::recip(-w[n % 4].cosh())) * T::from(1.89).unwrap())
            + T::hypot(a4.atan() * T::from(1.89).unwrap(), T::from(0.57).unwrap()).log10())
            * T::from(0.17).unwrap(),
    ) * T::from(3.0).unwrap();
    let a4 = a4.tanh();
    (T::from(0.71).unwrap() - w[(k3 + 2) % 4])
        / (T::from(1.0).unwrap() + x.tanh() + T::from(0.66).unwrap())
}

#[differentiable]
pub fn gen_164<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (T::tanh(x * y * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).cosh() >= x {
        if n % 2 > 3 {
            let a1 = T::sin(T::from(1).unwrap()).exp();
            if n % 2 != 1 {
                if T::from(-1.31).unwrap() >= a1 {
                    let mut x = (x
                        * (w[n % 4] * T::from(-0.48).unwrap()
                            + gen_147(
                                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                                x.atan() * T::from(1.26).unwrap(),
                                w,
                                n,
                            ))
                        * T::from(0.25).unwrap())
                    .sin()
                        * T::from(4.0).unwrap();
                } else if w[n % 4] * a1 + (T::from(1.68).unwrap() + w[n % 4]) < a1 + x {
                    if w[n % 4] >= T::from(0.8).unwrap() {
                        let a7 = {
                            if w[(n + 1) % 4] > w[n % 4] - x {
                                if ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                                    .asin()
                                    / (T::from(1.0).unwrap()
                                        + T::tanh(T::hypot(x, T::from(0.48).unwrap()).log(
                                            T::from(1.0).unwrap()
                                                + T::from(-1.05).unwrap().sin()
                                                + T::from(1.9).unwrap(),
                                        ))
                                        + T::from(0.25).unwrap())
                                    > gen_79(
                                        T::from(-1.31).unwrap(),
                                        T::from(1.32).unwrap(),
                                        w,
                                        (n + 2) % 5,
                                    )
                                {
                                    if T::abs(w[0]) >= T::from(1.1).unwrap() {
                                        let a5 = if T::hypot(
                                            gen_159(
                                                (y * T::from(0.75).unwrap()).sin()
                                                    * T::from(2.0).unwrap(),
                                                y.atan() * T::from(1.26).unwrap(),
                                                w,
                                                n,
                                            ),
                                            T::from(1.0).unwrap()
                                                + (-a1).tanh()
                                                + T::from(0.69).unwrap(),
                                        ) < T::from(1.35).unwrap()
                                        {
                                            a1
                                        } else {
                                            let a3 = {
                                                let mut s2 = T::log10(
                                                    T::from(1.0).unwrap()
                                                        + w[n % 4].tanh()
                                                        + T::from(0.27).unwrap(),
                                                );
                                                T::ln_1p(
                                                    T::tanh(y * w[2] * T::from(0.37).unwrap())
                                                        * T::from(0.8).unwrap(),
                                                )
                                                .min(
                                                    ((a1 - x)
                                                        * T::from(core::f64::consts::LN_2)
                                                            .unwrap()
                                                            .hypot(T::cosh(w[n % 4]))
                                                        * T::from(0.08).unwrap())
                                                    .sin()
                                                        * T::from(4.0).unwrap(),
                                                )
                                            };
                                            let a4 = a1
                                                / (((w[n % 4] + T::from(-1.14).unwrap())
                                                    * T::from(0.48).unwrap())
                                                .tanh()
                                                    * T::from(3.0).unwrap())
                                                .cosh();
                                            -w[n % 4]
                                                / (T::from(-1.71).unwrap()
                                                    / (T::from(1.0).unwrap()
                                                        + x.sin()
                                                        + T::from(0.26).unwrap())
                                                    - w[n * 2 % 4].cosh())
                                        };
                                    } else {
                                        let a6 = if w[n % 4] <= w[n * 2 % 4] {
                                            a1 * y - (T::from(-0.93).unwrap() + w[n % 4])
                                        } else {
                                            w[n % 4]
                                        };
                                    }
                                }
                            }
                            T::from(0.6).unwrap().exp().log2()
                        };
                    } else {
                        let mut s8 = w[n % 4].tanh()
                            / (T::from(1.0).unwrap()
                                + (T::sin(
                                    (T::from(0.45).unwrap() - w[n % 4] * w[0])
                                        * T::from(0.34).unwrap(),
                                ) * T::from(3.0).unwrap())
                                .tanh()
                                + T::from(0.35).unwrap());
                    }
                } else {
                    let a9 = T::from(-1.77).unwrap() + (w[n % 4] + w[n % 4]).cos();
                }
            } else {
                let mut s10 = w[n % 4];
            }
        } else {
            let a11 = y;
        }
    } else if T::from(n as f64).unwrap() / T::from(1.75).unwrap() - y / T::from(-1.46).unwrap()
        >= T::from(-0.46).unwrap()
    {
        let a12 = T::log10(
            T::from(1.0).unwrap()
                + ((y * y + w[n % 4] * T::from(-0.36).unwrap()).atan() * T::from(1.89).unwrap())
                    .sin()
                + T::from(0.57).unwrap(),
        );
    } else {
        let mut h13 = [T::zero(); 4];
    }
    ((x * w[n * 3 % 4] + x + x) * T::from(0.19).unwrap()).sin() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_165<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::min(T::from(-0.58).unwrap(), T::from(-1.85).unwrap() * w[n % 4]) - -x.exp_m1();
    if w[1].atan() * (a1 - y) > T::from(0.79).unwrap() {
        let k2 = n;
        let mut h3 = [T::from(-0.26).unwrap(); 4];
        for i4 in 0..4 {
            h3[i4] = (gen_152(
                (w[(i4 + n) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::from(0.35).unwrap(),
                &h3,
                i4,
            )
            .ceil()
                * T::from(0.25).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
    } else {
        let mut y = T::from(0.18).unwrap() / T::hypot(w[n % 4], T::from(0.99).unwrap())
            - -T::from(1.86).unwrap();
        let mut x = T::from(-0.53).unwrap();
        let mut s5: T = (w[n * 2 % 4] - T::from(0.46).unwrap()
            + gen_84(
                (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            ))
        .atan()
            * T::from(1.89).unwrap();
    }
    ((a1 + T::one().exp() + x) * y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_166<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (_, &v1) in w.iter().enumerate() {
        for _ in 0..n % 3 + 1 {
            let y = y.tanh();
            let a4 = x - y;
            if n < 2 && n % 2 == 0 {
                break;
            }
            let a5 = ((v1 + x) * (T::from(n * 2).unwrap() + T::from(0.95).unwrap())).atan()
                * T::from(3.78).unwrap()
                - T::from(0.48).unwrap();
        }
        let a6 = T::from(3).unwrap();
    }
    let k7 = n * 3 % 8;
    let mut s8 = -(-y.fract());
    (T::atanh(T::sin(w[(k7 + 1) % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
        / (T::from(1.0).unwrap() + T::sin(w[0]) + T::from(0.23).unwrap()))
    .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_167<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = ((gen_159(T::from(-1.66).unwrap(), T::from(OFFSET).unwrap(), w, 4)
        - w[(n + 1) % 4]
            / ((T::from(n).unwrap().atan() * T::from(1.89).unwrap()).powi(2)
                + T::from(0.32).unwrap()))
    .atan()
        * T::from(1.57).unwrap())
    .exp();
    let a2 = x.cosh().log10() * (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() * y);
    let mut s3 = T::from(core::f64::consts::LN_2).unwrap();
    let mut k4: usize = 0;
    while (T::from(1.0).unwrap()
        + ((w[1] - T::from(4).unwrap()).atan() * T::from(1.89).unwrap()).tanh()
        + T::from(1.68).unwrap())
    .acosh()
        <= T::from(-0.84).unwrap()
        && k4 < 5
    {
        k4 += 1;
        s3 = T::atan(
            s3 * T::from(0.88).unwrap()
                + ((T::from(1.0).unwrap() + w[(n + 1) % 4].tanh() + T::from(0.09).unwrap())
                    * T::from(0.73).unwrap())
                .sin()
                    * T::from(2.0).unwrap(),
        ) * T::from(2.52).unwrap();
        s3 = (s3 + T::from(-0.69).unwrap()).atan() * T::from(2.52).unwrap();
        let a5 = (T::sin(a1 * T::from(0.15).unwrap()) * T::from(3.0).unwrap())
            .hypot(T::from(0.77).unwrap())
            .log10();
        s3 = T::sin(
            (s3 - (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.31).unwrap()).atan2(w[3]))
                * T::from(0.21).unwrap(),
        ) * T::from(4.0).unwrap();
    }
    let mut k6: usize = n * 3 % 7;
    s3 = ((s3 + a1) * T::from(0.11).unwrap()).sin() * T::from(4.0).unwrap();
    let mut s7 = (T::from(1.0).unwrap() + T::asinh(y).sin() + T::from(0.57).unwrap()).recip();
    ((T::from(-1.54).unwrap() * T::from(-0.73).unwrap() * x + a1) * T::from(0.12).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_168<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = (gen_143(
        (y.abs() + T::from(0.46).unwrap()).log2(),
        (w[(n + 1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) * T::from(0.26).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut s2 = ((-s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
        .cosh()
        .atan()
        * T::from(2.52).unwrap();
    let a3 = gen_118(
        (T::sin(
            s2 / (T::from(1.0).unwrap() + x.tanh() + T::from(0.22).unwrap())
                * T::from(0.1).unwrap(),
        ) * T::from(6.0).unwrap()
            * T::from(0.25).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        ((s1 + T::from(1.45).unwrap()) * T::from(0.28).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    );
    for _ in w.iter() {
        let mut s5 = T::from(1.42).unwrap();
        let mut k6: usize = 0;
        while y >= a3.trunc() && k6 < 4 {
            k6 += 1;
            s1 =
                ((s1 - T::from(n).unwrap()) * T::from(0.19).unwrap()).sin() * T::from(4.0).unwrap();
            s5 = T::tanh(
                (s5 * T::from(0.85).unwrap() + T::hypot(T::zero(), T::from(0.52).unwrap()))
                    * T::from(0.68).unwrap(),
            ) * T::from(2.0).unwrap();
        }
        let x = x
            + (gen_100(T::from(0.57).unwrap() * w[3], w[(n + 3) % 4].signum(), w, n)
                - (w[2] * x / T::abs(w[n % 4].exp().atan() * T::from(1.89).unwrap())
                    * T::from(0.1).unwrap())
                .sin()
                    * T::from(3.0).unwrap());
        if n % 2 > 3 {
            return (T::tanh(w[(n + 1) % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
                .asin()
                - w[n % 4];
        }
        if n % 2 % 2 == 0 {
            return -w[(k6 + 3) % 4]
                / -((s5
                    / ((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
                        * T::from(3.0).unwrap())
                    .hypot(T::from(0.8).unwrap()))
                .powi(2)
                    + T::from(0.66).unwrap());
        }
    }
    s1 = ((s1
        - (T::sin(
            w[n * 3 % 4] * (w[1] / w[1].hypot(T::from(0.24).unwrap())) * T::from(0.09).unwrap(),
        ) * T::from(4.0).unwrap()
            + T::hypot(y, w[0].abs() + T::from(0.63).unwrap()).abs()))
        * T::from(0.13).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    if n % 2 > 1 {
        return x;
    }
    let mut h7 = [T::one(); 4];
    for i8 in 0..4 {
        h7[i8] = T::tanh(
            (w[(i8 + 2) % 4] * s1 + T::sinh(T::from(1.6).unwrap())) * T::from(0.14).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    T::cos(T::from(n).unwrap())
        / T::from(0.9)
            .unwrap()
            .powf((s2 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap())
        * s2
}

#[differentiable]
pub fn gen_169<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..4).rev() {
        let a2 = (((y - w[(i1 + n) % 4]) * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap())
            .powi(3);
        if T::atan(x % (T::from(1.0).unwrap() + w[0].sin() + T::from(0.68).unwrap()))
            < T::from(-1.24).unwrap()
        {
            if T::from(-0.84).unwrap() > T::from(-1.46).unwrap() {
                let a7 = {
                    let a3 = if gen_155(
                        T::atan(w[3 - i1]) * T::from(1.26).unwrap(),
                        T::tanh(w[i1 * 2 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        w,
                        (n + i1) % 5,
                    )
                    .sin()
                        > y
                    {
                        (y + T::from(0.55).unwrap())
                            / (T::from(1.0).unwrap()
                                + ((T::from(1.76).unwrap() * y).atan() * T::from(1.89).unwrap())
                                    .sin()
                                + T::from(0.68).unwrap())
                    } else {
                        x
                    };
                    {
                        let mut s4 = (((y + T::from(0.88).unwrap())
                            * (T::from(1.03).unwrap()
                                / -(T::from(1.0).unwrap()
                                    + T::tanh(a2.atan() * T::from(1.89).unwrap())
                                    + T::from(0.28).unwrap()))
                            / T::hypot(
                                x,
                                (a2.atan() * T::from(1.89).unwrap()).hypot(T::from(0.58).unwrap()),
                            )
                            * T::from(0.08).unwrap())
                        .sin()
                            * T::from(6.0).unwrap())
                        .atan()
                            * T::from(1.26).unwrap();
                        let mut s5 = x;
                        let mut s6 =
                            (w[(i1 + 2) % 4].powi(1).powi(2) + T::from(0.65).unwrap()).recip();
                    }
                    T::sin(
                        (gen_114(
                            T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                            T::from(0.93).unwrap(),
                            w,
                            4,
                        ) + x * a3)
                            * T::from(0.12).unwrap(),
                    ) * T::from(3.0).unwrap()
                };
                let a2 = a2.tanh();
            } else if y >= x {
                let a8 = {
                    let i1 = T::from(i1).unwrap() * T::from(0.46).unwrap();
                    (((a2 - T::from(core::f64::consts::LN_2).unwrap()) * T::from(0.12).unwrap())
                        .sin()
                        * T::from(2.0).unwrap())
                    .tanh()
                };
            } else {
                let mut y = T::sin(
                    (y + gen_165(y.atan() * T::from(1.26).unwrap(), T::zero(), w, n)
                        * w[(i1 + n) % 4])
                        * T::from(0.11).unwrap(),
                );
            }
        } else {
            if i1 % 3 < 3 {
                break;
            }
        }
    }
    ((y - y + (w[n % 4] + y)) * T::from(0.19).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_170<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if ((w[1] / (w[0].powi(2) + T::from(0.31).unwrap()) * T::from(0.23).unwrap()).sin()
        * T::from(0.8).unwrap())
    .ln_1p()
        >= T::from(-0.22).unwrap()
        || T::atanh(T::atan(y + x) * T::from(0.56).unwrap()) <= x.exp()
    {
        if (y.atan() * T::from(1.26).unwrap()).powi(n as i32)
            / -(T::from(1.0).unwrap() + T::tanh(y) + T::from(0.43).unwrap())
            < T::from(1.14).unwrap()
        {
            {
                let y = y + y * x;
            }
            let mut h1 = [T::one(); 4];
            let a2 = -(T::from(1.0).unwrap() + h1[n * 3 % 4].tanh() + T::from(0.5).unwrap()).sqrt();
        } else {
            let mut s3 = x;
            let mut s4 = T::from(n + 3).unwrap().asinh()
                * (T::from(3).unwrap() % T::hypot(x, T::from(0.52).unwrap()));
        }
    } else if n < 3 {
        let mut k5: usize = n;
    }
    w[n % 4].atan() * -w[n % 4] + y
}

#[differentiable]
pub fn gen_171<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for v1 in w.iter() {
        let a2 = gen_161(
            (w[n % 4] / T::from(0.24).unwrap() * T::from(0.18).unwrap()).sin()
                * T::from(2.0).unwrap(),
            (gen_89(
                (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(std::f64::consts::PI).unwrap().atan() * T::from(1.26).unwrap(),
                w,
                (n + 2) % 5,
            ) * T::from(0.25).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            w,
            n,
        );
        if n % 2 == 0 {
            if T::from(OFFSET).unwrap() < T::max(w[n % 4], T::one()) {
                return (T::from(-1.15).unwrap() / T::from(0.45).unwrap()
                    * (*v1 + T::one())
                    * T::from(0.2).unwrap())
                .sin()
                    * T::from(6.0).unwrap();
            }
            let a3 = T::max(y, w[n % 4]).min(T::exp_m1(y));
            if !(-w[n % 4] / (T::from(1.0).unwrap() + w[n % 4].abs().tanh())
                < T::from(0.84).unwrap()
                && T::from(n as f64).unwrap() <= T::from(0.52).unwrap())
            {
                break;
            }
        } else if n > 3 {
            let a4 = (w[1].atan() * T::from(0.5).unwrap()).ln_1p();
            let mut s5 = (y * w[n % 4] * w[n % 4].exp() * T::from(0.05).unwrap()).tanh();
        }
    }
    ((-x * x + y) * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_172<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (1..n).step_by(2) {
        let a2 = (T::from(1.0).unwrap()
            + ((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                .ln_1p()
                .sin()
            + T::from(0.41).unwrap())
        .sqrt()
            / -(T::from(1.0).unwrap() + T::sin(w[(i1 + n) % 4]) + T::from(0.66).unwrap());
        let mut s3 =
            (T::from(SCALE).unwrap() * y * (w[3] * w[(n + i1) % 4]) * T::from(0.25).unwrap())
                .tanh()
                * T::from(2.0).unwrap();
        s3 = (s3 * x * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap();
        for i4 in (0..4).step_by(2) {
            s3 = T::atan(s3 * (w[i4 * 2 % 4] % T::exp(T::from(i4).unwrap()) + w[i1] / a2))
                * T::from(1.26).unwrap();
            let a6 = if n % 3 % 2 == 0 {
                T::ln((-w[i1]).abs() + T::from(0.47).unwrap())
            } else {
                let a5 = y;
                T::from(-0.26).unwrap()
                    - gen_102(
                        w[i1].atan() * T::from(1.26).unwrap(),
                        x.atan() * T::from(1.26).unwrap(),
                        w,
                        i4,
                    )
            };
        }
    }
    T::atan2(
        T::from(1.0).unwrap() + x.tanh() + T::from(0.25).unwrap(),
        y % T::hypot(y, T::from(0.99).unwrap()),
    )
}

#[differentiable]
pub fn gen_173<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x - w[n % 4] <= ((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).powi(n as i32)
        || x.cos() - T::acosh(T::cosh(y) + T::from(0.55).unwrap())
            < y % (y.powi(2) + T::from(0.89).unwrap())
    {
        return w[n * 2 % 4];
    }
    let mut s1 = (-(y - w[n % 4]) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap();
    let a2 = (w[2] + w[n * 2 % 4]) / (T::from(-0.91).unwrap() + T::from(1.52).unwrap());
    s1 = y;
    let mut s3: T = T::from(1.95).unwrap();
    (T::from(n).unwrap() + x + s1).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_174<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::from(1.0).unwrap()
        + ((w[n % 4].cosh().atan2(w[n * 3 % 4]) * T::from(0.48).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .tanh())
    .sqrt();
    let a2 = y;
    for (v3, _) in w.iter().zip(w.iter()) {
        let a10 = if T::ln_1p(T::from(1.35).unwrap()) > a2 / T::from(-1.85).unwrap() {
            a1 + T::cosh(T::from(core::f64::consts::LN_2).unwrap())
        } else if n % 3 > 3 {
            y
        } else {
            let a5 = y;
            if n % 2 == 0 {
                let a6 = ((w[(n + 3) % 4] - T::from(0.35).unwrap())
                    * T::from(n * 3 % 9).unwrap()
                    * T::from(0.08).unwrap())
                .tanh()
                    * T::from(4.0).unwrap()
                    - *v3;
                let y = a1;
                let a8 = {
                    let k7 = n + 3;
                    T::abs((*v3).exp())
                };
            } else {
                let mut s9 = a5;
                s9 = s9
                    * (T::from(1.0).unwrap()
                        + (((w[n % 4] + T::from(1.95).unwrap()) * T::from(0.38).unwrap()).tanh()
                            * T::from(3.0).unwrap())
                        .tanh())
                    .log2();
            }
            -(-T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                * gen_155(
                    w[2].atan() * T::from(1.26).unwrap(),
                    (*v3 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    0,
                ))
        };
        if T::from(-1.08).unwrap() * T::from(n + 1).unwrap() + a2 < w[1] * a10 {
            continue;
        }
        let mut s11 = T::atanh((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap());
    }
    -a2 - T::sin(T::from(-0.8).unwrap())
}

#[differentiable]
pub fn gen_175<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::from(-1.94).unwrap();
    for &v2 in w.iter() {
        if gen_115(
            (v2 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        ) - y
            >= T::from(std::f64::consts::PI).unwrap()
        {
            return w[n % 4]
                - s1.atan2(
                    ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                        .hypot(T::from(0.39).unwrap()),
                )
                .hypot(T::from(0.38).unwrap())
                .cbrt();
        }
        let mut k3: usize = n;
    }
    if s1 * x * (T::from(-0.61).unwrap() + s1) < T::from(-1.16).unwrap() {
        let a10 = {
            let mut h4 = [T::from(0.34).unwrap(); 4];
            for i5 in 0..4 {
                h4[i5] = ((x + h4[n % 4])
                    * (T::from(0.41).unwrap() + T::from(1.93).unwrap())
                    * T::from(0.16).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            }
            if n != 2 {
                if T::tanh(
                    T::from((n * 3 % 9) as f64).unwrap()
                        * T::from(n * 3 % 9).unwrap()
                        * T::from(0.02).unwrap(),
                ) * T::from(6.0).unwrap()
                    * T::from(core::f64::consts::LN_2).unwrap()
                    > s1.tanh()
                    || n % 3 > 3
                {
                    let mut s6 = -(T::zero() * s1);
                    let mut k7: usize = 0;
                    while s6 < T::zero() && k7 < 3 {
                        k7 += 1;
                        s6 = h4[n % 4];
                        let a9 = if -(T::from(1.0).unwrap()
                            + T::tanh(
                                (h4[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                            )
                            + T::from(0.23).unwrap())
                        .powf(s6.atan() * T::from(1.26).unwrap())
                            <= T::from(0.76).unwrap()
                        {
                            (T::from(1.4).unwrap() + x)
                                / T::acosh(
                                    T::from(1.0).unwrap() + x.tanh() + T::from(1.57).unwrap(),
                                )
                        } else {
                            let a8 = w[(n + 3) % 4].asinh()
                                + T::hypot(
                                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                                    T::from(0.34).unwrap(),
                                )
                                .powf(T::atan(w[n * 3 % 4]) * T::from(1.26).unwrap());
                            gen_143(
                                ((T::from(1.0).unwrap() + y.tanh() + T::from(0.53).unwrap())
                                    .hypot(w[n % 4])
                                    * T::from(0.47).unwrap())
                                .sin()
                                    * T::from(2.0).unwrap(),
                                T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
                                &h4,
                                n,
                            )
                        };
                        s6 = (s6 * T::from(0.8).unwrap()
                            + ((T::atan(-(h4[n % 4] / -(x.abs() + T::from(0.27).unwrap())))
                                * T::from(1.89).unwrap())
                            .powi(2)
                                + T::from(0.35).unwrap())
                            .atan()
                                * T::from(1.26).unwrap())
                        .atan()
                            * T::from(2.52).unwrap();
                    }
                }
            }
            T::from(n).unwrap()
        };
    }
    ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos() + x
}

#[differentiable]
pub fn gen_176<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x;
    let k2 = n + 1;
    s1 = (-y).sinh();
    let a3 = T::tan(T::from(-0.42).unwrap());
    s1 = x - w[k2 % 4] + T::from(-0.32).unwrap() * x;
    let a4 = ((y * w[(k2 + n) % 4]).atan() * T::from(1.89).unwrap())
        .hypot(T::from(0.94).unwrap())
        .log2();
    s1 = (s1
        * ((T::cosh(w[n % 4]) + T::from(0.52).unwrap()).acosh()
            / ((T::from(1.0).unwrap()
                + ((s1 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.37).unwrap())
            .log2()
            .powi(2)
                + T::from(0.6).unwrap()))
        + a3.fract())
    .atan()
        * T::from(3.78).unwrap();
    s1 = ((s1 + x) * T::from(0.19).unwrap()).sin() * T::from(6.0).unwrap();
    let a4 = a4 * w[(k2 + n) % 4];
    ((gen_160(
        T::from(-0.25).unwrap(),
        (s1 * w[k2 * 3 % 4] * T::from(0.12).unwrap()).tanh(),
        w,
        k2 * 3 % 5,
    ) + s1)
        * T::from(0.13).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_177<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (((T::tanh(x * T::from(n).unwrap() * T::from(0.19).unwrap())
        * T::from(3.0).unwrap())
    .abs()
        + T::from(0.43).unwrap())
    .atan2(T::exp_m1(w[n % 4]))
        * T::from(0.48).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    while s1 < w[n % 4] && k2 < 5 {
        k2 += 1;
        s1 = (s1 * T::from(0.61).unwrap()
            + ((T::from(1.0).unwrap() + y.sin() + T::from(0.21).unwrap())
                * T::from(0.68).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.26).unwrap();
        if ((x * T::from(-1.7).unwrap() * T::from(0.44).unwrap()).tanh() * T::from(1.2).unwrap())
            .tan()
            < x
        {
            s1 = T::atan(w[n % 4] - (s1.atan() * T::from(0.5).unwrap()).ln_1p())
                * T::from(1.26).unwrap();
        }
        let mut s3 = T::log2(T::cosh(s1)).sin();
        let mut k4: usize = 0;
        while s3 < x && k4 < 5 {
            k4 += 1;
            let a5 = x;
            let k6 = 0;
            s3 = ((s3 * T::from(0.62).unwrap()
                + T::atan(T::cosh(
                    (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.53).unwrap()).log2()
                        % ((x.mul_add(y, a5) * T::from(0.25).unwrap()).tanh()
                            * T::from(3.0).unwrap())
                        .hypot(T::from(0.99).unwrap()),
                )) * T::from(1.26).unwrap())
                * T::from(0.46).unwrap())
            .sin()
                * T::from(3.0).unwrap();
        }
        s3 = (s3 * T::sin(s3 * w[k4 % 4]) * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap();
    }
    for v7 in w.iter() {
        let a8 = s1;
        if k2 % 3 > 2
            || T::from(0.35).unwrap().atanh().atan2(
                T::from(1.0).unwrap()
                    + (T::from(1.97).unwrap() % (w[k2 % 4].abs() + T::from(0.74).unwrap())).sin()
                    + T::from(0.32).unwrap(),
            ) > T::from(-0.93).unwrap()
        {
            s1 = (*v7 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
        } else {
            if T::atanh(
                T::sin(
                    (T::from(1.0).unwrap() + y.sin() + T::from(0.25).unwrap())
                        .log(T::abs(w[n % 4]) + T::from(2.0).unwrap())
                        * T::from(0.75).unwrap(),
                ) * T::from(0.9).unwrap(),
            ) >= T::from(n * 2).unwrap() % w[k2 % 4].cosh()
            {
                let a9 = -T::signum(x);
                let mut h10 = [T::zero(); 4];
                for i11 in 0..4 {
                    h10[i11] = T::from(0.56).unwrap();
                }
            } else if y.cos() <= x + y || w[(n + k2) % 4] < w[n % 4] * T::from(0.44).unwrap() {
                let mut s12 = w[k2 % 4];
            }
            let mut h13 = [T::zero(); 4];
            for i14 in 0..4 {
                h13[i14] = (w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
            }
        }
    }
    y
}

#[differentiable]
pub fn gen_178<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = w[i2 * 2 % 4].atan() * T::from(1.26).unwrap();
    }
    for (i4, v3) in h1.iter().enumerate() {
        if T::mul_add(x, T::from(1.02).unwrap(), x)
            - (-(T::from(1.0).unwrap() + y.tanh() + T::from(0.22).unwrap())).recip()
            >= T::from(-1.05).unwrap()
        {
            if w[3 - i4] > T::from(-1.36).unwrap() {
                let y = y * gen_142(
                    T::atan(
                        (T::tanh((T::from(1.55).unwrap() + x) * T::from(0.42).unwrap())
                            * T::from(2.5).unwrap())
                        .powi(3),
                    ) * T::from(1.26).unwrap(),
                    h1[i4 * 3 % 4].asinh(),
                    &h1,
                    (i4 + n) % 5,
                );
            } else if w[3 - i4] < T::from(-0.18).unwrap() {
                let mut s5 = T::atan(gen_170(
                    T::from(-0.83).unwrap() * x,
                    T::sin(T::round(h1[(n + i4) % 4]) * T::from(0.75).unwrap())
                        * T::from(2.0).unwrap(),
                    &h1,
                    (n + i4) % 5,
                )) * T::from(1.26).unwrap();
            }
            if i4 % 2 % 2 == 0 {
                break;
            }
            let mut s6: T = T::from(0.44).unwrap();
        } else if w[3 - i4] < T::from(1.19).unwrap().tan() {
            let mut s7 = ((T::from(SCALE).unwrap() / T::from(-0.27).unwrap()
                * T::from(0.54).unwrap())
            .sin()
                * T::from(0.9).unwrap())
            .asin();
        } else {
            let a11 = {
                let mut h8 = [T::one(); 4];
                if *v3 >= T::from(-1.38).unwrap() {
                    let a9: T = T::signum(
                        h8[i4 * 2 % 4]
                            / (T::from(1.0).unwrap() + h1[1].tanh() + T::from(0.67).unwrap()),
                    );
                    let a9 = a9.tanh();
                } else {
                    let a10 = if n % 3 != 1 && i4 != 3 {
                        w[n * 3 % 4] + T::from(-0.84).unwrap()
                    } else {
                        (T::tanh((*v3).cosh().atan2(y) * T::from(0.48).unwrap())
                            * T::from(3.0).unwrap())
                        .sinh()
                    };
                }
                T::ln_1p(
                    (T::from(-1.01).unwrap() * T::from(1.49).unwrap()).sin()
                        * T::from(0.8).unwrap(),
                )
                .floor()
            };
            let a12 = (T::from(1.0).unwrap() + a11.tanh() + T::from(0.29).unwrap()).log(
                T::from(1.0).unwrap()
                    + ((T::from(1.0).unwrap() + w[(n + 3) % 4].sin() + T::from(0.52).unwrap())
                        .log(T::from(4.66).unwrap())
                        + T::from(-0.58).unwrap()
                            % (T::from(0.49).unwrap().powi(2) + T::from(0.41).unwrap()))
                    .tanh()
                    + T::from(1.59).unwrap(),
            );
        }
    }
    ((y - (y + T::one())) * y * T::from(0.15).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_179<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(-1.06).unwrap() - T::from(OFFSET).unwrap()
        + T::from(0.23).unwrap() * T::zero()
        - w[n * 3 % 4] * x / -(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.58).unwrap());
    let mut h2 = [T::zero(); 4];
    for i3 in 0..4 {
        h2[i3] = ((T::from(1.0).unwrap()
            + ((y - w[3 - i3]).atan() * T::from(1.89).unwrap()).tanh()
            + T::from(0.48).unwrap())
        .recip()
            * T::from(0.74).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    h2[n % 4] = T::atan(
        (T::from(1.0).unwrap() + (y * T::from(-0.77).unwrap()).sin() + T::from(0.37).unwrap()).log(
            ((x * h2[n % 4] * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                .hypot(T::from(0.71).unwrap())
                + T::from(0.87).unwrap(),
        ),
    ) * T::from(1.26).unwrap();
    if T::powi(
        (((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).powi(n as i32)
            * T::from(0.09).unwrap())
        .tanh(),
        0,
    ) >= T::from(1.02).unwrap()
    {
        if -(T::from(-1.92).unwrap() + y) >= (-(y.powi(2) + T::from(0.25).unwrap())).recip() {
            let x = x - h2[n % 4] - w[n % 4].exp2();
            let a4 = if a1 < T::from(0.92).unwrap() {
                T::from(0.5).unwrap().atan() - T::one()
            } else {
                x
            };
        } else if (w[1] - T::from(-1.13).unwrap()) * x.atan2(y.hypot(T::from(0.52).unwrap()))
            <= T::from(-1.12).unwrap()
        {
            let a5 = T::atan(h2[(n + 2) % 4].round() * (a1 - y)) * T::from(0.63).unwrap();
        }
    } else if n % 2 == 0 {
        let mut s6: T = h2[n % 4];
    } else {
        let a7 = if !(n % 2 == 0 && y + a1 + T::from(n).unwrap() <= x) {
            gen_13(
                T::from(-0.9).unwrap().tan(),
                T::log2(T::from(1.0).unwrap() + T::tanh(w[1]) + T::from(0.59).unwrap()),
                w,
                3,
            )
        } else {
            T::atan(T::from(n * 2).unwrap() * w[0])
                * T::from(2.52).unwrap()
                * (x.atan() * T::from(0.56).unwrap()).acos()
        };
    }
    T::from(std::f64::consts::PI).unwrap().atan().sinh()
}

#[differentiable]
pub fn gen_180<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4]
        / (T::from(1.0).unwrap()
            + (T::tanh(y * y * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).tanh()
            + T::from(0.51).unwrap());
    let a2 = ((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin();
    for i3 in 1..=3 {
        let mut s4 = w[i3 * 2 % 4];
        let mut k5: usize = 0;
        loop {
            if k5 >= 5 {
                break;
            }
            k5 += 1;
            s4 = ((s4 * T::from(0.65).unwrap()
                + T::sin(
                    (T::from(1.0).unwrap() + x.tanh() + T::from(0.31).unwrap())
                        * T::from(0.66).unwrap(),
                ) * T::from(2.0).unwrap())
                * T::from(0.33).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let a7 = if gen_45(
                T::from(-1.09).unwrap(),
                T::from(-0.61).unwrap(),
                w,
                (n + 1) % 5,
            ) % w[3 - i3].cosh()
                >= T::from(1.07).unwrap().powi(n as i32)
            {
                let a6 = (T::from(0.95).unwrap() / y.hypot(T::from(0.51).unwrap())).asinh()
                    - (w[i3] + w[n * 3 % 4])
                        * (T::from(1.0).unwrap()
                            + T::sin(T::from(-0.16).unwrap())
                            + T::from(0.38).unwrap())
                        .sqrt();
                y
            } else {
                ((T::from(1.0).unwrap() + x.tanh() + T::from(0.64).unwrap()).sqrt()
                    * ((a1 * T::from(0.39).unwrap()).sin() * T::from(2.5).unwrap()).exp_m1()
                    * T::from(0.08).unwrap())
                .sin()
                    * T::from(4.0).unwrap()
            };
            if s4 > s4 - s4 {
                break;
            }
        }
        if (w[1] + T::from(1.72).unwrap()).tanh() >= T::from(-0.96).unwrap() {
            return T::sin(
                ((w[(n + k5) % 4] * w[(n + i3) % 4] * T::from(0.37).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .cosh()
                    * T::from(0.15).unwrap(),
            ) * T::from(6.0).unwrap();
        }
        let a8 = (T::from(1.0).unwrap() + T::tanh(w[1]) + T::from(0.38).unwrap()).log2()
            + gen_158(
                (a1 * T::from(0.39).unwrap()).sin() * T::from(2.0).unwrap(),
                (w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            );
        let mut h9 = [T::zero(); 4];
        for i10 in 0..4 {
            h9[i10] = T::tanh(
                x / T::cosh(T::from(-0.25).unwrap())
                    .log(T::from(3.76).unwrap())
                    .hypot(T::from(0.67).unwrap())
                    * T::from(0.5).unwrap(),
            ) * T::from(2.0).unwrap();
        }
    }
    if n % 2 > 1 {
        let mut s11 = y + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().acos();
    } else if n < 1
        && ((w[n * 3 % 4] / -(w[n * 3 % 4].powi(2) + T::from(0.65).unwrap())).atan()
            * T::from(0.75).unwrap())
        .tan()
            > gen_161(T::from(-0.69).unwrap(), a2, w, n)
    {
        {
            let mut s12 = a1;
            let mut s13 = (-((T::from(n).unwrap() * a1 * T::from(0.1).unwrap()).sin()
                * T::from(3.0).unwrap()))
            .atan()
                * T::from(1.89).unwrap();
            let y = x;
        }
        let mut k14: usize = (n + 2) % 4;
    }
    T::zero().tan() + a2 + a2
}

#[differentiable]
pub fn gen_181<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in 0..4 {
        if x + x < T::from(0.96).unwrap() {
            break;
        }
    }
    let mut s2 = (w[n * 3 % 4].mul_add(x, T::from(-1.95).unwrap())
        / (T::from(1.0).unwrap() + w[n * 3 % 4].sin() + T::from(0.56).unwrap())
        * T::from(0.14).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let mut k3: usize = 0;
    while s2 < w[n % 4] && k3 < 2 {
        k3 += 1;
        s2 = T::sin(
            (s2 + T::sin(y.hypot(T::from(0.86).unwrap()) * T::from(0.69).unwrap())
                * T::from(2.0).unwrap())
                * T::from(0.25).unwrap(),
        ) * T::from(4.0).unwrap();
        for i4 in (0..4).step_by(2) {
            let mut k5: usize = i4 + 1;
            let mut s6 = T::tanh(
                (T::atan(
                    w[i4 + 1]
                        / ((T::from(n).unwrap().atan() * T::from(1.89).unwrap()).powi(2)
                            + T::from(0.53).unwrap()),
                ) * T::from(0.56).unwrap())
                .atanh(),
            );
            let a7 = (T::from(1.0).unwrap()
                + (((w[(k5 + n) % 4] - x) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                    .tanh()
                + T::from(0.65).unwrap())
            .cbrt();
            if (gen_178(
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (w[1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            ) / -T::hypot(T::from(1.06).unwrap() * x, T::from(0.21).unwrap())
                * T::from(0.06).unwrap())
            .tanh()
                * T::from(6.0).unwrap()
                > gen_176(
                    (w[3 - i4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    a7,
                    w,
                    n,
                )
            {
                continue;
            }
        }
        if n % 3 % 2 == 0 {
            return s2;
        }
        let a8 = (T::from(1.0).unwrap()
            + (T::from(1.0).unwrap()
                + T::sin(T::from(n as f64).unwrap().atan() * T::from(1.89).unwrap())
                + T::from(0.52).unwrap())
            .ln()
            .tanh())
        .powf(T::ln_1p(T::from(core::f64::consts::LN_2).unwrap()))
            + ((-s2 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh();
    }
    let a9 = (x * x * w[n % 4].exp2() * T::from(0.09).unwrap()).sin() * T::from(6.0).unwrap();
    w[0] * x
}

#[differentiable]
pub fn gen_182<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::zero().ln_1p() + (T::from(SCALE).unwrap() - x);
    let mut s2 = x.atan() * T::from(1.26).unwrap();
    let a3 = T::fract(a1).ceil();
    let a13 = {
        let a4: T = T::log10(T::sqrt(T::from(1.18).unwrap()));
        if -(T::from(1.34).unwrap() * w[n * 2 % 4]) <= T::from(0.31).unwrap() || n > 1 {
            let mut y = T::atan(
                y * ((T::from(-0.3).unwrap() * T::one())
                    .hypot(T::from(0.76).unwrap())
                    .log2()
                    * T::from((n * 3 % 9) as f64).unwrap()),
            ) * T::from(1.26).unwrap();
            let mut k5: usize = n;
        } else if T::from(core::f64::consts::LN_2).unwrap()
            * (a3 % (T::from(1.0).unwrap() + a4.sin() + T::from(0.52).unwrap()))
            <= T::from(-0.69).unwrap()
        {
            if T::from(OFFSET).unwrap()
                / (T::abs(w[(n + 2) % 4]) + T::from(0.47).unwrap())
                / w[n % 4].exp2()
                >= (-(T::from(1.0).unwrap()
                    + (T::atan(T::from(n + 3).unwrap()) * T::from(1.89).unwrap()).sin()
                    + T::from(0.33).unwrap()))
                .cbrt()
                && n < 3
            {
                let a12 = if w[0].mul_add(T::abs(w[n % 4]), -a1) > w[1] * x {
                    for (i7, _) in w.iter().enumerate() {
                        for i8 in 0..n % 3 + 1 {
                            if -T::log10(T::from(1.0).unwrap() + a1.sin() + T::from(0.56).unwrap())
                                <= T::from(-1.09).unwrap()
                            {
                                if T::one() > T::one()
                                    || a3.exp2().hypot(T::hypot(
                                        T::from(-0.44).unwrap() + a4,
                                        T::from(0.73).unwrap(),
                                    )) > a1.trunc()
                                {
                                    break;
                                }
                                if w[(i8 + 3) % 4] > T::from(1.32).unwrap() {
                                    break;
                                }
                                let a9 = T::from(OFFSET).unwrap() + w[i7];
                            } else if T::sin(a3).max(T::from(n as f64).unwrap().fract())
                                < w[i8] + w[3 - i8]
                            {
                                let a11 = {
                                    let mut s10 = T::tanh(
                                        (w[3 - i7].trunc() - T::asinh(a3)) * T::from(0.44).unwrap(),
                                    ) * T::from(3.0).unwrap();
                                    T::log(
                                        T::from(1.0).unwrap()
                                            + (T::tanh(x.exp() * T::from(0.2).unwrap())
                                                * T::from(3.0).unwrap())
                                            .tanh(),
                                        T::from(1.0).unwrap()
                                            + T::tanh(
                                                T::atan(T::from(-1.59).unwrap().max(s10))
                                                    * T::from(1.89).unwrap(),
                                            )
                                            + T::from(1.89).unwrap(),
                                    )
                                };
                            }
                        }
                    }
                    T::from(1.3).unwrap()
                } else {
                    T::tanh(a1 - a3).mul_add(
                        gen_176(
                            T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                            a3.atan() * T::from(1.26).unwrap(),
                            w,
                            (n + 2) % 5,
                        ) + w[(n + 2) % 4]
                            / -(T::from(1.0).unwrap() + T::tanh(x) + T::from(0.45).unwrap()),
                        (a4.sinh().powi(2) + T::from(0.52).unwrap()).ln(),
                    )
                };
            }
        }
        w[n % 4]
    };
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
pub fn gen_183<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if n % 3 > 3 {
        return gen_151(
            (w[(n + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            n,
        );
    } else {
        T::atan(y - T::from(1.91).unwrap())
    };
    let a2 = T::hypot(a1.powi(2) + T::from(0.56).unwrap(), w[n * 3 % 4])
        / (w[n * 2 % 4].powi(2) + T::from(0.34).unwrap());
    let a3 = if gen_16(
        (gen_103(
            T::sin(w[n * 2 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::atan(w[n % 4]) * T::from(1.26).unwrap(),
            w,
            (n + 2) % 5,
        ) * T::from(0.28).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        T::from(-0.07).unwrap() * w[n * 3 % 4],
        w,
        n,
    ) < w[(n + 3) % 4]
    {
        -x
    } else if ((w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p()
        * T::log2(T::from(1.0).unwrap() + T::tanh(w[0]) + T::from(0.64).unwrap())
        < T::from(-0.84).unwrap()
    {
        (a1 + T::from(-1.88).unwrap()).signum() / -(w[n * 2 % 4].abs() + T::from(0.62).unwrap())
    } else {
        x
    };
    let a4 = w[n % 4];
    let a5: T = T::from(-0.82).unwrap() * x;
    let mut h6 = [T::zero(); 4];
    for i7 in 0..4 {
        h6[i7] = a1;
    }
    let mut s8 =
        ((a3 - T::from(-1.46).unwrap()) * (a1 + T::from(n + 1).unwrap()) * T::from(0.09).unwrap())
            .tanh()
            * T::from(6.0).unwrap()
            % (T::from(1.0).unwrap() + T::tanh(T::from(-0.54).unwrap()));
    let mut h9 = [T::zero(); 4];
    for i10 in 0..4 {
        h9[i10] = (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    s8 = x;
    s8 = T::atan(s8 * (T::sin(s8 * T::from(0.37).unwrap()) * T::from(3.5).unwrap()).exp2())
        * T::from(2.52).unwrap();
    a4.hypot(T::from(0.23).unwrap())
        .atan2(T::from(0.35).unwrap() % T::from(1.67).unwrap())
}

#[differentiable]
pub fn gen_184<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 =
        (w[(n + 2) % 4].mul_add(T::from(0.53).unwrap(), y) + y).atan() * T::from(1.89).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 2 {
            break;
        }
        k2 += 1;
        s1 = ((s1 * T::from(0.86).unwrap() + (T::atan(x * y).abs() + T::from(0.23).unwrap()))
            * T::from(0.36).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        let y = y + T::from(0.5).unwrap()
            * x
            * (x / ((s1.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.27).unwrap()));
        s1 = (s1
            - T::atan(
                y / (((y * T::from(0.16).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
                    + T::from(0.69).unwrap()),
            ) * T::from(1.89).unwrap()
                * ((T::from(n * 2).unwrap() * s1).atan() * T::from(0.63).unwrap()))
        .atan()
            * T::from(1.89).unwrap();
        let mut s3 = T::from(core::f64::consts::LN_2).unwrap()
            / (T::from(1.0).unwrap()
                + (T::atan(
                    y / (T::from(1.0).unwrap() + T::tanh(w[(n + 3) % 4]) + T::from(0.44).unwrap()),
                ) * T::from(1.26).unwrap())
                .tanh()
                + T::from(0.65).unwrap());
        let mut k4: usize = 0;
        loop {
            if k4 >= 5 {
                break;
            }
            k4 += 1;
            s3 = ((s3 * T::from(0.88).unwrap()
                + (gen_158(
                    (T::from(1.0).unwrap() + s3.tanh() + T::from(0.26).unwrap()).ln(),
                    T::sin(s3 * w[(n + 3) % 4] * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                .powi(2)
                    + T::from(0.25).unwrap())
                .atan()
                    * T::from(1.26).unwrap())
                * T::from(0.42).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            if T::log(
                T::from(1.0).unwrap()
                    + T::tanh(
                        (gen_152(
                            T::tanh(w[(n + 2) % 4] * T::from(0.75).unwrap())
                                * T::from(2.0).unwrap(),
                            (s1 * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                            w,
                            n,
                        ) * T::from(0.26).unwrap())
                        .sin()
                            * T::from(3.0).unwrap(),
                    )
                    + T::from(0.61).unwrap(),
                T::from(4.54).unwrap(),
            ) > T::from(-1.32).unwrap()
                && gen_154(
                    T::from(-1.15).unwrap().tanh(),
                    (T::from(1.0).unwrap() + x.tanh() + T::from(1.43).unwrap()).acosh(),
                    w,
                    n,
                ) > T::from(-0.51).unwrap()
            {
                break;
            }
            if s3
                > T::from(-0.2)
                    .unwrap()
                    .hypot(T::from(0.65).unwrap())
                    .hypot(y)
                    + T::asin(T::atan(T::from(-1.76).unwrap()) * T::from(0.56).unwrap())
            {
                break;
            }
        }
        if s1 > (w[n % 4] + T::from(-2.0).unwrap()).asinh() {
            break;
        }
    }
    let mut s5 =
        (((w[1] + T::one()) * T::from(0.5).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p();
    let mut k6: usize = 0;
    loop {
        if k6 >= 3 {
            break;
        }
        k6 += 1;
        s5 = ((s5 * T::from(0.86).unwrap()
            + ((w[(k2 + 3) % 4].atan() * T::from(0.56).unwrap())
                .atanh()
                .powi(2)
                + T::from(0.07).unwrap()))
            * T::from(0.65).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        s5 = T::tanh(
            s5 * (T::from(k2).unwrap() * w[(k2 + 2) % 4]).ceil()
                * (w[k2 * 3 % 4] - w[(k2 + n) % 4])
                * T::from(0.04).unwrap(),
        ) * T::from(2.0).unwrap();
        if T::from(0.75).unwrap() < T::from(0.3).unwrap() && k2 % 3 > 3 {
            break;
        }
        if s5
            > (x * T::from((k2 * 2) as f64).unwrap()
                * (T::from(-0.72).unwrap() - s5)
                * T::from(0.07).unwrap())
            .tanh()
                * T::from(2.0).unwrap()
        {
            break;
        }
    }
    let mut h7 = [T::zero(); 4];
    s1 = (((T::from(4).unwrap().atan() * T::from(1.26).unwrap()).powi(k6 as i32)
        + T::from(1.36).unwrap())
        / (T::from(1.0).unwrap()
            + ((-(x + s5) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
            + T::from(0.51).unwrap()))
    .atan()
        * T::from(1.89).unwrap();
    for (_, &v8) in w.iter().enumerate() {
        let mut s10 = (((s1 - T::from(-1.18).unwrap()) * T::from(0.36).unwrap()).sin()
            * T::from(0.8).unwrap())
        .ln_1p();
        let mut k11: usize = 0;
        while s10 < w[3 - k6].sinh() && k11 < 4 {
            k11 += 1;
            let a12 = ((v8 * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin();
            s10 = s10 * T::from(0.53).unwrap()
                + (v8.powi(2) + T::from(0.15).unwrap()).atan() * T::from(1.26).unwrap();
        }
        let s1 = ((s1
            + (s5 + T::from(4).unwrap())
                / (T::from(1.0).unwrap()
                    + ((x * w[k2 * 2 % 4]).atan() * T::from(1.89).unwrap()).sin()
                    + T::from(0.54).unwrap()))
            * T::from(0.11).unwrap())
        .sin()
            * T::from(4.0).unwrap();
    }
    let mut k13: usize = (k2 + 3) % 4;
    ((y * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
        / T::cbrt(h7[1].abs() + T::from(0.41).unwrap())
}

#[differentiable]
pub fn gen_185<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in (0..4).step_by(2) {
        let mut s2 = T::atan(gen_173(
            T::from(-0.18).unwrap().powi(3),
            T::acos(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()),
            w,
            0,
        )) * T::from(2.52).unwrap();
        if n > 1 {
            let x = T::powi(
                (T::from(-0.79).unwrap() * s2).atan() * T::from(1.57).unwrap(),
                2,
            );
            if -w[n % 4]
                / gen_179(
                    w[n % 4].atan() * T::from(1.26).unwrap(),
                    T::from(core::f64::consts::LN_2).unwrap(),
                    w,
                    n,
                )
                >= T::from(0.75).unwrap()
            {
                let mut s3: T = (y.abs() + T::from(0.33).unwrap()).sqrt();
                let mut s4: T = (s3 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap();
            }
        } else {
            s2 = s2
                * T::asin(
                    (T::recip(T::cosh(
                        ((s2 * s2 * T::from(0.09).unwrap()).tanh()
                            * T::from(4.0).unwrap()
                            * T::from(0.42).unwrap())
                        .tanh()
                            * T::from(3.0).unwrap(),
                    )) * T::from(1.5).unwrap())
                    .tanh()
                        * T::from(0.9).unwrap(),
                );
        }
    }
    T::from(-0.06).unwrap()
}

#[differentiable]
pub fn gen_186<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[(n + 1) % 4].max(x) * (T::from(-0.53).unwrap() / (y.abs() + T::from(0.21).unwrap()));
    let a2 = (((((w[1] - w[(n + 1) % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap())
        .powi(n as i32)
        * T::from(0.09).unwrap())
    .tanh()
        * T::from(3.0).unwrap())
    .cos();
    if gen_118(
        ((w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh(),
        ((T::from(1.0).unwrap() + T::tanh(y) + T::from(0.42).unwrap()).atan2(w[(n + 1) % 4])
            * T::from(0.48).unwrap())
        .sin()
            * T::from(2.0).unwrap(),
        w,
        n,
    ) <= a2
    {
        for i3 in 0..n {
            let mut s4 = a2;
            let a8 = if y <= w[3 - i3] + w[n % 4] {
                a2 * (a2 * T::zero().sinh())
            } else if T::from(1).unwrap() >= T::from(-0.67).unwrap() {
                if !(i3 % 3 % 2 == 0 && T::tanh(T::round(s4)) > a1) {
                    s4 = T::atan(
                        s4 * T::acos(
                            (gen_6(
                                x.atan() * T::from(1.26).unwrap(),
                                w[1].atan() * T::from(1.26).unwrap(),
                                w,
                                (i3 + n) % 5,
                            ) * T::from(0.28).unwrap())
                            .tanh()
                                * T::from(0.9).unwrap(),
                        ),
                    ) * T::from(3.78).unwrap();
                }
                if (T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - T::from(0.66).unwrap())
                    / ((((T::from(-1.24).unwrap() + a1) * T::from(0.24).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .powi(2)
                        + T::from(0.36).unwrap())
                    <= T::from(-0.63).unwrap()
                {
                    let a5: T = w[n % 4].cos()
                        + gen_183(
                            ((w[(n + 2) % 4] - a1) * T::from(0.21).unwrap()).sin()
                                * T::from(2.0).unwrap(),
                            T::tanh((T::from(-0.71).unwrap() - w[i3]) * T::from(0.55).unwrap())
                                * T::from(2.0).unwrap(),
                            w,
                            (i3 + 2) % 5,
                        );
                    let a7 = if y <= T::from(-0.94).unwrap() {
                        let a6 = T::atanh(T::from(0).unwrap() * T::from(-1.66).unwrap());
                        a6.round()
                    } else {
                        T::exp_m1(
                            ((a5 - a1) * T::from(0.14).unwrap()).sin() * T::from(2.5).unwrap(),
                        )
                    };
                }
                (a2 * T::from(-0.91).unwrap() - T::from(i3).unwrap())
                    / ((T::tanh(
                        (w[(i3 + 2) % 4] + w[i3 * 2 % 4])
                            / ((T::sin(
                                (T::from(1.51).unwrap() - T::from(i3 + 3).unwrap())
                                    * T::from(0.33).unwrap(),
                            ) * T::from(3.0).unwrap())
                            .powi(2)
                                + T::from(0.67).unwrap())
                            * T::from(0.25).unwrap(),
                    ) * T::from(3.0).unwrap())
                    .powi(2)
                        + T::from(0.56).unwrap())
            } else {
                (a2 * T::from(0.43).unwrap()).cos()
            };
        }
    } else {
        let mut s9 = ((T::from(1.0).unwrap() + w[(n + 2) % 4].tanh() + T::from(0.67).unwrap())
            .cbrt()
            / (T::from(1.0).unwrap()
                + ((T::atan2(
                    ((x * a1 * T::from(0.15).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                        + T::from(0.31).unwrap(),
                    x,
                ) * T::from(0.48).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.44).unwrap())
            * T::from(0.48).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    }
    ((T::one().ceil()
        / ((w[n % 4] / T::from(core::f64::consts::LN_2).unwrap()).powi(2)
            + T::from(0.68).unwrap())
        + a1)
        * T::from(0.19).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_187<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = gen_29(
        (T::abs(w[n % 4]) * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w[2] / T::from(1.34).unwrap(),
        w,
        n,
    );
    let a2 = y;
    let a3: T = x.sin();
    if -w[n % 4].max(w[n % 4]) > w[1] - T::from(OFFSET).unwrap() {
        let a4 =
            T::log10(T::from(1.0).unwrap() + w[(n + 1) % 4].sin() + T::from(0.38).unwrap()).asin();
        let a5 = y;
        let mut s6: T = (gen_63(
            T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w[2].atan() * T::from(1.26).unwrap(),
            w,
            0,
        ) / ((T::tanh(a3 * a1 * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
            .powi(2)
            + T::from(0.43).unwrap()))
        .atan()
            * T::from(1.89).unwrap();
    } else {
        let a7 = T::from(n).unwrap() - T::from(1.63).unwrap() + T::from(1.64).unwrap().powi(0);
    }
    ((x - y - (w[(n + 2) % 4] + w[3])) * a1).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_188<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = y * T::sin(w[n % 4]).exp();
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = (gen_176(
            (y * T::from(0.28).unwrap()).sin() * T::from(2.0).unwrap(),
            h1[1].signum(),
            w,
            4,
        ) * T::from(0.28).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    let mut s3 = y.atan() * T::from(1.89).unwrap();
    let mut k4: usize = 0;
    while s3
        < ((s3 * T::from(0.5).unwrap()).tanh() * T::from(0.9).unwrap())
            .atanh()
            .asinh()
        && k4 < 4
    {
        k4 += 1;
        s3 = (s3
            + ((T::from(1.0).unwrap() + x.tanh() + T::from(0.06).unwrap())
                * T::from(0.74).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        let mut s5 = T::sqrt(T::from(1.0).unwrap() + T::tanh(h1[2]) + T::from(0.43).unwrap())
            / -(T::from(1.0).unwrap()
                + (T::from(0.13).unwrap() + w[n % 4]).tanh()
                + T::from(0.61).unwrap());
    }
    let a6: T = s3;
    s3 = (s3 * T::one()).atan() * T::from(1.89).unwrap();
    T::from(SCALE).unwrap().tanh() * x
}

#[differentiable]
pub fn gen_189<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(1.91).unwrap() * (y * w[n % 4] - T::from(0.27).unwrap().exp());
    {
        let mut s2 = (T::from(1.02).unwrap().atan()
            * gen_130(
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (w[3] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                3,
            )
            * T::from(0.35).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    if x - x - T::from(-1.02).unwrap() > w[n * 3 % 4] + T::one() {
        let k3 = n + 3;
        if w[k3 * 2 % 4] <= T::from(0.47).unwrap() % T::from(0.96).unwrap() && n % 3 % 2 == 0 {
            return w[(k3 + n) % 4] - w[n % 4];
        }
    }
    {
        let a4 = x;
    }
    let mut s5 = (w[n % 4].atan() * (y * T::from(1.39).unwrap())).atan() * T::from(1.89).unwrap();
    ((a1 + gen_183(
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (a1 * T::from(0.15).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    )) * T::from(0.1).unwrap())
    .tanh()
}

#[differentiable]
pub fn gen_190<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = w[n * 3 % 4].hypot(T::from(0.93).unwrap()).cbrt()
        / (w[n * 2 % 4]
            / (T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                .cosh())
        .cosh();
    let mut k2: usize = 0;
    loop {
        if k2 >= 5 {
            break;
        }
        k2 += 1;
        s1 = (s1
            + ((s1 * w[n * 3 % 4]
                / ((((x + w[n * 3 % 4]) * T::from(0.37).unwrap()).sin()
                    * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.54).unwrap()))
            .atan()
                * T::from(1.89).unwrap())
            .cosh()
            .atan()
                * T::from(1.26).unwrap())
        .atan()
            * T::from(2.52).unwrap();
        let mut s3 = T::from(-1.15).unwrap().min(x) % ((-y).powi(2) + T::from(0.7).unwrap());
        for _ in w.iter() {
            let mut s5 = s1;
        }
        let a8 = {
            let k6 = n + 1;
            let a7 = gen_177(
                T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (s1 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                (n + k6) % 5,
            ) * -T::from(-0.44).unwrap();
            (T::sin(s3 * T::from(0.25).unwrap()) * T::from(3.5).unwrap()).exp2()
        };
        if !(n % 3 > 1
            && T::atan(T::from(n * 2).unwrap() * w[2]) * T::from(0.63).unwrap()
                > T::from(n + 3).unwrap() * T::one())
        {
            break;
        }
    }
    let a9 = T::from(-0.21).unwrap().trunc().cos();
    let mut s10 = (s1 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap();
    let a9 = a9
        + ((s10 * y * T::from(0.25).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
            / (T::from(1.0).unwrap() + w[k2 % 4].sin() + T::from(0.38).unwrap());
    if T::from(-0.78).unwrap() - x.min(w[(k2 + n) % 4]) >= T::from(0.64).unwrap() {
        return (((T::from(n).unwrap() + w[(k2 + n) % 4]) * T::from(0.25).unwrap()).tanh()
            * T::from(0.9).unwrap())
        .acos()
            + T::cosh(T::cbrt(
                -(T::from(1.0).unwrap()
                    + (T::atan(a9) * T::from(1.89).unwrap()).sin()
                    + T::from(0.47).unwrap()),
            ));
    }
    let a11: T = (gen_158(
        T::one(),
        (w[1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        3,
    )
    .powi(2)
        + T::from(0.44).unwrap())
    .sqrt();
    let mut s12 = a11
        - T::tanh(
            ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()
                * (a11 / (T::from(1.0).unwrap() + x.tanh() + T::from(0.49).unwrap()))
                * T::from(0.11).unwrap(),
        ) * T::from(4.0).unwrap();
    (((T::from(1.0).unwrap()
        + ((w[k2 * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
            .asin()
            .tanh()
        + T::from(0.09).unwrap())
    .sqrt()
        * a11
        + x)
        * T::from(0.25).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_191<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let x = x - w[n * 3 % 4] + T::hypot(y, T::from(0.56).unwrap()).ln();
    }
    if ((T::sin(y * T::from(1.66).unwrap() * T::from(0.45).unwrap()) * T::from(3.0).unwrap()).abs()
        + T::from(0.23).unwrap())
    .log2()
        >= T::from(-0.88).unwrap()
    {
        return x.max(x * y);
    }
    let a1 = x % (w[3].powi(2) + T::from(1.01).unwrap())
        - (T::from(core::f64::consts::LN_2).unwrap() + T::from(4).unwrap());
    let mut s2 = (T::from(1.29).unwrap() * y / T::from(-0.52).unwrap().powi(2).sqrt()).atan()
        * T::from(2.52).unwrap();
    let mut s3 = ((s2 + T::from(-1.16).unwrap() - s2) * T::from(0.16).unwrap()).tanh()
        * T::from(3.0).unwrap();
    let mut k4: usize = 0;
    loop {
        if k4 >= 2 {
            break;
        }
        k4 += 1;
        s3 = ((s3
            + T::tanh(
                ((T::atan(gen_173(
                    (T::atan(T::from((n * 2) as f64).unwrap() * w[(n + 1) % 4])
                        * T::from(2.52).unwrap()
                        * T::from(0.39).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap(),
                    ((T::from(1.0).unwrap()
                        + (T::tanh(a1 * T::from(0.22).unwrap()) * T::from(3.0).unwrap()).tanh()
                        + T::from(0.66).unwrap())
                    .hypot(w[2])
                        * T::from(0.49).unwrap())
                    .sin()
                        * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                )) * T::from(1.89).unwrap())
                .powi(2)
                    + T::from(0.55).unwrap())
                    * T::from(0.2).unwrap(),
            ) * T::from(2.0).unwrap())
            * T::from(0.31).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        for _ in 1..=3 {
            let mut k6: usize = 3;
        }
        if n > 1 {
            let k7 = n * 2 % 8;
            if n % 3 < 2 {
                continue;
            }
            let a8 = if -s3.exp2() >= T::from(-0.98).unwrap() {
                w[(n + 2) % 4]
            } else {
                return T::fract(s3);
            };
        }
        if n % 2 % 2 == 0 {
            break;
        }
    }
    let a9 = T::from(0.96).unwrap() * w[(n + 1) % 4].powi(3);
    let a10 = T::from(n * 3 % 9).unwrap();
    s2 = T::sin((s2 + s3.ceil()) * T::from(0.19).unwrap()) * T::from(4.0).unwrap();
    let a11 = ((((a1 * T::from(0.22).unwrap()).sin() * T::from(3.0).unwrap()).sinh()
        + s2 * T::from(-0.52).unwrap())
        * T::from(0.12).unwrap())
    .tanh();
    (gen_13(
        a10.atan() * T::from(1.26).unwrap(),
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n * 3 % 5,
    ) % T::cosh(a10.cos())
        * s2
        * a10)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_192<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::from(1.67).unwrap() <= y {
        let a3 = {
            if !(n > 2 && x - T::log2(T::from(0.8).unwrap()) >= T::from(0.64).unwrap().powi(1)) {
                if y <= T::from(1.13).unwrap() {
                    let mut s1 = T::asinh(T::from(1.25).unwrap())
                        * (w[(n + 2) % 4].atan() * T::from(0.56).unwrap()).atanh();
                    let mut s2 = y;
                }
            }
            (T::atan(T::cosh(y).ln() * (w[1] * x)) * T::from(1.57).unwrap()).powi(1)
        };
        let x = x * -(T::from(0.64).unwrap() + w[n * 3 % 4]);
        if (w[n % 4] / (a3.powi(2) + T::from(0.54).unwrap())
            * -T::from(n + 1).unwrap()
            * T::from(0.08).unwrap())
        .sin()
            * T::from(3.0).unwrap()
            < T::from(-0.73).unwrap()
        {
            return w[n % 4] + T::from(0.69).unwrap() * a3;
        }
    }
    let mut s4 = y;
    s4 = s4 * -(T::from(1.0).unwrap() + w[n * 2 % 4].sin() + T::from(0.47).unwrap()).log10();
    let a5 = s4.mul_add(
        w[(n + 1) % 4] / T::from(-1.52).unwrap(),
        s4 * T::from(-0.63).unwrap(),
    );
    for i6 in (0..n).rev() {
        let a7 = T::from(-0.7).unwrap() + y.hypot(x.abs() + T::from(0.36).unwrap());
        let a8 = s4;
        let a9 = T::cosh(
            (gen_191(
                (a7 * T::from(0.63).unwrap()).tanh() * T::from(2.0).unwrap(),
                (a8 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                i6,
            ) * T::from(0.26).unwrap())
            .tanh()
                * T::from(3.0).unwrap(),
        );
    }
    T::tanh((x + x + y) * T::from(0.25).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_193<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 =
        (T::atan(T::from(1.84).unwrap() + w[n % 4] * w[n % 4]) * T::from(0.56).unwrap()).atanh();
    for _ in w.iter() {
        let k3 = n;
    }
    let a4: T = ((w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p();
    for i5 in (0..4).step_by(2) {
        let a6 = w[(i5 + n) % 4];
        let mut s7 = gen_183(
            (w[i5] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            1,
        ) * T::zero();
    }
    let a8 = a4;
    let a9 = T::exp_m1(w[n % 4]);
    let a10 = if n < 3 {
        a1 / (T::from(1.0).unwrap() + a8.sin() + T::from(0.65).unwrap()) + a8.abs()
            - (T::from(n as f64).unwrap() * a9 * T::from(0.06).unwrap()).tanh()
                * T::from(6.0).unwrap()
    } else if (w[n % 4] * T::one()).exp2() < T::from(-1.07).unwrap() {
        x.asinh().mul_add(-a8, a1 - a4)
    } else {
        (y % a8.cosh()).atan2(T::cosh(x))
    };
    (T::from(1.0).unwrap()
        + (T::tanh(w[n % 4] * T::from(n).unwrap() * T::from(0.19).unwrap())
            * T::from(2.0).unwrap())
        .tanh()
        + T::from(0.6).unwrap())
    .powf(a8)
}

#[differentiable]
pub fn gen_194<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if y + T::from(2).unwrap() <= T::from(1.24).unwrap() {
        let mut s1 = (x * x * (y + T::from(-1.55).unwrap())).atan() * T::from(0.63).unwrap();
        let mut s2 = T::from(0.74).unwrap();
        let mut k3: usize = 0;
        while s2
            < T::from(0.78).unwrap().exp2()
                + gen_170(
                    T::from(1.63).unwrap(),
                    T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                    w,
                    n,
                )
            && k3 < 3
        {
            k3 += 1;
            if n < 1 {
                let a4 = -x;
            } else if (gen_166(
                (s1 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                T::tanh(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            ) * (T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
                .acos()
                * T::from(0.11).unwrap())
            .sin()
                < -w[n % 4]
            {
                s1 = (w[(n + 2) % 4] + w[3])
                    * (T::from(0.17).unwrap() % (s2.abs() + T::from(0.97).unwrap()));
            }
            s2 = (s2
                * ((T::trunc(s1) + s1 % T::from(-1.69).unwrap().powi(2))
                    * ((T::from(n + 3).unwrap() * w[n * 3 % 4] * T::from(0.11).unwrap()).tanh()
                        * T::from(4.0).unwrap())
                    .sin())
                * T::from(0.08).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            s2 = s2 * (T::zero().powi(2) * (T::one() + T::from(core::f64::consts::LN_2).unwrap()))
                + gen_179(
                    (w[(n + 3) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                );
            s2 = ((s2 * T::from(0.85).unwrap()
                + (T::from(1.14).unwrap() + T::from(-1.69).unwrap())
                    .atanh()
                    .powi(2))
                * T::from(0.72).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        }
    }
    let a5 = T::from(-0.54).unwrap() / -(x.powi(2) + T::from(0.39).unwrap());
    let a6 = (((T::from((n + 1) as f64).unwrap() * T::from(0.3).unwrap()).tanh()
        * T::from(3.0).unwrap())
    .powi(2)
        + T::from(0.64).unwrap())
    .sqrt()
        - (w[(n + 3) % 4] * y + T::from(0).unwrap());
    a5 * (a5 % (a5.abs() + T::from(0.44).unwrap())) + y
}

#[differentiable]
pub fn gen_195<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x;
    let a2 = T::hypot(x, T::from(0.97).unwrap()).hypot(x - T::one());
    let a3 = T::powf(
        ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
            .hypot(T::from(0.58).unwrap()),
        T::from(0.24).unwrap(),
    )
    .sin();
    let a4 = if n % 3 > 2 {
        ((x * a2 + (x - T::from(n + 2).unwrap())) * T::from(0.1).unwrap()).sin()
    } else {
        T::from(1.98).unwrap().exp_m1().min(a3.asinh())
    };
    let a5 = if n % 2 < 1 {
        w[2] / T::from(-0.6).unwrap()
            - ((((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                .powi(2)
                + T::from(1.56).unwrap())
            .acosh()
                * gen_191(
                    w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
                    (w[(n + 3) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                * T::from(0.08).unwrap())
            .sin()
                * T::from(4.0).unwrap()
    } else {
        (a4 - a4) * w[n % 4]
    };
    if s1 > T::from(0.11).unwrap() {
        let mut s6 = T::atan(T::tanh(a3) - (w[(n + 1) % 4] + T::from(1.9).unwrap()))
            * T::from(2.52).unwrap();
        let mut k7: usize = 0;
        while T::from(1.61).unwrap() + w[n * 3 % 4] + (a3 + a3) > a2.sin()
            && (T::hypot(
                T::sin(x.cosh() * T::from(0.4).unwrap()) * T::from(3.0).unwrap(),
                T::from(0.84).unwrap(),
            ) + T::from(0.44).unwrap())
            .acosh()
                >= T::log10(x.cosh())
            && k7 < 3
        {
            k7 += 1;
            let y = y.tanh();
            s6 = T::sin(
                (s6 + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()) * T::from(0.32).unwrap(),
            ) * T::from(4.0).unwrap();
        }
    } else if T::max(T::from(n).unwrap(), x).tanh() < T::from(0.5).unwrap() {
        let a11 = {
            if n % 2 % 2 == 0 || w[(n + 1) % 4] < T::from(1.44).unwrap() {
                let mut s8 = (w[n % 4] / T::from(-1.21).unwrap()
                    * (w[n * 2 % 4] - s1)
                    * T::from(0.18).unwrap())
                .sin()
                    * T::from(3.0).unwrap();
            }
            let mut h9 = [T::one(); 4];
            for i10 in 0..4 {
                h9[i10] = T::atan(
                    ((gen_166(
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        T::from(-1.66).unwrap(),
                        w,
                        (n + i10) % 5,
                    ) * T::from(0.28).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .sinh(),
                ) * T::from(1.26).unwrap();
            }
            -(a3 / T::cosh(T::atan(s1) * T::from(1.89).unwrap())
                / -(T::from(1.0).unwrap() + a3.powi(n as i32).sin() + T::from(0.45).unwrap()))
        };
    }
    let a12 = (T::from(n as f64).unwrap()
        / -T::zero().exp()
        / (T::from(1.0).unwrap()
            + (T::tanh((a3 + a2) * T::from(0.32).unwrap()) * T::from(3.0).unwrap()).tanh()))
    .tanh();
    let a5 = T::sin(w[n % 4]);
    s1 = ((s1 * T::hypot(a5, T::from(0.88).unwrap()).powi(-1).atan() + w[n * 3 % 4])
        * T::from(0.33).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let a13 = if -((T::from(-1.41).unwrap() * T::from(1.06).unwrap()).tanh()
        * T::from(0.9).unwrap())
    .asin()
        > w[n % 4] + a12
    {
        w[n % 4]
            / -(T::from(1.0).unwrap()
                + T::tanh(
                    T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(3.0).unwrap(),
                ))
            * (a3 - s1)
    } else {
        return T::abs(a2 - w[n % 4]);
    };
    T::sinh(T::from(-0.07).unwrap()) * T::max(a4, w[n * 3 % 4]) + s1 + x
}

#[differentiable]
pub fn gen_196<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::recip(-T::cosh(-w[2]));
    let mut k2: usize = 0;
    while s1
        < T::ln_1p((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap())
            - (w[n % 4] - x)
        && k2 < 6
    {
        k2 += 1;
        let mut h3 = [T::zero(); 4];
        for i4 in 0..4 {
            h3[i4] = (T::from(1.0).unwrap()
                + (x * T::from(1.33).unwrap()).tanh()
                + T::from(0.48).unwrap())
            .recip()
            .atan()
                * T::from(1.26).unwrap();
        }
        s1 = (s1 * T::from(0.85).unwrap()
            + T::tanh(
                T::hypot(
                    gen_42(
                        (h3[(n + 1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        (x / (x.powi(2) + T::from(0.65).unwrap())).atan() * T::from(1.26).unwrap(),
                        w,
                        3,
                    ),
                    T::from(1.0).unwrap(),
                ) * T::from(0.67).unwrap(),
            ) * T::from(2.0).unwrap())
        .atan()
            * T::from(1.26).unwrap();
    }
    {
        if T::from(-1.01).unwrap() < T::from(0.36).unwrap() {
            let a5 = s1;
            if T::from(1).unwrap() > T::from(1.2).unwrap() - x {
                s1 = s1 * T::from(0.03).unwrap() + T::abs(T::from(0.76).unwrap());
                let k2 = (T::from(k2).unwrap() * y * T::from(0.12).unwrap()).sin()
                    * T::from(2.0).unwrap();
                let a6 = (((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
                    .asin()
                    .abs()
                    + T::from(0.4).unwrap())
                .log(T::from(2.78).unwrap());
            } else {
                s1 = ((s1
                    * (x / -(T::from(1.0).unwrap() + w[3].tanh() + T::from(0.59).unwrap())
                        % (((gen_191(
                            T::from(-1.95).unwrap(),
                            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                            w,
                            n * 3 % 5,
                        ) * T::from(0.26).unwrap())
                        .tanh()
                            * T::from(3.0).unwrap())
                        .powi(2)
                            + T::from(0.64).unwrap()))
                    + y * T::from(OFFSET).unwrap())
                    * T::from(0.22).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
        } else {
            s1 = T::sin((s1 * T::one() + -w[k2 * 2 % 4]) * T::from(0.37).unwrap())
                * T::from(2.0).unwrap();
        }
    }
    T::one() * s1
}

#[differentiable]
pub fn gen_197<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 1..=3 {
        let k2 = 2;
        let a3 = T::from(-1.7).unwrap() * (T::zero() - x);
        if T::from(core::f64::consts::LN_2).unwrap() * (y + a3) < T::from(0.9).unwrap() {
            let a6 = {
                let mut s4 = x;
                let mut s5: T = (T::log(
                    T::from(1.0).unwrap()
                        + (T::sin((x + y) * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).tanh()
                        + T::from(0.51).unwrap(),
                    T::abs(w[(i1 + 1) % 4].sin()) + T::from(1.82).unwrap(),
                ) + T::from(1.03).unwrap() * (y - a3))
                    .atan()
                    * T::from(3.78).unwrap();
                (w[3 - i1] + T::from(1.25).unwrap()) * (y.abs() + T::from(0.46).unwrap()).log10()
            };
            let mut h7 = [T::zero(); 4];
        }
    }
    let a8 = (((y - x) * T::from(0.37).unwrap()).tanh() * T::from(0.9).unwrap()).acos();
    let mut s9 = y;
    let a11 = {
        let a10: T =
            (T::from(std::f64::consts::PI).unwrap() - x) / T::from(std::f64::consts::PI).unwrap();
        T::from(n as f64).unwrap()
    };
    let mut s12 = ((T::zero()
        % (T::from(1.0).unwrap() + T::from(-0.65).unwrap().tanh() + T::from(0.15).unwrap()))
    .powi(2)
        + T::from(0.31).unwrap())
    .log(T::from(4.36).unwrap())
        + T::sin(
            (w[n % 4] + x) / -(T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.28).unwrap())
                * T::from(0.12).unwrap(),
        );
    let k13 = n + 3;
    T::from(std::f64::consts::PI).unwrap()
}

#[differentiable]
pub fn gen_198<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        {
            let a1 = if !(((x - x) * (w[n % 4] * x)).atan() * T::from(3.78).unwrap()
                > x / -(T::abs(w[(n + 2) % 4]) + T::from(0.28).unwrap())
                && T::from(-1.45).unwrap().atan().atan()
                    < gen_70(
                        T::from(-0.76).unwrap(),
                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        2,
                    )) {
                (w[(n + 1) % 4] + T::from(-1.78).unwrap())
                    .hypot(
                        T::from(1.0).unwrap()
                            + (gen_132(
                                x.atan() * T::from(1.26).unwrap(),
                                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                w,
                                n * 3 % 5,
                            )
                            .atan()
                                * T::from(1.89).unwrap())
                            .tanh()
                            + T::from(0.29).unwrap(),
                    )
                    .atan()
            } else {
                gen_2(
                    w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
                    T::tanh(
                        ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                            .hypot(T::from(0.83).unwrap())
                            .powf(w[n * 3 % 4].atan() * T::from(1.26).unwrap())
                            * T::from(0.51).unwrap(),
                    ) * T::from(2.0).unwrap(),
                    w,
                    4,
                )
            };
        }
        T::atanh(T::atan(-w[n % 4]) * T::from(0.56).unwrap())
    };
    let mut s3 = a2;
    let mut s4 = w[n % 4];
    s4 = T::atan(s3) * T::from(2.52).unwrap();
    let x = x + (T::from(-1.06).unwrap() + T::from(0.55).unwrap()).asinh();
    let a5 = (a2
        / (T::from(1.0).unwrap()
            + ((s3 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).sin()
            + T::from(0.32).unwrap()))
    .atan();
    let mut s6 = (T::from(1.0).unwrap() + T::tanh(w[3]) + T::from(0.59).unwrap()).ln()
        + T::from(-0.95).unwrap();
    s6 = (s6 * (T::from(n).unwrap() + w[(n + 1) % 4])).atan() * T::from(3.78).unwrap();
    s3 = T::sin(
        (s3 * s6.cos()
            + T::tanh(
                ((s3 * T::from(0.37).unwrap()).sin() * T::from(2.5).unwrap()).exp()
                    * T::from(0.12).unwrap(),
            ))
            * T::from(0.31).unwrap(),
    ) * T::from(4.0).unwrap();
    T::atanh((w[n * 3 % 4] * s4).atan() * T::from(0.56).unwrap()) * s4 * a5
}

#[differentiable]
pub fn gen_199<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if n != 3 {
        gen_142(
            (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(1.23).unwrap()).acosh(),
            (y / y.cosh()).atan() * T::from(1.26).unwrap(),
            w,
            n * 3 % 5,
        )
    } else if T::from(std::f64::consts::PI).unwrap() <= w[1] / -w[n % 4].cosh() {
        (-w[n % 4]).sin()
    } else {
        T::from(n).unwrap()
            % (T::abs(x) + T::from(0.6).unwrap())
            % (T::from(1.0).unwrap()
                + T::tanh(
                    T::tanh(
                        (T::from(n).unwrap() + T::from(n as f64).unwrap()) * T::from(0.19).unwrap(),
                    ) * T::from(3.0).unwrap(),
                ))
    };
    let mut h2 = [T::from(0.65).unwrap(); 4];
    for i3 in 0..4 {
        h2[i3] = ((y - w[(n + 1) % 4])
            / ((((a1 + a1) * T::from(0.14).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
                + T::from(0.65).unwrap())
            * T::from(0.24).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    let mut k4: usize = 3;
    for i5 in 0..4 {
        for i6 in 1..=3 {
            let a11 = {
                if T::acosh(
                    ((a1 * T::from(0.28).unwrap()).sin() * T::from(3.0).unwrap())
                        .hypot(T::from(0.84).unwrap())
                        + T::from(0.71).unwrap(),
                ) / -(T::from(1.0).unwrap()
                    + ((h2[i6 * 2 % 4] - x).atan() * T::from(1.89).unwrap()).sin()
                    + T::from(0.49).unwrap())
                    < T::from(-0.43).unwrap()
                {
                    if i6 > 2 {
                        let a7 = ((h2[i5] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                            .acos()
                            - T::cbrt(-(T::from(1.0).unwrap() + x.sin() + T::from(0.26).unwrap()));
                        k4 *= 2;
                        k4 %= 5;
                    } else {
                        let a8 = w[i5];
                        let a9 = (T::from(1.0).unwrap() + T::zero().tanh()).recip();
                        let mut s10 = -(y % a9);
                    }
                    h2[i6] = (-x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
                }
                T::sqrt(
                    T::from(1.0).unwrap()
                        + T::tanh(
                            (gen_29(
                                h2[i5].atan() * T::from(1.26).unwrap(),
                                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                &h2,
                                i6,
                            ) * T::from(0.25).unwrap())
                            .sin()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.38).unwrap(),
                )
                .exp()
            };
        }
    }
    h2[(k4 + 1) % 4] * y / T::ln_1p(T::from(-0.64).unwrap()) + y
}

#[differentiable]
pub fn gen_200<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = gen_177(
        x.atan() * T::from(1.26).unwrap(),
        (w[3] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        4,
    ) * w[n % 4].atan();
    let a2 = if T::atanh(
        (-T::from((n * 3 % 9) as f64).unwrap() * T::from(0.19).unwrap()).sin()
            * T::from(0.9).unwrap(),
    ) <= T::from(-1.5).unwrap()
    {
        s1 = ((s1 + T::ln_1p(s1.exp2())) * T::from(0.29).unwrap()).sin() * T::from(3.0).unwrap();
        (((T::from(1.86).unwrap() * w[n % 4]).atan() * T::from(1.57).unwrap()).exp_m1()
            * (x / (T::abs(x * T::from(1).unwrap()) + T::from(0.39).unwrap()))
            * T::from(0.04).unwrap())
        .tanh()
            * T::from(2.0).unwrap()
    } else if T::powf(
        T::from(1.0).unwrap()
            + ((w[(n + 1) % 4] + w[n % 4]).atan() * T::from(1.26).unwrap()).sin()
            + T::from(0.7).unwrap(),
        ((T::from(-0.99).unwrap() - w[n % 4]) * T::from(0.5).unwrap()).tanh()
            * T::from(2.0).unwrap(),
    ) <= T::from(-0.35).unwrap()
    {
        T::from(SCALE).unwrap()
    } else {
        (T::from(1.0).unwrap() + x.tanh() + T::from(0.55).unwrap()).atan2(gen_198(
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            0,
        ))
    };
    s1 = ((T::atan(T::from(n as f64).unwrap()) * T::from(1.57).unwrap()).exp()
        + y * T::from(1.59).unwrap())
    .atan()
        * T::from(1.89).unwrap();
    for (&v3, &v4) in w.iter().zip(w.iter()) {
        if gen_174(w[n * 2 % 4].cos(), v3.cos(), w, n) >= T::from(0.65).unwrap() {
            s1 = (s1
                + (-T::from(n).unwrap() * (x / (w[n % 4].abs() + T::from(0.6).unwrap()))).atan()
                    * T::from(1.89).unwrap())
            .atan()
                * T::from(1.89).unwrap();
            let mut s5: T = (((T::tanh(T::from(3).unwrap() * T::from(0.5).unwrap())
                * T::from(3.0).unwrap())
            .cosh()
            .sqrt()
                * w[0]
                / (T::from(1.0).unwrap()
                    + (((T::from(1).unwrap() * T::from(core::f64::consts::LN_2).unwrap()
                        - w[(n + 2) % 4] * s1)
                        * T::from(0.22).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.41).unwrap())
                * T::from(0.11).unwrap())
            .sin()
                * T::from(4.0).unwrap()
                * T::from(0.37).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            let a8 = {
                let a7 = {
                    let mut s6 = v4;
                    (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.63).unwrap()).log2()
                        / w[n % 4].exp2()
                };
                v4 / -(T::from(1.0).unwrap()
                    + ((x - v3).atan() * T::from(1.89).unwrap()).tanh()
                    + T::from(0.61).unwrap())
            };
        } else {
            let a9: T = T::exp2(((v4 + v4) * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap());
        }
    }
    (T::from(n + 2).unwrap() * a2 * a2).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_201<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x / w[n % 4].cosh() + (y + T::zero());
    let a3 = if T::from(-1.62).unwrap() + w[n % 4]
        < T::hypot(
            T::from(1.0).unwrap() + x.tanh() + T::from(0.19).unwrap(),
            T::one(),
        ) {
        T::sqrt(
            (T::tanh(a1.max(w[n % 4]) * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).powi(2)
                + T::from(0.54).unwrap(),
        )
    } else if n < 2 {
        T::from(SCALE).unwrap()
    } else {
        let a2 = w[n % 4];
        w[(n + 3) % 4]
    };
    let a4 = gen_75(
        T::from(SCALE).unwrap().tan(),
        ((T::one() - y) * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n * 3 % 5,
    );
    let a5 = ((y * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p() - a4;
    let a6 = if T::sinh(
        (w[n % 4].max(T::from(n).unwrap()) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
    ) <= a4
        || w[n % 4].signum() >= T::from(-1.31).unwrap()
    {
        (T::from(1.0).unwrap() + (a4 + T::zero()).sin() + T::from(0.43).unwrap()).log2()
    } else {
        return (w[1] + a1).cos();
    };
    let a1 = T::atan(a1 * (x - w[n * 3 % 4] - w[3] * w[2])) * T::from(0.63).unwrap();
    let mut k7: usize = n;
    if a6 < a1
        && T::sqrt(
            (((w[k7 * 2 % 4] - w[(n + 1) % 4]) * T::from(0.37).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .hypot(T::from(0.48).unwrap()),
        ) >= w[0] / T::from(1.46).unwrap()
    {
        let a8 = ((a3 - T::from(-1.94).unwrap())
            / T::hypot(w[k7 * 2 % 4].abs(), T::from(0.87).unwrap())
            * (gen_191(
                T::from(-0.27).unwrap(),
                T::sin(a3 * T::from(0.54).unwrap()) * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            ) / -(T::from(1.0).unwrap() + T::zero().exp().log10().tanh())))
        .atan()
            * T::from(2.52).unwrap();
        let a9 = {
            let mut a1 = a5.atan() * T::from(1.26).unwrap();
            T::from(-0.46).unwrap()
        };
    } else {
        let k10 = n + 2;
    }
    a4
}

#[differentiable]
pub fn gen_202<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (i2, &v1) in w.iter().enumerate() {
        let i2 = T::from(i2).unwrap()
            * (T::atan(T::from((i2 + 1) as f64).unwrap() * T::from(-1.85).unwrap() * (y - v1))
                * T::from(0.63).unwrap());
        for &v3 in w.iter() {
            let mut s4 = T::sin((v3 + w[3]) * T::from(0.37).unwrap()) * T::from(3.0).unwrap();
            if w[n % 4] < T::from(1.42).unwrap() {
                break;
            }
        }
    }
    let a5 = ((gen_29(
        T::from(0.33).unwrap(),
        T::atan(x) * T::from(1.26).unwrap(),
        w,
        n,
    )
    .atan()
        * T::from(1.89).unwrap())
    .abs()
        + T::from(0.3).unwrap())
    .ln();
    let a6 = (-y).trunc();
    for i7 in 0..4 {
        if w[3 - i7] < y {
            continue;
        }
        if (T::from(1.0).unwrap() + a6.tanh() + T::from(0.38).unwrap())
            .hypot(x)
            .trunc()
            >= T::from(-0.72).unwrap()
        {
            let mut k8: usize = 2;
            let k8 = (T::from(k8).unwrap() * a5.exp_m1().exp2() * T::from(0.08).unwrap()).tanh()
                * T::from(3.0).unwrap();
        }
    }
    let a9 = if n % 2 != 2 {
        ((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p()
    } else {
        w[n % 4] + a6 * T::from(n).unwrap()
    };
    ((w[(n + 2) % 4] + T::one()).ceil() + a6).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_203<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(-0.43).unwrap() + x
        - y
        - T::from(n).unwrap() / (w[n * 3 % 4] * T::from(-0.12).unwrap()).exp();
    let mut s2 = (a1 * T::from(0.16).unwrap()).tanh() * T::from(2.0).unwrap();
    for i3 in (0..4).step_by(2) {
        let a4 = (w[(i3 + n) % 4] - T::from(1).unwrap()) * x.signum();
        for _ in w.iter() {
            let mut k6: usize = 0;
            let a7 = -s2.sin();
        }
        let a8 = ((s2.exp() * (s2 + T::from(n as f64).unwrap())).atan() * T::from(1.26).unwrap())
            .floor();
    }
    s2 = (s2
        + gen_179(
            (y * y).atan() * T::from(1.26).unwrap(),
            (s2 / -((a1.atan() * T::from(1.89).unwrap()).abs() + T::from(0.68).unwrap())
                * T::from(0.51).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            w,
            (n + 1) % 5,
        ))
    .atan()
        * T::from(1.26).unwrap();
    let k9 = n;
    let k9 = T::from(k9).unwrap()
        * (((y.max(w[(k9 + n) % 4]) - a1) * T::from(0.13).unwrap()).tanh() * T::from(0.9).unwrap())
            .acos();
    let mut s10 = a1.atan();
    T::sin(k9)
        - gen_131(
            (w[0] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::tanh(w[3] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            w,
            3,
        )
}

#[differentiable]
pub fn gen_204<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::tanh(
        T::from(1.94).unwrap() * (x * w[n % 4]) / (w[n % 4].abs() + T::from(0.25).unwrap())
            * T::from(0.05).unwrap(),
    ) * T::from(4.0).unwrap();
    let a2 = (T::from(1.0).unwrap()
        + T::tanh(
            ((T::from(n).unwrap() - a1) * T::from(0.2).unwrap()).tanh() * T::from(2.0).unwrap(),
        )
        + T::from(0.52).unwrap())
    .powf((y.powi(2) + T::from(0.29).unwrap()).cbrt());
    let a14 = {
        if T::from(n).unwrap() > T::from(-0.66).unwrap() {
            {
                let mut s3 = (gen_177(
                    a2.atan() * T::from(1.26).unwrap(),
                    ((T::from(1.17).unwrap() + a1) * T::from(0.31).unwrap()).sin()
                        * T::from(2.0).unwrap(),
                    w,
                    0,
                ) * T::from(0.75).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
                let a5 = if gen_63(
                    (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n * 2 % 5,
                ) - w[n % 4]
                    < a2 + T::from(1.22).unwrap()
                {
                    (T::from(1.0).unwrap()
                        + (T::from(n).unwrap().atan() * T::from(1.89).unwrap()).tanh())
                    .sqrt()
                        + a1
                } else if ((T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.35).unwrap())
                    .ln()
                    .powi(2)
                    + T::from(0.62).unwrap())
                .sqrt()
                    <= -a1
                {
                    s3
                } else {
                    let k4 = n;
                    a1 - T::from(1.61).unwrap() - T::from(k4).unwrap()
                };
                s3 = ((s3
                    - (T::from(core::f64::consts::LN_2).unwrap()
                        + (T::from(0.8).unwrap() + T::from(-1.15).unwrap())))
                    * T::from(0.64).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
            let a6 = x;
            let k7 = n + 1;
        } else if T::from(-1.44).unwrap() >= x * T::from(0.09).unwrap() {
            {
                let a8 = (T::zero() - (T::from(1).unwrap() - T::from(0).unwrap())).trunc();
                let a9: T = w[n % 4];
            }
            let a10 = -T::acosh(w[0].abs() + T::from(1.53).unwrap())
                + gen_161(
                    a1.atan() * T::from(1.26).unwrap(),
                    (a2 * T::from(0.35).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                ) * (T::from(1.0).unwrap()
                    + T::from(-1.38).unwrap().tanh()
                    + T::from(0.46).unwrap())
                .sqrt();
        } else {
            let a13 = {
                let a12 = {
                    let a11 = (T::abs(x) + T::from(0.67).unwrap()).log2().ceil();
                    T::from(-0.82).unwrap().tanh().sinh()
                };
                w[2] - a12.max(T::from(0.74).unwrap())
            };
        }
        w[0]
    };
    (T::from(1.0).unwrap()
        + T::tanh(((a1 * T::from(0.41).unwrap()).sin() * T::from(1.2).unwrap()).tan())
        + T::from(1.53).unwrap())
    .acosh()
        + y
}

#[differentiable]
pub fn gen_205<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(-1.93).unwrap().abs() - (T::from(1.74).unwrap() - w[(n + 1) % 4]);
    let mut s2 = (((y + x) * T::from(0.37).unwrap()).sin() * T::from(1.2).unwrap()).tan();
    let mut s3 = gen_178(
        T::sin((a1 + T::zero()) * T::from(0.68).unwrap()) * T::from(2.0).unwrap(),
        (T::from(-1.89).unwrap() * s2).atan() * T::from(1.26).unwrap(),
        w,
        (n + 3) % 5,
    );
    let a4 = (T::tanh(
        T::asin((y * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
            * T::from(1.34).unwrap(),
    ) * T::from(0.9).unwrap())
    .acos();
    for (_, _) in w.iter().enumerate() {
        let a7 = T::from(3).unwrap();
    }
    s3 = (s3
        * (T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(2.5).unwrap()).exp_m1())
    .atan()
        * T::from(3.78).unwrap();
    s2 = T::from(n).unwrap();
    let a8 = if ((a4 * T::from(core::f64::consts::LN_2).unwrap()).hypot(T::from(0.27).unwrap())
        + T::from(0.82).unwrap())
    .acosh()
        < w[(n + 3) % 4].fract()
    {
        w[n % 4].exp2()
    } else if !(x <= (y * s2).atan() * T::from(1.26).unwrap()
        && -(T::from(0.06).unwrap() + y) >= T::from(-0.64).unwrap())
    {
        T::from(n as f64).unwrap()
    } else {
        gen_176(
            T::tanh(
                y.hypot(T::from(1.0).unwrap() + T::from(-0.01).unwrap().tanh())
                    * T::from(0.67).unwrap(),
            ) * T::from(2.0).unwrap(),
            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            0,
        )
    };
    ((w[n * 2 % 4] - w[(n + 2) % 4]) * T::from(n + 2).unwrap() * T::from(0.06).unwrap()).tanh()
        * T::from(3.0).unwrap()
}

#[differentiable]
pub fn gen_206<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(-1.77).unwrap();
    let mut s2 = ((x.abs() + T::from(0.22).unwrap()).atan2(T::zero())
        / T::from(std::f64::consts::PI).unwrap().recip())
    .atan()
        * T::from(1.89).unwrap();
    let mut k3: usize = 0;
    while s2 < T::one() && k3 < 4 {
        k3 += 1;
        s2 = (s2 * T::from(0.82).unwrap()
            + ((T::atan(
                gen_70(
                    T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                    T::one(),
                    w,
                    (n + 3) % 5,
                ) - s2 * a1,
            ) * T::from(1.89).unwrap())
            .cosh()
                * T::from(0.18).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        for i4 in (1..n).step_by(2) {
            s2 = (s2 * x * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap();
            let a1 = a1;
            if gen_112(
                (s2 * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                a1,
                w,
                i4,
            ) * (w[(n + i4) % 4]
                / (T::from(1.0).unwrap()
                    + T::tanh(
                        T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap())
                            * T::from(3.0).unwrap(),
                    )))
                > T::from(0.48).unwrap()
            {
                if T::acos((a1.atan() * T::from(0.56).unwrap()).atanh()) >= w[2] * w[n % 4]
                    || ((w[n % 4] * s2 * T::from(0.25).unwrap()).tanh() * T::from(3.5).unwrap())
                        .exp2()
                        > T::one().sqrt()
                {
                    let a5 = {
                        let mut x = x
                            * ((y
                                % (T::from(1.0).unwrap()
                                    + (((w[i4 * 3 % 4] + a1) * T::from(0.4).unwrap()).sin()
                                        * T::from(3.0).unwrap())
                                    .tanh()
                                    + T::from(0.79).unwrap())
                                + gen_172(
                                    (w[i4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                                    T::from(0.65).unwrap(),
                                    w,
                                    n,
                                ) * (a1 + y))
                                .atan()
                                * T::from(0.63).unwrap());
                        (((a1 + a1) * T::from(0.42).unwrap()).sin() * T::from(2.5).unwrap()).powi(2)
                    };
                    let mut s6 = (s2.atan() * T::from(0.75).unwrap()).tan();
                }
                let mut x = T::tanh(x);
            } else {
                if (T::sin(w[0] * T::from(0.75).unwrap()) * T::from(1.2).unwrap())
                    .tan()
                    .sin()
                    > w[n % 4] + s2
                {
                    return T::from(SCALE).unwrap().max(T::from(-0.38).unwrap()) / (-y).cosh()
                        + (T::from(core::f64::consts::LN_2).unwrap() + s2)
                            * T::from(0.73).unwrap();
                }
                s2 = T::sin(
                    s2 * (((T::from(-1.91).unwrap() + a1)
                        * (w[(i4 + n) % 4] * w[i4 * 3 % 4])
                        * T::from(0.1).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                        * T::from(0.19).unwrap(),
                ) * T::from(3.0).unwrap();
            }
            s2 = (s2
                * T::mul_add(
                    x - T::from(0.01).unwrap(),
                    T::from(1.62).unwrap(),
                    ((T::tanh(s2 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).cosh()
                        + T::from(0.37).unwrap())
                    .acosh(),
                ))
            .atan()
                * T::from(1.89).unwrap();
        }
    }
    T::trunc(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
        .min(T::from(0.94).unwrap() - w[k3 * 3 % 4])
}

#[differentiable]
pub fn gen_207<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = gen_197(
        T::atan(y + w[n % 4]) * T::from(1.26).unwrap(),
        T::atan(y) * T::from(1.26).unwrap(),
        w,
        (n + 2) % 5,
    );
    if !(T::from(-0.96).unwrap() < T::from(0.47).unwrap()
        && x / (T::from(1.0).unwrap() + x.tanh() + T::from(0.46).unwrap())
            <= T::from(-1.16).unwrap())
    {
        let mut s2 = T::from(-0.13).unwrap();
        let mut k3: usize = 0;
        while n < 1 && k3 < 4 {
            k3 += 1;
            s2 = (s2 * T::from(0.84).unwrap()
                + T::tanh(
                    (T::from(1.0).unwrap()
                        + ((T::from(n).unwrap() * T::from(0.37).unwrap()).sin()
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.09).unwrap())
                        * T::from(0.72).unwrap(),
                ) * T::from(2.0).unwrap())
            .atan()
                * T::from(1.26).unwrap();
            let y = T::log2(
                T::from(1.0).unwrap()
                    + ((((a1 * T::from(0.48).unwrap()).sin() * T::from(2.5).unwrap()).powi(2)
                        * T::from(0.24).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap())
                    .tanh(),
            );
        }
    } else {
        if (T::from(1.0).unwrap() + T::sin(T::from(2).unwrap()) + T::from(0.23).unwrap()).sqrt() - y
            >= T::from(-0.52).unwrap()
        {
            let mut a1 = ((a1
                + w[n * 2 % 4]
                    * a1
                    * T::from(1.65).unwrap()
                    * ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                        .atanh())
                * T::from(0.1).unwrap())
            .sin();
            let a4 = w[n % 4].round() * w[n % 4];
        } else {
            let k5 = n + 3;
        }
    }
    (y - a1).cbrt()
}

#[differentiable]
pub fn gen_208<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (w[n % 4] * w[n % 4].exp_m1()).atan() * T::from(3.78).unwrap();
    let a2 = if n != 3 || T::powi(a1.atan2(T::one()), 1) <= T::from(0.35).unwrap() {
        T::from(0.95).unwrap().mul_add(w[n % 4], w[(n + 2) % 4])
    } else if w[n % 4]
        - (a1 / (T::from(1.0).unwrap() + y.tanh() + T::from(0.4).unwrap()) * T::from(0.12).unwrap())
            .sin()
            * T::from(2.0).unwrap()
        <= y
    {
        y
    } else {
        T::from(0.64).unwrap()
    };
    for i3 in (0..4).rev() {
        if n > 2 {
            continue;
        }
        if i3 % 2 > 1 {
            let a4 = T::from(1.77).unwrap();
            let a5 = w[3].atan() + a1;
            let a9 = if (w[i3 * 2 % 4] + a1)
                / gen_207(
                    (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-0.44).unwrap(),
                    w,
                    i3 * 3 % 5,
                )
                <= T::from(-1.13).unwrap()
            {
                let a6 = gen_155(
                    T::sin(T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap())
                        * T::from(2.0).unwrap(),
                    T::sin(w[3 - i3] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    (i3 + n) % 5,
                ) * y;
                a2.asinh() + x % (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.76).unwrap())
            } else {
                {
                    let a8 = {
                        let a7 = T::tanh(
                            (w[n % 4]
                                / (T::from(1.0).unwrap()
                                    + w[(i3 + 3) % 4].tanh()
                                    + T::from(0.53).unwrap())
                                - a1 * x)
                                * T::from(0.1).unwrap(),
                        ) * T::from(3.0).unwrap();
                        gen_178(
                            (a4 - x).atan() * T::from(1.26).unwrap(),
                            (y * w[(n + 1) % 4] * T::from(0.37).unwrap()).sin()
                                * T::from(2.0).unwrap(),
                            w,
                            3,
                        )
                    };
                    let a5 = -w[3]
                        * (T::abs(T::from(n).unwrap().atan() * T::from(1.89).unwrap())
                            + T::from(0.54).unwrap())
                        .ln();
                }
                T::from(-1.86).unwrap()
                    / -(T::from(1.0).unwrap() + w[i3 * 3 % 4].tanh() + T::from(0.59).unwrap())
                    + (T::from(1.0).unwrap() + T::tanh(y) + T::from(0.61).unwrap()).ln()
            };
        }
    }
    let mut k10: usize = n;
    let a11 = (w[n * 3 % 4] % T::from(1.72).unwrap()).atan2(y.cosh());
    a1
}

#[differentiable]
pub fn gen_209<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x.hypot(T::hypot(w[n % 4], T::from(0.8).unwrap())).atan() * T::from(1.26).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 5 {
            break;
        }
        k2 += 1;
        s1 = ((s1 + (T::cos(x).asinh().abs() + T::from(0.46).unwrap())) * T::from(0.45).unwrap())
            .tanh()
            * T::from(2.0).unwrap();
        let mut s3 = T::from(OFFSET).unwrap();
        if n < 2 {
            if n % 2 == 0 {
                continue;
            }
            let a4 = x;
            let mut s5 = -w[n % 4];
        }
        if s3 > s1 {
            continue;
        }
        if !(-w[(n + 3) % 4].cosh() < T::from(-0.52).unwrap()
            && gen_101(
                (s3 * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n,
            )
            .exp2()
                < gen_170(
                    s3.atan() * T::from(1.26).unwrap(),
                    T::from(0.93).unwrap(),
                    w,
                    n,
                ))
        {
            break;
        }
    }
    let a6 = T::cos(x);
    s1 = (s1 * y * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut h7 = [T::zero(); 4];
    for i8 in 0..4 {
        h7[i8] = (x.trunc() * w[n % 4] * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    let mut s9 = ((((s1 - T::from((n + k2) % 9).unwrap()) * T::from(0.15).unwrap()).tanh()
        * T::from(3.0).unwrap())
    .cosh()
        * T::from(0.2).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let a10: T =
        gen_5(a6, s1.atan() * T::from(1.26).unwrap(), w, 4) + T::from((k2 * 3 % 9) as f64).unwrap();
    let a11 = T::from(-1.49).unwrap() + w[k2 * 3 % 4];
    ((h7[(n + 2) % 4].mul_add(h7[k2 * 2 % 4], a6).round() + y) * a11 * T::from(0.06).unwrap())
        .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_210<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n % 4;
    let mut s2 = w[n * 3 % 4]
        / T::cbrt(
            T::from(1.0).unwrap()
                + ((w[n * 2 % 4] + w[3 - k1]).atan() * T::from(1.89).unwrap()).tanh()
                + T::from(0.69).unwrap(),
        );
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = (h3[3 - k1] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    }
    s2 = T::sin(
        (s2 + gen_183(
            (s2 / -(h3[n * 3 % 4].abs() + T::from(0.49).unwrap())).atan() * T::from(1.26).unwrap(),
            (y / (x.powi(2) + T::from(0.71).unwrap()) * T::from(0.53).unwrap()).tanh()
                * T::from(2.0).unwrap(),
            &h3,
            0,
        )) * T::from(0.17).unwrap(),
    ) * T::from(4.0).unwrap();
    s2 = T::atan(
        s2 - ((-T::from(-0.58).unwrap().recip() * T::from(0.87).unwrap()).tanh()
            * T::from(0.9).unwrap())
        .atanh(),
    ) * T::from(2.52).unwrap();
    if y >= T::from(0.53).unwrap() {
        let mut s5 = (w[k1 * 3 % 4] * w[3 - k1] + T::from(0.48).unwrap() * T::from(-0.59).unwrap())
            .abs()
            .atan()
            * T::from(1.89).unwrap();
        if T::atan2(
            y,
            T::from(1.0).unwrap()
                + (s2.atan() * T::from(1.89).unwrap()).tanh()
                + T::from(0.6).unwrap(),
        ) / -(T::from(1.0).unwrap()
            + ((T::from((k1 + 1) as f64).unwrap() * T::from(0.37).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .tanh())
        .log(T::exp(T::from(0.74).unwrap()))
        .exp()
            > T::from(k1 + n).unwrap()
        {
            let a6 = y + x + s5.max(x);
            let a7 = if k1 % 3 > 3 {
                x
            } else {
                (T::hypot(x, T::from(0.24).unwrap()) + T::from(0.7).unwrap()).powi(-2)
                    + (w[(n + 2) % 4] - x)
            };
        } else if (w[k1] + T::from(0.13).unwrap()).exp() > T::from(1.13).unwrap() {
            let k8 = k1;
        }
    } else {
        s2 = T::atan(
            s2 * (T::asin(
                T::tanh(-T::from(-1.87).unwrap() * T::from(0.8).unwrap()) * T::from(0.9).unwrap(),
            ) - T::signum(T::zero() + T::from(0.4).unwrap()))
                + T::from(k1).unwrap() * w[k1 * 3 % 4],
        ) * T::from(2.52).unwrap();
    }
    T::sin(
        (w[n % 4].cos()
            + gen_198(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::sin(h3[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                &h3,
                n,
            ))
            * T::from(0.24).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_211<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (w[(n + 1) % 4] / T::from(-1.84).unwrap()).sin()
        < gen_176(
            T::from(0.37).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            2,
        )
    {
        let a2 = if gen_183(
            (w[(n + 1) % 4] / (x.abs() + T::from(0.42).unwrap())).atan() * T::from(1.26).unwrap(),
            (w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) >= T::from(0.8).unwrap()
        {
            T::from(-1.59).unwrap()
        } else {
            let a1 = x * T::from(SCALE).unwrap() - x;
            gen_179(
                (w[2] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(1).unwrap(),
                w,
                n * 2 % 5,
            )
            .cbrt()
        };
        let a9 = if T::sin(T::from(-0.64).unwrap() - w[(n + 3) % 4]) < T::from(-0.94).unwrap() {
            (a2 - y).atan()
        } else {
            {
                let a8 = {
                    let mut s3 = T::ln(T::cosh(
                        (w[n % 4] * w[n * 2 % 4] * T::from(0.37).unwrap()).sin()
                            * T::from(3.0).unwrap(),
                    ))
                    .atan()
                        * T::from(1.26).unwrap();
                    let mut k4: usize = 0;
                    while s3 < T::from(1.38).unwrap() - y + a2 && k4 < 2 {
                        k4 += 1;
                        s3 = ((s3
                            + ((w[(n + 2) % 4] / w[(n + 1) % 4].cosh()).exp()
                                * T::from(0.2).unwrap())
                            .tanh()
                                * T::from(2.0).unwrap())
                            * T::from(0.39).unwrap())
                        .tanh()
                            * T::from(2.0).unwrap();
                        let mut s5 = T::min(w[n % 4].max(s3), T::from(-0.77).unwrap());
                        let mut h6 = [T::zero(); 4];
                        for i7 in 0..4 {
                            h6[i7] =
                                ((w[n % 4] - w[2]) * s5.trunc() * T::from(0.09).unwrap()).tanh();
                        }
                        h6[n % 4] = h6[n % 4]
                            * (T::asin(
                                (h6[(n + 3) % 4] * T::from(0.75).unwrap()).sin()
                                    * T::from(0.9).unwrap(),
                            ) * T::from(1.34).unwrap())
                            .tanh();
                    }
                    T::abs((T::floor(w[n * 3 % 4]).atan() * T::from(1.89).unwrap()).sinh())
                };
            }
            a2 % T::one()
                / -(T::from(2).unwrap() % T::hypot(y, T::from(0.71).unwrap()))
                    .hypot(T::from(0.74).unwrap())
        };
    } else if (T::from(n).unwrap().atan() * T::from(1.89).unwrap())
        .cosh()
        .log2()
        * (y.cosh() + T::from(0.5).unwrap()).acosh()
        >= T::max(w[n % 4], w[n % 4])
        && T::from(n as f64).unwrap().tanh() <= T::from(-0.66).unwrap()
    {
        let a10 = if x <= T::from(-0.91).unwrap() {
            return (T::abs(
                (T::from(1.36).unwrap().mul_add(x, y) * -x * T::from(0.16).unwrap()).sin()
                    * T::from(3.0).unwrap(),
            ) + T::from(0.68).unwrap())
            .log(
                T::cosh(T::cos(T::from(-1.57).unwrap()) + w[n * 2 % 4].tanh())
                    + T::from(0.63).unwrap(),
            );
        } else {
            (T::from(1.0).unwrap()
                + ((x / -(T::from(1.0).unwrap() + x.sin() + T::from(0.23).unwrap())
                    * T::from(0.17).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.57).unwrap())
            .hypot(y.sinh())
            .abs()
        };
    } else {
        let a12 = {
            let mut s11 = T::tanh(
                ((y.atan() * T::from(1.26).unwrap()).powi(n as i32) + (y + T::from(0.7).unwrap()))
                    * T::from(0.23).unwrap(),
            ) * T::from(6.0).unwrap();
            w[n % 4]
        };
    }
    -(x * w[3])
}

#[differentiable]
pub fn gen_212<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n;
    for i2 in 0..n % 3 + 1 {
        if ((x * T::from(k1 * 2 % 9).unwrap() * T::from(0.09).unwrap())
            .tanh()
            .abs()
            + T::from(0.28).unwrap())
        .recip()
            <= T::from(0.96).unwrap()
        {
            return T::ln_1p((x * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                % (T::from(1.0).unwrap()
                    + (T::atan(w[k1 % 4] * w[(n + i2) % 4]) * T::from(1.89).unwrap()).sin()
                    + T::from(0.59).unwrap())
                - gen_57(
                    (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::tanh(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    w,
                    0,
                )
                .cos();
        }
    }
    for _ in (0..4).step_by(2) {
        let x = w[k1 % 4] * (y.atan() + y);
        let mut s4 =
            (T::from(SCALE).unwrap() * x * T::from(0.32).unwrap()).tanh() * T::from(2.0).unwrap();
        s4 = T::exp(s4 * T::from(0).unwrap());
        let a5 = T::cos(T::from(1.93).unwrap())
            * w[n * 3 % 4].exp_m1()
            * (w[n % 4].fract() + w[1].hypot(T::from(0.64).unwrap()).ln());
    }
    if (T::from(1.0).unwrap() + x.tanh() + T::from(0.62).unwrap()).log2() <= T::from(-0.29).unwrap()
    {
        let a6 = T::from(3).unwrap()
            - ((y * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p();
        k1 *= 2;
        k1 %= 6;
    }
    let mut s7 = ((w[2] * w[k1 % 4] * w[k1 * 2 % 4] * T::from(0.19).unwrap()).sin()
        * T::from(3.0).unwrap())
    .sinh()
    .atan()
        * T::from(1.26).unwrap();
    T::tanh((-s7 * s7 + y) * T::from(0.25).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_213<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (x.powi(2) + T::from(0.58).unwrap()).atan2(gen_179(
        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (w[n * 3 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ));
    let mut s2 = ((gen_98(
        T::from(core::f64::consts::LN_2).unwrap(),
        x.atan() * T::from(1.26).unwrap(),
        w,
        n * 3 % 5,
    ) % (T::from(0).unwrap().hypot(T::from(0.47).unwrap())
        + T::from(0.26).unwrap())
        + (a1
            + x
            + gen_183(
                x.atan() * T::from(1.26).unwrap(),
                T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                w,
                n * 2 % 5,
            )))
        * T::from(0.14).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let a3 = a1.ln_1p();
    let a5 = {
        let mut s4 = T::atan(
            ((w[n * 3 % 4] - x)
                / ((T::tanh(
                    w[0] / -(y.powi(2) + T::from(0.39).unwrap()) * T::from(0.29).unwrap(),
                ) * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.28).unwrap())
                * T::from(0.1).unwrap())
            .sin()
                * T::from(3.0).unwrap(),
        ) * T::from(1.89).unwrap();
        T::zero() * T::from(std::f64::consts::PI).unwrap().ln() / w[3].hypot(T::from(0.98).unwrap())
    };
    let a6 = T::from(0.42).unwrap()
        % (T::from(1.0).unwrap()
            + T::tanh(T::tanh(a1 * T::from(0.48).unwrap()) * T::from(3.0).unwrap())
            + T::from(0.31).unwrap())
        .acosh()
        + (w[n % 4] - w[2]);
    w[1] % w[(n + 3) % 4].cosh() * T::zero() + y + y
}

#[differentiable]
pub fn gen_214<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (w[(n + 2) % 4] + w[n * 2 % 4]).max(
        T::from(core::f64::consts::LN_2).unwrap()
            / -(T::from(1.0).unwrap() + T::tanh(y) + T::from(0.45).unwrap()),
    );
    let mut s2 = T::signum(gen_179(
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(w[2] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    ));
    let mut k3: usize = 0;
    while s2 < T::from(n).unwrap() && k3 < 5 {
        k3 += 1;
        if T::from(-1.99).unwrap().hypot(T::from(0.83).unwrap()).ln() - w[n * 3 % 4]
            > T::from(-1.27).unwrap()
        {
            let mut s4 = x * T::from(OFFSET).unwrap()
                + (s2 * T::from(n + 2).unwrap() * T::from(0.12).unwrap()).sin()
                    * T::from(3.0).unwrap();
            if !(gen_202(
                T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (a1 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                (n + 2) % 5,
            ) / -(T::from(1.0).unwrap() + T::from(0.27).unwrap().trunc().tanh())
                >= T::from(1.66).unwrap()
                && ((T::sin(
                    gen_170(
                        (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        2,
                    ) * T::from(0.36).unwrap(),
                ) * T::from(3.0).unwrap())
                .powi(2)
                    + T::from(0.32).unwrap())
                .recip()
                    >= w[(n + 3) % 4]
                        % (T::from(1.0).unwrap()
                            + T::tanh(
                                T::sin(T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap())
                                    * T::from(3.0).unwrap(),
                            )
                            + T::from(0.74).unwrap()))
            {
                continue;
            }
        }
        let y = y + T::from(0.52).unwrap();
        let mut s5 = y;
        s2 = ((s2 * T::from(0.58).unwrap()
            + (T::atan(w[n % 4]) * T::from(0.56).unwrap())
                .atanh()
                .hypot(T::from(0.88).unwrap()))
            * T::from(0.65).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    let a6 = T::from(1.25).unwrap()
        + s2
        + T::sin(
            T::powf(
                T::from(1.0).unwrap()
                    + T::sin(
                        T::sin(T::from(n).unwrap() * T::from(0.37).unwrap())
                            * T::from(2.0).unwrap(),
                    )
                    + T::from(0.25).unwrap(),
                T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            ) * T::from(0.12).unwrap(),
        ) * T::from(4.0).unwrap();
    let a7: T = T::from(0.84).unwrap() / T::from(1.25).unwrap() - a6;
    if w[k3 % 4] >= w[(k3 + 3) % 4] * a1 {
        let mut s8 = T::from(-0.96).unwrap()
            - (T::from(1.0).unwrap() + w[k3 % 4].tanh() + T::from(1.18).unwrap()).acosh();
        let mut k9: usize = 0;
        loop {
            if k9 >= 5 {
                break;
            }
            k9 += 1;
            s8 = ((s8
                + (((s8 * s8 - T::from(k3).unwrap()) * T::from(0.11).unwrap())
                    .tanh()
                    .abs()
                    + T::from(0.33).unwrap()))
                * T::from(0.35).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            if T::one().atan2(T::from(1.92).unwrap()) + T::from(-1.8).unwrap() > s8 {
                let a10 = (w[k3 % 4] % (T::from(1.0).unwrap() + T::tanh(T::zero()))
                    / (T::from(1.0).unwrap() + w[(n + 1) % 4].sin() + T::from(0.26).unwrap()))
                .hypot(T::log(
                    T::from(1.59).unwrap() + T::from(1.0).unwrap(),
                    (s2 * T::zero()).cosh() + T::from(0.58).unwrap(),
                ));
                if k3 % 3 > 1 {
                    continue;
                }
            } else {
                s8 = s2;
            }
            if s8 > w[(k3 + n) % 4] {
                break;
            }
        }
    } else if T::from(0.55).unwrap()
        % (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.79).unwrap())
        - T::from(0.93).unwrap()
        <= T::from(-0.75).unwrap()
    {
        let mut h11 = [T::one(); 4];
        for i12 in 0..4 {
            h11[i12] = ((s2 + (T::from(3).unwrap() * a6).atan() * T::from(3.78).unwrap())
                * T::from(0.19).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        }
    }
    x.exp2() - T::from(k3).unwrap()
}

#[differentiable]
pub fn gen_215<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let a1 = (((x - w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(1.2).unwrap()).tan();
        T::log2(
            T::from(1.0).unwrap()
                + T::tanh(
                    ((y + (w[3] + T::from(0).unwrap())) * T::from(0.37).unwrap()).sin()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.4).unwrap(),
        )
    };
    if -(x.atan() * T::from(0.75).unwrap()).tan() >= T::from(-0.51).unwrap() {
        return y;
    }
    let a3 = T::from(1.0).unwrap() / -(T::abs(y) + T::from(0.41).unwrap());
    let mut s4 = T::zero().atan2(
        (T::sin(x * a3 * T::from(0.31).unwrap()) * T::from(3.0).unwrap()).abs()
            + T::from(0.5).unwrap(),
    );
    s4 = (T::from(-0.37).unwrap().sin()
        * (y % (T::from(1.0).unwrap() + T::from(OFFSET).unwrap().sin() + T::from(0.87).unwrap())))
    .hypot(T::from(0.38).unwrap())
    .log2();
    if gen_177(
        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::atan(gen_178(
            a3.atan() * T::from(1.26).unwrap(),
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )) * T::from(1.26).unwrap(),
        w,
        n,
    ) <= T::from(0.65).unwrap()
    {
        s4 = (s4 * w[n * 2 % 4]).atan() * T::from(1.89).unwrap();
        let mut s5 = gen_153(
            T::tanh(s4 * T::from(0.5).unwrap()) * T::from(2.0).unwrap(),
            a2,
            w,
            n * 3 % 5,
        )
        .cosh()
        .log(x.cosh() + T::from(0.59).unwrap());
    } else {
        let a7 = {
            let mut k6: usize = n * 3 % 5;
            w[(k6 + 1) % 4]
        };
    }
    (T::from(n + 2).unwrap() * T::from(0.25).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_216<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 1..=3 {
        {
            if gen_191(T::one(), T::from(0.49).unwrap(), w, 3).cos() < T::from(-0.04).unwrap() {
                let mut s2 = T::from(-1.84).unwrap();
                if (w[3]
                    / -(T::from(1.0).unwrap()
                        + (T::tanh(s2 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).tanh()
                        + T::from(0.32).unwrap())
                    * (s2 % (T::from(1.0).unwrap() + x.sin() + T::from(0.71).unwrap()))
                    * T::from(0.09).unwrap())
                .tanh()
                    * T::from(6.0).unwrap()
                    > y - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                {
                    continue;
                }
                let a3 = T::one();
            } else if y >= T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() - w[(i1 + 2) % 4] {
                let mut s4: T =
                    ((T::from(1.78).unwrap() + T::one()) * -x).atan() * T::from(1.89).unwrap();
            } else {
                let mut h5 = [T::zero(); 4];
            }
        }
    }
    ((x + w[n % 4]) * (x - x) * T::from(0.09).unwrap()).sin() * T::from(4.0).unwrap()
}

#[differentiable]
pub fn gen_217<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (w[n % 4] * x * (w[(n + 2) % 4] * x)).atan() * T::from(1.89).unwrap()
        > T::from(-0.63).unwrap()
    {
        return T::cos(w[n % 4] + y) + T::floor(w[n % 4]);
    }
    let mut s1 = T::from(1.79).unwrap() * x.trunc();
    s1 = (s1
        * ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
        * T::from(0.25).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let a2 = w[n % 4];
    s1 =
        ((s1 - T::from(n as f64).unwrap()) * T::from(0.19).unwrap()).tanh() * T::from(4.0).unwrap();
    for (i4, _) in w.iter().enumerate() {
        s1 = T::atan(
            x * a2
                - a2 / (T::from(1.0).unwrap()
                    + ((T::from(i4 + 2).unwrap() * T::from(0.3).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .tanh()),
        ) * T::from(2.52).unwrap();
    }
    let a7 = {
        let k5 = n + 3;
        let k6 = n + 1;
        ((w[k6 * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
    };
    s1 = ((s1 * w[n % 4] + w[n % 4].mul_add(a7, T::from(n).unwrap())) * T::from(0.09).unwrap())
        .tanh()
        * T::from(4.0).unwrap();
    s1 = x.max(T::one());
    let mut h8 = [T::from(-0.58).unwrap(); 4];
    for i9 in 0..4 {
        h8[i9] = (y * h8[0]).sin();
    }
    s1 =
        ((s1 + gen_121(
            (h8[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            ((T::from(0.35).unwrap() - w[n % 4]) * T::from(0.64).unwrap()).sin()
                * T::from(2.0).unwrap(),
            &h8,
            (n + 3) % 5,
        )) * T::from(0.21).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    let mut s10 = T::tanh(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(4.0).unwrap();
    let mut s11 =
        ((w[n % 4] - T::from(n as f64).unwrap() + T::one() * s1) * T::from(0.15).unwrap()).sin()
            * T::from(3.0).unwrap();
    ((T::from(-0.48).unwrap()
        / -(T::from(1.0).unwrap() + x.tanh() + T::from(0.38).unwrap())
        / (h8[n % 4].powi(2) + T::from(0.52).unwrap())
        + a7
        + s1)
        * T::from(0.18).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_218<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::from(1).unwrap() * y - (y - w[n % 4]) >= y / (y.powi(2) + T::from(0.51).unwrap()) {
        if y + T::abs(T::from(n + 2).unwrap()) >= T::from(0.78).unwrap() {
            for (&v1, &v2) in w.iter().zip(w.iter()) {
                let mut v1 = T::tanh(
                    v1 * gen_183(
                        (w[n % 4] + w[(n + 2) % 4]).atan() * T::from(1.26).unwrap(),
                        ((v2 - v2) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                        w,
                        n,
                    ) * T::from(0.15).unwrap(),
                ) * T::from(3.0).unwrap();
            }
            if x * T::from(0.76).unwrap() * T::from(-1.09).unwrap() > T::from(n).unwrap() - x {
                let mut s3 = T::sinh(-w[n % 4]).atan() * T::from(1.26).unwrap();
                let mut k4: usize = 0;
                while n != 1 && k4 < 6 {
                    k4 += 1;
                    s3 = ((s3 + T::cosh(T::from(OFFSET).unwrap())) * T::from(0.49).unwrap()).sin()
                        * T::from(2.0).unwrap();
                    let a5 = (T::atan(w[n % 4]) * T::from(0.56).unwrap()).atanh().ln_1p();
                    if w[n * 3 % 4] >= y * T::from(-0.97).unwrap() {
                        break;
                    }
                }
                s3 = (s3
                    * ((w[k4 * 3 % 4].exp() * (s3 - y) * T::from(0.05).unwrap()).tanh()
                        * T::from(4.0).unwrap()))
                .atan()
                    * T::from(1.26).unwrap();
                let mut k6: usize = (n + k4) % 6;
            }
            let a8 = {
                let a7 = T::from(-0.59).unwrap() * (x * T::from(0.12).unwrap());
                w[n % 4] / -x.round().hypot(T::from(0.97).unwrap())
            };
        }
        let x = T::from(1.42).unwrap().tanh() + (y + x);
    }
    T::from(-1.83).unwrap()
}

#[differentiable]
pub fn gen_219<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (_, _) in w.iter().enumerate() {
        let mut s3 = T::exp_m1(T::from(-0.07).unwrap().abs());
    }
    let a4 = x - (T::from(std::f64::consts::PI).unwrap() + y);
    if (a4.ceil()
        / (((w[n * 2 % 4] * T::from(-1.91).unwrap() * T::from(0.39).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .powi(2)
            + T::from(0.58).unwrap()))
    .atan()
        * T::from(0.63).unwrap()
        < w[0]
    {
        let a6 = {
            let mut s5 = T::tanh((y + T::from(-0.29).unwrap() * w[1]) * T::from(0.58).unwrap())
                * T::from(2.0).unwrap();
            -T::zero()
        };
        let a7: T = T::fract(T::asinh(w[0])).atan();
    } else if T::tanh((a4 + w[n % 4]) * a4.trunc() * T::from(0.02).unwrap()) * T::from(2.0).unwrap()
        < T::from(-1.43).unwrap()
    {
        let a8 = x;
        let a9 = a8 * ((a4 * x * T::from(0.11).unwrap()).tanh() * T::from(4.0).unwrap());
    }
    let mut s10 = (T::from(1.0).unwrap() + w[n % 4].atan().tanh() + T::from(0.33).unwrap()).ln();
    let a11 = w[n % 4].cosh();
    let a12 = (w[n % 4].abs() + T::from(0.26).unwrap()).recip()
        - (s10
            * T::one()
            * ((a11 * T::from(0.4).unwrap()).tanh() * T::from(3.0).unwrap()).cosh()
            * T::from(0.1).unwrap())
        .sin();
    let a13 = ((T::sin((T::from(n).unwrap() - w[n * 3 % 4]) * T::from(0.25).unwrap())
        * T::from(3.0).unwrap())
    .powi(2)
        + T::from(0.28).unwrap())
    .sqrt();
    let mut s14 = (((gen_143(
        x.atan() * T::from(1.26).unwrap(),
        (a13 * T::from(0.49).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n,
    ) * T::from(0.26).unwrap())
    .sin()
        * T::from(1.2).unwrap())
    .tan()
        * T::from(0.58).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    y.cosh().cbrt()
}

#[differentiable]
pub fn gen_220<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = y;
    if T::recip(-(T::atan(x + y) * T::from(1.89).unwrap()).hypot(T::from(0.34).unwrap()))
        > T::from(1.48).unwrap()
    {
        let mut k2: usize = n % 4;
    }
    let a3 = if w[n % 4] + w[n % 4] < T::from(1.1).unwrap()
        || (w[0] + w[(n + 2) % 4]).fract() > T::from(0.18).unwrap()
    {
        (((T::from(n).unwrap() - T::from(0.87).unwrap()).atan() * T::from(1.26).unwrap()).powi(2)
            + T::from(0.61).unwrap())
        .powf(T::from(0.37).unwrap() / (T::from(1.0).unwrap() + y.sin() + T::from(0.52).unwrap()))
    } else {
        return T::tanh(
            (x.mul_add(w[n % 4], a1).atan() * T::from(1.57).unwrap()).exp()
                * T::from(0.17).unwrap(),
        ) * T::from(6.0).unwrap();
    };
    if n != 3 {
        let a7 = {
            let a6 = {
                let a4 = (T::from(1.0).unwrap() + x.sin() + T::from(0.56).unwrap()).log2();
                let mut k5: usize = (n + 1) % 5;
                w[n * 3 % 4] / (a4.powi(2) + T::from(0.28).unwrap()) - y
            };
            T::powi(y, 3).atan()
        };
    }
    w[n % 4] / (T::from(1.0).unwrap() + T::tanh(a1.abs())) + x
}

#[differentiable]
pub fn gen_221<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a13 = {
        let mut s1 = ((T::from(n as f64).unwrap() * T::from(0.37).unwrap()).sin()
            * T::from(0.9).unwrap())
        .asin()
        .trunc();
        if !((s1
            * gen_217(
                w[n * 3 % 4].atan() * T::from(1.26).unwrap(),
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            )
            * T::from(0.07).unwrap())
        .tanh()
            * T::from(6.0).unwrap()
            >= T::from(0.97).unwrap()
            && (w[n % 4].mul_add(s1, x) * w[n % 4].exp() * T::from(0.02).unwrap()).tanh()
                * T::from(4.0).unwrap()
                < T::from(-1.44).unwrap())
        {
            let mut s2 = T::from(core::f64::consts::LN_2).unwrap();
            {
                let a3 = if w[n % 4].round() > -w[(n + 1) % 4] {
                    x.powi(3) * -T::from(1.07).unwrap()
                        + gen_207(
                            T::from(SCALE).unwrap(),
                            T::atan(
                                T::from(std::f64::consts::PI).unwrap() / T::from(1.25).unwrap(),
                            ) * T::from(1.26).unwrap(),
                            w,
                            n,
                        )
                } else {
                    y
                };
                let mut s4 = -T::from(0.91).unwrap() / T::from(-0.93).unwrap();
                let mut k5: usize = 0;
                while s4 < w[n * 2 % 4] && k5 < 6 {
                    k5 += 1;
                    let mut h6 = [T::from(0.47).unwrap(); 4];
                    for i7 in 0..4 {
                        h6[i7] = ((s4
                            - T::sin(
                                s2 / (h6[n % 4].powi(2) + T::from(0.24).unwrap())
                                    * T::from(0.12).unwrap(),
                            ) * T::from(6.0).unwrap())
                            * T::from(0.17).unwrap())
                        .sin()
                            * T::from(2.0).unwrap();
                    }
                    let y = gen_166(
                        (T::ln(T::cosh(
                            (-s1 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap(),
                        )) * T::from(0.74).unwrap())
                        .sin()
                            * T::from(2.0).unwrap(),
                        ((T::sin(
                            y / T::hypot(
                                (T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin()
                                    * T::from(3.0).unwrap(),
                                T::from(0.98).unwrap(),
                            ) * T::from(0.73).unwrap(),
                        ) * T::from(2.0).unwrap())
                        .hypot(T::from(0.98).unwrap())
                        .powf(
                            T::tanh((w[n * 3 % 4] + h6[n % 4]) * T::from(0.37).unwrap())
                                * T::from(2.0).unwrap(),
                        ) * T::from(0.35).unwrap())
                        .sin()
                            * T::from(2.0).unwrap(),
                        &h6,
                        n * 3 % 5,
                    );
                    s4 = T::sin(
                        (s4 + ((T::from(1.0).unwrap()
                            + T::sin(
                                ((T::from(-1.92).unwrap() + s2)
                                    * T::from(1.37).unwrap()
                                    * T::from(0.22).unwrap())
                                .sin()
                                    * T::from(3.0).unwrap(),
                            )
                            + T::from(0.2).unwrap())
                            * T::from(0.68).unwrap())
                        .tanh()
                            * T::from(2.0).unwrap())
                            * T::from(0.31).unwrap(),
                    ) * T::from(3.0).unwrap();
                }
                let a8 = s2;
            }
        } else if n % 2 % 2 == 0 {
            if T::asinh(T::from(-1.09).unwrap() - y) >= w[n * 2 % 4] * y {
                let mut s9 = ((T::one() + s1) * w[n % 4].cosh()).atan() * T::from(1.89).unwrap();
                s1 = ((s1
                    * (((x + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap())
                        .exp2()
                    + x.cos())
                    * T::from(0.03).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
            } else if y / -(T::from(1.0).unwrap() + T::tanh(y) + T::from(0.43).unwrap())
                <= T::from(2).unwrap() - x
            {
                let mut s10: T = (-(w[n % 4] + w[n % 4] + x) * T::from(0.25).unwrap()).tanh()
                    * T::from(6.0).unwrap();
                let a11: T = s1;
            }
        } else {
            let a12 =
                T::tanh(T::from(1).unwrap()) - w[n % 4] / w[n % 4].hypot(T::from(0.88).unwrap());
        }
        T::from(-1.86).unwrap() - T::one() - w[n % 4].exp_m1()
    };
    (a13 + x).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_222<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.22).unwrap()).sqrt()
        - gen_191(
            (w[n * 2 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            T::from(-1.81).unwrap(),
            w,
            n,
        ))
    .atan()
        * T::from(1.89).unwrap();
    let a8 = if (T::from(-1.13).unwrap() + x).cos() < T::from(-1.02).unwrap() {
        let y = y + T::hypot(w[n % 4], T::cosh(-y.cosh().sqrt()));
        {
            let a2 = ((T::atan(x + s1) * T::from(1.89).unwrap()).powi(2) + T::from(1.57).unwrap())
                .acosh();
            let mut s3 = w[n % 4].abs();
            let mut k4: usize = 0;
            while s3 < w[(n + 3) % 4].sinh() * w[n * 2 % 4] && k4 < 6 {
                k4 += 1;
                let a7 = if T::log10(
                    T::from(1.0).unwrap()
                        + (s1.atan() * T::from(1.89).unwrap()).tanh()
                        + T::from(0.64).unwrap(),
                ) < T::exp2(T::from(std::f64::consts::PI).unwrap())
                {
                    ((a2 * T::from(0.53).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
                } else {
                    s3 = (s3
                        * (((T::sin(s3 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).abs()
                            + T::from(0.45).unwrap())
                        .log10()
                            + T::from(-1.86).unwrap())
                        * T::from(0.23).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap();
                    if (((-((s3 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).cosh())
                        .cbrt()
                        * T::from(0.69).unwrap())
                    .sin()
                        * T::from(0.9).unwrap())
                    .asin()
                        >= w[n % 4].sin()
                    {
                        let a5 = T::sin(
                            s1 / -(T::from(1.0).unwrap()
                                + ((s3 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap())
                                    .tanh()
                                + T::from(0.24).unwrap())
                                * T::from(0.12).unwrap(),
                        ) * T::from(4.0).unwrap()
                            + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap();
                        s3 = ((s3
                            - s1 / (T::from(1.0).unwrap()
                                + (((x - T::from(1.23).unwrap()) * T::from(0.46).unwrap())
                                    .sin()
                                    * T::from(3.0).unwrap())
                                .tanh()
                                + T::from(0.65).unwrap())
                                / (T::from(n).unwrap()
                                    - (T::from(1.0).unwrap() + T::tanh(T::from(-0.44).unwrap()))
                                        .log2()))
                            * T::from(0.17).unwrap())
                        .tanh()
                            * T::from(3.0).unwrap();
                    } else {
                        let mut k6: usize = n;
                    }
                    w[n % 4]
                        / (T::from(1.0).unwrap()
                            + ((s3 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
                            + T::from(0.54).unwrap())
                        + T::from(1.11).unwrap() / (w[n * 3 % 4].abs() + T::from(0.23).unwrap())
                };
                s3 = (s3 + (T::one().trunc().abs() + T::from(0.4).unwrap())).atan()
                    * T::from(1.89).unwrap();
            }
        }
        T::from(0.52).unwrap() * s1 + T::from(SCALE).unwrap().round()
    } else if (w[n * 2 % 4]
        * w[n * 3 % 4]
        * (x / (T::from(1.0).unwrap()
            + ((s1 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
            + T::from(0.26).unwrap()))
        * T::from(0.05).unwrap())
    .tanh()
        * T::from(2.0).unwrap()
        <= (x.atan() * T::from(0.56).unwrap()).acos()
    {
        x.mul_add(T::from(1.55).unwrap(), w[n % 4]).max(w[2])
    } else {
        T::recip(T::from(-1.22).unwrap()).hypot(
            (T::atan(s1 * T::from(n).unwrap()) * T::from(0.63).unwrap())
                .hypot(T::from(0.7).unwrap()),
        )
    };
    (((w[n % 4].powi(2) + T::from(0.64).unwrap()).sqrt() + s1 + a8) * T::from(0.15).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_223<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a4 = {
        if ((gen_172(
            w[n * 2 % 4].atan() * T::from(1.26).unwrap(),
            w[n % 4].atan() * T::from(1.26).unwrap(),
            w,
            n,
        ) * T::from(0.48).unwrap())
        .sin()
            * T::from(0.9).unwrap())
        .acos()
            > T::zero()
        {
            let a3 = {
                let a2 = {
                    let a1: T = y;
                    (x + w[n % 4]) * y.hypot(T::from(0.76).unwrap()).ln()
                };
                gen_118(
                    (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    (w[n % 4] * w[3] * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                )
            };
        }
        w[1]
    };
    -x + (T::atan(T::from(-1.76).unwrap()) * T::from(0.75).unwrap()).tan()
}

#[differentiable]
pub fn gen_224<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::atanh(
        ((y - T::from(-0.43).unwrap()) * T::from(0.62).unwrap()).sin() * T::from(0.9).unwrap(),
    ) <= T::log2(y.hypot(T::from(0.46).unwrap()))
    {
        let mut k1: usize = 2;
        let mut h2 = [T::from(0.47).unwrap(); 4];
        for i3 in 0..4 {
            h2[i3] = T::from(-0.2).unwrap().atan2(
                T::from(1.0).unwrap()
                    + T::from(0.95).unwrap().fract().sin()
                    + T::from(0.52).unwrap(),
            );
        }
    } else {
        let a4 = T::from(-0.4).unwrap();
        if n % 2 < 3 {
            let a5 = y.cos() + T::from(1.34).unwrap();
            let a6 = w[n % 4] - T::from(0.99).unwrap() + T::from(-1.22).unwrap();
            let a7: T = w[2];
        } else {
            let a8 = w[n % 4].exp_m1() + (x + T::from(-0.32).unwrap());
        }
    }
    x.asinh() + y
}

#[differentiable]
pub fn gen_225<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = y;
    let mut s2 = (gen_128(
        (T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap()).sin()
            * T::from(2.0).unwrap(),
        (((s1 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).sinh()
            * T::from(0.2).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        w,
        n,
    ) * T::from(0.59).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut s3: T = ((s1.exp2() * T::from(0.19).unwrap()).sin() * T::from(0.9).unwrap()).acos();
    s2 = T::atan(
        s2 / (T::from(1.0).unwrap()
            + (((T::tanh(y * T::from(n).unwrap() * T::from(0.19).unwrap())
                * T::from(2.5).unwrap())
            .exp()
                * T::from(0.15).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .tanh()
            + T::from(0.44).unwrap()),
    ) * T::from(1.26).unwrap();
    s3 = (s3
        * (T::cosh(T::sin(s1 * T::from(0.5).unwrap()) * T::from(3.0).unwrap())
            + T::from(-0.63).unwrap())
        * T::from(0.03).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    (T::one() * T::from(-0.79).unwrap()).fract()
}

#[differentiable]
pub fn gen_226<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if !(x % (T::from(1.0).unwrap() + y.tanh() + T::from(0.64).unwrap())
        - ((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
        > T::from(1.32).unwrap()
        && w[1] < T::from(-0.54).unwrap())
    {
        (T::from(1.16).unwrap() + w[n % 4]).cos() * w[2].asinh().floor()
    } else if T::from(1.7).unwrap() - T::one() > T::min(x, w[n % 4]) {
        gen_212(
            T::from(-1.95).unwrap().max(T::one()),
            (x * T::from(1.59).unwrap()).atan() * T::from(1.26).unwrap(),
            w,
            n,
        )
    } else {
        -(T::from(-0.22).unwrap() + y)
    };
    let a8 = if w[n % 4] - x - T::tanh(T::from(-1.3).unwrap()) >= T::from(1.08).unwrap() {
        T::ln_1p((a1 * T::from(0.28).unwrap()).tanh() * T::from(0.8).unwrap())
            + (T::from(1.0).unwrap() + w[2].tanh() + T::from(1.34).unwrap()).acosh()
    } else if x > w[n * 3 % 4].signum() {
        if gen_151(
            ((T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.61).unwrap())
                .atan2(T::from(-1.21).unwrap())
                * T::from(0.48).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        ) <= (T::tanh(y * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).acos()
        {
            for (i3, &v2) in w.iter().enumerate() {
                {
                    if T::one() >= T::from(1.03).unwrap() {
                        continue;
                    }
                    let a4 = T::log2(gen_197(
                        T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        3,
                    ));
                }
                let mut s5: T = T::sin(
                    v2 * w[3] / -(y.cos().powi(2) + T::from(0.51).unwrap())
                        * T::from(0.19).unwrap(),
                ) * T::from(3.0).unwrap();
                let a6 = if (T::from(1.0).unwrap()
                    + (T::atan((s5 * a1 * T::from(0.09).unwrap()).tanh() * T::from(4.0).unwrap())
                        * T::from(1.89).unwrap())
                    .sin()
                    + T::from(0.54).unwrap())
                .cbrt()
                    < T::acosh(
                        T::exp(T::from(i3).unwrap().atan() * T::from(1.89).unwrap())
                            + T::from(0.47).unwrap(),
                    ) {
                    w[n % 4]
                } else {
                    w[i3 * 2 % 4] * (w[n % 4] % y.cosh())
                        + (y + T::one())
                            / T::cosh(
                                T::sin((T::from(-1.35).unwrap() - x) * T::from(0.45).unwrap())
                                    * T::from(3.0).unwrap(),
                            )
                };
            }
        } else {
            let a7 = (T::from(1.0).unwrap()
                + T::sin(
                    ((w[n * 3 % 4]
                        * T::from(std::f64::consts::PI).unwrap()
                        * T::hypot(
                            T::from(SCALE).unwrap(),
                            (T::atan(T::from(4).unwrap()) * T::from(1.89).unwrap()).powi(2)
                                + T::from(0.56).unwrap(),
                        )
                        * T::from(0.03).unwrap())
                    .tanh()
                        * T::from(6.0).unwrap()
                        * T::from(0.29).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.24).unwrap())
            .cbrt();
        }
        x
    } else {
        (T::abs(
            -T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                % T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
        ) + T::from(0.34).unwrap())
        .sqrt()
    };
    y.exp2()
}

#[differentiable]
pub fn gen_227<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::from(1.0).unwrap()
        + ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh())
    .log2();
    let mut s2 = (-x).atan() * T::from(1.26).unwrap();
    let mut s3 = T::ln_1p(x.atan() * T::from(0.5).unwrap())
        * T::log(
            T::from(0.88).unwrap(),
            T::from(1.0).unwrap() + T::from(1).unwrap().sin() + T::from(1.94).unwrap(),
        );
    let mut k4: usize = 0;
    while s3 < s3 && k4 < 2 {
        k4 += 1;
        let a5 = T::from(n as f64).unwrap();
        s3 = T::sin(
            (s3 + (((w[n % 4]
                * gen_223(
                    T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                    s2.atan() * T::from(1.26).unwrap(),
                    w,
                    (n + 3) % 5,
                )
                * T::from(0.25).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .cosh()
                * T::from(0.15).unwrap())
            .tanh()
                * T::from(2.0).unwrap())
                * T::from(0.31).unwrap(),
        ) * T::from(3.0).unwrap();
    }
    let a6 = if w[(k4 + 2) % 4]
        + w[n % 4]
        + (x.powi(2) + T::from(0.24).unwrap())
            .log(T::from(1.0).unwrap() + w[3 - k4].sin() + T::from(1.79).unwrap())
        < T::from((k4 + 3) as f64).unwrap() % T::hypot(w[0], T::from(0.99).unwrap())
    {
        s2 = T::log2(
            ((T::from(n + k4).unwrap() * a1 * y * T::from(0.13).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .cosh(),
        )
        .atan()
            * T::from(1.26).unwrap();
        T::from(std::f64::consts::PI).unwrap().tanh()
            % ((T::atan(s3) * T::from(1.89).unwrap()).hypot(T::from(0.35).unwrap())
                + T::from(0.37).unwrap())
    } else {
        a1
    };
    T::tanh((gen_112(a6, w[n % 4].tanh(), w, 4) * y + y) * T::from(0.11).unwrap())
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_228<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (i2, _) in w.iter().enumerate() {
        let mut s3 = x;
        if n < 2 {
            s3 = (s3 * w[(i2 + 2) % 4]).atan() * T::from(2.52).unwrap();
        } else {
            if w[i2] < T::from(-1.37).unwrap() {
                break;
            }
        }
        let a4 = T::from(OFFSET).unwrap();
        let a5 = if !(i2 < 3
            && s3
                % (T::from(1.0).unwrap() + T::from(-1.73).unwrap().tanh() + T::from(0.78).unwrap())
                + w[i2]
                >= a4 + w[n % 4])
        {
            y
        } else {
            y * (T::from(-0.71).unwrap() + w[(n + i2) % 4])
        };
    }
    let mut s6 =
        ((T::from(0.97).unwrap() * T::from(1.55).unwrap()).sin() * T::from(0.9).unwrap()).acos();
    let mut k7: usize = 0;
    while s6 < T::cosh(x).atan2(T::from(1.08).unwrap()) / T::cosh(T::zero().trunc()) && k7 < 3 {
        k7 += 1;
        s6 = ((s6
            + (T::from(1.0).unwrap()
                + T::sin(
                    (T::tanh((y - w[0]) * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
                        .hypot(T::from(0.94).unwrap())
                        .log2(),
                )
                + T::from(0.39).unwrap())
            .atan()
                * T::from(1.26).unwrap())
            * T::from(0.27).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        if n > 1 {
            s6 = ((((s6 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
                - T::from(3).unwrap())
                * T::from(0.15).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            let mut h8 = [T::one(); 4];
            for i9 in 0..4 {
                h8[i9] = (-s6).tanh();
            }
        }
    }
    (w[(k7 + n) % 4].cosh().log2()
        / -(T::from(1.0).unwrap()
            + ((s6 % x.cosh() * T::from(0.4).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
            + T::from(0.5).unwrap())
        * s6
        * T::from(0.1).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_229<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = w[n % 4];
    let a2 = (T::from(-1.22).unwrap() * T::from(-0.2).unwrap()).asin()
        * (T::from(1.0).unwrap()
            + ((-w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).sin()
            + T::from(0.61).unwrap())
        .powf(((x - x) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap());
    if n > 3 && y <= T::from(-0.37).unwrap() {
        return T::from(0).unwrap();
    }
    let mut h3 = [T::zero(); 4];
    let mut s4 = w[2];
    let mut k5: usize = 0;
    loop {
        if k5 >= 3 {
            break;
        }
        k5 += 1;
        s4 = (s4 + a2.hypot(T::from(0.48).unwrap())).atan() * T::from(2.52).unwrap();
        s1 = ((s1
            - y * (s1
                % (T::from(1.0).unwrap()
                    + (y + T::from(-0.39).unwrap()).tanh()
                    + T::from(0.91).unwrap())))
            * T::from(0.16).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        h3[n % 4] = T::atan(
            T::abs(s1)
                / -(T::from(1.0).unwrap()
                    + T::cosh(w[(n + 3) % 4]).ln().sin()
                    + T::from(0.52).unwrap()),
        ) * T::from(1.26).unwrap();
        if s4 > -(T::one() * T::from(0.53).unwrap()) {
            break;
        }
    }
    let a6 = if T::abs(T::from(-0.46).unwrap() / -y.cosh()) < T::from(0.06).unwrap() {
        ((s4.abs() * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap()).exp_m1()
    } else {
        gen_220(
            (T::atan(x) * T::from(0.56).unwrap()).asin(),
            (T::from(1.0).unwrap()
                + ((s4 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.71).unwrap())
            .powi(-1),
            &h3,
            n,
        )
    };
    (T::sin(T::atan2(h3[n * 2 % 4].hypot(T::from(0.47).unwrap()), s4) * T::from(0.48).unwrap())
        * T::from(0.9).unwrap())
    .asin()
}

#[differentiable]
pub fn gen_230<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = (T::hypot(x, T::from(0.29).unwrap()) + T::from(1.31).unwrap()).acosh();
    }
    let y = y
        * ((w[n * 3 % 4] / y.hypot(T::from(0.47).unwrap())
            * (T::from(-1.3).unwrap() * T::from(3).unwrap())
            * T::from(0.09).unwrap())
        .sin()
            * T::from(3.0).unwrap());
    {
        let mut h3 = [T::one(); 4];
        for i4 in 0..4 {
            h3[i4] = T::tanh(w[i4]);
        }
        let a5 = if !(w[0] <= T::from(0.59).unwrap() && y > T::from(-1.16).unwrap()) {
            return (y + x).atan();
        } else {
            y.hypot(h1[n % 4].abs() + T::from(0.31).unwrap())
                + x / (T::abs(h3[n * 3 % 4]) + T::from(0.48).unwrap())
        };
    }
    let mut s6 = (gen_134(
        x.sin(),
        (T::sinh(T::from(1.74).unwrap()) * T::from(0.54).unwrap()).sin() * T::from(2.0).unwrap(),
        &h1,
        n,
    ) * T::from(0.28).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let a7: T = y;
    let mut h8 = [T::one(); 4];
    for i9 in 0..4 {
        h8[i9] = (T::powi((w[(i9 + 3) % 4] - a7).atan() * T::from(1.57).unwrap(), 3)
            * T::from(0.13).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    s6 = ((s6 * h1[1]
        + s6 / (((a7 * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
            + T::from(0.36).unwrap()))
        * T::from(0.08).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    let mut s10 = gen_220(
        T::tanh(h8[1].max(h8[n % 4]) * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::from(OFFSET).unwrap().ceil(),
        &h1,
        n,
    );
    let s6 = T::from(0).unwrap();
    let mut s11 = T::cos(h8[n * 2 % 4].exp_m1());
    let a12: T = ((T::sin((s10 + s10) * T::from(0.12).unwrap())
        * T::from(3.0).unwrap()
        * T::from(0.5).unwrap())
    .tanh()
        * T::from(3.0).unwrap())
    .sinh();
    T::asin(T::sin(h1[3] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).exp_m1()
}

#[differentiable]
pub fn gen_231<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = (w[n % 4] + w[n % 4])
        * gen_230(
            T::tanh(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::atan(w[n % 4]) * T::from(1.26).unwrap(),
            w,
            1,
        );
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = ((h1[(i2 + 1) % 4] + x) * T::from(0.15).unwrap()).sin() * T::from(2.0).unwrap();
    }
    let a4 = {
        let mut s3 = ((T::from(1.76).unwrap() - x - (y + T::from(std::f64::consts::PI).unwrap()))
            * T::from(0.13).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        (T::sin(T::from(1.72).unwrap() * s3 * T::from(0.44).unwrap()) * T::from(3.0).unwrap())
            .sinh()
    };
    for i5 in 0..4 {
        if n % 2 > 1 {
            continue;
        }
        if -a4
            <= T::from(0.29).unwrap()
                % (T::from(1.0).unwrap() + w[0].sin() + T::from(0.69).unwrap())
        {
            let mut s6 = (((T::abs((x * T::from(0.18).unwrap()).tanh() * T::from(3.0).unwrap())
                + T::from(0.55).unwrap())
            .sqrt()
                * T::from(0.83).unwrap())
            .sin()
                * T::from(0.9).unwrap())
            .asin();
            let i5 = T::atan(
                T::from(i5).unwrap()
                    * ((y + w[0])
                        % ((h1[3 - i5] / T::from(0.82).unwrap()).abs() + T::from(0.56).unwrap())
                        * T::atan2(
                            a4 + T::from(-0.29).unwrap(),
                            T::cosh(
                                (h1[3 - i5] * s6 * T::from(0.37).unwrap()).sin()
                                    * T::from(3.0).unwrap(),
                            ),
                        )),
            ) * T::from(3.78).unwrap();
            let s6 = s6 * (T::from(1.09).unwrap() - T::zero() * y);
        } else if !(i5 > 1 && y <= x) {
            let a7 = x;
            let mut h8 = [T::zero(); 4];
            for i9 in 0..4 {
                h8[i9] = ((w[i9] + x) * h1[i5 * 3 % 4]).atan() * T::from(1.26).unwrap();
            }
            let a10 = T::abs(h1[2]) * (T::from(i5).unwrap() + h1[i5 * 3 % 4]);
        }
        let mut k11: usize = n;
    }
    let a12: T = T::cosh((a4 * T::from(0.15).unwrap()).sin() * T::from(3.0).unwrap());
    let mut x = ((x
        + ((x * T::from(0.18).unwrap()).tanh() * T::from(1.2).unwrap())
            .tan()
            .ceil())
        * T::from(0.15).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    (((T::from(1.0).unwrap()
        + T::sin(T::atan(w[n % 4].abs()) * T::from(1.26).unwrap())
        + T::from(0.22).unwrap())
    .powf(
        (a12.max(T::from(SCALE).unwrap()) * T::from(0.15).unwrap()).sin() * T::from(2.0).unwrap(),
    ) * T::from(0.07).unwrap())
    .tanh()
        * T::from(4.0).unwrap()
        * a4)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_232<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a6 = if T::from((n * 3 % 9) as f64).unwrap()
        > ((T::from((n * 2) as f64).unwrap() * T::from(0.19).unwrap()).tanh()
            * T::from(0.9).unwrap())
        .atanh()
    {
        let x = T::one().log10().powi(1);
        for (_, &v1) in w.iter().enumerate() {
            let a3: T = (x.powi(2) + T::from(0.47).unwrap()).recip()
                / -(T::from(1.0).unwrap() + T::sin(v1 - x) + T::from(0.3).unwrap());
            let mut h4 = [T::zero(); 4];
            for i5 in 0..4 {
                h4[i5] = (T::tanh(T::from(-0.71).unwrap()) + v1).atan() * T::from(1.26).unwrap();
            }
        }
        T::from(-1.23)
            .unwrap()
            .min(T::from(OFFSET).unwrap() + w[n * 2 % 4])
    } else {
        T::from(-0.53).unwrap()
    };
    let a9 = if !(T::from(n).unwrap() <= T::from(0.42).unwrap() && n % 2 != 3) {
        let mut k7: usize = n * 3 % 5;
        {
            let mut s8 = T::zero();
            if !(T::from((n * 3 % 9) as f64).unwrap() <= T::from(-0.89).unwrap()
                && T::sinh(y)
                    % (T::from(1.0).unwrap()
                        + w[(n + k7) % 4].min(T::from((n + k7) as f64).unwrap()).sin()
                        + T::from(0.89).unwrap())
                    < w[n * 2 % 4] % (T::abs(y) + T::from(0.83).unwrap()))
            {
                s8 = ((s8
                    + gen_225(
                        T::tanh(w[1] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        (y.powi(2) + T::from(0.6).unwrap()).recip(),
                        w,
                        (n + 2) % 5,
                    )
                    .cosh()
                    .sqrt())
                    * T::from(0.46).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
        }
        y / a6 * (T::from(-1.55).unwrap() * w[k7 * 3 % 4])
    } else {
        T::max(x, w[n % 4])
            + x.hypot(T::from(1.0).unwrap() + T::tanh(w[(n + 2) % 4]) + T::from(0.64).unwrap())
    };
    let mut s10 = ((((((a9.round() * T::from(0.12).unwrap()).sin() * T::from(6.0).unwrap())
        .max(-a9)
        * T::from(0.13).unwrap())
    .sin()
        * T::from(3.0).unwrap())
    .abs()
        + T::from(0.34).unwrap())
    .log(T::from(1.0).unwrap() + x.tanh() + T::from(1.61).unwrap())
        * T::from(0.62).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    w[n * 2 % 4] + x
}

#[differentiable]
pub fn gen_233<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::powf(
        ((y / T::from(-0.9).unwrap() * T::from(0.67).unwrap()).tanh() * T::from(2.0).unwrap())
            .hypot(T::from(0.65).unwrap()),
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
    );
    for i2 in (1..n).step_by(2) {
        if (x * w[i2 * 3 % 4]).floor() > a1 + x {
            return T::from(SCALE).unwrap() + a1;
        }
        if w[n * 2 % 4] < -x {
            return w[n % 4];
        }
        let a3: T = (x - T::one()) * w[i2]
            - ((gen_131(
                T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                (n + 2) % 5,
            ) * T::from(0.37).unwrap())
            .tanh()
                * T::from(0.9).unwrap())
            .asin();
        if n % 3 < 2
            && T::hypot(a1.signum(), a1.ln_1p())
                <= gen_220(
                    T::atan(w[(i2 + n) % 4]) * T::from(1.26).unwrap(),
                    T::from(1.16).unwrap(),
                    w,
                    1,
                )
        {
            let a4 = gen_101(
                ((x - T::from(-1.28).unwrap()) * T::from(0.46).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                (a1 * T::from(0.41).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            );
            let mut h5 = [T::zero(); 4];
            for i6 in 0..4 {
                h5[i6] = (a1
                    % (T::from(1.0).unwrap()
                        + ((a3 * T::from(0.22).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                        + T::from(0.8).unwrap())
                    * T::from(0.54).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            }
            if i2 % 2 > 3 {
                break;
            }
        }
    }
    T::atan((x - T::from(0.56).unwrap() + y) * y) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_234<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = 3;
    let a2 = w[(n + k1) % 4] * w[0] % T::hypot(w[(n + 2) % 4].min(x), T::from(0.9).unwrap())
        - gen_2(
            (T::ceil(w[n % 4]) * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
            (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.17).unwrap())
                .log(T::from(2.23).unwrap()),
            w,
            3,
        );
    let a6 = {
        for _ in 0..n {
            let a4: T = x;
        }
        let mut s5 = x;
        gen_142(
            (T::atan(y) * T::from(0.5).unwrap()).ln_1p(),
            T::from(core::f64::consts::LN_2).unwrap(),
            w,
            (n + 2) % 5,
        ) + T::log(
            T::from(1.0).unwrap()
                + ((T::from(2).unwrap()
                    / -(T::from(1.0).unwrap()
                        + T::tanh(w[(n + k1) % 4])
                        + T::from(0.59).unwrap())
                    * T::from(0.47).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                .tanh()
                + T::from(0.54).unwrap(),
            (T::sin(w[k1 % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap())
                .asin()
                .powi(2)
                + T::from(2.0).unwrap(),
        )
    };
    for i7 in 0..n {
        let mut s8 = a2.tanh();
        if w[n % 4].cosh().log2()
            - gen_3(
                T::from(1.9).unwrap(),
                (w[i7 * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                i7,
            )
            < T::from(-1.07).unwrap()
        {
            let a9 = (((w[2] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                .atanh()
                .powi(2)
                + T::from(0.28).unwrap())
            .ln();
            if (a6 + w[k1 * 2 % 4]) / T::cosh(a9.min(T::from(0.49).unwrap()))
                > T::from(-0.56).unwrap()
            {
                return ((T::from(1.4).unwrap() * T::zero() + T::from(4).unwrap())
                    / ((T::from(-0.52).unwrap()
                        % (T::from(1.0).unwrap() + w[i7].tanh() + T::from(0.48).unwrap()))
                    .hypot(T::from(0.37).unwrap())
                    .log10()
                    .powi(2)
                        + T::from(0.47).unwrap())
                    * T::from(0.19).unwrap())
                .tanh()
                    * T::from(6.0).unwrap();
            }
        } else {
            s8 = ((a6 * (y + T::from(-1.87).unwrap())).atan() * T::from(2.52).unwrap()
                + w[0]
                    % (((s8 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
                        + T::from(0.85).unwrap())
                    * (((a2 * T::from(0.21).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
                        + T::from(0.55).unwrap())
                    .ln())
            .atan()
                * T::from(3.78).unwrap();
        }
    }
    ((T::from(0.03).unwrap()
        + T::tanh(
            a6 / -(T::from(1.0).unwrap()
                + ((a2 * T::from(0.21).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.45).unwrap())
                * T::from(0.1).unwrap(),
        ))
        * a6
        * y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_235<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::atan(x) % T::exp(T::from(1.89).unwrap() * T::from(OFFSET).unwrap()) < w[n % 4].asinh() {
        let a1 = (T::from(1.0).unwrap() + w[(n + 2) % 4].tanh() + T::from(0.51).unwrap()).log10()
            / (T::from(1.84).unwrap() + T::from(0.96).unwrap());
        for i2 in (0..4).step_by(2) {
            if i2 % 2 != 1 {
                break;
            }
            let mut s3 = T::tanh(w[(i2 + n) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
            let mut k4: usize = 0;
            loop {
                if k4 >= 5 {
                    break;
                }
                k4 += 1;
                s3 = (s3 * T::from(0.61).unwrap()
                    + ((T::from(1.0).unwrap()
                        + T::tanh(
                            ((T::from(-1.32).unwrap() + x) / (-y.cosh()).cbrt()
                                * T::from(0.45).unwrap())
                            .sin()
                                * T::from(3.0).unwrap(),
                        )
                        + T::from(0.5).unwrap())
                        * T::from(0.6).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap())
                .atan()
                    * T::from(1.26).unwrap();
                if T::floor(s3) / (T::from(1.0).unwrap() + y.abs().sin() + T::from(0.27).unwrap())
                    > w[n % 4] * w[i2]
                {
                    return w[n % 4] * -w[(i2 + n) % 4];
                }
                let mut k5: usize = i2;
                if s3 > w[i2 * 3 % 4] + T::exp(a1) {
                    break;
                }
            }
        }
    } else {
        let mut k6: usize = n % 4;
        let a7 = y * T::one();
    }
    let a9 = if x * x
        + gen_228(
            T::from(-1.02).unwrap(),
            x.atan() * T::from(1.26).unwrap(),
            w,
            1,
        )
        >= T::from(0.43).unwrap()
    {
        w[1]
    } else {
        let a8 = w[(n + 3) % 4] * (w[n * 2 % 4] - (w[n % 4] + T::one()));
        ((a8 - (T::from(n as f64).unwrap() * a8).atan() * T::from(2.52).unwrap())
            * T::from(0.11).unwrap())
        .sin()
    };
    let y = y + T::powi(y, 2);
    let mut s10: T = ((((y + T::from(n * 3 % 9).unwrap()) * T::from(0.11).unwrap()).sin()
        * T::from(6.0).unwrap())
    .atan()
        * T::from(0.5).unwrap())
    .ln_1p();
    s10 = (s10
        * (gen_48(
            (gen_161(
                T::atan(s10) * T::from(1.26).unwrap(),
                w[n % 4].atan() * T::from(1.26).unwrap(),
                w,
                n,
            ) * T::from(0.27).unwrap())
            .tanh()
                * T::from(2.0).unwrap(),
            T::tanh(
                (T::abs((y * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap())
                    + T::from(0.62).unwrap())
                .atan2(T::from(-0.18).unwrap())
                    * T::from(0.48).unwrap(),
            ) * T::from(2.0).unwrap(),
            w,
            4,
        ) + w[n % 4]))
        .atan()
        * T::from(1.89).unwrap();
    let mut s11 =
        (T::from((n * 2) as f64).unwrap() * T::from(0.19).unwrap()).sin() * T::from(6.0).unwrap();
    let mut s12 = T::from(-0.38).unwrap().sin();
    ((T::from(1.57).unwrap() - w[n * 2 % 4] + -s11) * T::from(0.16).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_236<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = y;
    let a2 = if gen_223(
        T::tanh(w[3] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::from(1.03).unwrap(),
        w,
        n,
    )
    .tanh()
        > T::from(-1.96).unwrap()
    {
        w[n % 4] / x.cosh()
            % (T::from(1.0).unwrap()
                + T::log2(T::from(0.92).unwrap()).sin()
                + T::from(0.84).unwrap())
    } else {
        return T::from(0.09).unwrap()
            - w[0]
            - T::atan(
                T::from(n * 2).unwrap()
                    / (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.28).unwrap()),
            ) * T::from(1.26).unwrap();
    };
    let a4 = {
        let a3 = (a1 + x) * T::from(-0.49).unwrap();
        ((y.min(w[n * 2 % 4]) * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
    };
    if n % 2 > 1 {
        return a2;
    }
    let mut h5 = [T::zero(); 4];
    for i6 in 0..4 {
        h5[i6] = ((w[(n + i6) % 4] - T::zero().acos()) * T::from(0.42).unwrap()).tanh()
            * T::from(2.0).unwrap();
    }
    let mut h7 = [T::zero(); 4];
    for i8 in 0..4 {
        h7[i8] = (T::acos(T::from(0.1).unwrap()) * T::from(1.48).unwrap() * T::from(0.69).unwrap())
            .tanh()
            * T::from(2.0).unwrap();
    }
    let y = y
        * (T::acos(
            T::tanh(
                h7[(n + 2) % 4] / -(T::from(1.0).unwrap() + a4.tanh() + T::from(0.44).unwrap())
                    * T::from(0.36).unwrap(),
            ) * T::from(0.9).unwrap(),
        )
        .atan()
            * T::from(1.26).unwrap())
        .powf(
            ((a2 - T::from(-1.3).unwrap() + T::from(-0.67).unwrap().asin())
                * T::from(0.58).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
        );
    ((T::acos(
        ((h5[n % 4] + h7[(n + 3) % 4]) * T::from(0.37).unwrap()).tanh() * T::from(0.9).unwrap(),
    ) + a2
        + a2)
        * T::from(0.23).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_237<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let a2: T = T::exp(T::atan(T::from(n as f64).unwrap() + x) * T::from(1.57).unwrap());
    {
        let a3 = if T::hypot(T::from(1.8).unwrap(), T::from(0.24).unwrap()).floor()
            >= T::from(0.97).unwrap()
            && T::from(3).unwrap() * T::from(OFFSET).unwrap() * -y
                >= T::tanh(
                    ((a2 * T::from(0.17).unwrap()).sin() * T::from(2.5).unwrap()).powi(3)
                        * T::from(0.1).unwrap(),
                ) {
            w[0]
        } else {
            gen_75(T::from(0.51).unwrap(), T::from(0.75).unwrap(), w, n).sin()
        };
    }
    if ((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap()).exp_m1()
        % T::from((n + 1) as f64)
            .unwrap()
            .signum()
            .hypot(T::from(0.52).unwrap())
        > a2 + T::from(-1.12).unwrap()
    {
        let mut a2 = T::sin(a2 * y.tanh().abs() * T::from(0.17).unwrap()) * T::from(2.0).unwrap();
    }
    s1 = ((s1 - (x / x.cosh()).max(T::from(-0.82).unwrap().hypot(T::from(0.32).unwrap()).log2()))
        * T::from(0.37).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    let mut h4 = [T::one(); 4];
    for i5 in 0..4 {
        h4[i5] = (-gen_224(
            w[n % 4].atan() * T::from(1.26).unwrap(),
            s1.atan() * T::from(1.26).unwrap(),
            w,
            (i5 + n) % 5,
        ) * T::from(0.44).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    s1 = (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap();
    let a2 = T::from(-1.81).unwrap() * (w[0] - h4[n * 3 % 4]);
    ((gen_225(
        ((h4[n * 3 % 4] + a2) * T::from(0.16).unwrap()).sin() * T::from(2.0).unwrap(),
        ((h4[2] + y) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        n * 2 % 5,
    ) + s1)
        * y)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_238<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if y * w[n % 4]
        * gen_230(
            x.atan() * T::from(1.26).unwrap(),
            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        )
        >= T::from(-1.49).unwrap()
        && n % 2 == 0
    {
        let k1 = n;
    }
    let mut s2 = (T::acos((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap())
        / -(((x / (y.abs() + T::from(0.39).unwrap()) * T::from(0.29).unwrap()).tanh()
            * T::from(3.0).unwrap())
        .powi(2)
            + T::from(0.28).unwrap()))
    .atan()
        * T::from(1.89).unwrap();
    let mut k3: usize = 0;
    loop {
        if k3 >= 2 {
            break;
        }
        k3 += 1;
        s2 = ((s2
            + ((T::from(1.0).unwrap()
                + T::tanh((s2 - w[(n + 2) % 4].atan()).atan() * T::from(1.89).unwrap())
                + T::from(0.51).unwrap())
                * T::from(0.6).unwrap())
            .sin()
                * T::from(2.0).unwrap())
            * T::from(0.3).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
        let mut s4 = (w[n % 4] * (T::from(OFFSET).unwrap() + s2)).atan() * T::from(1.26).unwrap();
        s4 = T::atan(s4 * w[n % 4]) * T::from(1.26).unwrap();
        if w[n % 4].cosh() + w[n % 4] < T::from(1.46).unwrap() {
            break;
        }
        if n % 2 != 2 {
            break;
        }
    }
    let a5 = {
        let mut k3 =
            T::sin(T::from(k3).unwrap() * ((x - w[n * 3 % 4]) * w[1]) * T::from(0.09).unwrap())
                * T::from(2.0).unwrap();
        T::powf(
            (T::tanh((T::from(-0.73).unwrap() - s2) * T::from(0.4).unwrap())
                * T::from(2.0).unwrap())
            .hypot(T::from(0.25).unwrap()),
            T::zero(),
        ) - T::from(-0.08).unwrap().exp().log10()
    };
    let mut a5 = T::tanh(
        w[(n + 3) % 4] / a5 / (T::from(1.0).unwrap() + w[k3].tanh() + T::from(0.44).unwrap())
            * T::from(0.37).unwrap(),
    ) * T::from(3.0).unwrap();
    let a6: T = T::cbrt(T::from(1.0).unwrap() + w[3].sin() + T::from(0.68).unwrap()).log(
        (T::atan(gen_224(
            (s2 * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
            T::from(-1.35).unwrap(),
            w,
            n,
        )) * T::from(1.89).unwrap())
        .powi(2)
            + T::from(1.75).unwrap(),
    );
    T::from(-1.62).unwrap().atan()
}

#[differentiable]
pub fn gen_239<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if T::ceil(
        (((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
            + T::from(0.22).unwrap())
        .recip(),
    ) <= w[n * 3 % 4]
    {
        let a3 = if y > T::from(-0.02).unwrap()
            && y % y.cosh() + x / T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
                >= T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap() + x
        {
            (T::from(0.33).unwrap()
                % (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.65).unwrap()))
            .atanh()
        } else if T::from(SCALE).unwrap().ln()
            / (T::tanh(
                x / (T::from(1.0).unwrap() + w[0].sin() + T::from(0.34).unwrap())
                    * T::from(0.25).unwrap(),
            ) * T::from(3.0).unwrap())
            .hypot(T::from(0.25).unwrap())
            <= x % (T::from(1.0).unwrap() + y.tanh() + T::from(0.47).unwrap())
        {
            let a1 = (-T::from(0.86).unwrap()).cbrt();
            T::from((n * 3 % 9) as f64)
                .unwrap()
                .atan2(y.powi(2) + T::from(0.64).unwrap())
        } else {
            let a2 = w[n * 3 % 4];
            -T::from(n).unwrap() - (y - x)
        };
        let k4 = n;
    }
    let a10 = {
        if (T::from(1.0).unwrap()
            + (T::atan(w[2] - x) * T::from(1.89).unwrap()).tanh()
            + T::from(0.56).unwrap())
        .hypot(w[(n + 1) % 4])
            <= T::from(-1.76).unwrap()
        {
            for i5 in 0..n {
                let mut s6: T = (-(T::exp2(x)
                    * (T::from(1.0).unwrap()
                        + T::tanh(
                            (w[(i5 + 1) % 4] * T::from(0.75).unwrap()).sin()
                                * T::from(2.0).unwrap(),
                        )
                        + T::from(0.4).unwrap())
                    .powf(T::one())))
                .atan()
                    * T::from(2.52).unwrap();
                s6 = (s6
                    * (T::from(0.72).unwrap().tanh() + T::one().sin())
                    * T::from(0.23).unwrap())
                .tanh()
                    * T::from(4.0).unwrap();
            }
        } else if n % 2 != 2 {
            let mut s7 = w[(n + 2) % 4] - T::from(-1.7).unwrap().cos();
            let mut s8 =
                T::atan(T::from(n * 2).unwrap() * T::one() * x.exp2()) * T::from(1.26).unwrap();
        } else {
            let a9 = T::sin(x / T::cosh(w[n % 4]));
        }
        w[(n + 2) % 4].sinh()
    };
    (w[n % 4].powi(2) + T::from(0.62).unwrap())
        .log10()
        .mul_add(T::from(-0.85).unwrap(), w[n % 4])
        + y
}

#[differentiable]
pub fn gen_240<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n;
    {
        let mut x = T::from(1.45).unwrap();
        let mut k1 = (T::from(k1).unwrap() * w[(k1 + 1) % 4] * T::from(0.19).unwrap()).tanh()
            * T::from(3.0).unwrap();
        x = (y + k1).tanh();
    }
    if T::from(-1.21).unwrap() / T::cosh(w[2]) > T::from(1.47).unwrap() {
        if n % 2 < 1 && T::one().signum() - T::from(SCALE).unwrap().asin() < T::sinh(y) {
            let mut h2 = [T::from(0.94).unwrap(); 4];
            for i3 in 0..4 {
                h2[i3] = x.atan() * T::from(1.26).unwrap();
            }
        } else {
            let mut h4 = [T::zero(); 4];
        }
    } else {
        let a5 = (T::from(1).unwrap() - w[3])
            / -((T::powi(y, 2) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).cosh();
    }
    T::hypot(-w[(n + k1) % 4], T::from(0.84).unwrap()).ln()
}

#[differentiable]
pub fn gen_241<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::asinh(T::exp(w[n % 4]));
    let a2: T = (T::abs(w[n % 4]) + T::from(1.61).unwrap()).acosh().ceil();
    let a3 = w[n % 4];
    let a4 = a1 - -(w[(n + 3) % 4] - T::from(n as f64).unwrap());
    let a5 = if T::from(1.88).unwrap() * w[0]
        / ((w[n * 3 % 4] + T::from(core::f64::consts::LN_2).unwrap()).abs()
            + T::from(0.39).unwrap())
        < w[n * 3 % 4]
    {
        T::from(n).unwrap()
    } else {
        a3 * T::from(SCALE).unwrap()
    };
    {
        let a8 = {
            let a7 = {
                let a6 = if (T::abs(
                    ((w[n % 4] - w[2]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap(),
                ) + T::from(0.45).unwrap())
                .hypot(T::from(1.97).unwrap() * a2)
                    >= w[n % 4]
                {
                    w[n * 2 % 4]
                        * T::from(-1.1).unwrap()
                        * (T::from(1.0).unwrap()
                            + (a5.atan() * T::from(1.89).unwrap()).sin()
                            + T::from(0.59).unwrap())
                        .atan2(a1)
                } else if a1 <= a4 - y {
                    w[n % 4]
                } else {
                    T::abs(a1).max(-a1)
                };
                let a2 = T::tanh(a2);
                (a6 - a1).asinh()
            };
            T::log10(T::sin(w[n % 4]).cosh()) * w[1].abs()
        };
        let a9 = gen_229(
            T::from(1).unwrap(),
            (a2 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n,
        ) + T::tan((a2 * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap());
        let a10 = (a5 - T::from(4).unwrap())
            .atan2(w[(n + 1) % 4].hypot(T::from(0.62).unwrap()).sqrt())
            .atan();
    }
    ((T::sqrt(T::from(1.94).unwrap().abs()) * a4 + a1) * T::from(0.16).unwrap()).tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_242<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n % 2 == 0 {
        let mut s1 = T::sin(x * (T::from(n).unwrap() * x) * T::from(0.09).unwrap());
        if n < 3 {
            let a2 = gen_132(
                s1.cosh().log(
                    T::from(0.59).unwrap().hypot(T::from(0.73).unwrap()) + T::from(1.03).unwrap(),
                ),
                w[n % 4] % T::from(1.51).unwrap(),
                w,
                n,
            );
        } else if s1.floor() * (x * T::from(0.64).unwrap()) <= s1 - T::from(SCALE).unwrap() {
            s1 = ((T::from(1.55).unwrap() + x) * s1 * T::from(0.21).unwrap()).tanh()
                * T::from(2.0).unwrap();
            let a3 = T::from(-0.16).unwrap() * y / -(w[n % 4].powi(2) + T::from(0.41).unwrap())
                + ((y
                    % (T::from(1.0).unwrap()
                        + T::from(-1.1).unwrap().sin()
                        + T::from(0.75).unwrap())
                    * T::from(0.75).unwrap())
                .sin()
                    * T::from(1.2).unwrap())
                .tan();
        }
    } else {
        let mut y = ((y
            + (T::from(1.0).unwrap()
                + T::tanh((y.exp() * T::from(0.2).unwrap()).tanh() * T::from(3.0).unwrap()))
            .sqrt())
            * T::from(0.44).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
    }
    T::from(0.99).unwrap()
}

#[differentiable]
pub fn gen_243<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = x * w[n * 3 % 4] + x;
    let a3 = {
        let mut s2 = y;
        s2 = T::atan(s2 + T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
            * T::from(2.52).unwrap();
        T::from(0.21).unwrap()
    };
    let a4: T = y / gen_242(T::from(1.07).unwrap(), a3, w, n);
    let a5: T = gen_207(
        T::atan(T::tanh(w[(n + 3) % 4] * a1 * T::from(0.12).unwrap()) * T::from(3.0).unwrap())
            * T::from(1.26).unwrap(),
        T::atan(w[n % 4]) * T::from(1.26).unwrap(),
        w,
        (n + 1) % 5,
    );
    let mut k6: usize = n;
    let a7: T = T::log10(
        (T::sin((w[(n + 2) % 4] + x) * T::from(0.37).unwrap()) * T::from(3.0).unwrap())
            .hypot(T::from(0.48).unwrap()),
    );
    let k8 = n * 3 % 8;
    let a5 = a5.tanh();
    if (T::from(1.0).unwrap()
        + (T::tanh((w[3] - a1) * T::from(0.19).unwrap()) * T::from(3.0).unwrap()).tanh()
        + T::from(1.27).unwrap())
    .acosh()
        > -w[(k6 + 2) % 4]
    {
        k6 = (k6 + n * 3 % 5) % 7;
        if k6 % 2 % 2 == 0 {
            return a7 / T::from(1.75).unwrap() - y / (y.abs() + T::from(0.48).unwrap());
        }
    } else {
        let a9: T = T::from(1.13).unwrap();
    }
    a4
}

#[differentiable]
pub fn gen_244<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (_, v2) in w.iter().zip(w.iter()) {
        let mut s3 = T::atan2(
            ((T::from(1.15).unwrap() - T::from(std::f64::consts::PI).unwrap())
                .sinh()
                .atan()
                * T::from(1.89).unwrap())
            .abs(),
            T::from(-0.46).unwrap(),
        );
        let a4 = *v2;
        let mut s5 = w[n % 4];
    }
    let a11 = if n % 2 == 0 {
        let a6 = T::from(-1.09).unwrap();
        let mut s7: T = T::from(1.8).unwrap();
        x + y
    } else {
        let a8: T = T::from(1.52).unwrap();
        let a10 = if a8 > T::from(-0.21).unwrap() {
            T::log2(w[n % 4].trunc().hypot(T::from(0.36).unwrap()))
        } else {
            let mut s9 = T::tanh(T::asinh(y));
            s9 = T::tanh(
                (s9 * (x + T::powi(
                    T::from(1.0).unwrap() + (-x).tanh() + T::from(0.91).unwrap(),
                    -1,
                )) + T::from(n as f64)
                    .unwrap()
                    .hypot(T::from(std::f64::consts::PI).unwrap()))
                    * T::from(0.06).unwrap(),
            ) * T::from(6.0).unwrap();
            a8
        };
        T::sin((w[n * 2 % 4].hypot(T::from(0.41).unwrap()) + T::from(1.2).unwrap()).acosh())
    };
    let a12 = a11 + w[3] + w[n % 4] * w[n % 4];
    let mut s13 = (((-a11 * T::from(0.37).unwrap()).sin() * T::from(3.5).unwrap()).exp2()
        * T::from(0.13).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    ((w[1] + x) * s13 * T::from(0.06).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_245<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut k1: usize = n + 2;
    let mut s2 = T::tanh(w[k1 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    let mut s3: T = (x.atan() * T::from(0.56).unwrap()).asin()
        - w[(n + k1) % 4].hypot(T::from(1.0).unwrap() + s2.tanh() + T::from(0.52).unwrap());
    let a4 = if (s2 * w[(n + 1) % 4]).signum() > s2 + s3 {
        w[0] + s2
    } else {
        T::cosh(y)
    };
    for i5 in (0..4).rev() {
        s3 = ((s3 - w[(n + i5) % 4]) * T::from(0.25).unwrap()).sin() * T::from(4.0).unwrap();
        if T::zero() >= T::from(0.2).unwrap() {
            continue;
        }
        let mut s6 = (((a4 * T::from(0.71).unwrap()
            + gen_234(
                T::from(core::f64::consts::LN_2).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                (n + 3) % 5,
            )
            + ((T::sin(a4 * T::from(0.37).unwrap()) * T::from(2.5).unwrap()).exp()
                * T::from(0.12).unwrap())
            .tanh()
                * T::from(6.0).unwrap()
                * (T::from(1.1).unwrap() * x))
            * T::from(0.07).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
            * T::from(0.42).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    }
    if T::ln(
        T::from(1.0).unwrap()
            + T::tanh(
                (T::sin(w[(n + 3) % 4] * T::from(0.75).unwrap()) * T::from(1.2).unwrap()).tan(),
            )
            + T::from(0.19).unwrap(),
    ) >= y
    {
        if ((T::exp_m1(w[n % 4]) * T::from(0.23).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p()
            <= T::from(-1.19).unwrap()
            || gen_230(
                T::sin(w[(k1 + 3) % 4] / -T::cosh(T::zero()) * T::from(0.75).unwrap())
                    * T::from(2.0).unwrap(),
                T::tanh(
                    w[n * 2 % 4] / -(T::from(1.0).unwrap() + y.sin() + T::from(0.55).unwrap())
                        * T::from(0.41).unwrap(),
                ) * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            ) < w[k1 % 4] - s2
        {
            return ((y - w[n % 4] + y * w[3]) * T::from(0.19).unwrap()).tanh()
                * T::from(6.0).unwrap();
        }
        let mut s7 = T::sin(
            (y - T::from(1.74).unwrap()
                + w[(n + 1) % 4].mul_add(T::from(0.35).unwrap(), a4)
                + y * (T::from(-1.27).unwrap() % x.cosh()))
                * T::from(0.14).unwrap(),
        ) * T::from(2.0).unwrap();
    } else {
        {
            s3 = (s3 * (w[(k1 + 2) % 4] + (w[(n + 1) % 4] - w[(n + k1) % 4])) + a4).atan()
                * T::from(2.52).unwrap();
        }
    }
    let mut k8: usize = (k1 + 1) % 7;
    let mut s9 = T::from(1.36).unwrap().cosh().log10()
        - ((w[n % 4].powi(2) + T::from(0.52).unwrap()).ln()
            - ((w[(k8 + k1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).atanh());
    s2 = T::atan(s2 - T::from(0.47).unwrap()) * T::from(1.26).unwrap();
    ((gen_244(
        (w[(n + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(a4 * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
        w,
        4,
    ) / (T::from(1.0).unwrap()
        + T::tanh(T::atan(T::zero() - T::from(n * 2).unwrap()) * T::from(1.89).unwrap())
        + T::from(0.57).unwrap())
        + x)
        * s3)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_246<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::floor(T::from(SCALE).unwrap() + y);
    for (i3, _) in w.iter().enumerate() {
        let mut s4 = T::from(1.64).unwrap().trunc().recip();
        let mut k5: usize = 0;
        loop {
            if k5 >= 4 {
                break;
            }
            k5 += 1;
            s4 = ((s4
                + ((T::from(1.0).unwrap()
                    + T::tanh(
                        ((T::from(n as f64).unwrap() + s4) * T::from(0.19).unwrap()).tanh()
                            * T::from(3.0).unwrap(),
                    )
                    + T::from(0.42).unwrap())
                    * T::from(0.62).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                * T::from(0.26).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            s4 = (s4
                * (x + (w[(n + i3) % 4] * w[n * 2 % 4] - w[i3].exp2()))
                * T::from(0.04).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
            if s4 > s1.min(T::one()).signum() {
                break;
            }
        }
        s4 = w[n % 4];
    }
    s1 = ((s1
        + (w[n % 4]
            - ((w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).acos()))
        * T::from(0.2).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    s1 = ((s1 - T::zero()) * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap();
    (x.sinh() * s1 + s1).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_247<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = (T::from(1.0).unwrap()
        + (((x + y) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
        + T::from(0.34).unwrap())
    .sqrt();
    let mut s2 = w[n % 4];
    let x = T::atan(x * s2) * T::from(3.78).unwrap();
    let a3 = (x + s2 - (T::from(n).unwrap() + w[1])).atan() * T::from(3.78).unwrap();
    let a4 = if ((w[3] - s2).atan() * T::from(0.5).unwrap()).ln_1p() >= T::from(-0.13).unwrap() {
        a3
    } else {
        s2 + (T::from(SCALE).unwrap().ln().powi(2) + T::from(0.2).unwrap())
            .powf((T::from(n).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap())
    };
    let mut s5 = (T::sin(w[n % 4] * -s2 * T::from(0.12).unwrap())
        * T::from(6.0).unwrap()
        * T::from(0.25).unwrap())
    .sin()
        * T::from(4.0).unwrap();
    let y = T::from(n).unwrap() * T::from(0.65).unwrap()
        + T::from(n).unwrap() * T::from(-0.82).unwrap();
    for _ in (0..4).step_by(2) {
        let a9 = {
            let a7 = T::zero();
            let a8 = T::floor(T::from(3).unwrap())
                / -(((w[n % 4].min(a3) * T::from(0.26).unwrap()).sin() * T::from(3.0).unwrap())
                    .abs()
                    + T::from(0.66).unwrap());
            T::sinh(T::from(2).unwrap().asinh())
        };
        s2 = ((s2
            + ((T::tanh(s5 * T::from(0.37).unwrap()) * T::from(0.9).unwrap()).acos()
                + T::from(1.58).unwrap().exp())
            .atan())
            * T::from(0.2).unwrap())
        .sin()
            * T::from(6.0).unwrap();
    }
    ((((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
        + T::from(0.7).unwrap())
    .atan2(T::from(3).unwrap())
    .atan()
        * T::from(0.56).unwrap())
    .asin()
}

#[differentiable]
pub fn gen_248<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..n).rev() {
        if !((T::tanh(y * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).asin()
            < T::from(-1.5).unwrap()
            && gen_238(
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::atan(w[n % 4] - x) * T::from(1.26).unwrap(),
                w,
                (i1 + 2) % 5,
            ) < T::from(0.56).unwrap())
        {
            if gen_85(
                T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                (i1 + n) % 5,
            ) < T::exp(y)
            {
                break;
            }
            let a2 = x;
        } else if i1 % 3 < 1
            && x % (T::from(1.0).unwrap() + w[1].tanh() + T::from(0.56).unwrap())
                / -(((x - x) * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                    .hypot(T::from(0.58).unwrap())
                >= y.exp_m1()
        {
            if gen_90(
                x.powi(3).atan() * T::from(1.26).unwrap(),
                T::atan(w[n * 2 % 4] + T::from(SCALE).unwrap()) * T::from(1.26).unwrap(),
                w,
                2,
            ) >= T::from(std::f64::consts::PI).unwrap() * x
            {
                let mut s3 =
                    (-y * (x - w[0]) * T::from(0.19).unwrap()).tanh() * T::from(2.0).unwrap();
            }
        }
    }
    let a4: T = T::signum(y) + (T::from(1.75).unwrap() - x);
    let mut y = T::tanh(y);
    let a5 = (x + T::from(std::f64::consts::PI).unwrap())
        * T::ln(
            T::from(1.0).unwrap()
                + ((y * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).tanh()
                + T::from(0.63).unwrap(),
        );
    let a6 = T::mul_add(a4, T::from(1.19).unwrap() + a5, w[(n + 2) % 4] - w[n % 4]).atan()
        * T::from(3.78).unwrap();
    let mut h7 = [T::from(0.77).unwrap(); 4];
    for i8 in 0..4 {
        h7[i8] = T::tanh(w[0] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
    }
    let a9 = (-(h7[1]
        / (T::from(1.0).unwrap()
            + (y.atan() * T::from(1.89).unwrap()).tanh()
            + T::from(0.43).unwrap()))
        * (-a5 * T::powf(T::from(1.67).unwrap(), T::from(0.55).unwrap()))
        * T::from(0.05).unwrap())
    .tanh()
        * T::from(6.0).unwrap();
    h7[(n + 3) % 4]
}

#[differentiable]
pub fn gen_249<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    {
        let y = y * T::cos(w[n % 4]).atan();
        if (T::from(-1.22).unwrap() * x).max(x.sin()) >= T::from(-0.64).unwrap() {
            return x;
        }
        let mut x =
            T::sin(T::from(n * 2).unwrap() * T::from(0.19).unwrap()) * T::from(3.0).unwrap();
    }
    let mut s1 = -gen_240(
        T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::zero(),
        w,
        n,
    );
    s1 = T::tanh(
        s1 * (T::from(1.0).unwrap()
            + T::tanh(gen_84(
                T::sin(s1 * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            ))
            + T::from(0.41).unwrap())
        .atan2(T::from(-1.0).unwrap() + w[n % 4])
            * T::from(0.24).unwrap(),
    ) * T::from(2.0).unwrap();
    (w[n % 4] + T::from(1.52).unwrap()).ln_1p() * x
}

#[differentiable]
pub fn gen_250<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..4 {
        if y * w[i1] <= T::zero().max(T::from(1.1).unwrap()) {
            let a2 = gen_242(
                (T::abs(w[i1]) + T::from(0.51).unwrap()).log(T::from(3.61).unwrap()),
                (T::cosh(w[n % 4]) * T::from(0.4).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                3,
            );
        } else {
            if (-(T::from(1.0).unwrap() + y.tanh() + T::from(0.27).unwrap()))
                .recip()
                .floor()
                > x - x
            {
                if n % 2 % 2 == 0 {
                    break;
                }
            } else if T::from(0.32).unwrap().ceil() > T::from(1.26).unwrap() {
                if i1 < 1 {
                    return (((y
                        / (T::from(1.0).unwrap()
                            + T::tanh(w[(n + i1) % 4])
                            + T::from(0.56).unwrap()))
                    .atan()
                        * T::from(1.26).unwrap())
                    .powi(2)
                        + T::from(0.33).unwrap())
                    .powf(
                        (w[(n + 1) % 4]
                            % (((T::from((n + 1) as f64).unwrap() * T::from(0.3).unwrap()).sin()
                                * T::from(3.0).unwrap())
                            .powi(2)
                                + T::from(0.91).unwrap())
                            * T::from(0.75).unwrap())
                        .sin()
                            * T::from(2.0).unwrap(),
                    ) % (gen_247(
                        (w[(i1 + 1) % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        (w[(n + 1) % 4] * y).atan() * T::from(1.26).unwrap(),
                        w,
                        (i1 + 2) % 5,
                    )
                    .powi(2)
                        + T::from(0.7).unwrap());
                }
            }
        }
    }
    ((-w[n * 2 % 4]).atan() * T::from(0.56).unwrap()).atanh()
}

#[differentiable]
pub fn gen_251<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (((w[n * 3 % 4] + T::from(-1.87).unwrap()) * T::from(0.39).unwrap()).tanh()
        * T::from(2.0).unwrap())
    .cosh()
    .powf((T::sin(y * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh())
        > T::from(-0.53).unwrap()
    {
        let mut y = y.tanh();
    }
    let a1 = T::from(-0.12).unwrap() * x * w[(n + 2) % 4].exp_m1();
    {
        let mut s2 =
            T::signum((w[n * 2 % 4].powi(2) + T::from(0.35).unwrap()).log(T::from(1.9).unwrap()));
        let mut k3: usize = 0;
        loop {
            if k3 >= 4 {
                break;
            }
            k3 += 1;
            s2 = T::tanh(
                (s2 + ((T::log(
                    ((s2 + T::from(OFFSET).unwrap()).atan() * T::from(1.89).unwrap()).cosh(),
                    T::from(1.0).unwrap()
                        + (T::sin((a1 - s2) * T::from(0.27).unwrap()) * T::from(3.0).unwrap())
                            .sin()
                        + T::from(1.82).unwrap(),
                )
                .atan()
                    * T::from(1.89).unwrap())
                .exp()
                    * T::from(0.14).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                    * T::from(0.26).unwrap(),
            ) * T::from(4.0).unwrap();
            let k4 = n;
            let a5 = y / y.hypot(T::from(0.25).unwrap()) - w[n % 4];
            if s2 > s2 {
                break;
            }
        }
        let s2 = w[n % 4];
    }
    let a6 = if (a1 + x).atan() <= T::from(-0.19).unwrap() {
        y - x - (T::from(0.68).unwrap() - T::from(-1.85).unwrap())
    } else {
        -(T::from(n as f64).unwrap() * y)
    };
    let mut s7 = T::from(-1.65).unwrap()
        % (((T::from((n + 1) as f64).unwrap() + T::from(-1.43).unwrap()) * T::from(0.42).unwrap())
            .sin()
            * T::from(3.0).unwrap())
        .cosh();
    let a8 = (a6.atan() * T::from(0.56).unwrap()).acos().log2();
    s7 = T::tanh(
        (s7 - T::from(1.51).unwrap().max(gen_29(
            (T::from(1.0).unwrap()
                + ((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).sin()
                + T::from(0.6).unwrap())
            .powf(a1)
            .atan()
                * T::from(1.26).unwrap(),
            T::tanh(a1),
            w,
            n,
        ))) * T::from(0.15).unwrap(),
    ) * T::from(4.0).unwrap();
    s7 =
        ((s7 - -gen_90(
            T::tanh(w[n % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::zero(),
            w,
            1,
        )) * T::from(0.16).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    (T::from(-1.41).unwrap().exp() + T::from(0.6).unwrap()).powi(-1) + s7
}

#[differentiable]
pub fn gen_252<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for (i2, v1) in w.iter().enumerate() {
        let mut s3 = y.tanh().tan();
        s3 = w[3].floor() + T::one();
        s3 = (s3
            * (((T::from(i2).unwrap() * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                .hypot(T::from(0.81).unwrap())
                .log10()
                * (T::from(i2).unwrap() - *v1))
            * T::from(0.15).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        let mut h4 = [T::zero(); 4];
        for i5 in 0..4 {
            h4[i5] = ((T::from(1.8).unwrap() + s3) / (T::abs(x) + T::from(0.69).unwrap())).atan()
                * T::from(1.26).unwrap();
        }
    }
    let mut y = T::sin(
        (y + y.hypot(
            T::from(1.0).unwrap()
                + ((T::from((n * 3 % 9) as f64).unwrap().trunc() * T::from(0.19).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .tanh(),
        )) * T::from(0.31).unwrap(),
    ) * T::from(4.0).unwrap();
    let a6 = T::atan(
        (y + y)
            * T::from((n + 1) as f64)
                .unwrap()
                .hypot(T::from(OFFSET).unwrap().cosh()),
    ) * T::from(1.89).unwrap();
    (y * y * T::from(0.09).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_253<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4] + (y + y);
    for i2 in 0..n % 3 + 1 {
        if x < T::acos(T::from(2).unwrap().atan() * T::from(0.56).unwrap()) && n != 2 {
            continue;
        }
        if (T::from(i2 as f64).unwrap().exp()
            / (T::abs(
                T::tanh(T::mul_add(y, y, x) * T::from(0.25).unwrap()) * T::from(3.0).unwrap(),
            ) + T::from(0.22).unwrap())
            * T::from(0.04).unwrap())
        .tanh()
            < y * y
        {
            continue;
        }
    }
    let a3 = y;
    ((a1 + x + a1) * T::from(0.11).unwrap()).tanh() * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_254<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = (((x - w[2]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            .cosh()
            .log10();
    }
    let mut h3 = [T::zero(); 4];
    for i4 in 0..4 {
        h3[i4] = ((y - T::from(0.83).unwrap()) * y.abs() * T::from(0.27).unwrap()).sin()
            * T::from(2.0).unwrap();
    }
    let a5 = {
        h3[n % 4] = h3[n % 4]
            * (T::atan(
                (h1[n * 3 % 4].powi(2) + T::from(0.43).unwrap()).log10()
                    / -(((x * T::from(1.63).unwrap()).atan() * T::from(1.89).unwrap()).abs()
                        + T::from(0.51).unwrap()),
            ) * T::from(0.63).unwrap());
        T::sin(x * y * (x + T::one()) * T::from(0.12).unwrap()) * T::from(2.0).unwrap()
    };
    h1[n % 4] = h1[n % 4] * T::tanh(a5 * T::from(0.75).unwrap());
    let mut a5 =
        T::tanh(a5 * (h1[n % 4] - T::trunc(a5)) * T::from(0.19).unwrap()) * T::from(3.0).unwrap();
    let a6 = gen_242(
        (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        T::from(-1.57).unwrap(),
        &h1,
        n,
    );
    ((T::from(0.84).unwrap() + y - y % (T::from(1.0).unwrap() + y.tanh() + T::from(0.6).unwrap()))
        * y
        * T::from(0.15).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_255<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = ((gen_251(
        x.atan() * T::from(1.26).unwrap(),
        w[n % 4].atan() * T::from(1.26).unwrap(),
        w,
        (n + 3) % 5,
    ) * T::from(0.29).unwrap())
    .tanh()
        * T::from(1.2).unwrap())
    .tan();
    let mut s2 = (T::cosh(
        T::tanh((w[1] - T::from(-1.74).unwrap()) * T::from(0.4).unwrap()) * T::from(3.0).unwrap(),
    ) * T::from(0.2).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    let mut k3: usize = 0;
    loop {
        if k3 >= 5 {
            break;
        }
        k3 += 1;
        s2 = T::atan(
            s2 * T::from(0.82).unwrap()
                + T::atan(T::from(1.0).unwrap() + T::tanh(y) + T::from(0.3).unwrap())
                    * T::from(1.26).unwrap(),
        ) * T::from(2.52).unwrap();
        s1 = ((w[1] + y) * y).atan() * T::from(2.52).unwrap();
        let mut k4: usize = n % 4;
        if (((T::abs(w[n * 2 % 4]) + T::from(0.34).unwrap())
            .atan2(T::one())
            .atan()
            * T::from(1.89).unwrap())
        .abs()
            + T::from(0.69).unwrap())
        .ln()
            > T::from(-0.37).unwrap()
        {
            break;
        }
    }
    s1 = (s1
        * (-(s1 * T::from(-1.19).unwrap())
            - gen_242(
                ((y + w[(n + k3) % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                (s1 * x * T::from(0.19).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            ))
        * T::from(0.07).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    ((gen_241(
        y.atan() * T::from(1.26).unwrap(),
        (s1 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        (n + 3) % 5,
    ) + s2)
        * T::from(0.16).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_256<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if y / x.cosh() * T::from(1.81).unwrap().asinh() > x.asinh() {
        let a1 = if T::from(1.85).unwrap().trunc() + w[n * 3 % 4] < T::from(1.1).unwrap()
            || (y + w[n % 4]) * T::from(1.33).unwrap().cbrt() >= T::from(0.81).unwrap()
        {
            x / (((((((x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).powi(2)
                + T::from(0.62).unwrap())
            .powf(y.atan() * T::from(1.26).unwrap())
                * T::mul_add(y, y, y))
            .atan()
                * T::from(3.78).unwrap()
                * T::from(0.26).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.62).unwrap())
        } else {
            T::powi(T::zero() * y, 2)
        };
        let mut s2 = ((T::powf(
            T::from(1.0).unwrap() + T::from(0.0).unwrap().sin() + T::from(0.49).unwrap(),
            (T::from(n as f64).unwrap() * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
        ) - gen_253(
            (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            y.atan() * T::from(1.26).unwrap(),
            w,
            n * 3 % 5,
        )) * T::from(0.14).unwrap())
        .sin()
            * T::from(6.0).unwrap();
        let mut s3 =
            (T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin() * T::from(2.0).unwrap();
        let mut k4: usize = 0;
        loop {
            if k4 >= 6 {
                break;
            }
            k4 += 1;
            s3 = ((s3
                + ((T::from(1.0).unwrap() + x.sin() + T::from(0.17).unwrap())
                    * T::from(0.69).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.37).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            if T::from(-1.36).unwrap() >= w[n % 4] + x {
                return w[n * 2 % 4] - T::from(2).unwrap();
            }
            if s3 > T::from(0.85).unwrap() * x * w[n * 2 % 4] {
                break;
            }
        }
    }
    let a7 = if gen_246(
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    )
    .cos()
        > -T::from(n).unwrap()
    {
        (T::from(1.0).unwrap() + T::tanh(w[n % 4]) + T::from(0.3).unwrap()).cbrt()
    } else {
        let mut s5 = w[n % 4].min(x) * -T::from(-0.02).unwrap();
        let a6 = T::tanh(T::from(-1.84).unwrap()).exp2();
        y * T::from(-1.25).unwrap()
            / (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.44).unwrap())
    };
    let a8 = y + a7;
    let x = x + T::from(1.68).unwrap().log2();
    let a9 = T::powf(
        T::zero().cosh(),
        T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
    ) - (a8 + w[n * 3 % 4]);
    let mut s10: T = w[1].exp2();
    let a12 = if (s10 * w[n * 2 % 4] * T::from(0.12).unwrap()).sin()
        * T::from(3.0).unwrap()
        * T::from(std::f64::consts::PI).unwrap()
        >= T::from(-1.2).unwrap() / T::from(-0.23).unwrap()
    {
        gen_70(
            T::sin(w[n * 2 % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
            T::atan(T::from(0).unwrap() - w[n % 4]) * T::from(1.26).unwrap(),
            w,
            n,
        )
    } else {
        let s10 = s10.tanh();
        let a11 = T::from(n).unwrap();
        (x.mul_add(a7, a7.cos()) * T::from(0.1).unwrap()).sin() * T::from(2.0).unwrap()
    };
    (w[n % 4] - T::from((n * 2) as f64).unwrap()
        + a12 / -(T::from(1.0).unwrap() + T::zero().sin() + T::from(0.69).unwrap()))
    .atan()
        * T::from(0.63).unwrap()
}

#[differentiable]
pub fn gen_257<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = w[n * 3 % 4];
    {
        let a2 = (T::from(1.0).unwrap()
            + (((T::from(-0.61).unwrap() + a1 - T::cosh(w[n * 3 % 4]).recip())
                * T::from(0.42).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .sin()
            + T::from(0.7).unwrap())
        .powi(-1);
        if y >= T::from(-0.36).unwrap() {
            return a1;
        }
    }
    let mut s3 = gen_242(
        ((y - T::from(-0.35).unwrap()) * T::from(0.64).unwrap()).sin() * T::from(2.0).unwrap(),
        T::tanh((T::one() + w[n % 4]) * T::from(0.5).unwrap()) * T::from(2.0).unwrap(),
        w,
        n,
    );
    s3 + a1
}

#[differentiable]
pub fn gen_258<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a3 = if gen_9(
        T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        T::atan(w[n % 4]) * T::from(1.26).unwrap(),
        w,
        (n + 1) % 5,
    ) - x
        < T::from(1.37).unwrap()
    {
        x
    } else {
        let mut s1 = (gen_251(
            ((T::from(-1.42).unwrap() + w[n % 4]) * T::from(0.44).unwrap()).sin()
                * T::from(2.0).unwrap(),
            ((x + w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
            w,
            n * 3 % 5,
        ) * T::from(0.29).unwrap())
        .sin()
            * T::from(2.0).unwrap();
        let mut k2: usize = 0;
        while s1 < (T::from(-0.28).unwrap() + w[2]) * y.exp2() && k2 < 5 {
            k2 += 1;
            s1 =
                ((s1 - gen_249(
                    (s1 * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                    T::atan(
                        T::from(1.35).unwrap()
                            / (T::from(1.0).unwrap() + x.tanh() + T::from(0.63).unwrap()),
                    ) * T::from(1.26).unwrap(),
                    w,
                    n,
                )) * T::from(0.3).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
            s1 = (T::sin(
                w[n % 4]
                    * (T::from(1.57).unwrap() * w[n % 4])
                    * (y * T::from(-1.37).unwrap()
                        % (T::from(1.0).unwrap() + w[n * 3 % 4].tanh() + T::from(0.51).unwrap()))
                    * T::from(0.1).unwrap(),
            ) * T::from(2.0).unwrap()
                * T::from(0.75).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            s1 = T::tanh(
                (s1 + (T::cosh(-s1) + T::from(0.37).unwrap()).acosh()) * T::from(0.37).unwrap(),
            ) * T::from(2.0).unwrap();
            s1 = ((s1 * T::from(0.79).unwrap()
                + (T::from(1.0).unwrap() + y.tanh() + T::from(0.24).unwrap()).atan()
                    * T::from(1.26).unwrap())
                * T::from(0.5).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
        T::from(SCALE).unwrap()
    };
    T::from(0).unwrap() % T::asinh(T::from(1.08).unwrap())
}

#[differentiable]
pub fn gen_259<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::from(std::f64::consts::PI).unwrap().acosh().recip()
        / (T::from(1.0).unwrap() + x.tanh() + T::from(0.53).unwrap());
    let mut s2: T = (gen_244(
        (s1.mul_add(w[(n + 3) % 4], T::from(-0.06).unwrap()).atan()
            * T::from(2.52).unwrap()
            * T::from(0.4).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        T::sin(
            gen_252(
                T::from(core::f64::consts::LN_2).unwrap(),
                (w[n * 3 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.28).unwrap(),
        ) * T::from(2.0).unwrap(),
        w,
        2,
    ) * T::from(0.28).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let a3 = gen_78(
        T::sin(
            T::from(-0.27).unwrap().sin() / (w[(n + 2) % 4].powi(2) + T::from(0.34).unwrap())
                * T::from(0.51).unwrap(),
        ) * T::from(2.0).unwrap(),
        ((T::from(-1.4).unwrap() + s2) * T::from(0.34).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        0,
    );
    let a4 = ((y * T::from(0.75).unwrap()).sin() * T::from(1.2).unwrap()).tan()
        / (T::from(1.0).unwrap() + T::tanh(w[0] - T::from(0.6).unwrap()) + T::from(0.51).unwrap());
    let mut s5 = (w[n % 4]
        / T::hypot(
            T::atan(y / -(T::from(1.0).unwrap() + T::sin(x) + T::from(0.39).unwrap()))
                * T::from(1.89).unwrap(),
            T::from(0.9).unwrap(),
        )
        * T::from(0.67).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    s5 = (w[n % 4].fract().min(s1 - w[n % 4]) * T::from(0.19).unwrap()).sin()
        * T::from(2.0).unwrap();
    let a6 = (T::one() + s1).cos();
    T::zero()
}

#[differentiable]
pub fn gen_260<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = -gen_256(
        T::one(),
        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n * 2 % 5,
    );
    let a3 = if y.trunc() / (T::from(-0.59).unwrap() + T::from(0.01).unwrap()) >= x + w[n % 4] {
        let a2: T = w[n % 4].sinh();
        s1 = ((s1
            + (gen_100(
                (s1 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                T::from(-1.16).unwrap(),
                w,
                n,
            ) - w[n * 3 % 4].exp2()
                - T::asin(T::from(-0.42).unwrap())))
            * T::from(0.13).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
        T::mul_add(
            T::zero() - w[n % 4],
            T::from(0.97).unwrap(),
            a2 + T::from(1).unwrap(),
        )
    } else {
        return T::from(-1.41).unwrap()
            + T::from(-0.55).unwrap()
            + w[n % 4] / (T::from(1.0).unwrap() + w[n * 2 % 4].tanh() + T::from(0.53).unwrap());
    };
    let mut s4 = gen_246(T::exp(T::zero()).cbrt(), x.cos(), w, n * 2 % 5);
    s1 = T::tanh(
        (s1 - T::atan(
            a3 * -(a3
                % (T::from(1.0).unwrap()
                    + (s1.atan() * T::from(1.89).unwrap()).tanh()
                    + T::from(0.51).unwrap())),
        ) * T::from(1.26).unwrap())
            * T::from(0.19).unwrap(),
    ) * T::from(6.0).unwrap();
    let mut s5 = T::log(
        T::from(1.0).unwrap()
            + (T::tanh(s1 * T::from(0.25).unwrap()) * T::from(3.0).unwrap()).tanh()
            + T::from(0.6).unwrap(),
        (((w[n % 4] - w[n % 4]) * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).cosh()
            + T::from(0.82).unwrap(),
    );
    s1 = T::atan(
        s1 + ((a3 - s5)
            / ((((s4 * s5 * T::from(0.06).unwrap()).tanh()
                * T::from(4.0).unwrap()
                * T::from(0.42).unwrap())
            .sin()
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.35).unwrap())
            * T::from(0.05).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
    ) * T::from(3.78).unwrap();
    let a7 = {
        let a6 = if (w[(n + 2) % 4] - s4).round() > T::from(-1.5).unwrap() {
            (T::abs((y.atan() * T::from(0.75).unwrap()).tan()) + T::from(0.43).unwrap())
                .log(T::from(3.45).unwrap())
        } else {
            x + s5 / T::one()
        };
        T::tanh(
            s4 - T::from(-0.63).unwrap()
                - (-((s4 * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap())
                    .hypot(T::from(0.59).unwrap()))
                .recip(),
        )
    };
    (T::from(1.0).unwrap() + (s1.abs().atan() * T::from(1.89).unwrap()).tanh()).atan2(s1 - w[n % 4])
}

#[differentiable]
pub fn gen_261<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if n != 2 {
        {
            let mut s1 = y;
        }
    }
    let a2 = gen_247(
        T::ln_1p(T::atan(x) * T::from(0.5).unwrap()),
        ((y.hypot(T::from(0.6).unwrap()).hypot(y) - T::from(n).unwrap()) * T::from(0.44).unwrap())
            .tanh()
            * T::from(2.0).unwrap(),
        w,
        (n + 1) % 5,
    );
    let mut s3 = ((a2 * w[n % 4] + (T::from(-0.33).unwrap() - (x + x))) * T::from(0.25).unwrap())
        .tanh()
        * T::from(3.0).unwrap();
    if n % 3 != 2 && n % 2 == 0 {
        s3 = T::tanh((s3 - x * w[n % 4]) * T::from(0.21).unwrap()) * T::from(3.0).unwrap();
        s3 = T::atan(s3 - s3 / T::from(1.32).unwrap() * T::from(std::f64::consts::PI).unwrap())
            * T::from(1.89).unwrap();
    } else if T::from(0).unwrap()
        * (a2
            / (((s3 * T::from(0.5).unwrap()).tanh() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.3).unwrap()))
        < ((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
    {
        let mut s4: T = (((T::from(SCALE).unwrap() - T::from(n).unwrap())
            / (T::from(1.0).unwrap() + T::sin(T::from(-0.1).unwrap()) + T::from(0.27).unwrap()))
        .atan()
            * T::from(2.52).unwrap())
        .atan()
            * T::from(1.26).unwrap();
    }
    w[n % 4].asinh() - w[n % 4]
}

#[differentiable]
pub fn gen_262<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..4 {
        let mut s2 = (((w[i1] * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
            / -(T::zero().powi(2) + T::from(0.39).unwrap())
            * T::from(0.31).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let mut k3: usize = 0;
        while s2
            < (s2.exp_m1().atan() * T::from(1.89).unwrap())
                .hypot(T::from(0.35).unwrap())
                .atan2(x)
            && k3 < 3
        {
            k3 += 1;
            s2 = T::sin(
                (s2 * T::from(0.88).unwrap()
                    + (T::cosh(
                        ((((x - T::from(i1 + 3).unwrap()) * T::from(0.19).unwrap()).tanh()
                            * T::from(3.0).unwrap())
                        .powi(2)
                            + T::from(0.62).unwrap())
                        .ln(),
                    ) * T::from(0.37).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap())
                    * T::from(0.42).unwrap(),
            ) * T::from(2.0).unwrap();
            let a4 = T::from(-0.54).unwrap().hypot(T::from(0.57).unwrap()).log2();
            s2 = T::sin(s2 * T::from(n).unwrap() * T::from(0.19).unwrap()) * T::from(2.0).unwrap();
        }
        let a5 = if n % 2 != 2 {
            T::ln(T::from(1.0).unwrap() + T::cosh(w[n % 4]).ln().sin() + T::from(0.57).unwrap())
        } else if T::max(T::from(-0.23).unwrap().asin(), T::from(0.49).unwrap().ln())
            > gen_137(
                (w[i1] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (w[0] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                2,
            )
        {
            T::exp2(s2)
        } else {
            T::zero()
        };
    }
    let mut s6 = ((T::from(-0.75).unwrap() * w[n * 2 % 4] - (w[n * 3 % 4] - x))
        * T::from(0.27).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    s6 = T::tanh((s6 - w[n * 2 % 4]) * T::from(0.37).unwrap()) * T::from(2.0).unwrap();
    let a7: T = gen_38(T::one(), T::from(-0.36).unwrap(), w, n)
        * (T::zero() / y.hypot(T::from(0.35).unwrap()));
    let k8 = n;
    let a9 = -(w[n % 4].atan() * T::from(0.56).unwrap()).asin();
    s6 = T::sin(
        (T::from(-0.69).unwrap() * w[(k8 + 1) % 4])
            .hypot(T::from(0.94).unwrap())
            .hypot(w[(n + 3) % 4] * a9)
            * T::from(0.7).unwrap(),
    ) * T::from(2.0).unwrap();
    let a11 = {
        let mut s10 = T::sin(w[(k8 + 1) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap();
        w[k8 * 3 % 4]
    };
    T::max(-T::from(-1.87).unwrap(), a7.asin())
}

#[differentiable]
pub fn gen_263<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if !(x < T::zero() && T::from(0).unwrap().atanh().trunc() <= w[n * 3 % 4] * x) {
        if T::from(1.99).unwrap() < T::from(0.65).unwrap().sinh() {
            let a4 = if n % 3 != 1 && n != 3 {
                w[n * 2 % 4].sin() * T::from(0.04).unwrap().max(w[3])
            } else {
                {
                    if (T::tanh(T::from(1.95).unwrap() * T::from(0.77).unwrap())
                        * T::from(0.9).unwrap())
                    .acos()
                        * -x
                        >= T::from(0.75).unwrap()
                    {
                        let a1 = -(T::from(-0.41).unwrap() - y).cos();
                        let a3 = {
                            let a2 = if y > T::from(0.29).unwrap() {
                                T::from(1.15).unwrap().abs() - T::from(-1.63).unwrap().tanh()
                            } else if w[n % 4] >= a1 {
                                ((T::from(0.06).unwrap() * w[n % 4]).powi(2)
                                    + T::from(0.59).unwrap())
                                .log2()
                            } else {
                                T::log(a1.cosh(), T::from(4.19).unwrap())
                                    - gen_253(
                                        (w[2] * T::from(0.75).unwrap()).sin()
                                            * T::from(2.0).unwrap(),
                                        (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                                        w,
                                        n * 3 % 5,
                                    )
                            };
                            T::from(0.39).unwrap()
                        };
                    }
                }
                x + (T::from(1.0).unwrap() + x.tanh() + T::from(0.26).unwrap()).atan2(w[n * 3 % 4])
            };
        }
    }
    T::sin(
        ((y.exp_m1() - (x.cosh() + T::from(0.41).unwrap()).acosh()) * y + x)
            * T::from(0.12).unwrap(),
    ) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_264<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..n).rev() {
        let a2: T = (-T::hypot(
            T::from((n + 2) as f64).unwrap() / T::from(std::f64::consts::PI).unwrap() / (-y).cosh(),
            T::from(0.98).unwrap(),
        ))
        .cbrt();
        let a5 = if x * w[3 - i1].ceil() < T::from(0.11).unwrap() {
            let mut s3 = T::from(0.46).unwrap() + w[0].trunc();
            s3 = (s3
                * w[3 - i1]
                    .sinh()
                    .atan2(w[3].powi(2) + T::from(0.62).unwrap()))
            .atan()
                * T::from(3.78).unwrap();
            x.min(gen_257(
                (T::from(1.05).unwrap() * T::from(4).unwrap() * T::from(0.36).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                (w[n * 2 % 4] * w[(i1 + 2) % 4]).atan() * T::from(1.26).unwrap(),
                w,
                (n + i1) % 5,
            ))
        } else {
            let a4 = (T::from(0.94).unwrap() + T::from(0.69).unwrap())
                * ((T::from(1.07).unwrap() * T::from(1.4).unwrap()).sin() * T::from(0.9).unwrap())
                    .asin();
            gen_161(
                (y / (a4.powi(2) + T::from(0.25).unwrap()) * T::from(0.19).unwrap()).tanh()
                    * T::from(2.0).unwrap(),
                a2,
                w,
                n,
            )
        };
        if i1 % 3 < 1 {
            return T::tanh(
                x.mul_add(a2, T::from(0.06).unwrap())
                    * (y - w[(i1 + n) % 4])
                    * T::from(0.14).unwrap(),
            ) * T::from(6.0).unwrap();
        }
        let a7 = {
            let mut s6 = x;
            T::from(std::f64::consts::PI).unwrap() - (x * w[n % 4] + w[2].tanh())
        };
    }
    (T::exp_m1(T::tanh(x.exp2() * T::from(0.37).unwrap()) * T::from(2.5).unwrap())
        * T::from(0.18).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_265<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let a1: T = ((gen_252(
            T::from(0.4).unwrap(),
            (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            (n + 1) % 5,
        ) * T::from(0.28).unwrap())
        .tanh()
            * T::from(3.0).unwrap())
        .cosh();
        T::abs(-a1)
    };
    {
        let mut h3 = [T::zero(); 4];
        for i4 in 0..4 {
            h3[i4] = (((T::from(1.0).unwrap() + T::zero().sin() + T::from(1.56).unwrap()).acosh()
                - (T::from(1.0).unwrap() + y.tanh() + T::from(0.4).unwrap()).hypot(y))
                * T::from(0.72).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
    }
    let mut k5: usize = n;
    let mut s6 = ((T::tanh(-a2 * w[k5 % 4] * T::from(0.1).unwrap()) * T::from(6.0).unwrap()
        - (y.round() + w[2].abs()))
        * T::from(0.16).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    T::from(-1.52).unwrap().recip() * x
}

#[differentiable]
pub fn gen_266<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x + (T::abs(T::from(0.0).unwrap().sin()) + T::from(0.56).unwrap()).sqrt();
    let mut h1 = [T::zero(); 4];
    let a2 = if !(n % 2 < 3 && T::from(-0.75).unwrap() > T::from(-1.26).unwrap()) {
        T::from(-1.31).unwrap()
    } else {
        T::from(3).unwrap() * -y
    };
    let mut k3: usize = 0;
    if -y - T::from((n + k3) % 9).unwrap() <= T::from(-1.34).unwrap() {
        return ((y
            + w[k3 * 2 % 4]
            + gen_130(
                (h1[(k3 + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                (a2 * T::from(0.25).unwrap()).sin() * T::from(2.0).unwrap(),
                &h1,
                n,
            ))
            * T::from(0.16).unwrap())
        .sin()
            * T::from(6.0).unwrap();
    }
    k3 += n;
    k3 %= 6;
    let mut k4: usize = n;
    let mut h5 = [T::zero(); 4];
    for i6 in 0..4 {
        h5[i6] =
            ((T::from(0).unwrap() * x).hypot(T::from(0.2).unwrap()) + T::from(0.4).unwrap()).log2();
    }
    let mut x = (T::powf(
        T::log2(y.abs() + T::from(0.39).unwrap()).hypot(T::from(0.36).unwrap()),
        w[k3 % 4].sin(),
    ) * T::from(0.54).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    h5[(k4 + 3) % 4] = h5[(k4 + 3) % 4]
        * (((T::sin(
            (w[(n + k3) % 4].powi(4) * T::from(0.09).unwrap()).sin()
                * T::from(3.0).unwrap()
                * T::from(0.5).unwrap(),
        ) * T::from(3.0).unwrap())
        .powi(2)
            + T::from(0.29).unwrap())
        .ln()
            * T::from(0.67).unwrap())
        .tanh();
    (y.signum()
        * (w[(k3 + 2) % 4].cosh() + T::from(0.23).unwrap()).acosh()
        * x
        * a2
        * T::from(0.06).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_267<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((T::from(1.0).unwrap()
        + ((w[n % 4] * y * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
        + T::from(0.25).unwrap())
    .hypot(x * T::one())
        * T::from(0.5).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    let mut k2: usize = 0;
    while s1 < x && k2 < 3 {
        k2 += 1;
        s1 = (s1 * T::from(0.89).unwrap()
            + T::sin(
                (T::from(1.0).unwrap() + x.tanh() + T::from(0.46).unwrap())
                    * T::from(0.62).unwrap(),
            ) * T::from(2.0).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        let a3 = gen_161(
            (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            T::from(1.37).unwrap(),
            w,
            n * 3 % 5,
        ) / T::cosh(x / T::cosh(w[(n + 2) % 4]));
        s1 = (s1 * w[n % 4]).atan() * T::from(1.89).unwrap();
        let a5 = {
            let a4 = if ((a3 * T::from(0.27).unwrap()).tanh() * T::from(3.0).unwrap()).cosh()
                >= T::from(0.56).unwrap()
                || n < 1
            {
                T::from(OFFSET).unwrap() * x + T::zero().powi(3)
            } else if y > T::powf(
                T::from(1.0).unwrap() + T::from(-0.94).unwrap().sin() + T::from(0.28).unwrap(),
                T::from(-0.98).unwrap(),
            ) {
                ((w[n % 4] + s1)
                    * (((a3 + T::from((n * 3 % 9) as f64).unwrap()) * T::from(0.11).unwrap())
                        .sin()
                        * T::from(4.0).unwrap()
                        + x))
                    .atan()
                    * T::from(1.89).unwrap()
            } else {
                T::from(1.82).unwrap().ln_1p()
            };
            T::exp2(
                (T::from(0.88).unwrap()
                    / (T::from(1.0).unwrap() + w[0].sin() + T::from(0.21).unwrap())
                    * T::from(0.36).unwrap())
                .sin()
                    * T::from(3.5).unwrap(),
            )
        };
    }
    gen_261(
        T::from(1.29).unwrap().ln(),
        (((s1 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).abs()
            + T::from(0.68).unwrap())
        .log(w[0].cosh() + T::from(0.6).unwrap())
        .atan()
            * T::from(1.26).unwrap(),
        w,
        n * 3 % 5,
    )
}

#[differentiable]
pub fn gen_268<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = if x * w[(n + 3) % 4]
        + T::log2(T::from(1.0).unwrap() + x.tanh() + T::from(0.39).unwrap())
        > T::from(SCALE).unwrap()
    {
        (T::abs(w[n % 4]) + T::from(0.43).unwrap()).log2()
            - gen_113(
                T::atan(w[n % 4]) * T::from(1.26).unwrap(),
                (x * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                w,
                n * 3 % 5,
            )
    } else {
        T::from(0.59).unwrap()
    };
    let a4 = if T::acos(x.atan() * T::from(0.56).unwrap()) < T::from(-1.25).unwrap()
        && ((y / x.hypot(T::from(0.76).unwrap()) * T::from(0.57).unwrap()).tanh()
            * T::from(2.0).unwrap())
        .cosh()
        .powf(x.atan())
            > T::from(n).unwrap() - w[n % 4]
    {
        let a2 = T::mul_add(y - w[n * 2 % 4], w[n % 4], w[n % 4]);
        let a3 = (T::from(1.4).unwrap().atan() * T::from(0.56).unwrap()).asin() + (a1 - T::zero());
        (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.55).unwrap()).sqrt()
    } else {
        w[(n + 2) % 4]
            * (T::from(-1.99).unwrap() / T::from(1.57).unwrap() + T::from(SCALE).unwrap())
    };
    let a5 = T::from(-1.12).unwrap();
    let a6 = T::from(n).unwrap();
    if n > 2 {
        let a8 = if a6.tanh() >= T::from(-1.06).unwrap() {
            let mut s7: T = a5;
            s7
        } else {
            T::from(-0.69).unwrap()
                * (T::from(-0.29).unwrap().cosh() + T::from(0.25).unwrap()).acosh()
                / -((((w[(n + 2) % 4] + w[n % 4] + y) * T::from(0.25).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .abs()
                    + T::from(0.57).unwrap())
        };
    }
    w[2] + y
}

#[differentiable]
pub fn gen_269<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a2 = {
        let y = y * T::tanh(
            x.mul_add(T::from(n).unwrap(), w[(n + 2) % 4] * w[n * 3 % 4]) * T::from(0.12).unwrap(),
        );
        let a1 = w[3];
        T::from(std::f64::consts::PI).unwrap()
    };
    let a3 = w[n % 4].sin() + (T::from(n * 3 % 9).unwrap() + T::from(-0.8).unwrap());
    if (x / T::from(0.87).unwrap()).atan()
        < ((x * T::from(0.75).unwrap()).tanh() * T::from(1.2).unwrap()).tan()
    {
        return T::from(n).unwrap()
            % (((a3 * T::from(0.18).unwrap()).sin() * T::from(3.0).unwrap()).abs()
                + T::from(0.87).unwrap())
            + w[n % 4];
    }
    let mut s4 = (((T::from((n * 2) as f64).unwrap() - w[n * 3 % 4]) * T::from(0.15).unwrap())
        .sin()
        * T::from(3.0).unwrap())
    .cosh()
    .sqrt();
    s4 =
        ((s4 + gen_267(
            T::from(SCALE).unwrap().powi(0),
            ((s4 * T::from(0.37).unwrap()).sin() * T::from(0.9).unwrap()).atanh(),
            w,
            0,
        )) * T::from(0.2).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
    let a7 = {
        let a5 = T::atan2(
            a2 * T::from(SCALE).unwrap(),
            ((gen_34(
                (s4 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) * T::from(0.28).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.7).unwrap(),
        );
        {
            let a6 = w[n % 4];
        }
        T::atan2(
            a2,
            (T::sin(T::from(n).unwrap() * T::from(0.37).unwrap()) * T::from(2.5).unwrap()).powi(0),
        )
    };
    s4 = (s4 * w[n % 4] * T::from(0.19).unwrap()).tanh() * T::from(4.0).unwrap();
    s4 = (T::abs(s4) * T::from(0.37).unwrap()).sin() * T::from(4.0).unwrap();
    let mut s8 = T::atanh(
        T::tanh(T::one() * (T::from(n + 2).unwrap() + w[0]) * T::from(0.19).unwrap())
            * T::from(0.9).unwrap(),
    );
    s4 = (s4 - T::from(-0.6).unwrap() * (w[2] - w[n * 3 % 4])).atan() * T::from(2.52).unwrap();
    T::from(core::f64::consts::LN_2).unwrap().cos()
        + T::from(OFFSET).unwrap().atan2(T::from(0.9).unwrap())
}

#[differentiable]
pub fn gen_270<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1: T = (w[n * 2 % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap();
    let mut s2 = (w[n * 2 % 4] / -T::hypot(s1, T::from(0.26).unwrap()))
        .round()
        .atan()
        * T::from(2.52).unwrap();
    let mut k3: usize = 0;
    while n > 3 && k3 < 2 {
        k3 += 1;
        s2 = T::atan(
            s2 + (T::from(1.0).unwrap()
                + (((x * y + T::from(2).unwrap().exp()) * T::from(0.13).unwrap()).tanh()
                    * T::from(3.0).unwrap())
                .tanh()),
        ) * T::from(2.52).unwrap();
        let mut s1 = s1 * T::from(0.15).unwrap();
    }
    let k3 = T::from(k3).unwrap()
        * (T::tanh(
            x * s2 * (T::from(core::f64::consts::LN_2).unwrap() * s2) * T::from(0.07).unwrap(),
        ) * T::from(3.0).unwrap());
    s2 = (T::min(T::from(-0.62).unwrap() * w[3] * (x - w[n % 4]), w[n % 4])
        * T::from(0.3).unwrap())
    .tanh()
        * T::from(4.0).unwrap();
    let mut h4 = [T::from(-0.23).unwrap(); 4];
    for i5 in 0..4 {
        h4[i5] = (T::from(OFFSET).unwrap() + x).tanh();
    }
    for (_, v6) in w.iter().enumerate() {
        let mut s8 = (T::sin(
            (T::from(SCALE).unwrap() + h4[n % 4])
                * (k3 % ((*v6).powi(2) + T::from(0.9).unwrap()))
                * T::from(0.11).unwrap(),
        ) * T::from(4.0).unwrap()
            * T::from(0.37).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let mut k9: usize = 0;
        while T::from(-0.53).unwrap() <= T::from(-1.27).unwrap() && k9 < 5 {
            k9 += 1;
            s8 = ((s8 * T::from(0.6).unwrap()
                + (T::from(1.0).unwrap()
                    + gen_247(
                        ((T::from(-0.66).unwrap() - *v6) * T::from(0.56).unwrap()).sin()
                            * T::from(2.0).unwrap(),
                        y.tanh(),
                        &h4,
                        n,
                    )
                    .tanh()))
                * T::from(0.53).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            {
                if s8 <= s2 {
                    return T::sqrt(T::cosh(T::from(-1.97).unwrap())).ln_1p();
                }
            }
        }
        s1 = ((s1 + T::cos(y).exp_m1()) * T::from(0.4).unwrap()).sin() * T::from(2.0).unwrap();
    }
    ((h4[n % 4].cosh() * T::from(0.4).unwrap()).sin() * T::from(0.9).unwrap()).asin() + y
}

#[differentiable]
pub fn gen_271<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1: T = (T::tanh(y * T::from(0.75).unwrap()) * T::from(0.8).unwrap()).ln_1p();
    let mut k2: usize = n;
    let mut s3 = (x - T::from(-1.4).unwrap().cosh()).atan() * T::from(1.26).unwrap();
    let mut k4: usize = 0;
    while s3 < a1 - T::from(1.87).unwrap() + w[n * 3 % 4].signum() && k4 < 4 {
        k4 += 1;
        let mut s5 = T::tanh(
            (x / (T::from(1.0).unwrap() + w[k2 * 2 % 4].tanh() + T::from(0.48).unwrap())
                * (T::from(-1.05).unwrap() - T::from(n as f64).unwrap())
                * T::from(0.08).unwrap())
            .tanh()
                * T::from(6.0).unwrap()
                * T::from(0.27).unwrap(),
        ) * T::from(3.0).unwrap();
        let mut k6: usize = 0;
        while s5 < w[(n + 3) % 4] * (w[k2 % 4] - s3) && k6 < 2 {
            k6 += 1;
            s5 = (s5 * T::from(0.72).unwrap()
                + ((T::from(1.0).unwrap()
                    + T::tanh(
                        (gen_134(
                            T::atan(T::from(((k2 + n) % 9) as f64).unwrap() + s3)
                                * T::from(1.26).unwrap(),
                            ((a1 - T::from(0.93).unwrap()) * T::from(0.68).unwrap()).tanh()
                                * T::from(2.0).unwrap(),
                            w,
                            n,
                        ) * T::from(0.28).unwrap())
                        .sin()
                            * T::from(3.0).unwrap(),
                    )
                    + T::from(0.48).unwrap())
                    * T::from(0.61).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
            .atan()
                * T::from(1.89).unwrap();
            s5 = ((s5
                * -((((T::one().exp2() * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                    .powi(n as i32)
                    * T::from(0.09).unwrap())
                .sin()
                    * T::from(3.0).unwrap())
                + gen_137(
                    y.atan() * T::from(1.26).unwrap(),
                    T::from(-1.55).unwrap(),
                    w,
                    n,
                ))
                * T::from(0.1).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            let mut s7 = T::tanh(
                T::mul_add(
                    T::atan(s5),
                    s5 / (T::zero().abs() + T::from(0.59).unwrap()),
                    y + T::from(1.57).unwrap(),
                ) * T::cbrt(-w[(k2 + 3) % 4].cosh())
                    * T::from(0.1).unwrap(),
            ) * T::from(2.0).unwrap();
            if T::from(n).unwrap() < T::from(0.52).unwrap() {
                let a8: T = w[(k2 + 1) % 4] + x * y;
                let a9 = if s7 < T::from(1.17).unwrap() {
                    ((s3 * T::from(0.75).unwrap()).sin() * T::from(0.8).unwrap())
                        .ln_1p()
                        .sin()
                        * -T::from(SCALE).unwrap().powi(n as i32)
                } else {
                    (T::from(1.0).unwrap() + x.sin() + T::from(0.42).unwrap())
                        .log(T::from(2.66).unwrap())
                        .exp_m1()
                };
                s3 = ((s3
                    + (T::tanh(s7 * T::from(0.25).unwrap()) * T::from(0.8).unwrap())
                        .ln_1p()
                        .floor())
                    * T::from(0.37).unwrap())
                .tanh()
                    * T::from(2.0).unwrap();
            }
        }
        s3 = T::atan(
            s3 + (T::from(1.0).unwrap()
                + T::sin((T::from(-0.44).unwrap() - s3).sin())
                + T::from(0.23).unwrap())
            .atan()
                * T::from(1.26).unwrap(),
        ) * T::from(1.26).unwrap();
    }
    w[n % 4]
}

#[differentiable]
pub fn gen_272<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if y >= T::from(0.9).unwrap() {
        let mut x = T::tanh(x);
    } else {
        let mut s1: T =
            (T::one() - T::zero() - T::from(-1.0).unwrap()).atan() * T::from(1.26).unwrap();
        let mut h2 = [T::one(); 4];
        for i3 in 0..4 {
            h2[i3] = (T::tanh(s1 * y.mul_add(x, h2[0]) * T::from(0.12).unwrap())
                * T::from(4.0).unwrap()
                * T::from(0.42).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
        }
    }
    let mut k4: usize = (n + 1) % 5;
    T::atan(T::from(k4).unwrap() + x) * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_273<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n + 1;
    let k1 = (T::from(k1).unwrap()
        * (((y - T::from(n * 2).unwrap()) * T::from(0.15).unwrap()).tanh()
            * T::from(0.9).unwrap())
        .acos())
    .atan()
        * T::from(2.52).unwrap();
    let mut h2 = [T::from(0.27).unwrap(); 4];
    let a3 = ((T::from(core::f64::consts::LN_2).unwrap() * k1
        / -(-y).hypot(T::from(0.53).unwrap()))
    .mul_add(
        x,
        ((y - T::from(n).unwrap())
            * T::atan2(
                T::from(1.0).unwrap() + h2[n * 3 % 4].sin() + T::from(0.63).unwrap(),
                k1,
            )
            * T::from(0.08).unwrap())
        .tanh()
            * T::from(6.0).unwrap(),
    ) * T::from(0.1).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s4 = (T::from(1.0).unwrap()
        + ((k1 + x).atan() * T::from(1.89).unwrap()).sin()
        + T::from(1.6).unwrap())
    .acosh();
    h2[n * 2 % 4] = T::atan(y + w[n % 4] - T::recip(T::abs(w[n * 3 % 4]) + T::from(0.63).unwrap()))
        * T::from(1.26).unwrap();
    let mut s5 = T::log(
        T::from(1.0).unwrap() + T::sin(h2[n % 4]) + T::from(0.52).unwrap(),
        T::from(1.0).unwrap() + x.tanh() + T::from(1.53).unwrap(),
    )
    .max(h2[0]);
    let mut s6 = gen_259(
        T::tanh(
            ((s4 * T::from(0.37).unwrap()).tanh() * T::from(3.5).unwrap()).exp2()
                * T::from(0.17).unwrap(),
        ) * T::from(2.0).unwrap(),
        (T::from(1.61).unwrap().mul_add(s4, a3) * T::from(0.18).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        w,
        n,
    );
    let mut k7: usize = 0;
    loop {
        if k7 >= 6 {
            break;
        }
        k7 += 1;
        s6 = (s6 * T::from(0.84).unwrap()
            + ((T::from(1.94).unwrap()
                % ((w[(n + 2) % 4] * s5).atan() * T::from(1.89).unwrap()).cosh())
            .cosh()
                * T::from(0.42).unwrap())
            .sin()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        if n % 2 % 2 == 0 {
            continue;
        }
        h2[n % 4] = T::sin(
            (-T::hypot(w[n * 2 % 4], T::from(0.58).unwrap())).recip()
                * (w[n % 4] * T::one())
                * T::from(0.43).unwrap(),
        ) * T::from(2.0).unwrap();
        if s6 > w[(n + 2) % 4] + h2[n * 2 % 4] {
            break;
        }
    }
    h2[n % 4] =
        (T::abs(T::log10(T::from(1.0).unwrap() + y.tanh() + T::from(0.64).unwrap()).ceil())
            + T::from(0.71).unwrap())
        .cbrt();
    s4 = T::atan(
        s4 * -(s6
            % ((T::sin(s5 * T::from(0.5).unwrap()) * T::from(3.0).unwrap()).powi(2)
                + T::from(0.85).unwrap()))
            + x.atan(),
    ) * T::from(2.52).unwrap();
    ((((s5 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
        .cosh()
        .log(T::from(3.11).unwrap())
        * T::from(0.74).unwrap())
    .tanh()
        * T::from(0.9).unwrap())
    .asin()
}

#[differentiable]
pub fn gen_274<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = (w[n % 4] * y * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap();
    let mut k2: usize = 0;
    loop {
        if k2 >= 4 {
            break;
        }
        k2 += 1;
        s1 = T::tanh(
            (s1 * T::from(0.79).unwrap()
                + ((T::from(1.0).unwrap() + w[n * 2 % 4].sin() + T::from(0.46).unwrap())
                    * T::from(0.61).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.42).unwrap(),
        ) * T::from(2.0).unwrap();
        let mut s3: T = ((w[n % 4]
            * x
            * T::hypot(T::from(std::f64::consts::PI).unwrap(), w[(n + 2) % 4])
            * T::from(0.1).unwrap())
        .sin()
            * T::from(6.0).unwrap()
            * T::from(0.25).unwrap())
        .sin()
            * T::from(3.0).unwrap();
        if n != 2 {
            break;
        }
    }
    s1 = (s1 * (T::atan((w[1] - y) * (w[k2 % 4] - s1)) * T::from(0.63).unwrap())
        + T::atanh((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()))
    .atan()
        * T::from(1.26).unwrap();
    s1 = T::sin(s1 * (x - s1) * T::from(0.19).unwrap()) * T::from(2.0).unwrap();
    let a4 = y * s1;
    if ((a4 * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap()).powi(k2 as i32)
        > gen_19(
            y.atan() * T::from(1.26).unwrap(),
            T::from(-1.0).unwrap(),
            w,
            n * 3 % 5,
        )
    {
        let mut k5: usize = (k2 + 2) % 6;
        s1 = T::sin(s1 * a4 * T::from(0.19).unwrap()) * T::from(2.0).unwrap();
        s1 = ((s1
            * (T::tanh(
                gen_272(
                    T::atan(y) * T::from(1.26).unwrap(),
                    T::from(-0.88).unwrap(),
                    w,
                    n * 3 % 5,
                ) / -(((w[(k5 + n) % 4] - w[3]).atan() * T::from(1.89).unwrap()).abs()
                    + T::from(0.33).unwrap())
                    * T::from(0.09).unwrap(),
            ) * T::from(6.0).unwrap())
            + T::sin(T::from(OFFSET).unwrap()))
            * T::from(0.13).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    } else if gen_273(
        x.atan() * T::from(1.26).unwrap(),
        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        w,
        (n + 1) % 5,
    ) + y
        <= w[n * 2 % 4]
    {
        for i6 in 0..n % 3 + 1 {
            if T::from(-0.03).unwrap() < T::from(0.06).unwrap() {
                continue;
            }
            let a7: T = ((w[3 - i6] % T::hypot(x, T::from(0.67).unwrap()))
                .asinh()
                .atan()
                * T::from(0.56).unwrap())
            .atanh();
        }
        let a8 = x;
        let mut s9: T = a8 + T::ln(T::from(1.0).unwrap() + y.sin() + T::from(0.42).unwrap());
    } else {
        let mut s10 = T::tanh(
            (a4 + T::from(-1.5).unwrap() % ((-w[(n + 1) % 4]).powi(2) + T::from(0.66).unwrap()))
                * T::from(0.27).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    (T::from(1.46).unwrap() * w[2] * (T::from(-0.63).unwrap() + y) * T::from(0.2).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_275<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = x + (-w[n * 3 % 4] + (T::from(-1.5).unwrap() - y));
    let a1 = gen_261(
        ((x * w[(n + 1) % 4] * T::from(0.1).unwrap()).sin() * T::from(6.0).unwrap()).atan()
            * T::from(1.26).unwrap(),
        y.hypot(T::from(0.78).unwrap()).ln(),
        w,
        n,
    );
    let a2 = T::powi(x.atan() * T::from(1.57).unwrap(), 4).atan() * T::from(2.52).unwrap()
        % w[(n + 3) % 4].atan().hypot(T::from(0.89).unwrap());
    let a4 = {
        let mut k3: usize = n % 4;
        (a1 + T::from(OFFSET).unwrap())
            % ((w[n * 3 % 4] * w[k3]).atan() * T::from(1.89).unwrap()).hypot(T::from(0.53).unwrap())
    };
    for i5 in (1..n).step_by(2) {
        if i5 % 2 % 2 == 0 {
            let a6 = T::from(0.37).unwrap();
            let a7 = (w[i5] * a2 * (T::one() * x) * T::from(0.07).unwrap()).tanh()
                * T::from(6.0).unwrap();
            let a8 = (-T::from(-0.04).unwrap()
                / -(w[i5].atan() * T::from(0.56).unwrap()).asin().exp())
            .mul_add(
                T::min(
                    T::from(-1.03).unwrap() - a4,
                    T::from(-0.26).unwrap() * w[n % 4],
                ),
                w[i5]
                    * (a6
                        / (T::from(1.0).unwrap()
                            + T::sin(T::atan(a1) * T::from(1.89).unwrap())
                            + T::from(0.62).unwrap())),
            );
        }
        if y.fract() + a1 > T::from(-0.06).unwrap() {
            break;
        }
    }
    let a9 = if n % 3 % 2 == 0 {
        (T::from(1.0).unwrap()
            + T::sin(
                gen_172(
                    T::powi(T::atan(x) * T::from(1.57).unwrap(), 2).atan() * T::from(1.26).unwrap(),
                    (a4.sinh() * T::from(0.23).unwrap()).sin() * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                )
                .atan()
                    * T::from(1.89).unwrap(),
            )
            + T::from(0.56).unwrap())
        .log(T::from(2.7).unwrap())
    } else {
        -w[n % 4] + w[3] / T::one()
    };
    let a10 = ((w[n % 4] - w[(n + 2) % 4])
        / (((a9 * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
            + T::from(0.33).unwrap())
        * T::from(0.12).unwrap())
    .sin();
    let mut a10 = ((a10 + a1) * T::from(0.34).unwrap()).tanh() * T::from(4.0).unwrap();
    let mut k11: usize = 2;
    a2 + a10
}

#[differentiable]
pub fn gen_276<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in 0..n {
        let mut s2 = y;
        let mut k3: usize = 0;
        loop {
            if k3 >= 6 {
                break;
            }
            k3 += 1;
            s2 = T::tanh(
                (s2 * T::from(0.54).unwrap()
                    + ((T::from(1.0).unwrap()
                        + (T::tanh(T::asinh(w[i1 * 3 % 4]) * (s2 + y) * T::from(0.21).unwrap())
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.3).unwrap())
                        * T::from(0.65).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap())
                    * T::from(0.44).unwrap(),
            ) * T::from(3.0).unwrap();
            let a6 = {
                let a4 = if (w[n % 4] + w[(n + 1) % 4]) * -T::zero() < T::from(1.16).unwrap() {
                    T::from(1.24).unwrap() * s2
                } else {
                    T::from(0.7).unwrap().exp2() * (w[i1] + w[n * 3 % 4])
                };
                let a5 = -x * (T::from(OFFSET).unwrap() / -y.cosh());
                T::exp2((a4 - T::from(n + i1).unwrap()).atan() * T::from(1.89).unwrap())
            };
            s2 = (s2 * s2 * T::from(0.17).unwrap()).sin() * T::from(3.0).unwrap();
            if s2 > a6 + T::from(0.5).unwrap() / -(w[n * 2 % 4].abs() + T::from(0.31).unwrap()) {
                break;
            }
        }
        let a7 = T::max(w[(i1 + 3) % 4] * x, y - T::from(n as f64).unwrap());
        let a10 = {
            let mut s8 = w[(k3 + i1) % 4] / T::cosh(x + T::from(-0.48).unwrap());
            let mut k9: usize = i1 + 1;
            gen_114(
                T::sin((T::from(n * 3 % 9).unwrap() - w[(k3 + n) % 4]) * T::from(0.15).unwrap())
                    * T::from(2.0).unwrap(),
                T::atan(w[i1]) * T::from(1.26).unwrap(),
                w,
                n * 3 % 5,
            )
        };
    }
    let mut s11: T = w[(n + 2) % 4];
    let a12 = {
        let y = y + s11;
        (T::from(1.0).unwrap() + w[n * 2 % 4].sin() + T::from(0.61).unwrap()).log2()
            / (T::from(1.0).unwrap()
                + T::sin(
                    gen_57(
                        T::one(),
                        (w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        w,
                        n,
                    )
                    .atan()
                        * T::from(1.89).unwrap(),
                )
                + T::from(0.43).unwrap())
    };
    let mut k13: usize = 1;
    let a14 = T::cos(T::from(SCALE).unwrap() + x);
    let a15 = T::from(-1.64).unwrap();
    ((gen_265(
        (x * a14 * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::sin(T::sqrt(w[(n + 2) % 4].powi(2) + T::from(0.36).unwrap()) * T::from(0.72).unwrap())
            * T::from(2.0).unwrap(),
        w,
        n,
    ) + y
        + a12)
        * T::from(0.23).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_277<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if (T::from(1.0).unwrap() + T::from(-0.37).unwrap().tanh())
        .log2()
        .trunc()
        < T::from(core::f64::consts::LN_2).unwrap()
        || n % 3 != 3
    {
        if T::from(n).unwrap() - w[n % 4] - T::signum(T::from(n).unwrap()) <= x + w[n % 4] {
            if (((y * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap())
                .ln_1p()
                .powi(2)
                + T::from(0.31).unwrap())
            .ln()
                > y
            {
                let a1 = T::from(OFFSET).unwrap();
                let mut s2 = y;
            } else if n > 2 {
                for i3 in 1..=3 {
                    let a5 = {
                        let a4: T = (T::from(1.0).unwrap() + x.sin() + T::from(0.64).unwrap())
                            .log(x.hypot(T::from(0.3).unwrap()) + T::from(1.48).unwrap())
                            * T::from(1.29).unwrap().ln_1p();
                        (T::from(i3 * 2).unwrap()
                            + w[i3]
                                / -(T::from(1.0).unwrap()
                                    + T::sin(w[n % 4])
                                    + T::from(0.32).unwrap()))
                        .atan()
                            * T::from(1.26).unwrap()
                    };
                }
                {
                    let mut s6 = w[n % 4] % w[0].hypot(T::from(0.75).unwrap())
                        / -(((T::from(n).unwrap().round() * T::from(0.37).unwrap()).sin()
                            * T::from(3.0).unwrap())
                        .abs()
                            + T::from(0.55).unwrap());
                }
                let a9 = if w[(n + 2) % 4] <= T::from(-0.65).unwrap() {
                    -(x - w[2])
                } else {
                    let mut s7 = ((T::exp_m1(T::from(0.96).unwrap())
                        + (w[n % 4] - w[(n + 2) % 4]))
                        * T::from(0.27).unwrap())
                    .sin()
                        * T::from(4.0).unwrap();
                    let mut s8 = T::zero().cosh().log(T::from(3.27).unwrap());
                    ((x * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
                        / T::sqrt(
                            T::from(1.0).unwrap()
                                + ((s7 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap())
                                    .tanh()
                                + T::from(0.56).unwrap(),
                        )
                };
            } else {
                let a10 = y + y + w[3];
            }
        } else if (T::from(1.0).unwrap() + w[3].tanh() + T::from(1.42).unwrap()).acosh()
            <= T::from(0.18).unwrap()
        {
            let a11: T = (T::from(-1.21).unwrap() - T::from(n).unwrap()).cbrt() - x;
        } else {
            let a12 = x;
        }
    }
    T::round(-x)
}

#[differentiable]
pub fn gen_278<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for i1 in (0..4).step_by(2) {
        if T::mul_add(w[n * 2 % 4], w[(i1 + 3) % 4], x) - y
            <= w[1].hypot(T::from(1.0).unwrap() + w[i1].tanh() + T::from(0.49).unwrap())
        {
            continue;
        }
    }
    if gen_112(
        T::from(1.97).unwrap(),
        w[n % 4].atan() * T::from(1.26).unwrap(),
        w,
        n * 3 % 5,
    )
    .hypot(
        T::abs((w[(n + 3) % 4] * y * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
            + T::from(0.47).unwrap(),
    ) <= T::from(1.31).unwrap()
    {
        if gen_220(
            (x.max(w[n % 4]) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
            w[0].atan() * T::from(1.26).unwrap(),
            w,
            0,
        ) >= w[(n + 1) % 4].cosh().log2()
            && T::from(0.59).unwrap() < T::from(0.2).unwrap()
        {
            let a2 = w[n % 4];
        } else if x.exp2()
            - gen_19(
                T::sin(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                y.atan() * T::from(1.26).unwrap(),
                w,
                (n + 1) % 5,
            )
            < T::from(0.15).unwrap().round()
        {
            let x = x + y / -(T::from(1.0).unwrap() + T::tanh(y) + T::from(0.59).unwrap())
                % (T::from(1.0).unwrap()
                    + (((w[n % 4] + w[n % 4]) * T::from(0.37).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.75).unwrap());
            let a3: T = -(T::from(4).unwrap()
                % (T::from(1.0).unwrap() + T::sin(w[n % 4]) + T::from(0.69).unwrap()));
        } else {
            let a4 = (T::from(1.0).unwrap()
                + ((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()).sin()
                + T::from(0.44).unwrap())
            .powf((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
            .ceil();
            let a5 = (T::sin(w[n % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).asin()
                / (T::from(1.0).unwrap() + y.tanh().sin() + T::from(0.68).unwrap());
            let a6 = (a4.atan() * T::from(0.56).unwrap()).asin();
        }
        if n % 2 % 2 == 0
            && T::powi(
                ((x + y) * T::from(0.37).unwrap()).tanh() * T::from(2.5).unwrap(),
                3,
            ) <= x
        {
            return T::from(n).unwrap();
        }
    } else {
        let a7 = y / T::one().cosh();
    }
    let mut s8 = ((-T::powf(
        T::cosh(T::sin(y * T::from(0.75).unwrap()) * T::from(2.0).unwrap()),
        w[n % 4].atan() * T::from(1.26).unwrap(),
    ))
    .trunc()
        * T::from(0.25).unwrap())
    .tanh()
        * T::from(3.0).unwrap();
    {
        let a9 = T::from(0.77).unwrap().atan()
            * (y / -(T::from(1.0).unwrap()
                + ((s8 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap()).tanh()
                + T::from(0.46).unwrap()));
    }
    if (w[(n + 3) % 4] - w[2]) * (x + T::from(0.61).unwrap())
        >= (w[n % 4].atan() * T::from(0.5).unwrap()).ln_1p()
    {
        return T::atan(
            T::from(-1.64).unwrap() % T::from(0.61).unwrap()
                + w[n % 4] / (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(0.27).unwrap()),
        ) * T::from(3.78).unwrap();
    }
    T::hypot(T::from(-1.15).unwrap(), T::from(0.28).unwrap()).log2()
}

#[differentiable]
pub fn gen_279<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a5 = if y < T::log2(T::from(-0.41).unwrap().cosh()) {
        let a1 = (T::from(1.0).unwrap() + T::tanh(x) + T::from(0.57).unwrap()).sqrt();
        let mut s2 = x;
        let mut k3: usize = 0;
        loop {
            if k3 >= 6 {
                break;
            }
            k3 += 1;
            s2 = ((s2 + x.cosh().recip().floor().cosh()) * T::from(0.27).unwrap()).sin()
                * T::from(4.0).unwrap();
            let a1 = a1
                + (T::from(1).unwrap() + x)
                    / (T::from(n + 3).unwrap().round().atan() * T::from(1.89).unwrap()).cosh();
            if a1 >= T::from(-1.15).unwrap() {
                break;
            }
            let a4: T = s2.atan2(T::from(0.95).unwrap()).exp();
            if s2 > w[(n + 3) % 4] {
                break;
            }
        }
        T::from(-1.19).unwrap().cbrt()
    } else {
        (T::atan(w[n % 4] - T::from(1.94).unwrap()) * T::from(1.89).unwrap())
            .hypot(T::from(0.53).unwrap())
            .atan2(y.signum())
    };
    let mut k6: usize = n;
    let a7 = a5;
    let y = y * a5;
    if T::sin(a7) <= (T::atan(a5) * T::from(0.56).unwrap()).atanh() {
        let mut s8 =
            (((T::atan(x * a5 - a7.exp2()) * T::from(2.52).unwrap() * T::from(0.4).unwrap())
                .sin()
                * T::from(3.0).unwrap())
            .cosh()
                * T::from(0.15).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        let y = y.tanh();
    }
    let mut s9 = (a5 * x + T::exp2(T::from(SCALE).unwrap())).atan() * T::from(1.26).unwrap();
    let a10 = (w[n % 4] % T::cosh(w[n % 4])).cosh().cbrt();
    let mut s11 = (w[0].sinh()
        * (w[(k6 + 3) % 4].hypot(T::from(0.28).unwrap()) + T::from(1.31).unwrap()).acosh()
        * T::from(0.22).unwrap())
    .sin()
        * T::from(2.0).unwrap();
    s9
}

#[differentiable]
pub fn gen_280<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut h1 = [T::one(); 4];
    for i2 in 0..4 {
        h1[i2] = (-T::from(-1.65).unwrap()).fract();
    }
    let mut s3 = y;
    let mut k4: usize = 0;
    loop {
        if k4 >= 2 {
            break;
        }
        k4 += 1;
        s3 = ((s3 * T::from(0.6).unwrap()
            + ((T::from((n * 3 % 9) as f64).unwrap().atan() * h1[n * 2 % 4].trunc())
                .hypot(T::from(0.64).unwrap())
                * T::from(0.51).unwrap())
            .sin()
                * T::from(2.0).unwrap())
            * T::from(0.34).unwrap())
        .tanh()
            * T::from(4.0).unwrap();
        {
            for i5 in 1..=3 {
                let mut s6 = (T::tanh(h1[(i5 + 2) % 4]) - h1[(i5 + 3) % 4] * y).atan()
                    * T::from(1.89).unwrap();
                let a7 = w[i5 * 2 % 4] * s6 - (s6.atan() * T::from(1.89).unwrap()).cosh();
                s3 = T::tanh((s3 * T::zero().sin() + T::signum(a7)) * T::from(0.3).unwrap())
                    * T::from(4.0).unwrap();
                h1[(i5 + 3) % 4] = h1[(i5 + 3) % 4]
                    * (T::atan(
                        T::powf(
                            (((h1[(n + 3) % 4] + s3) * T::from(0.25).unwrap()).sin()
                                * T::from(2.0).unwrap())
                            .powi(2)
                                + T::from(0.24).unwrap(),
                            (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                        )
                        .atan()
                            * T::from(1.89).unwrap(),
                    ) * T::from(0.63).unwrap());
            }
            h1[n * 3 % 4] = ((h1[n * 3 % 4] + x)
                * ((s3.atan() * T::from(1.89).unwrap()).powi(2) + T::from(0.27).unwrap()).log2())
            .atan()
                * T::from(1.26).unwrap();
            let a8: T = w[0];
        }
        if T::from(0.79).unwrap() / (w[n % 4].abs() + T::from(0.42).unwrap())
            <= T::from(-0.77).unwrap()
            || ((s3 % w[n * 3 % 4].hypot(T::from(0.56).unwrap())).hypot(T::from(0.78).unwrap())
                + T::from(0.56).unwrap())
            .acosh()
                < T::from(-0.8).unwrap()
        {
            h1[(n + 2) % 4] = gen_4(
                (s3 - y).atan() * T::from(1.26).unwrap(),
                T::sin(T::from(-1.7).unwrap() * s3 * T::from(0.22).unwrap())
                    * T::from(2.0).unwrap(),
                w,
                1,
            );
            h1[0] = (((-w[n * 3 % 4]).powi(2) + T::from(0.28).unwrap()).log2()
                * T::from(0.72).unwrap())
            .tanh()
                * T::from(2.0).unwrap();
            s3 = (s3 - T::atanh(s3.atan() * T::from(0.56).unwrap()) * x).atan()
                * T::from(2.52).unwrap();
        }
        if s3
            > ((gen_142(
                T::atan(h1[n % 4]) * T::from(1.26).unwrap(),
                (w[n % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                &h1,
                n,
            ) * T::from(0.28).unwrap())
            .tanh()
                * T::from(3.0).unwrap())
            .sinh()
        {
            break;
        }
    }
    -h1[1].abs() * y
}

#[differentiable]
pub fn gen_281<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = gen_151(
        (x / (w[(n + 2) % 4].powi(2) + T::from(0.22).unwrap())).cos(),
        (T::from(0.21).unwrap() / (T::from(1.0).unwrap() + y.tanh() + T::from(0.23).unwrap())
            + T::from(1.96).unwrap())
        .atan()
            * T::from(1.26).unwrap(),
        w,
        1,
    );
    let mut a1 = a1.tanh();
    let a2 = T::mul_add(x, y, T::from(n as f64).unwrap()) - x;
    a1 = ((a1
        - ((a2.round()
            + a2 % (((T::from(n * 2).unwrap() * T::from(0.19).unwrap()).sin()
                * T::from(3.0).unwrap())
            .powi(2)
                + T::from(0.61).unwrap()))
            * T::from(0.08).unwrap())
        .tanh()
            * T::from(2.0).unwrap())
        * T::from(0.39).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    let mut s3 = T::cosh(y);
    let a4 = (T::tanh(
        (a2 % (T::abs((a2 * T::from(0.15).unwrap()).tanh() * T::from(3.0).unwrap())
            + T::from(0.86).unwrap())
            + -w[3])
            * T::from(0.27).unwrap(),
    ) * T::from(3.0).unwrap())
    .hypot(T::from(0.83).unwrap())
    .log2();
    let x = x.tanh();
    a1 = -T::from(-1.08).unwrap();
    a1 = a1
        * gen_273(
            (y.tanh().max(a4 - x) * T::from(0.61).unwrap()).tanh() * T::from(2.0).unwrap(),
            ((s3 - T::from(1.08).unwrap() - -T::from(n + 2).unwrap()) * T::from(0.17).unwrap())
                .sin()
                * T::from(2.0).unwrap(),
            w,
            (n + 2) % 5,
        );
    let a5 = T::from(n).unwrap();
    let a6: T = (-(T::from(1.0).unwrap() + T::sin(a4) + T::from(0.27).unwrap())).cbrt()
        * T::abs(T::from(1.03).unwrap());
    a1 = ((a1 - w[0].tanh() / (x * a6).cosh()) * T::from(0.51).unwrap()).sin()
        * T::from(2.0).unwrap();
    ((a6.trunc() + (a5 + T::from(0.95).unwrap()) + s3 + a2) * T::from(0.08).unwrap()).sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_282<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x < T::from(SCALE).unwrap() + w[n * 3 % 4] {
        if n % 2 == 0 {
            for (i2, _) in w.iter().enumerate() {
                let a3 = w[2];
                for _ in 0..n % 3 + 1 {
                    let a5 = ((T::zero().min(x) * T::from(0.75).unwrap()).sin()
                        * T::from(0.9).unwrap())
                    .atanh();
                    let a6 = if i2 < 3 {
                        y
                    } else {
                        gen_244(
                            a3.atan() * T::from(1.26).unwrap(),
                            T::from(-0.09).unwrap(),
                            w,
                            n,
                        ) % T::from(1.33).unwrap().asinh()
                    };
                }
            }
            let mut h7 = [T::zero(); 4];
        }
    } else {
        let a8 = y + T::zero() - w[n % 4];
    }
    let a9 = ((x - y) * T::hypot(y, w[0].abs() + T::from(0.63).unwrap()) * T::from(0.11).unwrap())
        .tanh()
        * T::from(3.0).unwrap();
    let a12 = {
        let a10: T =
            (T::zero() % (T::from(1.0).unwrap() + a9.sin() + T::from(0.68).unwrap())).acos();
        let a11 = ((a9 * T::one() * T::from(0.56).unwrap()).tanh() * T::from(0.9).unwrap()).acos();
        w[(n + 1) % 4]
    };
    let a13 = w[n % 4];
    gen_267(
        (a9 * a13 * T::from(0.28).unwrap()).sin() * T::from(2.0).unwrap(),
        (y / T::zero().cosh() * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
        w,
        n,
    ) + x
}

#[differentiable]
pub fn gen_283<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = -T::cbrt(T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap());
    let mut s2 = x;
    s2 = T::atan(
        s2 * (((T::ceil(w[n % 4]) + (w[n * 3 % 4].exp_m1() + (w[0] + T::from(1.71).unwrap())))
            * T::from(0.11).unwrap())
        .tanh()
            * T::from(4.0).unwrap())
            + y,
    ) * T::from(3.78).unwrap();
    let a3 = s2;
    if n % 2 > 3
        && ((T::from(n * 2).unwrap()
            + T::hypot(
                T::from(1.0).unwrap() + T::from(-0.07).unwrap().sin() + T::from(0.62).unwrap(),
                T::from(4).unwrap(),
            ))
            * T::from(0.12).unwrap())
        .tanh()
            * T::from(4.0).unwrap()
            <= T::from(0.82).unwrap()
    {
        let mut s4 = (((y.atan() * T::from(0.56).unwrap()).acos() + a3) * T::from(0.18).unwrap())
            .tanh()
            * T::from(4.0).unwrap();
        let mut k5: usize = 0;
        while s4 < x && k5 < 2 {
            k5 += 1;
            s2 =
                ((s2 * T::ln_1p(
                    ((s4 + w[(n + 1) % 4]).min(w[n % 4].min(w[3])) * T::from(0.25).unwrap()).tanh()
                        * T::from(0.8).unwrap(),
                ) + s4.sin())
                    * T::from(0.17).unwrap())
                .tanh()
                    * T::from(6.0).unwrap();
            s4 = ((s4 * T::from(0.87).unwrap()
                + T::atan(T::abs(T::cos(s4)).exp()) * T::from(1.26).unwrap())
                * T::from(0.3).unwrap())
            .sin()
                * T::from(4.0).unwrap();
        }
        if n % 2 == 0
            || T::from(-1.09).unwrap() >= T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap()
        {
            let mut h6 = [T::one(); 4];
            for i7 in 0..4 {
                h6[i7] = a1;
            }
            let a8 = T::sqrt(h6[n * 2 % 4].hypot(T::from(0.39).unwrap()));
        }
    }
    let a9 = if a3 >= T::from(-0.73).unwrap() - T::from(0).unwrap()
        && x + w[(n + 1) % 4]
            - (((T::from(n + 3).unwrap() * T::from(0.21).unwrap()).tanh() * T::from(3.0).unwrap())
                .abs()
                + T::from(0.5).unwrap())
            .log2()
            <= ((T::from(n + 1).unwrap().atan() * T::from(1.89).unwrap()).powi(2)
                + T::from(0.47).unwrap())
            .ln()
    {
        T::from(2).unwrap()
            / -(((a3 * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap()).powi(2)
                + T::from(0.47).unwrap())
            / y.cosh()
    } else if n % 3 % 2 == 0 {
        w[n % 4]
            % (((T::from(n).unwrap() * T::from(0.37).unwrap()).sin() * T::from(3.0).unwrap())
                .powi(2)
                + T::from(0.74).unwrap())
            / (T::sin((s2 - w[n * 3 % 4]) * T::from(0.19).unwrap()) * T::from(3.0).unwrap())
                .hypot(T::from(0.24).unwrap())
    } else {
        x
    };
    T::tanh((y - w[n % 4]) * x * T::from(0.19).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_284<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((T::from(1).unwrap().cosh() + T::from(0.53).unwrap()).acosh()
        * (w[n % 4] + y)
        * T::from(0.28).unwrap())
    .sin()
        * T::from(3.0).unwrap();
    let mut k2: usize = 0;
    while y + x - T::tanh(s1) > T::from(1.21).unwrap() && k2 < 4 {
        k2 += 1;
        s1 = (s1
            + ((T::from(1.0).unwrap()
                + T::tanh(
                    ((((y + s1) * T::from(0.3).unwrap()).sin() * T::from(3.0).unwrap()).sinh()
                        * T::from(0.15).unwrap())
                    .tanh()
                        * T::from(3.0).unwrap(),
                )
                + T::from(0.4).unwrap())
                * T::from(0.63).unwrap())
            .sin()
                * T::from(2.0).unwrap())
        .atan()
            * T::from(1.89).unwrap();
        let a3 = (((T::from(1.0).unwrap()
            + ((x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).sin()
            + T::from(0.56).unwrap())
        .powf(y.atan() * T::from(1.26).unwrap())
            * T::from(0.4).unwrap())
        .tanh()
            * T::from(0.9).unwrap())
        .atanh();
    }
    let k2 = T::from(k2).unwrap()
        * (((w[(n + 2) % 4]
            + w[k2 * 3 % 4]
            + ((w[(n + k2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
                .powi(k2 as i32))
            * T::from(0.1).unwrap())
        .tanh()
            * T::from(3.0).unwrap());
    s1 = w[n % 4];
    let mut k2 = T::max(
        x.cosh()
            .log(T::from(1.0).unwrap() + T::tanh(T::from(core::f64::consts::LN_2).unwrap())),
        w[n * 2 % 4].exp_m1(),
    )
    .atan()
        * T::from(2.52).unwrap();
    for _ in (0..4).step_by(2) {
        let mut k5: usize = n % 4;
        if (T::log(
            T::from(1.0).unwrap() + w[k5].tanh() + T::from(0.51).unwrap(),
            T::from(1.0).unwrap() + w[1].tanh() + T::from(1.8).unwrap(),
        )
        .hypot(T::from(0.81).unwrap())
            + T::from(0.48).unwrap())
        .acosh()
            < s1
        {
            return (y - T::powi(T::from(std::f64::consts::PI).unwrap(), -1))
                * (T::atan(s1) * T::from(0.56).unwrap()).atanh();
        }
    }
    if n % 3 < 2 {
        let mut s6 =
            ((k2 + w[(n + 3) % 4]) * (w[1] - T::from(-1.34).unwrap()) * T::from(0.07).unwrap())
                .tanh()
                * T::from(3.0).unwrap();
        s1 = ((s1
            + (gen_170(
                T::from(0.8).unwrap(),
                (s6 * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) - -w[(n + 2) % 4]))
            * T::from(0.16).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    } else {
        let a7 = gen_146(
            ((k2 * T::from(0.37).unwrap()).tanh() * T::from(1.2).unwrap()).tan(),
            gen_107(
                (y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::from(1.63).unwrap(),
                w,
                0,
            ),
            w,
            n * 2 % 5,
        );
        let mut k8: usize = n;
    }
    T::sin((T::from(-1.27).unwrap() + s1) * x * T::from(0.18).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_285<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let y = T::from(1.93).unwrap()
        / (T::from(1.0).unwrap() + (T::from(OFFSET).unwrap() - y).tanh() + T::from(0.47).unwrap());
    let a1 = T::ln_1p(
        ((w[n % 4].atan() * T::from(0.56).unwrap()).asin()
            / (T::from(1.0).unwrap() + w[n % 4].tanh() + T::from(0.38).unwrap())
            * T::from(0.93).unwrap())
        .sin()
            * T::from(0.8).unwrap(),
    );
    let mut h2 = [T::one(); 4];
    h2[n * 2 % 4] = a1;
    if ((T::trunc(h2[n % 4]) * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).acos()
        <= T::from(-1.13).unwrap()
    {
        if -T::from(n).unwrap()
            % ((((h2[(n + 2) % 4] + y) * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap())
                .powi(2)
                + T::from(0.52).unwrap())
            > T::from(1.11).unwrap()
        {
            return (a1 * x * T::from(n + 3).unwrap() * T::from(0.07).unwrap()).tanh()
                * T::from(6.0).unwrap();
        }
    } else {
        if gen_277(
            ((y + x) * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap(),
            (y * T::from(0.38).unwrap()).tanh() * T::from(2.0).unwrap(),
            &h2,
            n,
        ) < T::from(-0.79).unwrap()
        {
            let a3 = -T::recip(-T::from(0.14).unwrap().cosh());
            let a4 = -(x + a1);
        } else {
            let a5 = gen_281(
                ((a1 + y) * T::from(0.33).unwrap()).tanh() * T::from(2.0).unwrap(),
                T::from(0.2).unwrap().abs(),
                w,
                n * 3 % 5,
            );
            let a6 = if (((y
                / (((a5 * T::from(0.25).unwrap()).tanh() * T::from(3.0).unwrap()).abs()
                    + T::from(0.25).unwrap())
                * T::from(0.1).unwrap())
            .sin()
                * T::from(6.0).unwrap())
            .atan()
                * T::from(1.57).unwrap())
            .exp()
                > (y * y * T::from(0.1).unwrap()).sin() * T::from(6.0).unwrap()
            {
                T::from(-0.91).unwrap()
            } else {
                T::trunc(y.log10().ceil())
            };
        }
    }
    let a7 = if (T::sin((a1 - T::from(-0.69).unwrap()) * T::from(1.17).unwrap())
        * T::from(0.8).unwrap())
    .ln_1p()
        >= T::from(-1.04).unwrap()
    {
        (y.atan() * T::from(0.56).unwrap()).atanh() - T::from(0.32).unwrap()
    } else {
        return T::exp((T::abs(x) + T::from(0.61).unwrap()).log(T::from(4.76).unwrap())).ln();
    };
    let a8 = gen_84(
        T::mul_add(
            w[n % 4] + w[2],
            T::from(n * 2).unwrap() * T::from(0).unwrap(),
            T::cosh(T::atan(T::from(n * 2).unwrap()) * T::from(1.89).unwrap()).cbrt(),
        ),
        ((T::from(n + 2).unwrap().mul_add(h2[n % 4], T::one()) * T::from(0.12).unwrap())
            .tanh()
            .max(h2[n % 4] + a1)
            * T::from(0.58).unwrap())
        .tanh()
            * T::from(2.0).unwrap(),
        &h2,
        3,
    );
    ((T::from(1.0).unwrap() + x.sin() + T::from(0.67).unwrap())
        .log(T::cosh(a8) + T::from(0.53).unwrap())
        .atan()
        * T::from(0.75).unwrap())
    .tan()
        + a1
}

#[differentiable]
pub fn gen_286<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::atan2(
        T::from(n * 3 % 9).unwrap(),
        T::from(1.0).unwrap() + T::sin(y) + T::from(0.32).unwrap(),
    );
    let mut s2 = ((gen_279(
        T::atan(w[n % 4].hypot(T::from(0.42).unwrap())) * T::from(1.26).unwrap(),
        T::atan(y) * T::from(1.26).unwrap(),
        w,
        n,
    ) - (x * T::from(-1.48).unwrap()
        / (T::cos(a1).abs() + T::from(0.24).unwrap())
        * T::from(0.12).unwrap())
    .tanh()
        * T::from(6.0).unwrap())
        * T::from(0.2).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    if -T::from(-0.35).unwrap().abs() > y {
        s2 = ((s2
            + (T::from(1.0).unwrap()
                + T::tanh(s2.atan() * T::from(1.89).unwrap())
                + T::from(1.41).unwrap())
            .acosh()
                * ((a1 * T::from(0.95).unwrap()).sin() * T::from(0.8).unwrap()).ln_1p())
            * T::from(0.17).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
        let a3 = (T::from(1.0).unwrap()
            + T::tanh(
                gen_278(
                    (T::from(n as f64).unwrap() + y).atan() * T::from(1.26).unwrap(),
                    (y.cosh() * T::from(0.4).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                )
                .atan()
                    * T::from(1.89).unwrap(),
            )
            + T::from(0.52).unwrap())
        .sqrt();
        let a4 = T::from(-0.76).unwrap()
            + T::cbrt(
                (T::tanh(s2 * T::from(0.25).unwrap()) * T::from(3.0).unwrap())
                    .hypot(T::from(0.26).unwrap()),
            );
    }
    let mut h5 = [T::zero(); 4];
    for i6 in 0..4 {
        h5[i6] = (s2 * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap();
    }
    let a7 = T::from(0.3).unwrap().exp2();
    let mut k8: usize = n;
    if a1.tanh() * gen_284(T::from(-1.9).unwrap(), T::one(), &h5, (n + 1) % 5)
        < T::from(-0.31).unwrap()
    {
        s2 = T::from(0.52).unwrap().atan2(
            T::from(1.0).unwrap()
                + T::tanh(T::atan(s2) * T::from(1.89).unwrap())
                + T::from(0.31).unwrap(),
        ) % (T::zero() * T::from(n).unwrap()).hypot(T::from(0.6).unwrap());
        h5[n * 3 % 4] = ((T::from(-0.73).unwrap() + T::from(1.93).unwrap() + T::one() * h5[3])
            * T::from(0.47).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let a9 = h5[(n + k8) % 4];
    }
    h5[(n + 3) % 4].exp2() - T::from(std::f64::consts::PI).unwrap()
}

#[differentiable]
pub fn gen_287<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = x;
    s1 = T::tanh((s1 + y) * T::from(0.19).unwrap()) * T::from(6.0).unwrap();
    let a4 = if T::from(-1.18).unwrap() >= T::from(1.28).unwrap() {
        T::from(0.43).unwrap() - w[n % 4]
    } else {
        let a2 = x.sin();
        let a3 = y;
        T::atanh(
            ((T::from(0.56).unwrap() - w[n * 2 % 4]) * a3 * T::from(0.29).unwrap()).tanh()
                * T::from(0.9).unwrap(),
        )
    };
    let mut a4 = a4 * T::from(-1.04).unwrap().ceil();
    if n < 1 {
        return gen_285(
            (T::atan2(
                T::tan(
                    (T::from(n + 2).unwrap() * T::from(0.25).unwrap()).tanh()
                        * T::from(1.2).unwrap(),
                )
                .cosh(),
                T::acos(T::sin(w[n * 3 % 4] * T::from(0.75).unwrap()) * T::from(0.9).unwrap()),
            ) * T::from(0.48).unwrap())
            .sin()
                * T::from(2.0).unwrap(),
            s1.atan() * T::from(1.26).unwrap(),
            w,
            (n + 1) % 5,
        );
    }
    s1 = ((s1 + (T::atan(T::from(0.82).unwrap() - x) * T::from(1.57).unwrap()).powi(2))
        * T::from(0.15).unwrap())
    .sin()
        * T::from(6.0).unwrap();
    let mut k5: usize = (n + 2) % 5;
    for _ in w.iter() {
        for v7 in w.iter() {
            if y.powi(2) - T::from(0).unwrap()
                > ((x * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap()).asin()
            {
                let a8 = T::max(T::from(SCALE).unwrap(), s1)
                    + (T::from(1.0).unwrap() + (*v7).tanh() + T::from(0.65).unwrap()).sqrt()
                        % ((((w[1] + w[(k5 + 3) % 4]) * T::from(0.37).unwrap()).sin()
                            * T::from(3.0).unwrap())
                        .powi(2)
                            + T::from(0.73).unwrap());
            }
            let a9: T = x * w[n % 4] / (T::from(-0.04).unwrap() * T::from(-1.42).unwrap()).cosh();
            let a10: T = T::from(k5).unwrap();
            let mut s11: T = s1.tanh().exp2();
        }
    }
    (gen_284(
        (T::exp_m1(x) * T::from(0.23).unwrap()).tanh() * T::from(2.0).unwrap(),
        T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap().log10(),
        w,
        n,
    ) * x
        * T::from(0.12).unwrap())
    .sin()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_288<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut y = gen_285(
        T::atan(w[n % 4]) * T::from(1.26).unwrap(),
        (x * y).atan() * T::from(1.26).unwrap(),
        w,
        n,
    )
    .atan()
        * T::from(1.26).unwrap();
    let mut h1 = [T::zero(); 4];
    for i2 in 0..4 {
        h1[i2] = T::tanh(
            T::from((i2 + 3) as f64).unwrap().mul_add(y, y).atan()
                * T::from(1.89).unwrap()
                * w[i2 * 2 % 4]
                * T::from(0.26).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    let a12 = if x * h1[n % 4] > h1[n % 4].sin() {
        y
    } else if (T::atan(T::sin(w[(n + 3) % 4])) * T::from(0.56).unwrap()).asin()
        <= T::from(0.11).unwrap()
    {
        let mut s3 = y * (T::from(-1.79).unwrap() + T::one());
        let mut k4: usize = 0;
        while h1[n % 4] > T::from(0.23).unwrap() && k4 < 6 {
            k4 += 1;
            let mut y = ((y + (s3.tanh() + T::from(1.01).unwrap().tan())) * T::from(0.33).unwrap())
                .sin()
                * T::from(2.0).unwrap();
            let mut s5 = (gen_267(
                T::atan(T::mul_add(s3, T::from(-0.95).unwrap(), y)) * T::from(1.26).unwrap(),
                T::from(0.7).unwrap(),
                w,
                (n + 3) % 5,
            ) * T::from(0.44).unwrap())
            .sin()
                * T::from(2.0).unwrap();
            let mut k6: usize = 0;
            while s5 < (w[3] + s3).fract() && k6 < 2 {
                k6 += 1;
                let a11 = if n % 3 % 2 == 0 {
                    {
                        let a10 = {
                            let a9 = if !(n < 1 && n % 3 % 2 == 0) {
                                h1[n % 4] =
                                    (T::from(-0.65).unwrap().acos() * s3 * T::from(0.16).unwrap())
                                        .sin()
                                        * T::from(2.0).unwrap();
                                let a7 = gen_151(
                                    T::tanh(w[3] * x * T::from(0.37).unwrap())
                                        * T::from(2.0).unwrap(),
                                    (h1[(n + 3) % 4] / -w[n % 4].cosh()).atan()
                                        * T::from(1.26).unwrap(),
                                    w,
                                    4,
                                );
                                (T::from(core::f64::consts::LN_2).unwrap() + w[n * 3 % 4])
                                    * T::from(core::f64::consts::LN_2).unwrap()
                            } else if n != 2 {
                                let mut s8: T = T::trunc(T::from(0.26).unwrap()).exp();
                                T::hypot(
                                    (T::atan(s3) * T::from(0.56).unwrap()).asin().sin(),
                                    T::from(0.55).unwrap(),
                                )
                                .log10()
                            } else {
                                y
                            };
                            -y
                        };
                    }
                    w[n * 2 % 4] * s3
                } else {
                    (s5 * w[n % 4] * y.hypot(T::from(0.79).unwrap()).log2()).atan()
                };
                s5 = T::atan(
                    s5 * T::from(0.54).unwrap()
                        + T::cosh(
                            (T::tanh((T::from(-1.48).unwrap() - s3) * T::from(0.27).unwrap())
                                * T::from(0.9).unwrap())
                            .atanh(),
                        ),
                ) * T::from(1.26).unwrap();
            }
            s3 = ((s3 + (s5.abs() + T::from(0.26).unwrap()).atan() * T::from(1.26).unwrap())
                * T::from(0.28).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        }
        T::sin(s3.mul_add(x, -(y - w[0])) * T::from(0.12).unwrap())
    } else {
        T::one() * (w[n * 2 % 4] + h1[0])
            / -((((y + h1[0] + T::sinh(h1[3])) * T::from(0.2).unwrap()).tanh()
                * T::from(3.0).unwrap())
            .abs()
                + T::from(0.34).unwrap())
    };
    (((w[n * 3 % 4] + a12).atan() * T::from(3.78).unwrap() - T::from(n * 3 % 9).unwrap().ln_1p())
        * x
        * T::from(0.1).unwrap())
    .tanh()
        * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_289<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a9 = {
        for &v1 in w.iter() {
            let a2 = T::cosh(v1).ceil();
            let mut s3 = T::from(0.89).unwrap() / a2;
            let mut k4: usize = 0;
            loop {
                if k4 >= 2 {
                    break;
                }
                k4 += 1;
                s3 = (s3 * T::from(0.81).unwrap()
                    + (x.abs() + T::from(0.44).unwrap()).atan() * T::from(1.26).unwrap())
                .atan()
                    * T::from(2.52).unwrap();
                let a8 = {
                    if T::tanh(
                        (((T::trunc(s3) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap())
                            .abs()
                            + T::from(0.22).unwrap())
                        .powf((y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap())
                            * T::from(0.07).unwrap(),
                    ) * T::from(4.0).unwrap()
                        >= gen_172(
                            (a2 * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                            T::from(SCALE).unwrap(),
                            w,
                            n,
                        )
                    {
                        let a5 = T::exp(T::atan(y + s3) * T::from(1.57).unwrap());
                        let a5 =
                            ((a5 + T::exp(
                                T::atan(T::one() + T::from(1.74).unwrap()) * T::from(1.57).unwrap(),
                            )) * T::from(0.09).unwrap())
                            .sin()
                                * T::from(2.0).unwrap();
                    } else {
                        if T::log(T::from(0.38).unwrap(), T::from(3.68).unwrap()) - v1.exp2()
                            <= T::from(0.4).unwrap()
                        {
                            let mut s6 = s3 * T::from(0).unwrap();
                            if n != 1 {
                                let s6 = s6 * T::signum(T::from(OFFSET).unwrap() + a2);
                            } else if T::one() >= T::from(-0.03).unwrap()
                                && T::exp_m1(T::from(0.82).unwrap()) >= w[n % 4] + w[n % 4]
                            {
                                s6 = (s6
                                    * (((s3 + y) * (T::from(1.78).unwrap() + w[n % 4])).atan()
                                        * T::from(1.26).unwrap()
                                        * T::from(-0.8).unwrap())
                                    * T::from(0.24).unwrap())
                                .tanh()
                                    * T::from(4.0).unwrap();
                            } else {
                                let a7 = if (((gen_170(
                                    T::atan(v1) * T::from(1.26).unwrap(),
                                    T::from(-1.55).unwrap(),
                                    w,
                                    4,
                                ) * T::from(0.36).unwrap())
                                .sin()
                                    * T::from(3.0).unwrap())
                                .powi(2)
                                    + T::from(0.45).unwrap())
                                .ln()
                                    > T::zero() + T::one()
                                {
                                    w[n % 4]
                                } else if gen_151(
                                    T::from(core::f64::consts::LN_2).unwrap()
                                        + T::from(-1.29).unwrap(),
                                    (a2 * w[n % 4]).atan() * T::from(1.26).unwrap(),
                                    w,
                                    (n + 3) % 5,
                                ) >= T::from(-0.96).unwrap()
                                {
                                    T::from(3).unwrap()
                                } else {
                                    y
                                };
                            }
                        }
                    }
                    T::atan(y * x * (w[1] - a2)) * T::from(1.89).unwrap()
                };
                if s3 > T::from(-0.88).unwrap().sinh() {
                    break;
                }
            }
        }
        T::tanh(T::from(-1.28).unwrap() + w[n * 3 % 4])
            - ((x.exp2() * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).sinh()
    };
    ((x + y) * y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_290<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = T::cosh(
        gen_277(
            (w[(n + 2) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (w[(n + 1) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            w,
            n,
        )
        .atan()
            * T::from(1.26).unwrap(),
    )
    .powf((T::atan(x) * T::from(0.56).unwrap()).atanh());
    let mut k2: usize = 0;
    while s1 < -(w[n % 4] % (T::from(1.0).unwrap() + y.tanh() + T::from(0.61).unwrap())) && k2 < 4 {
        k2 += 1;
        if n % 2 == 0
            || (T::from(1.0).unwrap()
                + T::from(-1.11).unwrap().fract().sin()
                + T::from(0.27).unwrap())
            .hypot(x - w[n * 3 % 4])
                >= T::from(-0.58).unwrap() * T::from(-0.82).unwrap()
        {
            s1 =
                (s1 * (y - T::atan2(
                    (T::from(1.0).unwrap()
                        + (T::atan(x) * T::from(1.26).unwrap()).tanh()
                        + T::from(0.22).unwrap())
                    .powf((w[n % 4] * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap()),
                    x.abs() + T::from(0.33).unwrap(),
                )) + gen_220(
                    (s1 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                    T::from(-0.78).unwrap(),
                    w,
                    n,
                ))
                .atan()
                    * T::from(1.89).unwrap();
            s1 = (s1 * s1 * T::from(0.17).unwrap()).tanh() * T::from(3.0).unwrap();
            s1 = (s1 * -y * T::from(0.25).unwrap()).sin() * T::from(3.0).unwrap();
        } else if w[n % 4] >= T::from(-0.43).unwrap() {
            let a3: T = gen_273(
                (y * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
                ((w[n % 4] - x) * T::from(0.37).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                2,
            );
            let mut s4 = T::atan2(
                ((T::from(-1.93).unwrap() * T::from(0.78).unwrap()).tanh() * T::from(0.9).unwrap())
                    .atanh(),
                T::from(1.0).unwrap()
                    + (y.mul_add(T::from(-0.68).unwrap(), w[n * 3 % 4]).atan()
                        * T::from(1.89).unwrap())
                    .tanh()
                    + T::from(0.63).unwrap(),
            );
            s1 = T::atan(s1 - a3.fract()) * T::from(1.89).unwrap();
        } else {
            let k5 = n;
        }
        s1 = ((s1 * T::from(0.86).unwrap()
            + (x.asinh().atan() * T::from(0.56).unwrap()).acos().atan() * T::from(1.26).unwrap())
            * T::from(0.37).unwrap())
        .sin()
            * T::from(3.0).unwrap();
    }
    ((T::from(-1.61).unwrap() - s1 - (w[0] - x)) * s1 + y).atan() * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_291<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    for _ in 0..4 {
        if T::from(1.87).unwrap() * w[(n + 3) % 4] * y.signum() >= T::from(-0.07).unwrap() {
            return T::from(-0.68).unwrap();
        }
    }
    let y = w[1];
    for i2 in (0..4).rev() {
        let mut k3: usize = i2;
        let mut s4 = w[k3 % 4].sin() * y.tanh();
        s4 = T::atan(
            s4 * (y * w[k3 % 4]
                + T::acosh(T::from(1.0).unwrap() + x.sin() + T::from(1.24).unwrap())
                - T::from((n * 3 % 9) as f64).unwrap()),
        ) * T::from(1.26).unwrap();
    }
    let a5 = y - w[n % 4] - (T::from(n).unwrap() + T::one());
    ((gen_273(
        (y.powi(1) * T::from(0.75).unwrap()).sin() * T::from(2.0).unwrap(),
        (T::from(1.43).unwrap() * w[(n + 3) % 4] * T::from(0.52).unwrap()).sin()
            * T::from(2.0).unwrap(),
        w,
        3,
    ) + y)
        * a5)
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_292<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let mut s1 = ((-x - T::from(0.97).unwrap().log2()) * T::from(0.73).unwrap()).sin()
        * T::from(2.0).unwrap();
    for _ in w.iter() {
        s1 = T::sin(
            s1 * (T::from(core::f64::consts::LN_2).unwrap() * T::from(-1.57).unwrap() - s1)
                * T::from(0.24).unwrap(),
        ) * T::from(2.0).unwrap();
    }
    let mut h3 = [T::one(); 4];
    if h3[n % 4] % (T::from(1.0).unwrap() + h3[(n + 1) % 4].tanh() + T::from(0.49).unwrap())
        - (T::one() + h3[n * 2 % 4])
        >= T::from(0.81).unwrap()
    {
        let mut s4 = s1.hypot(T::from(0.92).unwrap()).sqrt();
        let mut k5: usize = 0;
        loop {
            if k5 >= 2 {
                break;
            }
            k5 += 1;
            s4 = ((s4 * T::from(0.63).unwrap()
                + ((gen_277(
                    (T::acos((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
                        * T::from(0.59).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap(),
                    (gen_112(
                        T::atan(T::from(2).unwrap()) * T::from(1.26).unwrap(),
                        T::from(1.18).unwrap(),
                        &h3,
                        n,
                    ) * T::from(0.26).unwrap())
                    .tanh()
                        * T::from(2.0).unwrap(),
                    w,
                    n * 3 % 5,
                )
                .powi(2)
                    + T::from(0.27).unwrap())
                    * T::from(0.35).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.39).unwrap())
            .tanh()
                * T::from(3.0).unwrap();
            let a6 = (s1.powi(2) + T::from(0.58).unwrap()).cbrt() + h3[n % 4];
            let k7 = n + 2;
            let mut k8: usize = k7 % 5;
            if s4 > T::from(core::f64::consts::LN_2).unwrap() {
                break;
            }
        }
    } else {
        let a9 = if n > 3
            && gen_275(
                ((T::one() + s1) * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap(),
                (T::ceil(T::one()) * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                &h3,
                n,
            ) >= w[n * 2 % 4] / (T::from(1.0).unwrap() + s1.tanh() + T::from(0.52).unwrap())
        {
            w[n % 4].signum().sinh()
        } else {
            h3[n % 4] * T::from(1.73).unwrap() - T::from(core::f64::consts::LN_2).unwrap().cbrt()
        };
        let a10 = T::cosh(w[3]).hypot(s1).sin();
        let a11 = T::from(-0.29).unwrap();
    }
    T::atanh((y * T::from(0.75).unwrap()).tanh() * T::from(0.9).unwrap())
}

#[differentiable]
pub fn gen_293<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let x = w[n * 3 % 4];
    let mut y = y + -(y.abs() + T::from(0.26).unwrap()).log(T::from(2.93).unwrap());
    let mut s1 = w[n % 4];
    let mut k2: usize = 0;
    loop {
        if k2 >= 2 {
            break;
        }
        k2 += 1;
        s1 = (s1 * T::from(0.6).unwrap()
            + (((T::from(n).unwrap() - w[n % 4]).atan() * T::from(1.89).unwrap()).abs()
                + T::from(0.41).unwrap())
            .sqrt())
        .atan()
            * T::from(2.52).unwrap();
        let a3 = (T::powf(
            T::from(1.0).unwrap()
                + (T::tanh(s1 * T::from(0.37).unwrap()) * T::from(2.0).unwrap()).tanh()
                + T::from(0.53).unwrap(),
            T::tanh(s1 * T::from(0.37).unwrap()) * T::from(2.0).unwrap(),
        ) * (T::from(n + 1).unwrap() + w[(n + 2) % 4])
            * T::from(0.04).unwrap())
        .tanh();
        if s1 < T::from(-0.6).unwrap() {
            return w[2];
        }
        let mut s4 = ((T::tanh(s1 * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).cosh()
            + T::from(0.41).unwrap())
        .acosh();
        let mut k5: usize = 0;
        while s4
            < T::from(OFFSET).unwrap()
                % (T::from(1.0).unwrap()
                    + ((s4 * T::from(0.37).unwrap()).tanh() * T::from(3.0).unwrap()).sin()
                    + T::from(0.66).unwrap())
            && k5 < 5
        {
            k5 += 1;
            y = (y * T::from(n + 1).unwrap() + T::cos(x)).atan() * T::from(2.52).unwrap();
            let a6 = if n % 2 == 0 {
                T::from(0.14).unwrap()
            } else if x.sin() > x {
                w[(n + 1) % 4] * (T::one() - w[n % 4])
            } else {
                w[n % 4] / (x.abs() + T::from(0.6).unwrap()) - a3
            };
            s4 = ((s4
                + (T::abs(gen_277(T::from(-1.1).unwrap(), y.signum(), w, n))
                    + T::from(0.28).unwrap())
                .atan()
                    * T::from(1.26).unwrap())
                * T::from(0.27).unwrap())
            .tanh()
                * T::from(4.0).unwrap();
        }
        if s1 > x.round() {
            break;
        }
    }
    for i7 in 0..4 {
        let a8 = w[k2 + 1]
            * T::from(0.29).unwrap()
            * (T::tanh(x * T::from(0.75).unwrap()) * T::from(0.9).unwrap()).atanh();
        for _ in 0..=i7 {
            if i7 % 2 > 2 {
                let mut s10 = T::atan(
                    (T::from(1.0).unwrap() + a8.sin() + T::from(0.48).unwrap())
                        .log(w[k2 * 3 % 4].powi(2) + T::from(1.71).unwrap())
                        .cosh()
                        .powf(x * a8),
                ) * T::from(1.89).unwrap();
                s10 = ((s10 * (s10 * T::min(T::tanh(w[3]), T::from(1.39).unwrap() / T::one()))
                    + x * a8)
                    * T::from(0.15).unwrap())
                .sin()
                    * T::from(3.0).unwrap();
            } else {
                if x < T::from(1.22).unwrap() {
                    return w[n % 4].cos();
                }
            }
        }
    }
    x.mul_add(w[k2], T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
        .max(s1 + w[2])
        .atan()
        * T::from(3.78).unwrap()
}

#[differentiable]
pub fn gen_294<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = T::from(-1.7).unwrap();
    let mut s2 = T::ln_1p((y * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap());
    let a3 = ((x * T::from(0.75).unwrap()).tanh() * T::from(0.8).unwrap()).ln_1p() + s2.round();
    if T::from(0.64).unwrap() > T::from(1.47).unwrap() {
        return T::sin((T::from(-0.24).unwrap() + a1 * s2) * T::from(0.21).unwrap())
            * T::from(6.0).unwrap();
    }
    s2 = (s2 * (x - T::exp2(w[n % 4])).signum()
        + (T::tanh(s2 * T::from(0.37).unwrap()) * T::from(0.9).unwrap()).asin())
    .atan()
        * T::from(2.52).unwrap();
    if gen_280(T::from(-1.08).unwrap(), T::from(-0.03).unwrap(), w, n).min(a3 + a3)
        >= (w[n % 4].abs() + T::from(0.24).unwrap()).ln()
        && a3 * w[n % 4].max(x) < T::from(-0.08).unwrap()
    {
        let mut s4 = T::from(core::f64::consts::LN_2).unwrap().log10().atan();
        let a5 = -(-s4 * T::from(1.67).unwrap().acosh());
    }
    T::sqrt(
        T::from(1.0).unwrap()
            + ((T::tanh(x.powi(4) * T::from(0.09).unwrap()) * T::from(4.0).unwrap()).atan()
                * T::from(1.89).unwrap())
            .tanh(),
    ) * x
        + a1
}

#[differentiable]
pub fn gen_295<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let k1 = n;
    let mut s2 = T::atan(T::from(n as f64).unwrap()) * T::from(2.52).unwrap();
    let mut s3 = (T::atan(
        T::from(n + k1).unwrap().cos()
            - T::powf(
                T::cosh(T::atan(x) * T::from(1.26).unwrap()),
                (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            ),
    ) * T::from(1.57).unwrap())
    .exp_m1();
    let a4 = y;
    let mut s5 = T::atan(
        gen_291(
            x.atan() * T::from(1.26).unwrap(),
            (T::from(k1).unwrap()
                % (T::from(1.0).unwrap()
                    + T::sin((s3 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                    + T::from(0.9).unwrap()))
            .atan()
                * T::from(1.26).unwrap(),
            w,
            (k1 + 2) % 5,
        ) * T::min(s3 + s2, T::log2(T::abs(w[0]) + T::from(0.68).unwrap())),
    ) * T::from(3.78).unwrap();
    let mut s6 = gen_279(
        T::from(SCALE).unwrap(),
        T::tanh(w[(k1 + 3) % 4] * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
        w,
        k1,
    ) % (T::from(1.0).unwrap()
        + T::cos(T::from(1.97).unwrap()).tanh()
        + T::from(0.62).unwrap());
    let mut k7: usize = 0;
    while s6 < T::ceil(a4).sin() && k7 < 4 {
        k7 += 1;
        let a8 = (T::from((k1 + 3) as f64).unwrap()
            * T::from(std::f64::consts::PI).unwrap().trunc()
            * T::from(0.07).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
        for _ in (0..4).rev() {
            s2 = (s2 * a4 * T::from(0.19).unwrap()).sin() * T::from(4.0).unwrap();
            s5 = (s5 * s2).atan() * T::from(3.78).unwrap();
        }
        if (y + T::zero()) * w[(n + 1) % 4] > s5.ceil() {
            s2 = T::sin(
                (s2 + T::acosh(
                    T::from(1.0).unwrap() + (-w[(n + 1) % 4]).sin() + T::from(1.67).unwrap(),
                )) * T::from(0.25).unwrap(),
            ) * T::from(4.0).unwrap();
        } else {
            let a10 = if !(x >= x && w[(k1 + 3) % 4] < T::from(1.49).unwrap()) {
                T::atan(
                    gen_291(
                        (x * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                        T::zero(),
                        w,
                        4,
                    ) * (T::from(-1.85).unwrap() * s3),
                ) * T::from(1.89).unwrap()
            } else {
                w[(n + k1) % 4]
            };
        }
        s6 = ((s6 * T::from(0.72).unwrap()
            + (T::from(1.0).unwrap()
                + w[k1 % 4]
                    .atan2(
                        T::from(1.0).unwrap()
                            + T::tanh(
                                (T::from(n + k1).unwrap() * T::from(0.19).unwrap()).tanh()
                                    * T::from(3.0).unwrap(),
                            ),
                    )
                    .tanh()))
            * T::from(0.37).unwrap())
        .tanh()
            * T::from(3.0).unwrap();
    }
    let s3 = s3.tanh();
    (T::from(0.22).unwrap() - -s3) * a4
}

#[differentiable]
pub fn gen_296<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if ((-T::from((n * 2) as f64).unwrap() - w[3] * x) * T::from(0.12).unwrap()).tanh()
        * T::from(3.0).unwrap()
        <= T::from(0.91).unwrap()
    {
        let a1: T = T::from(n).unwrap();
    } else {
        let a2 = y * (x - x + -T::from(0).unwrap());
        let mut s3 = y;
        let mut k4: usize = 0;
        loop {
            if k4 >= 4 {
                break;
            }
            k4 += 1;
            s3 = ((s3 * T::from(0.88).unwrap()
                + (T::cosh(
                    T::atan(gen_1(
                        (s3.min(y) * T::from(0.37).unwrap()).sin() * T::from(2.0).unwrap(),
                        (y + s3).atan() * T::from(1.26).unwrap(),
                        w,
                        4,
                    )) * T::from(1.89).unwrap(),
                ) * T::from(0.24).unwrap())
                .sin()
                    * T::from(2.0).unwrap())
                * T::from(0.27).unwrap())
            .sin()
                * T::from(4.0).unwrap();
            let a5 = ((T::sin((y - x) * T::from(0.37).unwrap()) * T::from(3.0).unwrap()).powi(2)
                + T::from(0.29).unwrap())
            .log10()
                * s3;
            if s3 > a2 {
                break;
            }
        }
        let mut s6 = ((gen_121(T::from(-0.09).unwrap(), T::zero(), w, n * 3 % 5) + x)
            * T::from(0.3).unwrap())
        .tanh()
            * T::from(2.0).unwrap();
        let mut k7: usize = 0;
        while s6 < -(T::from(-1.35).unwrap() - T::from(-1.17).unwrap()) && k7 < 2 {
            k7 += 1;
            let mut s8 = T::atan(a2) * T::from(1.89).unwrap();
            for (_, _) in w.iter().enumerate() {
                let mut s11 = (((T::from(1.0).unwrap() + y.tanh() + T::from(0.6).unwrap()).cbrt()
                    * T::from(1.1).unwrap())
                .tanh()
                    * T::from(0.9).unwrap())
                .acos()
                .log10();
            }
            if gen_247(
                T::atan(
                    (((y * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap()).powi(2)
                        + T::from(0.65).unwrap())
                    .powf(s3.atan() * T::from(1.26).unwrap()),
                ) * T::from(1.26).unwrap(),
                (w[(n + k4) % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                w,
                n,
            ) >= T::from(-0.17).unwrap()
            {
                s6 = (s6
                    * T::cos(T::from(-1.39).unwrap() / T::hypot(y, T::from(0.25).unwrap()))
                    * s8
                    * T::from(0.25).unwrap())
                .sin()
                    * T::from(2.0).unwrap();
                let k12 = (k4 + n) % 8;
                let mut s13 = T::atan(
                    s8 % (T::from(1.0).unwrap() + s6.sin() + T::from(1.0).unwrap())
                        / -(T::tanh(
                            (s6 * T::from((k4 + 3) as f64).unwrap()).atan()
                                * T::from(2.52).unwrap()
                                * T::from(0.4).unwrap(),
                        ) * T::from(3.0).unwrap())
                        .cosh(),
                ) * T::from(1.26).unwrap();
            } else {
                let mut s14 = (w[k4 % 4]
                    / (T::from(1.0).unwrap()
                        + (T::tanh(T::from(n * 3 % 9).unwrap() * T::from(0.19).unwrap())
                            * T::from(3.0).unwrap())
                        .tanh())
                    * (a2
                        % (T::from(1.0).unwrap()
                            + w[(k4 + n) % 4].tanh()
                            + T::from(0.61).unwrap()))
                    * T::from(0.29).unwrap())
                .sin()
                    * T::from(4.0).unwrap();
                s3 = (-(T::from(1.0).unwrap()
                    + ((w[n * 3 % 4].sinh() * T::from(0.41).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.38).unwrap()))
                .recip();
            }
            s6 = ((s6 * T::from(0.6).unwrap()
                + (((a2 - s6)
                    / -(T::from(1.0).unwrap()
                        + (((w[(n + k4) % 4] + T::from(1.6).unwrap())
                            * T::from(0.42).unwrap())
                        .sin()
                            * T::from(3.0).unwrap())
                        .tanh()
                        + T::from(0.31).unwrap())
                    * T::from(0.05).unwrap())
                .tanh()
                    * T::from(2.0).unwrap())
                .hypot(T::from(0.41).unwrap()))
                * T::from(0.49).unwrap())
            .sin()
                * T::from(2.0).unwrap();
        }
    }
    y
}

#[differentiable]
pub fn gen_297<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if w[n % 4] + (w[n % 4] + T::from(n).unwrap()) <= y - T::from(n + 3).unwrap() {
        let a8 = {
            let mut s1 = ((y / T::from(0.29).unwrap()
                - T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap())
                * T::from(0.2).unwrap())
            .sin()
                * T::from(3.0).unwrap();
            let mut k2: usize = 0;
            loop {
                if k2 >= 2 {
                    break;
                }
                k2 += 1;
                s1 = T::tanh(
                    (s1 * T::from(0.51).unwrap()
                        + T::sin(
                            (T::from(1.0).unwrap()
                                + (T::atan(s1 * (x - x)) * T::from(1.89).unwrap()).tanh()
                                + T::from(0.17).unwrap())
                                * T::from(0.69).unwrap(),
                        ) * T::from(2.0).unwrap())
                        * T::from(0.42).unwrap(),
                ) * T::from(3.0).unwrap();
                let a3 = if x * w[(n + 3) % 4]
                    % (T::from(1.0).unwrap()
                        + (T::from((n * 2) as f64).unwrap().atan() * T::from(1.89).unwrap()).tanh())
                    >= T::from(1.38).unwrap()
                {
                    T::from(-1.26).unwrap().round() * (w[n * 3 % 4] % T::one())
                } else {
                    (((T::atan2(y.abs() + T::from(0.29).unwrap(), T::from(n).unwrap())
                        / (T::from(1.0).unwrap() + x.tanh() + T::from(0.38).unwrap()))
                    .atan()
                        * T::from(1.89).unwrap())
                    .powi(2)
                        + T::from(0.48).unwrap())
                    .sqrt()
                };
                let mut x = (x
                    * (T::from(1.0).unwrap() + w[n % 4].sin() + T::from(1.4).unwrap()).acosh()
                    * T::from(0.4).unwrap())
                .tanh()
                    * T::from(3.0).unwrap();
                let a7 = if y.sinh() < T::from(-1.02).unwrap() {
                    let mut h4 = [T::from(0.81).unwrap(); 4];
                    for i5 in 0..4 {
                        h4[i5] = (-gen_246(
                            T::atan(x) * T::from(1.26).unwrap(),
                            T::sin(x * T::from(0.5).unwrap()) * T::from(2.0).unwrap(),
                            &h4,
                            i5 * 3 % 5,
                        ) * T::from(0.26).unwrap())
                        .sin()
                            * T::from(2.0).unwrap();
                    }
                    (y + s1)
                        * gen_273(
                            T::from(std::f64::consts::FRAC_1_SQRT_2).unwrap(),
                            (s1 * T::from(0.5).unwrap()).sin() * T::from(2.0).unwrap(),
                            &h4,
                            n,
                        )
                } else {
                    {
                        let a6 = if T::one() * w[n * 3 % 4] - a3 * x > T::from(0.67).unwrap() {
                            w[2]
                        } else {
                            (T::from(1.0).unwrap()
                                + ((s1 * T::from(0.5).unwrap()).sin() * T::from(3.0).unwrap())
                                    .sin()
                                + T::from(0.41).unwrap())
                            .recip()
                                / (T::abs(w[n % 4].atan2(T::from(0.64).unwrap()))
                                    + T::from(0.31).unwrap())
                        };
                    }
                    gen_173(
                        (x * w[n % 4] * T::from(0.25).unwrap()).tanh() * T::from(2.0).unwrap(),
                        T::tanh(a3.floor() * T::from(0.75).unwrap()) * T::from(2.0).unwrap(),
                        w,
                        (n + 1) % 5,
                    )
                };
                if n % 2 == 0 {
                    break;
                }
            }
            T::sqrt(T::from(1.0).unwrap() + w[(k2 + 3) % 4].tanh() + T::from(0.33).unwrap())
        };
        let a9 = (y / T::from(1.3).unwrap()).powi(n as i32);
        if T::from(-1.97).unwrap() + a8
            - T::atanh((a9 * T::from(0.27).unwrap()).sin() * T::from(0.9).unwrap())
            <= w[n * 2 % 4].exp2()
        {
            let a11 = {
                let a10 = w[1];
                w[(n + 2) % 4]
            };
        }
    } else {
        let a12 = (((T::mul_add(
            y,
            w[n % 4] - T::from(-0.95).unwrap(),
            T::from(n).unwrap() * y,
        ) * T::from(0.11).unwrap())
        .sin()
            * T::from(4.0).unwrap()
            * T::from(0.37).unwrap())
        .tanh()
            * T::from(0.9).unwrap())
        .asin();
    }
    T::tanh((w[(n + 3) % 4] + x + x) * T::from(0.25).unwrap()) * T::from(6.0).unwrap()
}

#[differentiable]
pub fn gen_298<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    if x.exp() * w[n % 4].asinh() < T::from(0.91).unwrap() {
        return ((T::tanh(x * T::from(0.75).unwrap()) * T::from(2.0).unwrap()).powi(n as i32)
            * T::from(0.14).unwrap())
        .tanh()
            * T::from(6.0).unwrap();
    }
    let a1 = (T::from(1.0).unwrap()
        + T::sin(
            T::tanh(
                gen_114(
                    x.atan() * T::from(1.26).unwrap(),
                    (w[3] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
                    w,
                    n,
                ) * T::from(0.28).unwrap(),
            ) * T::from(3.0).unwrap(),
        )
        + T::from(1.61).unwrap())
    .acosh()
    .ln();
    for &v2 in w.iter() {
        let a3 = if -(T::from(1.0).unwrap() + w[2].tanh() + T::from(1.23).unwrap()).acosh()
            < T::from(0.48).unwrap() * y
        {
            x.trunc().sin()
        } else {
            (T::from(1.0).unwrap() + w[2].tanh() + T::from(0.56).unwrap())
                .log(T::from(2.2).unwrap())
                .max(y)
                .exp2()
        };
        if n < 3
            && ((v2 * T::from(0.75).unwrap()).sin() * T::from(0.9).unwrap()).atanh()
                >= T::from(-0.01).unwrap()
        {
            let mut h4 = [T::from(-0.43).unwrap(); 4];
        } else if n % 2 % 2 == 0 {
            let mut h5 = [T::zero(); 4];
            for i6 in 0..4 {
                h5[i6] = T::tanh(
                    w[i6 * 2 % 4] / T::hypot(y, T::from(0.99).unwrap()) * T::from(0.74).unwrap(),
                ) * T::from(2.0).unwrap();
            }
        } else {
            let a7 = (T::zero() * x).cosh();
        }
    }
    let k8 = 1;
    let mut h9 = [T::one(); 4];
    h9[k8] = ((h9[k8] / (T::from(1.0).unwrap() + h9[3 - k8].tanh() + T::from(0.27).unwrap())
        + (h9[n % 4] - x))
        * T::from(0.14).unwrap())
    .tanh()
        * T::from(2.0).unwrap();
    a1 * y + x
}

#[differentiable]
pub fn gen_299<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let a1 = w[n % 4] + T::one();
    let k2 = 3;
    let mut h3 = [T::one(); 4];
    for i4 in 0..4 {
        h3[i4] = T::atan(a1.floor()) * T::from(1.26).unwrap();
    }
    let a5 = (x + y)
        * T::from(-1.08)
            .unwrap()
            .atan2(T::from(-0.21).unwrap().hypot(T::from(0.31).unwrap()));
    let mut k6: usize = (n + k2) % 5;
    let a7 = T::cosh((h3[k6 % 4] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap())
        .powf((a1 * T::from(0.5).unwrap()).tanh() * T::from(2.0).unwrap())
        .hypot(
            T::from(1.0).unwrap()
                + ((T::from(0.81).unwrap() + a1).atan() * T::from(1.89).unwrap()).tanh(),
        )
        % ((((T::from(n).unwrap() + (a1 + a1)) * T::from(0.15).unwrap()).sin()
            * T::from(3.0).unwrap())
        .abs()
            + T::from(0.71).unwrap());
    for i8 in k2..4 {
        let mut s9 = ((gen_285(
            (w[3 - i8] * T::from(0.75).unwrap()).tanh() * T::from(2.0).unwrap(),
            (a7 * T::from(0.4).unwrap()).sin() * T::from(2.0).unwrap(),
            &h3,
            (n + i8) % 5,
        ) * T::from(0.27).unwrap())
        .tanh()
            * T::from(0.9).unwrap())
        .asin();
        let a12 = if h3[(k6 + i8) % 4] < T::from(-0.83).unwrap() {
            let a10: T = h3[i8 * 2 % 4] * h3[k6 % 4] - w[i8 * 3 % 4];
            let a11 = y;
            (y * a5 * T::from(0.12).unwrap()).sin() * T::from(6.0).unwrap()
                / (T::from(1.0).unwrap()
                    + (((a5 - w[(k2 + 1) % 4]) * T::from(0.18).unwrap()).tanh()
                        * T::from(3.0).unwrap())
                    .tanh()
                    + T::from(0.59).unwrap())
        } else {
            gen_224(
                (T::from(1.11).unwrap() + h3[(n + i8) % 4]).atan() * T::from(1.26).unwrap(),
                -T::from(-0.29).unwrap(),
                &h3,
                n,
            )
        };
        let a13 = a7;
    }
    if n % 2 != 1 {
        return T::signum(T::from(2).unwrap());
    }
    if n < 3 {
        let a14 = h3[3 - k2];
    } else {
        let mut s15 = ((y * y + T::ln(T::from(1.0).unwrap() + x.sin() + T::from(0.68).unwrap()))
            * T::from(0.3).unwrap())
        .sin()
            * T::from(2.0).unwrap();
    }
    (gen_298(
        (T::from(std::f64::consts::PI).unwrap() * T::from(0.48).unwrap()).tanh()
            * T::from(2.0).unwrap(),
        (a7 * T::from(0.4).unwrap()).tanh() * T::from(2.0).unwrap(),
        &h3,
        (k2 + n) % 5,
    )
    .asinh()
        * a1
        * T::from(0.21).unwrap())
    .sin()
        * T::from(6.0).unwrap()
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
