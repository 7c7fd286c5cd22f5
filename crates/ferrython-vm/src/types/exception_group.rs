//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), after CPython
//! 3.11's Objects/exceptions.c.
//!
//! A group is an exception instance whose `ExcData::group` holds its
//! `message` and its `exceptions` tuple (`args` keeps the arguments as
//! given, so `repr` shows the original list). `ExceptionGroup` has two
//! bases, `BaseExceptionGroup` and `Exception`; its MRO is set here after
//! the static types are initialised (they assume one base).
//!
//! Splitting (`split`, `subgroup`, and `except*`'s matching) walks the tree
//! of nested groups: a leaf goes to the match or to the rest; a group that
//! partly matches is rebuilt with `derive` on each side and given the
//! original's traceback, `__cause__` and `__context__`
//! (`exceptiongroup_split_recursive`, `exceptiongroup_subset`).
//! `prep_reraise_star` computes what a `try`/`except*` re-raises.

use crate::object::Value;
use crate::types::exceptions::{exc_data, BASE_EXCEPTION, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP};
use crate::types::methods::add_methods;
use crate::types::{self, as_type, tuple, CallArgs};
use crate::vm::{PyResult, Vm};

/// Makes `ExceptionGroup` a subclass of both `BaseExceptionGroup` and
/// `Exception`, and gives both group types their constructor, `str` and
/// attributes. Runs once, after `init_static_types` built single-base MROs.
pub fn init_types() {
    let eg = &EXCEPTION_GROUP.0.data;
    *eg.bases.borrow_mut() = vec![BASE_EXCEPTION_GROUP.value(), EXCEPTION.value()];
    let mut mro = vec![EXCEPTION_GROUP.value(), BASE_EXCEPTION_GROUP.value()];
    mro.extend(EXCEPTION.0.data.mro.borrow().iter().cloned());
    *eg.mro.borrow_mut() = mro;
    for t in [&BASE_EXCEPTION_GROUP, &EXCEPTION_GROUP] {
        let s = &t.0.data.slots;
        s.new.set(Some(group_new));
        s.init.set(Some(group_init));
        s.str.set(Some(group_str));
        s.getattr.set(Some(group_getattr));
        s.setattr.set(Some(group_setattr));
    }
}

/// Adds `derive`, `split` and `subgroup`.
pub fn install(vm: &mut Vm) {
    add_methods(
        vm,
        &BASE_EXCEPTION_GROUP,
        &[("derive", group_derive), ("split", group_split), ("subgroup", group_subgroup)],
    );
}

/// Is `v` an instance of `BaseExceptionGroup`?
pub fn is_group(v: &Value) -> bool {
    v.ty().is_subtype(&BASE_EXCEPTION_GROUP.0)
}

/// `(message, exceptions tuple)` of a group.
pub fn group_parts(v: &Value) -> Option<(Value, Value)> {
    exc_data(v)?.group.borrow().clone()
}

