//! Rendering a [`Plan`](super::Plan): the segments walked with the page's context, each
//! root name looked up once per render.

use std::cell::Cell;

use tera::ast::LogicOperator;
use tera::{Context, Value};

use super::{ArgSource, Cond, Ref, Segment, Unsupported};
use crate::escape::{escape_html, escape_html_into};
use crate::i18n::{I18n, MessageArg};

/// A page's context: its own values, then (names it does not have) the values it shares
/// with other renders of the same page ([`Templates::shared_context`](super::super::Templates::shared_context)).
#[derive(Clone, Copy)]
pub(crate) struct Layers<'c> {
    pub(crate) own: &'c Context,
    pub(crate) shared: Option<&'c Context>,
}

impl<'c> Layers<'c> {
    /// The value of root name `name`: the page's own, else the shared one.
    pub(crate) fn get(self, name: &str) -> Option<&'c Value> {
        self.own
            .get(name)
            .or_else(|| self.shared.and_then(|shared| shared.get(name)))
    }
}

/// Where names are looked up: the page's context, then the globals; the page's
/// language for messages.
pub(super) struct Scope<'c> {
    pub(super) ctx: Layers<'c>,
    pub(super) globals: &'c tera::Map<String, Value>,
    pub(super) i18n: &'c I18n,
    pub(super) lang: usize,
    /// [`Plan::roots`], and what each was found to be in this render.
    pub(super) names: &'c [String],
    pub(super) roots: &'c [Cell<Root<'c>>],
}

/// What a root name is in one render.
#[derive(Clone, Copy)]
pub(super) enum Root<'c> {
    /// Not looked up yet.
    Unknown,
    /// Not in the context; the globals not asked yet.
    NotInContext,
    /// Neither the context nor the globals have it.
    Missing,
    Context(&'c Value),
    Global(&'c Value),
}

impl<'c> Scope<'c> {
    /// Root `index` as far as the context goes (a name written from its global's text
    /// needs no more).
    fn in_context(&self, index: usize) -> Root<'c> {
        let cell = &self.roots[index];
        if let Root::Unknown = cell.get() {
            cell.set(match self.ctx.get(&self.names[index]) {
                Some(value) => Root::Context(value),
                None => Root::NotInContext,
            });
        }
        cell.get()
    }

    /// Root `index`, looked up in the context then the globals on first use.
    fn root(&self, index: usize) -> Root<'c> {
        if let Root::NotInContext = self.in_context(index) {
            self.roots[index].set(match self.globals.get(&self.names[index]) {
                Some(value) => Root::Global(value),
                None => Root::Missing,
            });
        }
        self.roots[index].get()
    }
}

impl<'c> Root<'c> {
    fn value(self) -> Option<&'c Value> {
        match self {
            Root::Context(value) | Root::Global(value) => Some(value),
            Root::Missing | Root::NotInContext | Root::Unknown => None,
        }
    }
}

/// What a message argument's value means to Fluent (as the template function reads it):
/// text escaped for HTML when the template escapes (the catalogue's own text is not).
pub(crate) fn message_arg(value: &Value, escape: bool) -> MessageArg<'_> {
    match value {
        Value::String(s) if escape => MessageArg::Text(escape_html(s).into()),
        Value::String(s) => MessageArg::Text(s.as_str().into()),
        Value::Number(n) => MessageArg::Number(n.as_f64().unwrap_or(0.0)),
        Value::Bool(b) => MessageArg::Text(if *b { "true" } else { "false" }.into()),
        Value::Null => MessageArg::Text("".into()),
        other => MessageArg::Text(other.to_string().into()),
    }
}

/// The value `name` refers to: a loop's variable, else the context, else the globals.
fn resolve<'c>(scope: &Scope<'c>, locals: &[&'c Value], name: &Ref) -> Option<&'c Value> {
    match name {
        Ref::Local { slot, rest } => lookup_in(locals.get(*slot).copied(), rest),
        Ref::Context { root, path } => lookup_in(scope.root(*root).value(), &path[1..]),
    }
}

/// The value at `rest` under `value` (Tera's dotted path: keys of maps, indices of lists).
pub(super) fn lookup_in<'c>(value: Option<&'c Value>, rest: &[String]) -> Option<&'c Value> {
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

