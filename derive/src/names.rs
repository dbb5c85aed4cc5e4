//! Chooses the names of the generated code: a user's local keeps its name where it can,
//! later versions of it get `_1`, `_2`, …, and nothing generated can capture a name the
//! user's code refers to (a function, a constant, a type).

use proc_macro2::{Ident, Span};
use std::collections::HashSet;
use syn::ext::IdentExt;

/// A user's identifier as a name: `r#type` is `type`.
pub fn key(ident: &Ident) -> String {
    ident.unraw().to_string()
}

/// The identifier for a generated name, raw where the name is a keyword.
pub fn ident(name: &str, span: Span) -> Ident {
    // `self` (a method's struct argument) is a keyword that is also a name.
    if syn::parse_str::<Ident>(name).is_ok() || name == "self" || name == "Self" {
        Ident::new(name, span)
    } else {
        Ident::new_raw(name, span)
    }
}

#[derive(Clone)]
pub struct Namer {
    /// Identifiers the user's code uses for something other than its own locals.
    reserved: HashSet<String>,
    given: HashSet<String>,
    next_temporary: u32,
}

impl Namer {
    pub fn new(reserved: HashSet<String>) -> Self {
        Namer {
            reserved,
            given: HashSet::new(),
            next_temporary: 0,
        }
    }

    fn free(&self, name: &str) -> bool {
        !self.given.contains(name) && !self.reserved.contains(name)
    }

    /// `base` itself if it is free, else the first free `base_1`, `base_2`, ….
    pub fn name(&mut self, base: &str) -> String {
        // Locals the lowering introduces (`__gradus_acc`) read as ordinary names.
        let base = base.strip_prefix("__gradus_").unwrap_or(base);
        let mut name = base.to_string();
        let mut version = 0;
        while !self.free(&name) {
            version += 1;
            name = format!("{base}_{version}");
        }
        self.given.insert(name.clone());
        name
    }

    /// Exactly `name`, which must be an argument: arguments keep their names.
    pub fn claim(&mut self, name: &str) {
        self.given.insert(name.to_string());
    }

    /// A temporary: `t0`, `t1`, ….
    pub fn temporary(&mut self) -> String {
        loop {
            let name = format!("t{}", self.next_temporary);
            self.next_temporary += 1;
            if self.free(&name) {
                self.given.insert(name.clone());
                return name;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_temporaries_avoid_each_other_and_reserved_names() {
        let mut namer = Namer::new(["t1".to_string(), "helper".to_string()].into());
        namer.claim("x");
        assert_eq!(namer.name("x"), "x_1");
        assert_eq!(namer.name("s"), "s");
        assert_eq!(namer.name("s"), "s_1");
        assert_eq!(namer.temporary(), "t0");
        assert_eq!(namer.temporary(), "t2");
        assert_eq!(namer.name("helper"), "helper_1");
        assert_eq!(namer.name("t0"), "t0_1");
    }
}
