//! Type objects and the slot table.
//!
//! Every type — builtin or defined by a `class` statement — is a
//! `TypeObject`. Builtin types are immortal `static`s (`StaticObj`), built at
//! compile time; their methods are added to their dicts once per process by
//! `init_builtin_types`. Classes are heap objects.
//!
//! Operations go through slots, Rust function pointers on the type, as in
//! CPython: builtin types fill them with their Rust implementations and also
//! expose them in their dicts as dunder methods (`int.__add__`); a class gets
//! slots that look the dunder up along its MRO and call it, so a subclass of
//! `int` that does not define `__add__` ends up in `int`'s Rust code.
//!
//! Instances of classes are `Obj<Instance>`: an optional `__dict__` plus the
//! payload of the builtin base they extend (an exception's state, say).

pub mod bool_none;
pub mod builtin_attrs;
pub mod builtin_subclass;
pub mod bytes;
pub mod bytes_methods;
pub mod cell;
pub mod class_create;
pub mod classmethod;
pub mod code_attrs;
pub mod codecs;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exception_group;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod inplace;
pub mod int;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod mappingproxy;
pub mod methods;
pub mod module;
pub mod native_iter;
pub mod number_methods;
pub mod object;
pub mod object_methods;
pub mod percent;
pub mod property;
pub mod range;
pub mod range_methods;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod slot_attrs;
pub mod slot_member;
pub mod slotdefs;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod str_search;
pub mod super_type;
pub mod tuple;
pub mod tuple_methods;
pub mod type_cache;
pub mod type_type;

use crate::object::{Obj, ObjHeader, StaticObj, Value};
use crate::vm::{PyResult, Vm};
use dict::DictData;
use ferrython_bytecode::{BinOp, CmpOp, UnOp};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// Arguments of a call: positional values followed by keyword values, whose
/// names (str values) are `kwnames` (CPython's vectorcall convention).
#[derive(Clone, Copy)]
pub struct CallArgs<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> CallArgs<'a> {
    pub fn positional(args: &'a [Value]) -> Self {
        CallArgs { args, kwnames: &[] }
    }
    /// The positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }
    /// `(name, value)` of each keyword argument.
    pub fn kw(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        self.kwnames.iter().zip(&self.args[self.args.len() - self.kwnames.len()..])
    }
}

