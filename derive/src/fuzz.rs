//! The front end must never panic, whatever it is given: generated functions in and
//! around the DSL, the same functions cut short or with tokens dropped, and token soup.
//! Each case is one seed; the generator is deterministic, so a failing seed reproduces.
//!
//! `GRADUS_FUZZ_CASES=1000000 cargo test -p gradus-derive --release fuzz` runs more.

use crate::expand;
use proc_macro2::TokenStream;
use proptest::prelude::*;
use std::str::FromStr;

/// SplitMix64: small, seedable, good enough to pick grammar productions.
struct Picker(u64);

impl Picker {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        options[self.below(options.len())]
    }
}

const FLOAT_NAMES: &[&str] = &["x", "y", "s", "t", "acc"];
const METHODS: &[&str] = &[
    "sin",
    "cos",
    "exp",
    "ln",
    "sqrt",
    "tanh",
    "abs",
    "recip",
    "floor",
    "to_degrees",
    "clamp",
    "len",
    "iter",
    "powi",
    "powf",
    "max",
    "min",
    "atan2",
    "mul_add",
    "hypot",
    "unwrap",
];

fn expression(p: &mut Picker, depth: usize) -> String {
    if depth > 3 {
        return p
            .pick(&["x", "y", "2.0", "1", "n", "w[0]", "T::one()", "PI"])
            .to_string();
    }
    match p.below(14) {
        0 => p.pick(FLOAT_NAMES).to_string(),
        1 => format!("{:.2}", p.below(1000) as f64 / 100.0),
        2 => format!(
            "{} {} {}",
            expression(p, depth + 1),
            p.pick(&["+", "-", "*", "/", "%", "<", "&&", "=="]),
            expression(p, depth + 1)
        ),
        3 => format!("({})", expression(p, depth + 1)),
        4 => format!("-{}", expression(p, depth + 1)),
        5 => {
            let method = p.pick(METHODS);
            let args = (0..p.below(3))
                .map(|_| expression(p, depth + 1))
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}.{method}({args})", expression(p, depth + 1))
        }
        6 => format!("f64::{}({})", p.pick(METHODS), expression(p, depth + 1)),
        7 => format!("w[{}]", p.pick(&["i", "0", "i + 1", "n - 1", "x", "k"])),
        8 => format!("m[{}][{}]", p.pick(&["i", "0"]), p.pick(&["j", "1"])),
        9 => format!(
            "g({}, {})",
            expression(p, depth + 1),
            p.pick(&["w", "&h", "n", "x"])
        ),
        10 => format!(
            "if {} {{ {} }} else {{ {} }}",
            expression(p, depth + 1),
            expression(p, depth + 1),
            expression(p, depth + 1)
        ),
        11 => format!("{{ let q = {}; q * q }}", expression(p, depth + 1)),
        12 => format!("{} as f64", p.pick(&["n", "i", "w.len()", "x"])),
        _ => p
            .pick(&[
                "|v: f64| v",
                "vec![x; 3]",
                "[x, y]",
                "(x, y)",
                "&x",
                "*x",
                "h[j]",
                "T::from(2).unwrap()",
            ])
            .to_string(),
    }
}

fn statement(p: &mut Picker, depth: usize, in_loop: bool) -> String {
    let nested = |p: &mut Picker, in_loop: bool| {
        (0..p.below(3))
            .map(|_| statement(p, depth + 1, in_loop))
            .collect::<Vec<_>>()
            .join("\n")
    };
    if depth > 2 {
        return format!("{} += {};", p.pick(FLOAT_NAMES), expression(p, 2));
    }
    match p.below(13) {
        0 => format!(
            "let {}{} = {};",
            p.pick(&["", "mut "]),
            p.pick(FLOAT_NAMES),
            expression(p, 0)
        ),
        1 => format!(
            "{} {} {};",
            p.pick(FLOAT_NAMES),
            p.pick(&["=", "+=", "-=", "*=", "/="]),
            expression(p, 0)
        ),
        2 => format!(
            "if {} {{ {} }} else {{ {} }}",
            expression(p, 1),
            nested(p, in_loop),
            nested(p, in_loop)
        ),
        3 => format!(
            "for i in {} {{ {} }}",
            p.pick(&[
                "0..n",
                "0..w.len()",
                "(0..3).rev()",
                "(0..n).step_by(2)",
                "1..=n",
                "w.iter()",
                "0..k"
            ]),
            nested(p, true)
        ),
        4 => format!(
            "for (j, v) in w.iter().enumerate() {{ {} }}",
            nested(p, true)
        ),
        5 => format!("while {} {{ {} }}", expression(p, 1), nested(p, true)),
        6 => format!("loop {{ {} break; }}", nested(p, true)),
        7 => format!("return {};", expression(p, 1)),
        8 if in_loop => p
            .pick(&["break;", "continue;", "break 'outer;"])
            .to_string(),
        9 => format!(
            "let mut h = {};",
            p.pick(&[
                "[0.0; 4]",
                "[[0.0; 2]; 3]",
                "vec![0.0; n]",
                "[T::zero(); 4]"
            ])
        ),
        10 => format!(
            "h[{}] {} {};",
            p.pick(&["0", "j", "i % 4", "x"]),
            p.pick(&["=", "+=", "*="]),
            expression(p, 1)
        ),
        11 => format!(
            "let k: usize = {};",
            p.pick(&["n * 2", "w.len() - 1", "i + 1", "x as usize"])
        ),
        _ => p
            .pick(&[
                "println!(\"{}\", x);",
                "match n { _ => {} }",
                "unsafe {}",
                "let (a, b) = (x, y);",
                "let z;",
                "struct S;",
            ])
            .to_string(),
    }
}

