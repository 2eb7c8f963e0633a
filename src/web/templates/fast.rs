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
use tera::{Map, Tera, Value};

use std::cell::Cell;
use std::sync::Arc;

use crate::i18n::I18n;

mod render;

pub(crate) use render::Layers;
pub(crate) use render::message_arg;
use render::{Root, Scope, lookup_in, render_segments, write_value};

/// One flattened template.
#[derive(Debug)]
pub(crate) struct Plan {
    segments: Vec<Segment>,
    /// The distinct first names of the context paths the plan reads: each is looked up
    /// once per render (the context is a sorted map; a page reads `urls` four times).
    roots: Vec<String>,
    /// The index of `lang` and of `lang_dir` among `roots`, when the template reads them.
    lang_root: Option<usize>,
    lang_dir_root: Option<usize>,
}

/// The names whose global is the page's language (`lang`, `lang_dir`), not a constant.
pub(crate) const PAGE_LANGUAGE_NAMES: [&str; 2] = ["lang", "lang_dir"];

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
    Local {
        slot: usize,
        rest: Vec<String>,
    },
    /// `root`: the index of `path[0]` in [`Plan::roots`] (set once the plan is built).
    Context {
        root: usize,
        path: Vec<String>,
    },
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
        let mut roots = Vec::new();
        number_roots(&mut segments, &mut roots);
        let [lang_root, lang_dir_root] =
            PAGE_LANGUAGE_NAMES.map(|name| roots.iter().position(|r| r == name));
        Some(Plan {
            segments,
            roots,
            lang_root,
            lang_dir_root,
        })
    }

    /// Renders the plan with `ctx` into `out`; on `Err` the caller discards `out`.
    /// `globals` answers the names `ctx` does not have; `page_languages` gives `lang` and
    /// `lang_dir` of each language (index as in `i18n`) for a context without them.
    pub(crate) fn render(
        &self,
        ctx: Layers<'_>,
        globals: &tera::Map<String, Value>,
        i18n: &Arc<I18n>,
        page_languages: &[[Value; 2]],
        out: &mut Vec<u8>,
    ) -> Result<(), Unsupported> {
        // The roots' lookups, made when first needed: on the stack for any usual page.
        const ON_STACK: usize = 32;
        let stack: [Cell<Root<'_>>; ON_STACK] = std::array::from_fn(|_| Cell::new(Root::Unknown));
        let heap: Vec<Cell<Root<'_>>>;
        let roots = match self.roots.len() {
            n if n <= ON_STACK => &stack[..n],
            n => {
                heap = (0..n).map(|_| Cell::new(Root::Unknown)).collect();
                &heap[..]
            }
        };
        let mut scope = Scope {
            ctx,
            globals,
            i18n,
            lang: 0,
            names: &self.roots,
            roots,
        };
        // The page's language, then `lang` and `lang_dir`: the context's, else the page
        // language's (not the globals' constant default).
        let ctx_lang = ctx.get("lang");
        scope.lang = language(ctx_lang, globals, i18n);
        let [page_lang, page_dir] = page_languages.get(scope.lang).ok_or(Unsupported)?;
        if let Some(root) = self.lang_root {
            roots[root].set(ctx_lang.map_or(Root::Global(page_lang), Root::Context));
        }
        if let Some(root) = self.lang_dir_root {
            roots[root].set(
                ctx.get("lang_dir")
                    .map_or(Root::Global(page_dir), Root::Context),
            );
        }
        render_segments(&self.segments, &scope, &mut Vec::new(), out)
    }
}

/// The index of the page's language: the context's `lang`, else the request's (the
/// current language, [`crate::i18n::scope`]), else the site's default.
pub(crate) fn page_language(
    ctx: Layers<'_>,
    globals: &Map<String, Value>,
    i18n: &Arc<I18n>,
) -> usize {
    language(ctx.get("lang"), globals, i18n)
}

/// [`page_language`] with the context's `lang` already looked up.
fn language(ctx_lang: Option<&Value>, globals: &Map<String, Value>, i18n: &Arc<I18n>) -> usize {
    if let Some(Value::String(code)) = ctx_lang {
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
                        name: Ref::context(vec!["csrf_token".to_owned()]),
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
                        // The page's language is no constant: never written in advance.
                        Ref::Context { path, .. }
                            if PAGE_LANGUAGE_NAMES.contains(&path[0].as_str()) =>
                        {
                            None
                        }
                        Ref::Context { path, .. } => {
                            lookup_in(self.globals.get(&path[0]), &path[1..]).and_then(|v| {
                                let mut text = Vec::new();
                                write_value(v, escape, &mut text).ok()?;
                                Some(text.into_boxed_slice())
                            })
                        }
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
        None => Ref::context(path),
    })
}

impl Ref {
    /// A path of the context; its root is numbered by [`number_roots`].
    fn context(path: Vec<String>) -> Ref {
        Ref::Context {
            root: usize::MAX,
            path,
        }
    }
}

/// Numbers the first names of the context paths in `segments` (their index in `roots`).
fn number_roots(segments: &mut [Segment], roots: &mut Vec<String>) {
    fn number(name: &mut Ref, roots: &mut Vec<String>) {
        if let Ref::Context { root, path } = name {
            *root = match roots.iter().position(|r| *r == path[0]) {
                Some(i) => i,
                None => {
                    roots.push(path[0].clone());
                    roots.len() - 1
                }
            };
        }
    }
    fn number_cond(cond: &mut Cond, roots: &mut Vec<String>) {
        match cond {
            Cond::Name { name, .. } | Cond::Compare { name, .. } => number(name, roots),
            Cond::And(l, r) | Cond::Or(l, r) => {
                number_cond(l, roots);
                number_cond(r, roots);
            }
        }
    }
    for segment in segments {
        match segment {
            Segment::Text(_) | Segment::Fixed(_) => {}
            Segment::Var { name, .. } => number(name, roots),
            Segment::Message { args, .. } => {
                for (_, source) in args {
                    if let ArgSource::Path(name) = source {
                        number(name, roots);
                    }
                }
            }
            Segment::If {
                branches,
                otherwise,
            } => {
                for (cond, body) in branches {
                    number_cond(cond, roots);
                    number_roots(body, roots);
                }
                number_roots(otherwise, roots);
            }
            Segment::For { list, body, empty } => {
                number(list, roots);
                number_roots(body, roots);
                number_roots(empty, roots);
            }
        }
    }
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
