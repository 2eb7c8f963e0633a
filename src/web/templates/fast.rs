//! A fast path for simple templates: at load time, each template whose inheritance
//! chain uses only text, blocks, `{{ name.path }}` outputs (optionally `| safe`) and
//! `{% if %}` on plain names is flattened into a [`Plan`]: static text merged into
//! long runs, the blocks already resolved to their most-derived definition. Rendering a
//! plan is a walk over a handful of segments instead of Tera's interpreter.
//!
//! `{{ t(key="…", name=value, …) }}` (the translation function) is a segment too: a
//! message without arguments is formatted once per language at load, one with arguments
//! (plain names or literals) is formatted per render in the page's language (the
//! context's `lang`, else the site's default). `{{ language_options() | safe }}` is the
//! switcher's options, also per language.
//!
//! `{% for x in list %}…{% else %}…{% endfor %}` over a list (its variable shadowing the
//! context's names; `loop.*` is Tera's), `{% include "…" %}` (the included template's body
//! in place, seeing the same names) and comparisons of a name with a literal (`==`, `!=`,
//! `<`, `>`, `<=`, `>=`, Tera's rules: numbers as numbers, a number never equals a string)
//! are planned too.
//!
//! The plan is built from the templates actually loaded (the defaults with the host's
//! overrides), so an override of any name, `two_factor/_base.html` included, is what the
//! plan renders. A template using anything else (loops, includes, filters, `super()`,
//! macros, `set`, `loop.index`…) has no plan and renders with Tera as before; a plan that
//! meets a value it does not handle (a missing variable, a list or map printed) gives up
//! and Tera renders the page, so output and errors are Tera's in every case.

use tera::ast::{Block, Expr, ExprVal, FunctionCall, LogicExpr, LogicOperator, Node};
use tera::{Context, Map, Tera, Value};

use std::sync::Arc;

use crate::i18n::{I18n, MessageArg};

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
        name: Ref,
        escape: bool,
        global: Option<Box<[u8]>>,
    },
    /// `{{ t(key="…") }}` without arguments: the message's text in each offered
    /// language (index as in [`I18n`]), escaped when the template escapes.
    Fixed(Vec<Box<[u8]>>),
    /// `{{ t(key="…", name=value, …) }}`: formatted per render in the page's language.
    Message {
        key: String,
        args: Vec<(String, ArgSource)>,
        escape: bool,
    },
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
    If {
        branches: Vec<(Cond, Vec<Segment>)>,
        otherwise: Vec<Segment>,
    },
    /// `{% for x in list %}body{% else %}empty{% endfor %}`: `body` once per item (bound
    /// to the next local slot), `empty` for an empty list.
    For {
        list: Ref,
        body: Vec<Segment>,
        empty: Vec<Segment>,
    },
}

/// A name as the template wrote it, resolved at compile time: a loop's variable (its slot
/// in the stack of enclosing loops) or a name of the context and globals.
#[derive(Debug)]
enum Ref {
    Local { slot: usize, rest: Vec<String> },
    Context(Vec<String>),
}

/// Where a message argument comes from.
#[derive(Debug)]
enum ArgSource {
    /// A name in the context (or the globals, or a loop's variable).
    Path(Ref),
    /// A literal in the template.
    Literal(Value),
}

#[derive(Debug)]
enum Cond {
    /// A name's truthiness (Tera's: an undefined name is false), maybe negated.
    Name {
        name: Ref,
        negated: bool,
    },
    /// A name compared with a literal (`literal_first`: the literal was on the left).
    Compare {
        name: Ref,
        op: tera::ast::LogicOperator,
        literal: Value,
        literal_first: bool,
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
    pub(crate) fn compile(
        tera: &Tera,
        globals: &Map<String, Value>,
        i18n: &I18n,
        name: &str,
    ) -> Option<Plan> {
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
            i18n,
            template,
            escape,
        };
        let mut segments = Vec::new();
        compiler.body(&root.ast, &mut segments, 0, &mut Vec::new())?;
        Some(Plan { segments })
    }