pub type ReprFn = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type HashFn = fn(&mut Vm, &Value) -> PyResult<i64>;
pub type CompareFn = fn(&mut Vm, &Value, &Value, CmpOp) -> PyResult<Value>;
/// Returns `NotImplemented` when it does not handle the operand types.
pub type BinaryFn = fn(&mut Vm, &Value, &Value, BinOp) -> PyResult<Value>;
pub type UnaryFn = fn(&mut Vm, &Value, UnOp) -> PyResult<Value>;
pub type BoolFn = fn(&mut Vm, &Value) -> PyResult<bool>;
pub type LenFn = fn(&mut Vm, &Value) -> PyResult<usize>;
pub type GetAttrFn = fn(&mut Vm, &Value, &Value) -> PyResult<Value>;
pub type SetAttrFn = fn(&mut Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
pub type CallFn = fn(&mut Vm, &Value, CallArgs) -> PyResult<Value>;
pub type IterFn = fn(&mut Vm, &Value) -> PyResult<Value>;
/// `Ok(None)` when the iterator is exhausted (no StopIteration object made).
pub type NextFn = fn(&mut Vm, &Value) -> PyResult<Option<Value>>;
pub type GetItemFn = fn(&mut Vm, &Value, &Value) -> PyResult<Value>;
pub type SetItemFn = fn(&mut Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
pub type ContainsFn = fn(&mut Vm, &Value, &Value) -> PyResult<bool>;
/// `descr.__get__(obj, owner)`; `obj` is `None` for access through the class.
pub type DescrGetFn = fn(&mut Vm, &Value, Option<&Value>, &Value) -> PyResult<Value>;
/// `descr.__set__(obj, value)` or, with `None`, `descr.__delete__(obj)`; a
/// type with this slot makes data descriptors (they win over instance dicts).
pub type DescrSetFn = fn(&mut Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
/// `cls.__new__(cls, *args)` for builtin types.
pub type NewFn = fn(&mut Vm, &Value, CallArgs) -> PyResult<Value>;
pub type InitFn = fn(&mut Vm, &Value, CallArgs) -> PyResult<()>;

/// The slot table; `None` means the type does not support the operation.
#[derive(Default)]
pub struct Slots {
    pub repr: Cell<Option<ReprFn>>,
    pub str: Cell<Option<ReprFn>>,
    pub hash: Cell<Option<HashFn>>,
    pub compare: Cell<Option<CompareFn>>,
    pub binary: Cell<Option<BinaryFn>>,
    pub unary: Cell<Option<UnaryFn>>,
    pub bool: Cell<Option<BoolFn>>,
    pub len: Cell<Option<LenFn>>,
    pub getattr: Cell<Option<GetAttrFn>>,
    pub setattr: Cell<Option<SetAttrFn>>,
    pub call: Cell<Option<CallFn>>,
    pub iter: Cell<Option<IterFn>>,
    pub next: Cell<Option<NextFn>>,
    pub getitem: Cell<Option<GetItemFn>>,
    pub setitem: Cell<Option<SetItemFn>>,
    pub contains: Cell<Option<ContainsFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub new: Cell<Option<NewFn>>,
    pub init: Cell<Option<InitFn>>,
}

/// Builder for the slots of a static type (a `const fn` chain).
pub struct SlotInit {
    pub repr: Option<ReprFn>,
    pub str: Option<ReprFn>,
    pub hash: Option<HashFn>,
    pub compare: Option<CompareFn>,
    pub binary: Option<BinaryFn>,
    pub unary: Option<UnaryFn>,
    pub bool: Option<BoolFn>,
    pub len: Option<LenFn>,
    pub getattr: Option<GetAttrFn>,
    pub setattr: Option<SetAttrFn>,
    pub call: Option<CallFn>,
    pub iter: Option<IterFn>,
    pub next: Option<NextFn>,
    pub getitem: Option<GetItemFn>,
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
    pub new: Option<NewFn>,
    pub init: Option<InitFn>,
}

impl SlotInit {
    pub const EMPTY: SlotInit = SlotInit {
        repr: None,
        str: None,
        hash: None,
        compare: None,
        binary: None,
        unary: None,
        bool: None,
        len: None,
        getattr: None,
        setattr: None,
        call: None,
        iter: None,
        next: None,
        getitem: None,
        setitem: None,
        contains: None,
        descr_get: None,
        descr_set: None,
        new: None,
        init: None,
    };

    const fn build(self) -> Slots {
        Slots {
            repr: Cell::new(self.repr),
            str: Cell::new(self.str),
            hash: Cell::new(self.hash),
            compare: Cell::new(self.compare),
            binary: Cell::new(self.binary),
            unary: Cell::new(self.unary),
            bool: Cell::new(self.bool),
            len: Cell::new(self.len),
            getattr: Cell::new(self.getattr),
            setattr: Cell::new(self.setattr),
            call: Cell::new(self.call),
            iter: Cell::new(self.iter),
            next: Cell::new(self.next),
            getitem: Cell::new(self.getitem),
            setitem: Cell::new(self.setitem),
            contains: Cell::new(self.contains),
            descr_get: Cell::new(self.descr_get),
            descr_set: Cell::new(self.descr_set),
            new: Cell::new(self.new),
            init: Cell::new(self.init),
        }
    }
}

/// What Rust payload a type's instances carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A payload particular to one builtin type; also the layout of
    /// metaclasses (heap subclasses of `type`, whose instances are types).
    Builtin,
    /// `Obj<Instance>`: classes, `object()` and exceptions.
    Instance,
}

/// Type flags (CPython's `Py_TPFLAGS_*` where they matter).
pub mod tpflags {
    /// Instances match sequence patterns (`case [a, b]`).
    pub const SEQUENCE: u32 = 1 << 5;
    /// Instances match mapping patterns (`case {"k": v}`).
    pub const MAPPING: u32 = 1 << 6;
    pub const HEAPTYPE: u32 = 1 << 9;
    /// `case int(x)` matches the subject itself (`_Py_TPFLAGS_MATCH_SELF`).
    pub const MATCH_SELF: u32 = 1 << 22;
    /// The flags a class inherits from its base.
    pub const INHERITED: u32 = SEQUENCE | MAPPING | MATCH_SELF;
    pub const BASETYPE: u32 = 1 << 10;
    pub const BASE_EXC_SUBCLASS: u32 = 1 << 30;
    /// Instances of this class have a `__dict__` (CPython's `Py_TPFLAGS_MANAGED_DICT`).
    pub const MANAGED_DICT: u32 = 1 << 4;
    /// Instances can be weakly referenced (a `__weakref__` slot; CPython
    /// 3.11 tells by `tp_weaklistoffset`).
    pub const HAS_WEAKREF: u32 = 1 << 3;
    /// Ferrython's own: instances of this static type hold no references
    /// to other objects (str, int, float, complex, bytes), so freeing one
    /// cannot free others and skips the trashcan's bookkeeping
    /// (`object::dealloc`). Never inherited.
    pub const NO_REFS: u32 = 1 << 1;
}

pub struct TypeObject {
    pub name: RefCell<Cow<'static, str>>,
    pub qualname: RefCell<Cow<'static, str>>,
    /// `__module__` of a builtin type (`"builtins"`); classes keep it in their dict.
    pub module: &'static str,
    pub doc: Option<&'static str>,
    pub base: RefCell<Option<Value>>,
    pub bases: RefCell<Vec<Value>>,
    pub mro: RefCell<Vec<Value>>,
    pub dict: RefCell<DictData>,
    pub flags: Cell<u32>,
    pub layout: Layout,
    pub slots: Slots,
    /// How to free an instance (matches the instance's allocation type).
    pub dealloc: unsafe fn(NonNull<ObjHeader>),
    /// Bumped whenever the type or a base changes (inline caches check it).
    pub version: Cell<u32>,
    /// How many `__slots__` values an instance carries (own and inherited).
    pub nslots: Cell<u32>,
    /// Classes derived from this one (`type.__subclasses__`), in creation order.
    pub subclasses: RefCell<Vec<Value>>,
}

impl TypeObject {
    /// A static builtin type.
    pub const fn new_static(
        name: &'static str,
        doc: Option<&'static str>,
        flags: u32,
        layout: Layout,
        slots: SlotInit,
        dealloc: unsafe fn(NonNull<ObjHeader>),
    ) -> TypeObject {
        TypeObject {
            name: RefCell::new(Cow::Borrowed(name)),
            qualname: RefCell::new(Cow::Borrowed(name)),
            module: "builtins",
            doc,
            base: RefCell::new(None),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(DictData::new()),
            flags: Cell::new(flags),
            layout,
            slots: slots.build(),
            dealloc,
            version: Cell::new(1),
            nslots: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
        }
    }

    /// The same static type in another module (`_io.TextIOWrapper`).
    pub const fn with_module(mut self, module: &'static str) -> TypeObject {
        self.module = module;
        self
    }

    pub fn name(&self) -> String {
        self.name.borrow().to_string()
    }

    pub fn is_heap_type(&self) -> bool {
        self.flags.get() & tpflags::HEAPTYPE != 0
    }

    /// Looks `name` up along the MRO (`_PyType_Lookup`); `name` must be a str.
    /// Answers come from the type attribute cache when they can.
    #[inline]
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        type_cache::lookup(self, name)
    }

    /// Same as `lookup` with a Rust string.
    #[inline]
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        type_cache::lookup_str(self, name)
    }

    /// The MRO walk behind `lookup`.
    pub fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        for ty in self.mro.borrow().iter() {
            let t = type_payload(ty);
            if let Some(v) = t.dict.borrow().get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// The MRO walk behind `lookup_str`.
    pub fn lookup_str_uncached(&self, name: &str) -> Option<Value> {
        for ty in self.mro.borrow().iter() {
            let t = type_payload(ty);
            if let Some(v) = t.dict.borrow().get_rust_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Is `self` a subtype of `other` (by MRO)?
    pub fn is_subtype(&self, other: &Obj<TypeObject>) -> bool {
        let other_ptr = &other.data as *const TypeObject;
        std::ptr::eq(self, other_ptr) || self.mro.borrow().iter().any(|t| std::ptr::eq(type_payload(t), other_ptr))
    }

    /// Records that this type's dict or MRO changed: every writer calls it
    /// after start-up, which keeps the type attribute cache right.
    pub fn bump_version(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        type_cache::invalidate_all();
    }
}

impl Drop for TypeObject {
    /// A freed class's address may be reused by a new one: cached lookups
    /// keyed by the address must go.
    fn drop(&mut self) {
        type_cache::invalidate_all();
    }
}

/// The `TypeObject` of a value known to be a type.
pub fn type_payload(v: &Value) -> &TypeObject {
    debug_assert!(v.ty().is_subtype(&type_type::TYPE_TYPE.0));
    // SAFETY: every type object is an `Obj<TypeObject>`.
    unsafe { v.payload_unchecked::<TypeObject>() }
}

/// `TypeObject` of `v` if it is a type.
pub fn as_type(v: &Value) -> Option<&TypeObject> {
    if v.ty().is_subtype(&type_type::TYPE_TYPE.0) {
        Some(type_payload(v))
    } else {
        None
    }
}

/// The `Obj<TypeObject>` behind a type value.
pub fn type_obj_of(v: &Value) -> &Obj<TypeObject> {
    // SAFETY: every type object is an `Obj<TypeObject>`, header first.
    unsafe { &*(v.bits() as *const Obj<TypeObject>) }
}

/// All the static builtin types, base first, for one-time initialisation.
pub fn static_types() -> Vec<&'static StaticObj<TypeObject>> {
    let mut v: Vec<&'static StaticObj<TypeObject>> = vec![
        &object::OBJECT_TYPE,
        &type_type::TYPE_TYPE,
        &int::INT_TYPE,
        &bool_none::BOOL_TYPE,
        &bool_none::NONE_TYPE,
        &bool_none::NOTIMPLEMENTED_TYPE,
        &bool_none::ELLIPSIS_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &str::STR_TYPE,
        &str::STR_ASCII_ITER_TYPE,
        &str::STR_ITER_TYPE,
        &bytes::BYTES_TYPE,
        &bytes::BYTEARRAY_TYPE,
        &bytes::BYTES_ITER_TYPE,
        &bytes::BYTEARRAY_ITER_TYPE,
        &tuple::TUPLE_TYPE,
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &range::RANGE_TYPE,
        &slice::SLICE_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &set::SET_ITER_TYPE,
        &iter::SEQ_ITER_TYPE,
        &iter::TUPLE_ITER_TYPE,
        &iter::RANGE_ITER_TYPE,
        &function::FUNCTION_TYPE,
        &function::BUILTIN_FUNCTION_TYPE,
        &function::METHOD_TYPE,
        &function::CODE_TYPE,
        &generator::GENERATOR_TYPE,
        &frame::FRAME_TYPE,
        &frame::TRACEBACK_TYPE,
        &cell::CELL_TYPE,
        &module::MODULE_TYPE,
        &descr::SLOT_WRAPPER_TYPE,
        &descr::METHOD_WRAPPER_TYPE,
        &descr::GETSET_TYPE,
        &descr::MEMBER_TYPE,
        &slot_member::SLOT_MEMBER_TYPE,
        &mappingproxy::MAPPINGPROXY_TYPE,
        &classmethod::CLASSMETHOD_TYPE,
        &classmethod::STATICMETHOD_TYPE,
        &property::PROPERTY_TYPE,
        &super_type::SUPER_TYPE,
    ];
    v.extend(exceptions::all_static());
    v.extend(native_iter::all_static());
    v.extend(dict_views::all_static());
    v.extend(file::all_static());
    v
}
