//! A fast path for simple templates: at load time, each template whose inheritance
//! chain uses only text, blocks, `{{ name.path }}` outputs (optionally `| safe`) and
//! `{% if %}` on plain names is flattened into a [`Plan`]: static text merged into
//! long runs, the blocks already resolved to their most-derived definition. Rendering a
//! plan is a walk over a handful of segments instead of Tera's interpreter.
//!
//! The plan is built from the templates actually loaded (the defaults with the host's
//! overrides), so an override of any name, `two_factor/_base.html` included, is what the
//! plan renders. A template using anything else (loops, includes, filters, `super()`,
//! macros, `set`, comparisons…) has no plan and renders with Tera as before; a plan that
//! meets a value it does not handle (a missing variable, a list or map printed) gives up
//! and Tera renders the page, so output and errors are Tera's in every case.

use tera::ast::{Block, Expr, ExprVal, LogicExpr, LogicOperator, Node};
use tera::{Context, Map, Tera, Value};

/// One flattened template.
#[derive(Debug)]
pub(crate) struct Plan {
    segments: Vec<Segment>,
}

#[derive(Debug)]
enum Segment {
    /// Static text, written as is.
    Text(String),
    /// `{{ a.b }}`: the value at the dotted path, escaped when `escape`. `global` is the
    /// text of the value the globals give that path (they never change), written when the
    /// context does not have the name.
    Var {
        path: Vec<String>,
        escape: bool,
        global: Option<Box<[u8]>>,
    },
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
    If {
        branches: Vec<(Cond, Vec<Segment>)>,
        otherwise: Vec<Segment>,
    },
}

#[derive(Debug)]
enum Cond {
    /// A name's truthiness (Tera's: an undefined name is false), maybe negated.
    Name {
        path: Vec<String>,
        negated: bool,
    },
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
}

/// Why a plan gave up on a render (Tera then renders the page).
#[derive(Debug)]
pub(crate) struct Unsupported;

impl Plan {
    /// Flattens template `name` of `tera`, or `None` when it uses anything the fast path
    /// does not do.
    pub(crate) fn compile(tera: &Tera, globals: &Map<String, Value>, name: &str) -> Option<Plan> {
        let template = tera.get_template(name).ok()?;
        let root = match template.parents.last() {
            Some(parent) => tera.get_template(parent).ok()?,
            None => template,
        };
        let escape = tera
            .autoescape_suffixes
            .iter()
            .any(|suffix| name.ends_with(suffix));
        let compiler = Compiler {
            tera,
            globals,
            template,
            escape,
        };
        let mut segments = Vec::new();
        compiler.body(&root.ast, &mut segments, 0)?;
        Some(Plan { segments })
    }

    /// Renders the plan with `ctx` into `out`; on `Err` the caller discards `out`.
    /// `globals` answers the names `ctx` does not have.
    pub(crate) fn render(
        &self,
        ctx: &Context,
        globals: &tera::Map<String, Value>,
        out: &mut Vec<u8>,
    ) -> Result<(), Unsupported> {
        render_segments(&self.segments, &Scope { ctx, globals }, out)
    }
}

struct Compiler<'a> {
    tera: &'a Tera,
    globals: &'a Map<String, Value>,
    /// The template being rendered (its `blocks_definitions` resolve every block).
    template: &'a tera::Template,
    escape: bool,
}

/// Deeper nesting of blocks than this is not flattened (a guard, not a real limit).
const MAX_DEPTH: usize = 64;

