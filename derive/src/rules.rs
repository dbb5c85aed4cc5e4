//! The table of derivative rules: for each primitive operation, the code of its forward
//! value and of its local partial derivatives, written from the forward values (operands
//! `a`, `b`, …, result `y`) so the reverse sweep reuses what the forward sweep computed.
//!
//! The runtime tape (`runtime/src/tape/float.rs`) has its own table for the same
//! operations; tests hold the two against each other and against finite differences.

use crate::ir::{BinaryFn, BinaryOp, Exponent, Op, UnaryFn};
use crate::signature::FloatType;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{quote, ToTokens};

/// How one operand's adjoint grows by the result's adjoint `d_y`.
pub enum Partial {
    /// No contribution: the derivative is zero.
    Zero,
    /// `d_a += d_y`
    One,
    /// `d_a -= d_y`
    MinusOne,
    /// `d_a += d_y * e`
    Times(TokenStream),
    /// `d_a -= d_y * e`
    MinusTimes(TokenStream),
    /// `d_a += d_y / e`
    Over(TokenStream),
    /// `d_a -= d_y / e`
    MinusOver(TokenStream),
    /// `d_a -= d_y / e · f`: shares `d_y / e` with another operand's `Over(e)`
    MinusOverTimes(TokenStream, TokenStream),
}

/// The partials of every operand, or two sets chosen by a condition at run time.
pub enum Rule {
    Partials(Vec<Partial>),
    /// `then_partials` where `condition` holds, else the rule `else_partials`.
    Branch {
        condition: TokenStream,
        then_partials: Vec<Partial>,
        else_partials: Box<Rule>,
    },
}