    /// Renders the plan with `ctx` into `out`; on `Err` the caller discards `out`.
    /// `globals` answers the names `ctx` does not have.
    pub(crate) fn render(
        &self,
        ctx: &Context,
        globals: &tera::Map<String, Value>,
        i18n: &Arc<I18n>,
        out: &mut Vec<u8>,
    ) -> Result<(), Unsupported> {
        let lang = page_language(ctx, globals, i18n);
        render_segments(
            &self.segments,
            &Scope {
                ctx,
                globals,
                i18n,
                lang,
            },
            &mut Vec::new(),
            out,
        )
    }
}

/// The index of the page's language: the context's `lang`, else the request's (the
/// current language, [`crate::i18n::scope`]), else the site's default.
pub(crate) fn page_language(
    ctx: &Context,
    globals: &Map<String, Value>,
    i18n: &Arc<I18n>,
) -> usize {
    if let Some(Value::String(code)) = ctx.get("lang") {
        return i18n.index(code);
    }
    if let Some(index) = crate::i18n::current_index_in(i18n) {
        return index;
    }
    match globals.get("lang") {
        Some(Value::String(code)) => i18n.index(code),
        _ => i18n.default_index(),
    }
}

/// Whether `expr` is `csrf_input()`, bare (its output is safe: no filter needed).
fn csrf_input(expr: &Expr) -> bool {
    matches!(&expr.val, ExprVal::FunctionCall(FunctionCall { name, args })
        if name == "csrf_input" && args.is_empty())
        && expr.filters.is_empty()
        && !expr.negated
}

struct Compiler<'a> {
    tera: &'a Tera,
    globals: &'a Map<String, Value>,
    i18n: &'a I18n,
    /// The template being rendered (its `blocks_definitions` resolve every block).
    template: &'a tera::Template,
    escape: bool,
}

/// Deeper nesting of blocks than this is not flattened (a guard, not a real limit).
const MAX_DEPTH: usize = 64;