impl Compiler<'_> {
    fn body(&self, nodes: &[Node], out: &mut Vec<Segment>, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        for node in nodes {
            match node {
                Node::Text(text) | Node::Raw(_, text, _) => push_text(out, text),
                Node::Comment(..) => {}
                Node::VariableBlock(_, expr) => {
                    let (path, safe) = output_expr(expr)?;
                    let escape = self.escape && !safe;
                    let global = lookup_in(self.globals.get(&path[0]), &path[1..]).and_then(|v| {
                        let mut text = Vec::new();
                        write_value(v, escape, &mut text).ok()?;
                        Some(text.into_boxed_slice())
                    });
                    out.push(Segment::Var {
                        path,
                        escape,
                        global,
                    });
                }
                Node::If(if_node, _) => {
                    let mut branches = Vec::new();
                    for (_, expr, body) in &if_node.conditions {
                        let mut segments = Vec::new();
                        self.body(body, &mut segments, depth + 1)?;
                        branches.push((cond(expr)?, segments));
                    }
                    let mut otherwise = Vec::new();
                    if let Some((_, body)) = &if_node.otherwise {
                        self.body(body, &mut otherwise, depth + 1)?;
                    }
                    out.push(Segment::If {
                        branches,
                        otherwise,
                    });
                }
                Node::Block(_, block, _) => {
                    let body = self.resolve_block(block)?;
                    self.body(body, out, depth + 1)?;
                }
                _ => return None,
            }
        }
        Some(())
    }

    /// The body Tera renders for `block` (its `render_block`): the first definition found
    /// from the rendered template up through its parents, else the block's own body.
    fn resolve_block<'b>(&'b self, block: &'b Block) -> Option<&'b [Node]> {
        if let Some(defs) = self.template.blocks_definitions.get(&block.name) {
            return Some(&defs.first()?.1.body);
        }
        for parent in &self.template.parents {
            let parent = self.tera.get_template(parent).ok()?;
            if let Some(defs) = parent.blocks_definitions.get(&block.name) {
                return Some(&defs.first()?.1.body);
            }
        }
        Some(&block.body)
    }
}

fn push_text(out: &mut Vec<Segment>, text: &str) {
    if let Some(Segment::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Segment::Text(text.to_owned()));
    }
}

/// A name Tera looks up the plain way: no magic variable, no `[…]` subscript.
fn plain_path(ident: &str) -> Option<Vec<String>> {
    if ident == "__tera_context" || ident.contains('[') || ident.is_empty() {
        return None;
    }
    let path: Vec<String> = ident.split('.').map(str::to_owned).collect();
    if path.iter().any(String::is_empty) {
        return None;
    }
    Some(path)
}

/// `{{ name }}` or `{{ name | safe }}`: the path and whether it is marked safe.
fn output_expr(expr: &Expr) -> Option<(Vec<String>, bool)> {
    let ExprVal::Ident(ident) = &expr.val else {
        return None;
    };
    if expr.negated {
        return None;
    }
    let safe = match expr.filters.as_slice() {
        [] => false,
        [only] if only.name == "safe" && only.args.is_empty() => true,
        _ => return None,
    };
    Some((plain_path(ident)?, safe))
}

fn cond(expr: &Expr) -> Option<Cond> {
    if !expr.filters.is_empty() {
        return None;
    }
    match &expr.val {
        ExprVal::Ident(ident) => Some(Cond::Name {
            path: plain_path(ident)?,
            negated: expr.negated,
        }),
        ExprVal::Logic(LogicExpr { lhs, rhs, operator }) if !expr.negated => {
            let (l, r) = (Box::new(cond(lhs)?), Box::new(cond(rhs)?));
            match operator {
                LogicOperator::And => Some(Cond::And(l, r)),
                LogicOperator::Or => Some(Cond::Or(l, r)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Where names are looked up: the page's context, then the globals.
struct Scope<'c> {
    ctx: &'c Context,
    globals: &'c tera::Map<String, Value>,
}

fn lookup<'c>(scope: &Scope<'c>, path: &[String]) -> Option<&'c Value> {
    let (first, rest) = path.split_first()?;
    let value = scope.ctx.get(first).or_else(|| scope.globals.get(first));
    lookup_in(value, rest)
}

/// The value at `rest` under `value` (Tera's dotted path: keys of maps, indices of lists).
fn lookup_in<'c>(value: Option<&'c Value>, rest: &[String]) -> Option<&'c Value> {
    let mut value = value?;
    for key in rest {
        value = match value {
            Value::Object(map) => map.get(key)?,
            Value::Array(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(value)
}

/// Tera's truthiness (`ValueTruthy`).
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i != 0
            } else if let Some(u) = n.as_u64() {
                u != 0
            } else {
                n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan())
            }
        }
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