fn eval<'c>(cond: &Cond, scope: &Scope<'c>, locals: &[&'c Value]) -> Result<bool, Unsupported> {
    Ok(match cond {
        Cond::Name { name, negated } => {
            resolve(scope, locals, name).is_some_and(truthy) != *negated
        }
        Cond::Compare {
            name,
            op,
            literal,
            literal_first,
        } => {
            // An undefined name in a comparison is Tera's error: Tera renders it.
            let value = resolve(scope, locals, name).ok_or(Unsupported)?;
            let (lhs, rhs) = match literal_first {
                true => (literal, value),
                false => (value, literal),
            };
            compare(lhs, *op, rhs)?
        }
        Cond::And(l, r) => eval(l, scope, locals)? && eval(r, scope, locals)?,
        Cond::Or(l, r) => eval(l, scope, locals)? || eval(r, scope, locals)?,
    })
}

/// Tera's comparison (`eval_as_bool`): `==`/`!=` compare numbers as numbers (a number
/// never equals anything else) and other values as they are; the order comparisons need
/// two numbers (else Tera's error: Tera renders the page).
fn compare(lhs: &Value, op: LogicOperator, rhs: &Value) -> Result<bool, Unsupported> {
    let numbers = (lhs.as_f64(), rhs.as_f64());
    Ok(match op {
        LogicOperator::Eq | LogicOperator::NotEq => {
            let equal = match (lhs.is_number() || rhs.is_number(), numbers) {
                (false, _) => lhs == rhs,
                (true, (Some(l), Some(r))) => l == r,
                (true, _) => return Ok(false),
            };
            equal == (op == LogicOperator::Eq)
        }
        _ => {
            let (Some(l), Some(r)) = numbers else {
                return Err(Unsupported);
            };
            match op {
                LogicOperator::Gt => l > r,
                LogicOperator::Gte => l >= r,
                LogicOperator::Lt => l < r,
                LogicOperator::Lte => l <= r,
                _ => return Err(Unsupported),
            }
        }
    })
}

pub(super) fn render_segments<'c>(
    segments: &[Segment],
    ctx: &Scope<'c>,
    locals: &mut Vec<&'c Value>,
    out: &mut Vec<u8>,
) -> Result<(), Unsupported> {
    for segment in segments {
        match segment {
            Segment::Text(text) => out.extend_from_slice(text.as_bytes()),
            Segment::Var {
                name: Ref::Context { root, path },
                escape,
                global,
            } => match (ctx.in_context(*root), global) {
                (Root::NotInContext | Root::Global(_) | Root::Missing, Some(text)) => {
                    out.extend_from_slice(text)
                }
                _ => {
                    let value = lookup_in(ctx.root(*root).value(), &path[1..]);
                    write_value(value.ok_or(Unsupported)?, *escape, out)?;
                }
            },
            Segment::Var { name, escape, .. } => {
                let value = resolve(ctx, locals, name).ok_or(Unsupported)?;
                write_value(value, *escape, out)?;
            }
            Segment::Fixed(texts) => {
                out.extend_from_slice(texts.get(ctx.lang).ok_or(Unsupported)?);
            }
            Segment::Message { key, args, escape } => {
                let mut values = Vec::with_capacity(args.len());
                for (name, source) in args {
                    let value = match source {
                        ArgSource::Path(name) => resolve(ctx, locals, name).ok_or(Unsupported)?,
                        ArgSource::Literal(value) => value,
                    };
                    values.push((name.as_str(), message_arg(value, *escape)));
                }
                let text = ctx.i18n.format(ctx.lang, key, &values).ok_or(Unsupported)?;
                out.extend_from_slice(text.as_bytes());
            }
            Segment::If {
                branches,
                otherwise,
            } => {
                let mut body = otherwise.as_slice();
                for (cond, branch) in branches {
                    if eval(cond, ctx, locals)? {
                        body = branch;
                        break;
                    }
                }
                render_segments(body, ctx, locals, out)?;
            }
            Segment::For { list, body, empty } => {
                // Tera also iterates strings (by character) and maps (with a key): Tera's.
                let Value::Array(items) = resolve(ctx, locals, list).ok_or(Unsupported)? else {
                    return Err(Unsupported);
                };
                if items.is_empty() {
                    render_segments(empty, ctx, locals, out)?;
                }
                for item in items {
                    locals.push(item);
                    let rendered = render_segments(body, ctx, locals, out);
                    locals.pop();
                    rendered?;
                }
            }
        }
    }
    Ok(())
}

/// What Tera prints for a value (`ValueRender`), escaped as the site's Tera does; lists
/// and maps are left to Tera.
pub(super) fn write_value(
    value: &Value,
    escape: bool,
    out: &mut Vec<u8>,
) -> Result<(), Unsupported> {
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
