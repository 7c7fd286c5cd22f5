//! The object protocols on builtin values, without the compiler.

use ferrython_bytecode::{BinOp, CmpOp};
use ferrython_vm::types::{dict, int, list, str as pystr, tuple};
use ferrython_vm::Vm;

fn repr(vm: &mut Vm, v: &ferrython_vm::Value) -> String {
    vm.repr_string(v).unwrap()
}

#[test]
fn reprs_match_cpython() {
    let mut vm = Vm::new();
    let l = list::new_list(vec![int::new_int(1), pystr::new_str("a'b"), vm.none(), vm.bool(true)]);
    assert_eq!(repr(&mut vm, &l), "[1, \"a'b\", None, True]");
    let t = tuple::new_tuple(vec![int::new_int(-5)]);
    assert_eq!(repr(&mut vm, &t), "(-5,)");
    let d = dict::new_dict();
    dict::dict_set(&mut vm, dict::as_dict(&d).unwrap(), pystr::new_str("k"), l.clone()).unwrap();
    assert_eq!(repr(&mut vm, &d), "{'k': [1, \"a'b\", None, True]}");
    // A list containing itself.
    list::as_list(&l).unwrap().borrow_mut().push(l.clone());
    assert_eq!(repr(&mut vm, &l), "[1, \"a'b\", None, True, [...]]");
    list::as_list(&l).unwrap().borrow_mut().pop();
}

#[test]
fn int_arithmetic_overflows_into_big_ints() {
    let mut vm = Vm::new();
    let big = int::new_int(1 << 61);
    let r = vm.binary_op(&big, &big, BinOp::Mul).unwrap();
    assert_eq!(repr(&mut vm, &r), "5316911983139663491615228241121378304");
    let r = vm.binary_op(&int::new_int(-7), &int::new_int(2), BinOp::FloorDiv).unwrap();
    assert_eq!(repr(&mut vm, &r), "-4");
    let r = vm.binary_op(&int::new_int(-7), &int::new_int(2), BinOp::Mod).unwrap();
    assert_eq!(repr(&mut vm, &r), "1");
    let r = vm.binary_op(&int::new_int(1), &int::new_int(3), BinOp::TrueDiv).unwrap();
    assert_eq!(repr(&mut vm, &r), "0.3333333333333333");
    let e = vm.binary_op(&int::new_int(1), &int::new_int(0), BinOp::FloorDiv).unwrap_err();
    let msg = vm.str_string(e.value()).unwrap();
    assert_eq!(msg, "integer division or modulo by zero");
}

#[test]
fn comparisons_and_type_errors() {
    let mut vm = Vm::new();
    let r = vm.rich_compare(&int::new_int(1), &pystr::new_str("a"), CmpOp::Lt).unwrap_err();
    assert_eq!(vm.str_string(r.value()).unwrap(), "'<' not supported between instances of 'int' and 'str'");
    let e = vm.binary_op(&int::new_int(1), &pystr::new_str("a"), BinOp::Add).unwrap_err();
    assert_eq!(vm.str_string(e.value()).unwrap(), "unsupported operand type(s) for +: 'int' and 'str'");
    assert!(vm.eq(&tuple::new_tuple(vec![int::new_int(1)]), &tuple::new_tuple(vec![int::new_int(1)])).unwrap());
    // bool is an int.
    let t = vm.bool(true);
    let r = vm.binary_op(&t, &t, BinOp::Add).unwrap();
    assert_eq!(repr(&mut vm, &r), "2");
}

#[test]
fn deep_nesting_frees_without_overflow() {
    let mut v = tuple::new_tuple(vec![]);
    for _ in 0..1_000_000 {
        v = tuple::new_tuple(vec![v]);
    }
    drop(v);
}

#[test]
fn hashes_follow_cpython_for_numbers() {
    let mut vm = Vm::new();
    assert_eq!(vm.hash(&int::new_int(-1)).unwrap(), -2);
    assert_eq!(vm.hash(&int::new_int((1 << 61) - 1)).unwrap(), 0);
    assert_eq!(vm.hash(&ferrython_vm::types::float::new_float(1.5)).unwrap(), 1152921504606846977);
    assert_eq!(vm.hash(&tuple::new_tuple(vec![])).unwrap(), 5740354900026072187);
    assert_eq!(vm.hash(&tuple::new_tuple(vec![int::new_int(1), int::new_int(2)])).unwrap(), -3550055125485641917);
}