fn function(p: &mut Picker) -> (String, String) {
    let attribute = p
        .pick(&[
            "",
            "",
            "wrt(x)",
            "wrt(w, x)",
            "tape",
            "wrt(n)",
            "wrt(q)",
            "forward",
            "wrt()",
            "tape, wrt(x)",
        ])
        .to_string();
    let generic = p.below(3) == 0;
    let float = if generic { "T" } else { "f64" };
    let params: Vec<String> = (0..1 + p.below(4))
        .map(|index| {
            let ty = p.pick(&[
                "f64",
                "&[f64]",
                "[f64; 3]",
                "&[[f64; 2]; 3]",
                "i32",
                "usize",
                "&mut f64",
                "&Vec<f64>",
                "T",
                "bool",
                "&[[f64; 2]]",
            ]);
            let name = ["x", "w", "m", "n", "y"][index % 5];
            format!("{name}: {}", ty.replace("f64", float))
        })
        .collect();
    let body = (0..p.below(6))
        .map(|_| statement(p, 0, false))
        .collect::<Vec<_>>()
        .join("\n");
    let tail = expression(p, 0);
    let generics = if generic { "<T: Float>" } else { "" };
    let ret = p.pick(&[float, float, float, "i32", "(f64, f64)", ""]);
    let ret = if ret.is_empty() {
        String::new()
    } else {
        format!("-> {ret}")
    };
    let source = format!(
        "fn f{generics}({}) {ret} {{ {body}\n{tail} }}",
        params.join(", ")
    );
    (attribute, source)
}

/// Drops, truncates or shuffles part of `source`'s characters.
fn mutate(p: &mut Picker, source: &str) -> String {
    let mut chars: Vec<char> = source.chars().collect();
    match p.below(4) {
        0 => chars.truncate(p.below(chars.len() + 1)),
        1 => {
            for _ in 0..1 + p.below(4) {
                if !chars.is_empty() {
                    let at = p.below(chars.len());
                    chars.remove(at);
                }
            }
        }
        2 => {
            let at = p.below(chars.len() + 1);
            let insert = p.pick(&[
                "{", "}", "(", ")", ";", "fn", "'a", "r#type", "0x", "..", "::", "#", "?",
            ]);
            chars.splice(at..at, insert.chars());
        }
        _ => {}
    }
    chars.into_iter().collect()
}

fn token_soup(p: &mut Picker) -> String {
    const PIECES: &[&str] = &[
        "fn", "f", "(", ")", "{", "}", "[", "]", "x", ":", "f64", "->", "T", "<", ">", ";", ",",
        "let", "=", "+", "*", "1.0", "for", "in", "..", "if", "else", "return", "&", "mut", "'a",
        "#", "!", "r#in", "self",
    ];
    (0..p.below(40))
        .map(|_| p.pick(PIECES))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs the whole front end (and the emitter) on one generated case.
fn run_case(seed: u64) {
    let mut p = Picker(seed);
    let (attribute, source) = function(&mut p);
    let (attribute, source) = match p.below(5) {
        0 => (attribute, mutate(&mut p, &source)),
        1 => (mutate(&mut p, &attribute), source),
        2 => (String::new(), token_soup(&mut p)),
        _ => (attribute, source),
    };
    let (Ok(attribute), Ok(item)) = (
        TokenStream::from_str(&attribute),
        TokenStream::from_str(&source),
    ) else {
        return; // not even tokens: rustc would stop before the macro runs
    };
    let _ = expand::differentiable(attribute, item);
}

fn cases() -> u32 {
    std::env::var("GRADUS_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(100_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_front_end_never_panics(seed in any::<u64>()) {
        run_case(seed);
    }
}

#[test]
fn the_generator_reaches_the_dsl_and_its_refusals() {
    // The generated inputs must exercise both sides: some expand cleanly, some are refused.
    let (mut clean, mut refused) = (0, 0);
    for seed in 0..2_000 {
        let mut p = Picker(seed);
        let (attribute, source) = function(&mut p);
        let (Ok(attribute), Ok(item)) = (
            TokenStream::from_str(&attribute),
            TokenStream::from_str(&source),
        ) else {
            continue;
        };
        let out = expand::differentiable(attribute, item).to_string();
        if out.contains("compile_error") {
            refused += 1;
        } else {
            clean += 1;
        }
    }
    assert!(
        clean > 20 && refused > 20,
        "clean {clean}, refused {refused}"
    );
}