/// The sub-exceptions of a group.
pub fn group_exceptions(v: &Value) -> Vec<Value> {
    group_parts(v).and_then(|(_, excs)| tuple::as_tuple(&excs).map(<[Value]>::to_vec)).unwrap_or_default()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, cls: &Value, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(
            vm.new_type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len()))
        );
    }
    let (message, exceptions) = (&pos[0], &pos[1]);
    if !message.ty().is_subtype(&types::str::STR_TYPE.0) {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.ty().name()
        )));
    }
    // PySequence_Check: indexable, and not a dict.
    if exceptions.ty().slots.getitem.get().is_none() || types::dict::as_dict(exceptions).is_some() {
        return Err(vm.new_type_error("second argument (exceptions) must be a sequence".into()));
    }
    let excs = vm.collect_iterable(exceptions)?;
    if excs.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence".into()));
    }
    let mut nested_base_exceptions = false;
    for (i, e) in excs.iter().enumerate() {
        if exc_data(e).is_none() {
            return Err(vm.new_value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !e.ty().is_subtype(&EXCEPTION.0) {
            nested_base_exceptions = true;
        }
    }
    let mut cls = cls.clone();
    if cls.is(&EXCEPTION_GROUP.value()) {
        if nested_base_exceptions {
            return Err(vm.new_type_error("Cannot nest BaseExceptions in an ExceptionGroup".into()));
        }
    } else if cls.is(&BASE_EXCEPTION_GROUP.value()) {
        if !nested_base_exceptions {
            // All are Exceptions: the group is an ExceptionGroup.
            cls = EXCEPTION_GROUP.value();
        }
    } else if nested_base_exceptions && types::type_payload(&cls).is_subtype(&EXCEPTION.0) {
        let name = types::type_payload(&cls).name();
        return Err(vm.new_type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let inst = vm.new_instance(&cls, true);
    if let Some(d) = exc_data(&inst) {
        *d.args.borrow_mut() = Some(tuple::new_tuple_from_slice(pos));
        *d.group.borrow_mut() = Some((message.clone(), tuple::new_tuple(excs)));
    }
    Ok(inst)
}

/// `BaseExceptionGroup.__init__`: no keyword arguments; `args` as given.
fn group_init(vm: &mut Vm, obj: &Value, args: CallArgs) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", obj.ty().name())));
    }
    if let Some(d) = exc_data(obj) {
        *d.args.borrow_mut() = Some(tuple::new_tuple_from_slice(args.pos()));
    }
    Ok(())
}

/// `str(eg)`: `message (N sub-exceptions)`.
fn group_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some((message, excs)) = group_parts(v) else { return Ok(types::str::new_str("")) };
    let msg = vm.str_string(&message)?;
    let n = tuple::as_tuple(&excs).map_or(0, <[Value]>::len);
    let plural = if n > 1 { "s" } else { "" };
    Ok(types::str::new_string(format!("{msg} ({n} sub-exception{plural})")))
}

fn base_exception_getattr() -> types::GetAttrFn {
    BASE_EXCEPTION.0.data.slots.getattr.get().expect("BaseException has a getattr slot")
}

fn group_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    if let Some((message, excs)) = group_parts(v) {
        match types::str::as_str(name) {
            Some("message") => return Ok(message),
            Some("exceptions") => return Ok(excs),
            _ => {}
        }
    }
    base_exception_getattr()(vm, v, name)
}

fn group_setattr(vm: &mut Vm, v: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    if matches!(types::str::as_str(name), Some("message" | "exceptions")) {
        return Err(vm.new_attribute_error_msg("readonly attribute".into()));
    }
    let base = BASE_EXCEPTION.0.data.slots.setattr.get().expect("BaseException has a setattr slot");
    base(vm, v, name, value)
}

/// `derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn group_derive(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error("BaseExceptionGroup.derive() takes no keyword arguments".into()));
    }
    let p = a.pos();
    if p.len() != 2 {
        let given = p.len().saturating_sub(1);
        return Err(vm.new_type_error(format!("function takes exactly 1 argument ({given} given)")));
    }
    let message = group_parts(&p[0]).map(|(m, _)| m).unwrap_or_else(|| types::str::new_str(""));
    vm.call(&BASE_EXCEPTION_GROUP.value(), CallArgs::positional(&[message, p[1].clone()]))
}

/// One argument after `self`, with `PyArg_UnpackTuple`'s message.
fn matcher_arg(vm: &mut Vm, name: &str, a: &CallArgs) -> PyResult<(Value, Value)> {
    let pos = a.pos();
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("BaseExceptionGroup.{name}() takes no keyword arguments")));
    }
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("{name} expected 1 argument, got {}", pos.len().saturating_sub(1))));
    }
    Ok((pos[0].clone(), pos[1].clone()))
}

fn group_split(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (this, m) = matcher_arg(vm, "split", &a)?;
    let matcher = matcher_of(vm, &m)?;
    let (matched, rest) = split_recursive(vm, &this, &matcher, true, 0)?;
    let none = vm.none();
    Ok(tuple::new_tuple_from_array([matched.unwrap_or_else(|| none.clone()), rest.unwrap_or(none)]))
}