impl Compiler<'_> {
    /// Plans `nodes` into `out`; `locals` are the variables of the enclosing loops,
    /// innermost last.
    fn body(
        &self,
        nodes: &[Node],
        out: &mut Vec<Segment>,
        depth: usize,
        locals: &mut Vec<String>,
    ) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        for node in nodes {
            match node {
                Node::Text(text) | Node::Raw(_, text, _) => push_text(out, text),
                Node::Comment(..) => {}
                Node::VariableBlock(_, expr) if csrf_input(expr) => {
                    // The field around the context's token (escaped): a missing token
                    // gives up like any missing variable, and Tera writes nothing.
                    let (before, after) = super::CSRF_INPUT;
                    push_text(out, before);
                    out.push(Segment::Var {
                        name: Ref::Context(vec!["csrf_token".to_owned()]),
                        escape: true,
                        global: None,
                    });
                    push_text(out, after);
                }
                Node::VariableBlock(_, expr) if matches!(expr.val, ExprVal::FunctionCall(_)) => {
                    out.push(self.function(expr, locals)?);
                }
                Node::VariableBlock(_, expr) => {
                    let (path, safe) = output_expr(expr)?;
                    let escape = self.escape && !safe;
                    let name = resolve_name(path, locals)?;
                    let global = match &name {
                        Ref::Context(path) => lookup_in(self.globals.get(&path[0]), &path[1..])
                            .and_then(|v| {
                                let mut text = Vec::new();
                                write_value(v, escape, &mut text).ok()?;
                                Some(text.into_boxed_slice())
                            }),
                        Ref::Local { .. } => None,
                    };
                    out.push(Segment::Var {
                        name,
                        escape,
                        global,
                    });
                }
                Node::If(if_node, _) => {
                    let mut branches = Vec::new();
                    for (_, expr, body) in &if_node.conditions {
                        let mut segments = Vec::new();
                        self.body(body, &mut segments, depth + 1, locals)?;
                        branches.push((cond(expr, locals)?, segments));
                    }
                    let mut otherwise = Vec::new();
                    if let Some((_, body)) = &if_node.otherwise {
                        self.body(body, &mut otherwise, depth + 1, locals)?;
                    }
                    out.push(Segment::If {
                        branches,
                        otherwise,
                    });
                }
                Node::Block(_, block, _) => {
                    let body = self.resolve_block(block)?;
                    self.body(body, out, depth + 1, locals)?;
                }
                Node::Forloop(_, for_loop, _) if for_loop.key.is_none() => {
                    let (path, safe) = output_expr(&for_loop.container)?;
                    if safe || for_loop.value == "loop" {
                        return None;
                    }
                    let list = resolve_name(path, locals)?;
                    locals.push(for_loop.value.clone());
                    let mut body = Vec::new();
                    let planned = self.body(&for_loop.body, &mut body, depth + 1, locals);
                    locals.pop();
                    planned?;
                    let mut empty = Vec::new();
                    if let Some(nodes) = &for_loop.empty_body {
                        self.body(nodes, &mut empty, depth + 1, locals)?;
                    }
                    out.push(Segment::For { list, body, empty });
                }
                // The included template's body in place, with the same names (Tera renders
                // it with the same context and loop variables). Blocks there are Tera's.
                Node::Include(_, names, _) => {
                    let included = names
                        .iter()
                        .find_map(|name| self.tera.get_template(name).ok())?;
                    if included
                        .ast
                        .iter()
                        .any(|n| matches!(n, Node::Block(..) | Node::Extends(..)))
                    {
                        return None;
                    }
                    self.body(&included.ast, out, depth + 1, locals)?;
                }
                _ => return None,
            }
        }
        Some(())
    }

    /// `{{ t(key="…", …) }}` or `{{ language_options() | safe }}` as a segment, or
    /// `None` for any other call (Tera renders the template).
    fn function(&self, expr: &Expr, locals: &[String]) -> Option<Segment> {
        let ExprVal::FunctionCall(FunctionCall { name, args }) = &expr.val else {
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
        let escape = self.escape && !safe;
        let languages = 0..self.i18n.len();
        match name.as_str() {
            "language_options" if args.is_empty() && !escape => Some(Segment::Fixed(
                languages
                    .map(|i| self.i18n.options_at(i).as_bytes().into())
                    .collect(),
            )),
            "t" => {
                let key = match args
                    .get("key")
                    .map(|e| (&e.val, e.filters.is_empty(), e.negated))
                {
                    Some((ExprVal::String(key), true, false)) => key.clone(),
                    _ => return None,
                };
                let mut sources = Vec::new();
                for (arg, value) in args {
                    if arg == "key" {
                        continue;
                    }
                    // `lang=` picks another language than the page's: Tera does that.
                    if arg == "lang" || !value.filters.is_empty() || value.negated {
                        return None;
                    }
                    let source = match &value.val {
                        ExprVal::Ident(ident) => {
                            ArgSource::Path(resolve_name(plain_path(ident)?, locals)?)
                        }
                        ExprVal::String(s) => ArgSource::Literal(Value::from(s.as_str())),
                        ExprVal::Int(n) => ArgSource::Literal(Value::from(*n)),
                        ExprVal::Float(n) => ArgSource::Literal(Value::from(*n)),
                        _ => return None,
                    };
                    sources.push((arg.clone(), source));
                }
                // A key no catalogue has is Tera's error at render time.
                if sources.is_empty() {
                    let texts = languages
                        .map(|i| {
                            let text = self.i18n.format(i, &key, &[])?;
                            Some(text.into_bytes().into_boxed_slice())
                        })
                        .collect::<Option<Vec<_>>>()?;
                    return Some(Segment::Fixed(texts));
                }
                // Whether the key exists, without formatting it (its arguments come per
                // render: formatting without them would only log their absence).
                if !self.i18n.has(&key) {
                    return None;
                }
                sources.sort_by(|a, b| a.0.cmp(&b.0));
                // Arguments are escaped as the template escapes, `| safe` or not: the
                // function's output is safe (Tera does the same).
                Some(Segment::Message {
                    key,
                    args: sources,
                    escape: self.escape,
                })
            }
            _ => None,
        }
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

/// A path as a loop's variable (the innermost loop binding its first name) or a name of
/// the context; `None` for Tera's `loop.*`, which the plan does not do.
fn resolve_name(path: Vec<String>, locals: &[String]) -> Option<Ref> {
    if path[0] == "loop" {
        return None;
    }
    Some(match locals.iter().rposition(|local| *local == path[0]) {
        Some(slot) => Ref::Local {
            slot,
            rest: path[1..].to_vec(),
        },
        None => Ref::Context(path),
    })
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

fn cond(expr: &Expr, locals: &[String]) -> Option<Cond> {
    if !expr.filters.is_empty() {
        return None;
    }
    match &expr.val {
        ExprVal::Ident(ident) => Some(Cond::Name {
            name: resolve_name(plain_path(ident)?, locals)?,
            negated: expr.negated,
        }),
        ExprVal::Logic(LogicExpr { lhs, rhs, operator }) if !expr.negated => match operator {
            LogicOperator::And => Some(Cond::And(
                Box::new(cond(lhs, locals)?),
                Box::new(cond(rhs, locals)?),
            )),
            LogicOperator::Or => Some(Cond::Or(
                Box::new(cond(lhs, locals)?),
                Box::new(cond(rhs, locals)?),
            )),
            op => {
                let (name, literal, literal_first) = match (name_of(lhs), literal(rhs)) {
                    (Some(name), Some(literal)) => (name, literal, false),
                    _ => (name_of(rhs)?, literal(lhs)?, true),
                };
                Some(Cond::Compare {
                    name: resolve_name(name, locals)?,
                    op: *op,
                    literal,
                    literal_first,
                })
            }
        },
        _ => None,
    }
}

/// A plain name on one side of a comparison.
fn name_of(expr: &Expr) -> Option<Vec<String>> {
    match &expr.val {
        ExprVal::Ident(ident) if expr.filters.is_empty() && !expr.negated => plain_path(ident),
        _ => None,
    }
}

/// A literal on one side of a comparison.
fn literal(expr: &Expr) -> Option<Value> {
    if !expr.filters.is_empty() || expr.negated {
        return None;
    }
    match &expr.val {
        ExprVal::String(s) => Some(Value::from(s.as_str())),
        ExprVal::Int(n) => Some(Value::from(*n)),
        ExprVal::Float(n) => Some(Value::from(*n)),
        ExprVal::Bool(b) => Some(Value::from(*b)),
        _ => None,
    }
}

/// Where names are looked up: the page's context, then the globals; the page's
/// language for messages.
struct Scope<'c> {
    ctx: &'c Context,
    globals: &'c tera::Map<String, Value>,
    i18n: &'c I18n,
    lang: usize,
}

/// What a message argument's value means to Fluent (as the template function reads it):
/// text escaped for HTML when the template escapes (the catalogue's own text is not).
pub(crate) fn message_arg(value: &Value, escape: bool) -> MessageArg<'_> {
    match value {
        Value::String(s) if escape => MessageArg::Text(tera::escape_html(s).into()),
        Value::String(s) => MessageArg::Text(s.as_str().into()),
        Value::Number(n) => MessageArg::Number(n.as_f64().unwrap_or(0.0)),
        Value::Bool(b) => MessageArg::Text(if *b { "true" } else { "false" }.into()),
        Value::Null => MessageArg::Text("".into()),
        other => MessageArg::Text(other.to_string().into()),
    }
}

fn lookup<'c>(scope: &Scope<'c>, path: &[String]) -> Option<&'c Value> {
    let (first, rest) = path.split_first()?;
    let value = scope.ctx.get(first).or_else(|| scope.globals.get(first));
    lookup_in(value, rest)
}

/// The value `name` refers to: a loop's variable, else the context, else the globals.
fn resolve<'c>(scope: &Scope<'c>, locals: &[&'c Value], name: &Ref) -> Option<&'c Value> {
    match name {
        Ref::Local { slot, rest } => lookup_in(locals.get(*slot).copied(), rest),
        Ref::Context(path) => lookup(scope, path),
    }
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

fn render_segments<'c>(
    segments: &[Segment],
    ctx: &Scope<'c>,
    locals: &mut Vec<&'c Value>,
    out: &mut Vec<u8>,
) -> Result<(), Unsupported> {
    for segment in segments {
        match segment {
            Segment::Text(text) => out.extend_from_slice(text.as_bytes()),
            Segment::Var {
                name: Ref::Context(path),
                escape,
                global,
            } => match (ctx.ctx.get(&path[0]), global) {
                (None, Some(text)) => out.extend_from_slice(text),
                (value, _) => {
                    let value = lookup_in(value.or_else(|| ctx.globals.get(&path[0])), &path[1..]);
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
