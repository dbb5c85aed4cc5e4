//! Which called functions have no gradient: a call to one is refused with a message of
//! ours, at the call, rather than with rustc's complaint about the hidden companion the call
//! reaches for. The annotated function's own source file is read for its functions; a
//! callee it imports (`use crate::act::softplus;`, `use helpers::norm_cdf;`) or names by a
//! module path (`helpers::norm_cdf(x)`) is looked up in the module's file, found the way
//! rustc finds it (`mod m;` → `m.rs` or `m/mod.rs`, `#[path]`, `crate::`, `self::`,
//! `super::`). What cannot be found so (a re-export, a macro's function, another crate) is
//! left to rustc.

use crate::names::key;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use syn::visit::Visit;

/// Whether the function `callee` names is known to have no gradient: defined in the
/// attribute's own file, or in the file of the module it is imported from, with no
/// function of that name there carrying `#[differentiable]`.
pub fn is_plain_function(callee: &syn::Path) -> bool {
    if !proc_macro::is_available() {
        return false;
    }
    let Some(path) = proc_macro::Span::call_site().local_file() else {
        return false;
    };
    let segments: Vec<String> = callee
        .segments
        .iter()
        .map(|segment| key(&segment.ident))
        .collect();
    let Some(name) = segments.last().cloned() else {
        return false;
    };
    let Some(file) = summary(&path) else {
        return false;
    };
    if let Some(annotated) = file.all_functions.get(&name) {
        return !annotated;
    }
    // Not defined here: follow the module path written at the call, or the `use` that
    // brought the name in.
    let full = if segments.len() > 1 {
        segments
    } else {
        match file.imports.get(&name) {
            Some(full) => full.clone(),
            None => return false,
        }
    };
    let (modules, function) = full.split_at(full.len() - 1);
    let start = Place::file(path, file);
    let Some(module) = start.descend(modules) else {
        return false;
    };
    module.summary.all_functions.get(&function[0]) == Some(&false)
}

/// What a module's items say about calls: its functions (with those of the impl blocks
/// and modules inside it), the names its `use` items bring in, and its child modules.
/// Only names are kept: the tokens of one expansion must not outlive it.
#[derive(Default)]
struct Summary {
    all_functions: HashMap<String, bool>,
    imports: HashMap<String, Vec<String>>,
    children: HashMap<String, Child>,
}

enum Child {
    Inline(Rc<Summary>),
    /// `mod m;`, with its `#[path = "…"]` if it has one.
    File(Option<String>),
}

impl Summary {
    fn of(items: &[syn::Item]) -> Summary {
        let mut collect = Collect(HashMap::new());
        let mut summary = Summary::default();
        for item in items {
            collect.visit_item(item);
            match item {
                syn::Item::Use(item_use) => {
                    note_imports(&item_use.tree, &mut Vec::new(), &mut summary.imports)
                }
                syn::Item::Mod(module) => {
                    let child = match &module.content {
                        Some((_, items)) => Child::Inline(Rc::new(Summary::of(items))),
                        None => Child::File(path_attribute(&module.attrs)),
                    };
                    summary.children.insert(key(&module.ident), child);
                }
                _ => {}
            }
        }
        summary.all_functions = collect.0;
        summary
    }
}

/// A source file's summary, read once per expansion thread.
fn summary(path: &Path) -> Option<Rc<Summary>> {
    thread_local! {
        static FILES: RefCell<HashMap<PathBuf, Option<Rc<Summary>>>> =
            RefCell::new(HashMap::new());
    }
    FILES.with(|cache| {
        cache
            .borrow_mut()
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                let source = std::fs::read_to_string(path).ok()?;
                let file = syn::parse_file(&source).ok()?;
                Some(Rc::new(Summary::of(&file.items)))
            })
            .clone()
    })
}

/// The full paths the `use` tree gives names (`use a::b::c as name;` → `name: a::b::c`).
fn note_imports(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    out: &mut HashMap<String, Vec<String>>,
) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(key(&path.ident));
            note_imports(&path.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(leaf) => {
            let mut full = prefix.clone();
            full.push(key(&leaf.ident));
            out.insert(key(&leaf.ident), full);
        }
        syn::UseTree::Rename(rename) => {
            let mut full = prefix.clone();
            full.push(key(&rename.ident));
            out.insert(key(&rename.rename), full);
        }
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                note_imports(tree, prefix, out);
            }
        }
        syn::UseTree::Glob(_) => {}
    }
}

fn path_attribute(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attribute| {
        let syn::Meta::NameValue(pair) = &attribute.meta else {
            return None;
        };
        if !pair.path.is_ident("path") {
            return None;
        }
        match &pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(path),
                ..
            }) => Some(path.value()),
            _ => None,
        }
    })
}

/// A module: the file it is written in, the directory its `mod m;` children live in, and
/// what its items say (an inline `mod m { … }` is a module of the same file).
struct Place {
    file: PathBuf,
    children_dir: PathBuf,
    summary: Rc<Summary>,
}

impl Place {
    fn file(path: PathBuf, summary: Rc<Summary>) -> Place {
        Place {
            children_dir: children_dir(&path),
            file: path,
            summary,
        }
    }

    fn open(path: PathBuf) -> Option<Place> {
        let summary = summary(&path)?;
        Some(Place::file(path, summary))
    }

    /// The module reached by following `segments` from this one.
    fn descend(self, segments: &[String]) -> Option<Place> {
        let Some((first, rest)) = segments.split_first() else {
            return Some(self);
        };
        let next = match first.as_str() {
            "crate" => Place::open(crate_root(&self.file)?)?,
            "self" => self,
            "super" => Place::open(parent_file(&self.file)?)?,
            name => self.child(name)?,
        };
        next.descend(rest)
    }