fn group_subgroup(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (this, m) = matcher_arg(vm, "subgroup", &a)?;
    let matcher = matcher_of(vm, &m)?;
    let (matched, _) = split_recursive(vm, &this, &matcher, false, 0)?;
    Ok(matched.unwrap_or_else(|| vm.none()))
}

/// What a split selects (`_exceptiongroup_split_matcher_type`).
enum Matcher {
    /// An exception class or a tuple of them.
    ByType(Value),
    /// A Python function called with each leaf.
    Predicate(Value),
    /// The leaves with these identities (`except*` re-raising).
    InstanceIds(Vec<usize>),
}

fn is_exception_class(v: &Value) -> bool {
    as_type(v).is_some_and(|t| t.is_subtype(&BASE_EXCEPTION.0))
}

/// `get_matcher_type`.
fn matcher_of(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
    if types::function::as_function(v).is_some() {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exception_class(v) || tuple::as_tuple(v).is_some_and(|items| items.iter().all(is_exception_class)) {
        return Ok(Matcher::ByType(v.clone()));
    }
    Err(vm.new_type_error("expected a function, exception type or tuple of exception types".into()))
}

fn check_match(vm: &mut Vm, exc: &Value, matcher: &Matcher) -> PyResult<bool> {
    match matcher {
        Matcher::ByType(t) => vm.exception_matches(exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, CallArgs::positional(std::slice::from_ref(exc)))?;
            vm.truthy(&r)
        }
        Matcher::InstanceIds(ids) => Ok(ids.contains(&exc.bits())),
    }
}

/// The recursion guard of the tree walks (CPython's `_Py_EnterRecursiveCall`).
fn check_depth(vm: &mut Vm, depth: usize, what: &str) -> PyResult<()> {
    if vm.depth + depth > vm.recursion_limit {
        return Err(vm.new_exception(
            &types::exceptions::RECURSION_ERROR,
            format!("maximum recursion depth exceeded in {what}"),
        ));
    }
    Ok(())
}

/// `exceptiongroup_split_recursive`: `(match, rest)`; `rest` only when
/// `construct_rest`.
fn split_recursive(
    vm: &mut Vm,
    exc: &Value,
    matcher: &Matcher,
    construct_rest: bool,
    depth: usize,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if check_match(vm, exc, matcher)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(exc) {
        return Ok((None, construct_rest.then(|| exc.clone())));
    }
    check_depth(vm, depth + 1, "exceptiongroup_split_recursive")?;
    let mut matches = Vec::new();
    let mut rests = Vec::new();
    for e in group_exceptions(exc) {
        let (m, r) = split_recursive(vm, &e, matcher, construct_rest, depth + 1)?;
        matches.extend(m);
        rests.extend(r);
    }
    let matched = subset(vm, exc, matches)?;
    let rest = if construct_rest { subset(vm, exc, rests)? } else { None };
    Ok((matched, rest))
}

/// `exceptiongroup_subset`: `orig.derive(excs)` with `orig`'s traceback,
/// cause and context; `None` for no exceptions.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = vm.call_method(orig, "derive", &[types::list::new_list(excs)])?;
    if !is_group(&eg) {
        return Err(vm.new_type_error("derive must return an instance of BaseExceptionGroup".into()));
    }
    if let (Some(from), Some(to)) = (exc_data(orig), exc_data(&eg)) {
        *to.traceback.borrow_mut() = from.traceback.borrow().clone();
        *to.context.borrow_mut() = from.context.borrow().clone();
        *to.cause.borrow_mut() = from.cause.borrow().clone();
        // PyException_SetCause always sets __suppress_context__.
        to.suppress_context.set(true);
    }
    Ok(Some(eg))
}

/// `_PyExc_CreateExceptionGroup`: `BaseExceptionGroup(message, excs)`.
fn create_group(vm: &mut Vm, message: &str, excs: Value) -> PyResult<Value> {
    let msg = types::str::new_str(message);
    vm.call(&BASE_EXCEPTION_GROUP.value(), CallArgs::positional(&[msg, excs]))
}

