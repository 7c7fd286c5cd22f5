//! The `try`/`except*` instructions (PEP 654): `CheckEgMatch` and
//! `PrepReraiseStar`, after CPython 3.11's `CHECK_EG_MATCH` and
//! `PREP_RERAISE_STAR`. The splitting itself lives with the exception
//! group type (`types::exception_group`).

use super::Frame;
use crate::types::exception_group::{except_star_match, prep_reraise_star};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{Instr, Reg};

/// Runs one `except*` instruction.
pub(super) fn exec(vm: &mut Vm, frame: &mut Frame, instr: Instr) -> PyResult<()> {
    match instr {
        Instr::CheckEgMatch { dst, rest, ty } => {
            let (exc, t) = (get(vm, frame, rest)?, get(vm, frame, ty)?);
            let (matched, remaining) = except_star_match(vm, &exc, &t)?;
            match matched {
                Some(m) => {
                    // The handler sees the matching part as the exception being handled.
                    vm.exc_info = Some(m.clone());
                    frame.regs[rest.0 as usize] = Some(remaining);
                    frame.regs[dst.0 as usize] = Some(m);
                }
                None => frame.regs[dst.0 as usize] = Some(vm.none()),
            }
        }
        Instr::PrepReraiseStar { dst, orig, excs } => {
            let (o, list) = (get(vm, frame, orig)?, get(vm, frame, excs)?);
            let items = crate::types::list::as_list(&list).map(|l| l.borrow().clone()).unwrap_or_default();
            let r = prep_reraise_star(vm, &o, &items)?;
            frame.regs[dst.0 as usize] = Some(r);
        }
        _ => unreachable!("eval::except_star::exec is only given except* instructions"),
    }
    Ok(())
}

fn get(vm: &mut Vm, frame: &Frame, r: Reg) -> PyResult<crate::object::Value> {
    match &frame.regs[r.0 as usize] {
        Some(v) => Ok(v.clone()),
        None => Err(super::unbound(vm, frame, r.0)),
    }
}