    fn child(&self, name: &str) -> Option<Place> {
        match self.summary.children.get(name)? {
            Child::Inline(summary) => Some(Place {
                file: self.file.clone(),
                children_dir: self.children_dir.join(name),
                summary: summary.clone(),
            }),
            Child::File(Some(relative)) => Place::open(self.file.parent()?.join(relative)),
            Child::File(None) => {
                let flat = self.children_dir.join(format!("{name}.rs"));
                if flat.is_file() {
                    Place::open(flat)
                } else {
                    Place::open(self.children_dir.join(name).join("mod.rs"))
                }
            }
        }
    }
}

/// Where the children of the module in `file` live: beside a `mod.rs`, `lib.rs` or
/// `main.rs`, in a directory named after any other file.
fn children_dir(file: &Path) -> PathBuf {
    let dir = file.parent().unwrap_or(Path::new("")).to_path_buf();
    match file.file_stem().and_then(|stem| stem.to_str()) {
        Some("mod" | "lib" | "main") | None => dir,
        Some(stem) => dir.join(stem),
    }
}

/// The crate root of the package being compiled: `src/lib.rs` or `src/main.rs` for a file
/// under `src/` (none for `src/bin/`); a file elsewhere (an example, a test) is its own
/// root.
fn crate_root(file: &Path) -> Option<PathBuf> {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    let source = manifest.join("src");
    let absolute = if file.is_absolute() {
        file.to_path_buf()
    } else {
        manifest.join(file)
    };
    if !absolute.starts_with(&source) {
        return Some(file.to_path_buf());
    }
    // A binary under `src/bin/` is a crate of its own, whose root is not known here.
    if absolute.starts_with(source.join("bin")) {
        return None;
    }
    ["lib.rs", "main.rs"]
        .iter()
        .map(|root| source.join(root))
        .find(|root| root.is_file())
}

/// The file of the parent module of the module written in `file`.
fn parent_file(file: &Path) -> Option<PathBuf> {
    let dir = file.parent()?;
    let owner_dir = match file.file_stem().and_then(|stem| stem.to_str()) {
        Some("mod") => dir.parent()?,
        _ => dir,
    };
    let candidates = [
        owner_dir.join("mod.rs"),
        owner_dir.join("lib.rs"),
        owner_dir.join("main.rs"),
        owner_dir.with_extension("rs"),
    ];
    candidates
        .into_iter()
        .find(|candidate| candidate.is_file() && candidate != file)
}

struct Collect(HashMap<String, bool>);

impl Collect {
    fn note(&mut self, name: &syn::Ident, attrs: &[syn::Attribute]) {
        let annotated = attrs.iter().any(|attribute| {
            attribute
                .path()
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "differentiable")
        });
        let entry = self.0.entry(key(name)).or_insert(false);
        *entry |= annotated;
    }
}

impl<'ast> Visit<'ast> for Collect {
    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.note(&item.sig.ident, &item.attrs);
        syn::visit::visit_item_fn(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.note(&item.sig.ident, &item.attrs);
        syn::visit::visit_impl_item_fn(self, item);
    }

    // A macro's functions are not seen; one that defines a function of that name makes
    // the name unknown rather than plain.
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let mut tokens = mac.tokens.clone().into_iter().peekable();
        while let Some(token) = tokens.next() {
            if let proc_macro2::TokenTree::Ident(ident) = &token {
                if ident == "fn" {
                    if let Some(proc_macro2::TokenTree::Ident(name)) = tokens.peek() {
                        self.0.insert(key(name), true);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_annotated_functions_from_plain_ones() {
        let file = syn::parse_file(
            r#"
            fn plain(x: f64) -> f64 { x }
            #[differentiable] fn annotated(x: f64) -> f64 { x }
            #[gradus::differentiable(tape)] fn taped<T: Float>(x: T) -> T { x }
            mod m { fn twice(x: f64) -> f64 { x } #[differentiable] fn twice(x: f64) -> f64 { x } }
            impl S { fn method_plain(x: f64) -> f64 { x } }
            make! { fn generated(x: f64) -> f64 { x } }
            "#,
        )
        .unwrap();
        let mut collect = Collect(HashMap::new());
        collect.visit_file(&file);
        let plain = |name: &str| collect.0.get(name) == Some(&false);
        assert!(plain("plain") && plain("method_plain"));
        assert!(!plain("annotated") && !plain("taped") && !plain("twice"));
        assert!(!plain("generated") && !plain("unknown"));
    }

    #[test]
    fn follows_imports_and_module_declarations() {
        let file = syn::parse_file(
            r#"
            use crate::act::{softplus, relu as rectifier};
            use super::stats::norm_cdf;
            #[path = "elsewhere/helpers.rs"] mod helpers;
            mod inline { pub fn plain(x: f64) -> f64 { x } }
            "#,
        )
        .unwrap();
        let summary = Summary::of(&file.items);
        let path = |name: &str| summary.imports.get(name).map(|full| full.join("::"));
        assert_eq!(path("softplus").as_deref(), Some("crate::act::softplus"));
        assert_eq!(path("rectifier").as_deref(), Some("crate::act::relu"));
        assert_eq!(path("norm_cdf").as_deref(), Some("super::stats::norm_cdf"));
        assert!(matches!(
            summary.children.get("helpers"),
            Some(Child::File(Some(p))) if p == "elsewhere/helpers.rs"
        ));
        let Some(Child::Inline(inline)) = summary.children.get("inline") else {
            panic!("the inline module is a child");
        };
        assert_eq!(inline.all_functions.get("plain"), Some(&false));
        assert_eq!(
            children_dir(Path::new("src/model.rs")),
            Path::new("src/model")
        );
        assert_eq!(children_dir(Path::new("src/lib.rs")), Path::new("src"));
    }
}