// ----- except* ---------------------------------------------------------------

/// `check_except_star_type_valid`: `except* T` needs exception classes
/// that are not exception groups.
fn check_except_star_type(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let items: Vec<Value> = match tuple::as_tuple(ty) {
        Some(items) => items.to_vec(),
        None => vec![ty.clone()],
    };
    if !items.iter().all(is_exception_class) {
        return Err(vm.new_type_error("catching classes that do not inherit from BaseException is not allowed".into()));
    }
    if items.iter().any(|t| types::type_payload(t).is_subtype(&BASE_EXCEPTION_GROUP.0)) {
        return Err(
            vm.new_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.".into())
        );
    }
    Ok(())
}

/// `CHECK_EG_MATCH` (`exception_group_match`): the part of `exc` that
/// `except* ty` handles and the rest; `None` for no match (the rest is
/// then `exc` itself). A matching bare exception is wrapped in a group.
pub fn except_star_match(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<(Option<Value>, Value)> {
    check_except_star_type(vm, ty)?;
    let none = vm.none();
    if exc.is(&none) {
        return Ok((None, none));
    }
    if vm.exception_matches(exc, ty)? {
        let matched =
            if is_group(exc) { exc.clone() } else { create_group(vm, "", tuple::new_tuple_from_array([exc.clone()]))? };
        return Ok((Some(matched), none));
    }
    if is_group(exc) {
        let pair = vm.call_method(exc, "split", std::slice::from_ref(ty))?;
        let parts = tuple::as_tuple(&pair).map(<[Value]>::to_vec).unwrap_or_default();
        if let [m, r] = parts.as_slice() {
            if m.is(&none) {
                return Ok((None, exc.clone()));
            }
            return Ok((Some(m.clone()), r.clone()));
        }
    }
    Ok((None, exc.clone()))
}

/// `collect_exception_group_leaf_ids`.
fn leaf_ids(vm: &mut Vm, exc: &Value, out: &mut Vec<usize>, depth: usize) -> PyResult<()> {
    if exc.is(&vm.none()) {
        return Ok(());
    }
    if !is_group(exc) {
        out.push(exc.bits());
        return Ok(());
    }
    check_depth(vm, depth + 1, "collect_exception_group_leaf_ids")?;
    for e in group_exceptions(exc) {
        leaf_ids(vm, &e, out, depth + 1)?;
    }
    Ok(())
}

/// `is_same_exception_metadata`: same traceback, cause and context (an
/// exception re-raised with a bare `raise` keeps them).
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (exc_data(a), exc_data(b)) else { return false };
    let same = |p: &Option<Value>, q: &Option<Value>| match (p, q) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    same(&x.traceback.borrow(), &y.traceback.borrow())
        && same(&x.cause.borrow(), &y.cause.borrow())
        && same(&x.context.borrow(), &y.context.borrow())
}

/// `PREP_RERAISE_STAR` (`_PyExc_PrepReraiseStar`): what leaves a
/// `try`/`except*`, given the original exception and the list of what each
/// handler raised plus the unhandled rest (`None` entries for nothing).
/// Re-raised parts are put back together as a sub-group of `orig`; newly
/// raised ones join them in a new group.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let none = vm.none();
    if excs.is_empty() {
        return Ok(none);
    }
    if !is_group(orig) {
        // A bare exception was caught: at most one handler ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.iter().filter(|e| !e.is(&none)) {
        if same_metadata(e, orig) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    // exception_group_projection: the leaves of `orig` that were re-raised.
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(vm, e, &mut ids, 0)?;
    }
    let (projection, _) = split_recursive(vm, orig, &Matcher::InstanceIds(ids), false, 0)?;
    if raised.is_empty() {
        return Ok(projection.unwrap_or(none));
    }
    raised.extend(projection);
    if raised.len() > 1 {
        create_group(vm, "", types::list::new_list(raised))
    } else {
        Ok(raised.remove(0))
    }
}