/// The forward value of `op`, its operands already rendered. `constant_receiver` says the
/// first operand is a constant, whose method must be called by path (`f64::powf(2.0, x)`)
/// so its type is not ambiguous.
pub fn forward(
    op: &Op,
    operands: &[TokenStream],
    constant_receiver: bool,
    float: &FloatType,
    snapshot: &dyn Fn(&Exponent) -> TokenStream,
) -> TokenStream {
    let method = |name: &str, rest: &[TokenStream]| -> TokenStream {
        let name = Ident::new(name, proc_macro2::Span::call_site());
        let receiver = &operands[0];
        if constant_receiver {
            let owner = match float {
                FloatType::Concrete(t) => quote!(#t),
                FloatType::Generic(t) => quote!(<#t as ::gradus::__private::Float>),
            };
            quote!(#owner::#name(#receiver #(, #rest)*))
        } else {
            quote!(#receiver.#name(#(#rest),*))
        }
    };
    match op {
        Op::Binary(op, _, _) => {
            let (a, b) = (&operands[0], &operands[1]);
            match op {
                BinaryOp::Add => quote!(#a + #b),
                BinaryOp::Sub => quote!(#a - #b),
                BinaryOp::Mul => quote!(#a * #b),
                BinaryOp::Div => quote!(#a / #b),
                BinaryOp::Rem => quote!(#a % #b),
            }
        }
        Op::Unary(UnaryFn::Neg, _) => {
            let a = &operands[0];
            quote!(-#a)
        }
        Op::Unary(function, _) => method(function.method(), &[]),
        Op::BinaryFn(function, _, _) => method(function.method(), &operands[1..2]),
        Op::Powi(_, exponent) => method("powi", &[snapshot(exponent)]),
        Op::MulAdd(..) => method("mul_add", &operands[1..3]),
        Op::Clamp(..) => method("clamp", &operands[1..3]),
        Op::Constant { tokens, .. } => tokens.clone(),
        Op::Read(..) | Op::ReadCell(_) | Op::Call { .. } => {
            unreachable!("reads and calls are emitted by the sweep itself")
        }
    }
}

/// Whether `op` can pass any gradient to its operands.
pub fn has_gradient(op: &Op) -> bool {
    match op {
        Op::Unary(f, _) => !matches!(
            f,
            UnaryFn::Signum | UnaryFn::Floor | UnaryFn::Ceil | UnaryFn::Round | UnaryFn::Trunc
        ),
        Op::Powi(_, Exponent::Literal(0)) => false,
        Op::Constant { .. } => false,
        _ => true,
    }
}

/// Which operands' forward values, and whether the result's, the rule of `op` reads.
pub fn reads(op: &Op) -> (Vec<bool>, bool) {
    let (operands, result): (&[bool], bool) = match op {
        Op::Binary(BinaryOp::Add | BinaryOp::Sub, ..) => (&[false, false], false),
        Op::Binary(BinaryOp::Mul | BinaryOp::Rem, ..) => (&[true, true], false),
        Op::Binary(BinaryOp::Div, ..) => (&[false, true], true),
        Op::Unary(function, _) => match function {
            UnaryFn::Neg
            | UnaryFn::Fract
            | UnaryFn::Signum
            | UnaryFn::Floor
            | UnaryFn::Ceil
            | UnaryFn::Round
            | UnaryFn::Trunc
            | UnaryFn::ToRadians
            | UnaryFn::ToDegrees => (&[false], false),
            UnaryFn::Sqrt
            | UnaryFn::Cbrt
            | UnaryFn::Exp
            | UnaryFn::Exp2
            | UnaryFn::ExpM1
            | UnaryFn::Tan
            | UnaryFn::Tanh
            | UnaryFn::Recip => (&[false], true),
            _ => (&[true], false),
        },
        Op::BinaryFn(BinaryFn::Atan2 | BinaryFn::Max | BinaryFn::Min | BinaryFn::RemEuclid, ..) => {
            (&[true, true], false)
        }
        Op::BinaryFn(..) => (&[true, true], true),
        Op::Powi(..) => (&[true], false),
        Op::MulAdd(..) => (&[true, true, false], false),
        Op::Clamp(..) => (&[true, true, true], false),
        Op::Constant { .. } | Op::Read(..) | Op::ReadCell(_) | Op::Call { .. } => (&[], false),
    };
    (operands.to_vec(), result)
}

/// The rule of `op`: `operands` and `y` (the result) rendered as expressions.
pub fn rule(
    op: &Op,
    operands: &[TokenStream],
    y: &TokenStream,
    float: &FloatType,
    snapshot: &dyn Fn(&Exponent) -> TokenStream,
) -> Rule {
    use Partial::*;
    let zero = float.zero();
    let one = float.one();
    let a = &operands[0];
    let partials = match op {
        Op::Binary(op, _, _) => {
            let b = &operands[1];
            match op {
                // d(a + b) = da + db
                BinaryOp::Add => vec![One, One],
                // d(a − b) = da − db
                BinaryOp::Sub => vec![One, MinusOne],
                // d(a·b) = b·da + a·db
                BinaryOp::Mul => vec![Times(b.clone()), Times(a.clone())],
                // d(a/b) = da/b − (a/b)·db/b
                BinaryOp::Div => vec![Over(b.clone()), MinusOverTimes(b.clone(), y.clone())],
                // d(a % b) = da − trunc(a/b)·db
                BinaryOp::Rem => vec![One, MinusTimes(quote!((#a / #b).trunc()))],
            }
        }
        Op::Unary(function, _) => vec![match function {
            UnaryFn::Neg => MinusOne,
            // |a|: −1 left of 0, +1 from 0 on (the right derivative at the kink)
            UnaryFn::Abs => {
                return Rule::Branch {
                    condition: quote!(#a < #zero),
                    then_partials: vec![MinusOne],
                    else_partials: Box::new(Rule::Partials(vec![One])),
                }
            }
            UnaryFn::Signum | UnaryFn::Floor | UnaryFn::Ceil | UnaryFn::Round | UnaryFn::Trunc => {
                Zero
            }
            UnaryFn::Fract => One,
            // d(a·π/180) = π/180·da
            UnaryFn::ToRadians => {
                let factor = float.constant(quote!(::core::f64::consts::PI / 180.0));
                Times(factor)
            }
            // d(a·180/π) = 180/π·da
            UnaryFn::ToDegrees => {
                let factor = float.constant(quote!(180.0 / ::core::f64::consts::PI));
                Times(factor)
            }
            // d√a = da / (2√a)
            UnaryFn::Sqrt => Over(quote!((#y + #y))),
            // d∛a = da / (3·∛a²)
            UnaryFn::Cbrt => {
                let three = float.constant(quote!(3.0));
                Over(quote!((#three * #y * #y)))
            }
            // d eᵃ = eᵃ·da
            UnaryFn::Exp => Times(y.clone()),
            // d 2ᵃ = 2ᵃ·ln 2·da
            UnaryFn::Exp2 => {
                let ln_2 = float.constant(quote!(::core::f64::consts::LN_2));
                Times(quote!((#y * #ln_2)))
            }
            // d(eᵃ − 1) = eᵃ·da
            UnaryFn::ExpM1 => Times(quote!((#y + #one))),
            // d ln a = da / a
            UnaryFn::Ln => Over(a.clone()),
            UnaryFn::Log2 => {
                let ln_2 = float.constant(quote!(::core::f64::consts::LN_2));
                Over(quote!((#a * #ln_2)))
            }
            UnaryFn::Log10 => {
                let ln_10 = float.constant(quote!(::core::f64::consts::LN_10));
                Over(quote!((#a * #ln_10)))
            }
            // d ln(1 + a) = da / (1 + a)
            UnaryFn::Ln1p => Over(quote!((#one + #a))),
            // d sin a = cos a·da
            UnaryFn::Sin => Times(quote!(#a.cos())),
            // d cos a = −sin a·da
            UnaryFn::Cos => MinusTimes(quote!(#a.sin())),
            // d tan a = (1 + tan² a)·da
            UnaryFn::Tan => Times(quote!((#one + #y * #y))),
            UnaryFn::Asin => Over(quote!((#one - #a * #a).sqrt())),
            UnaryFn::Acos => MinusOver(quote!((#one - #a * #a).sqrt())),
            UnaryFn::Atan => Over(quote!((#one + #a * #a))),
            UnaryFn::Sinh => Times(quote!(#a.cosh())),
            UnaryFn::Cosh => Times(quote!(#a.sinh())),
            // d tanh a = (1 − tanh² a)·da
            UnaryFn::Tanh => Times(quote!((#one - #y * #y))),
            UnaryFn::Asinh => Over(quote!((#a * #a + #one).sqrt())),
            UnaryFn::Acosh => Over(quote!((#a * #a - #one).sqrt())),
            UnaryFn::Atanh => Over(quote!((#one - #a * #a))),
            // d(1/a) = −(1/a)²·da
            UnaryFn::Recip => MinusTimes(quote!((#y * #y))),
        }],
        Op::BinaryFn(function, _, _) => {
            let b = &operands[1];
            match function {
                // d aᵇ = b·aᵇ⁻¹·da + aᵇ·ln a·db, each part 0 where its factor b or aᵇ is 0
                BinaryFn::Powf => vec![
                    Times(quote!((if #b == #zero { #zero } else { #b * #a.powf(#b - #one) }))),
                    Times(quote!((if #y == #zero { #zero } else { #y * #a.ln() }))),
                ],
                // d log_b a = da/(a·ln b) − log_b a·db/(b·ln b)
                BinaryFn::Log => vec![
                    Over(quote!((#a * #b.ln()))),
                    MinusTimes(quote!((#y / (#b * #b.ln())))),
                ],
                // d atan2(a, b) = (b·da − a·db)/(a² + b²)
                BinaryFn::Atan2 => vec![
                    Times(quote!((#b / (#a * #a + #b * #b)))),
                    MinusTimes(quote!((#a / (#a * #a + #b * #b)))),
                ],
                // d hypot(a, b) = (a·da + b·db)/hypot(a, b)
                BinaryFn::Hypot => vec![Times(quote!((#a / #y))), Times(quote!((#b / #y)))],
                // all to the larger; `a` on a tie; the one that is not NaN
                BinaryFn::Max => {
                    return Rule::Branch {
                        condition: quote!(#a >= #b || #b.is_nan()),
                        then_partials: vec![One, Zero],
                        else_partials: Box::new(Rule::Partials(vec![Zero, One])),
                    }
                }
                // a − b·q with q = a.div_euclid(b), an integer constant between its jumps
                BinaryFn::RemEuclid => vec![One, MinusTimes(quote!(#a.div_euclid(#b)))],
                BinaryFn::Min => {
                    return Rule::Branch {
                        condition: quote!(#a <= #b || #b.is_nan()),
                        then_partials: vec![One, Zero],
                        else_partials: Box::new(Rule::Partials(vec![Zero, One])),
                    }
                }
            }
        }
        // d aⁿ = n·aⁿ⁻¹·da (0 for n = 0)
        Op::Powi(_, exponent) => vec![match exponent {
            Exponent::Literal(0) => Zero,
            Exponent::Literal(1) => One,
            Exponent::Literal(2) => {
                let two = float.constant(quote!(2.0));
                Times(quote!((#two * #a)))
            }
            Exponent::Literal(n) => {
                let factor =
                    float.constant(Literal::f64_unsuffixed(f64::from(*n)).to_token_stream());
                let lower = Literal::i32_unsuffixed(n - 1);
                Times(quote!((#factor * #a.powi(#lower))))
            }
            Exponent::Snapshot(_) => {
                let n = snapshot(exponent);
                let factor = float.constant(quote!(#n as f64));
                Times(quote!((if #n == 0 { #zero } else { #factor * #a.powi(#n - 1) })))
            }
        }],
        // d(a·b + c) = b·da + a·db + dc
        Op::MulAdd(..) => vec![Times(operands[1].clone()), Times(a.clone()), One],
        // all to the bound that binds (`lo` below it, `hi` above it), else to `a`
        Op::Clamp(..) => {
            let (lo, hi) = (&operands[1], &operands[2]);
            return Rule::Branch {
                condition: quote!(#a < #lo),
                then_partials: vec![Zero, One, Zero],
                else_partials: Box::new(Rule::Branch {
                    condition: quote!(#a > #hi),
                    then_partials: vec![Zero, Zero, One],
                    else_partials: Box::new(Rule::Partials(vec![One, Zero, Zero])),
                }),
            };
        }
        Op::Constant { .. } => Vec::new(),
        Op::Read(..) | Op::ReadCell(_) | Op::Call { .. } => {
            unreachable!("reads and calls are reversed by the sweep itself")
        }
    };
    Rule::Partials(partials)
}