fn eval(cond: &Cond, ctx: &Scope<'_>) -> bool {
    match cond {
        Cond::Name { path, negated } => lookup(ctx, path).is_some_and(truthy) != *negated,
        Cond::And(l, r) => eval(l, ctx) && eval(r, ctx),
        Cond::Or(l, r) => eval(l, ctx) || eval(r, ctx),
    }
}

fn render_segments(
    segments: &[Segment],
    ctx: &Scope<'_>,
    out: &mut Vec<u8>,
) -> Result<(), Unsupported> {
    for segment in segments {
        match segment {
            Segment::Text(text) => out.extend_from_slice(text.as_bytes()),
            Segment::Var {
                path,
                escape,
                global,
            } => match (ctx.ctx.get(&path[0]), global) {
                (None, Some(text)) => out.extend_from_slice(text),
                (value, _) => {
                    let value = lookup_in(value.or_else(|| ctx.globals.get(&path[0])), &path[1..]);
                    write_value(value.ok_or(Unsupported)?, *escape, out)?;
                }
            },
            Segment::If {
                branches,
                otherwise,
            } => {
                let body = branches
                    .iter()
                    .find(|(cond, _)| eval(cond, ctx))
                    .map_or(otherwise.as_slice(), |(_, body)| body.as_slice());
                render_segments(body, ctx, out)?;
            }
        }
    }
    Ok(())
}

/// What Tera prints for a value (`ValueRender`), escaped as Tera does; lists and maps are
/// left to Tera.
fn write_value(value: &Value, escape: bool, out: &mut Vec<u8>) -> Result<(), Unsupported> {
    match value {
        Value::String(s) if escape => escape_html_into(s, out),
        Value::String(s) => out.extend_from_slice(s.as_bytes()),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => {
            use std::io::Write;
            let written = if let Some(i) = n.as_i64() {
                write!(out, "{i}")
            } else if let Some(u) = n.as_u64() {
                write!(out, "{u}")
            } else if let Some(f) = n.as_f64() {
                write!(out, "{f}")
            } else {
                return Err(Unsupported);
            };
            written.map_err(|_| Unsupported)?;
        }
        Value::Null => {}
        Value::Array(_) | Value::Object(_) => return Err(Unsupported),
    }
    Ok(())
}

/// `tera::escape_html`, written straight into the buffer (no `String` per value).
fn escape_html_into(input: &str, out: &mut Vec<u8>) {
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | b'/');
    // Most values (tokens, names) have nothing to escape: one check, one copy.
    let Some(first) = input.as_bytes().iter().position(special) else {
        out.extend_from_slice(input.as_bytes());
        return;
    };
    out.reserve(input.len() + input.len() / 2);
    out.extend_from_slice(&input.as_bytes()[..first]);
    for &b in &input.as_bytes()[first..] {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#x27;",
            b'/' => b"&#x2F;",
            _ => {
                out.push(b);
                continue;
            }
        };
        out.extend_from_slice(entity);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_is_teras() {
        for input in [
            "",
            "plain-token_0123",
            "/account/login/",
            "<a href='x'>\"&\"</a>",
            "é/ü✓&",
            "&&//",
        ] {
            let mut out = b"prefix:".to_vec();
            super::escape_html_into(input, &mut out);
            let expected = format!("prefix:{}", tera::escape_html(input));
            assert_eq!(String::from_utf8(out).expect("utf-8"), expected, "{input}");
        }
    }
}
